using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
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
/// Every step a dashboard or a national roll-up takes, on generated plans of 1,000 to 1,000,000 leaves, beside
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same compact UTF-8 bytes.
/// Server GC without background collections, as a service host runs (ASP.NET Core's default is server GC);
/// few iterations, because one run at a million leaves takes seconds.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[GcConcurrent(false)]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PlanBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);
    private PlanDocument document = null!;
    private ValidationResult validation = null!;
    private byte[] utf8 = [];

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Leaves { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        document = GeneratedPlans.Create(Leaves);
        utf8 = PlanJson.WriteUtf8(document, PlanWriteOptions.Compact);
        validation = PlanValidator.Validate(document);
    }

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var parsed = JsonDocument.Parse(utf8);
        return parsed.RootElement.GetPropertyCount();
    }

    [Benchmark]
    public PlanReadResult Read() => PlanJson.Read(utf8);

    [Benchmark]
    public ValidationResult Validate() => PlanValidator.Validate(document);

    [Benchmark]
    public Scorecard Score() => AggregationRules.Evaluate(document, AsOf).GetValueOrThrow();

    [Benchmark]
    public ReviewReport Reviews() => ReviewRules.Evaluate(document, AsOf).GetValueOrThrow();

    [Benchmark]
    public AlignmentReport Finance() => FinanceRules.Evaluate(document).GetValueOrThrow();

    [Benchmark]
    public RiskProfile Risks() => RiskRules.Evaluate(document, AsOf).GetValueOrThrow();

    [Benchmark]
    public byte[] Write() => PlanJson.WriteUtf8(document, PlanWriteOptions.Compact);

    /// <summary>Read → validate → score: what a dashboard does on a page view.</summary>
    [Benchmark]
    public Scorecard Pipeline() => AggregationRules.Evaluate(PlanJson.Read(utf8).Document!, AsOf).GetValueOrThrow();
}
