using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Cli;

/// <summary>Source-generated JSON for splan's machine-readable output (docs/cli.md).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(ScoreReport))]
[JsonSerializable(typeof(ReviewsReport))]
[JsonSerializable(typeof(FinanceReport))]
[JsonSerializable(typeof(RisksReport))]
[JsonSerializable(typeof(CompareReport))]
[JsonSerializable(typeof(ImportReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    private static readonly Lazy<CliJsonContext> Relaxed = new(() => new CliJsonContext(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>Gets the context that writes text such as "£" and "–" as themselves rather than escaped.</summary>
    public static CliJsonContext Output => Relaxed.Value;
}
