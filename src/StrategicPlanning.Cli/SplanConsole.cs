namespace StrategicPlanning.Cli;

/// <summary>
/// What a splan run reads from and writes to: standard input (for the file name <c>-</c>), standard output and error,
/// and the most bytes it reads from any input. Tests give their own, with a smaller limit.
/// </summary>
/// <param name="OpenInput">Opens standard input.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="MaxInputBytes">The most bytes read from a file or standard input; more is refused with exit 2.</param>
internal sealed record SplanConsole(Func<Stream> OpenInput, TextWriter Output, TextWriter Error, long MaxInputBytes)
{
    /// <summary>The file name that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The process's own console, with the library's limit on a document's size.</summary>
    public static SplanConsole Process() =>
        new(Console.OpenStandardInput, Console.Out, Console.Error, Json.PlanReadOptions.Default.MaxDocumentBytes);
}
