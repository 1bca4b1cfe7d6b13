namespace PerformanceHub.Data;

/// <summary>A person who signs in to the pages; the password is stored hashed (ASP.NET Core's PBKDF2 hasher).</summary>
public sealed class HubUser
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public required string UserName { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary><c>viewer</c>, <c>editor</c> or <c>admin</c> (<see cref="Security.HubRoles"/>).</summary>
    public required string Role { get; set; }
}
