namespace StrategicPlanning.Spreadsheets;

/// <summary>What a quarterly return that was written holds: the number of rows of each sheet or file, header apart.</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record ReturnContents
{
    /// <summary>Gets the number of measure rows: one per measure and period due in the quarter.</summary>
    public int Measures { get; init; }

    /// <summary>Gets the number of action rows: one per action that counts in the quarter.</summary>
    public int Actions { get; init; }

    /// <summary>Gets the number of risk rows: one per open risk.</summary>
    public int Risks { get; init; }

    /// <summary>Gets the number of rows in all.</summary>
    public int Total => Measures + Actions + Risks;
}
