using StrategicPlanning.Model;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>TargetResult and ActualResult dates become period labels by the calendar (CAL-1, CAL-3, MEA-1).</summary>
public class ResultPeriodTests
{
    private static Measure Measure(string results, StratMLReadOptions? options = null) =>
        StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(results)), options).GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0];

    [Fact]
    public void CAL2_quarters_of_an_april_year_are_read_as_quarter_labels_and_the_measure_is_quarterly()
    {
        var measure = Measure(
            StratMLText.Result("TargetResult", "2024-04-01", "2025-03-31", "40") +
            StratMLText.Result("ActualResult", "2024-04-01", "2024-06-30", "39.1") +
            StratMLText.Result("ActualResult", "2024-07-01", "2024-09-30", "40.3"),
            new StratMLReadOptions { YearStartMonth = 4 });

        measure.Frequency.Should().Be(MeasureFrequency.Quarterly);
        measure.Targets.Select(t => (t.Period, t.Value)).Should().Equal(("2024/25", 40m));
        measure.Actuals.Select(a => (a.Period, a.Value)).Should().Equal(("2024/25 Q1", 39.1m), ("2024/25 Q2", 40.3m));
    }

    [Fact]
    public void CAL3_months_are_read_as_iso_month_labels_and_the_measure_is_monthly()
    {
        var measure = Measure(
            StratMLText.Result("ActualResult", "2024-05-01", "2024-05-31", "12") +
            StratMLText.Result("ActualResult", "2024-02-01", "2024-02-29", "11"));

        measure.Frequency.Should().Be(MeasureFrequency.Monthly);
        measure.Actuals.Select(a => a.Period).Should().Equal("2024-05", "2024-02");
    }

    [Fact]
    public void CAL1_the_year_start_is_inferred_from_results_spanning_twelve_months()
    {
        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(
            StratMLText.Result("TargetResult", "2023-10-01", "2024-09-30", "5") +
            StratMLText.Result("ActualResult", "2023-10-01", "2024-09-30", "6") +
            StratMLText.Result("ActualResult", "2024-01-01", "2024-12-31", "7"))));

        var document = read.GetDocumentOrThrow();

        document.Calendar.YearStartMonth.Should().Be(10);
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport",
            "StratML has no reporting calendar; the year is taken to start in October (CAL-1), as 2 results spanning twelve months from that month do."));
        document.Plan.Themes[0].Outcomes[0].Measures[0].Actuals.Select(a => a.Period).Should().Equal("2023/24");
    }

    [Fact]
    public void CAL1_only_results_the_importer_reads_vote_for_the_year_start()
    {
        // Two October-year results in a second StrategicPlanCore (kept whole, not read, not written back) against one
        // April-year result the importer reads: the votes are the read one's alone, so an export and a second import
        // infer the same calendar (a mutation property found the second core's votes deciding it, then lost).
        var second = "<StrategicPlanCore><Goal><Name>Kept</Name>" + StratMLText.Indicator(
            StratMLText.Result("ActualResult", "2023-10-01", "2024-09-30", "6") +
            StratMLText.Result("ActualResult", "2024-10-01", "2025-09-30", "7")) + "</Goal></StrategicPlanCore>";
        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(
            StratMLText.Result("ActualResult", "2024-04-01", "2025-03-31", "5")), root: second));

        var document = read.GetDocumentOrThrow();

        document.Calendar.YearStartMonth.Should().Be(4);
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport",
            "StratML has no reporting calendar; the year is taken to start in April (CAL-1), as 1 result spanning twelve months from that month does."));
        document.Plan.Themes[0].Outcomes[0].Measures[0].Actuals.Select(a => (a.Period, a.Value)).Should().Equal(("2024/25", 5m));
    }

    [Fact]
    public void CAL1_a_calendar_year_start_gives_calendar_year_labels()
    {
        var measure = Measure(
            StratMLText.Result("TargetResult", "2024-01-01", "2024-12-31", "5") +
            StratMLText.Result("ActualResult", "2024-04-01", "2024-06-30", "6"));

        measure.Targets.Single().Period.Should().Be("2024");
        measure.Actuals.Single().Period.Should().Be("2024 Q2");
    }

    [Fact]
    public void MEA1_an_actual_of_another_kind_than_the_measures_frequency_is_kept_not_read()
    {
        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(
            StratMLText.Result("ActualResult", "2024-04-01", "2024-06-30", "1") +
            StratMLText.Result("ActualResult", "2024-07-01", "2024-09-30", "2") +
            StratMLText.Result("ActualResult", "2024-04-01", "2025-03-31", "3"))));

        var measure = read.GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0];

        measure.Actuals.Select(a => a.Value).Should().Equal(1m, 2m);
        Kept.Results(measure).Should().Be(1);
        read.Notes.Should().Contain(n => n.Path.EndsWith("/MeasurementInstance/ActualResult[3]", StringComparison.Ordinal)
            && n.Message == "Kept as it is, not read as an actual: it names the period 2024/25, not one of the measure's quarterly periods (MEA-1).");
    }

    [Fact]
    public void MEA1_a_second_actual_for_one_period_is_kept_not_read()
    {
        var measure = Measure(
            StratMLText.Result("ActualResult", "2024-04-01", "2025-03-31", "1") +
            StratMLText.Result("ActualResult", "2024-04-01", "2025-03-31", "2"));

        measure.Actuals.Should().ContainSingle().Which.Value.Should().Be(1m);
        Kept.Results(measure).Should().Be(1);
    }

    [Theory]
    [InlineData("2024-04-01", "2026-03-31", "40", "its dates 2024-04-01 to 2026-03-31 are not one month, quarter or financial year of the calendar (years starting in month 4)")]
    [InlineData("2024-04-02", "2025-03-31", "40", "its dates 2024-04-02 to 2025-03-31 are not one month, quarter or financial year of the calendar (years starting in month 4)")]
    [InlineData("2024-04-01", "2025-03-31", "forty", "its NumberOfUnits 'forty' is not a decimal number of at most 28 significant digits")]
    [InlineData("2024-04-01", "2025-03-31", "1e3", "its NumberOfUnits '1e3' is not a decimal number of at most 28 significant digits")]
    [InlineData("31/03/2025", "2025-03-31", "40", "its StartDate is empty or not a date, so it names no period")]
    public void A_result_that_is_not_one_period_with_a_number_is_kept_with_the_reason(string start, string end, string units, string reason)
    {
        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(StratMLText.Result("TargetResult", start, end, units))),
            new StratMLReadOptions { YearStartMonth = 4 });

        var measure = read.GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0];

        measure.Targets.Should().BeEmpty();
        Kept.Results(measure).Should().Be(1);
        read.Notes.Should().Contain(n => n.Message == $"Kept as it is, not read as a target: {reason}.");
    }

    [Fact]
    public void Numbers_are_read_exactly_as_decimals()
    {
        var measure = Measure(StratMLText.Result("ActualResult", "2024-04-01", "2025-03-31", " -0.10 "));

        measure.Actuals.Single().Value.Should().Be(-0.10m);
        measure.Actuals.Single().Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("-0.10");
    }
}
