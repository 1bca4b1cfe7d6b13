using System.Text.Json;
using BenchmarkDotNet.Attributes;
using StrategicPlanning.Documents;
using StrategicPlanning.Json;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Benchmarks;

/// <summary>Reading, validating and writing generated plans, beside JsonDocument.Parse of the same bytes.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] utf8 = [];
    private PlanDocument document = null!;

    [Params(1_000, 100_000)]
    public int Leaves { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        document = GeneratedPlans.Create(Leaves);
        utf8 = PlanJson.WriteUtf8(document);
    }

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var parsed = JsonDocument.Parse(utf8);
        return parsed.RootElement.GetArrayLengthOrZero();
    }

    [Benchmark]
    public PlanReadResult Read() => PlanJson.Read(utf8);

    [Benchmark]
    public ValidationResult Validate() => PlanValidator.Validate(document);

    [Benchmark]
    public byte[] Write() => PlanJson.WriteUtf8(document);

    [Benchmark]
    public ValidationResult ReadAndValidate() => PlanValidator.Validate(PlanJson.Read(utf8).Document!);
}

internal static class JsonElementExtensions
{
    public static int GetArrayLengthOrZero(this JsonElement element) => element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : 0;
}
