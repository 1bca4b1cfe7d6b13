using System.Text;
using NodaTime;
using nietras.SeparatedValues;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets.Tests.Export;

/// <summary>Writes an open data table and reads it back, by column name, with Sep's reader.</summary>
internal static class CsvText
{
    public static byte[] Bytes(PlanDocument document, OpenDataTable table, LocalDate asOf)
    {
        using var stream = new MemoryStream();
        OpenData.WriteCsv(document, table, asOf, stream).Succeeded.Should().BeTrue();
        return stream.ToArray();
    }

    /// <summary>The rows as column → cell, the byte-order mark skipped as every reader skips it.</summary>
    public static List<Dictionary<string, string>> Rows(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().StartWith("\uFEFF");
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text[1..]);
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                cells.Add(names[i], row[i].ToString());
            }

            rows.Add(cells);
        }

        return rows;
    }

    public static List<Dictionary<string, string>> Rows(PlanDocument document, OpenDataTable table, LocalDate asOf) =>
        Rows(Bytes(document, table, asOf));
}
