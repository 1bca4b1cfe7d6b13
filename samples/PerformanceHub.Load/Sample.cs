namespace PerformanceHub.Load;

/// <summary>One answered request: which endpoint, its status and how long it took end to end.</summary>
public readonly record struct Sample(string Endpoint, int Status, double Milliseconds);
