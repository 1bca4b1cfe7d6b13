namespace PerformanceHub.Plans;

/// <summary>A folder for one request's files (an uploaded return, a merged plan), deleted when disposed.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder for a file named like <paramref name="name"/>, keeping only its extension.</summary>
    public string File(string name, string extension) => System.IO.Path.Combine(Path, name + extension);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow disk: the folder is cleared at the next start.
        }
    }
}
