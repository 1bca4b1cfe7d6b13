using System.Text;

namespace StrategicPlanning.Cli;

/// <summary>Where a command's document goes: standard output, or a file named by <c>--out</c>.</summary>
internal static class OutputFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to standard output when <paramref name="path"/> is null, else to the file
    /// (UTF-8, no BOM) with <c>Wrote FILE (N KB).</c> on standard error.
    /// </summary>
    /// <returns>Exit code 0, or 2 when the file cannot be written (the reason on standard error).</returns>
    public static int Write(string text, string? path, TextWriter output, TextWriter error)
    {
        if (path is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            error.WriteLine(TerminalText.Safe($"Wrote {path} ({text.Length / 1024:N0} KB)."));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine(TerminalText.Safe($"{path}: cannot be written: {ex.Message}"));
            return ExitCodes.Unusable;
        }
    }
}
