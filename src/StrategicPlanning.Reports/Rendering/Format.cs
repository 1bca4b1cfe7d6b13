using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Reports;

/// <summary>How reports write numbers, dates, money and periods: British English, invariant digits.</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"30 September 2024".</summary>
    public static string Date(LocalDate date) => date.ToString("d MMMM uuuu", Invariant);

    /// <summary>"30 Sep 2024", for tables.</summary>
    public static string ShortDate(LocalDate date) => date.ToString("d MMM uuuu", Invariant);

    /// <summary>A score to one decimal place, or a dash when there is none.</summary>
    public static string Score(decimal? score) => score is { } s ? Rounding.ForDisplay(s, 1).ToString("0.0", Invariant) : "–";

    /// <summary>
    /// The difference of two scores as <see cref="Score"/> shows them (78.6 − 69.8 = 8.8, whatever the exact change), so
    /// words about a change never contradict the figures beside them.
    /// </summary>
    public static decimal ShownChange(decimal now, decimal before) => Rounding.ForDisplay(now, 1) - Rounding.ForDisplay(before, 1);

    /// <summary>A share 0..1 as a percentage to one decimal place, or a dash.</summary>
    public static string Percent(decimal? fraction) => fraction is { } f ? Rounding.ForDisplay(f * 100, 1).ToString("0.0", Invariant) + "%" : "–";

    /// <summary>A whole-number percentage, or a dash.</summary>
    public static string WholePercent(decimal? fraction) => fraction is { } f ? Rounding.ForDisplay(f * 100, 0).ToString("0", Invariant) + "%" : "–";

    /// <summary>A measure value with its unit: "40.1%", "1,234 kg", "£3.8m" stays as written in the unit.</summary>
    public static string Value(decimal? value, string? unit)
    {
        if (value is not { } v)
        {
            return "–";
        }

        var number = Rounding.ForDisplay(v, 2).ToString("#,0.##", Invariant);
        return unit switch
        {
            null or "" => number,
            "%" => number + "%",
            ['£' or '$' or '€', ..] => unit[..1] + number + BidiText.Isolate(unit[1..]),   // "£m" → "£6.03m"
            _ => number + " " + BidiText.Isolate(unit),
        };
    }

    /// <summary>
    /// A risk's place in the matrix and its score (RSK-2): "4 × 5 = 20" when the score is the product, "L4, I5: 21" when
    /// the register gives its own grid; in a sentence, "Likelihood 4 × impact 5 = 20" or "Likelihood 4, impact 5: score 21".
    /// </summary>
    public static string RiskPosition(RiskMatrix matrix, RiskPosition p, bool inSentence = false) => (matrix.Scores is null, inSentence) switch
    {
        (true, false) => string.Create(Invariant, $"{p.Likelihood} × {p.Impact} = {p.Score}"),
        (true, true) => string.Create(Invariant, $"Likelihood {p.Likelihood} × impact {p.Impact} = {p.Score}"),
        (false, false) => string.Create(Invariant, $"L{p.Likelihood}, I{p.Impact}: {p.Score}"),
        (false, true) => string.Create(Invariant, $"Likelihood {p.Likelihood}, impact {p.Impact}: score {p.Score}"),
    };

    /// <summary>Money in the document's currency: "£1,200,000".</summary>
    public static string Money(decimal amount, string currency) => MoneyText.Format(amount, currency);

    /// <summary>Money in millions for headlines: "£27.41m".</summary>
    public static string Millions(decimal amount, string currency) =>
        currency == "GBP" ? "£" + Rounding.ForDisplay(amount / 1_000_000m, 2).ToString("#,0.00", Invariant) + "m" : MoneyText.Format(amount, currency);

    /// <summary>"Quarter 2 2024/25" or "2024/25".</summary>
    public static string PeriodName(PeriodLabel period) => period.Kind switch
    {
        PeriodKind.Quarter => $"Quarter {period.Quarter.ToString(Invariant)} {PeriodYear(period)}",
        _ => period.ToString(),
    };

    /// <summary>"1 July to 30 September 2024".</summary>
    public static string Span(LocalDate start, LocalDate end) =>
        start.Year == end.Year
            ? $"{start.ToString("d MMMM", Invariant)} to {Date(end)}"
            : $"{Date(start)} to {Date(end)}";

    /// <summary>"1 item", "2 items".</summary>
    public static string Count(int n, string one, string? many = null) => $"{n.ToString(Invariant)} {(n == 1 ? one : many ?? one + "s")}";

    private static string PeriodYear(PeriodLabel quarter)
    {
        var text = quarter.ToString();
        var space = text.LastIndexOf(' ');
        return space > 0 ? text[..space] : text;
    }
}
