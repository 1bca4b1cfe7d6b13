namespace PerformanceHub.Data;

/// <summary>
/// A key another system calls the API with. Only its SHA-256 is stored; the key itself is shown once, when made.
/// <see cref="Prefix"/> (the key's first characters) finds the row without comparing every hash.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public required string Role { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool Revoked { get; set; }
}
