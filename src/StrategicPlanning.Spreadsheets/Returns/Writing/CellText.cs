using System.Text;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Document text made fit for a spreadsheet cell: characters XML 1.0 cannot hold (control characters, lone
/// surrogates) become U+FFFD, and text beyond the 32,767 characters a cell holds is cut with an ellipsis. Only context
/// cells are affected (titles, names): ids, period labels and the identity never contain such characters.
/// </summary>
internal static class CellText
{
    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaxLength = 32_767;

    public static string Safe(string text)
    {
        if (text.Length <= MaxLength && IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        for (var i = 0; i < text.Length && builder.Length < MaxLength - 1; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + 2 > MaxLength - 1)
                {
                    break;
                }

                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsAllowed(c) ? c : '\uFFFD');
            }
        }

        if (builder.Length < text.Length && text.Length > MaxLength)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
}
