using StrategicPlanning.Measures;

namespace StrategicPlanning.Json.Wire;

/// <content>Measures, their tolerance, baseline, targets and actuals.</content>
internal sealed partial class WireReader
{
    private static Measure? Measure(WireReader r, WireMeasure w)
    {
        var id = r.Required(w.Id, "id", "a measure");
        var title = r.Required(w.Title, "title", "a measure");
        var polarity = r.Required(w.Polarity, "polarity", "a measure");
        var frequency = r.Required(w.Frequency, "frequency", "a measure");
        var baseline = r.Child(w.Baseline, "baseline", Baseline);
        var targets = r.List(w.Targets, "targets", Target);
        var actuals = r.List(w.Actuals, "actuals", Actual);
        return id is null || title is null || polarity is null || frequency is null ? null : new Measure
        {
            Id = id,
            Code = w.Code,
            Title = title,
            Description = w.Description,
            Unit = w.Unit,
            Polarity = polarity.Value,
            Frequency = frequency.Value,
            Weight = w.Weight ?? 1m,
            MustDo = w.MustDo ?? false,
            Tolerance = r.Child(w.Tolerance, "tolerance", static (r, t) => new Tolerance
            {
                AmberWithin = t.AmberWithin ?? 5m,
                GreenWithin = t.GreenWithin ?? 0m,
                Kind = t.Kind ?? ToleranceKind.Percent,
                Extensions = r.Ext(t.Extra),
            }),
            Baseline = baseline,
            Targets = targets,
            Actuals = actuals,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static MeasureBaseline? Baseline(WireReader r, WireBaseline w)
    {
        var period = r.Required(w.Period, "period", "a baseline");
        var value = r.Required(w.Value, "value", "a baseline");
        return period is null || value is null ? null : new MeasureBaseline { Period = period, Value = value.Value, Extensions = r.Ext(w.Extra) };
    }

    private static MeasureTarget? Target(WireReader r, WireTarget w)
    {
        var period = r.Required(w.Period, "period", "a target");
        var value = r.Required(w.Value, "value", "a target");
        return period is null || value is null ? null : new MeasureTarget
        {
            Period = period,
            Value = value.Value,
            SetOn = w.SetOn,
            Reason = w.Reason,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static MeasureActual? Actual(WireReader r, WireActual w)
    {
        var period = r.Required(w.Period, "period", "an actual");
        var value = r.Required(w.Value, "value", "an actual");
        return period is null || value is null ? null : new MeasureActual { Period = period, Value = value.Value, Note = w.Note, Extensions = r.Ext(w.Extra) };
    }
}
