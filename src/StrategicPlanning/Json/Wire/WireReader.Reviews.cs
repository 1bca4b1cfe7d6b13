using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <content>The review cycle.</content>
internal sealed partial class WireReader
{
    private static ReviewCycle? Reviews(WireReader r, WireReviews w)
    {
        var cadence = r.Required(w.Cadence, "cadence", "the review cycle");
        var start = r.Required(w.Start, "start", "the review cycle");
        var held = r.List(w.Held, "held", HeldReview);
        return cadence is null || start is null ? null : new ReviewCycle
        {
            Cadence = cadence,
            Start = start.Value,
            End = w.End,
            ReportingLag = w.ReportingLag ?? ReviewCycle.DefaultReportingLag,
            AnnualReportLag = w.AnnualReportLag ?? ReviewCycle.DefaultAnnualReportLag,
            DueSoonWithin = w.DueSoonWithin,
            Held = held,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static HeldReview? HeldReview(WireReader r, WireHeldReview w)
    {
        var date = r.Required(w.Date, "date", "a held review");
        var kind = r.Required(w.Kind, "kind", "a held review");
        return date is null || kind is null ? null : new HeldReview
        {
            Date = date.Value,
            Kind = kind.Value,
            Forum = w.Forum,
            Period = w.Period,
            Extensions = r.Ext(w.Extra),
        };
    }
}
