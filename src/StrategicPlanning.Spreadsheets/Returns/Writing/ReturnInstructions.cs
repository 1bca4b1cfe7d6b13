using System.Globalization;

namespace StrategicPlanning.Spreadsheets;

/// <summary>The words of a return's Instructions sheet and the rows of its hidden identity sheet.</summary>
internal static class ReturnInstructions
{
    public static IReadOnlyList<string> Lines(ReturnData data)
    {
        var end = data.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var contents = data.Contents;
        return
        [
            $"Quarterly return for {data.Quarter}" + (data.Owner.Length == 0 ? string.Empty : " — " + data.Owner),
            $"Plan: {data.PlanId}. This return lists {Count(contents.Measures, "measure row")}, {Count(contents.Actions, "action")} and {Count(contents.Risks, "open risk")}.",
            string.Empty,
            $"{ReturnLayout.MeasuresSheet}: one row per measure and period due in the quarter. Type the {ReturnLayout.Actual} as a number in the measure's unit (a percentage as the number of per cent: 42 for 42%), or leave it blank if there is no data yet. {ReturnLayout.Commentary} becomes the actual's note.",
            $"{ReturnLayout.ActionsSheet}: choose the {ReturnLayout.Status} from the list, give the {ReturnLayout.PercentComplete} (0 to 100) and a {ReturnLayout.Commentary}. Leave {ReturnLayout.UpdateDate} blank for the quarter's last day, {end}.",
            $"{ReturnLayout.RisksSheet}: give the {ReturnLayout.NewLikelihood} and {ReturnLayout.NewImpact} as whole numbers from 1 to {Number(data.LikelihoodLevels)} and 1 to {Number(data.ImpactLevels)}, and a {ReturnLayout.Commentary}. Leave {ReturnLayout.AssessmentDate} blank for {end}.",
            "Leave a row blank when you have nothing to report for it. The shaded cells are the ones to fill in; the others are context and are protected.",
            "Do not rename or delete the columns, and send the workbook back as it is (XLSX): it says which plan and quarter it was made for.",
        ];
    }

    /// <summary>The identity rows of the hidden sheet, in order (docs/spreadsheets.md); an empty owner means everyone.</summary>
    public static IReadOnlyList<(string Key, string Value)> Identity(ReturnData data) =>
    [
        (ReturnLayout.FormatKey, ReturnLayout.Format),
        (ReturnLayout.PlanKey, data.PlanId),
        (ReturnLayout.QuarterKey, data.Quarter),
        (ReturnLayout.OwnerKey, data.Owner),
        (ReturnLayout.MadeFromKey, data.MadeFrom),
    ];

    private static string Count(int count, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}{(count == 1 ? string.Empty : "s")}");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
