using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>
/// splan's four JSON outputs on the bundled samples at several as-of dates, and on small edits of the samples that
/// reach what the samples alone do not (no review cycle, an ended cycle, no register, an opportunity, every
/// mitigation status, no MTFS, a FIN-4 warning). Each run happens once per test run, whichever test asks first.
/// </summary>
internal static class OutputCases
{
    public const string Derby = "derby-council-plan-2022-25";
    public const string Pattern = "derby-review-pattern";
    public const string Example = "format-example";

    private static readonly string[] Samples = [Derby, Pattern, Example];
    private static readonly ConcurrentDictionary<string, (int Exit, string Out, string Err)> Runs = new();

    /// <summary>Gets every case, named "OUTPUT SAMPLE [EDIT] OPTIONS".</summary>
    public static IReadOnlyList<OutputCase> All { get; } = Build();

    /// <summary>Gets the names of every case, for a theory.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var c in All)
        {
            names.Add(c.Name);
        }

        return names;
    }

    public static OutputCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Runs <paramref name="c"/> (once) and returns splan's exit code and what it printed.</summary>
    public static (int Exit, string Out, string Err) Run(OutputCase c) => Runs.GetOrAdd(c.Name, _ => Execute(c));

    private static (int Exit, string Out, string Err) Execute(OutputCase c)
    {
        var path = Path.Combine(Splan.Samples, c.Sample + ".json");
        if (c.Edit is null)
        {
            return Splan.Run([c.Output, path, .. c.Options]);
        }

        var document = JsonNode.Parse(File.ReadAllText(path))!;
        c.Edit(document);
        using var file = Splan.Write(document.ToJsonString());
        return Splan.Run([c.Output, file.Path, .. c.Options]);
    }

    private static List<OutputCase> Build()
    {
        var cases = new List<OutputCase>();
        void Add(string output, string sample, string? edit, Action<JsonNode>? apply, params string[] options) =>
            cases.Add(new OutputCase(output, $"{output} {sample}{(edit is null ? string.Empty : $" [{edit}]")} {string.Join(' ', options)}", sample, apply, [.. options, "--format", "json"]));

        // 2022-04-01: before any data (null scores, nothing closed); 2026-06-30: after the plan (overdue, stale, breaches).
        foreach (var sample in Samples)
        {
            foreach (var asOf in new[] { "2022-04-01", "2023-06-30", "2024-10-01", "2025-03-31", "2026-06-30" })
            {
                Add("score", sample, null, null, "--as-of", asOf);
            }

            foreach (var asOf in new[] { "2022-04-01", "2024-10-01", "2024-12-01", "2025-03-31", "2026-06-30" })
            {
                Add("reviews", sample, null, null, "--as-of", asOf);
            }

            Add("finance", sample, null, null);
            foreach (var asOf in new[] { "2022-04-01", "2024-10-01", "2025-03-31", "2026-06-30" })
            {
                Add("risks", sample, null, null, "--as-of", asOf);
            }
        }

        Add("score", Derby, null, null, "--as-of", "2025-03-31", "--as-reported");

        Add("reviews", Example, "no review cycle", d => d.AsObject().Remove("reviews"), "--as-of", "2025-03-31");
        Add("reviews", Example, "no review held", d => d["reviews"]!["held"] = new JsonArray(), "--as-of", "2025-03-31");
        Add("reviews", Example, "a review before the start", d => d["reviews"]!["held"]!.AsArray().Insert(0, new JsonObject { ["date"] = "2024-06-01", ["kind"] = "other" }), "--as-of", "2025-03-31");
        Add("reviews", Example, "Annual Reports due in 3 months", d => d["reviews"]!["annualReportLag"] = "P3M", "--as-of", "2026-06-30");
        Add("reviews", Pattern, "the cycle ends 2024-06-30", d => d["reviews"]!["end"] = "2024-06-30", "--as-of", "2024-10-01");

        foreach (var year in new[] { "2024/25", "2025/26", "2026/27", "2027/28" })
        {
            Add("finance", Derby, null, null, "--year", year);
        }

        Add("finance", Example, null, null, "--year", "2026/27");
        Add("finance", Example, "no MTFS", d =>
        {
            d.AsObject().Remove("financialStrategy");
            d["deliveryPlans"]![0]!["actions"]![0]!.AsObject().Remove("funding");
        });
        Add("finance", Example, "underfunded", d => d["deliveryPlans"]![0]!["actions"]![0]!["estimatedCost"]![0]!["amount"] = 300000);
        Add("finance", Example, "a line without a directorate", d => d["financialStrategy"]!["lines"]![0]!.AsObject().Remove("directorate"));

        Add("risks", Example, "no register", d => d.AsObject().Remove("riskRegister"), "--as-of", "2025-03-31");
        Add("risks", Example, "an opportunity", d =>
        {
            d["riskRegister"]!["risks"]![0]!["kind"] = "opportunity";
            d["riskRegister"]!["risks"]![0]!["treatment"] = "exploit";
        }, "--as-of", "2025-03-31");
        Add("risks", Example, "closed, bands without names or colours", d =>
        {
            d["riskRegister"]!["risks"]![0]!["status"] = "closed";
            foreach (var band in d["riskRegister"]!["matrix"]!["bands"]!.AsArray())
            {
                band!.AsObject().Remove("name");
                band.AsObject().Remove("rag");
            }
        }, "--as-of", "2025-03-31");
        Add("risks", Example, "two bands named High", d => d["riskRegister"]!["matrix"]!["bands"]![1]!["name"] = "High", "--as-of", "2025-03-31");
        Add("risks", Example, "no target, no appetite", d =>
        {
            d["riskRegister"]!["risks"]![0]!.AsObject().Remove("target");
            d["riskRegister"]!.AsObject().Remove("appetite");
        }, "--as-of", "2025-03-31");

        // ACT-3: the mitigating action's latest update decides its status at 2024-10-01 (started 2024-04-01, due 2025-03-31).
        foreach (var status in new[] { "cancelled", "deferred", "notStarted", "completed" })
        {
            Add("risks", Example, $"mitigation {status}", d => d["deliveryPlans"]![0]!["actions"]![0]!["updates"]![0]!["status"] = status, "--as-of", "2024-10-01");
        }

        Add("risks", Example, "mitigation without updates", d => d["deliveryPlans"]![0]!["actions"]![0]!.AsObject().Remove("updates"), "--as-of", "2024-10-01");
        return cases;
    }
}
