using System.Text;
using StrategicPlanning.Json;
using StrategicPlanning.StratML;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>The smallest inputs of the defects the fuzzer found in StrategicPlanning.StratML (issue 14), each now fixed.</summary>
public class FuzzFoundDefectTests
{
    private const string Measure =
        """{"id":"m","title":"M","polarity":"higherIsBetter","frequency":"annual","actuals":[{"period":"2024/25","value":1}]STRATML}""";

    [Fact]
    public void CAL1_the_StratML_writer_refuses_a_calendar_with_no_start_month_with_its_documented_exception()
    {
        var document = PlanJson.Read(Document(yearStartMonth: 0, stratml: string.Empty)).Document!;

        var write = () => StratMLWriter.Write(document);

        write.Should().Throw<ArgumentException>().WithMessage("The document's calendar starts its year in month 0; it must be 1 to 12 (CAL-1)*")
            .Which.ParamName.Should().Be("document");
    }

    [Fact]
    public void Convert_writes_a_valid_document_whose_kept_result_has_an_instance_that_is_not_a_number()
    {
        var json = Document(yearStartMonth: 4, stratml: ""","stratml":{"results":[{"instance":"x","element":{"name":"ActualResult"}}]}""");
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var (exit, output, error) = Splan.Run(input, "convert", "-", "--to", "stratml");

        exit.Should().Be(0, error);
        output.Should().Contain("<PerformancePlanOrReport");
        error.Should().Contain("has no place in a MeasurementInstance", "the kept result without a usable instance is left out with a note");
    }

    [Fact]
    public void The_StratML_reader_gives_an_error_for_a_stream_that_starts_with_a_byte_order_mark_and_an_invalid_byte()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, 0xFF]);

        var read = StratMLReader.Read(stream);

        read.Succeeded.Should().BeFalse();
        read.Error!.Line.Should().Be(1);
        read.Error.Message.Should().Contain("Invalid character in the given encoding");
    }

    private static string Document(int yearStartMonth, string stratml) =>
        "{\"schemaVersion\":\"1.0\",\"calendar\":{\"yearStartMonth\":" + yearStartMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) + "},"
        + "\"plan\":{\"id\":\"p\",\"title\":\"P\",\"start\":\"2024-04-01\",\"end\":\"2027-03-31\","
        + "\"themes\":[{\"id\":\"t\",\"name\":\"T\",\"outcomes\":[{\"id\":\"o\",\"title\":\"O\",\"measures\":["
        + Measure.Replace("STRATML", stratml, StringComparison.Ordinal) + "]}]}]}}";
}
