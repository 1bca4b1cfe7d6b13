using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace StrategicPlanning.Json.Converters;

/// <summary>
/// Reads and writes ISO-8601 durations such as <c>P3M</c> exactly as written (NodaTime's round-trip pattern:
/// <c>P3M</c> stays three months and is never normalised to days).
/// </summary>
internal sealed class PeriodConverter : JsonConverter<Period>
{
    private static readonly JsonConverter<Period> Noda = (JsonConverter<Period>)NodaConverters.RoundtripPeriodConverter;

    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokenNames.Expected("a duration such as \"P3M\"", ref reader);
        }

        BoundedStringConverter.CheckLength(ref reader, 64);
        try
        {
            return Noda.Read(ref reader, typeToConvert, options) ?? throw new JsonException("Expected a duration such as \"P3M\", found null.");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new JsonException($"'{reader.GetString()}' is not a duration: write an ISO-8601 period such as \"P3M\" (three months), \"P1Y\" or \"P14D\".", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}
