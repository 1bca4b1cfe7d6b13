namespace PerformanceHub.Plans;

/// <summary>One line of a plan's history: a version without its document.</summary>
public sealed record VersionSummary(int Number, string Sha256, string SavedBy, DateTime SavedAtUtc, string Source);
