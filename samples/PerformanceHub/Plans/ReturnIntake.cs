using PerformanceHub.Data;

namespace PerformanceHub.Plans;

/// <summary>
/// Takes a filled-in quarterly return (XLSX or CSV, as <c>splan return</c> made it): merges it into a version with
/// <c>splan import</c> (the library's ReturnImport), to preview its change log, or to commit it as a new version with
/// the file kept exactly as uploaded. The merge runs again at commit, against the version the caller saw.
/// </summary>
public sealed class ReturnIntake(Splan splan, PlanStore store)
{
    /// <summary>The extensions splan import reads.</summary>
    public static bool IsReturnFile(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() is ".XLSX" or ".CSV";

    public ReturnMerge Merge(PlanVersion basis, string fileName, byte[] content, bool replace, string? quarter)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(content);
        using var scratch = splan.NewScratch();
        var returnPath = Path.Combine(scratch.Path, SafeName(fileName));
        File.WriteAllBytes(returnPath, content);
        var merged = scratch.File("merged", ".json");
        List<string> args = ["import", splan.FileOf(basis.Sha256, basis.Document), returnPath, $"--out={merged}", "--format=json"];
        if (replace)
        {
            args.Add("--replace");
        }

        if (!string.IsNullOrWhiteSpace(quarter))
        {
            args.Add($"--quarter={quarter}");
        }

        var result = Splan.Run([.. args]);
        var error = result.Error.Replace(scratch.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return new ReturnMerge(basis.Number, result.Exit, Relabelled(result.Output, basis.Number), error,
            result.Exit == 0 && File.Exists(merged) ? File.ReadAllText(merged) : null);
    }

    /// <summary>The uploaded file's own name (so the change log names it), stripped of any folder and odd characters.</summary>
    internal static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var cleaned = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' ? c : '_')]).Trim();
        var extension = Path.GetExtension(cleaned).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(cleaned);
        return (stem.Length is 0 or > 100 ? "return" : stem) + extension;
    }

    /// <summary>
    /// splan import's change log as the hub shows it: <c>file</c> names the version merged into, and <c>out</c> (a
    /// working file of the hub's) is left out.
    /// </summary>
    private static string Relabelled(string changeLog, int version)
    {
        try
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(changeLog) is not System.Text.Json.Nodes.JsonObject node)
            {
                return changeLog;
            }

            node["file"] = $"version {version}";
            node.Remove("out");
            return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        }
        catch (System.Text.Json.JsonException)
        {
            return changeLog;
        }
    }

    /// <summary>Merges again against <paramref name="editedVersion"/> and, when that succeeds, stores version N+1 with the upload.</summary>
    public async Task<(ReturnMerge? Merge, SaveResult? Saved)> CommitAsync(
        PlanRecord plan, int editedVersion, string fileName, byte[] content, bool replace, string? quarter, string by, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var basis = await store.LatestAsync(plan.Id, cancel);
        if (basis is null || basis.Number != editedVersion)
        {
            return (null, new SaveResult(null, basis?.Number ?? 0));
        }

        var merge = Merge(basis, fileName, content, replace, quarter);
        if (!merge.Succeeded)
        {
            return (merge, null);
        }

        var upload = new ReturnUpload { FileName = SafeName(fileName), Content = content, ChangeLog = merge.ChangeLog, UploadedBy = by };
        return (merge, await store.SaveAsync(plan.Id, editedVersion, merge.Merged!, by, "return", upload, cancel));
    }
}
