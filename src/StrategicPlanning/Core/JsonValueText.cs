using System.Buffers;
using System.Text.Json;

namespace StrategicPlanning.Core;

/// <summary>
/// One JSON value kept as its UTF-8 text, without white space: how unknown members are held (JSN-2). Text costs about
/// its own length in memory, where a parsed tree costs several times that, so a document with a large unknown member
/// stays within a few times its size. It is parsed only when asked for as a <see cref="JsonElement"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. The text is valid JSON: the reader checked it, or a <see cref="JsonElement"/> wrote it.</remarks>
internal sealed class JsonValueText
{
    internal JsonValueText(byte[] utf8) => Utf8 = utf8;

    /// <summary>Gets the JSON literal <c>null</c>.</summary>
    public static JsonValueText Null { get; } = new("null"u8.ToArray());

    /// <summary>Gets the value's text as UTF-8, without white space outside strings.</summary>
    public byte[] Utf8 { get; }

    /// <summary>The text of an element, written without white space.</summary>
    public static JsonValueText From(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return new JsonValueText(buffer.WrittenSpan.ToArray());
    }

    /// <summary>Parses the text into a detached element: each call parses anew.</summary>
    public JsonElement ToElement()
    {
        using var document = JsonDocument.Parse(Utf8);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Writes the value token by token, so it takes the writer's indentation and escaping as a parsed element would,
    /// and numbers keep their exact text.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        var reader = new Utf8JsonReader(Utf8, new JsonReaderOptions { MaxDepth = 1000 });
        char[]? rented = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(Unescaped(ref reader, ref rented)); break;
                    case JsonTokenType.String: writer.WriteStringValue(Unescaped(ref reader, ref rented)); break;
                    case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    default: writer.WriteNullValue(); break;
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Whether two values are equal as JSON: the same text, or the same structure with objects compared by member name
    /// whatever the order, strings by their characters and numbers by their exact value (1.0 equals 1, 1e999999999999
    /// equals 10e999999999998). Never throws, however large a number's exponent.
    /// </summary>
    public static bool Equal(JsonValueText a, JsonValueText b)
    {
        if (ReferenceEquals(a, b) || a.Utf8.AsSpan().SequenceEqual(b.Utf8))
        {
            return true;
        }

        using var left = JsonDocument.Parse(a.Utf8);
        using var right = JsonDocument.Parse(b.Utf8);
        return Equal(left.RootElement, right.RootElement);
    }

    private static bool Equal(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                return ObjectsEqual(a, b);
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                using (var left = a.EnumerateArray())
                using (var right = b.EnumerateArray())
                {
                    while (left.MoveNext() && right.MoveNext())
                    {
                        if (!Equal(left.Current, right.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.String:
                return a.ValueEquals(b.GetString());
            case JsonValueKind.Number:
                return JsonNumbers.Equal(a.GetRawText(), b.GetRawText());
            default:
                return true; // true, false, null: the kinds already match
        }
    }

    private static bool ObjectsEqual(JsonElement a, JsonElement b)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in b.EnumerateObject())
        {
            members[member.Name] = member.Value;
        }

        var count = 0;
        foreach (var member in a.EnumerateObject())
        {
            count++;
            if (!members.TryGetValue(member.Name, out var other) || !Equal(member.Value, other))
            {
                return false;
            }
        }

        return count == members.Count;
    }

    private static ReadOnlySpan<char> Unescaped(ref Utf8JsonReader reader, ref char[]? rented)
    {
        var length = reader.ValueSpan.Length;
        if (rented is null || rented.Length < length)
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            rented = ArrayPool<char>.Shared.Rent(Math.Max(length, 16));
        }

        var written = reader.CopyString(rented);
        return rented.AsSpan(0, written);
    }
}
