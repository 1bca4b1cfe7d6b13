using System.Text.Json;

namespace StrategicPlanning.Cli.Tests;

public class ValidateCommandTests
{
    private static string BrokenInFourWays()
    {
        var text = File.ReadAllText(Splan.FormatExample);
        return text
            .Replace("\"outcomeIds\": [ \"green.air\" ]", "\"outcomeIds\": [ \"green.water\" ]", StringComparison.Ordinal)
            .Replace("\"id\": \"cap.transport\"", "\"id\": \"green.air\"", StringComparison.Ordinal)
            .Replace("\"period\": \"2024/25 Q3\"", "\"period\": \"2024/26 Q3\"", StringComparison.Ordinal)
            .Replace("\"start\": \"2024-04-01\"", "\"start\": \"2025-06-01\"", StringComparison.Ordinal);
    }

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
        using var file = Splan.Write(BrokenInFourWays());

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
        dangling.GetProperty("line").GetInt32().Should().Be(67);
        dangling.GetProperty("column").GetInt32().Should().Be(27);
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
        using var file = Splan.Write(File.ReadAllText(Splan.FormatExample).Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.2\"", StringComparison.Ordinal));

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
        var text = File.ReadAllText(Splan.FormatExample).Replace("\"id\": \"green\"", "\"id\": \"green\\u001b[31m\"", StringComparison.Ordinal);
        using var file = Splan.Write(text);

        var (exit, output, _) = Splan.Run("validate", file.Path);

        exit.Should().Be(1);
        output.Should().Contain("green\\u001B[31m").And.NotContain("\u001b");
    }

    [Theory]
    [InlineData("\\u202E", "\u202E", "\\u202E")]
    [InlineData("\\u2066", "\u2066", "\\u2066")]
    [InlineData("\\u2028", "\u2028", "\\u2028")]
    public void Direction_controls_and_line_separators_from_the_document_are_shown_escaped_not_obeyed(string escaped, string character, string shown)
    {
        var text = File.ReadAllText(Splan.FormatExample).Replace("\"id\": \"green\"", "\"id\": \"green" + escaped + "\"", StringComparison.Ordinal);
        using var file = Splan.Write(text);

        var (exit, output, _) = Splan.Run("validate", file.Path);

        exit.Should().Be(1);
        output.Should().Contain("green" + shown).And.NotContain(character);
    }
}
