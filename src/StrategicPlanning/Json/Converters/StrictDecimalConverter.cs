using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Json;

/// <summary>Reads JSON numbers as exact decimals, never via floating point and never rounded (FIN-7, MEA-1).</summary>
internal sealed class StrictDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonTokenNames.Expected("a number", ref reader);
        }

        if (!ExactDecimal.TryRead(ref reader, out var value))
        {
            throw new JsonException(
                "The number cannot be held exactly as a decimal, and it is never rounded: use at most 28 decimal places and 28 significant digits, within ±79,228,162,514,264,337,593,543,950,335.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
