using NodaTime;
using StrategicPlanning.Delivery;
using StrategicPlanning.Documents;
using StrategicPlanning.Measures;
using StrategicPlanning.Plans;

namespace StrategicPlanning.Reports.Tests.Support;

/// <summary>A small plan built in code, with figures easy to work out by hand.</summary>
internal static class SmallPlan
{
    /// <summary>
    /// One theme "Green city" with one outcome: a green measure (44 against 40) and an amber one (38 against 40,
    /// within 5%), and one red action (off track). Scores at 2024/25 Q2: leaves 100, 50, 0 → outcome 50, amber.
    /// </summary>
    public static PlanDocument Build(string themeName = "Green city", string? note = null) => new()
    {
        Organisation = new Organisation { Name = "Example Borough Council" },
        Plan = new Plan
        {
            Id = "plan",
            Title = "Council Plan 2024-2027",
            Start = new LocalDate(2024, 4, 1),
            End = new LocalDate(2027, 3, 31),
            Themes =
            [
                new Theme
                {
                    Id = "green",
                    Name = themeName,
                    Outcomes =
                    [
                        new Outcome
                        {
                            Id = "o1",
                            Title = "Less waste",
                            Measures = [Measure("m.recycling", "Recycling rate", 44, note), Measure("m.reuse", "Reuse rate", 38, null)],
                        },
                    ],
                },
            ],
        },
        DeliveryPlans =
        [
            new DeliveryPlan
            {
                Id = "dp",
                Title = "Delivery Plan 2024-25",
                Year = "2024/25",
                Actions =
                [
                    new DeliveryAction
                    {
                        Id = "a1",
                        Code = "A1",
                        Title = "Open the reuse shop",
                        OutcomeIds = ["o1"],
                        Start = new LocalDate(2024, 4, 1),
                        Due = new LocalDate(2025, 3, 31),
                        Updates = [new ActionUpdate { AsOf = new LocalDate(2024, 9, 20), Status = ActionStatus.OffTrack, Commentary = "Lease fell through." }],
                    },
                ],
            },
        ],
    };

    private static Measure Measure(string id, string title, decimal value, string? note) => new()
    {
        Id = id,
        Title = title,
        Unit = "%",
        Polarity = Polarity.HigherIsBetter,
        Frequency = MeasureFrequency.Quarterly,
        Targets = [new MeasureTarget { Period = "2024/25", Value = 40 }],
        Actuals = [new MeasureActual { Period = "2024/25 Q2", Value = value, Note = note }],
    };
}
