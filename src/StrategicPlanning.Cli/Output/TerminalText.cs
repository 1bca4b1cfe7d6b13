using System.Globalization;
using System.Text;

namespace StrategicPlanning.Cli.Output;

/// <summary>Text from a document made safe for a terminal: control characters (new lines, escape codes) are shown as \uXXXX, never obeyed.</summary>
internal static class TerminalText
{
    public static string Safe(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            safe.Append(char.IsControl(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c);
        }

        return safe.ToString();
    }
}
