using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;

namespace StrategicPlanning.Measures;

/// <summary>
/// Every performance measure of a document evaluated at an as-of date (MEA-2..7): each one's current period, target in
/// force, actual, status and direction of travel, in document order.
/// </summary>
/// <remarks>Immutable and thread-safe. Get one from <see cref="MeasureRules.Evaluate"/>.</remarks>
public sealed class MeasureReport
{
    private readonly Lazy<Dictionary<string, int>> byId;
    private readonly ReportingCalendar calendar;

    internal MeasureReport(ReportingCalendar calendar, LocalDate asOf, MeasureEvaluationOptions options, IReadOnlyList<MeasureEvaluation> measures)
    {
        this.calendar = calendar;
        AsOf = asOf;
        Options = options;
        Measures = measures;
        byId = new(() =>
        {
            var map = new Dictionary<string, int>(measures.Count, StringComparer.Ordinal);
            for (var i = 0; i < measures.Count; i++)
            {
                map.TryAdd(measures[i].Measure.Id, i);
            }

            return map;
        });
    }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the target basis and stable margin used.</summary>
    public MeasureEvaluationOptions Options { get; }

    /// <summary>Gets every measure's evaluation, themes, outcomes and measures in document order.</summary>
    public IReadOnlyList<MeasureEvaluation> Measures { get; }

    /// <summary>Gets "measures meeting target" over every measure (MEA-7): green ÷ (green + amber + red).</summary>
    /// <value>0 to 1, or null when no measure is green, amber or red.</value>
    public decimal? MeetingTarget
    {
        get
        {
            int green = 0, rated = 0;
            foreach (var evaluation in Measures)
            {
                if (evaluation.Status is MeasureStatus.Green or MeasureStatus.Amber or MeasureStatus.Red)
                {
                    rated++;
                    green += evaluation.Status == MeasureStatus.Green ? 1 : 0;
                }
            }

            return rated == 0 ? null : (decimal)green / rated;
        }
    }

    /// <summary>Finds a measure's evaluation by the measure's id.</summary>
    /// <param name="measureId">The measure's id.</param>
    /// <returns>The evaluation, or null when the document has no such measure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureId"/> is null.</exception>
    public MeasureEvaluation? Find(string measureId)
    {
        ArgumentNullException.ThrowIfNull(measureId);
        return byId.Value.TryGetValue(measureId, out var index) ? Measures[index] : null;
    }

    /// <summary>
    /// Evaluates a measure over its last periods up to its current one (MEA-4), oldest first: each period's actual,
    /// target in force and status as this report reads them, at its as-of date and with its options. As restated, every
    /// period takes the targets as they stand at the as-of date; as reported, as they stood at each period's end (MEA-3).
    /// </summary>
    /// <param name="measureId">The measure's id.</param>
    /// <param name="periods">How many periods, 1 or more; the last is the current period.</param>
    /// <returns>
    /// The evaluations, fewer than <paramref name="periods"/> only when no earlier period starts within
    /// <see cref="AsOfDates.Range"/>; null when the document has no such measure.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is less than 1.</exception>
    public IReadOnlyList<MeasureEvaluation>? History(string measureId, int periods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        if (Find(measureId) is not { } current)
        {
            return null;
        }

        var history = new List<MeasureEvaluation>(periods) { current };
        var period = current.Period;
        while (history.Count < periods && TryEarlier(period, out var earlier))
        {
            history.Add(MeasureEvaluator.EvaluatePeriod(current.Measure, calendar, earlier, AsOf, Options));
            period = earlier;
        }

        history.Reverse();
        return ValueList.From(history);
    }

    /// <summary>The period before, when it and the periods its evaluation compares with (MEA-6) have labels and dates.</summary>
    private bool TryEarlier(PeriodLabel period, out PeriodLabel earlier)
    {
        earlier = default;
        try
        {
            var candidate = calendar.Previous(period);
            _ = calendar.Previous(candidate);
            _ = calendar.SamePeriodLastYear(candidate);
            if (!AsOfDates.IsSupported(calendar.StartOf(candidate)))
            {
                return false;
            }

            earlier = candidate;
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // before the first year a label can name
        }
    }
}
