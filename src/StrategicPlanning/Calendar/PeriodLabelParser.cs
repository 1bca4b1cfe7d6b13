using System.Globalization;
namespace StrategicPlanning.Calendar;

/// <summary>The strict CAL-3 grammar behind <see cref="PeriodLabel.TryParse(string?, out PeriodLabel, out string?)"/>.</summary>
internal static class PeriodLabelParser
{
    private const string Allowed =
        "a financial year is written '2024/25' (the start year, a slash, the last two digits of the next year), " +
        "a quarter '2024/25 Q1' (Q1 to Q4), a month '2024-05'; where the financial year is a calendar year, " +
        "'2024' and '2024 Q1'";

    /// <summary>Parses <paramref name="text"/>; returns null on success, otherwise the error message.</summary>
    public static string? Parse(string? text, out PeriodKind kind, out int year, out int number, out bool calendarStyle)
    {
        kind = default;
        year = number = 0;
        calendarStyle = false;
        if (string.IsNullOrEmpty(text))
        {
            return "A period label is required: " + Allowed + ".";
        }

        var span = text.AsSpan();
        if (span.Length < 4 || !TryDigits(span[..4], out year) || year < 1 || year > 9998)
        {
            return Invalid(text, "it must start with a four-digit year from 0001 to 9998");
        }

        var rest = span[4..];
        if (rest.IsEmpty)
        {
            kind = PeriodKind.FinancialYear;
            calendarStyle = true;
            return null;
        }

        if (rest[0] == '-')
        {
            kind = PeriodKind.Month;
            return rest.Length == 3 && TryDigits(rest[1..], out number) && number is >= 1 and <= 12
                ? null
                : Invalid(text, "a month is written with a two-digit month from 01 to 12, e.g. '2024-05'");
        }

        if (rest[0] == '/')
        {
            if (rest.Length < 3 || !TryDigits(rest.Slice(1, 2), out var next))
            {
                return Invalid(text, "the slash must be followed by the last two digits of the next year");
            }

            var expected = (year + 1) % 100;
            if (next != expected)
            {
                return Invalid(text, string.Create(CultureInfo.InvariantCulture, $"the year after '{year:D4}/' must be '{expected:D2}'"));
            }

            rest = rest[3..];
            kind = PeriodKind.FinancialYear;
        }
        else
        {
            calendarStyle = true;
            kind = PeriodKind.FinancialYear;
        }

        if (rest.IsEmpty)
        {
            return null;
        }

        kind = PeriodKind.Quarter;
        return rest.Length == 3 && rest[0] == ' ' && rest[1] == 'Q' && rest[2] is >= '1' and <= '4'
            ? SetQuarter(rest[2] - '0', out number)
            : Invalid(text, "a quarter ends in ' Q1' to ' Q4' (capital Q, one space)");
    }

    private static string? SetQuarter(int quarter, out int number)
    {
        number = quarter;
        return null;
    }

    private static string Invalid(string text, string reason) =>
        $"'{text}' is not a period label: {reason}. Allowed: {Allowed}.";

    private static bool TryDigits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
