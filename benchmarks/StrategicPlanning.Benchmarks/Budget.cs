using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Finance;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// The quick performance check (<c>-- --budget</c>): the targets of docs/performance.md measured in-process as
/// ratios (warm-up, several runs, median), one line per target, exit code 1 when any is missed. Not part of CI:
/// shared machines are noisy. It is how anyone checks a change in a couple of minutes.
/// </summary>
internal static class Budget
{
    private const int SmallPlans = 300;

    /// <summary>How many times the linearity lines time their two sides in turn (after a warm-up of each).</summary>
    private const int LinearPairs = 3;

    /// <summary>The as-of date every budget line scores at: the end of 2024/25 Q4.</summary>
    internal static readonly LocalDate AsOf = new(2025, 3, 31);

    public static int Run(TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var results = new List<(string Name, double Measured, double Limit)>();
        output.WriteLine($"budget: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {GcName} GC");

        // 1. Pipeline against the baseline parse of the same bytes, and what the pipeline allocates, at 100,000 leaves.
        var medium = Fixture.Create(100_000);
        output.WriteLine($"budget: 100,000 leaves, {Mb(medium.Utf8.Length)} of JSON");
        var (parse, pipeline, ratio) = PipelineRatio(medium);
        results.Add(("pipeline/JsonDocument.Parse@100k", ratio, 3.0));
        Report(output, results[^1], $"medians: pipeline {Ms(pipeline)}, parse {Ms(parse)}; the ratio is the median of the nine pairs");

        // The second round's target: at most 2 × under either collector, since library users do not choose ours. This
        // process runs server GC (the project says so); the workstation line runs the same measure in a child process.
        results.Add(($"pipeline/JsonDocument.Parse@100k-{GcName}-gc", ratio, 2.0));
        Report(output, results[^1], "the line above, against the second round's limit");
        var (workstation, detail) = WorkstationPipelineRatio();
        results.Add(("pipeline/JsonDocument.Parse@100k-workstation-gc", workstation, 2.0));
        Report(output, results[^1], detail);

        AllocationLines(output, results, medium);
        medium = null;

        // 2. Linearity: time per leaf at 1,000,000 against time per leaf at 1,000 (see Linearity).
        var smalls = SmallFixtures();
        var large = Fixture.Create(1_000_000);
        var file = Path.Combine(Path.GetTempPath(), $"splan-budget-{Environment.ProcessId}.json");
        File.WriteAllBytes(file, large.Utf8);
        output.WriteLine($"budget: 1,000,000 leaves, {Mb(large.Utf8.Length)} of JSON, ready after {clock.Elapsed.TotalSeconds:0} s");
        large = large with { Utf8 = [] };
        Linearity(output, results, smalls, large, Steps());

        // 3. The whole splan process against Python's C JSON parser on the same 1,000,000-leaf file.
        large = null;
        GC.Collect();
        SpreadsheetBudget.Run(output, results);
        NativeBudget.Run(output, results);
        StratMLBudget.Run(output, results);
        try
        {
            // One run each: both are whole processes starting cold, and Python alone takes tens of seconds at this size.
            var python = Once(() => Process("python3", "-c", "import json,sys; json.load(open(sys.argv[1]))", file));
            var splan = Once(() => Splan("score", file, "--as-of", "2025-03-31"));
            results.Add(("splan-score/python-json.load@1M", splan / python, 1.0));
            Report(output, results[^1], $"splan score {Ms(splan)}, python json.load {Ms(python)}");
        }
        finally
        {
            File.Delete(file);
        }

        var failed = results.Count(r => r.Measured > r.Limit);
        output.WriteLine($"budget: {results.Count - failed} ok, {failed} FAIL in {clock.Elapsed.TotalSeconds:0} s");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// The pipeline's ratio alone (<c>-- --budget pipeline</c>), under whatever collector this process has: one line,
    /// <c>pipeline-ratio R parse-ms P pipeline-ms Q gc NAME</c>, for the workstation-GC child of <see cref="Run"/>.
    /// </summary>
    public static int RunPipeline(TextWriter output)
    {
        var (parse, pipeline, ratio) = PipelineRatio(Fixture.Create(100_000));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline-ratio {ratio:0.000} parse-ms {parse * 1000:0.0} pipeline-ms {pipeline * 1000:0.0} gc {GcName}"));
        return 0;
    }

    /// <summary>
    /// One group of lines alone (<c>-- --budget returns</c>: <see cref="SpreadsheetBudget"/>; <c>-- --budget native</c>:
    /// <see cref="NativeBudget"/>); exit code 1 when any is missed.
    /// </summary>
    public static int RunAlone(TextWriter output, Action<TextWriter, List<(string Name, double Measured, double Limit)>> lines)
    {
        var results = new List<(string Name, double Measured, double Limit)>();
        lines(output, results);
        var failed = results.Count(r => r.Measured > r.Limit);
        output.WriteLine($"budget: {results.Count - failed} ok, {failed} FAIL");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// The allocation lines alone (<c>-- --budget allocation</c>): what the pipeline allocates against the document's
    /// size at 100,000 leaves, and for a document with one large unknown member; exit code 1 when any is missed.
    /// </summary>
    public static int RunAllocation(TextWriter output) =>
        RunAlone(output, (o, results) => AllocationLines(o, results, Fixture.Create(100_000)));

    /// <summary>What read → validate → score allocates, against the bytes read (issue 20, point 2).</summary>
    private static void AllocationLines(TextWriter output, List<(string Name, double Measured, double Limit)> results, Fixture medium)
    {
        Pipeline(medium.Utf8); // warm: the first run also allocates the converters, caches and code of the process
        var before = GC.GetAllocatedBytesForCurrentThread();
        Pipeline(medium.Utf8);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var ratio = (double)allocated / medium.Utf8.Length;
        results.Add(("pipeline-allocated/document-bytes@100k", ratio, 4.0));
        Report(output, results[^1], $"{Mb(allocated)} for {Mb(medium.Utf8.Length)}");

        // The second round's target for the generated plans: at most twice the document (issue 20, point 2).
        results.Add(("pipeline-allocated/document-bytes@100k", ratio, 2.0));
        Report(output, results[^1], "the line above, against the second round's limit");

        // The same bound for any document the reader accepts: a small plan carrying one large unknown member.
        var unknown = UnknownMember(4_000_000);
        before = GC.GetAllocatedBytesForCurrentThread();
        Pipeline(unknown);
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        results.Add(("unknown-member-allocated/document-bytes@32MB", (double)allocated / unknown.Length, 4.0));
        Report(output, results[^1], $"{Mb(allocated)} for {Mb(unknown.Length)}: a 1,000-leaf plan with 4,000,000 {{\"a\":1}} objects in one unknown member");
    }

    /// <summary>
    /// The linearity lines alone (<c>-- --budget linear</c>, or one of them: <c>-- --budget linear compare</c>), on the
    /// plans the whole budget uses but without their JSON; <c>return-write</c> names the quarterly return's line of
    /// <see cref="SpreadsheetBudget"/>. Exit code 1 when any is missed, 2 for a step it does not know.
    /// </summary>
    public static int RunLinear(TextWriter output, string? only)
    {
        var steps = Steps().Where(s => only is null || s.Name == only).ToArray();
        var write = only is null or "return-write";
        if (steps.Length == 0 && !write)
        {
            output.WriteLine($"budget: no linearity step '{only}'; the steps are {string.Join(", ", Steps().Select(s => s.Name))} and return-write");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var results = new List<(string Name, double Measured, double Limit)>();
        output.WriteLine($"budget: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {GcName} GC");
        if (steps.Length > 0)
        {
            var smalls = SmallFixtures();
            var large = Fixture.Create(1_000_000, withJson: false);
            output.WriteLine($"budget: 1,000,000 leaves ready after {clock.Elapsed.TotalSeconds:0} s");
            Linearity(output, results, smalls, large, steps);
        }

        if (write)
        {
            SpreadsheetBudget.RunWrite(output, results);
        }

        var failed = results.Count(r => r.Measured > r.Limit);
        output.WriteLine($"budget: {results.Count - failed} ok, {failed} FAIL in {clock.Elapsed.TotalSeconds:0} s");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The 1,000-leaf side of the linearity lines: <see cref="SmallPlans"/> different plans.</summary>
    private static Fixture[] SmallFixtures() =>
        [.. Enumerable.Range(0, SmallPlans).Select(seed => Fixture.Create(1_000, seed, withJson: false))];

    /// <summary>
    /// Time per leaf at 1,000,000 against time per leaf at 1,000, one line per step. A 1,000-leaf plan run again and
    /// again sits in the CPU cache, which no plan of a million leaves can; to compare like with like, the 1,000-leaf
    /// time is taken over <see cref="SmallPlans"/> different plans, each run once in turn (the hot time is shown too).
    /// The two sides are timed in turn, a pass over the small plans then a run of the large one, <see cref="LinearPairs"/>
    /// times, and the ratio is the median of the pairs' ratios (<see cref="Paired"/>): a change of load on a shared
    /// machine then falls on both sides of a pair alike, rather than on one side tens of seconds after the other.
    /// </summary>
    private static void Linearity(TextWriter output, List<(string Name, double Measured, double Limit)> results, Fixture[] smalls, Fixture large, IEnumerable<(string Name, Action<Fixture> Step)> steps)
    {
        foreach (var (name, step) in steps)
        {
            var paused = TimeSpan.Zero;
            var (small, big, ratio) = Paired(LinearPairs, () => Array.ForEach(smalls, step), () =>
            {
                var before = GC.GetTotalPauseDuration();
                step(large);
                paused += GC.GetTotalPauseDuration() - before;
            });
            var (perLeafSmall, perLeafLarge) = (small / SmallPlans / 1_000, big / 1_000_000);
            var perLeafHot = Median(5, () => Repeat(SmallPlans, () => step(smalls[0]))) / SmallPlans / 1_000;
            var gc = $"GC paused {paused.TotalMilliseconds / (LinearPairs + 1):0} ms a run";
            results.Add(($"{name}-per-leaf@1M/@1k", ratio * SmallPlans * 1_000 / 1_000_000, 1.5));
            Report(output, results[^1], $"medians {perLeafLarge * 1e9:0} ns vs {perLeafSmall * 1e9:0} ns per leaf, {perLeafHot * 1e9:0} ns with one plan hot in cache; the ratio is the median of {LinearPairs} pairs; {gc}");
        }
    }

    /// <summary>The collector this process runs: "server" or "workstation".</summary>
    internal static string GcName => System.Runtime.GCSettings.IsServerGC ? "server" : "workstation";

    /// <summary>Interleaved, parse then pipeline, nine times: a shared machine's noise then falls on both alike.</summary>
    private static (double Parse, double Pipeline, double Ratio) PipelineRatio(Fixture medium) =>
        Paired(9, () => JsonDocument.Parse(medium.Utf8).Dispose(), () => Pipeline(medium.Utf8));

    /// <summary>Runs <see cref="RunPipeline"/> in a child process under workstation GC (concurrent, the .NET default).</summary>
    private static (double Ratio, string Detail) WorkstationPipelineRatio()
    {
        var workstation = new Dictionary<string, string> { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" };
        var output = Process("dotnet", workstation, typeof(Budget).Assembly.Location, "--budget", "pipeline");
        var line = output.Split('\n').Single(l => l.StartsWith("pipeline-ratio ", StringComparison.Ordinal)).Split(' ');
        if (line[^1] != "workstation")
        {
            throw new InvalidOperationException($"the child process ran under {line[^1]} GC, not workstation GC");
        }

        var ratio = double.Parse(line[1], CultureInfo.InvariantCulture);
        return (ratio, $"medians in a child process under workstation GC: pipeline {line[5]} ms, parse {line[3]} ms");
    }

    /// <summary>A 1,000-leaf plan whose top-level object also holds <c>"x-big": [{"a":1}, …]</c> with <paramref name="objects"/> items.</summary>
    private static byte[] UnknownMember(int objects)
    {
        var plan = PlanJson.WriteUtf8(GeneratedPlans.Create(1_000), PlanWriteOptions.Compact);
        var item = "{\"a\":1},"u8;
        using var stream = new MemoryStream(plan.Length + (objects * item.Length) + 16);
        stream.Write(plan.AsSpan(0, plan.AsSpan().LastIndexOf((byte)'}')));
        stream.Write(",\"x-big\":["u8);
        for (var i = 0; i < objects; i++)
        {
            stream.Write(i == objects - 1 ? item[..^1] : item);
        }

        stream.Write("]}"u8);
        return stream.ToArray();
    }

    /// <summary>The pipeline the budget's lines measure: read → validate → score.</summary>
    internal static Scorecard Pipeline(byte[] utf8) => AggregationRules.Evaluate(PlanJson.Read(utf8).Document!, AsOf).GetValueOrThrow();

    private static IEnumerable<(string Name, Action<Fixture> Step)> Steps()
    {
        // Each plan's scorecards at the ends of 2024/25 Q3 and Q4, for the compare line, made on its first (untimed) run.
        var scorecards = new System.Runtime.CompilerServices.ConditionalWeakTable<Fixture, Tuple<Scorecard, Scorecard>>();
        return
        [
            ("score", f => AggregationRules.Evaluate(f.Document, AsOf).GetValueOrThrow()),
            ("reviews", f => ReviewRules.Evaluate(f.Document, AsOf).GetValueOrThrow()),
            ("finance", f => FinanceRules.Evaluate(f.Document)),
            ("risks", f => RiskRules.Evaluate(f.Document, AsOf).GetValueOrThrow()),

            // splan report: the quarterly report to Cabinet, validation, scoring over the quarters and HTML (issue 20, point 6).
            ("report", f => StrategicPlanning.Reports.CabinetReports.Quarterly(f.Document, Calendar.PeriodLabel.ForQuarter(2024, 4)).GetValueOrThrow()),

            // splan compare: what moved between the scorecards of two quarter ends, scored once per plan before the timing.
            ("compare", f =>
            {
                var (then, now) = scorecards.GetValue(f, d => Tuple.Create(AggregationRules.Evaluate(d.Document, new LocalDate(2024, 12, 31)).GetValueOrThrow(), AggregationRules.Evaluate(d.Document, AsOf).GetValueOrThrow()));
                StrategicPlanning.Movement.ScoreMovement.Between(then, now);
            }),
        ];
    }

    internal static void Report(TextWriter output, (string Name, double Measured, double Limit) result, string detail) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Name} {result.Measured:0.00} {result.Limit:0.00} {(result.Measured <= result.Limit ? "ok" : "FAIL")}   ({detail})"));

    /// <summary>Runs once to warm up, then <paramref name="runs"/> times; the median in seconds.</summary>
    internal static double Median(int runs, Action action)
    {
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }

    /// <summary>Times <paramref name="baseline"/> then <paramref name="measured"/>, in turn, after a warm-up of each.</summary>
    /// <returns>The median time of each, in seconds, and the median of the pairs' ratios.</returns>
    internal static (double Baseline, double Measured, double Ratio) Paired(int runs, Action baseline, Action measured)
    {
        baseline();
        measured();
        var (first, second, ratios) = (new double[runs], new double[runs], new double[runs]);
        for (var i = 0; i < runs; i++)
        {
            first[i] = Timed(baseline);
            second[i] = Timed(measured);
            ratios[i] = second[i] / first[i];
        }

        return (MedianOf(first), MedianOf(second), MedianOf(ratios));
    }

    private static double Timed(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The median of <paramref name="values"/>, which it sorts.</summary>
    internal static double MedianOf(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }

    private static double Once(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    private static void Repeat(int times, Action action)
    {
        for (var i = 0; i < times; i++)
        {
            action();
        }
    }

    private static void Splan(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "splan.dll");
        Process("dotnet", [dll, .. args]);
    }

    private static void Process(string file, params string[] args) => Process(file, environment: null, args);

    /// <summary>Runs a program to its end with extra environment variables; returns its standard output, or throws when it fails.</summary>
    internal static string Process(string file, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }

    internal static string Ms(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:0.0} ms");

    internal static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");

    /// <summary>A generated plan with its UTF-8 JSON and its validation, made once.</summary>
    private sealed record Fixture(PlanDocument Document, byte[] Utf8, ValidationResult Validation)
    {
        public static Fixture Create(int leaves, int seed = 2024, bool withJson = true)
        {
            var document = GeneratedPlans.Create(leaves, seed);

            // Compact JSON, as apps exchange it: indentation would more than double the bytes and flatter every ratio.
            var utf8 = withJson ? PlanJson.WriteUtf8(document, PlanWriteOptions.Compact) : [];
            return new Fixture(document, utf8, PlanValidator.Validate(document));
        }
    }
}
