using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// How a value becomes a CSV cell in the open data tables: numbers culture-invariant and exact (a dot, no thousands
/// separator, never an exponent), dates ISO 8601, words camelCase as the plan document and splan's JSON spell them,
/// yes/no as <c>true</c>/<c>false</c>, nothing as an empty cell — and text from the document defused, so that a
/// spreadsheet never runs it as a formula.
/// </summary>
internal static class CsvCell
{
    /// <summary>What a defused text cell starts with: the apostrophe a spreadsheet reads as "this is text" and hides.</summary>
    public const char TextMark = '\'';

    /// <summary>Separates the items of a list in one cell (the outcome ids of an action, the themes of a risk).</summary>
    public const string ListSeparator = "; ";

    /// <summary>
    /// Text from the document (a title, an id, an owner, a note). A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return is one Excel, LibreOffice and Google Sheets may run as a formula (CSV
    /// injection): it is written with a leading apostrophe, which they show as text and do not run.
    /// </summary>
    public static string Text(string? value) =>
        value is null ? string.Empty : IsRisky(value) ? TextMark + value : value;

    /// <summary>Whether a text cell would start like a formula.</summary>
    public static bool IsRisky(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Several document texts (ids) in one cell, in order, each defused and joined with <see cref="ListSeparator"/>.</summary>
    public static string Texts(IEnumerable<string> values) => Text(string.Join(ListSeparator, values));

    /// <summary>An exact decimal as the document holds it: "1234.50", "-3", never "1,234.5" or "1E+3".</summary>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A whole number.</summary>
    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A date as ISO 8601, YYYY-MM-DD.</summary>
    public static string Date(LocalDate? value) => value?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A yes or no: <c>true</c> or <c>false</c>, which pandas, Power BI and R read as booleans.</summary>
    public static string Flag(bool? value) => value switch { true => "true", false => "false", null => string.Empty };

    /// <summary>An enum member as the plan document and splan's JSON spell it: camelCase ("noData", "higherIsBetter").</summary>
    public static string Word<T>(T? value)
        where T : struct, Enum => value is { } word ? JsonNamingPolicy.CamelCase.ConvertName(word.ToString()) : string.Empty;
}
