using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PerformanceHub.Data;

namespace PerformanceHub.Plans;

/// <summary>
/// Plans and their history in the database. A save never overwrites: it adds version N+1, and only when the caller
/// edited version N (the latest); otherwise it answers stale and stores nothing. Two writers racing for the same
/// number are settled by the unique index on (plan, number): the loser stores nothing and is told it is stale.
/// </summary>
public sealed class PlanStore(HubDb db, TimeProvider clock)
{
    public Task<PlanRecord?> FindPlanAsync(string organisation, string plan, CancellationToken cancel) =>
        db.Plans.AsNoTracking()
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, o })
            .Where(x => x.o.Slug == organisation && x.p.Slug == plan)
            .Select(x => x.p)
            .FirstOrDefaultAsync(cancel);

    public Task<List<PlanRecord>> PlansOfAsync(string organisation, CancellationToken cancel) =>
        db.Plans.AsNoTracking()
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, o })
            .Where(x => x.o.Slug == organisation)
            .OrderBy(x => x.p.Slug)
            .Select(x => x.p)
            .ToListAsync(cancel);

    public Task<PlanVersion?> LatestAsync(int planId, CancellationToken cancel) =>
        db.Versions.AsNoTracking().Where(v => v.PlanId == planId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancel);

    public Task<PlanVersion?> VersionAsync(int planId, int number, CancellationToken cancel) =>
        db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == planId && v.Number == number, cancel);

    public Task<List<VersionSummary>> HistoryAsync(int planId, CancellationToken cancel) =>
        db.Versions.AsNoTracking().Where(v => v.PlanId == planId).OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.Sha256, v.SavedBy, v.SavedAtUtc, v.Source))
            .ToListAsync(cancel);

    public Task<List<QuarterLock>> LocksAsync(int planId, CancellationToken cancel) =>
        db.Locks.AsNoTracking().Where(l => l.PlanId == planId).OrderBy(l => l.Quarter).ToListAsync(cancel);

    public Task<QuarterLock?> LockOfAsync(int planId, string quarter, CancellationToken cancel) =>
        db.Locks.AsNoTracking().FirstOrDefaultAsync(l => l.PlanId == planId && l.Quarter == quarter, cancel);

    /// <summary>The newest <paramref name="most"/> returns uploaded, without their files or change logs (those are per return).</summary>
    public Task<List<ReturnUpload>> ReturnsAsync(int planId, CancellationToken cancel, int most = 100) =>
        db.Returns.AsNoTracking().Where(r => r.PlanId == planId).OrderByDescending(r => r.Id).Take(most)
            .Select(r => new ReturnUpload
            {
                Id = r.Id, PlanId = r.PlanId, FileName = r.FileName, Content = Array.Empty<byte>(), ChangeLog = "",
                BasedOnVersion = r.BasedOnVersion, ProducedVersion = r.ProducedVersion, UploadedBy = r.UploadedBy, UploadedAtUtc = r.UploadedAtUtc,
            })
            .ToListAsync(cancel);

    public Task<ReturnUpload?> ReturnAsync(int planId, long id, CancellationToken cancel) =>
        db.Returns.AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == planId && r.Id == id, cancel);

    public static string Sha256Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>
    /// Adds version <paramref name="editedVersion"/> + 1 holding <paramref name="document"/> (already validated), with
    /// <paramref name="upload"/> when a return made it; stale (nothing stored) when the latest is not <paramref name="editedVersion"/>.
    /// </summary>
    public async Task<SaveResult> SaveAsync(
        int planId, int editedVersion, string document, string savedBy, string source, ReturnUpload? upload, CancellationToken cancel)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancel))
        {
            if (db.Database.IsNpgsql())
            {
                // Writers of one plan queue here rather than race to the unique index (SQLite's BEGIN IMMEDIATE already
                // queues them): the loser then reads the new latest and is told it is stale, without a failed insert.
                await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Plans\" WHERE \"Id\" = {planId} FOR UPDATE", cancel);
            }

            var latest = await LatestNumberAsync(planId, cancel);
            if (latest != editedVersion)
            {
                return new SaveResult(null, latest);
            }

            var version = new PlanVersion
            {
                PlanId = planId, Number = editedVersion + 1, Document = document, Sha256 = Sha256Of(document),
                SavedBy = savedBy, SavedAtUtc = now, Source = source,
            };
            db.Versions.Add(version);
            if (upload is not null)
            {
                upload.PlanId = planId;
                upload.BasedOnVersion = editedVersion;
                upload.ProducedVersion = version.Number;
                upload.UploadedAtUtc = now;
                db.Returns.Add(upload);
            }

            try
            {
                await db.SaveChangesAsync(cancel);
                await transaction.CommitAsync(cancel);
                return new SaveResult(version, version.Number);
            }
            catch (DbUpdateException)
            {
                // Another writer took this number first (the unique index): nothing of ours is stored.
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }

        var now2 = await LatestNumberAsync(planId, cancel);
        if (now2 == editedVersion)
        {
            throw new InvalidOperationException($"Saving version {editedVersion + 1} failed, and no other writer saved it.");
        }

        return new SaveResult(null, now2);
    }

    /// <summary>Locks <paramref name="quarter"/> on <paramref name="version"/>; false when it is already locked.</summary>
    public async Task<QuarterLock?> LockAsync(int planId, string quarter, int version, string lockedBy, CancellationToken cancel)
    {
        var quarterLock = new QuarterLock
        {
            PlanId = planId, Quarter = quarter, VersionNumber = version, LockedBy = lockedBy, LockedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Locks.Add(quarterLock);
        try
        {
            await db.SaveChangesAsync(cancel);
            return quarterLock;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task<int> LatestNumberAsync(int planId, CancellationToken cancel) =>
        await db.Versions.Where(v => v.PlanId == planId).MaxAsync(v => (int?)v.Number, cancel) ?? 0;
}
