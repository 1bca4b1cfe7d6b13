namespace StrategicPlanning.Spreadsheets;

/// <summary>One line of an import's change log: a value a return added, changed or left as it was.</summary>
/// <param name="Kind">Added, changed or unchanged.</param>
/// <param name="Item">A measure's actual, an action's update or a risk's assessment.</param>
/// <param name="Id">The measure's, action's or risk's id.</param>
/// <param name="When">The actual's period (<c>2024/25 Q3</c>, <c>2024-10</c>) or the update's or assessment's date (<c>2024-12-31</c>).</param>
/// <param name="Old">The value the plan had, in words (<c>37.4</c>, <c>on track, 70%</c>, <c>likelihood 4, impact 4</c>); null when there was none.</param>
/// <param name="New">The value the return gave, in the same words.</param>
/// <param name="Source">The return it came from.</param>
/// <param name="Place">The row it came from (<c>Measures!7:7</c>, <c>line 7</c>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReturnChange(ReturnChangeKind Kind, ReturnItemKind Item, string Id, string When, string? Old, string New, string Source, string Place)
{
    /// <summary>Returns the change as one line: <c>changed measure m.no2 2024/25 Q3: 37.4 → 37.5</c>.</summary>
    /// <returns>The change as text.</returns>
    public override string ToString()
    {
        var what = Item switch
        {
            ReturnItemKind.MeasureActual => "measure",
            ReturnItemKind.ActionUpdate => "action",
            _ => "risk",
        };
        var kind = Kind switch
        {
            ReturnChangeKind.Added => "added",
            ReturnChangeKind.Changed => "changed",
            _ => "unchanged",
        };
        return Kind == ReturnChangeKind.Changed ? $"{kind} {what} {Id} {When}: {Old} → {New}" : $"{kind} {what} {Id} {When}: {New}";
    }
}
