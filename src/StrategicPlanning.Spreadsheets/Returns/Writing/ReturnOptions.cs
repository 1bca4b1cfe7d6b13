namespace StrategicPlanning.Spreadsheets;

/// <summary>Choices for a quarterly return (<see cref="QuarterlyReturn"/>).</summary>
/// <remarks>An immutable record and thread-safe.</remarks>
public sealed record ReturnOptions
{
    /// <summary>Gets the default options: one return for everyone.</summary>
    public static ReturnOptions Default { get; } = new();

    /// <summary>
    /// Gets the owner the return is for: only the measures, actions and risks whose <c>owner</c> is this text (case and
    /// surrounding spaces ignored) are listed. Default null: one return for everyone.
    /// </summary>
    public string? Owner { get; init; }
}
