namespace StrategicPlanning.Model;

/// <summary>What a held review was (REV-4, REV-5).</summary>
public enum ReviewKind
{
    /// <summary>A quarterly performance report, naming the quarter it covers.</summary>
    Quarterly = 1,

    /// <summary>The Annual Report, naming the financial year it covers.</summary>
    Annual = 2,

    /// <summary>Any other review of progress.</summary>
    Other = 3,
}
