using System.Globalization;
using System.Text.Json;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// Where the pipeline's time and allocations go (<c>-- --budget pipeline-split</c>): the 100,000-leaf plan's
/// <c>JsonDocument.Parse</c>, then read, validate and score each timed alone (score on the document just validated, so
/// without validation), then the whole pipeline; interleaved, nine rounds, medians. Each step's wall and process CPU
/// time as a multiple of the parse's (CPU time is steadier on a shared machine), the bytes it allocates on this thread
/// and the collections it causes.
/// Run it under workstation GC with <c>DOTNET_gcServer=0 DOTNET_gcConcurrent=1</c>.
/// </summary>
internal static class PipelineSplit
{
    public static int Run(TextWriter output)
    {
        var document = GeneratedPlans.Create(100_000);
        var utf8 = PlanJson.WriteUtf8(document, PlanWriteOptions.Compact);
        document = null;
        output.WriteLine($"pipeline-split: {Environment.ProcessorCount} cores, {Budget.GcName} GC (concurrent {System.Runtime.GCSettings.LatencyMode}), {Budget.Mb(utf8.Length)} of JSON");

        PlanDocument? read = null;
        var steps = new (string Name, Action Step)[]
        {
            ("parse", () => JsonDocument.Parse(utf8).Dispose()),
            ("read", () => read = PlanJson.Read(utf8).Document!),
            ("validate", () => PlanValidator.Validate(read!)),
            ("score", () => AggregationRules.Evaluate(read!, Budget.AsOf).GetValueOrThrow()),
            ("pipeline", () => Budget.Pipeline(utf8)),
        };

        const int Rounds = 9;
        var times = new double[steps.Length][];
        var cpu = new double[steps.Length][];
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var bytes = new long[steps.Length];
        var collections = new int[steps.Length, 3];
        for (var s = 0; s < steps.Length; s++)
        {
            times[s] = new double[Rounds];
            cpu[s] = new double[Rounds];
            steps[s].Step(); // warm-up
        }

        for (var round = 0; round < Rounds; round++)
        {
            for (var s = 0; s < steps.Length; s++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var gens = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = System.Diagnostics.Stopwatch.StartNew();
                steps[s].Step();
                times[s][round] = watch.Elapsed.TotalSeconds;
                process.Refresh();
                cpu[s][round] = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                bytes[s] = GC.GetAllocatedBytesForCurrentThread() - before;
                for (var g = 0; g < 3; g++)
                {
                    collections[s, g] += GC.CollectionCount(g) - gens[g];
                }
            }
        }

        var parse = Budget.MedianOf(times[0]);
        var parseCpu = Budget.MedianOf(cpu[0]);
        for (var s = 0; s < steps.Length; s++)
        {
            var median = Budget.MedianOf(times[s]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{steps[s].Name,-9} {median * 1000,8:0.0} ms {median / parse,5:0.00}x parse, cpu {Budget.MedianOf(cpu[s]) * 1000,7:0} ms {Budget.MedianOf(cpu[s]) / parseCpu,5:0.00}x  {Budget.Mb(bytes[s]),9} ({(double)bytes[s] / utf8.Length:0.00}x doc)  gen0/1/2 per run {(double)collections[s, 0] / Rounds:0.0}/{(double)collections[s, 1] / Rounds:0.0}/{(double)collections[s, 2] / Rounds:0.0}"));
        }

        return 0;
    }
}
