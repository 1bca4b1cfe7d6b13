namespace StrategicPlanning.Aggregation;

/// <summary>How many distinct leaves beneath a node have each status: the "x green, y amber, z red" of a report (AGG-9).</summary>
/// <param name="Green">Green measures and actions on track.</param>
/// <param name="Amber">Amber measures, actions at risk or started late.</param>
/// <param name="Red">Red measures, actions off track or overdue.</param>
/// <param name="Complete">Completed actions.</param>
/// <param name="NoData">Measures without an actual, actions without an update.</param>
/// <param name="Excluded">Actions cancelled, deferred or not yet due.</param>
/// <param name="DataOnly">Measures with no target in force.</param>
public readonly record struct StatusCounts(int Green, int Amber, int Red, int Complete, int NoData, int Excluded, int DataOnly)
{
    /// <summary>Gets the number of leaves counted.</summary>
    public int Total => Green + Amber + Red + Complete + NoData + Excluded + DataOnly;

    /// <summary>Gets the number of leaves that are eligible for coverage: not excluded, not data only (AGG-4).</summary>
    public int Eligible => Green + Amber + Red + Complete + NoData;

    /// <summary>Gets the number of eligible leaves that have a status to score: all but those with no data (AGG-4).</summary>
    public int WithData => Green + Amber + Red + Complete;

    /// <summary>Gets the count of one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>How many leaves have it.</returns>
    public int this[LeafStatus status] => status switch
    {
        LeafStatus.Green => Green,
        LeafStatus.Amber => Amber,
        LeafStatus.Red => Red,
        LeafStatus.Complete => Complete,
        LeafStatus.NoData => NoData,
        LeafStatus.Excluded => Excluded,
        _ => DataOnly,
    };

    /// <summary>Returns these counts with one more leaf of <paramref name="status"/>.</summary>
    /// <param name="status">The status of the leaf to add.</param>
    /// <returns>The new counts.</returns>
    public StatusCounts Add(LeafStatus status) => status switch
    {
        LeafStatus.Green => this with { Green = Green + 1 },
        LeafStatus.Amber => this with { Amber = Amber + 1 },
        LeafStatus.Red => this with { Red = Red + 1 },
        LeafStatus.Complete => this with { Complete = Complete + 1 },
        LeafStatus.NoData => this with { NoData = NoData + 1 },
        LeafStatus.Excluded => this with { Excluded = Excluded + 1 },
        _ => this with { DataOnly = DataOnly + 1 },
    };

    /// <summary>Formats the counts as a report line: "2 green, 1 amber, 0 red, 1 complete, 0 no data, 1 excluded, 0 data only".</summary>
    /// <returns>The counts in words.</returns>
    public override string ToString() =>
        $"{Green} green, {Amber} amber, {Red} red, {Complete} complete, {NoData} no data, {Excluded} excluded, {DataOnly} data only";
}
