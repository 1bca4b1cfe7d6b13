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

    public ReportingCalendar Calendar => Document.Calendar;

    /// <summary>Gets whether the calendar can turn labels into dates (CAL-1); date checks are skipped when not.</summary>
    public bool CalendarIsUsable => Calendar.HasValidStartMonth;

    /// <summary>Gets whether the plan period is a real range; checks against it are skipped when it is inverted (reported once as SP1103).</summary>
    public bool PlanPeriodIsUsable => CalendarIsUsable && Document.Plan.Start <= Document.Plan.End;

    public JsonPathBuilder Path { get; } = new();

    /// <summary>Gets or sets the area issues are filed under while a rule family walks its part.</summary>
    public ValidationArea Area { get; set; } = ValidationArea.Document;

    public IReadOnlyList<ValidationIssue> Issues => issues;

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

        Add(ValidationCodes.InvalidPeriodLabel, member is null ? Path.ToString() : Path.With(member), error!);
        return false;
    }

    /// <summary>Checks that a label names a period of one of the allowed kinds; reports SP1102 when it does not.</summary>
    public bool CheckKind(PeriodLabel label, string? member, string where, params ReadOnlySpan<PeriodKind> allowed)
    {
        foreach (var kind in allowed)
        {
            if (label.Kind == kind)
            {
                return true;
            }
        }

        Add(ValidationCodes.WrongPeriodKind, member is null ? Path.ToString() : Path.With(member),
            $"'{label}' is {Describe(label.Kind)}, but {where} must name {string.Join(" or ", allowed.ToArray().Select(Describe))} (CAL-3).");
        return false;
    }

    /// <summary>Checks a duration used with dates: only years, months, weeks and days, none negative, not all zero.</summary>
    public static bool IsPositiveDateDuration(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 &&
        (period.Years > 0 || period.Months > 0 || period.Weeks > 0 || period.Days > 0);

    /// <summary>Like <see cref="IsPositiveDateDuration"/> but zero is allowed.</summary>
    public static bool IsNonNegativeDateDuration(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;

    /// <summary>Reports SP1010 at a member when its value is beyond <see cref="ExactNumbers.MaxMagnitude"/>; returns whether it is within.</summary>
    public bool CheckMagnitude(decimal value, string member)
    {
        if (ExactNumbers.IsWithin(value))
        {
            return true;
        }

        ReportAt(member, ValidationCodes.ValueOutOfRange,
            $"{member} is {value}; numbers must lie within ±1,000,000,000,000,000 so that every sum and comparison stays exact (FIN-7).");
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
