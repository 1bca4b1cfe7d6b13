using System.IO.Compression;
using System.Text;

namespace StrategicPlanning.Spreadsheets.Tests.Import;

/// <summary>
/// Writes a workbook part by part, by hand, so tests can make the malformed and hostile files no spreadsheet program
/// would: missing parts, wrong cell types, bad references, parts that unpack to more than the limit.
/// </summary>
internal static class HandMadeWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The identity sheet's rows for the fixture plan and quarter.</summary>
    public static string IdentityRows(string plan = "returns-test-plan", string quarter = "2024/25 Q3") =>
        Row(1, "Key", "Value") + Row(2, "Format", "StrategicPlanning return 1") + Row(3, "Plan id", plan) + Row(4, "Quarter", quarter);

    /// <summary>A row of inline-string cells from column A.</summary>
    public static string Row(int number, params string[] texts) =>
        $"<row r=\"{number}\">" + string.Concat(texts.Select((text, i) => $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")) + "</row>";

    /// <summary>A workbook of the given sheets (name and the XML inside sheetData), with an identity sheet for the fixture plan.</summary>
    public static byte[] Build(params (string Name, string Rows)[] sheets) =>
        Build([.. sheets.Select(s => (s.Name, Sheet(s.Rows))), ("Return", Sheet(IdentityRows()))], sharedStrings: null);

    /// <summary>A workbook of the given sheets, each given as its whole XML, with an optional shared string part.</summary>
    public static byte[] Build((string Name, string Xml)[] sheets, string? sharedStrings)
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
                (sharedStrings is null ? string.Empty : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") +
                "</Types>",
            ["_rels/.rels"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>" +
                string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) +
                (sharedStrings is null ? string.Empty : $"<Relationship Id=\"rIdS\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
                "</Relationships>",
        };
        for (var i = 0; i < sheets.Length; i++)
        {
            parts[$"xl/worksheets/sheet{i + 1}.xml"] = sheets[i].Xml;
        }

        if (sharedStrings is not null)
        {
            parts["xl/sharedStrings.xml"] = sharedStrings;
        }

        return Zip(parts);
    }

    public static string Sheet(string rows) => $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>";

    /// <summary>Zips the parts; a part whose text is null is written by <paramref name="writeLarge"/> instead, streamed.</summary>
    public static byte[] Zip(Dictionary<string, string> parts, string? largePart = null, Action<Stream>? writeLarge = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                if (name == largePart && writeLarge is not null)
                {
                    writeLarge(stream);
                }
                else
                {
                    stream.Write(Encoding.UTF8.GetBytes(text));
                }
            }
        }

        return memory.ToArray();
    }

    /// <summary>The parts of a one-sheet workbook built by Build, to change one.</summary>
    public static Dictionary<string, string> Parts(string sheetXml)
    {
        var bytes = Build([("Measures", sheetXml)], sharedStrings: null);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
    }
}
