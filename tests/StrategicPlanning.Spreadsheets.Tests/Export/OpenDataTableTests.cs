using NodaTime;

namespace StrategicPlanning.Spreadsheets.Tests.Export;

/// <summary>The four open data tables of <see cref="SmallPlan"/> at 2024-12-31 (2024/25 Q3), every row worked out by hand.</summary>
public class OpenDataTableTests
{
    private static readonly LocalDate AsOf = new(2024, 12, 31);

    [Fact]
    public void Actuals_has_one_row_per_measure_and_period_from_the_first_actual_to_the_current_period()
    {
        var rows = CsvText.Rows(SmallPlan.Document, OpenDataTable.Actuals, AsOf);

        // m1 is quarterly: Q1 to Q3 (the Q4 actual is not due at the date); m2 is monthly: October to December.
        rows.Select(r => r["measure_id"] + " " + r["period"]).Should().Equal(
            "m1 2024/25 Q1", "m1 2024/25 Q2", "m1 2024/25 Q3", "m2 2024-10", "m2 2024-11", "m2 2024-12");
        rows.Should().OnlyContain(r => r["as_of"] == "2024-12-31" && r["theme_id"] == "t1" && r["outcome_id"] == "o1");
    }

    [Fact]
    public void Actuals_rows_hold_the_target_in_force_the_status_and_the_direction_of_travel()
    {
        var rows = CsvText.Rows(SmallPlan.Document, OpenDataTable.Actuals, AsOf);

        // Lower is better, absolute tolerance 10: 90 against 100 is green (MEA-5); the year's target applies (MEA-3).
        rows[0].Should().Equal(new Dictionary<string, string>
        {
            ["as_of"] = "2024-12-31", ["theme_id"] = "t1", ["theme"] = "Money, and \"quotes\"", ["outcome_id"] = "o1",
            ["outcome"] = "'=HYPERLINK(\"http://example.org\",\"x\")", ["measure_id"] = "m1", ["measure_code"] = "M1",
            ["measure"] = "Net spend", ["unit"] = "£k", ["polarity"] = "lowerIsBetter", ["frequency"] = "quarterly",
            ["period"] = "2024/25 Q1", ["start"] = "2024-04-01", ["end"] = "2024-06-30", ["target"] = "100",
            ["target_period"] = "2024/25", ["actual"] = "90", ["status"] = "green", ["direction"] = "notComparable",
            ["direction_on_last_year"] = "notComparable", ["note"] = "'-5 on plan",
        });

        // The gap: a target in force and no actual is noData (MEA-4).
        rows[1]["actual"].Should().BeEmpty();
        rows[1]["status"].Should().Be("noData");
        rows[1]["start"].Should().Be("2024-07-01");
        rows[1]["end"].Should().Be("2024-09-30");

        // The decimal exactly as the document holds it, no thousands separator; 1234567.50 - 100 is far past amber.
        rows[2]["actual"].Should().Be("1234567.50");
        rows[2]["status"].Should().Be("red");
        rows[2]["direction"].Should().Be("notComparable", "Q2 has no actual to compare with");
        rows[2]["note"].Should().Be("Line one\nline two");
    }

    [Fact]
    public void Actuals_of_a_data_only_monthly_measure_keep_negative_numbers_as_numbers()
    {
        var rows = CsvText.Rows(SmallPlan.Document, OpenDataTable.Actuals, AsOf).Where(r => r["measure_id"] == "m2").ToList();

        rows.Select(r => r["actual"]).Should().Equal("-3.5", "-3.5", "0.1234567890123");
        rows.Select(r => r["status"]).Should().Equal("dataOnly", "dataOnly", "dataOnly");
        rows.Select(r => r["direction"]).Should().Equal("notComparable", "stable", "improving");
        rows.Select(r => r["start"] + ".." + r["end"]).Should().Equal("2024-10-01..2024-10-31", "2024-11-01..2024-11-30", "2024-12-01..2024-12-31");
        rows.Should().OnlyContain(r => r["measure"] == "'-Temperature" && r["target"] == string.Empty && r["target_period"] == string.Empty);
    }

