using System.Text.Json;

namespace StrategicPlanning.Cli.Tests;

public class ValidateCommandTests
{
    /// <summary>
    /// The format example with an action naming an outcome that does not exist, a budget line taking an outcome's id,
    /// a target's period that is no period, and an action starting after it is due.
    /// </summary>
    private static string BrokenInFourWays() => Edited.Text(Splan.FormatExample, d =>
    {
        d.Action()["outcomeIds"]![0] = "green.water";
        d.Line()["id"] = "green.air";
        d.Measure()["targets"]!.ItemWith("period", "2024/25 Q3")["period"] = "2024/26 Q3";
        d.Action()["start"] = "2025-06-01";
    });

    [Fact]
    public void The_format_example_is_valid_and_exits_0()
    {
        var (exit, output, error) = Splan.Run("validate", Splan.FormatExample);

        exit.Should().Be(0);
        output.Should().Be("format-example.json: valid, no issues.\n");
        error.Should().BeEmpty();
    }

    [Fact]
    public void Four_kinds_of_error_are_all_listed_with_code_path_line_and_message_and_exit_1()
    {
        using var file = Splan.Write(BrokenInFourWays());

        var (exit, output, _) = Splan.Run("validate", file.Path);

        exit.Should().Be(1);
        output.Should().Contain("not valid: 5 errors, 1 warning, 1 information.");
        output.Should().MatchRegex(@"error\s+SP1003\s+line \d+, column \d+\s+\$\.deliveryPlans\[0\]\.actions\[0\]\.outcomeIds\[0\]");
        output.Should().MatchRegex(@"error\s+SP1002\s+line \d+, column \d+\s+\$\.financialStrategy\.lines\[0\]\.id");
        output.Should().MatchRegex(@"error\s+SP1101\s+line \d+, column \d+\s+\$\.plan\.themes\[0\]\.outcomes\[0\]\.measures\[0\]\.targets\[1\]\.period");
        output.Should().MatchRegex(@"error\s+SP1103\s+line \d+, column \d+\s+\$\.deliveryPlans\[0\]\.actions\[0\]\.due");
        output.Should().Contain("There is no outcome with id 'green.water'");
    }

    [Fact]
    public void Json_output_lists_each_issue_with_its_fields()
    {
        var text = BrokenInFourWays();
        using var file = Splan.Write(text);

        var (exit, output, _) = Splan.Run("validate", file.Path, "--format", "json");

        exit.Should().Be(1);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        root.GetProperty("readable").GetBoolean().Should().BeTrue();
        root.GetProperty("valid").GetBoolean().Should().BeFalse();
        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(5);
        var dangling = root.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "SP1003");
        dangling.GetProperty("severity").GetString().Should().Be("error");
        dangling.GetProperty("area").GetString().Should().Be("delivery");
        dangling.GetProperty("path").GetString().Should().Be("$.deliveryPlans[0].actions[0].outcomeIds[0]");
        // The line and column (1-based) of the value's opening quote in the file as written.
        var line = Edited.LineOf(text, "\"green.water\"");
        dangling.GetProperty("line").GetInt32().Should().Be(line);
        dangling.GetProperty("column").GetInt32().Should().Be(text.Split('\n')[line - 1].IndexOf("\"green.water\"", StringComparison.Ordinal) + 1);
        dangling.GetProperty("rules").GetString().Should().Contain("VAL-2");
    }

    [Fact]
    public void A_truncated_file_exits_2_with_line_and_column()
    {
        using var file = Splan.Write(File.ReadAllText(Splan.FormatExample)[..1500]);

        var (exit, output, _) = Splan.Run("validate", file.Path);

        exit.Should().Be(2);
        output.Should().Contain("cannot be read as a plan document (1 error).");
        output.Should().MatchRegex(@"error\s+read\s+line 42, column \d+");
        output.Should().Contain("truncated");
    }

    [Fact]
    public void A_truncated_file_in_json_is_still_one_json_object()
    {
        using var file = Splan.Write("{ \"schemaVersion\": \"1.0\", ");

        var (exit, output, _) = Splan.Run("validate", file.Path, "--format", "json");

        exit.Should().Be(2);
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("readable").GetBoolean().Should().BeFalse();
        report.RootElement.GetProperty("issues")[0].GetProperty("kind").GetString().Should().Be("read");
        report.RootElement.GetProperty("issues")[0].GetProperty("line").GetInt32().Should().Be(1);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_message_on_standard_error()
    {
        var (exit, output, error) = Splan.Run("validate", "/no/such/plan.json");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("/no/such/plan.json: no such file.");
    }

    [Fact]
    public void Warnings_alone_leave_the_document_valid()
    {
        using var file = Edited.FormatExample(d => d["schemaVersion"] = "1.2");

        var (exit, output, _) = Splan.Run("validate", file.Path);

        exit.Should().Be(0);
        output.Should().Contain("valid: 0 errors, 1 warning, 0 information.").And.Contain("SP1009");
    }
}

public class CommandLineTests
{
    [Fact]
    public void Schema_prints_the_embedded_JSON_schema()
    {
        var (exit, output, _) = Splan.Run("schema");

        exit.Should().Be(0);
        using var schema = JsonDocument.Parse(output);
        schema.RootElement.GetProperty("$id").GetString().Should().Be("urn:strategicplanning:plan-document:1.0");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "a.json", "--format", "xml")]
    [InlineData("nonsense")]
    public void A_wrong_command_line_exits_2_and_says_how_to_get_help(params string[] args)
    {
        var (exit, _, error) = Splan.Run(args);

        exit.Should().Be(2);
        error.Should().Contain("splan --help");
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var (exit, output, _) = Splan.Run("--help");

        exit.Should().Be(0);
        output.Should().Contain("validate").And.Contain("schema");
    }
}

public class TerminalSafetyTests
{
    [Fact]
    public void Control_characters_from_the_document_are_shown_escaped_not_sent_to_the_terminal()
    {
        using var file = Edited.FormatExample(d => d.Theme()["id"] = "green\u001b[31m");

        var (exit, output, _) = Splan.Run("validate", file.Path);

        exit.Should().Be(1);
        output.Should().Contain("green\\u001B[31m").And.NotContain("\u001b");
    }

    [Theory]
    [InlineData("\u202E", "\\u202E")]
    [InlineData("\u2066", "\\u2066")]
    [InlineData("\u2028", "\\u2028")]
    public void Direction_controls_and_line_separators_from_the_document_are_shown_escaped_not_obeyed(string character, string shown)
    {
        using var file = Edited.FormatExample(d => d.Theme()["id"] = "green" + character);

        var (exit, output, _) = Splan.Run("validate", file.Path);

        exit.Should().Be(1);
        output.Should().Contain("green" + shown).And.NotContain(character);
    }
}
