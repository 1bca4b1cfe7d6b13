using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Measures;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Calendar;

/// <summary>Every rule family evaluates at the first and last as-of dates it accepts, whatever the calendar (CAL-1..4).</summary>
public class AsOfDatesTests
{
    public static TheoryData<int> StartMonths => [1, 4, 10];

    [Theory]
    [MemberData(nameof(StartMonths))]
    public void CAL_every_rule_family_evaluates_at_the_earliest_and_latest_as_of_dates(int startMonth)
    {
        // Measures compare with the period before and the same period a year earlier (MEA-6): both must be nameable.
        var minimal = Build.Document([Build.Outcome("o", Build.Measure("m", null))]) with { Calendar = new ReportingCalendar { YearStartMonth = startMonth } };
        var document = startMonth == 4 ? Samples.FormatExample() : minimal;

        foreach (var asOf in new[] { AsOfDates.Earliest, AsOfDates.Latest })
        {
            AggregationRules.Evaluate(document, asOf).Succeeded.Should().BeTrue(string.Join("; ", AggregationRules.Evaluate(document, asOf).Errors));
            ReviewRules.Evaluate(document, asOf).Succeeded.Should().BeTrue();
            RiskRules.Evaluate(document, asOf).Succeeded.Should().BeTrue();
        }
    }

    [Theory]
    [MemberData(nameof(StartMonths))]
    public void MEA6_a_measure_with_actuals_evaluates_at_the_earliest_as_of_date(int startMonth)
    {
        var calendar = new ReportingCalendar { YearStartMonth = startMonth };
        var quarter = calendar.QuarterOf(AsOfDates.Earliest);
        var measure = Build.Measure("m", null, (calendar.Previous(quarter).ToString(), 1m)) with { Targets = [] };

        var evaluation = MeasureEvaluator.Evaluate(measure, calendar, AsOfDates.Earliest, MeasureEvaluationOptions.Default);

        evaluation.ShortTerm.Should().Be(DirectionOfTravel.NotComparable);
    }
}
