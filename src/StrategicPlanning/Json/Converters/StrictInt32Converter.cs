using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Json;

/// <summary>Reads whole numbers (matrix levels, likelihood, impact, scores, months).</summary>
internal sealed class StrictInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonTokenNames.Expected("a whole number", ref reader);
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        // A whole number may be written 4.0 or 4e0, as JSON Schema's "integer" allows.
        if (ExactDecimal.TryRead(ref reader, out var number) && decimal.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        throw new JsonException("Expected a whole number between -2,147,483,648 and 2,147,483,647.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
