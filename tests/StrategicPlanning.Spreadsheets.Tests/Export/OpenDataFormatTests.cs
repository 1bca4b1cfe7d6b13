using System.Globalization;
using System.Text;
using NodaTime;
using StrategicPlanning.Json;

namespace StrategicPlanning.Spreadsheets.Tests.Export;

/// <summary>The CSV itself: encoding, byte-order mark, separator, quoting, line ends, header, refusals and CSV injection.</summary>
public class OpenDataFormatTests
{
    private static readonly LocalDate AsOf = new(2024, 12, 31);

    [Fact]
    public void A_table_is_UTF8_with_a_byte_order_mark_comma_separated_with_CRLF_line_ends()
    {
        var bytes = CsvText.Bytes(SmallPlan.Document, OpenDataTable.Scores, AsOf);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        text.Should().Be(
            "\uFEFFas_of,level,id,name,parent_id,weight,score,rag,held_by_must_do,coverage,meeting_target,green,amber,red,complete,no_data,excluded,data_only\r\n" +
            "2024-12-31,plan,p,Small plan,,1,11.11,red,false,1,0,0,1,2,0,0,0,1\r\n" +
            "2024-12-31,theme,t1,\"Money, and \"\"quotes\"\"\",p,1,11.11,red,false,1,0,0,1,2,0,0,0,1\r\n" +
            "2024-12-31,outcome,o1,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",t1,1,11.11,red,false,1,0,0,1,2,0,0,0,1\r\n");
    }

    [Fact]
    public void A_text_cell_with_a_line_break_is_quoted_and_keeps_it()
    {
        var text = Encoding.UTF8.GetString(CsvText.Bytes(SmallPlan.Document, OpenDataTable.Actuals, AsOf));

        text.Should().Contain(",red,notComparable,notComparable,\"Line one\nline two\"\r\n");
    }

    [Fact]
    public void The_writer_overload_writes_the_same_text_starting_with_U_FEFF()
    {
        var writer = new StringWriter();
        var result = OpenData.WriteCsv(SmallPlan.Document, OpenDataTable.Risks, AsOf, writer);

        result.Value!.Rows.Should().Be(1);
        result.Value.Columns.Should().HaveCount(27).And.StartWith("as_of");
        writer.ToString().Should().Be(Encoding.UTF8.GetString(CsvText.Bytes(SmallPlan.Document, OpenDataTable.Risks, AsOf)));
        writer.ToString()[0].Should().Be('\uFEFF');
    }

    [Fact]
    public void A_table_with_no_rows_still_has_its_header()
    {
        var document = SmallPlan.Document with { RiskRegister = null };
        using var stream = new MemoryStream();

        var result = OpenData.WriteCsv(document, OpenDataTable.Risks, AsOf, stream);

        result.Value!.Rows.Should().Be(0);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.Should().StartWith("\uFEFFas_of,risk_id,risk_code,risk,kind,").And.EndWith(",mitigation_action_ids,red_mitigations\r\n");
        text.Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public void A_document_with_errors_in_what_the_table_reads_is_refused_and_nothing_is_written()
    {
        // An actual whose period is not a quarter of the calendar (MEA-1).
        var document = PlanJson.Parse(SmallPlan.Json.Replace("\"2024/25 Q1\", \"value\": 90", "\"2024/25 Q7\", \"value\": 90", StringComparison.Ordinal));
        using var stream = new MemoryStream();

        var result = OpenData.WriteCsv(document, OpenDataTable.Actuals, AsOf, stream);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().NotBeEmpty();
        result.Errors[0].Path.Should().Contain("actuals[0]");
        stream.Length.Should().Be(0);
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>().WithMessage("The actuals table cannot be written: *");
    }

    [Fact]
    public void A_date_outside_the_range_the_rules_evaluate_is_a_programmers_mistake()
    {
        var act = () => OpenData.WriteCsv(SmallPlan.Document, OpenDataTable.Scores, new LocalDate(3, 12, 31), Stream.Null);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_table_is_the_same_in_every_culture()
    {
        var invariant = CsvText.Bytes(SmallPlan.Document, OpenDataTable.Actuals, AsOf);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CsvText.Bytes(SmallPlan.Document, OpenDataTable.Actuals, AsOf).Should().Equal(invariant);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            CsvText.Bytes(SmallPlan.Document, OpenDataTable.Actuals, AsOf).Should().Equal(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("a=1", "a=1")]
    [InlineData(" =1", " =1")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("", "")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string title, string cell)
    {
        var document = SmallPlan.Document with { Plan = SmallPlan.Document.Plan with { Title = title } };

        CsvText.Rows(document, OpenDataTable.Scores, AsOf)[0]["name"].Should().Be(cell);
    }

    [Fact]
    public void Numbers_including_negative_ones_are_never_marked_as_text()
    {
        var cells = CsvText.Rows(SmallPlan.Document, OpenDataTable.Actuals, AsOf).Select(r => r["actual"]);

        cells.Should().Contain(["-3.5", "0.1234567890123", "1234567.50"]).And.NotContain(c => c.StartsWith('\''));
    }
}
