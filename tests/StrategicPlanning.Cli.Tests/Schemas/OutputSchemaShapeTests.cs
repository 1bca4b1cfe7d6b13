using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>
/// The output schemas say exactly what splan writes: each object has the members of the record it is written from,
/// all required, no other, null where the record allows it; and they refuse outputs that are not splan's.
/// </summary>
public class OutputSchemaShapeTests
{
    /// <summary>Each record splan serialises for an output, and the schema object (root or definition) that describes it.</summary>
    private static readonly Dictionary<string, (Type Record, string Definition)[]> Objects = new()
    {
        ["score"] = [(typeof(ScoreReport), "#"), (typeof(ScoredNode), "node"), (typeof(ScoredTheme), "theme"), (typeof(ScoredCounts), "counts")],
        ["reviews"] =
        [
            (typeof(ReviewsReport), "#"), (typeof(ReviewsScheduleEntry), "scheduled"), (typeof(ReviewsBreach), "breach"),
            (typeof(ReviewsOutsideCycle), "outsideCycle"), (typeof(ReviewsPeriod), "periodReport"), (typeof(ReviewsStaleItem), "staleItem"),
        ],
        ["finance"] =
        [
            (typeof(FinanceReport), "#"), (typeof(FinanceYear), "alignment"), (typeof(FinanceLine), "line"),
            (typeof(FinanceTheme), "themeMoney"), (typeof(FinanceIssue), "issue"),
        ],
        ["risks"] =
        [
            (typeof(RisksReport), "#"), (typeof(RiskLine), "risk"), (typeof(RiskMitigation), "mitigation"),
            (typeof(RisksHeatMap), "heatMap"), (typeof(RisksCell), "cell"), (typeof(RisksTheme), "theme"),
        ],
        ["validation"] = [(typeof(ValidationReport), "#"), (typeof(ValidationSummary), "summary"), (typeof(ReportedIssue), "issue")],
        ["compare"] =
        [
            (typeof(CompareReport), "#"), (typeof(ComparedNode), "node"), (typeof(ComparedTheme), "theme"),
            (typeof(ComparedContribution), "contribution"), (typeof(ComparedLeaf), "leaf"),
        ],
    };

