using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PerformanceHub.Data;

/// <summary>Lets 'dotnet ef migrations add NAME --context SqliteHubDb' build the context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHubDb>
{
    public SqliteHubDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHubDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets 'dotnet ef migrations add NAME --context PostgresHubDb' build the context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHubDb>
{
    public PostgresHubDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHubDb>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
