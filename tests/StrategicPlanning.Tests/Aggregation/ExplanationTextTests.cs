using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>
/// AGG-7: whole explanations, line by line, of a council whose plan reaches every kind of line: targets of the year
/// and of the quarter with a date and a reason, each polarity, notes and commentary, milestones, must-do actions
/// holding a theme at amber, exclusions and data-only measures.
/// </summary>
public class ExplanationTextTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    // Evaluated afresh for each use: a mutation run reuses the test process, and a scorecard kept in a static field
    // (with its traces cached) would hide a mutant from every test after the first.
    private static Scorecard Card => AggregationRules.Evaluate(Council(), AsOf).GetValueOrThrow();

    private static IEnumerable<string> Lines(string? text) => text!.Split('\n').Select(l => l.TrimEnd('\r'));

    /// <summary>Theme t: outcome o1 of six measures and two actions; theme u: outcome o2 of a heavy green measure and three actions.</summary>
    internal static PlanDocument Council()
    {
        var own = Build.Measure("m.own", null, ("2024/25 Q4", 52)) with
        {
            Title = "Waste per household",
            Polarity = Polarity.LowerIsBetter,
            Targets = [new MeasureTarget { Period = "2024/25 Q4", Value = 50, SetOn = new LocalDate(2024, 4, 10), Reason = "Cabinet reset it." }],
            Actuals = [new MeasureActual { Period = "2024/25 Q4", Value = 52, Note = "provisional." }, new MeasureActual { Period = "2024/25 Q3", Value = 53 }, new MeasureActual { Period = "2023/24 Q4", Value = 51 }],
        };
        var best = Build.Measure("m.best", 20, ("2024/25 Q4", 30)) with { Title = "Occupancy", Polarity = Polarity.TargetIsBest, MustDo = true };
        var notInForce = Build.Measure("m.later", null, ("2024/25 Q4", 5)) with { Targets = [new MeasureTarget { Period = "2025/26", Value = 9 }] };
        var track = Build.Action("a.track", "o1", ActionStatus.OnTrack) with
        {
            Updates = [new ActionUpdate { AsOf = new LocalDate(2025, 3, 1), Status = ActionStatus.OnTrack, Commentary = "Going well " }],
        };
        var milestones = Build.Action("a.steps", "o1", null) with
        {
            Due = new LocalDate(2025, 12, 31),
            Updates = [new ActionUpdate { AsOf = new LocalDate(2025, 2, 1), Status = ActionStatus.AtRisk, Commentary = "Behind?" }],
            Milestones =
            [
                new Milestone { Id = "s1", Title = "Survey", Due = new LocalDate(2024, 9, 30), Completed = new LocalDate(2024, 9, 1) },
                new Milestone { Id = "s2", Title = "Design", Due = new LocalDate(2025, 1, 31) },
                new Milestone { Id = "s3", Title = "Build", Due = new LocalDate(2025, 6, 30) },
            ],
        };
        var late = Build.Action("a.late", "o2", ActionStatus.OffTrack, mustDo: true, due: "2025-02-28");
        var lateToo = Build.Action("a.late2", "o2", null, mustDo: true, due: "2025-01-31");
        var notYet = Build.Action("a.soon", "o2", null) with { Start = new LocalDate(2025, 6, 1), Due = new LocalDate(2025, 12, 31) };
        return Build.Document(
            [
                Build.Theme("t", Build.Outcome("o1", Build.Green("m.fy"), own, best, Build.NoData("m.none"), Build.DataOnly("m.data"), notInForce)),
                Build.Theme("u", Build.Outcome("o2", Build.Green("m.g2", weight: 18))),
            ],
            track, milestones, late, lateToo, notYet);
    }

    [Fact]
    public void AGG3_AGG5_AGG7_an_outcome_lists_each_child_used_with_its_share_and_each_left_out_with_why()
    {
        // Used: 100 + 50 + 0 + 100 + 50 over 5 = 60, amber; the two lowest below 60 pull it down. Coverage 5 of 6; 1 of 3 measures green.
        Lines(Card.Explain("o1")).Should().Equal(
            "Outcome 'Outcome o1' (o1) at 2025-03-31, targets as restated",
            "Result: amber, score 60. Amber at 60: pulled down by measure 'Occupancy' at 0 and measure 'Waste per household' at 50.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "Score 60 from 5 scored children (AGG-3).",
            "Used (5):",
            "  - measure 'Measure m.fy' (m.fy): 100, weight 1, 20% of the score. Green: 100 against a target of 50 (the 2024/25 target) for 2024/25 Q4, higher is better (MEA-5).",
            "  - measure 'Waste per household' (m.own): 50, weight 1, 20% of the score. Amber: 52 against a target of 50 for 2024/25 Q4, lower is better (MEA-5).",
            "  - measure 'Occupancy' (m.best): 0, weight 1, 20% of the score. Red: 30 against a target of 20 (the 2024/25 target) for 2024/25 Q4, closest to target is best (MEA-5).",
            "  - action 'Action a.track' (a.track): 100, weight 1, 20% of the score. Green: reported on track on 2025-03-01.",
            "  - action 'Action a.steps' (a.steps): 50, weight 1, 20% of the score. Amber: reported at risk on 2025-02-01.",
            "Left out (3):",
            "  - measure 'Measure m.none' (m.none): no data: no actual for 2024/25 Q4 (MEA-4); left out, and the other weights renormalise (AGG-3).",
            "  - measure 'Measure m.data' (m.data): data only: the measure has no targets (MEA-2).",
            "  - measure 'Measure m.later' (m.later): data only: no target in force for 2024/25 Q4 (MEA-3).",
            "",
            "RAG: 60 is above 25 but not above 75: amber (AGG-5).",
            "Coverage 83.3%: 5 of 6 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 2 green, 2 amber, 1 red, 0 complete, 1 no data, 0 excluded, 2 data only (AGG-9).",
            "Measures meeting target: 1 of 3, 33.3% (MEA-7).");
    }

    [Fact]
    public void AGG6_AGG7_a_green_score_held_at_amber_names_the_first_red_must_do_and_counts_the_others()
    {
        // (18 × 100 + 0 + 0) ÷ 20 = 90, above 75, but the must-do actions a.late and a.late2 are red: held at amber.
        Lines(Card.Explain("o2")).Should().Equal(
            "Outcome 'Outcome o2' (o2) at 2025-03-31, targets as restated",
            "Result: amber, score 90. Amber at 90: held at amber because must-do action 'Action a.late' is red: overdue, due 2025-02-28 and not completed, whatever the update of 2025-03-01 said (off track) (ACT-3) (AGG-6).",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "Score 90 from 3 scored children (AGG-3).",
            "Used (3):",
            "  - measure 'Measure m.g2' (m.g2): 100, weight 18, 90% of the score. Green: 100 against a target of 50 (the 2024/25 target) for 2024/25 Q4, higher is better (MEA-5).",
            "  - action 'Action a.late' (a.late): 0, weight 1, 5% of the score. Red: overdue, due 2025-02-28 and not completed, whatever the update of 2025-03-01 said (off track) (ACT-3).",
            "  - action 'Action a.late2' (a.late2): 0, weight 1, 5% of the score. Red: overdue, due 2025-01-31 and not completed, with no update (ACT-3).",
            "Left out (1):",
            "  - action 'Action a.soon' (a.soon): excluded: not yet due, starts 2025-06-01 (ACT-3).",
            "",
            "RAG: 90 is above 75: green (AGG-5), but the must-do action 'Action a.late' (and 1 other) is red: overdue, due 2025-02-28 and not completed, whatever the update of 2025-03-01 said (off track) (ACT-3), so it is held at amber (AGG-6).",
            "Coverage 100%: 3 of 3 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 1 green, 0 amber, 2 red, 0 complete, 0 no data, 1 excluded, 0 data only (AGG-9).",
            "Measures meeting target: 1 of 1, 100% (MEA-7).");
    }

    [Fact]
    public void AGG3_AGG7_the_plan_is_pulled_down_by_the_theme_scoring_below_it()
    {
        // (60 + 90) ÷ 2 = 75, not above 75: amber. Coverage 8 of 9; measures green 2 of 4.
        Lines(Card.Explain("plan")).Should().Equal(
            "Plan 'Test plan' (plan) at 2025-03-31, targets as restated",
            "Result: amber, score 75. Amber at 75: pulled down by theme 'Theme t' at 60.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "Score 75 from 2 scored children (AGG-3).",
            "Used (2):",
            "  - theme 'Theme t' (t): 60, weight 1, 50% of the score. Amber, score 60.",
            "  - theme 'Theme u' (u): 90, weight 1, 50% of the score. Amber, score 90.",
            "",
            "RAG: 75 is above 25 but not above 75: amber (AGG-5).",
            "Coverage 88.9%: 8 of 9 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 3 green, 2 amber, 3 red, 0 complete, 1 no data, 1 excluded, 2 data only (AGG-9).",
            "Measures meeting target: 2 of 4, 50% (MEA-7).");
    }

    [Fact]
    public void AGG7_a_theme_of_one_outcome_pulls_down_by_the_lowest_leaves_beneath()
    {
        // Its one outcome scores 60, not below it: the lowest leaves beneath name what pulls it down.
        Lines(Card.Explain("t")).Should().Equal(
            "Theme 'Theme t' (t) at 2025-03-31, targets as restated",
            "Result: amber, score 60. Amber at 60: pulled down by measure 'Occupancy' at 0 and measure 'Waste per household' at 50.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "Score 60 from 1 scored child (AGG-3).",
            "Used (1):",
            "  - outcome 'Outcome o1' (o1): 60, weight 1, 100% of the score. Amber, score 60.",
            "",
            "RAG: 60 is above 25 but not above 75: amber (AGG-5).",
            "Coverage 83.3%: 5 of 6 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 2 green, 2 amber, 1 red, 0 complete, 1 no data, 0 excluded, 2 data only (AGG-9).",
            "Measures meeting target: 1 of 3, 33.3% (MEA-7).");
    }

    [Fact]
    public void MEA3_MEA5_MEA6_AGG7_a_measure_with_its_quarters_own_dated_target_and_a_note_explains_each_step()
    {
        // Lower is better: 52 against 50 is 2 short, within 5 % of 50 = 2.5: amber. 53 → 52 improves; 51 → 52 declines.
        Lines(Card.Explain("m.own")).Should().Equal(
            "Measure 'Waste per household' (m.own) at 2025-03-31",
            "Counts as: amber: 52 against a target of 50 for 2024/25 Q4, lower is better (MEA-5).",
            "Score: 50 (AGG-2), weight 1.",
            "Period: 2024/25 Q4 (the latest quarterly period ended by the as-of date, MEA-4).",
            "Target: 50 from the entry for 2024/25 Q4 set on 2024-04-10 (Cabinet reset it), as restated (MEA-3).",
            "Actual: 52 (provisional).",
            "Shortfall: 2 (negative is better than target; MEA-5).",
            "Direction of travel: improving on the previous period, declining on the same period a year earlier (MEA-6).");
    }

    [Fact]
    public void MEA3_AGG7_as_reported_the_explanation_says_so()
    {
        Lines(Card2().Explain("m.own")).Should().Equal(
            "Measure 'Waste per household' (m.own) at 2025-03-31",
            "Counts as: amber: 52 against a target of 50 for 2024/25 Q4, lower is better (MEA-5).",
            "Score: 50 (AGG-2), weight 1.",
            "Period: 2024/25 Q4 (the latest quarterly period ended by the as-of date, MEA-4).",
            "Target: 50 from the entry for 2024/25 Q4 set on 2024-04-10 (Cabinet reset it), as reported (MEA-3).",
            "Actual: 52 (provisional).",
            "Shortfall: 2 (negative is better than target; MEA-5).",
            "Direction of travel: improving on the previous period, declining on the same period a year earlier (MEA-6).");
    }

    [Fact]
    public void MEA2_MEA3_MEA4_AGG7_measures_without_a_status_explain_why()
    {
        Lines(Card.Explain("m.none") + "\n" + Card.Explain("m.later")).Should().Equal(
            "Measure 'Measure m.none' (m.none) at 2025-03-31",
            "Counts as: no data: no actual for 2024/25 Q4 (MEA-4).",
            "Score: none (AGG-2), weight 1.",
            "Period: 2024/25 Q4 (the latest quarterly period ended by the as-of date, MEA-4).",
            "Target: 50 from the entry for 2024/25, as restated (MEA-3).",
            "Actual: none for this period.",
            "Direction of travel: not comparable on the previous period, not comparable on the same period a year earlier (MEA-6).",
            "Measure 'Measure m.later' (m.later) at 2025-03-31",
            "Counts as: data only: no target in force for 2024/25 Q4 (MEA-3).",
            "Score: none (AGG-2), weight 1.",
            "Period: 2024/25 Q4 (the latest quarterly period ended by the as-of date, MEA-4).",
            "Target: none in force (MEA-3).",
            "Actual: 5.",
            "Direction of travel: not comparable on the previous period, not comparable on the same period a year earlier (MEA-6).");
    }

    [Fact]
    public void MEA5_AGG6_AGG7_a_must_do_measure_closest_to_target_is_best()
    {
        // |30 − 20| = 10 is beyond 5 % of 20 = 1: red.
        Lines(Card.Explain("m.best")).Should().Equal(
            "Measure 'Occupancy' (m.best) at 2025-03-31",
            "Counts as: red: 30 against a target of 20 (the 2024/25 target) for 2024/25 Q4, closest to target is best (MEA-5).",
            "Score: 0 (AGG-2), weight 1, a must do (AGG-6).",
            "Period: 2024/25 Q4 (the latest quarterly period ended by the as-of date, MEA-4).",
            "Target: 20 from the entry for 2024/25, as restated (MEA-3).",
            "Actual: 30.",
            "Shortfall: 10 (negative is better than target; MEA-5).",
            "Direction of travel: not comparable on the previous period, not comparable on the same period a year earlier (MEA-6).");
    }

    [Fact]
    public void ACT3_ACT4_AGG7_an_action_explains_its_update_commentary_percent_from_milestones_and_overdue_milestones()
    {
        // One of three milestones completed: 33.33 %. Commentary ending in "?" is kept; "Going well " gains a full stop.
        Lines(Card.Explain("a.steps") + "\n" + Card.Explain("a.track")).Should().Equal(
            "Action 'Action a.steps' (a.steps) at 2025-03-31",
            "Counts as: amber: reported at risk on 2025-02-01.",
            "Score: 50 (AGG-2), weight 1.",
            "Dates: starts 2024-04-01, due 2025-12-31.",
            "Latest update: 2025-02-01, reported at risk: Behind?",
            "Percent complete: 33.33% (share of milestones completed, ACT-4).",
            "Overdue milestone: 'Design', due 2025-01-31 (ACT-4; does not change the status).",
            "Action 'Action a.track' (a.track) at 2025-03-31",
            "Counts as: green: reported on track on 2025-03-01.",
            "Score: 100 (AGG-2), weight 1.",
            "Dates: starts 2024-04-01, due 2025-03-31.",
            "Latest update: 2025-03-01, reported on track: Going well.");
    }

    [Fact]
    public void ACT3_AGG7_overdue_actions_say_what_was_reported_or_that_nothing_was_and_a_later_start_is_excluded()
    {
        Lines(Card.Explain("a.late") + "\n" + Card.Explain("a.late2") + "\n" + Card.Explain("a.soon")).Should().Equal(
            "Action 'Action a.late' (a.late) at 2025-03-31",
            "Counts as: red: overdue, due 2025-02-28 and not completed, whatever the update of 2025-03-01 said (off track) (ACT-3).",
            "Score: 0 (AGG-2), weight 1, a must do (AGG-6).",
            "Dates: starts 2024-04-01, due 2025-02-28.",
            "Latest update: 2025-03-01, reported off track.",
            "Action 'Action a.late2' (a.late2) at 2025-03-31",
            "Counts as: red: overdue, due 2025-01-31 and not completed, with no update (ACT-3).",
            "Score: 0 (AGG-2), weight 1, a must do (AGG-6).",
            "Dates: starts 2024-04-01, due 2025-01-31.",
            "Latest update: none on or before the as-of date.",
            "Action 'Action a.soon' (a.soon) at 2025-03-31",
            "Counts as: excluded: not yet due, starts 2025-06-01 (ACT-3).",
            "Score: none (AGG-2), weight 1.",
            "Dates: starts 2025-06-01, due 2025-12-31.",
            "Latest update: none on or before the as-of date.");
    }

    [Fact]
    public void MEA3_AGG7_a_node_says_its_targets_are_as_reported()
    {
        var o1 = Lines(Card2().Explain("o1")).ToList();

        o1[0].Should().Be("Outcome 'Outcome o1' (o1) at 2025-03-31, targets as reported");
        o1.Skip(1).Should().Equal(Lines(Card.Explain("o1")).Skip(1));
    }

    private static Scorecard Card2() => AggregationRules.Evaluate(
        Council(), AsOf, ScoringOptions.Default with { Measures = MeasureEvaluationOptions.Default with { Basis = TargetBasis.AsReported } }).GetValueOrThrow();
}
