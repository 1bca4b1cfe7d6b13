using System.Globalization;

namespace StrategicPlanning.Cli;

/// <summary>
/// Reads a whole input, a file or standard input (<c>-</c>), refusing it as soon as it is longer than the limit: the
/// limit holds while reading, so a pipe, a device such as /dev/zero or a file that grows cannot exhaust memory.
/// </summary>
internal static class InputFile
{
    /// <summary>The bytes of <paramref name="path"/>, or null with a message saying what went wrong.</summary>
    public static byte[]? Read(string path, SplanConsole console, out string? failure)
    {
        failure = null;
        try
        {
            if (path == SplanConsole.StandardInput)
            {
                using var input = console.OpenInput();
                return ReadAll(input, "standard input", console.MaxInputBytes, out failure);
            }

            if (Directory.Exists(path))
            {
                failure = $"{path}: is a directory; give a file.";
                return null;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                failure = $"{path}: no such file.";
                return null;
            }

            if (info.Length > console.MaxInputBytes)
            {
                failure = TooLarge(path, console.MaxInputBytes);
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ReadAll(stream, path, console.MaxInputBytes, out failure);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            failure = ex is FileNotFoundException or DirectoryNotFoundException
                ? $"{path}: no such file."
                : $"{path}: cannot be read: {ex.Message}";
            return null;
        }
    }

    /// <summary>
    /// Reads to the end, never holding more than <paramref name="limit"/> + 1 bytes. A file that says how long it is
    /// is read into a buffer of that size with no copy; anything else (a pipe, a device, a file that grows while it is
    /// read) into a buffer that doubles up to the limit.
    /// </summary>
    private static byte[]? ReadAll(Stream stream, string name, long limit, out string? failure)
    {
        failure = null;
        var known = stream.CanSeek ? stream.Length - stream.Position : 0;
        var buffer = new byte[(int)Math.Min(limit + 1, known > 0 ? known : 64 * 1024)];
        var length = Fill(stream, buffer, 0);
        if (known > 0 && length == known && stream.ReadByte() is var extra and >= 0)
        {
            Array.Resize(ref buffer, (int)Math.Min(limit + 1, Math.Max(known * 2, known + 1)));
            buffer[length++] = (byte)extra;
            length = Fill(stream, buffer, length);
        }

        while (length == buffer.Length && length <= limit)
        {
            Array.Resize(ref buffer, (int)Math.Min(limit + 1, (long)buffer.Length * 2));
            length = Fill(stream, buffer, length);
        }

        if (length > limit)
        {
            failure = TooLarge(name, limit);
            return null;
        }

        if (length != buffer.Length)
        {
            Array.Resize(ref buffer, length);
        }

        return buffer;
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="length"/> until it is full or the input ends; returns the new length.</summary>
    private static int Fill(Stream stream, byte[] buffer, int length)
    {
        while (length < buffer.Length && stream.Read(buffer, length, buffer.Length - length) is var read and > 0)
        {
            length += read;
        }

        return length;
    }

    private static string TooLarge(string name, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}: longer than {limit:N0} bytes, the most splan reads.");
}
