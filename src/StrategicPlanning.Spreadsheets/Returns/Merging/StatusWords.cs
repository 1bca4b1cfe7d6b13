using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// An action's status as people write it (ACT-2): the dropdown's words (<see cref="ReturnLayout.StatusWords"/>) however
/// they are cased and spaced — "On track", "on-track", "ONTRACK", the JSON's "onTrack" — and "complete" and "canceled".
/// </summary>
internal static class StatusWords
{
    private static readonly Dictionary<string, ActionStatus> Words = ReturnLayout.StatusWords
        .Select(pair => (Key: Letters(pair.Value), pair.Key))
        .Append(("complete", ActionStatus.Completed))
        .Append(("canceled", ActionStatus.Cancelled))
        .ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);

    /// <summary>Gets the statuses in words, for messages.</summary>
    public static string All { get; } = string.Join(", ", ReturnLayout.StatusWords.Select(pair => pair.Value));

    public static ActionStatus? Parse(string text) => Words.TryGetValue(Letters(text), out var status) ? status : null;

    /// <summary>A status in words: "on track".</summary>
    public static string Of(ActionStatus status) => ReturnLayout.WordsOf(status);

    private static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
}
