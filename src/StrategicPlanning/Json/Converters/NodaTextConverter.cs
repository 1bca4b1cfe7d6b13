using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace StrategicPlanning.Json.Converters;

/// <summary>
/// Reads and writes a NodaTime value through NodaTime's own converter: dates only in their one spelling
/// <c>YYYY-MM-DD</c> with a four-digit year (CAL-4), so they are written back unchanged; durations as ISO-8601
/// periods with at least one number (<c>P3M</c> stays three months, never normalised to days; <c>P</c> alone is
/// refused rather than read as zero).
/// </summary>
internal sealed class NodaTextConverter<T>(JsonConverter noda, Func<T, string>? format, Func<string, bool> shape, string noun, string expected, string example) : JsonConverter<T>
{
    private const int MaxLength = 64;

    private readonly JsonConverter<T> inner = (JsonConverter<T>)noda;

    public static NodaTextConverter<LocalDate> Dates() => new(
        NodaConverters.LocalDateConverter,
        LocalDatePattern.Iso.Format,
        static text => text.Length == 10 && char.IsAsciiDigit(text[0]),
        "a date",
        "a date written \"YYYY-MM-DD\"",
        "write a calendar date as \"YYYY-MM-DD\", e.g. \"2024-04-01\"");

    public static NodaTextConverter<Period> Durations() => new(
        NodaConverters.RoundtripPeriodConverter,
        null,
        static text => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0,
        "a duration",
        "a duration such as \"P3M\"",
        "write an ISO-8601 period such as \"P3M\" (three months), \"P1Y\" or \"P14D\"");

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokenNames.Expected(expected, ref reader);
        }

        BoundedStringConverter.CheckLength(ref reader, MaxLength);
        var text = BoundedStringConverter.Text(ref reader);
        if (!shape(text))
        {
            throw new JsonException($"'{text}' is not {noun}: {example}.");
        }

        T value;
        try
        {
            value = inner.Read(ref reader, typeToConvert, options) ?? throw new JsonException($"Expected {expected}, found null.");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new JsonException($"'{text}' is not {noun}: {example}.", ex);
        }

        if (format is null)
        {
            return value;
        }

        var standard = format(value);
        return standard == text
            ? value
            : throw new JsonException($"'{text}' is not {noun} in the standard form; {example}. Here that is \"{standard}\".");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}
