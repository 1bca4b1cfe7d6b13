namespace StrategicPlanning.Spreadsheets;

/// <summary>How <see cref="ReturnImport.Merge"/> treats the returns it merges.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReturnImportOptions
{
    /// <summary>Gets the options used when none are given: conflicts are errors, any one quarter is accepted.</summary>
    public static ReturnImportOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether a value for a period or date that already has a different one replaces it (the
    /// change log shows the old value) rather than being a conflict that stops the import.
    /// </summary>
    /// <value>False: a conflict is an error.</value>
    public bool Replace { get; init; }

    /// <summary>
    /// Gets the quarter every return must be for, as the document's calendar writes it (<c>2024/25 Q3</c>); a return for
    /// another quarter is refused. When null, the first return's quarter is the one, and a return for another is refused.
    /// </summary>
    /// <value>Null.</value>
    public string? Quarter { get; init; }
}
