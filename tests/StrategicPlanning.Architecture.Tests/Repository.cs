namespace StrategicPlanning.Architecture.Tests;

/// <summary>Where the repository is, found from the test output upwards.</summary>
internal static class Repository
{
    /// <summary>Gets the folder that holds StrategicPlanning.sln.</summary>
    public static string Root { get; } = Find();

    /// <summary>Whether <paramref name="path"/> lies in build output (bin, obj, artifacts, node_modules), not in sources.</summary>
    /// <param name="path">A file's path.</param>
    /// <returns>True for build output.</returns>
    public static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj") || parts.Contains("artifacts") || parts.Contains("node_modules");
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StrategicPlanning.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test output.");
    }
}
