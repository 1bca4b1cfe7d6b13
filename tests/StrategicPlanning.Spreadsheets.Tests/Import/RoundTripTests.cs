using System.Text.Json;
using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Spreadsheets.Tests.Independent;

namespace StrategicPlanning.Spreadsheets.Tests.Import;

/// <summary>
/// Round trip (issue 18, point 5): a return written by the library, filled in by openpyxl (Import/fill_return.py, a
/// program that is not ours), imported: every value is in the plan exactly — decimals with no float drift — and the
/// return, made from this very document, draws no warning.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("splan-roundtrip-");

    public void Dispose() => folder.Delete(recursive: true);

    private static readonly object Fills = new Dictionary<string, object[]>
    {
        ["Measures"] =
        [
            new { match = new Dictionary<string, string> { ["Measure id"] = "m.recycling", ["Period"] = "2024/25 Q3" }, set = new Dictionary<string, object> { ["Actual"] = 41.3, ["Commentary"] = "Garden waste season" } },
            new { match = new Dictionary<string, string> { ["Measure id"] = "m.missed", ["Period"] = "2024-10" }, set = new Dictionary<string, object> { ["Actual"] = 0.1 } },
            new { match = new Dictionary<string, string> { ["Measure id"] = "m.missed", ["Period"] = "2024-11" }, set = new Dictionary<string, object> { ["Actual"] = 1234.56 } },
            new { match = new Dictionary<string, string> { ["Measure id"] = "m.missed", ["Period"] = "2024-12" }, set = new Dictionary<string, object> { ["Actual"] = 99.99 } },
            new { match = new Dictionary<string, string> { ["Measure id"] = "m.tonnes", ["Period"] = "2024/25 Q3" }, set = new Dictionary<string, object> { ["Actual"] = 118.7, ["Commentary"] = "Lower than expected" } },
        ],
        ["Actions"] =
        [
            new { match = new Dictionary<string, string> { ["Action id"] = "a.depot" }, set = new Dictionary<string, object> { ["Status"] = "on track", ["Percent complete"] = 65, ["Commentary"] = "Roof on" } },
            new { match = new Dictionary<string, string> { ["Action id"] = "a.food" }, set = new Dictionary<string, object> { ["Status"] = "at risk", ["Percent complete"] = 10, ["Update date"] = "2024-11-15" } },
        ],
        ["Risks"] =
        [
            new { match = new Dictionary<string, string> { ["Risk id"] = "r.contract" }, set = new Dictionary<string, object> { ["New likelihood"] = 4, ["New impact"] = 5, ["Commentary"] = "Supplier in difficulty" } },
        ],
    };

    [SkippableFact]
    public void A_return_written_by_the_library_and_filled_in_by_openpyxl_imports_every_value_exactly()
    {
        Skip.If(ExternalTools.PythonWithOpenpyxl is null, ExternalTools.OpenpyxlMissing);
        var plan = Fixtures.Plan;
        var path = Path.Combine(folder.FullName, "return.xlsx");
        using (var file = File.Create(path))
        {
            QuarterlyReturn.WriteXlsx(plan, plan.Calendar.Parse("2024/25 Q3"), null, file).Succeeded.Should().BeTrue();
        }

        var fills = Path.Combine(folder.FullName, "fills.json");
        File.WriteAllText(fills, JsonSerializer.Serialize(Fills));
        var script = Path.Combine(AppContext.BaseDirectory, "Import", "fill_return.py");
        var (exit, _, error) = ExternalTools.Run(ExternalTools.PythonWithOpenpyxl!, [script, path, fills], TimeSpan.FromSeconds(60));
        exit.Should().Be(0, error);

        var result = ReturnImport.Merge(plan, [new ReturnSource("return.xlsx", File.ReadAllBytes(path))]);

        result.Problems.Should().BeEmpty("the return was made from this document and filled in with good values");
        result.Succeeded.Should().BeTrue();
        var merged = result.Document;
        Fixtures.Actual(merged, "m.recycling", "2024/25 Q3").Should().Be(new MeasureActual { Period = "2024/25 Q3", Value = 41.3m, Note = "Garden waste season" });
        merged.Index.FindMeasure("m.missed")!.Actuals.Select(a => (a.Period, a.Value)).Should().Equal(
            ("2024-09", 61m), ("2024-10", 0.1m), ("2024-11", 1234.56m), ("2024-12", 99.99m));
        merged.Index.FindMeasure("m.missed")!.Actuals.Select(a => a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("61", "0.1", "1234.56", "99.99");
        Fixtures.Actual(merged, "m.tonnes", "2024/25 Q3").Should().Be(new MeasureActual { Period = "2024/25 Q3", Value = 118.7m, Note = "Lower than expected" });
        merged.Index.FindAction("a.depot")!.Updates[^1].Should().Be(new ActionUpdate { AsOf = new LocalDate(2024, 12, 31), Status = ActionStatus.OnTrack, PercentComplete = 65m, Commentary = "Roof on" });
        merged.Index.FindAction("a.food")!.Updates.Should().Equal(new ActionUpdate { AsOf = new LocalDate(2024, 11, 15), Status = ActionStatus.AtRisk, PercentComplete = 10m });
        merged.Index.FindRisk("r.contract")!.Assessments[^1].Should().Be(new RiskAssessment { AsOf = new LocalDate(2024, 12, 31), Likelihood = 4, Impact = 5, Commentary = "Supplier in difficulty" });
        result.Changes.Should().HaveCount(8).And.OnlyContain(c => c.Kind == ReturnChangeKind.Added, "m.visits, which has its Q3 actual, was left blank");
    }

    [Fact]
    public void A_CSV_return_written_by_the_library_and_filled_in_imports_exactly_with_no_warning()
    {
        var plan = Fixtures.Plan;
        var (measures, actions, _) = Writing.ReturnSamples.Csv(plan, "2024/25 Q3");
        var filledMeasures = Fill(measures, "m.tonnes", ReturnLayout.Actual, "118.70");
        var filledActions = Fill(Fill(actions, "a.food", ReturnLayout.Status, "not started"), "a.food", ReturnLayout.PercentComplete, "0");

        var result = ReturnImport.Merge(plan, [new ReturnSource("q3-measures.csv", System.Text.Encoding.UTF8.GetBytes(filledMeasures)), new ReturnSource("q3-actions.csv", System.Text.Encoding.UTF8.GetBytes(filledActions))]);

        result.Problems.Select(p => p.ToString()).Should().BeEmpty();
        result.Changes.Select(c => c.ToString()).Should().Equal("added measure m.tonnes 2024/25 Q3: 118.7", "added action a.food 2024-12-31: not started, 0%");
        Fixtures.Actual(result.Document, "m.tonnes", "2024/25 Q3")!.Value.Should().Be(118.7m);
    }

    /// <summary>Types <paramref name="value"/> into the column headed <paramref name="header"/> of the line for <paramref name="id"/> (no quoted commas in these lines).</summary>
    private static string Fill(string csv, string id, string header, string value)
    {
        var lines = csv.Split('\n');
        var column = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(','), header);
        column.Should().BePositive($"the CSV file has a '{header}' column");
        var row = Array.FindIndex(lines, line => line.Split(',').Contains(id));
        var cells = lines[row].Split(',');
        cells[column] = value;
        lines[row] = string.Join(',', cells);
        return string.Join('\n', lines);
    }
}
