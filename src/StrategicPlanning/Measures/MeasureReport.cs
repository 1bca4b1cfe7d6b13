using NodaTime;

namespace StrategicPlanning.Measures;

/// <summary>
/// Every performance measure of a document evaluated at an as-of date (MEA-2..7): each one's current period, target in
/// force, actual, status and direction of travel, in document order.
/// </summary>
/// <remarks>Immutable and thread-safe. Get one from <see cref="MeasureRules.Evaluate"/>.</remarks>
public sealed class MeasureReport
{
    private readonly Lazy<Dictionary<string, int>> byId;

    internal MeasureReport(LocalDate asOf, MeasureEvaluationOptions options, IReadOnlyList<MeasureEvaluation> measures)
    {
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
}
