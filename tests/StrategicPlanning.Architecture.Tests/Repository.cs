namespace StrategicPlanning.Architecture.Tests;

/// <summary>Where the repository is, found from the test output upwards.</summary>
internal static class Repository
{
    /// <summary>Gets the folder that holds StrategicPlanning.sln.</summary>
    public static string Root { get; } = Find();

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
