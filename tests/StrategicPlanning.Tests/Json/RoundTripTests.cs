using CsCheck;
using NodaTime;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

public class RoundTripTests
{
    [Fact]
    public void JSN2_random_documents_round_trip_to_equal_models()
    {
        PlanGenerators.Document.Sample(document =>
        {
            var text = PlanJson.Write(document);
            var read = PlanJson.Read(text);

            read.Succeeded.Should().BeTrue(string.Join("; ", read.Errors));
            read.Document.Should().Be(document);
            PlanJson.Write(read.Document!).Should().Be(text);
        }, iter: 300);
    }

    [Fact]
    public void JSN2_exact_decimals_survive_without_rounding()
    {
        var document = Samples.FormatExampleWith(d => d.Line()["amounts"]![0]!["amount"] = System.Text.Json.Nodes.JsonValue.Create(1234567.891234m));

        var again = PlanJson.Parse(PlanJson.Write(document));

        again.FinancialStrategy!.Lines[0].Amounts[0].Amount.Should().Be(1234567.891234m);
        PlanJson.Write(again).Should().Contain("1234567.891234");
    }

    [Fact]
    public void JSN2_a_measure_owner_is_read_written_after_the_unit_and_read_back()
    {
        var document = Samples.FormatExampleWith(d => d.Measure()["owner"] = "Head of Waste");

        var text = PlanJson.Write(document);
        var again = PlanJson.Parse(text);

        document.Plan.Themes[0].Outcomes[0].Measures[0].Owner.Should().Be("Head of Waste");
        again.Should().Be(document);
        text.Should().MatchRegex("\"unit\": \"[^\"]*\",\\s+\"owner\": \"Head of Waste\",\\s+\"polarity\"");
    }

    [Theory]
    [InlineData("P3M", "P3M")]
    [InlineData("P1Y2M3W4DT5H6M7S", "P1Y2M3W4DT5H6M7S")]
    [InlineData("P3M0D", "P3M")]
    [InlineData("PT0S", "P0D")]
    public void JSN2_a_duration_is_written_back_in_the_units_it_was_read_in(string read, string written)
    {
        var document = Samples.FormatExampleWith(d => d["riskRegister"]!["reviewEvery"] = read);

        PlanJson.Write(document).Should().Contain($"\"reviewEvery\": \"{written}\"");
    }

    [Fact]
    public void CAL4_a_date_of_another_calendar_is_refused_by_the_writer_rather_than_written_as_another_day()
    {
        var document = Samples.FormatExample();
        var julian = document with { Plan = document.Plan with { Start = new LocalDate(2022, 4, 1, CalendarSystem.Julian) } };

        var write = () => PlanJson.Write(julian);

        write.Should().Throw<ArgumentException>().WithMessage("Only dates in the ISO calendar can be written; this one is in the Julian calendar*");
    }
}

public class WriteOptionsTests
{
    [Fact]
    public void JSN2_a_compact_write_holds_the_same_document_without_white_space()
    {
        var document = Samples.FormatExample();

        var compact = PlanJson.Write(document, PlanWriteOptions.Compact);

        compact.TrimEnd('\n').Should().NotContain("\n").And.NotContain(": ");
        compact.Length.Should().BeLessThan(PlanJson.Write(document).Length * 2 / 3);
        PlanJson.Parse(compact).Should().Be(document);
    }
}
