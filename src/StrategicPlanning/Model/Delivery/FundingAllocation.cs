using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>Money from a budget line of the MTFS allocated to an action for one financial year (FIN-2).</summary>
/// <remarks>An immutable record and thread-safe. Amounts are exact decimals in the document's currency (FIN-7).</remarks>
public sealed record FundingAllocation
{
    /// <summary>Gets the id of the budget line the money comes from (FIN-3: it must exist).</summary>
    public required string LineId { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the financial year label (CAL-3), inside the MTFS horizon (FIN-3).</summary>
    public required string Year { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the amount allocated; greater than 0 (FIN-2).</summary>
    public required decimal Amount { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
