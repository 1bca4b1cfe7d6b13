using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Tests.Support;

/// <summary>Small documents built in code for rule tests: a plan 2023-04-01 to 2026-03-31 and one delivery plan for 2024/25.</summary>
internal static class Build
{
    public static readonly LocalDate PlanStart = new(2023, 4, 1);
    public static readonly LocalDate PlanEnd = new(2026, 3, 31);

    public static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>A quarterly measure with one FY target and the given quarterly actuals.</summary>
    public static Measure Measure(string id, decimal? target, params (string Period, decimal Value)[] actuals) => new()
    {
        Id = id,
        Title = "Measure " + id,
        Polarity = Polarity.HigherIsBetter,
        Frequency = MeasureFrequency.Quarterly,
        Targets = target is { } t ? [new MeasureTarget { Period = "2024/25", Value = t }] : [],
        Actuals = [.. actuals.Select(a => new MeasureActual { Period = a.Period, Value = a.Value })],
    };

    /// <summary>A measure that is green (100 against 50) in 2024/25 Q4 at 2025-03-31.</summary>
    public static Measure Green(string id, decimal weight = 1, bool mustDo = false) =>
        Measure(id, 50, ("2024/25 Q4", 100)) with { Weight = weight, MustDo = mustDo };

    /// <summary>A measure that is amber (48 against 50, within 5%) in 2024/25 Q4.</summary>
    public static Measure Amber(string id, decimal weight = 1) => Measure(id, 50, ("2024/25 Q4", 48)) with { Weight = weight };

    /// <summary>A measure that is red (10 against 50) in 2024/25 Q4.</summary>
    public static Measure Red(string id, decimal weight = 1, bool mustDo = false) =>
        Measure(id, 50, ("2024/25 Q4", 10)) with { Weight = weight, MustDo = mustDo };

    /// <summary>A measure with a target and no actual for 2024/25 Q4.</summary>
    public static Measure NoData(string id) => Measure(id, 50, ("2024/25 Q3", 60));

    /// <summary>A measure with no target at all (MEA-2).</summary>
    public static Measure DataOnly(string id) => Measure(id, null, ("2024/25 Q4", 60));

    /// <summary>An action of 2024/25 due at year end, with one update of the given status on 2025-03-01.</summary>
    public static DeliveryAction Action(string id, string outcomeId, ActionStatus? status, decimal weight = 1, bool mustDo = false, string due = "2025-03-31") => new()
    {
        Id = id,
        Title = "Action " + id,
        OutcomeIds = [outcomeId],
        Start = Date("2024-04-01"),
        Due = Date(due),
        Weight = weight,
        MustDo = mustDo,
        Updates = status is { } s ? [new ActionUpdate { AsOf = Date("2025-03-01"), Status = s }] : [],
    };

    public static Outcome Outcome(string id, params Measure[] measures) => new() { Id = id, Title = "Outcome " + id, Measures = measures };

    public static Theme Theme(string id, params Outcome[] outcomes) => new() { Id = id, Name = "Theme " + id, Outcomes = outcomes };

    public static PlanDocument Document(Theme[] themes, params DeliveryAction[] actions) => new()
    {
        Plan = new Plan { Id = "plan", Title = "Test plan", Start = PlanStart, End = PlanEnd, Themes = themes },
        DeliveryPlans = actions.Length == 0 ? [] : [new DeliveryPlan { Id = "dp", Title = "Delivery Plan 2024-25", Year = "2024/25", Actions = actions }],
    };

    /// <summary>One theme holding the given outcomes.</summary>
    public static PlanDocument Document(Outcome[] outcomes, params DeliveryAction[] actions) => Document([Theme("t", outcomes)], actions);
}
