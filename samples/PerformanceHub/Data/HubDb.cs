using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PerformanceHub.Data;

/// <summary>
/// The hub's database. Two subclasses carry each provider's own migrations: <see cref="SqliteHubDb"/> (the embedded
/// default) and <see cref="PostgresHubDb"/>; the app and its services only ever see this type.
/// </summary>
public abstract class HubDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PlanRecord> Plans => Set<PlanRecord>();

    public DbSet<PlanVersion> Versions => Set<PlanVersion>();

    public DbSet<QuarterLock> Locks => Set<QuarterLock>();

    public DbSet<ReturnUpload> Returns => Set<ReturnUpload>();

    public DbSet<HubUser> Users => Set<HubUser>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>
    /// Every time is stored and read as UTC: SQLite keeps no kind, so without this a time read back would lose its
    /// 'Z' in the API (PostgreSQL's timestamptz already reads as UTC).
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Organisation>(e =>
        {
            e.HasIndex(o => o.Slug).IsUnique();
            e.Property(o => o.Slug).HasMaxLength(64);
            e.Property(o => o.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<PlanRecord>(e =>
        {
            e.HasIndex(p => new { p.OrganisationId, p.Slug }).IsUnique();
            e.Property(p => p.Slug).HasMaxLength(64);
            e.Property(p => p.Title).HasMaxLength(400);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PlanVersion>(e =>
        {
            // No two versions of a plan share a number: the second of two racing writers fails here (412), never overwrites.
            e.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
            e.Property(v => v.Sha256).HasMaxLength(64);
            e.Property(v => v.SavedBy).HasMaxLength(200);
            e.Property(v => v.Source).HasMaxLength(16);
            e.HasOne<PlanRecord>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<QuarterLock>(e =>
        {
            e.HasIndex(l => new { l.PlanId, l.Quarter }).IsUnique();
            e.Property(l => l.Quarter).HasMaxLength(32);
            e.Property(l => l.LockedBy).HasMaxLength(200);
            e.HasOne<PlanRecord>().WithMany().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ReturnUpload>(e =>
        {
            e.HasIndex(r => new { r.PlanId, r.ProducedVersion });
            e.Property(r => r.FileName).HasMaxLength(260);
            e.Property(r => r.UploadedBy).HasMaxLength(200);
            e.HasOne<PlanRecord>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<HubUser>(e =>
        {
            e.HasIndex(u => u.UserName).IsUnique();
            e.Property(u => u.UserName).HasMaxLength(100);
            e.Property(u => u.Role).HasMaxLength(16);
            e.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ApiKey>(e =>
        {
            e.HasIndex(k => k.Prefix).IsUnique();
            e.Property(k => k.Name).HasMaxLength(100);
            e.Property(k => k.Prefix).HasMaxLength(16);
            e.Property(k => k.Hash).HasMaxLength(64);
            e.Property(k => k.Role).HasMaxLength(16);
            e.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        time => DateTime.SpecifyKind(time, DateTimeKind.Utc), time => DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
