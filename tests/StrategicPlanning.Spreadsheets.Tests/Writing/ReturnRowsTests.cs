namespace StrategicPlanning.Spreadsheets.Tests.Writing;

public class ReturnRowsTests
{
    private static List<string?[]> Measures(string quarter, string? owner = null) =>
        ReturnSamples.Rows(ReturnSamples.Xlsx(ReturnSamples.Derby, quarter, owner), ReturnLayout.MeasuresSheet);

    [Fact]
    public void MEA4_a_return_for_everyone_lists_each_measure_once_per_period_ending_in_the_quarter()
    {
        using var stream = new MemoryStream();
        var result = QuarterlyReturn.WriteXlsx(ReturnSamples.Derby, ReturnSamples.Derby.Calendar.Parse("2024/25 Q3"), null, stream);

        // 35 quarterly measures, 2 monthly ones with three months each; the two annual ones end in Q4, not Q3.
        result.Value.Should().Be(new ReturnContents { Measures = 41, Actions = 42, Risks = 13 });
        Measures("2024/25 Q3").Skip(1).Select(r => r[0]).Should().NotContain(["m.measures-met", "m.resident-satisfaction"]);
    }

    [Fact]
    public void MEA4_a_monthly_measure_has_three_rows_and_an_annual_one_its_year_in_the_last_quarter()
    {
        var q4 = Measures("2024/25 Q4");

        q4.Where(r => r[0] == "m.missed-bins").Select(r => r[7]).Should().Equal("2025-01", "2025-02", "2025-03");
        q4.Where(r => r[0] == "m.measures-met").Select(r => r[7]).Should().Equal("2024/25");
        q4.Where(r => r[0] == "m.recycling").Select(r => r[7]).Should().Equal("2024/25 Q4");
    }

    [Fact]
    public void MEA3_a_row_shows_the_target_in_force_at_the_quarter_end_and_the_four_actuals_before_its_period()
    {
        var recycling = Measures("2024/25 Q3").Single(r => r[0] == "m.recycling");

        recycling.Should().Equal(
            "m.recycling", "Household waste sent for reuse, recycling or composting", "Green city", "Less waste and more recycling", "Head of Waste", "%",
            "higher is better", "2024/25 Q3", "41", "2023/24 Q3: 36.1; 2023/24 Q4: 36.1; 2024/25 Q1: 36.0; 2024/25 Q2: 37.0", null, null);
    }

    [Fact]
    public void An_owner_gets_only_what_they_own_whatever_the_case_of_the_name()
    {
        var (measures, actions, risks) = ReturnSamples.Csv(ReturnSamples.Derby, "2024/25 Q4", "  head of WASTE ");

        measures.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[3])
            .Should().Equal("m.recycling", "m.residual-waste", "m.fly-tipping", "m.missed-bins", "m.missed-bins", "m.missed-bins");
        actions.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2).And.Contain(l => l.Contains(",a.food-waste,", StringComparison.Ordinal));
        risks.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void ACT3_an_action_closed_before_the_quarter_is_left_out_and_one_closed_in_it_is_kept()
    {
        var q3 = ReturnSamples.Rows(ReturnSamples.Xlsx(ReturnSamples.Derby, "2024/25 Q3"), ReturnLayout.ActionsSheet).Select(r => r[0]).ToList();
        var q4 = ReturnSamples.Rows(ReturnSamples.Xlsx(ReturnSamples.Derby, "2024/25 Q4"), ReturnLayout.ActionsSheet).Select(r => r[0]).ToList();

        q3.Should().Contain("a.climate-plan").And.Contain("a.heritage-festival").And.NotContain("a.neighbourhood-wardens"); // completed in Q3; deferred; cancelled in Q1
        q4.Should().NotContain("a.climate-plan").And.Contain("a.heritage-festival");
    }

    [Fact]
    public void RSK4_an_open_risk_shows_its_current_likelihood_and_impact_and_a_closed_one_is_left_out()
    {
        var risks = ReturnSamples.Rows(ReturnSamples.Xlsx(ReturnSamples.Derby, "2024/25 Q3"), ReturnLayout.RisksSheet);

        risks[0].Should().Equal(ReturnLayout.RiskId, ReturnLayout.RiskTitle, ReturnLayout.Kind, ReturnLayout.Owner, ReturnLayout.CurrentLikelihood, ReturnLayout.CurrentImpact,
            ReturnLayout.NewLikelihood, ReturnLayout.NewImpact, ReturnLayout.Commentary, ReturnLayout.AssessmentDate);
        risks.Single(r => r[0] == "r.social-care-demand").Take(6).Should().Equal("r.social-care-demand", "Adult social care demand outstrips budget", "threat", "Director of Adult Social Care", "5", "4");
        risks.Select(r => r[0]).Should().NotContain("r.university");
    }

    [Fact]
    public void The_same_document_and_quarter_give_the_same_workbook_parts()
    {
        ReturnSamples.PartTexts(ReturnSamples.Xlsx(ReturnSamples.Derby, "2024/25 Q3"))
            .Should().Equal(ReturnSamples.PartTexts(ReturnSamples.Xlsx(ReturnSamples.Derby, "2024/25 Q3")));
    }

    [Fact]
    public void VAL_no_return_is_written_from_a_plan_with_errors()
    {
        var broken = ReturnSamples.Derby with { Currency = "pounds" };
        using var stream = new MemoryStream();

        var result = QuarterlyReturn.WriteXlsx(broken, broken.Calendar.Parse("2024/25 Q3"), null, stream);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Code == "SP1505");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void CAL3_a_period_that_is_not_a_quarter_is_refused()
    {
        var write = () => QuarterlyReturn.WriteXlsx(ReturnSamples.Derby, ReturnSamples.Derby.Calendar.Parse("2024/25"), null, new MemoryStream());

        write.Should().Throw<ArgumentException>().WithMessage("A quarterly return needs a quarter such as 2024/25 Q3, not '2024/25'.*");
    }

    [Fact]
    public void An_output_stream_that_cannot_seek_is_refused_before_anything_is_read()
    {
        using var stream = new WriteOnlyStream();

        var write = () => QuarterlyReturn.WriteXlsx(ReturnSamples.Derby, ReturnSamples.Derby.Calendar.Parse("2024/25 Q3"), null, stream);

        write.Should().Throw<ArgumentException>().WithParameterName("output");
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
