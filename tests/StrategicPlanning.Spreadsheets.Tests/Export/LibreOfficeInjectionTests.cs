using System.Diagnostics;
using System.Text.Json;
using NodaTime;

namespace StrategicPlanning.Spreadsheets.Tests.Export;

/// <summary>
/// CSV injection checked by a spreadsheet: LibreOffice Calc (headless) opens an open data table as UTF-8 CSV and saves it
/// as XLSX, and openpyxl says what each cell became. A raw <c>=1+1</c> becomes a formula there (so the check can fail);
/// the table's defused text stays text, and its numbers, negative ones included, are numbers. Skipped, with the reason,
/// without LibreOffice or without Python's openpyxl.
/// </summary>
public sealed class LibreOfficeInjectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("open-data-calc-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public void Calc_runs_a_raw_formula_but_not_the_defused_text_and_keeps_numbers_numbers()
    {
        Skip.If(LibreOffice is null, "LibreOffice is not installed: install it (Debian: sudo apt-get install -y libreoffice-calc-nogui) to check CSV injection with a spreadsheet");
        Skip.IfNot(Python.Has("openpyxl"), Python.Missing("openpyxl"));
        File.WriteAllText(Path.Combine(folder, "control.csv"), "\uFEFFname,value\r\n=1+1,2\r\n");
        File.WriteAllBytes(Path.Combine(folder, "actuals.csv"), CsvText.Bytes(SmallPlan.Document, OpenDataTable.Actuals, new LocalDate(2024, 12, 31)));

        Convert(Path.Combine(folder, "control.csv"), Path.Combine(folder, "actuals.csv"));
        var output = Python.Run("""
            import json, sys, openpyxl
            out = {}
            for path in sys.argv[1:]:
                rows = list(openpyxl.load_workbook(path).active.iter_rows())
                header = [c.value for c in rows[0]]
                out[path.rsplit("/", 1)[-1]] = [{h: [c.value if c.data_type != "d" else str(c.value), c.data_type] for h, c in zip(header, r)} for r in rows[1:]]
            print(json.dumps(out))
            """, [Path.Combine(folder, "control.xlsx"), Path.Combine(folder, "actuals.xlsx")]);

        var sheets = JsonDocument.Parse(output).RootElement;
        Cell(sheets.GetProperty("control.xlsx")[0], "name").Should().Be(("=1+1", "f"), "Calc runs a raw formula in a CSV");
        var first = sheets.GetProperty("actuals.xlsx")[0];
        Cell(first, "as_of").Item1.Should().NotBeEmpty();
        Cell(first, "outcome").Should().Be(("'=HYPERLINK(\"http://example.org\",\"x\")", "s"));
        Cell(first, "note").Should().Be(("'-5 on plan", "s"));
        Cell(first, "actual").Should().Be(("90", "n"));
        var monthly = sheets.GetProperty("actuals.xlsx")[3];
        Cell(monthly, "measure").Should().Be(("'-Temperature", "s"));
        Cell(monthly, "actual").Should().Be(("-3.5", "n"));
    }

    private static (string, string) Cell(JsonElement row, string column)
    {
        var cell = row.GetProperty(column);
        var value = cell[0];
        return (value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(), cell[1].GetString()!);
    }

    /// <summary>Converts CSV files to XLSX beside them, read as UTF-8, comma-separated, with a profile of its own (so runs in parallel do not share one).</summary>
    private void Convert(params string[] files)
    {
        var info = new ProcessStartInfo(LibreOffice!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", folder, .. files])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("LibreOffice converts two small files in seconds");
        process.ExitCode.Should().Be(0, error + output.Result);
    }

    private static string? LibreOffice { get; } =
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
}
