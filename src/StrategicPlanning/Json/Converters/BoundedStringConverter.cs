using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads strings no longer than a limit, so a hostile 200 MB string is an error rather than 400 MB of
/// UTF-16 (VAL-4).
/// </summary>
internal sealed class BoundedStringConverter(int maxLength) : JsonConverter<string>
{
    /// <summary>Gets the longest string read, in UTF-8 bytes (PlanReadOptions.MaxStringLength).</summary>
    public int MaxLength => maxLength;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokenNames.Expected("a string", ref reader);
        }

        CheckLength(ref reader, maxLength);
        return Text(ref reader);
    }

    /// <summary>The token's text, refusing what is not valid Unicode (invalid UTF-8, or an escaped unpaired surrogate such as <c>\uD800</c>).</summary>
    public static string Text(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= RecentStrings.MaxLength)
        {
            return RecentStrings.Get(reader.ValueSpan) ?? Decode(ref reader);
        }

        return Decode(ref reader);
    }

    private static string Decode(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("The text is not valid Unicode (" + ex.Message.TrimEnd('.') + "); it cannot be kept without changing it.", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    /// <summary>Refuses a string token whose UTF-8 length exceeds <paramref name="maxLength"/> bytes.</summary>
    /// <param name="reader">The reader, on the string token.</param>
    /// <param name="maxLength">The limit in bytes.</param>
    /// <param name="why">Where the limit comes from, said in brackets after it: the read option, or why a kind of value is never longer.</param>
    public static void CheckLength(ref Utf8JsonReader reader, int maxLength, string why = "PlanReadOptions.MaxStringLength")
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > maxLength)
        {
            throw new JsonException(
                string.Create(CultureInfo.InvariantCulture, $"The text is {length:N0} bytes long; the limit is {maxLength:N0} bytes ({why})."));
        }
    }
}
