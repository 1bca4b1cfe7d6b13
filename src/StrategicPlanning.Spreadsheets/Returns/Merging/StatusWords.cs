using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// An action's status as people write it (ACT-2): "On track", "on-track", "ONTRACK" and the JSON's "onTrack" are all
/// <see cref="ActionStatus.OnTrack"/>; "Complete" and "Canceled" are accepted too.
/// </summary>
internal static class StatusWords
{
    private static readonly Dictionary<string, ActionStatus> Words = new(StringComparer.Ordinal)
    {
        ["notstarted"] = ActionStatus.NotStarted,
        ["ontrack"] = ActionStatus.OnTrack,
        ["atrisk"] = ActionStatus.AtRisk,
        ["offtrack"] = ActionStatus.OffTrack,
        ["completed"] = ActionStatus.Completed,
        ["complete"] = ActionStatus.Completed,
        ["deferred"] = ActionStatus.Deferred,
        ["cancelled"] = ActionStatus.Cancelled,
        ["canceled"] = ActionStatus.Cancelled,
    };

    /// <summary>Gets the statuses in words, for messages.</summary>
    public static string All => "not started, on track, at risk, off track, completed, deferred, cancelled";

    public static ActionStatus? Parse(string text)
    {
        var key = new string([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        return Words.TryGetValue(key, out var status) ? status : null;
    }

    /// <summary>A status in words: "on track".</summary>
    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "not started",
        ActionStatus.OnTrack => "on track",
        ActionStatus.AtRisk => "at risk",
        ActionStatus.OffTrack => "off track",
        ActionStatus.Completed => "completed",
        ActionStatus.Deferred => "deferred",
        _ => "cancelled",
    };
}
