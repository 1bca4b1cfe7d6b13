namespace PerformanceHub.Load;

/// <summary>
/// One save: what it meant to be, the status it got (0 when the hub could not be reached), the SHA-256 of the body
/// sent, and for a 201 the version number and SHA-256 the hub answered with.
/// </summary>
public sealed record WriteAttempt(WriteKind Kind, int Status, string SentSha256, int? Version, string? SavedSha256);
