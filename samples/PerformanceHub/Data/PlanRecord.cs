namespace PerformanceHub.Data;

/// <summary>A plan the hub holds; its content lives in its <see cref="PlanVersion"/>s, never overwritten.</summary>
public sealed class PlanRecord
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    /// <summary>The short name used in addresses, e.g. <c>council-plan</c>.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }
}
