using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Reports;

/// <summary>Choices for a Cabinet report; the defaults follow the rules and suit most councils.</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record ReportOptions
{
    /// <summary>Gets the default options.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Gets how scores are computed: target basis and aggregation policy. Default: the rules' own.</summary>
    public ScoringOptions Scoring { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = ScoringOptions.Default;

    /// <summary>Gets how many risks the "top risks" table lists, highest current score first. Default 5; at least 1.</summary>
    public int TopRisks
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "TopRisks must be 1 or more.");
    } = 5;

    /// <summary>
    /// Gets how many rows a table or list shows before it sums up the rest in one line: how many more, what they add up
    /// to by status, and the command that lists every one (such as <c>splan export</c>, the open data tables). So a
    /// report stays readable, and a few megabytes at most, whatever the size of the plan. Default 100; at least 1.
    /// </summary>
    public int RowsShown
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "RowsShown must be 1 or more.");
    } = 100;

    /// <summary>
    /// Gets how many themes have a section of their own in the quarterly report, the first in the plan's order; the rest
    /// are rows of the headline's table of themes (up to <see cref="RowsShown"/>, then summed up). Default 10; at least 1.
    /// </summary>
    public int ThemeSections
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "ThemeSections must be 1 or more.");
    } = 10;
}
