using System.Globalization;
using System.Text;

namespace StrategicPlanning.Cli;

/// <summary>
/// Text from a document made safe for a terminal: control characters (new lines, escape codes), direction controls
/// (U+202A–U+202E, U+2066–U+2069, which could reorder the figures printed after them) and line and paragraph
/// separators (U+2028, U+2029) are shown as \uXXXX, never obeyed.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string text) => Escape(text, keepNewLines: false);

    /// <summary>Like <see cref="Safe"/>, but new lines (of text the library wrote over several lines) are kept.</summary>
    public static string SafeLines(string text) => Escape(text, keepNewLines: true);

    private static string Escape(string text, bool keepNewLines)
    {
        if (!text.Any(c => IsUnsafe(c) && !(keepNewLines && c == '\n')))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            safe.Append(IsUnsafe(c) && !(keepNewLines && c == '\n') ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c);
        }

        return safe.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
}
