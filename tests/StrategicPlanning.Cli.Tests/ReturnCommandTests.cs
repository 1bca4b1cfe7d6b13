namespace StrategicPlanning.Cli.Tests;

public sealed class ReturnCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("splan-return-");

    private static string Derby => Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");

    public void Dispose() => folder.Delete(recursive: true);

    private string Out(string name) => Path.Combine(folder.FullName, name);

    [Fact]
    public void Return_writes_the_workbook_and_says_what_it_holds()
    {
        var path = Out("q3.xlsx");

        var (exit, output, error) = Splan.Run("return", Derby, "--quarter", "2024/25 Q3", "--out", path);

        exit.Should().Be(0, error);
        output.Should().BeEmpty();
        error.Should().StartWith("Return for 2024/25 Q3: 41 measure rows, 42 actions, 13 risks.\nWrote " + path + " (");
        File.ReadAllBytes(path).Take(2).Should().Equal((byte)'P', (byte)'K');
        folder.GetFiles().Select(f => f.Name).Should().Equal("q3.xlsx"); // no temporary file left
    }

    [Fact]
    public void Return_as_csv_writes_three_files_named_after_out_for_one_owner()
    {
        var (exit, _, error) = Splan.Run("return", Derby, "--quarter", "2024/25 Q4", "--owner", "Head of Waste", "--format", "csv", "--out", Out("waste.csv"));

        exit.Should().Be(0, error);
        error.Should().StartWith("Return for 2024/25 Q4 (Head of Waste): 6 measure rows, 1 action, 0 risks.\n");
        folder.GetFiles().Select(f => f.Name).Order().Should().Equal("waste-actions.csv", "waste-measures.csv", "waste-risks.csv");
        File.ReadAllBytes(Out("waste-measures.csv")).Take(3).Should().Equal(0xEF, 0xBB, 0xBF); // UTF-8 byte-order mark
        File.ReadAllLines(Out("waste-measures.csv")).Should().HaveCount(7).And.Subject.First().Should().StartWith("Plan id,Quarter,Made from,Measure id,");
    }

    [Fact]
    public void An_owner_with_nothing_in_the_quarter_exits_2_and_writes_nothing()
    {
        var path = Out("nobody.xlsx");

        var (exit, _, error) = Splan.Run("return", Derby, "--quarter", "2024/25 Q3", "--owner", "Nobody", "--out", path);

        exit.Should().Be(2);
        error.Trim().Should().Be("--owner 'Nobody': no measure, action or open risk of 2024/25 Q3 is owned by 'Nobody'; nothing was written. Owners are as the document writes them (case ignored).");
        folder.GetFiles().Should().BeEmpty();
    }

    [Fact]
    public void A_file_already_there_is_kept_when_nothing_is_written()
    {
        var path = Out("keep.xlsx");
        File.WriteAllText(path, "before");

        var (exit, _, _) = Splan.Run("return", Derby, "--quarter", "2024/25 Q3", "--owner", "Nobody", "--out", path);

        exit.Should().Be(2);
        File.ReadAllText(path).Should().Be("before");
        folder.GetFiles().Should().ContainSingle();
    }

    [Theory]
    [InlineData("2024/25", "--quarter '2024/25' is not a quarter such as \"2024/25 Q3\".")]
    [InlineData("2024 Q3", "--quarter '2024 Q3': '2024 Q3' is written for a calendar-year financial year, but this calendar's year starts in month 4 (CAL-3): write '2024/25' with ' Q3'.")]
    public void CAL3_a_period_that_is_not_one_of_the_documents_quarters_exits_2(string quarter, string message)
    {
        var (exit, output, error) = Splan.Run("return", Derby, "--quarter", quarter, "--out", Out("x.xlsx"));

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Should().Be(message);
    }

    [Fact]
    public void VAL_no_return_is_written_from_a_plan_with_errors()
    {
        using var file = Edited.FormatExample(d => d["currency"] = "pounds");

        var (exit, _, error) = Splan.Run("return", file.Path, "--quarter", "2024/25 Q2", "--out", Out("bad.xlsx"));

        exit.Should().Be(1);
        error.Should().Contain("no return is written from a plan with errors").And.Contain("SP1505");
        folder.GetFiles().Should().BeEmpty();
    }

    [Fact]
    public void Out_is_required_because_a_workbook_is_not_text()
    {
        var (exit, _, error) = Splan.Run("return", Derby, "--quarter", "2024/25 Q3");

        exit.Should().Be(2);
        error.Should().Contain("--out");
    }
}
