using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>
/// The walk state shared by the rule families: where in the document the walk is (a JSON path built only
/// when an issue needs it), the calendar, and the issues found so far.
/// </summary>
internal sealed class ValidationContext(PlanDocument document)
{
    private readonly List<ValidationIssue> issues = [];

    public PlanDocument Document { get; } = document;

    public PlanIndex Index => Document.Index;

    /// <summary>Gets or sets the document's ids, collected by VAL-2 when they are all well-formed and unique; null otherwise, when the checks use <see cref="Index"/>.</summary>
    public DocumentIds? Ids { get; set; }

    /// <summary>Whether a theme has this id.</summary>
    public bool IsTheme(string id) => Ids is { } ids ? ids.Is(id, DocumentIds.Kind.Theme) : Index.FindTheme(id) is not null;

    /// <summary>Whether an outcome has this id.</summary>
    public bool IsOutcome(string id) => Ids is { } ids ? ids.Is(id, DocumentIds.Kind.Outcome) : Index.FindOutcome(id) is not null;

    /// <summary>Whether a delivery action has this id.</summary>
    public bool IsAction(string id) => Ids is { } ids ? ids.Is(id, DocumentIds.Kind.Action) : Index.FindAction(id) is not null;

    public ReportingCalendar Calendar => Document.Calendar;

    /// <summary>Gets whether the calendar can turn labels into dates (CAL-1); date checks are skipped when not.</summary>
    public bool CalendarIsUsable => Calendar.HasValidStartMonth;

    /// <summary>Gets whether the plan period is a real range; checks against it are skipped when it is inverted (reported once as SP1103).</summary>
    public bool PlanPeriodIsUsable => CalendarIsUsable && Document.Plan.Start <= Document.Plan.End;

    public JsonPathBuilder Path { get; } = new();

    /// <summary>Gets or sets the area issues are filed under while a rule family walks its part.</summary>
    public ValidationArea Area { get; set; } = ValidationArea.Document;

    public void Enter(string member) => Path.Push(member);

    public void Enter(int index) => Path.Push(index);

    public void Leave() => Path.Pop();

    /// <summary>Reports an issue at the current path, with the severity the code carries.</summary>
    public void Report(string code, string message) => Add(code, Path.ToString(), message);

    /// <summary>Reports an issue at a member of the current value.</summary>
    public void ReportAt(string member, string code, string message) => Add(code, Path.With(member), message);

    /// <summary>Reports an issue at a path worked out earlier.</summary>
    public void ReportAtPath(string path, string code, string message) => Add(code, path, message);

    /// <summary>Checks a period label at a member of the current value (CAL-3); reports SP1101 when it is not valid here.</summary>
    /// <remarks>A null <paramref name="member"/> means the current value itself, e.g. an element of an array of labels.</remarks>
    public bool TryLabel(string text, string? member, out PeriodLabel label)
    {
        if (Calendar.TryParse(text, out label, out var error))
        {
            return true;
        }

        Add(ValidationCodes.InvalidPeriodLabel, Path.With(member), error!);
        return false;
    }

    /// <summary>Checks that a label names a period of one of the allowed kinds; reports SP1102 when it does not, naming each allowed kind once.</summary>
    public bool CheckKind(PeriodLabel label, string? member, string where, params ReadOnlySpan<PeriodKind> allowed)
    {
        foreach (var kind in allowed)
        {
            if (label.Kind == kind)
            {
                return true;
            }
        }

        Add(ValidationCodes.WrongPeriodKind, Path.With(member),
            $"'{label}' is {Describe(label.Kind)}, but {where} must name {string.Join(" or ", allowed.ToArray().Distinct().Select(Describe))} (CAL-3).");
        return false;
    }

    /// <summary>Checks a duration used with dates: only years, months, weeks and days, none negative, not all zero.</summary>
    public static bool IsPositiveDateDuration(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 &&
        (period.Years > 0 || period.Months > 0 || period.Weeks > 0 || period.Days > 0);

    /// <summary>Like <see cref="IsPositiveDateDuration"/> but zero is allowed.</summary>
    public static bool IsNonNegativeDateDuration(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;

    /// <summary>
    /// The longest duration a document may hold (SP1013): added to the latest date a document may hold (9997-12-31, SP1012)
    /// it still gives a date, so no rule can step off the calendar.
    /// </summary>
    public static readonly Period MaxDuration = Period.FromYears(2);

    /// <summary>Reports SP1012 at a member when a date is outside <see cref="AsOfDates.Range"/>.</summary>
    public void CheckDate(LocalDate date, string member)
    {
        if (!AsOfDates.IsSupported(date))
        {
            ReportAt(member, ValidationCodes.DateOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"{member} is {date:uuuu-MM-dd}; dates must fall in {AsOfDates.Range}, the dates every rule can work from (VAL-3)."));
        }
    }

    /// <summary>Reports SP1012 at a member when an optional date is given and outside the range.</summary>
    public void CheckDate(LocalDate? date, string member)
    {
        if (date is { } given)
        {
            CheckDate(given, member);
        }
    }

    /// <summary>Reports SP1013 at a member when a duration is longer than <see cref="MaxDuration"/>.</summary>
    public void CheckDuration(Period duration, string member)
    {
        if (!IsWithinMaxDuration(duration))
        {
            ReportAt(member, ValidationCodes.DurationTooLong,
                $"{member} '{duration}' is longer than two years; a cadence, lag, window or review frequency may be at most P2Y, so that every date worked out from it stays on the calendar (VAL-3).");
        }
    }

    /// <summary>
    /// Whether a duration of days, weeks, months and years is at most <see cref="MaxDuration"/>: it is when adding it to
    /// the latest date a document may hold lands no later than adding two years does. Adding is monotonic in the date,
    /// so no earlier date can go further.
    /// </summary>
    public static bool IsWithinMaxDuration(Period duration)
    {
        if (duration.HasTimeComponent)
        {
            return true; // refused as not a date duration by the check of its own member
        }

        try
        {
            return AsOfDates.Latest.Plus(duration) <= AsOfDates.Latest.Plus(MaxDuration);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            return false; // beyond the end of the calendar: far longer than two years
        }
    }

    /// <summary>Reports SP1010 at a member when its value is beyond <see cref="ExactNumbers.MaxMagnitude"/>; returns whether it is within.</summary>
    public bool CheckMagnitude(decimal value, string member)
    {
        if (ExactNumbers.IsWithin(value))
        {
            return true;
        }

        ReportAt(member, ValidationCodes.ValueOutOfRange,
            string.Create(CultureInfo.InvariantCulture, $"{member} is {value}; numbers must lie within ±1,000,000,000,000,000 so that every sum and comparison stays exact (FIN-7)."));
        return false;
    }

    /// <summary>Formats money for messages, exactly, in the document's currency (FIN-7): "£1,200,000", "£0.01".</summary>
    public string Money(decimal amount) => MoneyText.Format(amount, Document.Currency);

    public ValidationResult ToResult() => new(ValueList.From(issues));

    private static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear => "a financial year",
        PeriodKind.Quarter => "a quarter",
        _ => "a month",
    };

    private void Add(string code, string path, string message)
    {
        var severity = ValidationCodes.Describe(code)?.Severity
            ?? throw new InvalidOperationException($"Validation code {code} is not in the table.");
        issues.Add(new ValidationIssue(code, severity, Area, path, message));
    }
}
