using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategicPlanning.Spreadsheets;

/// <summary>A defined name's single-cell reference, <c>Return!$B$3</c> or <c>'My sheet'!B3</c>.</summary>
internal sealed partial record CellReference(string Sheet, int Column, int Row)
{
    public static CellReference? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["row"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row is < 1 or > 1_048_576)
        {
            return null;
        }

        var letters = match.Groups["column"].Value.ToUpperInvariant();
        var column = letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
        var sheet = match.Groups["quoted"].Success ? match.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal) : match.Groups["plain"].Value;
        return new CellReference(sheet, column, row);
    }

    [GeneratedRegex(@"^(?:'(?<quoted>(?:[^']|'')+)'|(?<plain>[^'!]+))!\$?(?<column>[A-Za-z]{1,3})\$?(?<row>\d{1,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
