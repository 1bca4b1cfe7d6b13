using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// The source-generated serializer context of the wire format (JSN-4: no reflection, trimming and native AOT
/// safe). Its options carry the library's own converters: dates and durations through NodaTime's patterns, strict
/// numbers, booleans and enums, all with messages a performance officer can act on; and the read limits of VAL-4.
/// </summary>
[JsonSerializable(typeof(WireDocument))]
internal sealed partial class PlanJsonContext : JsonSerializerContext
{
    /// <summary>Creates a context whose options enforce <paramref name="limits"/>.</summary>
    public static PlanJsonContext Create(PlanReadOptions limits)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            PropertyNameCaseInsensitive = false,
            MaxDepth = limits.MaxDepth,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        foreach (var converter in Converters(limits.MaxStringLength))
        {
            options.Converters.Add(converter);
        }

        return new PlanJsonContext(options);
    }

    private static IEnumerable<JsonConverter> Converters(int maxStringLength) =>
    [
        new BoundedStringConverter(maxStringLength),
        new ExtensionValueConverter(maxStringLength),
        new StrictDecimalConverter(),
        new StrictInt32Converter(),
        new StrictBooleanConverter(),
        NodaTextConverter<LocalDate>.Dates(),
        NodaTextConverter<Period>.Durations(),
        new CamelCaseEnumConverter<Polarity>(),
        new CamelCaseEnumConverter<MeasureFrequency>(),
        new CamelCaseEnumConverter<ToleranceKind>(),
        new CamelCaseEnumConverter<ActionStatus>(),
        new CamelCaseEnumConverter<BudgetLineKind>(),
        new CamelCaseEnumConverter<RiskKind>(),
        new CamelCaseEnumConverter<RiskStatus>(),
        new CamelCaseEnumConverter<RiskTreatment>(),
        new CamelCaseEnumConverter<Rag>(),
        new CamelCaseEnumConverter<ReviewKind>(),
        new CamelCaseEnumConverter<StakeholderKind>(),
        new CamelCaseEnumConverter<StakeholderRole>(),
    ];
}
