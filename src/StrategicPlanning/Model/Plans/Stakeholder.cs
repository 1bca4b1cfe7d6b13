using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A party with an interest in a plan, theme or outcome: residents, partners, a named officer.</summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record Stakeholder
{
    /// <summary>Gets the stakeholder's name, e.g. "Residents of Derby".</summary>
    public string? Name { get; init; }

    /// <summary>Gets whether this is a person, an organisation or a group, when known.</summary>
    public StakeholderKind? Kind { get; init => field = Guard.Defined(value); }

    /// <summary>Gets the roles the stakeholder plays.</summary>
    public IReadOnlyList<StakeholderRole> Roles { get; init => field = Guard.DefinedItems(value); } = ValueList<StakeholderRole>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
