namespace PerformanceHub.Plans;

/// <summary>What one in-process splan run printed, and its exit code (0 done, 1 rule errors, 2 unusable input, 3 bug).</summary>
public sealed record SplanResult(int Exit, string Output, string Error);
