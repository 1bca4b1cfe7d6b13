using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>One of the council's stated values, such as "Better together".</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record PlanValue
{
    /// <summary>Gets the value's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets what the value means in practice.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
