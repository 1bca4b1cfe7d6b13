namespace StrategicPlanning.Json;

/// <summary>How <see cref="PlanJson"/> lays out the JSON it writes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanWriteOptions
{
    /// <summary>Gets the default layout: indented for people to read.</summary>
    public static PlanWriteOptions Default { get; } = new();

    /// <summary>Gets a compact layout with no white space: a large plan is a third of the size.</summary>
    public static PlanWriteOptions Compact { get; } = new() { Indented = false };

    /// <summary>Gets whether to indent with two spaces and end lines with <c>\n</c>. Default true.</summary>
    public bool Indented { get; init; } = true;
}
