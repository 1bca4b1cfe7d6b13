using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StrategicPlanning.Json;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// docs/json-members.md, the member-by-member reference of format 1.0, cannot drift from the JSON Schema the package
/// ships (JSN-3): each object of the schema has one table, which lists exactly the schema's members in their order,
/// with the same required members, types, enum values and bounds; each value type of the schema is described; and the
/// full example the page embeds is samples/data/format-example.json, byte for byte.
/// </summary>
public partial class JsonMembersTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(PlanJson.Schema)!.AsObject();

    private static readonly Lazy<MembersPage> Page = new(() => MembersPage.Parse(File.ReadAllText(PagePath)));

    private static string PagePath => Path.Combine(Repository.Root, "docs", "json-members.md");

    private static JsonObject Definitions => Schema["$defs"]!.AsObject();

    /// <summary>The schema's objects: the document itself (<c>#</c>) and every definition with properties.</summary>
    public static TheoryData<string> ObjectDefinitions() => [.. Objects];

    private static IEnumerable<string> Objects =>
        Definitions.Where(d => d.Value!["properties"] is not null).Select(d => "#/$defs/" + d.Key).Prepend("#");

    [Fact]
    public void The_format_page_links_to_the_member_reference()
    {
        File.ReadAllText(Path.Combine(Repository.Root, "docs", "json-format.md")).Contains("](json-members.md)", StringComparison.Ordinal)
            .Should().BeTrue("docs/json-format.md is the entry point of the format and leads to its member reference");
    }

    [Fact]
    public void Every_table_names_an_object_of_the_schema_once()
    {
        Page.Value.Tables.Select(t => t.Definition).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Objects);
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void The_table_lists_exactly_the_members_of_its_object_in_order(string definition)
    {
        var table = Page.Value.Table(definition);

        table.Rows.Select(r => r.Member).Should().Equal(Properties(definition).Select(p => p.Key), $"the table '{table.Title}' lists the members of {definition}");
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void The_table_marks_as_required_exactly_the_members_the_schema_requires(string definition)
    {
        var required = Object(definition)["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];

        Page.Value.Table(definition).Rows.Where(r => r.Required).Select(r => r.Member).Should().BeEquivalentTo(required);
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void The_table_gives_each_member_the_type_enum_values_and_bounds_of_the_schema(string definition)
    {
        var problems = new List<string>();
        foreach (var row in Page.Value.Table(definition).Rows)
        {
            if (Object(definition)["properties"]![row.Member] is JsonObject property)
            {
                CheckType(property, row.Type, $"{definition} {row.Member}", problems);
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_value_type_of_the_schema_is_described_with_its_type_and_bounds()
    {
        var values = Definitions.Where(d => d.Value!["properties"] is null).Select(d => d.Key).ToList();
        var problems = new List<string>();
        foreach (var name in values)
        {
            if (!Page.Value.ValueTypes.TryGetValue(name, out var row))
            {
                problems.Add($"#/$defs/{name} has no row in the value types table");
                continue;
            }

            CheckType(Definitions[name]!.AsObject(), row.Written, "#/$defs/" + name, problems);
        }

        values.Should().Contain(["id", "date", "duration", "periodLabel", "weight", "money", "rag"]);
        Page.Value.ValueTypes.Keys.Should().BeEquivalentTo(values);
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_optional_member_may_be_null_and_no_required_one_may()
    {
        var wrong = new List<string>();
        foreach (var definition in Objects)
        {
            var required = Object(definition)["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
            foreach (var (member, property) in Properties(definition))
            {
                if (AllowsNull(property!.AsObject()) == required.Contains(member))
                {
                    wrong.Add($"{definition} {member}");
                }
            }
        }

        wrong.Should().BeEmpty("the page says an optional member may be null, meaning the same as absent, and a required one may not");
    }

    [Fact]
    public void The_page_embeds_the_format_example_unchanged()
    {
        var sample = File.ReadAllText(Path.Combine(Repository.Root, "samples", "data", "format-example.json")).ReplaceLineEndings("\n");

        Page.Value.Example.Should().Be(sample);
    }

    private static JsonObject Object(string definition) => definition == "#" ? Schema : Definitions[definition["#/$defs/".Length..]]!.AsObject();

    private static JsonObject Properties(string definition) => Object(definition)["properties"]!.AsObject();

    private static bool AllowsNull(JsonObject property) =>
        property["anyOf"] is JsonArray any
            ? any.Any(a => a!["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && a["type"]!.GetValue<string>() == "null")
            : Types(property).Contains("null");

    private static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => [.. types.Select(t => t!.GetValue<string>())],
        JsonValue type => [type.GetValue<string>()],
        _ => [],
    };

    /// <summary>
    /// Checks that the text of a type cell says what the schema says: a link to the definition it refers to, every enum
    /// value, each JSON type by name, "array" for an array and "at least one" for a non-empty one, and every bound.
    /// </summary>
    private static void CheckType(JsonObject schema, string cell, string where, List<string> problems)
    {
        if (schema["anyOf"] is JsonArray any)
        {
            schema = any.Single(a => !AllowsNull(a!.AsObject()))!.AsObject();
        }

        if (schema["$ref"] is { } reference)
        {
            var anchor = Page.Value.AnchorOf(reference.GetValue<string>());
            Expect(anchor is not null && cell.Contains($"](#{anchor})", StringComparison.Ordinal), $"links to {reference} (#{anchor})");
            return;
        }

        foreach (var value in schema["enum"]?.AsArray() ?? [])
        {
            Expect(cell.Contains($"`{value!.GetValue<string>()}`", StringComparison.Ordinal), $"lists `{value}`");
        }

        foreach (var type in Types(schema).Where(t => t != "null"))
        {
            Expect(Regex.IsMatch(cell, $@"\b{type}", RegexOptions.IgnoreCase), $"says {type}");
        }

        foreach (var bound in (string[])["minimum", "maximum", "exclusiveMinimum"])
        {
            if (schema[bound] is { } limit)
            {
                var text = limit.GetValue<decimal>().ToString(CultureInfo.InvariantCulture);
                Expect(Regex.IsMatch(cell, $@"(?<![\d.]){Regex.Escape(text)}(?![\d.])") && (bound != "exclusiveMinimum" || cell.Contains("> " + text, StringComparison.Ordinal)), $"gives its {bound} {text}");
            }
        }

        if (schema["minItems"] is { } minItems)
        {
            Expect(minItems.GetValue<int>() == 1 && cell.Contains("at least one", StringComparison.Ordinal), "says at least one");
        }

        if (schema["items"] is JsonObject items)
        {
            CheckType(items, cell, where + "[]", problems);
        }

        void Expect(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add($"{where}: the type \"{cell}\" {what}");
            }
        }
    }

    /// <summary>What the test reads from docs/json-members.md.</summary>
    private sealed partial record MembersPage(IReadOnlyList<MembersTable> Tables, IReadOnlyDictionary<string, ValueTypeRow> ValueTypes, string Example)
    {
        public MembersTable Table(string definition) =>
            Tables.SingleOrDefault(t => t.Definition == definition) ?? throw new InvalidOperationException($"docs/json-members.md has no table for {definition}.");

        /// <summary>The anchor of the page that describes a definition: its table's heading, or its value type row.</summary>
        public string? AnchorOf(string definition) =>
            Tables.SingleOrDefault(t => t.Definition == definition)?.Anchor
            ?? (definition.StartsWith("#/$defs/", StringComparison.Ordinal) && ValueTypes.TryGetValue(definition["#/$defs/".Length..], out var row) ? row.Anchor : null);

        public static MembersPage Parse(string text)
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            var tables = new List<MembersTable>();
            var valueTypes = new Dictionary<string, ValueTypeRow>(StringComparer.Ordinal);
            string? example = null;
            string? title = null;
            string? definition = null;
            var rows = new List<MemberRow>();
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                    if (line == "```json" && lines.Take(i).Reverse().FirstOrDefault(l => l.StartsWith("## ", StringComparison.Ordinal)) == "## The full example")
                    {
                        example = string.Join("\n", lines[(i + 1)..end]) + "\n";
                    }

                    i = end;
                    continue;
                }

                if (line.StartsWith('#'))
                {
                    Close();
                    title = line.StartsWith("### ", StringComparison.Ordinal) ? line[4..].Trim() : null;
                    continue;
                }

                if (title is not null && SchemaLine().Match(line) is { Success: true } schema)
                {
                    definition = schema.Groups["definition"].Value;
                }
                else if (line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
                {
                    var cells = Cells(line);
                    if (ValueTypeAnchor().Match(line) is { Success: true } anchor && DefinitionPointer().Match(line) is { Success: true } named)
                    {
                        valueTypes.Add(named.Groups["name"].Value, new ValueTypeRow(anchor.Groups["id"].Value, cells[2]));
                    }
                    else if (title is not null && cells[0] != "Member")
                    {
                        var member = MemberCell().Match(cells[0]);
                        if (!member.Success || cells.Length != 4)
                        {
                            throw new InvalidOperationException($"docs/json-members.md, table '{title}': a row is not | `member` | type | required, or default | meaning |: {line}");
                        }

                        rows.Add(new MemberRow(member.Groups["name"].Value, cells[1], cells[2].StartsWith("**required**", StringComparison.Ordinal)));
                    }
                }
            }

            Close();
            return new MembersPage(tables, valueTypes, example ?? throw new InvalidOperationException("docs/json-members.md has no ```json block under '## The full example'."));

            void Close()
            {
                if (title is not null && (definition is not null || rows.Count > 0))
                {
                    tables.Add(new MembersTable(title, MarkdownLinkTests.Slug(title), definition ?? throw new InvalidOperationException($"docs/json-members.md, table '{title}' names no schema definition (Schema: `#/$defs/…`)."), [.. rows]));
                }

                definition = null;
                rows = [];
            }
        }

        private static string[] Cells(string row) =>
            [.. UnescapedPipe().Split(row.Trim().Trim('|')).Select(c => c.Trim().Replace("\\|", "|", StringComparison.Ordinal))];

        [GeneratedRegex(@"^Schema: `(?<definition>#[^`]*)`")]
        private static partial Regex SchemaLine();

        [GeneratedRegex(@"<a id=""(?<id>[^""]+)""></a>")]
        private static partial Regex ValueTypeAnchor();

        [GeneratedRegex(@"`#/\$defs/(?<name>\w+)`")]
        private static partial Regex DefinitionPointer();

        [GeneratedRegex(@"^`(?<name>[A-Za-z]+)`$")]
        private static partial Regex MemberCell();

        [GeneratedRegex(@"(?<!\\)\|")]
        private static partial Regex UnescapedPipe();
    }

    private sealed record MembersTable(string Title, string Anchor, string Definition, IReadOnlyList<MemberRow> Rows);

    private sealed record MemberRow(string Member, string Type, bool Required);

    private sealed record ValueTypeRow(string Anchor, string Written);
}
