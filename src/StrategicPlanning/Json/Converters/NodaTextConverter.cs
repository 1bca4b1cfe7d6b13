using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace StrategicPlanning.Json.Converters;

/// <summary>
/// Reads and writes a NodaTime value through NodaTime's own converter, with messages that say what the text
/// must look like when it is not one: dates as <c>YYYY-MM-DD</c> (CAL-4), durations exactly as written
/// (<c>P3M</c> stays three months and is never normalised to days).
/// </summary>
internal sealed class NodaTextConverter<T>(JsonConverter noda, string noun, string expected, string example) : JsonConverter<T>
{
    private const int MaxLength = 64;

    private readonly JsonConverter<T> inner = (JsonConverter<T>)noda;

    public static NodaTextConverter<LocalDate> Dates() =>
        new(NodaConverters.LocalDateConverter, "a date", "a date written \"YYYY-MM-DD\"", "write a calendar date as \"YYYY-MM-DD\", e.g. \"2024-04-01\"");

    public static NodaTextConverter<Period> Durations() =>
        new(NodaConverters.RoundtripPeriodConverter, "a duration", "a duration such as \"P3M\"", "write an ISO-8601 period such as \"P3M\" (three months), \"P1Y\" or \"P14D\"");

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokenNames.Expected(expected, ref reader);
        }

        BoundedStringConverter.CheckLength(ref reader, MaxLength);
        try
        {
            return inner.Read(ref reader, typeToConvert, options) ?? throw new JsonException($"Expected {expected}, found null.");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new JsonException($"'{reader.GetString()}' is not {noun}: {example}.", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}
