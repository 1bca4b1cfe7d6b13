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
}
