using System.Text;
using StrategicPlanning.Json;
using StrategicPlanning.StratML;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// The smallest inputs of the defects the fuzzer found in code outside this change (StrategicPlanning.StratML, being
/// changed by others), skipped until they are fixed; see <see cref="KnownDefects"/>.
/// </summary>
public class KnownDefectTests
{
    private const string Measure =
        """{"id":"m","title":"M","polarity":"higherIsBetter","frequency":"annual","actuals":[{"period":"2024/25","value":1}]STRATML}""";

    [Fact(Skip = "issue 14: StratMLWriter.Write throws InvalidOperationException (undocumented) for a calendar whose yearStartMonth is not 1-12")]
    public void The_StratML_writer_does_not_throw_for_a_calendar_with_no_start_month()
    {
        var document = PlanJson.Read(Document(yearStartMonth: 0, stratml: string.Empty)).Document!;

        var write = () => StratMLWriter.Write(document);

        write.Should().NotThrow();
    }

    [Fact(Skip = "issue 14: splan convert --to stratml exits 3 when a kept stratml result's instance is not a number")]
    public void Convert_writes_a_valid_document_whose_kept_result_has_an_instance_that_is_not_a_number()
    {
        var json = Document(yearStartMonth: 4, stratml: ""","stratml":{"results":[{"instance":"x","element":{"name":"ActualResult"}}]}""");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new SplanConsole(() => new MemoryStream(Encoding.UTF8.GetBytes(json)), output, error, PlanReadOptions.Default.MaxDocumentBytes);

        var exit = SplanApp.Run(["convert", "-", "--to", "stratml"], console);

        exit.Should().Be(0, error.ToString());
    }

    [Fact(Skip = "issue 14: StratMLReader.Read(Stream) throws XmlException when the first character is not valid in the stream's encoding")]
    public void The_StratML_reader_gives_an_error_for_a_stream_that_starts_with_a_byte_order_mark_and_an_invalid_byte()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, 0xFF]);

        var read = StratMLReader.Read(stream);

        read.Succeeded.Should().BeFalse();
        read.Error.Should().NotBeNull();
    }

    private static string Document(int yearStartMonth, string stratml) =>
        "{\"schemaVersion\":\"1.0\",\"calendar\":{\"yearStartMonth\":" + yearStartMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) + "},"
        + "\"plan\":{\"id\":\"p\",\"title\":\"P\",\"start\":\"2024-04-01\",\"end\":\"2027-03-31\","
        + "\"themes\":[{\"id\":\"t\",\"name\":\"T\",\"outcomes\":[{\"id\":\"o\",\"title\":\"O\",\"measures\":["
        + Measure.Replace("STRATML", stratml, StringComparison.Ordinal) + "]}]}]}}";
}
