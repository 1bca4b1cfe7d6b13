using System.Collections.Frozen;

namespace StrategicPlanning.StratML;

/// <summary>
/// Where the writer puts kept elements back: for each record that keeps elements (the plan, the organisation, a goal,
/// an objective, an indicator, a stakeholder, a target or actual), the names it writes back, how many of each, and in
/// which part. The one table the writer writes by and the reader checks by, so that whatever an import keeps and the
/// writer would not put back is noted at import.
/// </summary>
internal static class KeptPlaces
{
    /// <summary>The owner name <see cref="ExtensionBuilder"/> uses for the plan, whichever part was read.</summary>
    public const string Plan = "PerformancePlanOrReport";

    private static readonly FrozenDictionary<string, Place[]> Places = new Dictionary<string, Place[]>(StringComparer.Ordinal)
    {
        [Plan] =
        [
            new("Description", 1), new("OtherInformation", 1), new("Organization", int.MaxValue), new("PublicationDate", 1),
            new("Source", 1), new("Submitter", 1),
        ],
        ["Organization"] = [new("Acronym", 1), new("Identifier", 1), new("Description", 1)],
        ["Goal"] = [new("OtherInformation", 1)],
        ["Objective"] = [new("OtherInformation", 1)],
        ["PerformanceIndicator"] = [new("Relationship", int.MaxValue), new("OtherInformation", 1)],
        ["Stakeholder"] = [new("Description", 1), new("Role", int.MaxValue) { Part2Only = true }],
        ["TargetResult"] = [new("Descriptor", 1), new("Description", 1)],
        ["ActualResult"] = [new("Descriptor", 1), new("Description", 1)],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>How many kept elements of a name the writer puts back in a record: 0 when none, in this part or at all.</summary>
    public static int Max(string owner, string name, StratMLPart part) =>
        Find(owner, name) is { } place && (!place.Part2Only || part == StratMLPart.Part2) ? place.Max : 0;

    /// <summary>Whether the writer puts kept elements of a name back in a record in some part.</summary>
    public static bool Has(string owner, string name) => Find(owner, name) is not null;

    /// <summary>The children the writer keeps of a kept element written in a part: Part 1's Submitter has no Identifier.</summary>
    public static Func<string, bool> KeepChild(string owner, string name, StratMLPart part) =>
        owner == Plan && name == "Submitter" && part == StratMLPart.Part1 ? child => child != "Identifier" : _ => true;

    private static Place? Find(string owner, string name) =>
        Places.TryGetValue(owner, out var places) ? Array.Find(places, p => p.Name == name) : null;

    private sealed record Place(string Name, int Max)
    {
        public bool Part2Only { get; init; }
    }
}
