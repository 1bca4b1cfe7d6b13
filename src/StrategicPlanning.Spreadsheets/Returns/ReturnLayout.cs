using System.Security.Cryptography;
using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The return workbook's layout, shared by the writer and the reader so the two can never disagree: sheet names,
/// header texts, the identity keys and their defined names (docs/spreadsheets.md). The reader finds sheets and columns
/// by these header texts, case and surrounding spaces ignored, never by position.
/// </summary>
internal static class ReturnLayout
{
    /// <summary>The value of the <see cref="FormatKey"/> identity row: this layout's version.</summary>
    public const string Format = "StrategicPlanning return 1";

    /// <summary>The sheet of instructions for the person filling the return in.</summary>
    public const string InstructionsSheet = "Instructions";

    /// <summary>The measures sheet: one row per measure and period due in the quarter.</summary>
    public const string MeasuresSheet = "Measures";

    /// <summary>The actions sheet: one row per action that counts in the quarter.</summary>
    public const string ActionsSheet = "Actions";

    /// <summary>The risks sheet: one row per open risk.</summary>
    public const string RisksSheet = "Risks";

    /// <summary>The hidden sheet that says what the return was made for and from.</summary>
    public const string IdentitySheet = "Return";

    /// <summary>Identity keys, in the order written: column <c>Key</c>, beside each its <c>Value</c>.</summary>
    public const string FormatKey = "Format";

    /// <summary>The identity key of the plan's id.</summary>
    public const string PlanKey = "Plan id";

    /// <summary>The identity key of the quarter, as the document's calendar writes it.</summary>
    public const string QuarterKey = "Quarter";

    /// <summary>The identity key of the owner the return is for, blank for everyone.</summary>
    public const string OwnerKey = "Owner";

    /// <summary>The identity key of the hash of the document the return was made from (<see cref="MadeFrom"/>).</summary>
    public const string MadeFromKey = "Made from";

    /// <summary>Defined names of the identity values, for readers that look names up rather than scan the sheet.</summary>
    public const string PlanName = "SP.Plan";

    /// <summary>The defined name of the quarter's cell.</summary>
    public const string QuarterName = "SP.Quarter";

    /// <summary>The defined name of the owner's cell.</summary>
    public const string OwnerName = "SP.Owner";

    /// <summary>The defined name of the made-from hash's cell.</summary>
    public const string MadeFromName = "SP.MadeFrom";

    /// <summary>Measures sheet headers; <see cref="MeasureId"/>, <see cref="Period"/>, <see cref="Actual"/> and <see cref="Commentary"/> are read back.</summary>
    public const string MeasureId = "Measure id";

    /// <summary>The measure's title (context).</summary>
    public const string MeasureTitle = "Measure";

    /// <summary>The theme a row sits under (context).</summary>
    public const string Theme = "Theme";

    /// <summary>The outcome a measure sits under (context).</summary>
    public const string Outcome = "Outcome";

    /// <summary>The owner (context).</summary>
    public const string Owner = "Owner";

    /// <summary>The measure's unit (context).</summary>
    public const string Unit = "Unit";

    /// <summary>The polarity in words (context).</summary>
    public const string Better = "Better";

    /// <summary>The period an actual is for (read).</summary>
    public const string Period = "Period";

    /// <summary>The target in force for the period (context, MEA-3).</summary>
    public const string Target = "Target";

    /// <summary>The last four actuals before the period (context).</summary>
    public const string EarlierActuals = "Earlier actuals";

    /// <summary>The new actual (read).</summary>
    public const string Actual = "Actual";

    /// <summary>Free text on every sheet (read): an actual's note, an update's or an assessment's commentary.</summary>
    public const string Commentary = "Commentary";

    /// <summary>Actions sheet: the action's id (read).</summary>
    public const string ActionId = "Action id";

    /// <summary>The action's title (context).</summary>
    public const string ActionTitle = "Action";

    /// <summary>The action's due date (context).</summary>
    public const string Due = "Due";

    /// <summary>The latest reported status (context).</summary>
    public const string LatestStatus = "Latest status";

    /// <summary>The new status, from a dropdown of the allowed statuses in words (read, ACT-2).</summary>
    public const string Status = "Status";

    /// <summary>Percent complete, a whole number 0–100 (read).</summary>
    public const string PercentComplete = "Percent complete";

    /// <summary>The update's date, blank for the quarter's last day (read).</summary>
    public const string UpdateDate = "Update date";

    /// <summary>Risks sheet: the risk's id (read).</summary>
    public const string RiskId = "Risk id";

    /// <summary>The risk's title (context).</summary>
    public const string RiskTitle = "Risk";

    /// <summary>Threat or opportunity (context).</summary>
    public const string Kind = "Kind";

    /// <summary>The current likelihood (context).</summary>
    public const string CurrentLikelihood = "Current likelihood";

    /// <summary>The current impact (context).</summary>
    public const string CurrentImpact = "Current impact";

    /// <summary>The new likelihood, limited to the matrix's levels (read, RSK-2).</summary>
    public const string NewLikelihood = "New likelihood";

    /// <summary>The new impact, limited to the matrix's levels (read, RSK-2).</summary>
    public const string NewImpact = "New impact";

    /// <summary>The assessment's date, blank for the quarter's last day (read).</summary>
    public const string AssessmentDate = "Assessment date";

    /// <summary>
    /// The words of the <see cref="Status"/> dropdown, one per reported status in ACT-2's order: what the writer offers
    /// and the reader accepts (case and surrounding spaces ignored).
    /// </summary>
    public static readonly IReadOnlyList<KeyValuePair<ActionStatus, string>> StatusWords =
    [
        new(ActionStatus.NotStarted, "not started"),
        new(ActionStatus.OnTrack, "on track"),
        new(ActionStatus.AtRisk, "at risk"),
        new(ActionStatus.OffTrack, "off track"),
        new(ActionStatus.Completed, "completed"),
        new(ActionStatus.Deferred, "deferred"),
        new(ActionStatus.Cancelled, "cancelled"),
    ];

    /// <summary>A reported status in the words of <see cref="StatusWords"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its words, e.g. "on track".</returns>
    public static string WordsOf(ActionStatus status) => StatusWords[(int)status - 1].Value;

    /// <summary>What a return was made from: the SHA-256, lower-case hex, of the document as <see cref="PlanJson.WriteUtf8(PlanDocument)"/> writes it.</summary>
    /// <param name="document">The plan document.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string MadeFrom(PlanDocument document) => Convert.ToHexStringLower(SHA256.HashData(PlanJson.WriteUtf8(document)));
}
