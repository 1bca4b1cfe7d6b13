using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The scores table: one row per node of the scorecard (AGG-1..9) — the plan, then each theme followed by its
/// outcomes, in document order — with its level, parent, score, RAG, coverage, measures meeting target and the seven
/// counts. Scores are rounded to 2 places and fractions to 4, half away from zero (<see cref="Rounding.ForDisplay"/>),
/// exactly as <c>splan score --format json</c> gives them; the library never rounds inside a rule (AGG-3).
/// </summary>
internal static class ScoresTable
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "as_of", "level", "id", "name", "parent_id", "weight", "score", "rag", "held_by_must_do", "coverage", "meeting_target",
        "green", "amber", "red", "complete", "no_data", "excluded", "data_only",
    ];

    public static void Write(Scorecard scorecard, CsvTableWriter table)
    {
        var asOf = CsvCell.Date(scorecard.AsOf);
        Write(table, asOf, scorecard.Plan, null);
        foreach (var theme in scorecard.Plan.Children)
        {
            Write(table, asOf, theme, scorecard.Plan.Id);
            foreach (var outcome in theme.Children)
            {
                Write(table, asOf, outcome, theme.Id);
            }
        }
    }

    private static void Write(CsvTableWriter table, string asOf, ScoreNode node, string? parentId)
    {
        var counts = node.Counts;
        table.Write(
            asOf,
            CsvCell.Word<NodeKind>(node.Kind),
            CsvCell.Text(node.Id),
            CsvCell.Text(node.Name),
            CsvCell.Text(parentId),
            CsvCell.Number(node.Weight),
            CsvCell.Number(Round(node.Score, 2)),
            CsvCell.Word(node.Rag),
            CsvCell.Flag(node.HeldByMustDo),
            CsvCell.Number(Round(node.Coverage, 4)),
            CsvCell.Number(Round(node.MeetingTarget, 4)),
            CsvCell.Number(counts.Green),
            CsvCell.Number(counts.Amber),
            CsvCell.Number(counts.Red),
            CsvCell.Number(counts.Complete),
            CsvCell.Number(counts.NoData),
            CsvCell.Number(counts.Excluded),
            CsvCell.Number(counts.DataOnly));
    }

    private static decimal? Round(decimal? value, int places) => value is { } exact ? Rounding.ForDisplay(exact, places) : null;
}
