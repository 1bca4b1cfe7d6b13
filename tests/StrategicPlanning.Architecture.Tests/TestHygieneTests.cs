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
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("Replace(\"\\\"", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offending.Should().BeEmpty("edit the document with Edited.FormatExample or Edited.File instead");
    }
}
