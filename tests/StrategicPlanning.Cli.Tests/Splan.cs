namespace StrategicPlanning.Cli.Tests;

/// <summary>Runs splan in-process and captures what it prints.</summary>
internal static class Splan
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string FormatExample => Path.Combine(Samples, "format-example.json");

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SplanApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to a temporary file that is deleted when the returned handle is disposed.</summary>
    public static TempFile Write(string text) => new(text);

    internal sealed class TempFile : IDisposable
    {
        public TempFile(string text)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"splan-test-{Guid.NewGuid():N}.json");
            File.WriteAllText(Path, text);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
