using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.Tests.Model;

/// <summary>Every default lives once, on its concept; records built in code and documents read from JSON get the same ones.</summary>
public class DefaultsTests
{
    private const string Minimal = """
        {
          "schemaVersion": "1.0",
          "plan": { "id": "p", "title": "Plan", "start": "2024-04-01", "end": "2025-03-31",
            "themes": [ { "id": "t", "name": "Theme", "outcomes": [ { "id": "o", "title": "Outcome",
              "measures": [ { "id": "m", "title": "Measure", "unit": "%", "polarity": "higherIsBetter", "frequency": "quarterly" } ] } ] } ] },
          "deliveryPlans": [ { "id": "dp", "title": "Delivery Plan", "year": "2024/25",
            "actions": [ { "id": "a", "title": "Action", "outcomeIds": ["o"], "start": "2024-04-01", "due": "2025-03-31" } ] } ],
          "riskRegister": { "matrix": {}, "risks": [] },
          "reviews": { "cadence": "P3M", "start": "2024-04-01" }
        }
        """;

    [Fact]
    public void The_documented_default_values()
    {
        ReportingCalendar.DefaultYearStartMonth.Should().Be(4);
        PlanDocument.DefaultCurrency.Should().Be("GBP");
        Weights.Default.Should().Be(1m);
        RiskMatrix.DefaultLevels.Should().Be(5);
        RiskRegister.DefaultReviewEvery.Should().Be(Period.FromMonths(3));
        ReviewCycle.DefaultCadence.Should().Be(Period.FromMonths(3));
        ReviewCycle.DefaultReportingLag.Should().Be(Period.FromMonths(3));
        ReviewCycle.DefaultAnnualReportLag.Should().Be(Period.FromMonths(6));
        ReviewCycle.DefaultDueSoonWithin.Should().Be(Period.FromDays(14));
        Tolerance.Default.Should().Be(new Tolerance { AmberWithin = 5m, GreenWithin = 0m, Kind = ToleranceKind.Percent });
    }

    [Fact]
    public void A_document_read_without_the_optional_members_gets_the_model_defaults()
    {
        var document = PlanJson.Parse(Minimal);

        document.Currency.Should().Be(PlanDocument.DefaultCurrency);
        document.Calendar.YearStartMonth.Should().Be(ReportingCalendar.DefaultYearStartMonth);
        document.Plan.Themes[0].Weight.Should().Be(Weights.Default);
        document.Plan.Themes[0].Outcomes[0].Weight.Should().Be(Weights.Default);
        document.Plan.Themes[0].Outcomes[0].Measures[0].Weight.Should().Be(Weights.Default);
        document.DeliveryPlans[0].Actions[0].Weight.Should().Be(Weights.Default);
        document.RiskRegister!.ReviewEvery.Should().Be(RiskRegister.DefaultReviewEvery);
        document.RiskRegister.Matrix.Should().Be(RiskMatrix.Default);
        document.Reviews!.ReportingLag.Should().Be(ReviewCycle.DefaultReportingLag);
        document.Reviews.AnnualReportLag.Should().Be(ReviewCycle.DefaultAnnualReportLag);
    }

    [Fact]
    public void Records_built_in_code_get_the_same_defaults()
    {
        var cycle = new ReviewCycle { Start = new LocalDate(2024, 4, 1) };
        var document = PlanJson.Parse(Minimal);

        cycle.Cadence.Should().Be(ReviewCycle.DefaultCadence);
        cycle.ReportingLag.Should().Be(ReviewCycle.DefaultReportingLag);
        new RiskRegister().Should().Be(document.RiskRegister! with { Extensions = document.RiskRegister.Extensions });
        new Theme { Id = "t", Name = "Theme" }.Weight.Should().Be(Weights.Default);
        new ReportingCalendar().Should().Be(ReportingCalendar.Default);
    }
}
