namespace PerformanceHub.Api;

/// <summary>The body of POST …/locks: the quarter whose report goes to Cabinet, e.g. <c>2024/25 Q4</c>.</summary>
public sealed record LockRequest(string? Quarter);
