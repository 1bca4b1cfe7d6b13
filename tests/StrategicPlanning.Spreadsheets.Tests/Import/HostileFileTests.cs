using System.Text;

namespace StrategicPlanning.Spreadsheets.Tests.Import;

/// <summary>
/// Malformed and hostile files are refused with a clear message, never a crash, and memory stays bounded: a zip bomb is
/// stopped at the characters limit, a sheet of too many rows at the rows limit, before either is read whole.
/// </summary>
public sealed class HostileFileTests
{
    private static ReturnProblem Refusal(byte[] bytes, string name = "hostile.xlsx")
    {
        var result = ReturnImport.Merge(Fixtures.Plan, [new ReturnSource(name, bytes)]);
        result.Succeeded.Should().BeFalse();
        result.Changes.Should().BeEmpty();
        result.Document.Should().Be(Fixtures.Plan);
        return result.Problems.Should().ContainSingle().Which;
    }

    [Fact]
    public void A_sheet_that_unpacks_to_more_than_the_limit_is_refused_without_being_read_whole()
    {
        var parts = HandMadeWorkbook.Parts(HandMadeWorkbook.Sheet(HandMadeWorkbook.Row(1, "Measure id", "Period", "Actual")));
        var bomb = HandMadeWorkbook.Zip(parts, "xl/worksheets/sheet1.xml", stream =>
        {
            stream.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 110; i++)
            {
                stream.Write(spaces);
            }

            stream.Write("</sheetData></worksheet>"u8);
        });
        bomb.Length.Should().BeLessThan(2 << 20, "the file is a hundredth of what it unpacks to");

        var problem = Refusal(bomb);
        problem.Severity.Should().Be(ReturnProblemSeverity.Refused);
        problem.Message.Should().Be("sheet 'Measures': a part of the workbook unpacks to more than 100,000,000 characters; a return is far smaller, so it is not read.");
    }

    [Fact]
    public void A_sheet_of_more_rows_than_the_limit_is_refused()
    {
        var rows = new StringBuilder(HandMadeWorkbook.Row(1, "Measure id", "Period", "Actual"));
        for (var i = 2; i <= 200_002; i++)
        {
            rows.Append("<row r=\"").Append(i).Append("\"/>");
        }

        Refusal(HandMadeWorkbook.Build(("Measures", rows.ToString()))).Message.Should().Be(
            "sheet 'Measures' has more than 200,000 rows; a return is far smaller, so it is not read.");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("no workbook")]
    [InlineData("workbook not XML")]
    public void A_file_that_is_not_a_readable_workbook_is_refused_with_the_reason(string how)
    {
        var whole = File.ReadAllBytes(Path.Combine(Fixtures.Folder, "filled.xlsx"));
        var parts = HandMadeWorkbook.Parts(HandMadeWorkbook.Sheet(string.Empty));
        var bytes = how switch
        {
            "truncated" => whole[..(whole.Length / 2)],
            "garbage" => [.. "PK"u8, .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))],
            "no workbook" => HandMadeWorkbook.Zip(new Dictionary<string, string> { ["[Content_Types].xml"] = parts["[Content_Types].xml"], ["_rels/.rels"] = parts["_rels/.rels"] }),
            _ => HandMadeWorkbook.Zip(new Dictionary<string, string>(parts) { ["xl/workbook.xml"] = "<workbook><sheets><sheet" }),
        };

        var problem = Refusal(bytes);
        problem.Severity.Should().Be(ReturnProblemSeverity.Refused);
        problem.Message.Should().StartWith("cannot be read as an XLSX workbook: ");
    }

    [Fact]
    public void An_old_binary_workbook_is_refused_with_what_to_do()
    {
        Refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "old.xls").ToString().Should().Be(
            "old.xls: is an old binary Excel file (.xls) or an encrypted workbook; save it as an Excel Workbook (.xlsx) without a password.");
    }

    [Fact]
    public void An_empty_file_and_a_CSV_file_that_is_not_UTF8_are_refused()
    {
        Refusal([], "empty.csv").Message.Should().Be("is not a return: no sheet has a 'Measure id', 'Action id' or 'Risk id' header.");
        Refusal(Encoding.Latin1.GetBytes("Plan id,Quarter,Measure id,Period,Actual\nreturns-test-plan,2024/25 Q3,m.tonnes,2024/25 Q3,\u00a3118\n"), "latin1.csv")
            .Message.Should().Be("is not UTF-8 text; save the CSV file as 'CSV UTF-8 (comma delimited)'.");
    }

    [Fact]
    public void A_workbook_without_the_identity_is_refused()
    {
        var bytes = HandMadeWorkbook.Build([("Measures", HandMadeWorkbook.Sheet(HandMadeWorkbook.Row(1, "Measure id", "Period", "Actual")))], sharedStrings: null);
        Refusal(bytes).Message.Should().StartWith("does not say which plan and quarter it is for: the hidden 'Return' sheet");
    }

    [Fact]
    public void A_shared_string_the_workbook_does_not_have_or_a_bad_cell_reference_is_refused()
    {
        var header = HandMadeWorkbook.Row(1, "Measure id", "Period", "Actual");
        Refusal(HandMadeWorkbook.Build(("Measures", header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"))).Message.Should().Be(
            "a cell refers to shared string 7, which the workbook does not have.");
        Refusal(HandMadeWorkbook.Build(("Measures", header + "<row r=\"2\"><c r=\"ZZZZ2\"><v>1</v></c></row>"))).Message.Should().Be(
            "sheet 'Measures' has a cell reference 'ZZZZ2' that is not one Excel allows.");
    }

    [Theory]
    [InlineData("t=\"b\"", "1", "Measures!C2: '1' is not a number; leave it blank for no data.")]
    [InlineData("t=\"e\"", "#N/A", "Measures!C2: '#N/A' is an error value, not a number; correct the formula or leave the cell blank for no data.")]
    [InlineData("", "1E+400", "Measures!C2: '1E+400' is not a number a plan can hold.")]
    [InlineData("t=\"str\"", "twelve", "Measures!C2: 'twelve' is not a number; leave it blank for no data.")]
    [InlineData("t=\"str\"", "1,5", "Measures!C2: '1,5' is not a number; write decimals with a point (1.5), or leave it blank for no data.")]
    public void A_cell_of_the_wrong_type_is_an_error_with_its_place(string type, string value, string expected)
    {
        var rows = HandMadeWorkbook.Row(1, "Measure id", "Period", "Actual") +
            $"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>m.tonnes</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2024/25 Q3</t></is></c><c r=\"C2\" {type}><v>{value}</v></c></row>";
        var result = ReturnImport.Merge(Fixtures.Plan, [new ReturnSource("types.xlsx", HandMadeWorkbook.Build(("Measures", rows)))]);
        result.Problems.Select(p => p.Place + ": " + p.Message).Should().Equal(expected);
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void A_return_too_large_to_be_one_is_refused_before_it_is_read()
    {
        Refusal(new byte[ReturnSource.MaxBytes + 1]).Message.Should().Be("the file is larger than 32 MiB; a return is far smaller, so it is not read.");
    }
}
