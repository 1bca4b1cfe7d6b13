using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace StrategicPlanning.Json.Converters;

/// <summary>
/// Reads and writes dates as <c>YYYY-MM-DD</c> (CAL-4) through NodaTime's own converter, with a message
/// that says what a date must look like when the text is not one.
/// </summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Noda = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokenNames.Expected("a date written \"YYYY-MM-DD\"", ref reader);
        }

        BoundedStringConverter.CheckLength(ref reader, 64);
        try
        {
            return Noda.Read(ref reader, typeToConvert, options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new JsonException($"'{reader.GetString()}' is not a date: write a calendar date as \"YYYY-MM-DD\", e.g. \"2024-04-01\".", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}
