namespace StrategicPlanning.StratML;

/// <summary>How <see cref="StratMLReader"/> reads a StratML document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StratMLReadOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static StratMLReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the month (1 to 12) the reporting year starts in, used to turn result dates into period labels (CAL-1, CAL-3).
    /// </summary>
    /// <value>
    /// The default, null, infers the month from the results that span exactly twelve months (the start month seen most,
    /// earliest month on a tie), and uses April (the UK financial year, CAL-1) when none does.
    /// </value>
    public int? YearStartMonth { get; init; }

    /// <summary>Gets the largest document read, in characters; a longer text is refused rather than read into memory.</summary>
    /// <value>The default is 64 MiB of characters.</value>
    public long MaxCharacters { get; init; } = 64L * 1024 * 1024;
}
