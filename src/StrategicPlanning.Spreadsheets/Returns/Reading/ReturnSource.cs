namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// A filled-in return to import: its name (used in every message about it) and its bytes, an XLSX workbook or one CSV
/// file (told apart by their content, not the name). A file larger than <see cref="MaxBytes"/> is refused.
/// </summary>
/// <remarks>Immutable; the bytes are not copied, so do not change them while an import reads them.</remarks>
public sealed class ReturnSource
{
    /// <summary>The largest return read, in bytes: 32 MiB (a return of 10,000 rows is well under 2 MiB).</summary>
    public const int MaxBytes = ReturnLimits.MaxFileBytes;

    /// <summary>Initializes a new instance of the <see cref="ReturnSource"/> class.</summary>
    /// <param name="name">The file's name, as messages should show it.</param>
    /// <param name="content">The file's bytes.</param>
    public ReturnSource(string name, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Content = content;
    }

    /// <summary>Gets the file's name, as messages show it.</summary>
    public string Name { get; }

    /// <summary>Gets the file's bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }
}
