using System.Text.RegularExpressions;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// Each package carries its own README for the package page: its examples compile against the library as it is, and
/// it links nowhere a package page cannot reach (no relative links or images).
/// </summary>
public partial class PackageReadmeTests
{
    public static TheoryData<string> Packages() =>
        ["StrategicPlanning", "StrategicPlanning.Reports", "StrategicPlanning.StratML", "StrategicPlanning.Spreadsheets", "StrategicPlanning.Cli"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_readme_is_its_own_and_packed(string project)
    {
        var folder = Path.Combine(Repository.Root, "src", project);
        var csproj = File.ReadAllText(Path.Combine(folder, project + ".csproj"));

        File.Exists(Path.Combine(folder, "README.md")).Should().BeTrue();
        csproj.Should().Contain("<PackageReadmeFile>README.md</PackageReadmeFile>").And.MatchRegex("<None Include=\"README.md\" Pack=\"true\"");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_readme_has_no_relative_links_or_images(string project)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "src", project, "README.md"));

        RelativeLink().Matches(text).Select(m => m.Value).Should().BeEmpty("a package page resolves no relative link");
        text.Should().NotContain("shared/").And.NotContain("DOMAIN.md").And.NotContain("FORMAT.md");
    }

    [Theory]
    [InlineData("StrategicPlanning")]
    [InlineData("StrategicPlanning.Reports")]
    [InlineData("StrategicPlanning.StratML")]
    [InlineData("StrategicPlanning.Spreadsheets")]
    public void The_package_readme_example_compiles_without_warnings(string project)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "src", project, "README.md"));
        var examples = CSharpBlock().Matches(text).Select(m => m.Groups[1].Value).ToList();
        examples.Should().ContainSingle("the README shows one example");

        ExampleCompilation.Problems(examples[0])
            .Should().BeEmpty("a package user copies the example as it is");
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\((?!https?://)[^)]*\)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
