namespace StrategicPlanning.Model;

/// <summary>The weight themes, outcomes, measures and actions carry among their siblings when a document gives none (AGG-1).</summary>
public static class Weights
{
    /// <summary>The weight of anything that names none: every child counts alike.</summary>
    /// <value>1.</value>
    public const decimal Default = 1m;
}
