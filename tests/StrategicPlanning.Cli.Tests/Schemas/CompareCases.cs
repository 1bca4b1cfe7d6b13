using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>
/// The runs of <c>splan compare</c> for the schema tests: each sample between dates that cross quarters and the
/// delivery plans' year end (ACT-5), and the format example against edited versions of itself in both directions, so
/// that every cause, every status on both sides, the must-do guard's four moves, and null scores are reached.
/// </summary>
internal static class CompareCases
{
    /// <summary>In a case's options, the path of the unedited sample (the earlier version, after --from-file).</summary>
    public const string Sample = "{sample}";

    /// <summary>In a case's options, the path of the edited sample, which is then the earlier version and the sample FILE.</summary>
    public const string Edited = "{edited}";

    public static void Add(Action<string, string, string?, Action<JsonNode>?, string[]> add, IEnumerable<string> samples)
    {
        string[][] dates = [["2022-04-01", "2023-06-30"], ["2024-06-30", "2024-09-30"], ["2024-09-30", "2024-12-31"], ["2025-03-31", "2025-04-30"], ["2025-03-31", "2026-06-30"], ["2024-12-31", "2024-06-30"], ["2025-04-30", "2025-03-31"]];
        foreach (var sample in samples)
        {
            foreach (var pair in dates)
            {
                add("compare", sample, null, null, ["--from", pair[0], "--to", pair[1]]);
            }
        }

        const string Example = OutputCases.Example;
        (string Name, Action<JsonNode> Edit)[] versions =
        [
            ("one leaf of each status", EveryStatus),
            ("held by the must do", HeldByTheMustDo),
            ("measure weight 3", d => Measure(d)["weight"] = 3),
            ("action cancelled", d => Action(d)["updates"]!.AsArray().Add(new JsonObject { ["asOf"] = "2024-08-01", ["status"] = "cancelled" })),
        ];
        foreach (var (name, edit) in versions)
        {
            add("compare", Example, name, edit, ["--from-file", Sample, "--as-of", "2024-09-30"]);
            add("compare", Example, name, edit, ["--from-file", Edited, "--as-of", "2024-09-30"]);
        }

        // Held at both dates: no new data between them (AGG-6 still holding).
        add("compare", Example, "held by the must do", HeldByTheMustDo, ["--from", "2024-09-30", "--to", "2024-10-31"]);
    }

    private static JsonNode Measure(JsonNode d) => d["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]![0]!;

    private static JsonNode Action(JsonNode d) => d["deliveryPlans"]![0]!["actions"]![0]!;

    /// <summary>At 2024-09-30 (2024/25 Q2, target 40): a green measure of weight 9 and the must-do action off track: 90, held at amber.</summary>
    private static void HeldByTheMustDo(JsonNode d)
    {
        Measure(d)["weight"] = 9;
        Measure(d)["actuals"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25 Q2", ["value"] = 50 });
        Action(d)["updates"]!.AsArray().Add(new JsonObject { ["asOf"] = "2024-08-01", ["status"] = "offTrack" });
    }

    /// <summary>Seven new leaves at 2024-09-30: measures green, amber, red, with no data and data only; actions complete and cancelled.</summary>
    private static void EveryStatus(JsonNode d)
    {
        var measures = d["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]!.AsArray();
        var template = measures[0]!;
        foreach (var (id, value) in new[] { ("m.green", 50m), ("m.amber", 39m), ("m.red", 10m), ("m.none", (decimal?)null), ("m.data", 50m) }.Select(t => (t.Item1, (decimal?)t.Item2)))
        {
            var measure = template.DeepClone();
            measure["id"] = id;
            measure["title"] = "Measure " + id;
            measure["actuals"] = value is { } v ? new JsonArray(new JsonObject { ["period"] = "2024/25 Q2", ["value"] = v }) : new JsonArray();
            if (id == "m.data")
            {
                measure["targets"] = new JsonArray();
            }

            measures.Add(measure);
        }

        var actions = d["deliveryPlans"]![0]!["actions"]!.AsArray();
        foreach (var (id, status) in new[] { ("a.done", "completed"), ("a.dropped", "cancelled") })
        {
            var action = actions[0]!.DeepClone();
            action["id"] = id;
            action["title"] = "Action " + id;
            action["mustDo"] = false;
            action["milestones"] = new JsonArray();
            action["updates"] = new JsonArray(new JsonObject { ["asOf"] = "2024-08-01", ["status"] = status });
            actions.Add(action);
        }
    }
}
