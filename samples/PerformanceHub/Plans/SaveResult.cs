using PerformanceHub.Data;

namespace PerformanceHub.Plans;

/// <summary>What a save came to: the new version, or the latest version number when the caller's was stale.</summary>
public sealed record SaveResult(PlanVersion? Saved, int Latest)
{
    public bool IsStale => Saved is null;
}
