using StrategicPlanning.Model;
using StrategicPlanning.Risks;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The risks table: one row per risk of the register, in register order, as the risk rules read it at the date: the
/// current position (the latest assessment on or before the date, else the inherent rating; RSK-3, RSK-4) with its
/// score and band, the trend since the assessment before (RSK-6), the target, the category's appetite (RSK-5), the
/// review due (RSK-7), whether it is a candidate for removal (RSK-9), and its mitigating actions.
/// </summary>
internal static class RisksTable
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "as_of", "risk_id", "risk_code", "risk", "kind", "category", "owner", "status", "theme_ids", "outcome_ids",
        "likelihood", "impact", "score", "band", "band_rag", "assessed_on", "previous_score", "trend", "target_score",
        "at_target", "appetite", "outside_appetite", "review_due", "review_overdue", "removal_candidate",
        "mitigation_action_ids", "red_mitigations",
    ];

    public static void Write(RiskProfile profile, CsvTableWriter table)
    {
        var asOf = CsvCell.Date(profile.AsOf);
        foreach (var evaluation in profile.Risks)
        {
            var risk = evaluation.Risk;
            var current = evaluation.Current;
            table.Write(
                asOf,
                CsvCell.Text(risk.Id),
                CsvCell.Text(risk.Code),
                CsvCell.Text(risk.Title),
                CsvCell.Word<RiskKind>(risk.Kind),
                CsvCell.Text(risk.Category),
                CsvCell.Text(risk.Owner),
                CsvCell.Word<RiskStatus>(risk.Status),
                CsvCell.Texts(risk.ThemeIds),
                CsvCell.Texts(risk.OutcomeIds),
                CsvCell.Number(current.Likelihood),
                CsvCell.Number(current.Impact),
                CsvCell.Number(current.Score),
                CsvCell.Text(current.Band?.Name),
                CsvCell.Word(current.Band?.Rag),
                CsvCell.Date(current.AssessedOn),
                CsvCell.Number(evaluation.Previous?.Score),
                CsvCell.Word<RiskTrend>(evaluation.Trend),
                CsvCell.Number(evaluation.Target?.Score),
                CsvCell.Flag(evaluation.AtTarget),
                CsvCell.Number(evaluation.Appetite),
                CsvCell.Flag(evaluation.OutsideAppetite),
                CsvCell.Date(evaluation.ReviewDue),
                CsvCell.Flag(evaluation.ReviewOverdue),
                CsvCell.Flag(evaluation.RemovalCandidate),
                CsvCell.Texts(evaluation.Mitigations.Select(m => m.ActionId)),
                CsvCell.Number(evaluation.Mitigations.Count(m => m.IsRed)));
        }
    }
}
