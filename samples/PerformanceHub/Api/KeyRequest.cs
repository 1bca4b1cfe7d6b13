namespace PerformanceHub.Api;

/// <summary>The body of POST …/keys: a name for the calling system, and its role (viewer, editor or admin).</summary>
public sealed record KeyRequest(string? Name, string? Role);
