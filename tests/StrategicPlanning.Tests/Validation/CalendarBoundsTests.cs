using System.Text.Json.Nodes;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Finance;
using StrategicPlanning.Json;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>
/// VAL-3, CAL-4: validation bounds every date and duration so that no rule can step off the calendar, and every rule is
/// total over what validation accepts: a document is either refused or evaluated, never a crash.
/// </summary>
public class CalendarBoundsTests
{
    public static TheoryData<string, string, string> TooLong() => new()
    {
        { "reviews.cadence", "P8000Y", "$.reviews.cadence" },
        { "reviews.cadence", "P99999999D", "$.reviews.cadence" },
        { "reviews.reportingLag", "P1000000Y", "$.reviews.reportingLag" },
        { "reviews.annualReportLag", "P1000000Y", "$.reviews.annualReportLag" },
        { "reviews.dueSoonWithin", "P1000000Y", "$.reviews.dueSoonWithin" },
        { "riskRegister.reviewEvery", "P1000000Y", "$.riskRegister.reviewEvery" },
        { "risk.reviewEvery", "P1000000Y", "$.riskRegister.risks[0].reviewEvery" },
        { "reviews.cadence", "P1Y12M1D", "$.reviews.cadence" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public void VAL3_a_duration_over_two_years_is_refused_where_it_is_and_no_rule_crashes(string member, string duration, string path)
    {
        var document = With(member, duration);

        var errors = PlanValidator.Validate(document).Errors;

        errors.Should().ContainSingle().Which.Should().Match<ValidationIssue>(e => e.Code == ValidationCodes.DurationTooLong && e.Path == path);
        EveryFamily(document, new LocalDate(2025, 3, 31)).Should().NotContain(r => r.Crashed);
    }

    [Theory]
    [InlineData("P2Y")]
    [InlineData("P24M")]
    [InlineData("P1Y11M30D")]
    public void VAL3_two_years_is_allowed_and_evaluated_at_the_last_date(string duration)
    {
        var document = With("reviews.cadence", duration);

        PlanValidator.Validate(document).Errors.Should().BeEmpty();
        ReviewRules.Evaluate(document, AsOfDates.Latest).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("plan.start", "0001-01-01", "$.plan.start")]
    [InlineData("plan.end", "9999-12-31", "$.plan.end")]
    [InlineData("reviews.start", "0003-12-31", "$.reviews.start")]
    [InlineData("risk.assessment", "9998-01-01", "$.riskRegister.risks[0].assessments[0].asOf")]
    [InlineData("milestone.completed", "9999-12-31", "$.deliveryPlans[0].actions[0].milestones[0].completed")]
    [InlineData("target.setOn", "0002-02-02", "$.plan.themes[0].outcomes[0].measures[0].targets[1].setOn")]
    public void CAL4_a_date_outside_the_range_is_refused_where_it_is_and_no_rule_crashes(string member, string date, string path)
    {
        var document = With(member, date);

        var issues = PlanValidator.Validate(document).Errors;

        issues.Should().Contain(e => e.Code == ValidationCodes.DateOutOfRange && e.Path == path);
        EveryFamily(document, new LocalDate(2025, 3, 31)).Should().NotContain(r => r.Crashed);
    }

    [Fact]
    public void CAL4_a_plan_from_the_first_to_the_last_date_with_the_longest_durations_is_evaluated_at_both_ends()
    {
        var document = Samples.FormatExampleWith(d =>
        {
            d["plan"]!["start"] = "0004-01-01";
            d["plan"]!["end"] = "9997-12-31";
            d["reviews"]!["start"] = "0004-01-01";
            d["reviews"]!["cadence"] = "P2Y";
            d["reviews"]!["reportingLag"] = "P2Y";
            d["reviews"]!["annualReportLag"] = "P2Y";
            d["reviews"]!["dueSoonWithin"] = "P2Y";
            d["riskRegister"]!["reviewEvery"] = "P2Y";
            d["reviews"]!["held"]!.AsArray().Add(new JsonObject { ["date"] = "9997-12-31", ["kind"] = "other" });
        });

        PlanValidator.Validate(document).Errors.Should().BeEmpty();
        EveryFamily(document, AsOfDates.Earliest).Should().OnlyContain(r => r.Succeeded);
        EveryFamily(document, AsOfDates.Latest).Should().OnlyContain(r => r.Succeeded);
    }

    private static PlanDocument With(string member, string value) => Samples.FormatExampleWith(d =>
    {
        switch (member)
        {
            case "risk.reviewEvery":
                d.Risk()["reviewEvery"] = value;
                break;
            case "risk.assessment":
                d.Risk()["assessments"]![0]!["asOf"] = value;
                break;
            case "milestone.completed":
                d.Action()["milestones"]![0]!["completed"] = value;
                break;
            case "target.setOn":
                d.Measure()["targets"]![1]!["setOn"] = value;
                break;
            default:
                var parts = member.Split('.');
                d[parts[0]]![parts[1]] = value;
                break;
        }
    });

    private static List<(string Family, bool Succeeded, bool Crashed)> EveryFamily(PlanDocument document, LocalDate asOf)
    {
        var results = new List<(string, bool, bool)>();
        foreach (var (family, evaluate) in new (string, Func<bool>)[]
        {
            ("measures", () => MeasureRules.Evaluate(document, asOf).Succeeded),
            ("delivery", () => StrategicPlanning.Delivery.DeliveryRules.Evaluate(document, asOf).Succeeded),
            ("aggregation", () => AggregationRules.Evaluate(document, asOf).Succeeded),
            ("finance", () => FinanceRules.Evaluate(document).Succeeded),
            ("risks", () => RiskRules.Evaluate(document, asOf).Succeeded),
            ("reviews", () => ReviewRules.Evaluate(document, asOf).Succeeded),
            ("write", () => PlanJson.Read(PlanJson.Write(document)).Succeeded),
        })
        {
            try
            {
                results.Add((family, evaluate(), false));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                results.Add((family + ": " + ex.GetType().Name + ": " + ex.Message, false, true));
            }
        }

        return results;
    }
}
