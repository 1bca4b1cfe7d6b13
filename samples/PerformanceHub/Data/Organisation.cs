namespace PerformanceHub.Data;

/// <summary>A council (or any public body) whose plans the hub holds. Every plan, user and key belongs to one.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    /// <summary>The short name used in addresses, e.g. <c>derby</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }
}
