using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads and writes an enum as its camelCase name, as the format writes them, case-sensitively; any other value is an error
/// that lists the allowed ones.
/// </summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> byName;
    private readonly Dictionary<TEnum, JsonEncodedText> byValue;
    private readonly string allowed;

    public CamelCaseEnumConverter()
    {
        byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        byValue = [];
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
            byName.Add(name, value);
            byValue.Add(value, JsonEncodedText.Encode(name));
        }

        allowed = string.Join(", ", byName.Keys.Select(n => "'" + n + "'"));
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokenNames.Expected("one of " + allowed, ref reader);
        }

        BoundedStringConverter.CheckLength(ref reader, 256, "no allowed value is that long");
        var text = BoundedStringConverter.Text(ref reader);
        return byName.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not allowed here; use one of {allowed}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!byValue.TryGetValue(value, out var name))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no member with the value {value}.");
        }

        writer.WriteStringValue(name);
    }
}
