using System.Text;

namespace StrategicPlanning.Cli.Tests;

public class ExportCommandTests
{
    private static string Derby => Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");

    [Fact]
    public void Export_writes_the_table_to_standard_output_starting_with_the_byte_order_mark()
    {
        var (exit, output, error) = Splan.Run("export", Derby, "--to", "csv", "--what", "scores", "--as-of", "2025-03-31");

        exit.Should().Be(0, error);
        error.Should().BeEmpty();
        var lines = output.Split("\r\n");
        lines[0].Should().Be("\uFEFFas_of,level,id,name,parent_id,weight,score,rag,held_by_must_do,coverage,meeting_target,green,amber,red,complete,no_data,excluded,data_only");
        lines[1].Should().Be("2025-03-31,plan,council-plan-2022-25,Council Plan 2022-2025,,1,68.70,amber,false,0.9870,0.4857,40,14,16,6,1,2,3");
        lines[^1].Should().BeEmpty("the last row ends with CRLF too");
    }

    [Fact]
    public void Without_as_of_the_table_is_at_the_end_of_the_latest_quarter_with_an_actual_and_says_so()
    {
        var (exit, output, error) = Splan.Run("export", Derby, "--to", "csv", "--what", "risks");

        exit.Should().Be(0, error);
        error.Trim().Should().Be("As of 2025-03-31, the end of 2024/25 Q4, the latest quarter with an actual; give --as-of for another date.");
        output.Split("\r\n")[1].Should().StartWith("2025-03-31,r.budget-gap,SR1,Unable to close the medium-term budget gap,threat,financial,");
    }

    [Fact]
    public void Export_writes_the_out_file_atomically_as_UTF8_with_a_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"splan-export-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "old");
            var (exit, output, error) = Splan.Run("export", Derby, "--to", "csv", "--what", "actuals", "--as-of", "2025-03-31", "--out", path);

            exit.Should().Be(0, error);
            output.Should().BeEmpty();
            error.Should().StartWith($"Wrote {path} (");
            var bytes = File.ReadAllBytes(path);
            bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            text.Should().StartWith("as_of,theme_id,theme,outcome_id,outcome,measure_id,").And.NotContain("\uFEFF");
            text.Should().Contain("2025-03-31,green,Green city,green.waste,");
            var (_, standard, _) = Splan.Run("export", Derby, "--to", "csv", "--what", "actuals", "--as-of", "2025-03-31");
            standard.Should().Be("\uFEFF" + text, "standard output and --out give the same table");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void VAL_a_plan_with_errors_in_what_the_table_reads_exits_1_and_leaves_the_out_file_as_it_was()
    {
        using var file = Edited.FormatExample(d => d.Measure()["actuals"]!.ItemWith("period", "2024/25 Q1")["period"] = "2024/25 Q9");
        var path = Path.Combine(Path.GetTempPath(), $"splan-export-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "old");
            var (exit, output, error) = Splan.Run("export", file.Path, "--to", "csv", "--what", "actuals", "--as-of", "2025-03-31", "--out", path);

            exit.Should().Be(1);
            output.Should().BeEmpty();
            error.Should().Contain("no table is written from a plan with errors in what it reads: ").And.Contain("2024/25 Q9");
            File.ReadAllText(path).Should().Be("old");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_money_error_does_not_stop_the_actuals_which_do_not_read_money()
    {
        using var file = Edited.FormatExample(d => d.Action()["funding"]![0]!["lineId"] = "cap.nowhere");

        var (exit, output, error) = Splan.Run("export", file.Path, "--to", "csv", "--what", "actuals", "--as-of", "2024-12-31");

        exit.Should().Be(0, error);
        output.Split("\r\n").Should().HaveCount(5, "the header, 2024/25 Q1 to Q3, and the empty end");
    }

    [Fact]
    public void A_plan_with_no_actual_needs_as_of()
    {
        using var file = Edited.FormatExample(d => d.Measure()["actuals"]!.AsArray().Clear());

        var (exit, output, error) = Splan.Run("export", file.Path, "--to", "csv", "--what", "scores");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"{Path.GetFileName(file.Path)}: no measure has an actual to date the table by; give --as-of YYYY-MM-DD.");
    }

    [Theory]
    [InlineData("--to", "xlsx")]
    [InlineData("--what", "budgets")]
    public void A_format_or_table_splan_does_not_write_exits_2(string option, string value)
    {
        var args = new List<string> { "export", Derby, "--to", "csv", "--what", "scores", "--as-of", "2025-03-31" };
        args[args.IndexOf(option) + 1] = value;

        var (exit, output, error) = Splan.Run([.. args]);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"'{value}'").And.Contain("Run 'splan --help'");
    }

    [Fact]
    public void Out_naming_the_input_is_refused_before_anything_is_read()
    {
        var (exit, _, error) = Splan.Run("export", Derby, "--to", "csv", "--what", "scores", "--out", Derby);

        exit.Should().Be(2);
        error.Should().Contain("is the input file");
    }
}
