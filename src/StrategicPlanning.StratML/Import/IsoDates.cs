using NodaTime;
using NodaTime.Text;

namespace StrategicPlanning.StratML;

/// <summary>
/// Reads a StratML date (xsd:date as <c>YYYY-MM-DD</c>, the ISO pattern <see cref="LocalDatePattern.Iso"/>). The usual
/// case, ten characters of a year from 1000 on, is read by hand; anything else goes to the pattern, so that both ways
/// give the same answer for every text. A large plan has a date in every result: the pattern costs several times more.
/// </summary>
internal static class IsoDates
{
    /// <summary>The date a trimmed text is, or null when it is none (as <see cref="LocalDatePattern.Iso"/> parses).</summary>
    public static LocalDate? Parse(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and >= 1000 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        return LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
    }

    /// <summary>The number the ASCII digits at <paramref name="start"/> make; -1 when one is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