    [Fact]
    public void Scores_has_the_plan_its_themes_and_their_outcomes_with_parent_score_rag_coverage_and_counts()
    {
        var rows = CsvText.Rows(SmallPlan.Document, OpenDataTable.Scores, AsOf);

        // o1: m1 red 0 (weight 1), a1 amber 50 (1), a2 red 0 (2.5), m2 data only: 50 / 4.5 = 11.11, red (AGG-2, 3, 5).
        rows.Select(r => (r["level"], r["id"], r["parent_id"])).Should().Equal(("plan", "p", ""), ("theme", "t1", "p"), ("outcome", "o1", "t1"));
        rows[0]["name"].Should().Be("Small plan");
        rows[2]["name"].Should().Be("'=HYPERLINK(\"http://example.org\",\"x\")");
        rows.Should().OnlyContain(r =>
            r["score"] == "11.11" && r["rag"] == "red" && r["held_by_must_do"] == "false" && r["coverage"] == "1" &&
            r["meeting_target"] == "0" && r["weight"] == "1" && r["green"] == "0" && r["amber"] == "1" && r["red"] == "2" &&
            r["complete"] == "0" && r["no_data"] == "0" && r["excluded"] == "0" && r["data_only"] == "1");
    }

    [Fact]
    public void Actions_has_each_action_of_the_counting_delivery_plans_with_its_status_at_the_date()
    {
        var rows = CsvText.Rows(SmallPlan.Document, OpenDataTable.Actions, AsOf);

        rows.Should().HaveCount(2);
        rows[0].Should().Equal(new Dictionary<string, string>
        {
            ["as_of"] = "2024-12-31", ["delivery_plan_id"] = "dp", ["year"] = "2024/25", ["action_id"] = "a1", ["action_code"] = "",
            ["action"] = "'@SUM(1+1)*cmd", ["outcome_ids"] = "o1", ["owner"] = "'+44 1332 123456", ["start"] = "2024-04-01",
            ["due"] = "2025-03-31", ["must_do"] = "true", ["weight"] = "1", ["status"] = "atRisk", ["rag"] = "amber",
            ["reported_status"] = "atRisk", ["reported_on"] = "2024-09-30", ["percent_complete"] = "40",
            ["percent_complete_from_milestones"] = "false", ["overdue_milestones"] = "0", ["commentary"] = "Behind, see note",
        });

        // Past its due date with no update: overdue and red, whatever was reported (ACT-3); no percent to give.
        rows[1]["status"].Should().Be("overdue");
        rows[1]["rag"].Should().Be("red");
        rows[1]["weight"].Should().Be("2.5");
        rows[1]["must_do"].Should().Be("false");
        rows[1]["reported_status"].Should().BeEmpty();
        rows[1]["percent_complete"].Should().BeEmpty();
        rows[1]["percent_complete_from_milestones"].Should().BeEmpty();
    }

    [Fact]
    public void Risks_has_each_risk_at_its_current_assessment_with_band_trend_appetite_and_review()
    {
        var rows = CsvText.Rows(SmallPlan.Document, OpenDataTable.Risks, AsOf);

        // Current: 2024-11-30, 4 × 4 = 16, High (from 15); before it 3 × 4 = 12, so worsening; appetite 12 (RSK-3..7).
        rows.Should().ContainSingle().Which.Should().Equal(new Dictionary<string, string>
        {
            ["as_of"] = "2024-12-31", ["risk_id"] = "r1", ["risk_code"] = "", ["risk"] = "Budget gap", ["kind"] = "threat",
            ["category"] = "financial", ["owner"] = "'\tTab owner", ["status"] = "open", ["theme_ids"] = "t1", ["outcome_ids"] = "o1",
            ["likelihood"] = "4", ["impact"] = "4", ["score"] = "16", ["band"] = "High", ["band_rag"] = "red",
            ["assessed_on"] = "2024-11-30", ["previous_score"] = "12", ["trend"] = "worsening", ["target_score"] = "6",
            ["at_target"] = "false", ["appetite"] = "12", ["outside_appetite"] = "true", ["review_due"] = "2025-02-28",
            ["review_overdue"] = "false", ["removal_candidate"] = "false", ["mitigation_action_ids"] = "a1; a2", ["red_mitigations"] = "1",
        });
    }
}
