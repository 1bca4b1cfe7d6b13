namespace PerformanceHub.Hosting;

/// <summary>The hub's settings (section <c>Hub</c> of appsettings.json, environment variables <c>Hub__…</c>, or the command line).</summary>
public sealed class HubOptions
{
    /// <summary><c>sqlite</c> (the default, a file under <see cref="DataFolder"/>) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The database connection string; for SQLite, empty means <c>DataFolder/hub.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file and the working copies of documents live; relative to the app's folder.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The largest request body accepted (a plan document or a return upload); more is answered 413.</summary>
    public long MaxUploadBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The admin password to seed with; when empty, one is generated and printed once, at first start.</summary>
    public string? SeedAdminPassword { get; set; }

    /// <summary>An admin API key to seed with (tests); when empty, one is generated and printed once, at first start.</summary>
    public string? SeedApiKey { get; set; }

    /// <summary>Whether to seed the Derby sample on an empty database.</summary>
    public bool Seed { get; set; } = true;
}
