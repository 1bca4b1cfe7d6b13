using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets.Tests.Writing;

/// <summary>The Derby sample and small helpers to write a return and read its cells back with the Open XML SDK.</summary>
internal static class ReturnSamples
{
    private static readonly Lazy<PlanDocument> DerbyDocument = new(() =>
        PlanJson.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "derby-council-plan-2022-25.json"))).Document!);

    public static PlanDocument Derby => DerbyDocument.Value;

    public static byte[] Xlsx(PlanDocument document, string quarter, string? owner = null)
    {
        using var stream = new MemoryStream();
        QuarterlyReturn.WriteXlsx(document, document.Calendar.Parse(quarter), new ReturnOptions { Owner = owner }, stream).Succeeded.Should().BeTrue();
        return stream.ToArray();
    }

    public static (string Measures, string Actions, string Risks) Csv(PlanDocument document, string quarter, string? owner = null)
    {
        using MemoryStream measures = new(), actions = new(), risks = new();
        QuarterlyReturn.WriteCsv(document, document.Calendar.Parse(quarter), new ReturnOptions { Owner = owner }, measures, actions, risks).Succeeded.Should().BeTrue();
        return (Text(measures), Text(actions), Text(risks));
    }

    /// <summary>Every row of a sheet as the text of its cells (inline strings and numbers as written), by sheet name.</summary>
    public static List<string?[]> Rows(byte[] xlsx, string sheet)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = Part(package, sheet);
        return [.. part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToArray())];
    }

    public static WorksheetPart Part(SpreadsheetDocument package, string sheet)
    {
        var workbook = package.WorkbookPart!;
        var id = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)workbook.GetPartById(id);
    }

    /// <summary>Every entry of the package (name and content); the zip's own timestamps apart.</summary>
    public static List<string> PartTexts(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return [.. zip.Entries.Select(e => e.FullName + "\n" + new StreamReader(e.Open()).ReadToEnd())];
    }

    private static string Text(MemoryStream stream) => System.Text.Encoding.UTF8.GetString(stream.ToArray());
}
