namespace PerformanceHub.Security;

/// <summary>
/// Who may do what: viewers read; editors also save plans and upload returns; admins also lock quarters and manage
/// keys. Each role includes the ones before it, so a policy names the lowest role it needs.
/// </summary>
public static class HubRoles
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    /// <summary>Policy names, one per role: the role or any above it.</summary>
    public const string CanView = "can-view";
    public const string CanEdit = "can-edit";
    public const string CanAdmin = "can-admin";

    /// <summary>The claim carrying the organisation's slug.</summary>
    public const string OrganisationClaim = "hub:org";

    public static IReadOnlyList<string> All { get; } = [Viewer, Editor, Admin];

    public static bool IsRole(string? role) => role is Viewer or Editor or Admin;

    /// <summary>The roles that satisfy a policy needing <paramref name="lowest"/>.</summary>
    public static string[] AtLeast(string lowest) => lowest switch
    {
        Viewer => [Viewer, Editor, Admin],
        Editor => [Editor, Admin],
        _ => [Admin],
    };
}
