using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>The public body whose plan the document holds, e.g. Derby City Council (code E06000015).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record Organisation
{
    /// <summary>Gets the organisation's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the organisation's code, e.g. the ONS local authority code "E06000015".</summary>
    public string? Code { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
