using System.Globalization;
namespace StrategicPlanning.Aggregation;

/// <summary>How many distinct leaves beneath a node have each status: the "x green, y amber, z red" of a report (AGG-9).</summary>
public readonly record struct StatusCounts
{
    internal StatusCounts(int green, int amber, int red, int complete, int noData, int excluded, int dataOnly)
    {
        Green = green;
        Amber = amber;
        Red = red;
        Complete = complete;
        NoData = noData;
        Excluded = excluded;
        DataOnly = dataOnly;
    }

    /// <summary>Gets the number of green measures and actions on track.</summary>
    public int Green { get; }

    /// <summary>Gets the number of amber measures, and actions at risk or started late.</summary>
    public int Amber { get; }

    /// <summary>Gets the number of red measures, and actions off track or overdue.</summary>
    public int Red { get; }

    /// <summary>Gets the number of completed actions.</summary>
    public int Complete { get; }

    /// <summary>Gets the number of measures without an actual and actions without an update.</summary>
    public int NoData { get; }

    /// <summary>Gets the number of actions cancelled, deferred or not yet due.</summary>
    public int Excluded { get; }

    /// <summary>Gets the number of measures with no target in force.</summary>
    public int DataOnly { get; }

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
    internal StatusCounts Add(LeafStatus status) => status switch
    {
        LeafStatus.Green => new(Green + 1, Amber, Red, Complete, NoData, Excluded, DataOnly),
        LeafStatus.Amber => new(Green, Amber + 1, Red, Complete, NoData, Excluded, DataOnly),
        LeafStatus.Red => new(Green, Amber, Red + 1, Complete, NoData, Excluded, DataOnly),
        LeafStatus.Complete => new(Green, Amber, Red, Complete + 1, NoData, Excluded, DataOnly),
        LeafStatus.NoData => new(Green, Amber, Red, Complete, NoData + 1, Excluded, DataOnly),
        LeafStatus.Excluded => new(Green, Amber, Red, Complete, NoData, Excluded + 1, DataOnly),
        _ => new(Green, Amber, Red, Complete, NoData, Excluded, DataOnly + 1),
    };

    /// <summary>Formats the counts as a report line: "2 green, 1 amber, 0 red, 1 complete, 0 no data, 1 excluded, 0 data only".</summary>
    /// <returns>The counts in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Green} green, {Amber} amber, {Red} red, {Complete} complete, {NoData} no data, {Excluded} excluded, {DataOnly} data only");
}
