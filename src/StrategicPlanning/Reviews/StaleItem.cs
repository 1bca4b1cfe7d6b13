using NodaTime;

namespace StrategicPlanning.Reviews;

/// <summary>An action, measure or risk whose information is out of date at the as-of date (REV-7).</summary>
/// <param name="Kind">Action, measure or risk.</param>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="LastUpdated">The date of its latest update, actual's period end or assessment, or null when it has none.</param>
/// <param name="Reason">Why it is stale, in words.</param>
public sealed record StaleItem(StaleItemKind Kind, string Id, string Title, LocalDate? LastUpdated, string Reason);
