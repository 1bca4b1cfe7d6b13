namespace PerformanceHub.Data;

/// <summary>
/// One saved state of a plan: immutable once written. Numbers run 1, 2, 3… per plan with no gaps (a unique index on
/// plan and number makes a second writer of the same number fail rather than overwrite).
/// </summary>
public sealed class PlanVersion
{
    public long Id { get; set; }

    public int PlanId { get; set; }

    public int Number { get; set; }

    /// <summary>The plan document as saved (UTF-8 JSON text, format 1.0).</summary>
    public required string Document { get; set; }

    /// <summary>SHA-256 of the document's UTF-8 bytes, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Who saved it: a user name or an API key's name.</summary>
    public required string SavedBy { get; set; }

    public DateTime SavedAtUtc { get; set; }

    /// <summary>How it came: <c>seed</c>, <c>api</c>, <c>page</c> or <c>return</c>.</summary>
    public required string Source { get; set; }
}
