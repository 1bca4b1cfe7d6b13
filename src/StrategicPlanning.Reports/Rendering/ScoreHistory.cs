using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;

namespace StrategicPlanning.Reports;

/// <summary>
/// The scorecards at the ends of the quarters of the plan so far (at most the last <see cref="MaxQuarters"/>, ending with
/// the report's): what the plan and each theme scored at each quarter's end, from the Aggregation front door (AGG-3, AGG-5).
/// </summary>
internal sealed class ScoreHistory
{
    /// <summary>The most quarters a score chart shows.</summary>
    public const int MaxQuarters = 8;

    private readonly IReadOnlyList<(PeriodLabel Quarter, Scorecard Scorecard)> quarters;

    private ScoreHistory(IReadOnlyList<(PeriodLabel Quarter, Scorecard Scorecard)> quarters) => this.quarters = quarters;

    /// <summary>Gets the quarters, oldest first; the last is the report's.</summary>
    public IEnumerable<PeriodLabel> Quarters => quarters.Select(q => q.Quarter);

    /// <summary>
    /// Scores the quarters from the one the plan starts in (or <see cref="MaxQuarters"/> back) to the report's, reusing the
    /// report's two scorecards; a quarter whose end the rules cannot evaluate at is left out, and so is every one before it.
    /// </summary>
    public static ScoreHistory Of(ReportData data)
    {
        var calendar = data.Document.Calendar;
        var planStart = data.Document.Plan.Start;
        var list = new List<(PeriodLabel, Scorecard)> { (data.Period, data.Scorecard) };
        var quarter = data.Period;
        while (list.Count < MaxQuarters && TryPrevious(calendar, quarter, out var earlier, out var end) && end >= planStart)
        {
            var scorecard = list.Count == 1 ? data.PreviousScorecard : AggregationRules.Evaluate(data.Document, end, data.Options.Scoring).GetValueOrThrow();
            list.Add((earlier, scorecard));
            quarter = earlier;
        }

        list.Reverse();
        return new ScoreHistory(list);
    }

    /// <summary>A node's score and RAG at each quarter's end (null where it had none or did not exist).</summary>
    public IReadOnlyList<ScorePoint> Of(string nodeId) =>
        [.. quarters.Select(q => q.Scorecard.FindNode(nodeId) is { } node ? new ScorePoint(q.Quarter, node.Score, node.Rag) : new ScorePoint(q.Quarter, null, null))];

    private static bool TryPrevious(ReportingCalendar calendar, PeriodLabel quarter, out PeriodLabel earlier, out LocalDate end)
    {
        earlier = default;
        end = default;
        try
        {
            earlier = calendar.Previous(quarter);
            end = calendar.EndOf(earlier);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // before the first year a label can name
        }

        return AsOfDates.IsSupported(end);
    }
}

/// <summary>A node's score and RAG at a quarter's end.</summary>
/// <param name="Quarter">The quarter.</param>
/// <param name="Score">The exact score, or null when the node had none (AGG-3).</param>
/// <param name="Rag">The RAG, with the must-do guard applied (AGG-5, AGG-6), or null.</param>
internal readonly record struct ScorePoint(PeriodLabel Quarter, decimal? Score, Rag? Rag);
