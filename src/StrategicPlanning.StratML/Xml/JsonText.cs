using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StrategicPlanning.StratML;

/// <summary>
/// The length of a text as the plan document's JSON writer writes it: UTF-8, with the escapes of
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (<c>\"</c>, <c>\n</c>, <c>\u2028</c>, a character outside
/// the Basic Multilingual Plane as two <c>\uXXXX</c>). The JSON reader's string limit
/// (<see cref="Json.PlanReadOptions.MaxStringLength"/>) counts those bytes.
/// </summary>
internal static class JsonText
{
    /// <summary>The most bytes one UTF-16 character can take written: <c>\uXXXX</c>.</summary>
    private const int MostPerChar = 6;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Whether a text certainly fits in <paramref name="max"/> bytes, without measuring it.</summary>
    public static bool SurelyFits(string text, int max) => (long)text.Length * MostPerChar <= max;

    /// <summary>The bytes a text takes as a JSON string, without its quotes, as the writer writes it.</summary>
    public static long Length(string text)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(16, text.Length + 2));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, SkipValidation = true }))
        {
            writer.WriteStringValue(text);
        }

        return buffer.WrittenCount - 2;
    }

    /// <summary>
    /// The longest start of a text that takes at most <paramref name="max"/> bytes as a JSON string, never splitting a
    /// character (a surrogate pair stays whole).
    /// </summary>
    public static string Cut(string text, int max)
    {
        var bytes = 0L;
        var end = 0;
        while (end < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(end), out var rune, out var used);
            var cost = Cost(rune);
            if (bytes + cost > max)
            {
                break;
            }

            bytes += cost;
            end += used;
        }

        // The estimate follows the encoder; should it ever disagree, shorten until the writer's own count fits.
        var cut = text[..end];
        while (cut.Length > 0 && Length(cut) > max)
        {
            var back = cut.Length - 1;
            back -= back > 0 && char.IsLowSurrogate(cut[back]) && char.IsHighSurrogate(cut[back - 1]) ? 1 : 0;
            cut = cut[..back];
        }

        return cut;
    }

    private static int Cost(Rune rune)
    {
        if (!Encoder.WillEncode(rune.Value))
        {
            return rune.Utf8SequenceLength;
        }

        return rune.Value switch
        {
            '"' or '\\' or '\b' or '\f' or '\n' or '\r' or '\t' => 2,
            > 0xFFFF => 12,
            _ => 6,
        };
    }
}
