using StrategicPlanning.Json;

namespace StrategicPlanning.Cli;

/// <summary>A plan document file as the CLI loads it: its bytes (kept to place issues by line and column) and what reading them gave.</summary>
internal sealed class DocumentFile
{
    private DocumentFile(string path, byte[] bytes, PlanReadResult result)
    {
        Path = path;
        Bytes = bytes;
        Result = result;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public PlanReadResult Result { get; }

    /// <summary>Loads a file; on an I/O failure returns null and a message saying what went wrong.</summary>
    public static DocumentFile? Load(string path, out string? failure)
    {
        failure = null;
        try
        {
            var limit = PlanReadOptions.Default.MaxDocumentBytes;
            if (new FileInfo(path).Length > limit)
            {
                failure = $"{path}: the file is larger than {limit:N0} bytes, the most splan reads.";
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            return new DocumentFile(path, bytes, PlanJson.Read(bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            failure = ex is FileNotFoundException or DirectoryNotFoundException
                ? $"{path}: no such file."
                : $"{path}: cannot be read: {ex.Message}";
            return null;
        }
    }
}
