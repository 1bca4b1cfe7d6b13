using System.Globalization;
using System.Text;

namespace StrategicPlanning.Cli;

/// <summary>
/// Where a command's document goes: standard output, or a file named by <c>--out</c>. A file is written whole to a
/// temporary file beside it and renamed over the target only when complete, so a failed write (a full disk, a
/// missing folder, no permission) never destroys what was there and leaves no temporary file behind.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Refuses an <c>--out</c> that would replace the input (the same file once links are resolved) or that is a
    /// folder; returns the message, or null when the path can be written.
    /// </summary>
    public static string? Check(string? outPath, string inputPath)
    {
        if (outPath is null)
        {
            return null;
        }

        if (Directory.Exists(outPath))
        {
            return $"--out {outPath}: is a directory; give a file name.";
        }

        return inputPath != SplanConsole.StandardInput && RealPath.SameFile(outPath, inputPath)
            ? $"--out {outPath}: is the input file; write to another file so the input is kept."
            : null;
    }

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

        var bytes = Utf8.GetBytes(text);
        string? temporary = null;
        try
        {
            var target = RealPath.Resolve(path);
            // Beside the target (a rename cannot cross file systems), with a short name that fits wherever the target fits.
            temporary = Path.Combine(Path.GetDirectoryName(target)!, $".splan-{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            KeepMode(target, temporary);
            File.Move(temporary, target, overwrite: true);
            temporary = null;
            error.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture, $"Wrote {path} ({bytes.Length / 1024:N0} KB).")));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine(TerminalText.Safe($"{path}: cannot be written: {ex.Message} Nothing was changed."));
            return ExitCodes.Unusable;
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>The replacement keeps the permissions of the file it replaces.</summary>
    private static void KeepMode(string target, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the write itself has already been reported as failed.
        }
    }
}
