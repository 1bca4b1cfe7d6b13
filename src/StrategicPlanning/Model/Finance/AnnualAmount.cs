using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>An amount of money for one financial year: a budget line's amount, or an action's estimated cost.</summary>
/// <remarks>An immutable record and thread-safe. Amounts are exact decimals, never rounded on read (FIN-7).</remarks>
public sealed record AnnualAmount
{
    /// <summary>Gets the financial year label (CAL-3), e.g. <c>2024/25</c>.</summary>
    public required string Year { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the amount in the document's currency; never negative (FIN-1).</summary>
    public required decimal Amount { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
