using System.Text.Json;
using NodaTime;

namespace StrategicPlanning.Spreadsheets.Tests.Export;

/// <summary>
/// The open data tables read by readers that are not ours: Python's csv module (the standard library) and, where it is
/// installed, pandas. Skipped, with the reason, without python3 (or without pandas for the pandas test).
/// </summary>
public sealed class PythonReaderTests : IDisposable
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);
    private readonly string folder = Directory.CreateTempSubdirectory("open-data-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public void Pythons_csv_module_reads_every_table_with_its_header_and_exact_cells()
    {
        Skip.IfNot(Python.Has(null), Python.Missing(null));
        var files = WriteTables(DerbyOpenDataTests.Derby);

        // utf-8-sig: the byte-order mark is not part of the first column's name.
        var output = Python.Run("""
            import csv, json, sys
            out = {}
            for path in sys.argv[1:]:
                with open(path, encoding="utf-8-sig", newline="") as f:
                    rows = list(csv.DictReader(f))
                out[path.rsplit("/", 1)[-1]] = {"columns": list(rows[0].keys()), "rows": len(rows), "first": rows[0],
                    "widths": sorted({len(r) for r in rows})}
            print(json.dumps(out))
            """, files);

        var tables = JsonDocument.Parse(output).RootElement;
        tables.GetProperty("actions.csv").GetProperty("rows").GetInt32().Should().Be(43);
        tables.GetProperty("risks.csv").GetProperty("rows").GetInt32().Should().Be(14);
        var actuals = tables.GetProperty("actuals.csv");
        actuals.GetProperty("columns")[0].GetString().Should().Be("as_of");
        actuals.GetProperty("first").GetProperty("measure_id").GetString().Should().Be("m.no2");
        actuals.GetProperty("first").GetProperty("actual").GetString().Should().Be("40.4");
        actuals.GetProperty("first").GetProperty("measure").GetString().Should().Be("Roadside nitrogen dioxide at monitored sites");
        foreach (var table in tables.EnumerateObject())
        {
            table.Value.GetProperty("widths").EnumerateArray().Select(w => w.GetInt32()).Should()
                .Equal([table.Value.GetProperty("columns").GetArrayLength()], $"every row of {table.Name} has every column");
        }
    }

    [SkippableFact]
    public void Pythons_csv_module_reads_quoted_cells_line_breaks_and_defused_text_back()
    {
        Skip.IfNot(Python.Has(null), Python.Missing(null));
        var files = WriteTables(SmallPlan.Document);

        var output = Python.Run("""
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.DictReader(f))
            print(json.dumps([[r["theme"], r["outcome"], r["actual"], r["note"], r["measure"]] for r in rows]))
            """, [files[0]]);

        var rows = JsonSerializer.Deserialize<string[][]>(output)!;
        // At 2025-03-31: m1 from 2024/25 Q1 to Q4, m2 from October 2024 to March 2025.
        rows.Should().HaveCount(10);
        rows[0].Should().Equal("Money, and \"quotes\"", "'=HYPERLINK(\"http://example.org\",\"x\")", "90", "'-5 on plan", "Net spend");
        rows[2][2..4].Should().Equal("1234567.50", "Line one\nline two");
        rows[4][2].Should().Be("-3.5");
        rows[4][4].Should().Be("'-Temperature");
    }

    [SkippableFact]
    public void Pandas_reads_numbers_as_numbers_dates_as_dates_and_flags_as_booleans()
    {
        Skip.IfNot(Python.Has("pandas"), Python.Missing("pandas"));
        var files = WriteTables(DerbyOpenDataTests.Derby);

        // pandas' default reader: no encoding, separator or decimal given; the byte-order mark is skipped.
        var output = Python.Run("""
            import json, sys
            import pandas as pd
            actuals = pd.read_csv(sys.argv[1], parse_dates=["start", "end"])
            scores = pd.read_csv(sys.argv[2])
            actions = pd.read_csv(sys.argv[3])
            r = actuals[actuals.measure_id == "m.recycling"]
            print(json.dumps({
                "first_column": actuals.columns[0],
                "actual_dtype": str(actuals.actual.dtype), "start_dtype": str(actuals.start.dtype),
                "recycling": [float(x) for x in r.actual], "score": float(scores.score[0]),
                "must_do_dtype": str(actions.must_do.dtype)}))
            """, files);

        var result = JsonDocument.Parse(output).RootElement;
        result.GetProperty("first_column").GetString().Should().Be("as_of");
        result.GetProperty("actual_dtype").GetString().Should().Be("float64");
        result.GetProperty("start_dtype").GetString().Should().StartWith("datetime64");
        result.GetProperty("must_do_dtype").GetString().Should().Be("bool");
        result.GetProperty("recycling").EnumerateArray().Select(x => x.GetDouble()).Should().Equal(35.0, 35.6, 36.1, 36.1, 36.0, 37.0, 37.5, 37.5);
        result.GetProperty("score").GetDouble().Should().Be(68.7);
    }

    private string[] WriteTables(Model.PlanDocument document)
    {
        var files = new List<string>();
        foreach (var (table, name) in new[] { (OpenDataTable.Actuals, "actuals"), (OpenDataTable.Scores, "scores"), (OpenDataTable.Actions, "actions"), (OpenDataTable.Risks, "risks") })
        {
            var path = Path.Combine(folder, name + ".csv");
            File.WriteAllBytes(path, CsvText.Bytes(document, table, AsOf));
            files.Add(path);
        }

        return [.. files];
    }
}
