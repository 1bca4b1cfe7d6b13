namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// The repository stands on its own (issue 16): no code, XML doc, message, schema, project file or sample names a file
/// outside it. The rules are in docs/rules.md and the format in docs/json-format.md.
/// </summary>
public class SelfContainedSourceTests
{
    /// <summary>The team's own sources; ours are docs/rules.md, docs/json-format.md and docs/architecture.md (lower case).</summary>
    private static readonly string[] Outside = ["shared/", "DOMAIN.md", "FORMAT.md", "STYLE.md", "ARCHITECTURE.md"];

    private static readonly string[] Kinds = ["*.cs", "*.json", "*.csproj", "*.props", "*.xml", "*.xsd", "*.html", "*.txt"];

    [Theory]
    [InlineData("src")]
    [InlineData("samples")]
    [InlineData("tests")]
    [InlineData("benchmarks")]
    public void No_file_names_a_document_outside_the_repository(string folder)
    {
        Offending(Kinds.SelectMany(kind => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), kind, SearchOption.AllDirectories)))
            .Should().BeEmpty("say it in the repository's own words, or point at docs/rules.md or docs/json-format.md");
    }

    [Fact]
    public void No_file_at_the_root_or_in_the_CI_script_names_a_document_outside_the_repository()
    {
        var files = Directory.EnumerateFiles(Repository.Root)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, ".ci")))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal)); // Markdown: MarkdownLinkTests

        Offending(files).Should().BeEmpty("say it in the repository's own words");
    }

    private static List<string> Offending(IEnumerable<string> files)
    {
        var self = new[] { nameof(SelfContainedSourceTests) + ".cs", nameof(PackageReadmeTests) + ".cs", nameof(MarkdownLinkTests) + ".cs" }; // they name what they forbid
        return files
            .Where(f => !Repository.IsBuildOutput(f) && !self.Contains(Path.GetFileName(f)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Outside.Any(o => l.Text.Contains(o, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.File)}({l.Line}): {l.Text.Trim()}")
            .ToList();
    }

}
