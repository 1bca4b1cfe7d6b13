using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Json;

/// <summary>The format example (docs/json-format.md), normative for the format, read, validated and written back.</summary>
public class FormatExampleTests
{
    private static string Golden => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "format-example.normalised.json"));

    [Fact]
    public void JSN1_the_format_example_reads_with_every_part()
    {
        var result = PlanJson.Read(Samples.FormatExampleText);

        result.Succeeded.Should().BeTrue(string.Join("; ", result.Errors));
        var document = result.Document!;
        document.Organisation!.Code.Should().Be("E06000015");
        document.Calendar.YearStartMonth.Should().Be(4);
        document.Plan.Themes.Should().ContainSingle().Which.Outcomes.Should().ContainSingle();
        var measure = document.Plan.Themes[0].Outcomes[0].Measures[0];
        measure.Polarity.Should().Be(Polarity.HigherIsBetter);
        measure.Baseline!.Value.Should().Be(38.2m);
        measure.Targets[1].SetOn.Should().Be(new NodaTime.LocalDate(2024, 10, 2));
        document.DeliveryPlans[0].Actions[0].Funding[0].Amount.Should().Be(250000m);
        document.FinancialStrategy!.Years.Should().Equal("2024/25", "2025/26", "2026/27", "2027/28");
        document.RiskRegister!.Matrix.LikelihoodLabels.Should().HaveCount(5);
        document.RiskRegister.ReviewEvery.Should().Be(NodaTime.Period.FromMonths(3));
        document.Reviews!.Held.Should().HaveCount(2);
    }

    [Fact]
    public void VAL1_the_format_example_validates_clean()
    {
        var result = PlanValidator.Validate(Samples.FormatExample());

        result.Issues.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void JSN2_one_normalising_write_gives_the_golden_text_and_it_round_trips_byte_for_byte()
    {
        var once = PlanJson.Write(Samples.FormatExample());
        var twice = PlanJson.Write(PlanJson.Parse(once));

        once.Should().Be(Golden);
        twice.Should().Be(once);
        PlanJson.Parse(once).Should().Be(Samples.FormatExample());
    }

    [Fact]
    public void JSN2_every_way_in_and_out_gives_the_same_document_and_bytes()
    {
        var text = Samples.FormatExampleText;
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(bytes);

        var fromString = PlanJson.Parse(text);
        var fromSpan = PlanJson.Parse(bytes);
        var fromStream = PlanJson.Parse(stream);

        fromSpan.Should().Be(fromString);
        fromStream.Should().Be(fromString);
        var utf8 = PlanJson.WriteUtf8(fromString);
        using var output = new MemoryStream();
        PlanJson.Write(fromString, output);
        output.ToArray().Should().Equal(utf8);
        System.Text.Encoding.UTF8.GetString(utf8).Should().Be(PlanJson.Write(fromString));
        utf8.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public void JSN2_defaults_are_written_out_and_nulls_left_out()
    {
        var written = PlanJson.Write(Samples.FormatExample());

        written.Should().Contain("\"crossCutting\": false").And.Contain("\"status\": \"open\"");
        written.Should().NotContain("null").And.NotContain("\"mission\"").And.NotContain("\"scores\"");
        written.Should().Contain("\"outcomeIds\": [").And.NotContain("\"outcomeIds\": []");
    }
}
