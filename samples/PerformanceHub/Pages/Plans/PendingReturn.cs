using System.Text.Json;
using PerformanceHub.Plans;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// A return previewed on the returns page and waiting for its commit: the file's bytes and what was asked, kept in a
/// scratch folder named by 128 random bits (no server memory), for the same user and plan only; deleted at commit, and
/// swept a day later when never committed.
/// </summary>
public sealed record PendingReturn(int PlanId, string User, string FileName, bool Replace, string? Quarter)
{
    private const string Meta = "meta.json";
    private const string Content = "return.bin";

    /// <summary>How long a preview waits for its commit.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>Keeps <paramref name="content"/> and answers the folder's name, to send back with the commit.</summary>
    public string Keep(Splan splan, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(splan);
        var folder = splan.NewScratch();
        File.WriteAllBytes(Path.Combine(folder.Path, Content), content);
        File.WriteAllText(Path.Combine(folder.Path, Meta), JsonSerializer.Serialize(this));
        SweepOlderThan(Path.GetDirectoryName(folder.Path)!, DateTime.UtcNow - KeptFor);
        return Path.GetFileName(folder.Path);
    }

    /// <summary>The return kept under <paramref name="name"/> for this user and plan, or null (gone, or someone else's).</summary>
    public static (PendingReturn Return, byte[] Content, ScratchFolder Folder)? Find(Splan splan, string? name, int planId, string user)
    {
        ArgumentNullException.ThrowIfNull(splan);
        var folder = splan.OpenScratch(name);
        var meta = folder is null ? null : Path.Combine(folder.Path, Meta);
        if (folder is null || !File.Exists(meta))
        {
            return null;
        }

        var kept = JsonSerializer.Deserialize<PendingReturn>(File.ReadAllText(meta));
        return kept is not null && kept.PlanId == planId && kept.User == user
            ? (kept, File.ReadAllBytes(Path.Combine(folder.Path, Content)), folder)
            : null;
    }

    /// <summary>Deletes the kept previews (folders holding a meta file) last written before <paramref name="cutoff"/>.</summary>
    private static void SweepOlderThan(string scratchRoot, DateTime cutoff)
    {
        foreach (var meta in Directory.EnumerateFiles(scratchRoot, Meta, SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(meta) < cutoff)
            {
                new ScratchFolder(Path.GetDirectoryName(meta)!).Dispose();
            }
        }
    }
}
