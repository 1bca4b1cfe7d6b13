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
    public static int Write(string text, string? path, TextWriter output, TextWriter error) =>
        Write(path, output, error, writer =>
        {
            writer.Write(text);
            return ExitCodes.Success;
        });

    /// <summary>
    /// Lets <paramref name="write"/> write to standard output when <paramref name="path"/> is null, else to the file
    /// (UTF-8, no BOM of its own), streamed, with <c>Wrote FILE (N KB).</c> on standard error. When
    /// <paramref name="write"/> returns an exit code other than 0, having said why, the file is left as it was.
    /// </summary>
    /// <returns>The exit code <paramref name="write"/> returned, or 2 when the file cannot be written (the reason on standard error).</returns>
    public static int Write(string? path, TextWriter output, TextWriter error, Func<TextWriter, int> write)
    {
        if (path is null)
        {
            return write(output);
        }

        var exit = ExitCodes.Success;
        var written = WriteFiles([path], streams =>
        {
            using (var writer = new StreamWriter(streams[0], Utf8, bufferSize: 1 << 16, leaveOpen: true))
            {
                exit = write(writer);
            }

            // The callback has said why it stopped: nothing more to say, and nothing is kept.
            return exit == ExitCodes.Success ? null : string.Empty;
        }, error);
        return exit == ExitCodes.Success ? written : exit;
    }

    /// <summary>
    /// Writes one or more files, each whole to a temporary file beside it, renamed over its target only once
    /// <paramref name="write"/> has written them all; <c>Wrote FILE (N KB).</c> on standard error for each.
    /// </summary>
    /// <param name="paths">The files to write.</param>
    /// <param name="write">Writes the streams, one per path, in order; returns null to keep them, or a message, empty when already said (and nothing is kept).</param>
    /// <param name="error">Standard error.</param>
    /// <returns>Exit code 0, or 2 when a file cannot be written or <paramref name="write"/> refused (the reason on standard error).</returns>
    public static int WriteFiles(IReadOnlyList<string> paths, Func<Stream[], string?> write, TextWriter error)
    {
        var temporaries = new string?[paths.Count];
        var streams = new FileStream?[paths.Count];
        var current = paths[0];
        try
        {
            var targets = new string[paths.Count];
            for (var i = 0; i < paths.Count; i++)
            {
                current = paths[i];
                targets[i] = RealPath.Resolve(current);
                // Beside the target (a rename cannot cross file systems), with a short name that fits wherever the target fits.
                temporaries[i] = Path.Combine(Path.GetDirectoryName(targets[i])!, $".splan-{Guid.NewGuid():N}.tmp");
                streams[i] = new FileStream(temporaries[i]!, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            }

            current = paths[0];
            if (write(streams!) is { } refused)
            {
                if (refused.Length > 0)
                {
                    error.WriteLine(TerminalText.Safe(refused));
                }

                return ExitCodes.Unusable;
            }

            var sizes = new long[paths.Count];
            for (var i = 0; i < paths.Count; i++)
            {
                current = paths[i];
                streams[i]!.Flush(flushToDisk: true);
                sizes[i] = streams[i]!.Length;
                streams[i]!.Dispose();
                KeepMode(targets[i], temporaries[i]!);
            }

            for (var i = 0; i < paths.Count; i++)
            {
                current = paths[i];
                File.Move(temporaries[i]!, targets[i], overwrite: true);
                temporaries[i] = null;
                error.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture, $"Wrote {paths[i]} ({sizes[i] / 1024:N0} KB).")));
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine(TerminalText.Safe($"{current}: cannot be written: {ex.Message} Nothing was changed."));
            return ExitCodes.Unusable;
        }
        finally
        {
            for (var i = 0; i < paths.Count; i++)
            {
                streams[i]?.Dispose();
                if (temporaries[i] is { } temporary)
                {
                    TryDelete(temporary);
                }
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
