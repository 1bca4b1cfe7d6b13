namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// Tests that would notice a regression (issue 21): the habits that keep a test from quietly testing something else.
/// </summary>
public class TestHygieneTests
{
    /// <summary>
    /// The command-line tests edit their JSON documents as parsed trees (tests/StrategicPlanning.Cli.Tests/Edited.cs):
    /// a text replacement of a JSON fragment matches nothing after a change of spacing or member order and leaves the
    /// document unedited without a word.
    /// </summary>
    [Fact]
    public void Command_line_tests_edit_JSON_on_the_parsed_tree_not_on_its_text()
    {
        var folder = Path.Combine(Repository.Root, "tests", "StrategicPlanning.Cli.Tests");
        var offending = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Repository.IsBuildOutput(f))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("Replace(\"\\\"", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offending.Should().BeEmpty("edit the document with Edited.FormatExample or Edited.File instead");
    }

    /// <summary>
    /// A skipped test is never silent on CI (issue 21, point 3): .ci/skipped-tests lists every skip with its reason and,
    /// with CI=true, exits with the number of skips CI is meant to run, which .ci/run counts as failures. Only the native
    /// splan run's "in-process only" skips and a recorded "known defect (issue N)" are by design.
    /// </summary>
    [SkippableTheory]
    [InlineData("true", "StrategicPlanning.Cli.Tests.native.trx", "in-process only (a limit given to SplanConsole); SPLAN_BINARY=x is a separate process", 0)]
    [InlineData("true", "StrategicPlanning.Cli.Tests.trx", "in-process only (a limit given to SplanConsole); SPLAN_BINARY=x is a separate process", 1)]
    [InlineData("true", "StrategicPlanning.Reports.Tests.trx", "Debian's chromium is not installed", 1)]
    [InlineData("false", "StrategicPlanning.Reports.Tests.trx", "Debian's chromium is not installed", 0)]
    [InlineData("true", "StrategicPlanning.Cli.Tests.trx", "known defect (issue 99): a reason the fuzzer gave", 0)]
    public void A_skipped_test_CI_is_meant_to_run_fails_CI_and_every_skip_is_listed_with_its_reason(string ci, string trx, string reason, int exit)
    {
        Skip.If(!File.Exists("/usr/bin/python3"), ".ci/skipped-tests needs python3 (Debian: apt-get install python3)");
        var folder = Directory.CreateTempSubdirectory("skipped-tests-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, trx), Trx(("A.Ran", "Passed", null), ("A.Skipped", "NotExecuted", reason)));
            var (code, output) = SkippedTests(folder.FullName, ci);

            code.Should().Be(exit, output);
            output.Should().Contain($"ci: SKIP 1 test(s) did not run here:").And.Contain($"A.Skipped ({trx}): {reason}").And.NotContain("A.Ran");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public void No_skipped_test_no_list_and_exit_0_on_CI()
    {
        Skip.If(!File.Exists("/usr/bin/python3"), ".ci/skipped-tests needs python3 (Debian: apt-get install python3)");
        var folder = Directory.CreateTempSubdirectory("skipped-tests-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "A.trx"), Trx(("A.Ran", "Passed", null)));
            var (code, output) = SkippedTests(folder.FullName, "true");

            code.Should().Be(0, output);
            output.Should().BeEmpty();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Code, string Output) SkippedTests(string folder, string ci)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository.Root, ".ci", "skipped-tests"));
        start.ArgumentList.Add(folder);
        start.Environment["CI"] = ci;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    /// <summary>A TRX file as dotnet test writes it, with one result per test.</summary>
    private static string Trx(params (string Name, string Outcome, string? Reason)[] results) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TestRun xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"><Results>"
        + string.Concat(results.Select(r => $"<UnitTestResult testName=\"{r.Name}\" outcome=\"{r.Outcome}\">"
            + (r.Reason is null ? string.Empty : $"<Output><ErrorInfo><Message>{System.Security.SecurityElement.Escape(r.Reason)}</Message></ErrorInfo></Output>")
            + "</UnitTestResult>"))
        + "</Results></TestRun>";

    /// <summary>
    /// Every rule family and the JSON reader and writer has its Stryker.NET configuration (issue 21, point 1), read by
    /// .ci/mutation: it mutates that folder of the library only and fails under the family's limit, 85 % for a rule
    /// family and 70 % for Json.
    /// </summary>
    [Theory]
    [InlineData("Calendar", 85)]
    [InlineData("Measures", 85)]
    [InlineData("Delivery", 85)]
    [InlineData("Aggregation", 85)]
    [InlineData("Reviews", 85)]
    [InlineData("Finance", 85)]
    [InlineData("Risks", 85)]
    [InlineData("Validation", 85)]
    [InlineData("Json", 70)]
    public void Each_family_has_a_stryker_config_mutating_its_folder_and_breaking_under_its_limit(string family, int limit)
    {
        var path = Path.Combine(Repository.Root, "tests", "StrategicPlanning.Tests", "mutation", $"stryker-config.{family.ToLowerInvariant()}.json");
        File.Exists(path).Should().BeTrue($"{path} is the configuration .ci/mutation runs for {family}");

        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var stryker = config.RootElement.GetProperty("stryker-config");
        stryker.GetProperty("project").GetString().Should().Be("StrategicPlanning.csproj");
        stryker.GetProperty("mutate").EnumerateArray().Select(m => m.GetString()).Should().Equal($"**/{family}/**/*.cs", "!**/Model/**/*.cs"); // the model has folders named like the families
        stryker.GetProperty("thresholds").GetProperty("break").GetInt32().Should().Be(limit);
        Directory.Exists(Path.Combine(Repository.Root, "src", "StrategicPlanning", family)).Should().BeTrue("the configuration mutates a folder that exists");
    }
}
