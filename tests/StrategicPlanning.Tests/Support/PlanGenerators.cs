using System.Text.Json;
using CsCheck;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Tests.Support;

/// <summary>CsCheck generators of whole documents: every member, awkward text, exact decimals and unknown members.</summary>
internal static class PlanGenerators
{
    private const string TextChars = "abcxyz ABC0123456789-_./'\"\\\n\t£–é漢€";

    public static readonly Gen<string> Text = Gen.String[Gen.Char[TextChars], 0, 12];

    public static readonly Gen<string?> OptionalText = Text.Null(0.3);

    public static readonly Gen<string> Id = Gen.String[Gen.Char["abcxyz0123456789._-"], 1, 10];

    public static readonly Gen<decimal> Amount = Gen.OneOf(
        Gen.Decimal,
        Gen.Int[-1000, 1000].Select(i => i / 100m),
        Gen.Long[0, 10_000_000_000].Select(l => l / 100m));

    public static readonly Gen<LocalDate> Date = Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 12], Gen.Int[1, 31], (y, m, d) => new LocalDate(y, m, Math.Min(d, DateTime.DaysInMonth(y, m))));

    public static readonly Gen<LocalDate?> OptionalDate = Date.Nullable(0.3);

    public static readonly Gen<Period> Duration = Gen.OneOf(
        Gen.Int[0, 24].Select(Period.FromMonths),
        Gen.Int[0, 60].Select(Period.FromDays),
        Gen.Int[0, 3].Select(Period.FromYears),
        Gen.Int[1, 8].Select(Period.FromWeeks));

    public static readonly Gen<string> Label = Gen.OneOf(
        Gen.Int[2000, 2030].Select(y => PeriodLabel.ForFinancialYear(y).ToString()),
        Gen.Select(Gen.Int[2000, 2030], Gen.Int[1, 4], (y, q) => PeriodLabel.ForQuarter(y, q).ToString()),
        Gen.Select(Gen.Int[2000, 2030], Gen.Int[1, 12], (y, m) => PeriodLabel.ForMonth(y, m).ToString()),
        Text);

    public static readonly Gen<ExtensionMembers> Extensions = Gen.OneOf(
        Gen.Const(ExtensionMembers.Empty),
        Gen.Select(Gen.String[Gen.Char["abcdefghij"], 1, 6], JsonValue, (name, value) => Extension("x-" + name, value)));

    private static Gen<string> JsonValue => Gen.OneOf(
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Const("true"),
        Gen.Const("null"),
        Text.Select(t => JsonSerializer.Serialize(t)),
        Gen.Const("""{"nested":[1,"two",{"three":null}],"deep":{"a":{"b":[]}}}"""),
        Gen.Const("[1.50, 2e3, -0.0001]"));

    private static Gen<T[]> List<T>(Gen<T> item, int max = 3) => item.Array[0, max];

    public static readonly Gen<Stakeholder> Stakeholder =
        from name in OptionalText
        from kind in Gen.Enum<StakeholderKind>().Nullable(0.3)
        from roles in List(Gen.Enum<StakeholderRole>(), 2)
        from ext in Extensions
        select new Stakeholder { Name = name, Kind = kind, Roles = roles, Extensions = ext };

    public static readonly Gen<Tolerance> Tolerance =
        from amber in Amount
        from green in Amount
        from kind in Gen.Enum<ToleranceKind>()
        from ext in Extensions
        select new Tolerance { AmberWithin = amber, GreenWithin = green, Kind = kind, Extensions = ext };

    public static readonly Gen<MeasureTarget> Target =
        from period in Label
        from value in Amount
        from setOn in OptionalDate
        from reason in OptionalText
        from ext in Extensions
        select new MeasureTarget { Period = period, Value = value, SetOn = setOn, Reason = reason, Extensions = ext };

    public static readonly Gen<MeasureActual> Actual =
        from period in Label
        from value in Amount
        from note in OptionalText
        from ext in Extensions
        select new MeasureActual { Period = period, Value = value, Note = note, Extensions = ext };

    public static readonly Gen<Measure> Measure =
        from head in Gen.Select(Id, OptionalText, Text, OptionalText, OptionalText)
        from owner in OptionalText
        from polarity in Gen.Enum<Polarity>()
        from frequency in Gen.Enum<MeasureFrequency>()
        from weight in Amount
        from mustDo in Gen.Bool
        from tolerance in Tolerance.Null(0.5)
        from baseline in Gen.Select(Label, Amount, Extensions, (p, v, e) => new MeasureBaseline { Period = p, Value = v, Extensions = e }).Null(0.5)
        from targets in List(Target)
        from actuals in List(Actual)
        from ext in Extensions
        select new Measure
        {
            Id = head.Item1, Code = head.Item2, Title = head.Item3, Description = head.Item4, Unit = head.Item5, Owner = owner,
            Polarity = polarity, Frequency = frequency, Weight = weight, MustDo = mustDo, Tolerance = tolerance,
            Baseline = baseline, Targets = targets, Actuals = actuals, Extensions = ext,
        };

    public static readonly Gen<Outcome> Outcome =
        from head in Gen.Select(Id, OptionalText, Text, OptionalText, Amount)
        from stakeholders in List(Stakeholder, 2)
        from measures in List(Measure)
        from ext in Extensions
        select new Outcome
        {
            Id = head.Item1, Code = head.Item2, Title = head.Item3, Description = head.Item4, Weight = head.Item5,
            Stakeholders = stakeholders, Measures = measures, Extensions = ext,
        };

    public static readonly Gen<Theme> Theme =
        from head in Gen.Select(Id, OptionalText, Text, OptionalText, Gen.Bool, Amount)
        from stakeholders in List(Stakeholder, 2)
        from outcomes in List(Outcome)
        from ext in Extensions
        select new Theme
        {
            Id = head.Item1, Code = head.Item2, Name = head.Item3, Description = head.Item4, CrossCutting = head.Item5, Weight = head.Item6,
            Stakeholders = stakeholders, Outcomes = outcomes, Extensions = ext,
        };

    public static readonly Gen<Plan> Plan =
        from head in Gen.Select(Id, Text, OptionalText, OptionalText)
        from dates in Gen.Select(Date, Date, OptionalDate)
        from values in List(Gen.Select(OptionalText, OptionalText, Extensions, (n, d, e) => new PlanValue { Name = n, Description = d, Extensions = e }), 2)
        from stakeholders in List(Stakeholder, 2)
        from themes in List(Theme)
        from ext in Extensions
        select new Plan
        {
            Id = head.Item1, Title = head.Item2, Vision = head.Item3, Mission = head.Item4,
            Start = dates.Item1, End = dates.Item2, Approved = dates.Item3,
            Values = values, Stakeholders = stakeholders, Themes = themes, Extensions = ext,
        };

    public static readonly Gen<AnnualAmount> AnnualAmount =
        Gen.Select(Label, Amount, Extensions, (y, a, e) => new AnnualAmount { Year = y, Amount = a, Extensions = e });

    public static readonly Gen<DeliveryAction> Action =
        from head in Gen.Select(Id, OptionalText, Text, OptionalText)
        from outcomeIds in List(Id)
        from dates in Gen.Select(Date, Date)
        from flags in Gen.Select(Gen.Bool, Amount)
        from milestones in List(Gen.Select(Id, Text, Date, OptionalDate, Extensions, (i, t, d, c, e) => new Milestone { Id = i, Title = t, Due = d, Completed = c, Extensions = e }))
        from updates in List(Gen.Select(Date, Gen.Enum<ActionStatus>(), Amount.Nullable(0.3), OptionalText, Extensions,
            (d, s, p, c, e) => new ActionUpdate { AsOf = d, Status = s, PercentComplete = p, Commentary = c, Extensions = e }))
        from estimates in List(AnnualAmount)
        from funding in List(Gen.Select(Id, Label, Amount, Extensions, (l, y, a, e) => new FundingAllocation { LineId = l, Year = y, Amount = a, Extensions = e }))
        from ext in Extensions
        select new DeliveryAction
        {
            Id = head.Item1, Code = head.Item2, Title = head.Item3, Owner = head.Item4, OutcomeIds = outcomeIds,
            Start = dates.Item1, Due = dates.Item2, MustDo = flags.Item1, Weight = flags.Item2,
            Milestones = milestones, Updates = updates, EstimatedCost = estimates, Funding = funding, Extensions = ext,
        };

    public static readonly Gen<DeliveryPlan> DeliveryPlan =
        from head in Gen.Select(Id, Text, Label, OptionalDate)
        from actions in List(Action)
        from ext in Extensions
        select new DeliveryPlan { Id = head.Item1, Title = head.Item2, Year = head.Item3, Approved = head.Item4, Actions = actions, Extensions = ext };

    public static readonly Gen<FinancialStrategy> FinancialStrategy =
        from id in Id.Null(0.3)
        from title in OptionalText
        from years in List(Label)
        from lines in List(Gen.Select(Id, Text, Gen.Enum<BudgetLineKind>(), OptionalText, List(AnnualAmount), Extensions,
            (i, n, k, d, a, e) => new BudgetLine { Id = i, Name = n, Kind = k, Directorate = d, Amounts = a, Extensions = e }))
        from ext in Extensions
        select new FinancialStrategy { Id = id, Title = title, Years = years, Lines = lines, Extensions = ext };

    private static readonly Gen<RiskRating> Rating =
        Gen.Select(Gen.Int[-2, 12], Gen.Int[-2, 12], Extensions, (l, i, e) => new RiskRating { Likelihood = l, Impact = i, Extensions = e });

    public static readonly Gen<Risk> Risk =
        from head in Gen.Select(Id, OptionalText, Text, Gen.Enum<RiskKind>(), Text, OptionalText, Gen.Enum<RiskStatus>())
        from ids in Gen.Select(List(Id), List(Id), List(Id))
        from ratings in Gen.Select(Rating, Rating.Null(0.4))
        from assessments in List(Gen.Select(Date, Gen.Int[1, 5], Gen.Int[1, 5], OptionalText, Extensions,
            (d, l, i, c, e) => new RiskAssessment { AsOf = d, Likelihood = l, Impact = i, Commentary = c, Extensions = e }))
        from treatment in Gen.Enum<RiskTreatment>().Nullable(0.3)
        from reviewEvery in Duration.Null(0.5)
        from ext in Extensions
        select new Risk
        {
            Id = head.Item1, Code = head.Item2, Title = head.Item3, Kind = head.Item4, Category = head.Item5, Owner = head.Item6, Status = head.Item7,
            ThemeIds = ids.Item1, OutcomeIds = ids.Item2, MitigationActionIds = ids.Item3, Inherent = ratings.Item1, Target = ratings.Item2,
            Assessments = assessments, Treatment = treatment, ReviewEvery = reviewEvery, Extensions = ext,
        };

    public static readonly Gen<RiskMatrix> Matrix =
        from levels in Gen.Select(Gen.Int[1, 6], Gen.Int[1, 6])
        from labels in Gen.Select(List(Text), List(Text))
        from grid in Gen.Int[1, 30].Array[0, 3].Array[0, 3].Null(0.6)
        from bands in List(Gen.Select(Gen.Int[1, 25], OptionalText, Gen.Enum<Rag>().Nullable(0.3), Extensions,
            (f, n, r, e) => new RiskBand { From = f, Name = n, Rag = r, Extensions = e }))
        from ext in Extensions
        select new RiskMatrix
        {
            LikelihoodLevels = levels.Item1, ImpactLevels = levels.Item2, LikelihoodLabels = labels.Item1, ImpactLabels = labels.Item2,
            Scores = grid?.Select(row => (IReadOnlyList<int>)row).ToArray(), Bands = bands, Extensions = ext,
        };

    public static readonly Gen<RiskRegister> RiskRegister =
        from head in Gen.Select(Id.Null(0.3), OptionalText, Duration)
        from matrix in Matrix
        from appetite in List(Gen.Select(Text, Gen.Int[1, 25], Extensions, (c, m, e) => new RiskAppetite { Category = c, MaxScore = m, Extensions = e }))
        from risks in List(Risk)
        from ext in Extensions
        select new RiskRegister { Id = head.Item1, Title = head.Item2, ReviewEvery = head.Item3, Matrix = matrix, Appetite = appetite, Risks = risks, Extensions = ext };

    public static readonly Gen<ReviewCycle> Reviews =
        from durations in Gen.Select(Duration, Duration, Duration, Duration.Null(0.5))
        from dates in Gen.Select(Date, OptionalDate)
        from held in List(Gen.Select(Date, Gen.Enum<ReviewKind>(), OptionalText, Label.Null(0.3), Extensions,
            (d, k, f, p, e) => new HeldReview { Date = d, Kind = k, Forum = f, Period = p, Extensions = e }))
        from ext in Extensions
        select new ReviewCycle
        {
            Cadence = durations.Item1, ReportingLag = durations.Item2, AnnualReportLag = durations.Item3, DueSoonWithin = durations.Item4,
            Start = dates.Item1, End = dates.Item2, Held = held, Extensions = ext,
        };

    public static readonly Gen<PlanDocument> Document =
        from organisation in Gen.Select(OptionalText, OptionalText, Extensions, (n, c, e) => new Organisation { Name = n, Code = c, Extensions = e }).Null(0.3)
        from currency in Gen.OneOfConst("GBP", "EUR", "xx")
        from calendar in Gen.Select(Gen.Int[0, 13], Extensions, (m, e) => new ReportingCalendar { YearStartMonth = m, Extensions = e })
        from plan in Plan
        from deliveryPlans in List(DeliveryPlan, 2)
        from finance in FinancialStrategy.Null(0.3)
        from risks in RiskRegister.Null(0.3)
        from reviews in Reviews.Null(0.3)
        from ext in Extensions
        select new PlanDocument
        {
            Organisation = organisation, Currency = currency, Calendar = calendar, Plan = plan, DeliveryPlans = deliveryPlans,
            FinancialStrategy = finance, RiskRegister = risks, Reviews = reviews, Extensions = ext,
        };

    private static ExtensionMembers Extension(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return ExtensionMembers.From([KeyValuePair.Create(name, document.RootElement)]);
    }
}
