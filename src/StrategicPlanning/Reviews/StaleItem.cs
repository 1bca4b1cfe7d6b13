using NodaTime;

namespace StrategicPlanning.Reviews;

/// <summary>An action, measure or risk whose information is out of date at the as-of date (REV-7).</summary>
public sealed record StaleItem
{
    internal StaleItem(StaleItemKind kind, string id, string title, LocalDate? lastUpdated, string reason)
    {
        Kind = kind;
        Id = id;
        Title = title;
        LastUpdated = lastUpdated;
        Reason = reason;
    }

    /// <summary>Gets action, measure or risk.</summary>
    public StaleItemKind Kind { get; }

    /// <summary>Gets its id.</summary>
    public string Id { get; }

    /// <summary>Gets its title.</summary>
    public string Title { get; }

    /// <summary>Gets the date of its latest update, actual's period end or assessment, or null when it has none.</summary>
    public LocalDate? LastUpdated { get; }

    /// <summary>Gets why it is stale, in words.</summary>
    public string Reason { get; }
}
