using NodaTime;
using StrategicPlanning.Model;

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

    /// <summary>
    /// For the Annual Report 2024/25: three measures with year-end actuals in both years and two actions.
    /// At 31 March 2024: m1 35/40 red, m2 41/40 green, m3 45/50 red (1 of 3 meeting target). At 31 March 2025:
    /// m1 44/40 green, m2 30/40 red, m3 52/50 green (2 of 3). Action a1 completed on 30 November 2024, in the year;
    /// a2 completed on 20 March 2024, before it.
    /// </summary>
    public static PlanDocument Annual()
    {
        var document = Build();
        Measure Yearly(string id, decimal target, decimal before, decimal now) => new()
        {
            Id = id,
            Title = "Measure " + id,
            Polarity = Polarity.HigherIsBetter,
            Frequency = MeasureFrequency.Quarterly,
            Targets = [new MeasureTarget { Period = "2023/24", Value = target }, new MeasureTarget { Period = "2024/25", Value = target }],
            Actuals = [new MeasureActual { Period = "2023/24 Q4", Value = before }, new MeasureActual { Period = "2024/25 Q4", Value = now }],
        };
        DeliveryAction Done(string id, string start, string due, string completed) => new()
        {
            Id = id,
            Title = "Action " + id,
            OutcomeIds = ["o1"],
            Start = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value,
            Due = NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value,
            Updates = [new ActionUpdate { AsOf = NodaTime.Text.LocalDatePattern.Iso.Parse(completed).Value, Status = ActionStatus.Completed, Commentary = "Done." }],
        };
        var outcome = document.Plan.Themes[0].Outcomes[0] with { Measures = [Yearly("m1", 40, 35, 44), Yearly("m2", 40, 41, 30), Yearly("m3", 50, 45, 52)] };
        return document with
        {
            Plan = document.Plan with { Start = new LocalDate(2023, 4, 1), Themes = [document.Plan.Themes[0] with { Outcomes = [outcome] }] },
            DeliveryPlans = [document.DeliveryPlans[0] with { Actions = [Done("a1", "2024-04-01", "2025-03-31", "2024-11-30"), Done("a2", "2023-10-01", "2024-03-31", "2024-03-20")] }],
        };
    }

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
