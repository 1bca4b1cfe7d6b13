using Microsoft.EntityFrameworkCore;

namespace PerformanceHub.Data;

/// <summary>The hub's database on SQLite, the embedded default; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteHubDb(DbContextOptions<SqliteHubDb> options) : HubDb(options);
