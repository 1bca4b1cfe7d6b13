namespace StrategicPlanning.Cli;

/// <summary>Paths with every symbolic link resolved, to tell whether two names are one file.</summary>
internal static class RealPath
{
    private static readonly StringComparison Case =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Whether two paths name the same file once links are resolved (hard links aside).</summary>
    public static bool SameFile(string a, string b) => string.Equals(Resolve(a), Resolve(b), Case);

    /// <summary>The absolute path with each link along it followed to its final target; parts that do not exist yet are kept as named.</summary>
    public static string Resolve(string path) => Resolve(path, depth: 0);

    private static string Resolve(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null && depth < 32 && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                next = Resolve(target.FullName, depth + 1);
            }

            current = next;
        }

        return current;
    }
}
