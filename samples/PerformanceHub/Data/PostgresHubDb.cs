using Microsoft.EntityFrameworkCore;

namespace PerformanceHub.Data;

/// <summary>The hub's database on PostgreSQL, for scale; its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresHubDb(DbContextOptions<PostgresHubDb> options) : HubDb(options);
