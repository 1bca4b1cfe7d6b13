namespace PerformanceHub.Load;

/// <summary>One line of GET …/versions: a version's number and the SHA-256 of its document.</summary>
public sealed record HistoryEntry(int Number, string Sha256);
