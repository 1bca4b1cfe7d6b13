namespace PerformanceHub.Data;

/// <summary>
/// A quarter whose report went to Cabinet: its report and scorecard always come from <see cref="VersionNumber"/>,
/// whatever is restated later. A quarter is locked once and stays locked.
/// </summary>
public sealed class QuarterLock
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    /// <summary>The quarter as the plan's calendar writes it, e.g. <c>2024/25 Q4</c>.</summary>
    public required string Quarter { get; set; }

    public int VersionNumber { get; set; }

    public required string LockedBy { get; set; }

    public DateTime LockedAtUtc { get; set; }
}
