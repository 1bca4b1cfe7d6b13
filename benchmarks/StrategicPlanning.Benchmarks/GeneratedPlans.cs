using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// Deterministic, valid plans of a given number of leaves (half measures, half actions) with a realistic
/// shape: quarterly actuals over two years, updates, milestones, funding from MTFS lines, and risks.
/// </summary>
public static class GeneratedPlans
{
    private const int LeavesPerOutcome = 10;
    private const int OutcomesPerTheme = 20;

    public static PlanDocument Create(int leaves, int seed = 2024)
    {
        var random = new Random(seed);
        var outcomeCount = Math.Max(1, leaves / LeavesPerOutcome);
        var themeCount = Math.Max(1, outcomeCount / OutcomesPerTheme);
        var lines = Enumerable.Range(0, Math.Max(5, leaves / 200)).Select(i => Line(i)).ToArray();
        var spending = lines.Where(l => l.Kind != BudgetLineKind.Savings).ToArray();
        var savings = lines.Where(l => l.Kind == BudgetLineKind.Savings).ToArray();
        var themes = new Theme[themeCount];
        var actions = new List<DeliveryAction>(leaves / 2);
        var outcomeIndex = 0;
        for (var t = 0; t < themeCount; t++)
        {
            var outcomes = new List<Outcome>();
            var count = t == themeCount - 1 ? outcomeCount - outcomeIndex : OutcomesPerTheme;
            for (var o = 0; o < count; o++, outcomeIndex++)
            {
                var id = Id("o", outcomeIndex);
                outcomes.Add(new Outcome
                {
                    Id = id,
                    Title = "Outcome " + outcomeIndex,
                    Measures = [.. Enumerable.Range(0, LeavesPerOutcome / 2).Select(m => Measure(random, (outcomeIndex * LeavesPerOutcome) + m))],
                });
                for (var a = 0; a < LeavesPerOutcome / 2; a++)
                {
                    // Funded from a revenue or capital line, and one action in five also takes on savings, so that
                    // every line has allocations and no action is underfunded: the plan validates clean.
                    var n = (outcomeIndex * LeavesPerOutcome) + a;
                    actions.Add(Action(random, n, id, spending[random.Next(spending.Length)].Id, n % 5 == 0 ? savings[random.Next(savings.Length)].Id : null));
                }
            }

            themes[t] = new Theme { Id = Id("t", t), Name = "Theme " + t, Outcomes = outcomes };
        }

        return new PlanDocument
        {
            Organisation = new Organisation { Name = "Generated Council", Code = "E00000000" },
            Plan = new Plan { Id = "plan", Title = "Generated plan", Start = new LocalDate(2023, 4, 1), End = new LocalDate(2026, 3, 31), Themes = themes },
            DeliveryPlans = [new DeliveryPlan { Id = "dp-2024-25", Title = "Delivery Plan 2024-25", Year = "2024/25", Actions = actions }],
            FinancialStrategy = new FinancialStrategy { Id = "mtfs", Title = "MTFS", Years = ["2024/25", "2025/26", "2026/27", "2027/28"], Lines = lines },
            RiskRegister = new RiskRegister
            {
                Id = "srr",
                Appetite = [new RiskAppetite { Category = "financial", MaxScore = 12 }, new RiskAppetite { Category = "delivery", MaxScore = 15 }],
                Risks = [.. Enumerable.Range(0, Math.Max(1, leaves / 100)).Select(i => Risk(random, i, themes[i % themes.Length].Id))],
            },
            Reviews = new ReviewCycle
            {
                Cadence = Period.FromMonths(3),
                Start = new LocalDate(2024, 4, 1),
                Held = [new HeldReview { Date = new LocalDate(2024, 9, 11), Kind = ReviewKind.Quarterly, Period = "2024/25 Q1" }],
            },
        };
    }

    private static Measure Measure(Random random, int n)
    {
        var quarters = new List<MeasureActual>(8);
        for (var year = 2023; year <= 2024; year++)
        {
            for (var q = 1; q <= 4; q++)
            {
                quarters.Add(new MeasureActual { Period = PeriodLabel.ForQuarter(year, q).ToString(), Value = Math.Round((decimal)(random.NextDouble() * 100), 1) });
            }
        }

        return new Measure
        {
            Id = Id("m", n),
            Title = "Measure " + n,
            Unit = "%",
            Polarity = (Polarity)(1 + (n % 3)),
            Frequency = MeasureFrequency.Quarterly,
            Targets = [new MeasureTarget { Period = "2024/25", Value = 50 }, new MeasureTarget { Period = "2023/24", Value = 45 }],
            Actuals = quarters,
        };
    }

    private static DeliveryAction Action(Random random, int n, string outcomeId, string lineId, string? savingsLineId) => new()
    {
        Id = Id("a", n),
        Title = "Action " + n,
        OutcomeIds = [outcomeId],
        Owner = "Director",
        Start = new LocalDate(2024, 4, 1),
        Due = new LocalDate(2025, 3, 31).PlusDays(-random.Next(200)),
        MustDo = n % 17 == 0,
        Milestones = [new Milestone { Id = Id("a", n) + ".m1", Title = "Start", Due = new LocalDate(2024, 6, 30), Completed = new LocalDate(2024, 6, 20) }],
        Updates =
        [
            new ActionUpdate { AsOf = new LocalDate(2024, 6, 30), Status = ActionStatus.OnTrack, PercentComplete = 25 },
            new ActionUpdate { AsOf = new LocalDate(2024, 9, 30), Status = (ActionStatus)(2 + random.Next(3)), PercentComplete = 50 },
        ],
        EstimatedCost = [new AnnualAmount { Year = "2024/25", Amount = 1000 }],
        Funding = savingsLineId is null
            ? [new FundingAllocation { LineId = lineId, Year = "2024/25", Amount = 1000 }]
            : [new FundingAllocation { LineId = lineId, Year = "2024/25", Amount = 1000 }, new FundingAllocation { LineId = savingsLineId, Year = "2024/25", Amount = 200 }],
    };

    private static BudgetLine Line(int n) => new()
    {
        Id = Id("line", n),
        Name = "Line " + n,
        Kind = n % 5 == 4 ? BudgetLineKind.Savings : (BudgetLineKind)(1 + (n % 2)),
        Amounts = [new AnnualAmount { Year = "2024/25", Amount = 100_000_000 }, new AnnualAmount { Year = "2025/26", Amount = 90_000_000 }],
    };

    private static Risk Risk(Random random, int n, string themeId) => new()
    {
        Id = Id("r", n),
        Title = "Risk " + n,
        Kind = n % 4 == 3 ? RiskKind.Opportunity : RiskKind.Threat,
        Category = n % 2 == 0 ? "financial" : "delivery",
        ThemeIds = [themeId],
        Inherent = new RiskRating { Likelihood = 1 + random.Next(5), Impact = 1 + random.Next(5) },
        Assessments = [new RiskAssessment { AsOf = new LocalDate(2024, 9, 30), Likelihood = 1 + random.Next(5), Impact = 1 + random.Next(5) }],
        Treatment = n % 4 == 3 ? RiskTreatment.Exploit : RiskTreatment.Treat,
    };

    private static string Id(string prefix, int n) => prefix + n.ToString(CultureInfo.InvariantCulture);
}
