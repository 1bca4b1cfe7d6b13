using System.Diagnostics;
using System.Text;
using StrategicPlanning.Json;

namespace StrategicPlanning.Cli.Tests;

/// <summary>
/// Runs splan and captures what it prints: in-process by default, or, when <c>SPLAN_BINARY</c> names a program (the
/// native-AOT splan CI publishes), as that process, with the same arguments, standard input, output, error and exit
/// code. The few tests that need what only the in-process run gives (a smaller input limit, a failing writer, a
/// culture switched inside the process) adapt or skip through <see cref="SkipAgainstBinary"/>.
/// </summary>
internal static class Splan
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string FormatExample => Path.Combine(Samples, "format-example.json");

    /// <summary>The splan program the tests run, from <c>SPLAN_BINARY</c>; null runs splan in-process.</summary>
    public static string? Binary { get; } =
        Environment.GetEnvironmentVariable("SPLAN_BINARY") is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(Stream.Null, args);

    /// <summary>Runs splan with <paramref name="input"/> as its standard input, under the library's default size limit.</summary>
    public static (int Exit, string Out, string Err) Run(Stream input, params string[] args) =>
        Binary is null ? InProcess(input, args) : AsProcess(Binary, input, args, new Dictionary<string, string>());

    /// <summary>
    /// Runs the program <see cref="Binary"/> names with <paramref name="environment"/> added to its environment
    /// (against the in-process splan there is no process to give it to: use <see cref="Run(string[])"/>).
    /// </summary>
    public static (int Exit, string Out, string Err) RunBinary(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        AsProcess(Binary ?? throw new InvalidOperationException("SPLAN_BINARY is not set."), Stream.Null, args, environment);

    /// <summary>Skips a test that checks what only the in-process run can show, saying why, when the tests run a binary.</summary>
    public static void SkipAgainstBinary(string why) =>
        Skip.If(Binary is not null, $"in-process only ({why}); SPLAN_BINARY={Binary} is a separate process");

    /// <summary>Writes <paramref name="text"/> to a temporary file that is deleted when the returned handle is disposed.</summary>
    public static TempFile Write(string text) => new(text);

    private static (int Exit, string Out, string Err) InProcess(Stream input, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SplanApp.Run(args, new SplanConsole(() => input, output, error, PlanReadOptions.Default.MaxDocumentBytes));
        return (exit, output.ToString(), error.ToString());
    }

    private static (int Exit, string Out, string Err) AsProcess(string binary, Stream input, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(binary, args)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start.");

        // Output and error are read as raw bytes, so a byte order mark splan writes is kept as the in-process run keeps it.
        var output = Drain(process.StandardOutput.BaseStream);
        var error = Drain(process.StandardError.BaseStream);
        Feed(process.StandardInput.BaseStream, input);
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{binary} {string.Join(' ', args)} ran for more than two minutes.");
        }

        return (process.ExitCode, Utf8.GetString(output.Result), Utf8.GetString(error.Result));
    }

    private static Task<byte[]> Drain(Stream stream) => Task.Run(() =>
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    });

    private static void Feed(Stream standardInput, Stream input)
    {
        try
        {
            input.CopyTo(standardInput);
            standardInput.Close();
        }
        catch (IOException)
        {
            // splan exited or closed its input without reading all of it: what it printed says why.
        }
    }

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
