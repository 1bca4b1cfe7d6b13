using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <content>Measures, delivery, finance, risks and reviews.</content>
internal static partial class WireWriter
{
    private static WireDeliveryPlan DeliveryPlan(DeliveryPlan p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        Year = p.Year,
        Approved = p.Approved,
        Actions = LeafArray<DeliveryAction>.ForWriting(p.Actions),
        Extra = Ext(p.Extensions),
    };

    private static WireFinancialStrategy FinancialStrategy(FinancialStrategy f) => new()
    {
        Id = f.Id,
        Title = f.Title,
        Years = Strings(f.Years),
        Lines = List(f.Lines, static l => new WireBudgetLine
        {
            Id = l.Id,
            Name = l.Name,
            Kind = l.Kind,
            Directorate = l.Directorate,
            Amounts = LeafArray<AnnualAmount>.ForWriting(l.Amounts),
            Extra = Ext(l.Extensions),
        }),
        Extra = Ext(f.Extensions),
    };

    private static WireRiskRegister RiskRegister(RiskRegister r) => new()
    {
        Id = r.Id,
        Title = r.Title,
        ReviewEvery = r.ReviewEvery,
        Matrix = Matrix(r.Matrix),
        Appetite = List(r.Appetite, static a => new WireAppetite { Category = a.Category, MaxScore = a.MaxScore, Extra = Ext(a.Extensions) }),
        Risks = List(r.Risks, Risk),
        Extra = Ext(r.Extensions),
    };

    private static WireMatrix Matrix(RiskMatrix m) => new()
    {
        LikelihoodLevels = m.LikelihoodLevels,
        ImpactLevels = m.ImpactLevels,
        LikelihoodLabels = Strings(m.LikelihoodLabels),
        ImpactLabels = Strings(m.ImpactLabels),
        Scores = m.Scores?.Select(row => (List<int>?)[.. row]).ToList(),
        Bands = [.. m.Bands.Select(static b => new WireBand { From = b.From, Name = b.Name, Rag = b.Rag, Extra = Ext(b.Extensions) })],
        Extra = Ext(m.Extensions),
    };

    private static WireRisk Risk(Risk r) => new()
    {
        Id = r.Id,
        Code = r.Code,
        Title = r.Title,
        Kind = r.Kind,
        Category = r.Category,
        Owner = r.Owner,
        Status = r.Status,
        ThemeIds = Strings(r.ThemeIds),
        OutcomeIds = Strings(r.OutcomeIds),
        Inherent = Rating(r.Inherent),
        Target = r.Target is { } t ? Rating(t) : null,
        Assessments = LeafArray<RiskAssessment>.ForWriting(r.Assessments),
        Treatment = r.Treatment,
        MitigationActionIds = Strings(r.MitigationActionIds),
        ReviewEvery = r.ReviewEvery,
        Extra = Ext(r.Extensions),
    };

    private static WireRating Rating(RiskRating r) => new() { Likelihood = r.Likelihood, Impact = r.Impact, Extra = Ext(r.Extensions) };

    private static WireReviews Reviews(ReviewCycle c) => new()
    {
        Cadence = c.Cadence,
        Start = c.Start,
        End = c.End,
        ReportingLag = c.ReportingLag,
        AnnualReportLag = c.AnnualReportLag,
        DueSoonWithin = c.DueSoonWithin,
        Held = List(c.Held, static h => new WireHeldReview { Date = h.Date, Kind = h.Kind, Forum = h.Forum, Period = h.Period, Extra = Ext(h.Extensions) }),
        Extra = Ext(c.Extensions),
    };
}
