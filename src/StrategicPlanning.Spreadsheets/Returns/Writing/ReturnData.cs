using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The rows of a quarterly return, read from the library's rule families at the quarter's last day (docs/spreadsheets.md):
/// each measure's periods that end in the quarter (MEA-4), the actions that count (ACT-5) and are not closed before it
/// (ACT-3), and the open risks with their current assessment (RSK-4). It holds no rule of its own.
/// </summary>
internal sealed class ReturnData
{
    /// <summary>The most periods of one measure that can end in a quarter: a monthly measure's three months.</summary>
    private const int MostPeriodsInAQuarter = 3;

    /// <summary>How many earlier actuals a measure row shows for context.</summary>
    private const int EarlierActualsShown = 4;

    private ReturnData(PlanDocument document, PeriodLabel quarter, string owner)
    {
        PlanId = document.Plan.Id;
        Quarter = quarter.ToString();
        Owner = owner;
        MadeFrom = ReturnLayout.MadeFrom(document);
        Start = document.Calendar.StartOf(quarter);
        End = document.Calendar.EndOf(quarter);
        var matrix = document.RiskRegister?.Matrix ?? RiskMatrix.Default;
        LikelihoodLevels = matrix.LikelihoodLevels;
        ImpactLevels = matrix.ImpactLevels;
    }

    public string PlanId { get; }

    public string Quarter { get; }

    /// <summary>The owner the return is for, as given; empty for everyone.</summary>
    public string Owner { get; }

    public string MadeFrom { get; }

    /// <summary>The quarter's first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The quarter's last day: the date everything is read at, and an update's or assessment's date when left blank.</summary>
    public LocalDate End { get; }

    public int LikelihoodLevels { get; }

    public int ImpactLevels { get; }

    public List<MeasureRow> Measures { get; } = [];

    public List<ActionRow> Actions { get; } = [];

    public List<RiskRow> Risks { get; } = [];

    public ReturnContents Contents => new() { Measures = Measures.Count, Actions = Actions.Count, Risks = Risks.Count };

    /// <summary>Reads the rows of a valid document's return for a quarter whose last day is a supported as-of date.</summary>
    public static ReturnData Build(PlanDocument document, PeriodLabel quarter, ReturnOptions options)
    {
        var owner = options.Owner?.Trim() ?? string.Empty;
        var data = new ReturnData(document, quarter, owner);
        data.AddMeasures(document);
        data.AddActions(document);
        data.AddRisks(document);
        return data;
    }

    private bool Owns(string? owner) =>
        Owner.Length == 0 || string.Equals(owner?.Trim(), Owner, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One row per measure and period due in the quarter: each period of the measure's frequency whose last day falls in the
    /// quarter, which is the period that becomes current during it (MEA-4). A monthly measure has three, a quarterly one
    /// has the quarter, an annual one has its financial year in the year's last quarter only.
    /// </summary>
    private void AddMeasures(PlanDocument document)
    {
        var report = MeasureRules.Evaluate(document, End).GetValueOrThrow();
        var calendar = document.Calendar;
        foreach (var theme in document.Plan.Themes)
        {
            foreach (var outcome in theme.Outcomes)
            {
                foreach (var measure in outcome.Measures)
                {
                    if (!Owns(measure.Owner) || report.History(measure.Id, MostPeriodsInAQuarter) is not { } history)
                    {
                        continue;
                    }

                    foreach (var evaluation in history)
                    {
                        if (calendar.EndOf(evaluation.Period) >= Start)
                        {
                            Measures.Add(new MeasureRow(measure, theme.Name, outcome.Title, evaluation.Period.ToString(), evaluation.Target?.Value, EarlierActuals(measure, calendar, evaluation.Period)));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The last actuals before a period, oldest first, as "2024/25 Q1: 36.9; 2024/25 Q2: 37.4".</summary>
    private static string EarlierActuals(Measure measure, ReportingCalendar calendar, PeriodLabel period)
    {
        var earlier = new List<(PeriodLabel Period, decimal Value)>();
        foreach (var actual in measure.Actuals)
        {
            if (calendar.TryParse(actual.Period, out var label, out _) && label < period)
            {
                earlier.Add((label, actual.Value));
            }
        }

        earlier.Sort((a, b) => a.Period.CompareTo(b.Period));
        return string.Join("; ", earlier.Skip(Math.Max(0, earlier.Count - EarlierActualsShown)).Select(a => a.Period + ": " + a.Value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// One row per action of the delivery plans that count at the quarter's end (ACT-5) that has started by then, unless
    /// its latest update (ACT-3) is a completion or cancellation dated before the quarter: it is closed and has nothing to report.
    /// </summary>
    private void AddActions(PlanDocument document)
    {
        var report = DeliveryRules.Evaluate(document, End).GetValueOrThrow();
        foreach (var evaluation in report.Actions)
        {
            var action = evaluation.Action;
            var latest = evaluation.LatestUpdate;
            var closedBefore = latest is { Status: ActionStatus.Completed or ActionStatus.Cancelled } && latest.AsOf < Start;
            if (Owns(action.Owner) && action.Start <= End && !closedBefore)
            {
                Actions.Add(new ActionRow(action, LatestStatus(latest)));
            }
        }
    }

    /// <summary>The latest update in words: "on track, 45% complete, 2024-09-30", or "no update yet".</summary>
    private static string LatestStatus(ActionUpdate? update)
    {
        if (update is null)
        {
            return "no update yet";
        }

        var percent = update.PercentComplete is { } value ? string.Create(CultureInfo.InvariantCulture, $", {value}% complete") : string.Empty;
        return ReturnLayout.WordsOf(update.Status) + percent + ", " + update.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>One row per open risk (RSK-1), with its current assessment at the quarter's end (RSK-4).</summary>
    private void AddRisks(PlanDocument document)
    {
        if (document.RiskRegister is null)
        {
            return;
        }

        var profile = RiskRules.Evaluate(document, End).GetValueOrThrow();
        foreach (var evaluation in profile.Risks)
        {
            if (evaluation.Risk.Status == RiskStatus.Open && Owns(evaluation.Risk.Owner))
            {
                Risks.Add(new RiskRow(evaluation.Risk, evaluation.Current.Likelihood, evaluation.Current.Impact));
            }
        }
    }
}

/// <summary>A measure row: the measure, where it sits, the period due, the target in force then (MEA-3) and earlier actuals.</summary>
internal sealed record MeasureRow(Measure Measure, string Theme, string Outcome, string Period, decimal? Target, string EarlierActuals);

/// <summary>An action row: the action and its latest update in words.</summary>
internal sealed record ActionRow(DeliveryAction Action, string LatestStatus);

/// <summary>A risk row: the risk and its current likelihood and impact (RSK-4).</summary>
internal sealed record RiskRow(Risk Risk, int Likelihood, int Impact);
