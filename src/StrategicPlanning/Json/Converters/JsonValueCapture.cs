using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using StrategicPlanning.Core;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads an unknown member's value (JSN-2) as its text, without white space, checking what reading a known value
/// checks (VAL-4): no string or name over the limit, valid Unicode, no member twice in one object. Two passes over the
/// value: the first checks it and counts its bytes, the second copies them into an array of exactly that size, so
/// keeping a value costs its own length and nothing grows on the way.
/// </summary>
internal static class JsonValueCapture
{
    /// <summary>Reads the value the reader is on, leaving the reader on the value's last token.</summary>
    public static JsonValueText Read(ref Utf8JsonReader reader, int maxStringLength)
    {
        var scan = reader; // a copy: the first pass does not move the caller's reader
        var length = Check(ref scan, maxStringLength);
        var text = new byte[length];
        var written = Copy(ref reader, text);
        return written == length ? new JsonValueText(text) : throw new InvalidOperationException("The two passes over an unknown member disagree on its length.");
    }

    /// <summary>The first pass: checks every token and returns the length of the text without white space.</summary>
    private static int Check(ref Utf8JsonReader scan, int maxStringLength)
    {
        var depth = scan.CurrentDepth;
        var names = new MemberNames();
        long length = 0;
        var previous = JsonTokenType.None;
        while (true)
        {
            var token = scan.TokenType;
            length += Separator(previous, token) + TokenLength(ref scan);
            switch (token)
            {
                case JsonTokenType.PropertyName:
                    CheckText(ref scan, maxStringLength);
                    names.Add(BoundedStringConverter.Text(ref scan));
                    break;
                case JsonTokenType.String:
                    CheckText(ref scan, maxStringLength);
                    break;
                case JsonTokenType.StartObject:
                    names.Enter(isObject: true);
                    break;
                case JsonTokenType.StartArray:
                    names.Enter(isObject: false);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    names.Leave();
                    break;
            }

            if (length > Array.MaxLength)
            {
                throw new JsonException("An unknown member is too large to keep.");
            }

            if (scan.CurrentDepth == depth && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                break; // a scalar, or the end of the object or array the value is
            }

            previous = token;
            scan.Read();
        }

        return (int)length;
    }

    /// <summary>The second pass: copies each token's text, with the commas and colons between them.</summary>
    private static int Copy(ref Utf8JsonReader reader, byte[] text)
    {
        var depth = reader.CurrentDepth;
        var at = 0;
        var previous = JsonTokenType.None;
        while (true)
        {
            var token = reader.TokenType;
            if (Separator(previous, token) == 1)
            {
                text[at++] = previous == JsonTokenType.PropertyName ? (byte)':' : (byte)',';
            }

            at += Write(ref reader, text.AsSpan(at));
            previous = token;
            if (reader.CurrentDepth == depth && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return at; // a scalar, or the end of the object or array the value is
            }

            reader.Read();
        }
    }

    /// <summary>1 when a comma or colon comes between two tokens, else 0.</summary>
    private static int Separator(JsonTokenType previous, JsonTokenType token) =>
        previous is JsonTokenType.None or JsonTokenType.StartObject or JsonTokenType.StartArray
        || token is JsonTokenType.EndObject or JsonTokenType.EndArray ? 0 : 1;

    private static long TokenLength(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject or JsonTokenType.EndObject or JsonTokenType.StartArray or JsonTokenType.EndArray => 1,
        JsonTokenType.String or JsonTokenType.PropertyName => RawLength(ref reader) + 2,
        _ => RawLength(ref reader),
    };

    private static int Write(ref Utf8JsonReader reader, Span<byte> into)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject: into[0] = (byte)'{'; return 1;
            case JsonTokenType.EndObject: into[0] = (byte)'}'; return 1;
            case JsonTokenType.StartArray: into[0] = (byte)'['; return 1;
            case JsonTokenType.EndArray: into[0] = (byte)']'; return 1;
            case JsonTokenType.String:
            case JsonTokenType.PropertyName:
                into[0] = (byte)'"';
                var length = Raw(ref reader, into[1..]);
                into[length + 1] = (byte)'"';
                return length + 2;
            default:
                return Raw(ref reader, into);
        }
    }

    /// <summary>The token's text as written in the document (strings still escaped, without their quotes).</summary>
    private static int Raw(ref Utf8JsonReader reader, Span<byte> into)
    {
        if (reader.HasValueSequence)
        {
            reader.ValueSequence.CopyTo(into);
            return (int)reader.ValueSequence.Length;
        }

        reader.ValueSpan.CopyTo(into);
        return reader.ValueSpan.Length;
    }

    private static long RawLength(ref Utf8JsonReader reader) => reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;

    /// <summary>Refuses text over the limit or that is not valid Unicode, without making a string of it.</summary>
    private static void CheckText(ref Utf8JsonReader reader, int maxStringLength)
    {
        BoundedStringConverter.CheckLength(ref reader, maxStringLength);
        if (!IsValidText(ref reader, out var problem))
        {
            throw problem is null
                ? new JsonException("The text is not valid UTF-8; it cannot be kept without changing it.")
                : new JsonException("The text is not valid Unicode (" + problem.Message.TrimEnd('.') + "); it cannot be kept without changing it.", problem);
        }
    }

    /// <summary>
    /// Whether a string or member name token is valid Unicode, without making a string of it: raw bytes must be UTF-8,
    /// and escapes must not leave an unpaired surrogate (<c>\uD800</c>). <paramref name="problem"/> is the decoder's
    /// complaint about escaped text, or null when raw bytes are not UTF-8.
    /// </summary>
    internal static bool IsValidText(ref Utf8JsonReader reader, out InvalidOperationException? problem)
    {
        problem = null;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        var rented = ArrayPool<char>.Shared.Rent((int)Math.Max(RawLength(ref reader), 16));
        try
        {
            reader.CopyString(rented);
            return true;
        }
        catch (InvalidOperationException ex)
        {
            problem = ex;
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The member names of each open object, reused from object to object: no set per object read.</summary>
    private sealed class MemberNames
    {
        private readonly List<HashSet<string>?> levels = [];
        private int depth;

        public void Enter(bool isObject)
        {
            if (depth == levels.Count)
            {
                levels.Add(null);
            }

            if (isObject)
            {
                var set = levels[depth] ??= new HashSet<string>(StringComparer.Ordinal);
                set.Clear();
            }
            else
            {
                levels[depth]?.Clear();
            }

            depth++;
        }

        public void Leave() => depth--;

        public void Add(string name)
        {
            if (depth > 0 && levels[depth - 1] is { } names && !names.Add(name))
            {
                throw new JsonException($"The member '{name}' appears more than once in one object inside this value; each member may appear only once.");
            }
        }
    }
}
