using StrategicPlanning.Delivery;
using StrategicPlanning.Finance;
using StrategicPlanning.Measures;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Json.Wire;

/// <content>Measures, delivery, finance, risks and reviews.</content>
internal static partial class WireWriter
{
    private static WireMeasure Measure(Measure m) => new()
    {
        Id = m.Id,
        Code = m.Code,
        Title = m.Title,
        Description = m.Description,
        Unit = m.Unit,
        Polarity = m.Polarity,
        Frequency = m.Frequency,
        Weight = m.Weight,
        MustDo = m.MustDo,
        Tolerance = m.Tolerance is { } t
            ? new WireTolerance { AmberWithin = t.AmberWithin, GreenWithin = t.GreenWithin, Kind = t.Kind, Extra = Ext(t.Extensions) }
            : null,
        Baseline = m.Baseline is { } b ? new WireBaseline { Period = b.Period, Value = b.Value, Extra = Ext(b.Extensions) } : null,
        Targets = List(m.Targets, static t => new WireTarget { Period = t.Period, Value = t.Value, SetOn = t.SetOn, Reason = t.Reason, Extra = Ext(t.Extensions) }),
        Actuals = List(m.Actuals, static a => new WireActual { Period = a.Period, Value = a.Value, Note = a.Note, Extra = Ext(a.Extensions) }),
        Extra = Ext(m.Extensions),
    };

    private static WireDeliveryPlan DeliveryPlan(DeliveryPlan p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        Year = p.Year,
        Approved = p.Approved,
        Actions = List(p.Actions, Action),
        Extra = Ext(p.Extensions),
    };

    private static WireAction Action(DeliveryAction a) => new()
    {
        Id = a.Id,
        Code = a.Code,
        Title = a.Title,
        OutcomeIds = [.. a.OutcomeIds],
        Owner = a.Owner,
        Start = a.Start,
        Due = a.Due,
        MustDo = a.MustDo,
        Weight = a.Weight,
        Milestones = List(a.Milestones, static m => new WireMilestone { Id = m.Id, Title = m.Title, Due = m.Due, Completed = m.Completed, Extra = Ext(m.Extensions) }),
        Updates = List(a.Updates, static u => new WireUpdate { AsOf = u.AsOf, Status = u.Status, PercentComplete = u.PercentComplete, Commentary = u.Commentary, Extra = Ext(u.Extensions) }),
        EstimatedCost = List(a.EstimatedCost, Amount),
        Funding = List(a.Funding, static f => new WireAllocation { LineId = f.LineId, Year = f.Year, Amount = f.Amount, Extra = Ext(f.Extensions) }),
        Extra = Ext(a.Extensions),
    };

    private static WireAmount Amount(AnnualAmount a) => new() { Year = a.Year, Amount = a.Amount, Extra = Ext(a.Extensions) };

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
            Amounts = List(l.Amounts, Amount),
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
        Assessments = List(r.Assessments, static a => new WireAssessment
        {
            AsOf = a.AsOf,
            Likelihood = a.Likelihood,
            Impact = a.Impact,
            Commentary = a.Commentary,
            Extra = Ext(a.Extensions),
        }),
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
