using System.Buffers;
using System.Text;

namespace StrategicPlanning.Reports;

/// <summary>
/// Keeps the direction of document text to itself, so that a name or commentary can never visually reorder the
/// report's own words and figures around it. Two tools: <see cref="Balance"/> closes every direction control a piece
/// of text opens (and drops closers it never opened), so nothing leaks past it; <see cref="Isolate"/> also puts the
/// text between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), which is what HTML's
/// <c>&lt;bdi&gt;</c> does, but in characters, so it works in element content, SVG text and tooltips alike.
/// </summary>
internal static class BidiText
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';
    private const char PopDirectionalFormatting = '\u202C';

    /// <summary>LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069).</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>
    /// The text between isolates when it holds anything that can change direction; text wholly in scripts before
    /// Hebrew (Latin, Greek, Cyrillic, Armenian, with digits and punctuation) cannot, and is returned as it is.
    /// </summary>
    public static string Isolate(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAnyInRange('\u0590', '\uFFFF') < 0)
        {
            return text ?? string.Empty;
        }

        return FirstStrongIsolate + Balance(text) + PopDirectionalIsolate;
    }

    /// <summary>
    /// The text with every embedding, override and isolate it opens closed at its end, and every closer without an
    /// opener dropped, as the Unicode Bidirectional Algorithm would pair them (rules X1–X8).
    /// </summary>
    public static string Balance(string text)
    {
        if (text.AsSpan().IndexOfAny(Controls) < 0)
        {
            return text;
        }

        var open = new Stack<bool>(); // true: an isolate; false: an embedding or override
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\u202A' and <= '\u202E' and not PopDirectionalFormatting:
                    open.Push(false);
                    break;
                case >= '\u2066' and <= '\u2068':
                    open.Push(true);
                    break;
                case PopDirectionalFormatting:
                    if (open.Count == 0 || open.Peek())
                    {
                        continue; // PDF closes only an embedding opened inside the innermost isolate
                    }

                    open.Pop();
                    break;
                case PopDirectionalIsolate:
                    if (!open.Contains(true))
                    {
                        continue; // a PDI with no isolate to close would close the one around this text
                    }

                    while (!open.Pop())
                    {
                    }

                    break;
            }

            result.Append(c);
        }

        while (open.Count > 0)
        {
            result.Append(open.Pop() ? PopDirectionalIsolate : PopDirectionalFormatting);
        }

        return result.ToString();
    }
}
