using System.Text.Json;
using StrategicPlanning.Json;

namespace StrategicPlanning.Cli.Tests;

/// <summary>
/// <c>splan import</c> (issue 18, point 2) on the returns in tests/StrategicPlanning.Spreadsheets.Tests/Fixtures, written
/// by openpyxl: the change log, the problems with their places, exit 0/1/2, and nothing written unless all is well.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string outPath = Path.Combine(Path.GetTempPath(), $"splan-import-{Guid.NewGuid():N}.json");

    private static string Returns => Path.Combine(AppContext.BaseDirectory, "returns");

    private static string Plan => Path.Combine(Returns, "return-plan.json");

    public void Dispose() => File.Delete(outPath);

    private static string Return(string name) => Path.Combine(Returns, name);

    [Fact]
    public void Import_writes_the_merged_plan_and_prints_the_change_log_exit_0()
    {
        var (exit, output, error) = Splan.Run("import", Plan, Return("filled.xlsx"), "--out", outPath);

        exit.Should().Be(0, error);
        output.Should().StartWith("1 return(s) for returns-test-plan, 2024/25 Q3: 7 added, 0 changed, 1 unchanged.\n")
            .And.Contain("  added measure m.recycling 2024/25 Q3: 43.5 ('Garden waste season')    (filled.xlsx Performance!4:4)\n")
            .And.Contain("  unchanged measure m.visits 2024/25 Q3: 1200 ('Counted at the gate')    (filled.xlsx Performance!5:5)\n");
        error.Should().StartWith($"Wrote {outPath} (")
            .And.EndWith("warning: filled.xlsx: Return!B6: the return was made from another version of the plan document; every value is checked against the document as it is now.\n");
        var merged = PlanJson.Read(File.ReadAllBytes(outPath)).GetDocumentOrThrow();
        merged.Index.FindMeasure("m.tonnes")!.Actuals.Should().ContainSingle().Which.Value.Should().Be(118.7m);
        Splan.Run("validate", outPath).Exit.Should().Be(0);
    }

    [Fact]
    public void Import_with_errors_writes_nothing_lists_each_with_its_place_and_exits_1()
    {
        var (exit, _, error) = Splan.Run("import", Plan, Return("bad.xlsx"), "--out", outPath);

        exit.Should().Be(1);
        error.Should().Contain("error: bad.xlsx: Measures!D2: 'n/a' is not a number; leave it blank for no data.\n")
            .And.EndWith($"Nothing was written to {outPath}: 7 error(s); correct them (or use --replace for conflicts) and import again.\n");
        File.Exists(outPath).Should().BeFalse();
    }

    [Fact]
    public void Import_of_a_return_for_another_plan_refuses_it_and_exits_2()
    {
        var (exit, _, error) = Splan.Run("import", Plan, Return("filled.xlsx"), Return("other-plan.xlsx"), "--out", outPath);

        exit.Should().Be(2);
        error.Should().Contain("refused: other-plan.xlsx: Return!B3: the return is for plan 'another-plan', not 'returns-test-plan'; import it into its own plan.\n")
            .And.EndWith($"Nothing was written to {outPath}: 1 return(s) refused.\n");
        File.Exists(outPath).Should().BeFalse();
    }

    [Fact]
    public void Import_keeps_the_existing_output_file_when_the_import_fails()
    {
        File.WriteAllText(outPath, "kept");

        Splan.Run("import", Plan, Return("bad.xlsx"), "--out", outPath).Exit.Should().Be(1);

        File.ReadAllText(outPath).Should().Be("kept");
    }

    [Fact]
    public void Import_with_replace_shows_the_old_value_in_the_change_log()
    {
        var csv = Path.ChangeExtension(outPath, ".csv");
        File.WriteAllText(csv, "Plan id,Quarter,Made from,Measure id,Period,Actual,Commentary\nreturns-test-plan,2024/25 Q3,x,m.visits,2024/25 Q3,1250,Recounted\n");
        try
        {
            Splan.Run("import", Plan, csv, "--out", outPath).Exit.Should().Be(1, "a different value for a period that has one is a conflict");

            var (exit, output, error) = Splan.Run("import", Plan, csv, "--out", outPath, "--replace");

            exit.Should().Be(0, error);
            output.Should().Contain("  changed measure m.visits 2024/25 Q3: 1200 ('Counted at the gate') → 1250 ('Recounted')");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Import_as_json_gives_the_change_log_and_problems_as_one_object()
    {
        var (exit, output, _) = Splan.Run("import", Plan, Return("q3-measures.csv"), "--out", outPath, "--format", "json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("written").GetBoolean().Should().BeTrue();
        root.GetProperty("quarter").GetString().Should().Be("2024/25 Q3");
        root.GetProperty("summary").GetProperty("added").GetInt32().Should().Be(2);
        var first = root.GetProperty("changes")[0];
        (first.GetProperty("kind").GetString(), first.GetProperty("item").GetString(), first.GetProperty("id").GetString(), first.GetProperty("place").GetString())
            .Should().Be(("added", "measureActual", "m.tonnes", "line 2"));
        root.GetProperty("problems")[0].GetProperty("severity").GetString().Should().Be("warning");
    }

    [Theory]
    [InlineData("--quarter", "Q3", "--quarter 'Q3' is not a quarter such as \"2024/25 Q3\".")]
    [InlineData("--quarter", "2024/25", "--quarter '2024/25' is not a quarter such as \"2024/25 Q3\".")]
    public void Import_with_a_quarter_that_is_not_one_exits_2(string option, string value, string message)
    {
        var (exit, _, error) = Splan.Run("import", Plan, Return("filled.xlsx"), "--out", outPath, option, value);

        exit.Should().Be(2);
        error.Should().Be(message + "\n");
    }

    [Fact]
    public void Import_of_a_missing_return_or_onto_an_input_exits_2_before_anything_is_written()
    {
        Splan.Run("import", Plan, Return("missing.xlsx"), "--out", outPath).Should().Be((2, string.Empty, $"{Return("missing.xlsx")}: no such file.\n"));
        Splan.Run("import", Plan, Return("filled.xlsx"), "--out", Return("filled.xlsx")).Exit.Should().Be(2);
        Splan.Run("import", Plan, "--out", outPath).Exit.Should().Be(2, "at least one return is needed");
    }
}
