using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Model;
using StrategicPlanning.Movement;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>
/// The plain words of a movement that the report's "What moved" section and <c>splan compare</c> share, on the small
/// plan (measures 44 and 38 against 40, green and amber; action off track, red; each weight 1: AGG-2, AGG-3).
/// </summary>
public class MovementWordsTests
{
    private static readonly LocalDate EndOfQ2 = new(2024, 9, 30);

    private static Scorecard Score(PlanDocument document, LocalDate asOf) => AggregationRules.Evaluate(document, asOf).GetValueOrThrow();

    private static string Words(ScoreMovement movement, string id) =>
        MovementWords.Describe(movement, movement.FindNode("o1")!.Contributions.Single(c => c.Id == id));

    [Theory]
    [InlineData("4.25", "+4.3")]
    [InlineData("-2.05", "−2.1")]
    [InlineData("0.04", "+0.0")]
    [InlineData("-0.04", "−0.0")]
    [InlineData("0", "+0.0")]
    public void A_part_of_a_change_is_signed_at_one_decimal_half_away_from_zero_keeping_its_sign(string value, string expected)
    {
        MovementWords.Part(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Theory]
    [InlineData(LeafStatus.Green, "green")]
    [InlineData(LeafStatus.Complete, "complete")]
    [InlineData(LeafStatus.NoData, "no data")]
    [InlineData(LeafStatus.DataOnly, "data only")]
    [InlineData(LeafStatus.Excluded, "excluded")]
    [InlineData(null, "not here")]
    public void A_status_reads_in_lower_case_words(LeafStatus? status, string expected)
    {
        MovementWords.Status(status).Should().Be(expected);
    }

    [Fact]
    public void AGG_a_nodes_change_is_the_difference_of_its_scores_as_shown()
    {
        // Vibrant city at 30 June 2024 and 30 September 2024 on the Derby sample: 77.8 → 70.8 as shown, so "fell 7.0",
        // though the exact change is −6.94.
        var document = DerbyReports.Document;
        var movement = ScoreMovement.Between(Score(document, new LocalDate(2024, 6, 30)), Score(document, EndOfQ2));
        var vibrant = movement.FindNode("vibrant")!;

        vibrant.Change!.Value.Should().BeInRange(-6.95m, -6.9m);
        MovementWords.Change(vibrant).Should().Be("fell 7.0");
        MovementWords.Change(ScoreMovement.Between(movement.Now, movement.Then).FindNode("vibrant")!).Should().Be("rose 7.0");
        MovementWords.Change(ScoreMovement.Between(movement.Now, movement.Now).FindNode("vibrant")!).Should().Be("did not move");
    }

    [Fact]
    public void MEA4_measures_that_lose_their_actual_in_a_new_quarter_are_named_with_that_quarter()
    {
        // Q2 → Q3: the measures have no Q3 actual, the action stays red. Then 100, 50, 0 → 50; now 0 alone → 0.
        // Mid-score K = 25. Recycling: (0 − 1/3) × (100 − 25) = −25; reuse: (0 − 1/3) × (50 − 25) = −8.33;
        // the action's share grows from 1/3 to 1: (2/3) × (0 − 25) = −16.67. Sum −50.
        var document = SmallPlan.Build();
        var movement = ScoreMovement.Between(Score(document, EndOfQ2), Score(document, new LocalDate(2024, 12, 31)));

        Words(movement, "m.recycling").Should().Be("'Recycling rate' has no 2024/25 Q3 actual (was green) (−25.0)");
        Words(movement, "m.reuse").Should().Be("'Reuse rate' has no 2024/25 Q3 actual (was amber) (−8.3)");
        Words(movement, "a1").Should().Be("'Open the reuse shop' (red) weighs more in the mix as others moved (−16.7)");

        var back = ScoreMovement.Between(movement.Now, movement.Then);
        Words(back, "m.recycling").Should().Be("'Recycling rate' has its 2024/25 Q2 actual: green (+25.0)");
    }

    [Fact]
    public void ACT_a_cancelled_action_no_longer_counts_and_its_part_says_so()
    {
        // Two versions at 30 September: the action is cancelled in the later one (excluded). Then 50; now (100 + 50) / 2
        // = 75. K = 62.5. The action: (0 − 1/3) × (0 − 62.5) = +20.83; recycling: (1/2 − 1/3) × (100 − 62.5) = +6.25.
        var then = SmallPlan.Build();
        var action = then.DeliveryPlans[0].Actions[0];
        var now = then with { DeliveryPlans = [then.DeliveryPlans[0] with { Actions = [action with { Updates = [.. action.Updates, action.Updates[0] with { AsOf = new LocalDate(2024, 9, 25), Status = ActionStatus.Cancelled }] }] }] };

        var movement = ScoreMovement.Between(Score(then, EndOfQ2), Score(now, EndOfQ2));

        Words(movement, "a1").Should().Be("'Open the reuse shop' no longer counts: excluded (was red) (+20.8)");
        Words(movement, "m.recycling").Should().Be("'Recycling rate' (green) weighs more in the mix as others moved (+6.3)");
        Words(ScoreMovement.Between(movement.Now, movement.Then), "a1").Should().Be("'Open the reuse shop' counts now: red (was excluded) (−20.8)");
    }

    [Fact]
    public void AGG3_a_weight_changed_between_versions_is_named_with_both_weights()
    {
        // Recycling's weight goes from 1 to 2: then 50, now (200 + 50 + 0) / 4 = 62.5. K = 56.25.
        // Recycling: (1/2 − 1/3) × (100 − 56.25) = +7.29; the action: (1/4 − 1/3) × (0 − 56.25) = +4.69.
        var then = SmallPlan.Build();
        var outcome = then.Plan.Themes[0].Outcomes[0];
        var now = then with { Plan = then.Plan with { Themes = [then.Plan.Themes[0] with { Outcomes = [outcome with { Measures = [outcome.Measures[0] with { Weight = 2 }, outcome.Measures[1]] }] }] } };

        var movement = ScoreMovement.Between(Score(then, EndOfQ2), Score(now, EndOfQ2));

        Words(movement, "m.recycling").Should().Be("'Recycling rate' had its weight changed from 1 to 2 (+7.3)");
        Words(movement, "a1").Should().Be("'Open the reuse shop' (red) weighs less in the mix as others moved (+4.7)");
    }

    [Fact]
    public void A_measure_added_in_a_later_version_is_new_here()
    {
        // A third measure, 50 against 40 (green), joins: (100 + 50 + 0 + 100) / 4 = 62.5 from 50. K = 56.25; its share
        // goes from 0 to 1/4: 1/4 × (100 − 56.25) = +10.94.
        var then = SmallPlan.Build();
        var outcome = then.Plan.Themes[0].Outcomes[0];
        var added = outcome.Measures[0] with { Id = "m.repair", Title = "Repair cafés held", Actuals = [outcome.Measures[0].Actuals[0] with { Value = 50 }] };
        var now = then with { Plan = then.Plan with { Themes = [then.Plan.Themes[0] with { Outcomes = [outcome with { Measures = [.. outcome.Measures, added] }] }] } };

        var movement = ScoreMovement.Between(Score(then, EndOfQ2), Score(now, EndOfQ2));

        Words(movement, "m.repair").Should().Be("'Repair cafés held' is new here: green (+10.9)");
        Words(ScoreMovement.Between(movement.Now, movement.Then), "m.repair").Should().Be("'Repair cafés held' is gone (was green) (−10.9)");
    }
}