    public static TheoryData<string, string> Records()
    {
        var data = new TheoryData<string, string>();
        foreach (var (output, objects) in Objects)
        {
            foreach (var (record, _) in objects)
            {
                data.Add(output, record.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_schema_object_has_the_records_members_all_required_no_other_and_null_where_the_record_allows_it(string output, string recordName)
    {
        var (record, definition) = Objects[output].Single(o => o.Record.Name == recordName);
        var root = OutputSchema.Node(output);
        var schema = definition == "#" ? root : root["$defs"]![definition]!.AsObject();
        var nullability = new NullabilityInfoContext();
        var members = record.GetProperties().ToDictionary(
            p => JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            p => nullability.Create(p).ReadState == NullabilityState.Nullable);

        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        schema["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(members.Keys);
        schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().BeEquivalentTo(members.Keys);
        foreach (var (member, nullable) in members)
        {
            OutputSchema.AllowsNull(root, [schema["properties"]![member]!.AsObject()]).Should().Be(nullable, $"{record.Name}.{member} is {(nullable ? string.Empty : "not ")}nullable");
        }
    }

    [Theory]
    [InlineData("score")]
    [InlineData("reviews")]
    [InlineData("finance")]
    [InlineData("risks")]
    [InlineData("validation")]
    [InlineData("compare")]
    public void Every_record_an_output_is_written_from_has_its_schema_object(string output)
    {
        var reached = new HashSet<Type>();
        Reach(Objects[output][0].Record, reached);

        reached.Should().BeEquivalentTo(Objects[output].Select(o => o.Record));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("reviews")]
    [InlineData("finance")]
    [InlineData("risks")]
    [InlineData("validation")]
    [InlineData("compare")]
    public void Each_output_schema_is_draft_2020_12_with_a_urn_id(string output)
    {
        var schema = OutputSchema.Node(output);

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["$id"]!.GetValue<string>().Should().Be($"urn:strategicplanning:splan:{output}:1.0");
    }

    [Theory]
    [InlineData("score")]
    [InlineData("reviews")]
    [InlineData("risks")]
    [InlineData("compare")]
    public void An_output_with_dates_checks_them_with_the_plan_schemas_pattern_and_format_date(string output)
    {
        var date = OutputSchema.Node(output)["$defs"]!["date"]!;

        JsonNode.DeepEquals(date["pattern"], OutputSchema.Node("plan")["$defs"]!["date"]!["pattern"]).Should().BeTrue();
        date["format"]!.GetValue<string>().Should().Be("date");
    }

    [Fact]
    public void The_reviews_schema_has_the_plan_schemas_duration_pattern()
    {
        JsonNode.DeepEquals(OutputSchema.Node("reviews")["$defs"]!["duration"]!["pattern"], OutputSchema.Node("plan")["$defs"]!["duration"]!["pattern"]).Should().BeTrue();
    }

    [Fact]
    public void The_score_contracts_example_in_json_format_md_holds_against_the_score_schema()
    {
        var page = File.ReadAllText(Path.Combine(Fuzz.FuzzCorpus.RepositoryRoot, "docs", "json-format.md"));
        var section = page[page.IndexOf("## The score output contract", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var results = OutputSchema.Evaluate("score", example);
        results.IsValid.Should().BeTrue(OutputSchema.Failures(results));
        JsonNode.Parse(example)!["plan"]!["counts"]!.AsObject().Count.Should().Be(7, "the example is the whole contract, not an excerpt");
    }

    [Theory]
    [InlineData("score", "rag not a RAG word", "plan", "rag", "\"blue\"")]
    [InlineData("score", "a count missing", "plan.counts", "dataOnly", null)]
    [InlineData("score", "a member splan does not write", "themes[0]", "trend", "\"up\"")]
    [InlineData("score", "a score as text", "plan", "score", "\"100.0\"")]
    [InlineData("score", "a score over 100", "themes[0].outcomes[0]", "score", "100.01")]
    [InlineData("score", "coverage over 1", "plan", "coverage", "1.5")]
    [InlineData("score", "outcomes missing", "themes[0]", "outcomes", null)]
    [InlineData("reviews", "a status that is a report's", "", "status", "\"late\"")]
    [InlineData("reviews", "compliant missing", "", "compliant", null)]
    [InlineData("reviews", "a report status that is the cycle's", "quarters[0]", "status", "\"onSchedule\"")]
    [InlineData("reviews", "a year among the quarters", "quarters[0]", "period", "\"2024/25\"")]
    [InlineData("reviews", "a gap in words", "breaches[0]", "gap", "\"3 months\"")]
    [InlineData("reviews", "negative days late", "schedule[0]", "daysLate", "-1")]
    [InlineData("reviews", "a breach kind that is not one", "breaches[0]", "kind", "\"late\"")]
    [InlineData("finance", "an error among the issues", "issues[0]", "severity", "\"error\"")]
    [InlineData("finance", "horizon missing", "", "horizon", null)]
    [InlineData("finance", "a line kind that is not one", "byYear[0].lines[0]", "kind", "\"grant\"")]
    [InlineData("finance", "a year without its label", "byYear[0]", "year", "null")]
    [InlineData("finance", "the horizon named as a year", "horizon", "year", "\"2024/25\"")]
    [InlineData("finance", "negative money", "byYear[0]", "budget", "-1")]
    [InlineData("finance", "the unattributed money named as a theme", "byYear[0].unattributed", "id", "\"green\"")]
    [InlineData("risks", "a trend word that is not one", "risks[0]", "trend", "\"better\"")]
    [InlineData("risks", "mitigations missing", "risks[0]", "mitigations", null)]
    [InlineData("risks", "a RAG word that is not one", "risks[0]", "rag", "\"blue\"")]
    [InlineData("risks", "a negative count", "threats.cells[0]", "count", "-1")]
    [InlineData("risks", "a count by band as text", "themes[0].byBand", "High", "\"1\"")]
    [InlineData("risks", "a mitigation status that is not ACT-3's", "risks[0].mitigations[0]", "status", "\"green\"")]
    [InlineData("compare", "a cause splan never writes", "plan.contributions[0]", "cause", "\"unchanged\"")]
    [InlineData("compare", "a guard move in other words", "themes[0]", "mustDoGuard", "\"held\"")]
    [InlineData("compare", "a share over 1", "themes[0].contributions[0]", "shareThen", "1.5")]
    [InlineData("compare", "a change over 100", "plan", "change", "100.5")]
    [InlineData("compare", "a status in the library's spelling", "plan.contributions[0]", "statusNow", "\"NoData\"")]
    [InlineData("validation", "readable as text", "", "readable", "\"true\"")]
    [InlineData("validation", "summary missing", "", "summary", null)]
    [InlineData("validation", "a negative count", "summary", "errors", "-1")]
    [InlineData("validation", "a count that is not whole", "summary", "info", "0.5")]
    [InlineData("validation", "a kind that is not one", "issues[0]", "kind", "\"rule\"")]
    [InlineData("validation", "a severity that is not ValidationSeverity's", "issues[0]", "severity", "\"fatal\"")]
    [InlineData("validation", "an area that is not ValidationArea's", "issues[0]", "area", "\"calendar\"")]
    [InlineData("validation", "an area in ValidationArea's own spelling", "issues[0]", "area", "\"Document\"")]
    [InlineData("validation", "a code of three digits", "issues[0]", "code", "\"SP100\"")]
    [InlineData("validation", "a code in lower case", "issues[0]", "code", "\"sp1009\"")]
    [InlineData("validation", "rules null", "issues[0]", "rules", "null")]
    [InlineData("validation", "rules in other words", "issues[0]", "rules", "\"VAL-2 and ACT-1\"")]
    [InlineData("validation", "a path not from the root", "issues[0]", "path", "\"plan.title\"")]
    [InlineData("validation", "line 0", "issues[0]", "line", "0")]
    [InlineData("validation", "a column that is not whole", "issues[0]", "column", "1.5")]
    [InlineData("validation", "a line as text", "issues[0]", "line", "\"1\"")]
    [InlineData("validation", "message missing", "issues[0]", "message", null)]
    [InlineData("validation", "a member splan does not write", "issues[0]", "fix", "\"remove it\"")]
    public void A_schema_refuses_an_output_that_is_not_splans(string output, string why, string path, string member, string? json)
    {
        var node = SampleOutput(output);
        var target = Select(node, path);
        if (json is null)
        {
            target.Remove(member).Should().BeTrue($"the output has {path}.{member}");
        }
        else
        {
            target[member] = JsonNode.Parse(json);
        }

        OutputSchema.Evaluate(output, node.ToJsonString()).IsValid.Should().BeFalse(why);
    }

    [Fact]
    public void The_validation_schemas_severity_and_area_words_are_the_librarys_as_splan_spells_them()
    {
        var root = OutputSchema.Node("validation");
        var issue = root["$defs"]!["issue"]!["properties"]!;

        OutputSchema.Words(root, [issue["severity"]!.AsObject()]).Should()
            .BeEquivalentTo(Enum.GetNames<ValidationSeverity>().Select(n => $"\"{n.ToLowerInvariant()}\""));
        OutputSchema.Words(root, [issue["area"]!.AsObject()]).Should()
            .BeEquivalentTo(Enum.GetNames<ValidationArea>().Select(n => $"\"{JsonNamingPolicy.CamelCase.ConvertName(n)}\"").Append("null"));
    }

    [Fact]
    public void Every_validation_code_with_its_severity_and_rule_ids_fits_the_validation_schema()
    {
        var output = SampleOutput("validation");
        var issue = output["issues"]![0]!;
        var refused = new List<string>();
        foreach (var code in ValidationCodes.All)
        {
            issue["code"] = code.Code;
            issue["severity"] = code.Severity.ToString().ToLowerInvariant();
            issue["rules"] = code.RuleIds;
            var results = OutputSchema.Evaluate("validation", output.ToJsonString());
            if (!results.IsValid)
            {
                refused.Add($"{code.Code} ({code.RuleIds}): {OutputSchema.Failures(results)}");
            }
        }

        ValidationCodes.All.Should().HaveCountGreaterThan(40);
        refused.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024-13-01", false, false)]
    [InlineData("2025-02-30", false, false)]
    [InlineData("2025-02-29", false, true)]
    [InlineData("2025-02-29", true, false)]
    [InlineData("2024-02-29", true, true)]
    public void An_as_of_date_is_checked_by_the_pattern_and_29_February_by_format_date_too(string date, bool formats, bool valid)
    {
        var node = SampleOutput("score");
        node["asOf"] = date;

        OutputSchema.Evaluate("score", node.ToJsonString(), formats).IsValid.Should().Be(valid);
    }

    /// <summary>
    /// The format example's output at 2025-03-31 (for finance, underfunded, so it has a warning; for validate, broken in
    /// every area, so it has issues); it holds against its schema.
    /// </summary>
    private static JsonObject SampleOutput(string output)
    {
        var run = OutputCases.Named(output switch
        {
            "finance" => "finance format-example [underfunded] ",
            "validation" => "validate format-example [broken in every area] ",
            "compare" => "compare format-example --from 2024-06-30 --to 2024-09-30",
            _ => $"{output} format-example --as-of 2025-03-31",
        });
        var text = OutputCases.Run(run).Out;
        OutputSchema.Evaluate(output, text).IsValid.Should().BeTrue(run.Name);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Follows a path such as <c>themes[0].outcomes[0]</c> from the root ("" is the root).</summary>
    private static JsonObject Select(JsonObject root, string path)
    {
        JsonNode node = root;
        foreach (var step in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0 ? node[step]! : node[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node.AsObject();
    }

    /// <summary>Collects the records reachable from <paramref name="type"/> through its members and list elements.</summary>
    private static void Reach(Type type, HashSet<Type> reached)
    {
        if (type.Assembly != typeof(ScoreReport).Assembly || !reached.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties())
        {
            var member = property.PropertyType;
            foreach (var candidate in member.IsGenericType ? member.GetGenericArguments() : [member])
            {
                Reach(Nullable.GetUnderlyingType(candidate) ?? candidate, reached);
            }
        }
    }
}
