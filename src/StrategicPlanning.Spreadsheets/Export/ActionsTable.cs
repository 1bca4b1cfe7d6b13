using StrategicPlanning.Delivery;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The actions table: one row per action of the delivery plans that count at the date (ACT-5), in document order,
/// with its effective status then (ACT-3) and its colour, the latest update on or before the date, percent complete
/// (the update's, else the share of milestones done, ACT-4) and the milestones overdue.
/// </summary>
internal static class ActionsTable
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "as_of", "delivery_plan_id", "year", "action_id", "action_code", "action", "outcome_ids", "owner", "start", "due",
        "must_do", "weight", "status", "rag", "reported_status", "reported_on", "percent_complete",
        "percent_complete_from_milestones", "overdue_milestones", "commentary",
    ];

    public static void Write(DeliveryReport report, CsvTableWriter table)
    {
        var asOf = CsvCell.Date(report.AsOf);
        foreach (var plan in report.CountingPlans)
        {
            foreach (var action in plan.Actions)
            {
                var evaluation = report.Find(action.Id)!.Value;
                var update = evaluation.LatestUpdate;
                table.Write(
                    asOf,
                    CsvCell.Text(plan.Id),
                    CsvCell.Text(plan.Year),
                    CsvCell.Text(action.Id),
                    CsvCell.Text(action.Code),
                    CsvCell.Text(action.Title),
                    CsvCell.Texts(action.OutcomeIds),
                    CsvCell.Text(action.Owner),
                    CsvCell.Date(action.Start),
                    CsvCell.Date(action.Due),
                    CsvCell.Flag(action.MustDo),
                    CsvCell.Number(action.Weight),
                    CsvCell.Word<EffectiveActionStatus>(evaluation.Status),
                    CsvCell.Word(evaluation.Rag),
                    CsvCell.Word(update?.Status),
                    CsvCell.Date(update?.AsOf),
                    CsvCell.Number(evaluation.PercentComplete),
                    CsvCell.Flag(evaluation.PercentComplete is null ? null : evaluation.PercentCompleteFromMilestones),
                    CsvCell.Number(evaluation.OverdueMilestones.Count),
                    CsvCell.Text(update?.Commentary));
            }
        }
    }
}
