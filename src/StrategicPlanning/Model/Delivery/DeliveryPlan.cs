using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// An annual Delivery Plan, e.g. "Council Delivery Plan 2024-25" approved by Cabinet in September 2024.
/// It counts for its whole financial year, whatever its approval date (ACT-5).
/// </summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record DeliveryPlan
{
    /// <summary>Gets the delivery plan's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the delivery plan's title.</summary>
    public required string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the financial year label (CAL-3), e.g. <c>2024/25</c>.</summary>
    public required string Year { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the date of approval, when known.</summary>
    public LocalDate? Approved { get; init; }

    /// <summary>Gets the actions, in the council's order.</summary>
    public IReadOnlyList<DeliveryAction> Actions { get; init => field = Guard.Items(value); } = ValueList<DeliveryAction>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
