using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Documents;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// Scoring alone (AGG-1..9) on generated plans of 1,000, 100,000 and 1,000,000 leaves, with validation done once
/// in setup: one linear pass, so time per leaf should stay flat as plans grow.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class ScoringBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);
    private PlanDocument document = null!;
    private ValidationResult validation = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int Leaves { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        document = GeneratedPlans.Create(Leaves);
        validation = PlanValidator.Validate(document);
    }

    [Benchmark]
    public Scorecard Score() => Scorecard.Compute(document, AsOf, ScoringOptions.Default, validation).Scorecard!;
}
