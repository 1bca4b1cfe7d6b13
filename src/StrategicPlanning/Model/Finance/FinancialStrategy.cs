using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>The Medium-Term Financial Strategy (MTFS): budget lines over consecutive financial years (FIN-1).</summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record FinancialStrategy
{
    /// <summary>Gets the MTFS's id, unique across the document when given (VAL-2).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the title, e.g. "Medium-Term Financial Strategy 2024/25 - 2027/28".</summary>
    public string? Title { get; init; }

    /// <summary>Gets the financial years the MTFS covers, consecutive and in order (FIN-1).</summary>
    public IReadOnlyList<string> Years { get; init => field = Guard.Items(value); } = ValueList<string>.Empty;

    /// <summary>Gets the budget lines.</summary>
    public IReadOnlyList<BudgetLine> Lines { get; init => field = Guard.Items(value); } = ValueList<BudgetLine>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
