using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// The repository stands on its own: every relative link and image in its Markdown files resolves to a file in the
/// repository, every <c>#anchor</c> into a Markdown page exists there (a rule id into docs/rules.md above all), and no
/// page points at team-internal sources outside the repository.
/// </summary>
public partial class MarkdownLinkTests
{
    private static readonly string[] Skipped = ["bin", "obj", "artifacts", "node_modules", ".git", "TestResults", "BenchmarkDotNet.Artifacts"];

    public static IEnumerable<string> MarkdownFiles() =>
        Directory.EnumerateFiles(Repository.Root, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(Repository.Root, path)
                .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(part => Skipped.Contains(part, StringComparer.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void The_repository_has_markdown_files_to_check()
    {
        MarkdownFiles().Select(Relative).Should().Contain(["README.md", "docs/rules.md", "docs/json-format.md", "samples/data/README.md"]);
    }

    [Fact]
    public void Every_relative_link_and_image_resolves_to_a_file_in_the_repository()
    {
        var broken = new List<string>();
        foreach (var file in MarkdownFiles())
        {
            foreach (var target in RelativeTargets(file))
            {
                var path = PathPart(target);
                if (path.Length == 0)
                {
                    continue;
                }

                var resolved = Resolve(file, path);
                if (!resolved.StartsWith(Repository.Root, StringComparison.Ordinal) || !(File.Exists(resolved) || Directory.Exists(resolved)))
                {
                    broken.Add($"{Relative(file)}: ({target})");
                }
            }
        }

        string.Join(Environment.NewLine, broken).Should().BeEmpty("a reader of the repository can follow every link");
    }

    [Fact]
    public void Every_anchor_into_a_markdown_page_exists()
    {
        var broken = new List<string>();
        foreach (var file in MarkdownFiles())
        {
            foreach (var target in RelativeTargets(file))
            {
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                if (hash < 0)
                {
                    continue;
                }

                var path = PathPart(target);
                var page = path.Length == 0 ? file : Resolve(file, path);
                if (!page.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(page))
                {
                    continue;
                }

                var anchor = Uri.UnescapeDataString(target[(hash + 1)..]);
                if (!Anchors(page).Contains(anchor))
                {
                    broken.Add($"{Relative(file)}: ({target})");
                }
            }
        }

        string.Join(Environment.NewLine, broken).Should().BeEmpty("every #anchor names a heading or an <a id> of the page it points into");
    }

    [Fact]
    public void Every_rule_id_has_its_anchor_in_the_rules_page()
    {
        var rules = Path.Combine(Repository.Root, "docs", "rules.md");
        var anchors = Anchors(rules);
        var ids = RuleId().Matches(File.ReadAllText(rules)).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();

        ids.Should().HaveCountGreaterThan(50, "the page lists every rule of every family");
        ids.Should().OnlyContain(id => anchors.Contains(id), "each rule id resolves to its own anchor in docs/rules.md");
        anchors.Should().Contain(["cal", "rev", "mea", "act", "agg", "fin", "rsk", "val", "jsn"]);
    }

    [Fact]
    public void No_markdown_file_points_at_sources_outside_the_repository()
    {
        var offending = MarkdownFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(x => x.line.Contains("shared/", StringComparison.OrdinalIgnoreCase) || InternalSource().IsMatch(x.line) || TeamSource().IsMatch(x.line))
            .Select(x => $"{Relative(x.file)}:{x.number}: {x.line.Trim()}");

        string.Join(Environment.NewLine, offending).Should().BeEmpty("the rules are in docs/rules.md and the format in docs/json-format.md, both in the repository");
    }

    [Theory]
    [InlineData("What is computed ([MEA](rules.md#mea), [ACT](rules.md#act), [AGG](rules.md#agg))", "what-is-computed-mea-act-agg")]
    [InlineData("`splan score FILE --as-of DATE [--format text|json] [--as-reported]`", "splan-score-file---as-of-date---format-textjson---as-reported")]
    [InlineData("Reading (`PlanJson.Read`)", "reading-planjsonread")]
    [InlineData("Explanations (AGG-7)", "explanations-agg-7")]
    public void Heading_anchors_follow_github(string heading, string anchor)
    {
        Slug(heading).Should().Be(anchor);
    }

    /// <summary>The targets of the links and images of a file that are neither absolute URLs nor in code.</summary>
    private static IEnumerable<string> RelativeTargets(string file)
    {
        var text = InlineCode().Replace(FencedCode().Replace(File.ReadAllText(file), string.Empty), string.Empty);
        var targets = InlineLink().Matches(text).Select(m => m.Groups["target"].Value)
            .Concat(ReferenceLink().Matches(text).Select(m => m.Groups["target"].Value))
            .Concat(HtmlLink().Matches(text).Select(m => m.Groups["target"].Value));

        foreach (var raw in targets)
        {
            var target = raw.Trim().Trim('<', '>');
            if (target.Length > 0 && !Scheme().IsMatch(target))
            {
                yield return target;
            }
        }
    }

    private static string PathPart(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? target : target[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return Uri.UnescapeDataString(query < 0 ? path : path[..query]);
    }

    private static string Resolve(string file, string path) =>
        Path.GetFullPath(path.StartsWith('/')
            ? Path.Combine(Repository.Root, path.TrimStart('/'))
            : Path.Combine(Path.GetDirectoryName(file)!, path));

    /// <summary>The anchors of a Markdown page: its headings, GitHub style, and its explicit <c>&lt;a id&gt;</c> and <c>&lt;a name&gt;</c>.</summary>
    private static HashSet<string> Anchors(string page)
    {
        var text = FencedCode().Replace(File.ReadAllText(page), string.Empty);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in ExplicitAnchor().Matches(text))
        {
            anchors.Add(match.Groups["id"].Value);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in Heading().Matches(text))
        {
            var slug = Slug(match.Groups["title"].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>GitHub's heading anchor: the rendered text in lower case, punctuation dropped, each space a '-'.</summary>
    internal static string Slug(string heading)
    {
        var rendered = InlineLink().Replace(heading, m => m.Groups["text"].Value);
        var slug = new StringBuilder();
        foreach (var c in rendered.Trim().ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(c);
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c == '-' || c == '_' || char.IsLetterOrDigit(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');

    [GeneratedRegex(@"!?\[(?<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?<target>[^)\s]*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*(?<target>\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?:a|img)\s[^>]*?(?:href|src)\s*=\s*""(?<target>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<a\s[^>]*?(?:id|name)\s*=\s*""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<title>.+?)\s*#*\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(```|~~~).*?^ {0,3}\1", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <summary>DOMAIN.md or FORMAT.md in any case, but not json-format.md.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:DOMAIN|FORMAT)\.md", RegexOptions.IgnoreCase)]
    private static partial Regex InternalSource();

    /// <summary>The team's STYLE.md or ARCHITECTURE.md, in capitals; the repository's own is docs/architecture.md.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:STYLE|ARCHITECTURE)\.md")]
    private static partial Regex TeamSource();

    [GeneratedRegex(@"\b(?:CAL|REV|MEA|ACT|AGG|FIN|RSK|VAL|JSN)-\d+\b")]
    private static partial Regex RuleId();
}
