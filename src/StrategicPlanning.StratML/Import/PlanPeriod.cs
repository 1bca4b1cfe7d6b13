using System.Globalization;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>
/// The plan's start and end: AdministrativeInformation's StartDate and EndDate when they are dates; otherwise the
/// year from the one that is given, or the periods of the results, or the publication date. The period
/// is widened to take in every target (VAL-3: a target overlaps the plan period). Whatever was not read as given is
/// noted, and the StratML dates are kept so that they are written back unchanged.
/// </summary>
internal static class PlanPeriod
{
    public static (LocalDate Start, LocalDate End) Read(AdministrativeParts admin, List<Theme> themes, ExtensionBuilder plan, ImportContext context, XElement root)
    {
        var calendar = context.Calendar;
        var at = (XObject?)admin.Element ?? root;
        var given = DateOf(admin.Start, context);
        var givenEnd = DateOf(admin.End, context);
        // A large plan names the same few periods in every measure: each is parsed once.
        var intervals = new Dictionary<string, DateInterval>(StringComparer.Ordinal);
        DateInterval IntervalOf(string period)
        {
            if (!intervals.TryGetValue(period, out var interval))
            {
                intervals[period] = interval = calendar.IntervalOf(calendar.Parse(period));
            }

            return interval;
        }

        var targets = themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).SelectMany(m => m.Targets)
            .Select(t => IntervalOf(t.Period)).ToList();
        var actuals = themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).SelectMany(m => m.Actuals)
            .Select(a => IntervalOf(a.Period));
        var periods = targets.Concat(actuals).ToList();
        var published = DateOf(admin.Publication, null);

        var start = given
            ?? (givenEnd is { } e ? e.PlusYears(-1).PlusDays(1) : (LocalDate?)null)
            ?? (periods.Count > 0 ? periods.Min(x => x.Start) : (LocalDate?)null)
            ?? (published is { } p ? calendar.StartOf(calendar.FinancialYearOf(p)) : (LocalDate?)null)
            ?? calendar.StartOf(calendar.FinancialYear(2000));
        var end = givenEnd is { } g && g >= start ? g
            : given is null && periods.Count > 0 ? periods.Max(x => x.End)
            : start.PlusYears(1).PlusDays(-1);
        if (givenEnd is { } before && before < start)
        {
            context.Note(admin.End!, string.Create(CultureInfo.InvariantCulture, $"The EndDate {before:uuuu-MM-dd} is before the start {start:uuuu-MM-dd}; the plan is taken to end on {end:uuuu-MM-dd}, a year after it starts."));
        }
        else if (given is null || givenEnd is null)
        {
            context.Note(at, string.Create(CultureInfo.InvariantCulture, $"The plan period is not given in full; it is taken to run from {start:uuuu-MM-dd} to {end:uuuu-MM-dd}. The StratML dates are written back as they were."));
        }

        var outside = targets.Where(t => t.End < start || t.Start > end).ToList();
        if (outside.Count > 0)
        {
            var (wasStart, wasEnd) = (start, end);
            start = LocalDate.Min(start, outside.Min(t => t.Start));
            end = LocalDate.Max(end, outside.Max(t => t.End));
            context.Note(at, string.Create(CultureInfo.InvariantCulture, $"{outside.Count} targets name periods outside {wasStart:uuuu-MM-dd} to {wasEnd:uuuu-MM-dd}; the plan period was widened to {start:uuuu-MM-dd} to {end:uuuu-MM-dd} to take them in (VAL-3). The StratML dates are written back as they were."));
        }

        Keep(plan, "start", start, given, admin.Start, context);
        Keep(plan, "end", end, givenEnd, admin.End, context);
        return (start, end);
    }

    /// <summary>When the plan's date is not the StratML date, keeps both, so the writer can give back the original.</summary>
    private static void Keep(ExtensionBuilder plan, string member, LocalDate read, LocalDate? given, XElement? element, ImportContext context)
    {
        if (given == read)
        {
            return;
        }

        var original = element is null ? null : element.Value.Trim();
        var keepOriginal = original is not null && (original.Length == 0 || given is not null);
        if (original is { Length: 0 } && context.Part != StratMLPart.Part2)
        {
            // The writer gives an empty date back only in Part 2: Part 1's schema has no empty date.
            context.Note(element!, $"The {element!.Name.LocalName} is empty; StratML Part 1 has no empty date, so it is not written back to Part 1 (write Part 2 to keep it).");
        }

        plan.Member(member, json =>
        {
            json.WriteStartObject(member);
            json.WriteString("read", LocalDatePattern.Iso.Format(read));
            if (keepOriginal)
            {
                json.WriteString("original", original);
            }

            json.WriteEndObject();
        });
    }

    private static LocalDate? DateOf(XElement? element, ImportContext? context)
    {
        var text = element?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (IsoDates.Parse(text) is { Year: >= 1000 and <= 9990 } date)
        {
            return date;
        }

        context?.Note(element!, $"'{text}' is not a date (YYYY-MM-DD); it was not read and will not be written back.");
        return null;
    }
}
