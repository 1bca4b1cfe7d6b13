using System.Globalization;
using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// JSN-3: the schema and the reader agree, object by object, on which members are required: a member the schema
/// requires is a read error at its path when it is missing, and a member it does not require may be null. The format
/// example holds every object of the schema, so each is tried on a real instance.
/// </summary>
public class SchemaRequiredMemberTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(PlanJson.Schema)!.AsObject();

    /// <summary>The path of the first instance in the format example of each object of the schema (the document is <c>#</c>).</summary>
    private static readonly Lazy<Dictionary<string, string>> Instances = new(() =>
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(Samples.FormatExampleNode(), Schema, "#", "$", found);
        return found;
    });

    private static JsonObject Definitions => Schema["$defs"]!.AsObject();

    /// <summary>How the reader's messages name each object of the schema: "'id' is required for a theme …".</summary>
    private static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        ["#"] = "the document", ["#/$defs/organisation"] = "the organisation", ["#/$defs/calendar"] = "the calendar",
        ["#/$defs/plan"] = "a plan", ["#/$defs/value"] = "a value", ["#/$defs/stakeholder"] = "a stakeholder",
        ["#/$defs/theme"] = "a theme", ["#/$defs/outcome"] = "an outcome", ["#/$defs/measure"] = "a measure",
        ["#/$defs/tolerance"] = "a tolerance", ["#/$defs/periodValue"] = "a baseline", ["#/$defs/target"] = "a target",
        ["#/$defs/actual"] = "an actual", ["#/$defs/deliveryPlan"] = "a delivery plan", ["#/$defs/action"] = "an action",
        ["#/$defs/milestone"] = "a milestone", ["#/$defs/update"] = "an update", ["#/$defs/annualAmount"] = "an amount",
        ["#/$defs/allocation"] = "a funding allocation", ["#/$defs/financialStrategy"] = "the financial strategy",
        ["#/$defs/budgetLine"] = "a budget line", ["#/$defs/riskRegister"] = "the risk register", ["#/$defs/matrix"] = "a risk matrix",
        ["#/$defs/band"] = "a risk band", ["#/$defs/appetite"] = "a risk appetite", ["#/$defs/risk"] = "a risk",
        ["#/$defs/rating"] = "a risk rating", ["#/$defs/assessment"] = "a risk assessment", ["#/$defs/reviews"] = "the review cycle",
        ["#/$defs/heldReview"] = "a held review",
    };

    private static IEnumerable<string> Objects =>
        Definitions.Where(d => d.Value!["properties"] is not null).Select(d => "#/$defs/" + d.Key).Prepend("#");

    public static TheoryData<string> ObjectDefinitions() => [.. Objects];

    [Fact]
    public void JSN3_the_format_example_holds_every_object_of_the_schema()
    {
        Instances.Value.Keys.Should().BeEquivalentTo(Objects);
        Instances.Value["#/$defs/rating"].Should().Be("$.riskRegister.risks[0].inherent");
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void JSN3_the_reader_requires_exactly_the_members_the_schema_requires(string definition)
    {
        var schema = definition == "#" ? Schema : Definitions[definition["#/$defs/".Length..]]!.AsObject();
        var required = schema["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var path = Instances.Value[definition];
        var disagreements = new List<string>();
        foreach (var (member, _) in schema["properties"]!.AsObject())
        {
            var node = Samples.FormatExampleNode();
            var instance = path == "$" ? node : node.SelectPath(path).AsObject();
            if (required.Contains(member))
            {
                instance.Remove(member);
                var errors = PlanJson.Read(node.ToJsonString()).Errors;
                if (!errors.Any(e => e.Path == $"{path}.{member}" && e.Message == $"'{member}' is required for {Nouns[definition]} but is missing or null."))
                {
                    disagreements.Add($"{path}.{member}: required by the schema, but reading without it gave [{string.Join("; ", errors)}]");
                }
            }
            else
            {
                instance[member] = null;
                var result = PlanJson.Read(node.ToJsonString());
                if (!result.Succeeded)
                {
                    disagreements.Add($"{path}.{member}: optional in the schema, but reading it as null gave [{string.Join("; ", result.Errors)}]");
                }
            }
        }

        disagreements.Should().BeEmpty();
    }

    private static void Walk(JsonNode? node, JsonObject schema, string definition, string path, Dictionary<string, string> found)
    {
        if (node is not JsonObject instance || schema["properties"] is not JsonObject properties)
        {
            return;
        }

        found.TryAdd(definition, path);
        foreach (var (name, value) in instance)
        {
            if (value is not null && properties[name] is JsonObject property)
            {
                Descend(value, property, $"{path}.{name}", found);
            }
        }
    }

    /// <summary>Follows a member's schema into its value: through <c>anyOf</c> with null, a <c>$ref</c>, or the items of an array.</summary>
    private static void Descend(JsonNode value, JsonObject property, string path, Dictionary<string, string> found)
    {
        if (property["anyOf"] is JsonArray any)
        {
            property = any.Select(a => a!.AsObject()).Single(a => a["type"]?.ToString() != "null");
        }

        if (property["$ref"]?.GetValue<string>() is { } reference)
        {
            Walk(value, Definitions[reference["#/$defs/".Length..]]!.AsObject(), reference, path, found);
        }
        else if (property["items"] is JsonObject items && value is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    Descend(item, items, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", found);
                }
            }
        }
    }
}
