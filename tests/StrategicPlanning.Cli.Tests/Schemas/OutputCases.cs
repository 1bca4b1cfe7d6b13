using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>
/// splan's six JSON outputs on the bundled samples at several as-of dates, and on small edits of the samples that
/// reach what the samples alone do not (no review cycle, an ended cycle, no register, an opportunity, every
/// mitigation status, no MTFS, a FIN-4 warning; for <c>splan compare</c>, the versions of <see cref="CompareCases"/>; for <c>splan validate</c>, a document breaking rules in every area and
/// documents it cannot read). Each run happens once per test run, whichever test asks first.
/// </summary>
internal static class OutputCases
{
    public const string Derby = "derby-council-plan-2022-25";
    public const string Pattern = "derby-review-pattern";
    public const string Example = "format-example";

    private static readonly string[] Samples = [Derby, Pattern, Example];
    private static readonly ConcurrentDictionary<string, (int Exit, string Out, string Err)> Runs = new();

    /// <summary>Gets every case, named "COMMAND SAMPLE [EDIT] OPTIONS".</summary>
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
        if (c.Edit is null && c.TextEdit is null)
        {
            return Splan.Run([c.Command, path, .. c.Options]);
        }

        var text = File.ReadAllText(path);
        if (c.Edit is not null)
        {
            var document = JsonNode.Parse(text)!;
            c.Edit(document);
            text = document.ToJsonString();
        }

        using var file = Splan.Write(c.TextEdit is null ? text : c.TextEdit(text));
        if (c.Options.Contains(CompareCases.Edited))
        {
            // splan compare with the edited document as the earlier version (--from-file) and the sample as FILE.
            return Splan.Run([c.Command, path, .. c.Options.Select(o => o == CompareCases.Edited ? file.Path : o)]);
        }

        return Splan.Run([c.Command, file.Path, .. c.Options.Select(o => o == CompareCases.Sample ? path : o)]);
    }

    private static OutputCase Case(string output, string sample, string? edit, Action<JsonNode>? apply, string[] options)
    {
        var run = new OutputCase(output, string.Empty, sample, apply, [.. options, "--format", "json"]);
        return run with { Name = $"{run.Command} {sample}{(edit is null ? string.Empty : $" [{edit}]")} {string.Join(' ', options)}" };
    }

    private static List<OutputCase> Build()
    {
        var cases = new List<OutputCase>();
        void Add(string output, string sample, string? edit, Action<JsonNode>? apply, params string[] options) =>
            cases.Add(Case(output, sample, edit, apply, options));

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
        AddValidation(cases);
        CompareCases.Add((output, sample, edit, apply, options) => cases.Add(Case(output, sample, edit, apply, options)), Samples);
        return cases;
    }

    /// <summary>
    /// <c>splan validate</c>, which writes its JSON whatever it finds: the samples (valid; Derby with information, FIN-5),
    /// a document breaking rules in every area with an error, a warning and information (exit 1), a newer 1.x format
    /// (a warning alone, exit 0), and documents that cannot be read (VAL-4, exit 2): cut off, format 2.0, a required
    /// member missing.
    /// </summary>
    private static void AddValidation(List<OutputCase> cases)
    {
        void Add(string sample, string? edit, int exit, Action<JsonNode>? apply = null, Func<string, string>? text = null) =>
            cases.Add(Case("validation", sample, edit, apply, []) with { Exit = exit, TextEdit = text });

        foreach (var sample in Samples)
        {
            Add(sample, null, 0);
        }

        Add(Example, "broken in every area", 1, BreakEveryArea);
        Add(Example, "format 1.2", 0, d => d["schemaVersion"] = "1.2");
        Add(Example, "format 2.0", 2, d => d["schemaVersion"] = "2.0");
        Add(Example, "no plan title", 2, d => d["plan"]!.AsObject().Remove("title"));
        Add(Example, "cut off", 2, text: t => t[..1500]);
    }

    /// <summary>One issue in each <see cref="Validation.ValidationArea"/>, errors but for a newer format (a warning) and an unallocated line (information).</summary>
    private static void BreakEveryArea(JsonNode d)
    {
        d["schemaVersion"] = "1.2"; // document: SP1009, a warning (JSN-1)
        d["plan"]!["themes"]![0]!["weight"] = -1; // plan: SP1301, SP1302 (VAL-3)
        d["plan"]!["themes"]![0]!["outcomes"]![0]!["measures"]![0]!["targets"]![1]!["period"] = "2024/26 Q3"; // measures: SP1101 (CAL-3)
        d["deliveryPlans"]![0]!["actions"]![0]!["outcomeIds"] = new JsonArray("green.water"); // delivery: SP1003 (VAL-2)
        d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject // finance: SP1512, information (FIN-5)
        {
            ["id"] = "rev.spare",
            ["name"] = "Unallocated revenue",
            ["kind"] = "revenue",
            ["amounts"] = new JsonArray(new JsonObject { ["year"] = "2024/25", ["amount"] = 1000 }),
        });
        d["riskRegister"]!["risks"]![0]!["inherent"]!["likelihood"] = 9; // risks: SP1601 (RSK-2)
        d["reviews"]!["cadence"] = "P0M"; // reviews: SP1701 (REV-1)
    }
}
