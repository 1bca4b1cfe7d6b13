using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Aggregation;

/// <summary>AGG-7 with AGG-3, AGG-4 and AGG-8: whole explanations of nodes without a score, and of each missing-data policy.</summary>
public class PolicyExplanationTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    // Built afresh for each use, so no validation is remembered across tests (docs/testing.md).
    private static PlanDocument Mixed => Build.Document([Build.Outcome("good", Build.Green("m1"), Build.NoData("m2")), Build.Outcome("bad", Build.Red("m3"))]);

    private static Scorecard Empty => AggregationRules.Evaluate(
        Build.Document([Build.Outcome("zero", Build.Green("w0", weight: 0), Build.NoData("nd")), Build.Outcome("only", Build.DataOnly("d")), Build.Outcome("waiting", Build.NoData("n2"))]),
        AsOf).GetValueOrThrow();

    private static IEnumerable<string> Lines(string? text) => text!.Split('\n').Select(l => l.TrimEnd('\r'));

    private static string? Explain(MissingDataHandling handling, string id) => AggregationRules.Evaluate(
        Mixed, AsOf, ScoringOptions.Default with { Policy = AggregationPolicy.Default with { Outcomes = LevelPolicy.Default with { MissingData = handling } } })
        .GetValueOrThrow().Explain(id);

    [Fact]
    public void AGG8_AGG7_a_parent_blanked_by_the_policy_says_so_in_its_summary_and_gives_no_shares()
    {
        // m2 has no data: the outcome has no score, so m1 has no share of one, and the summary names the policy, not weights.
        Lines(Explain(MissingDataHandling.BlankParent, "good")).Should().Equal(
            "Outcome 'Outcome good' (good) at 2025-03-31, targets as restated",
            "Result: no score. No score: 'Measure m2' has no data, and the policy blanks the parent (AGG-8).",
            "",
            "How: weighted mean of the scored children (AGG-3); any child with no data leaves the parent without a score.",
            "No score: 'Measure m2' has no data, and the policy blanks the parent (AGG-8).",
            "Used (1):",
            "  - measure 'Measure m1' (m1): 100, weight 1. Green: 100 against a target of 50 (the 2024/25 target) for 2024/25 Q4, higher is better (MEA-5).",
            "Left out (1):",
            "  - measure 'Measure m2' (m2): no data: no actual for 2024/25 Q4 (MEA-4); the policy gives the parent no score while a child has no data (AGG-8).",
            "",
            "RAG: No RAG, because there is no score (AGG-5).",
            "Coverage 50%: 1 of 2 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 1 green, 0 amber, 0 red, 0 complete, 1 no data, 0 excluded, 0 data only (AGG-9).",
            "Measures meeting target: 1 of 1, 100% (MEA-7).");
    }

    [Fact]
    public void AGG8_AGG7_a_theme_says_its_blanked_outcome_was_blanked_by_the_policy()
    {
        // Only outcomes blank: the theme drops "good" and scores "bad" alone, 0: red.
        Lines(Explain(MissingDataHandling.BlankParent, "t")).Should().Equal(
            "Theme 'Theme t' (t) at 2025-03-31, targets as restated",
            "Result: red, score 0. Red at 0: 0 is not above 25: red (AGG-5).",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "Score 0 from 1 scored child (AGG-3).",
            "Used (1):",
            "  - outcome 'Outcome bad' (bad): 0, weight 1, 100% of the score. Red, score 0.",
            "Left out (1):",
            "  - outcome 'Outcome good' (good): no score: a child of it has no data, and the policy blanks it (AGG-8); left out, and the other weights renormalise (AGG-3).",
            "",
            "RAG: 0 is not above 25: red (AGG-5).",
            "Coverage 66.7%: 2 of 3 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 1 green, 0 amber, 1 red, 0 complete, 1 no data, 0 excluded, 0 data only (AGG-9).",
            "Measures meeting target: 1 of 2, 50% (MEA-7).");
    }

    [Fact]
    public void AGG8_AGG7_counted_as_zero_a_child_with_no_data_is_used_at_0()
    {
        // (100 + 0) ÷ 2 = 50: amber, pulled down by m2 at 0.
        Lines(Explain(MissingDataHandling.CountAsZero, "good")).Should().Equal(
            "Outcome 'Outcome good' (good) at 2025-03-31, targets as restated",
            "Result: amber, score 50. Amber at 50: pulled down by measure 'Measure m2' at 0.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data count as 0.",
            "Score 50 from 2 scored children (AGG-3).",
            "Used (2):",
            "  - measure 'Measure m1' (m1): 100, weight 1, 50% of the score. Green: 100 against a target of 50 (the 2024/25 target) for 2024/25 Q4, higher is better (MEA-5).",
            "  - measure 'Measure m2' (m2): 0, weight 1, 50% of the score. No data: no actual for 2024/25 Q4 (MEA-4); counted as 0 by the policy (AGG-8).",
            "",
            "RAG: 50 is above 25 but not above 75: amber (AGG-5).",
            "Coverage 50%: 1 of 2 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 1 green, 0 amber, 0 red, 0 complete, 1 no data, 0 excluded, 0 data only (AGG-9).",
            "Measures meeting target: 1 of 1, 100% (MEA-7).");
    }

    [Fact]
    public void AGG3_AGG7_children_with_a_score_all_weighing_0_leave_no_score_not_0()
    {
        Lines(Empty.Explain("zero")).Should().Equal(
            "Outcome 'Outcome zero' (zero) at 2025-03-31, targets as restated",
            "Result: no score. No score: what has data beneath carries weight 0.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "No score: the children with a score all carry weight 0, so the outcome has none (null, not 0) (AGG-3).",
            "Used (1):",
            "  - measure 'Measure w0' (w0): 100, weight 0. Green: 100 against a target of 50 (the 2024/25 target) for 2024/25 Q4, higher is better (MEA-5).",
            "Left out (1):",
            "  - measure 'Measure nd' (nd): no data: no actual for 2024/25 Q4 (MEA-4); left out, and the other weights renormalise (AGG-3).",
            "",
            "RAG: No RAG, because there is no score (AGG-5).",
            "Coverage 50%: 1 of 2 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 1 green, 0 amber, 0 red, 0 complete, 1 no data, 0 excluded, 0 data only (AGG-9).",
            "Measures meeting target: 1 of 1, 100% (MEA-7).");
    }

    [Fact]
    public void AGG4_AGG7_an_outcome_with_nothing_eligible_has_no_coverage()
    {
        Lines(Empty.Explain("only")).Should().Equal(
            "Outcome 'Outcome only' (only) at 2025-03-31, targets as restated",
            "Result: no score. No score: nothing beneath is eligible to score.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "No score: no child has a score, so the outcome has none (null, not 0) (AGG-3).",
            "Left out (1):",
            "  - measure 'Measure d' (d): data only: the measure has no targets (MEA-2).",
            "",
            "RAG: No RAG, because there is no score (AGG-5).",
            "Coverage: none, as no measure or action beneath is eligible (AGG-4).",
            "Counts: 0 green, 0 amber, 0 red, 0 complete, 0 no data, 0 excluded, 1 data only (AGG-9).",
            "Measures meeting target: none of the measures beneath has a status (MEA-7).");
    }

    [Fact]
    public void AGG4_AGG7_an_outcome_whose_measures_have_no_data_yet_says_so()
    {
        Lines(Empty.Explain("waiting")).Should().Equal(
            "Outcome 'Outcome waiting' (waiting) at 2025-03-31, targets as restated",
            "Result: no score. No score: nothing beneath has data yet.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "No score: no child has a score, so the outcome has none (null, not 0) (AGG-3).",
            "Left out (1):",
            "  - measure 'Measure n2' (n2): no data: no actual for 2024/25 Q4 (MEA-4); left out, and the other weights renormalise (AGG-3).",
            "",
            "RAG: No RAG, because there is no score (AGG-5).",
            "Coverage 0%: 0 of 1 eligible measure or action beneath have data (AGG-4).",
            "Counts: 0 green, 0 amber, 0 red, 0 complete, 1 no data, 0 excluded, 0 data only (AGG-9).",
            "Measures meeting target: none of the measures beneath has a status (MEA-7).");
    }

    [Fact]
    public void AGG3_AGG7_a_theme_gives_each_outcome_without_a_score_its_own_reason()
    {
        Lines(Empty.Explain("t")).Should().Equal(
            "Theme 'Theme t' (t) at 2025-03-31, targets as restated",
            "Result: no score. No score: what has data beneath carries weight 0.",
            "",
            "How: weighted mean of the scored children (AGG-3); children with no data drop out and the weights renormalise.",
            "No score: no child has a score, so the theme has none (null, not 0) (AGG-3).",
            "Left out (3):",
            "  - outcome 'Outcome zero' (zero): no score: its measures and actions with data all carry weight 0 (AGG-3); left out, and the other weights renormalise (AGG-3).",
            "  - outcome 'Outcome only' (only): nothing to score: it has no eligible measures or actions (all excluded, data only, or none).",
            "  - outcome 'Outcome waiting' (waiting): no score: none of its 1 eligible measure or action has data; left out, and the other weights renormalise (AGG-3).",
            "",
            "RAG: No RAG, because there is no score (AGG-5).",
            "Coverage 33.3%: 1 of 3 eligible measures and actions beneath have data (AGG-4).",
            "Counts: 1 green, 0 amber, 0 red, 0 complete, 2 no data, 0 excluded, 1 data only (AGG-9).",
            "Measures meeting target: 1 of 1, 100% (MEA-7).");
    }
}
