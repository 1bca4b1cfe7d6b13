using System.Globalization;
using System.Xml.Linq;
using NodaTime;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.StratML;

/// <summary>
/// One TargetResult or ActualResult as read: where it sits (MeasurementInstance and position among its kind), the
/// period its dates make in the calendar, its number, and why it cannot become a target or actual when it cannot.
/// </summary>
internal sealed class ResultReading
{
    private ResultReading(XElement element, int instance, int index)
    {
        Element = element;
        Instance = instance;
        Index = index;
    }

    public XElement Element { get; }

    public bool IsTarget => Element.Name.LocalName == "TargetResult";

    public int Instance { get; }

    public int Index { get; }

    public PeriodLabel Label { get; private set; }

    public decimal Value { get; private set; }

    public XElement? Descriptor { get; private set; }

    public XElement? Description { get; private set; }

    /// <summary>Gets the children beside what a target or actual holds; null when there are none (the usual case).</summary>
    public List<XElement>? Others { get; private set; }

    /// <summary>Gets or sets why the result is kept as it is rather than read as a target or actual; null when it can be.</summary>
    public string? Unmapped { get; set; }

    public static ResultReading Read(XElement element, int instance, int index, ReportingCalendar calendar)
    {
        var reading = new ResultReading(element, instance, index);
        XElement? start = null, end = null, units = null, descriptor = null, description = null;
        foreach (var child in element.Elements())
        {
            var slot = child.Name.LocalName switch
            {
                "StartDate" when start is null => start = child,
                "EndDate" when end is null => end = child,
                "NumberOfUnits" when units is null => units = child,
                "Descriptor" when descriptor is null => descriptor = child,
                "Description" when description is null => description = child,
                _ => null,
            };
            if (slot is null)
            {
                (reading.Others ??= []).Add(child);
            }
        }

        reading.Descriptor = descriptor;
        reading.Description = description;
        reading.Unmapped = reading.Others is not null
            ? $"it has {string.Join(", ", reading.Others.Select(o => o.Name.LocalName))} beside what a target or actual holds"
            : ReadPeriod(reading, start, end, calendar) ?? ReadValue(reading, units);
        return reading;
    }

    private static string? ReadPeriod(ResultReading reading, XElement? start, XElement? end, ReportingCalendar calendar)
    {
        var from = DateOf(start);
        var to = DateOf(end);
        if (from is null || to is null)
        {
            // One string for each reason, shared by every result it applies to.
            return from is null
                ? start is null ? "its StartDate is missing, so it names no period" : "its StartDate is empty or not a date, so it names no period"
                : end is null ? "its EndDate is missing, so it names no period" : "its EndDate is empty or not a date, so it names no period";
        }

        // Years the calendar can label and scoring can handle (AsOfDates).
        if (from.Value.Year is < 1000 or > 9990)
        {
            return string.Create(CultureInfo.InvariantCulture, $"its dates {from:uuuu-MM-dd} to {to:uuuu-MM-dd} are outside the years a plan can cover");
        }

        ReadOnlySpan<PeriodLabel> labels = [calendar.MonthOf(from.Value), calendar.QuarterOf(from.Value), calendar.FinancialYearOf(from.Value)];
        foreach (var label in labels)
        {
            if (calendar.StartOf(label) == from.Value && calendar.EndOf(label) == to.Value)
            {
                reading.Label = label;
                return null;
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"its dates {from:uuuu-MM-dd} to {to:uuuu-MM-dd} are not one month, quarter or financial year of the calendar (years starting in month {calendar.YearStartMonth})");
    }

    private static string? ReadValue(ResultReading reading, XElement? units)
    {
        var text = units?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return units is null ? "it has no NumberOfUnits" : "its NumberOfUnits is empty";
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return $"its NumberOfUnits '{text}' is not a decimal number of at most 28 significant digits";
        }

        // A decimal holds 28 significant digits exactly; more would be rounded, which would change the figure.
        if (SignificantDigits(text) > 28)
        {
            return $"its NumberOfUnits '{text}' has more than 28 significant digits, more than can be held exactly";
        }

        reading.Value = value;
        return null;
    }

    /// <summary>The digits of a number from its first that is not 0, less its trailing zeros when it has no point.</summary>
    private static int SignificantDigits(string text)
    {
        int digits = 0, trailing = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) || (digits == 0 && c == '0'))
            {
                continue;
            }

            digits++;
            trailing = c == '0' ? trailing + 1 : 0;
        }

        return text.Contains('.', StringComparison.Ordinal) ? digits : digits - trailing;
    }

    private static LocalDate? DateOf(XElement? element)
    {
        var text = element?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : IsoDates.Parse(text);
    }
}
