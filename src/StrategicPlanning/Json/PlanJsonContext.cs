using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// The serializer options of the wire format for one set of read limits, and the document's type information
/// (JSN-4: no reflection, trimming and native AOT safe; every record is read by its table, see
/// <see cref="Record{T, TState}"/>). The options carry the library's own converters: dates and durations through
/// NodaTime's patterns, strict numbers, booleans and enums, all with messages a performance officer can act on; and
/// the read limits of VAL-4.
/// </summary>
internal sealed class PlanJsonContext
{
    private PlanJsonContext(JsonSerializerOptions options)
    {
        Options = options;
        Document = JsonMetadataServices.CreateValueInfo<DocumentReading>(options, new DocumentConverter());
    }

    /// <summary>Gets the options, holding a converter for every value type of the format.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>Gets the type information the serializer reads a whole document with.</summary>
    public JsonTypeInfo<DocumentReading> Document { get; }

    /// <summary>Creates a context whose options enforce <paramref name="limits"/>.</summary>
    public static PlanJsonContext Create(PlanReadOptions limits)
    {
        var options = new JsonSerializerOptions
        {
            AllowDuplicateProperties = false,
            PropertyNameCaseInsensitive = false,
            MaxDepth = limits.MaxDepth,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(), // nothing is resolved: the document's converter reads it all
        };
        foreach (var converter in Converters(limits.MaxStringLength))
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return new PlanJsonContext(options);
    }

    private static IEnumerable<JsonConverter> Converters(int maxStringLength) =>
    [
        new BoundedStringConverter(maxStringLength),
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
