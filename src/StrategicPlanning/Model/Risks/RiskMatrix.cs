using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// The likelihood × impact matrix of a risk register (RSK-2) and its score bands (RSK-3). The default is
/// 5 × 5, score = likelihood × impact, with bands Low from 1 (green), Medium from 8 (amber), High from 15 (red).
/// </summary>
/// <remarks>
/// An immutable record and thread-safe; lists compare by content. Real registers are not always
/// multiplicative: <see cref="Scores"/> replaces the product with an explicit grid.
/// </remarks>
public sealed record RiskMatrix
{
    /// <summary>Gets the bands of a matrix that names none (RSK-3).</summary>
    /// <value>Low from 1 (green), Medium from 8 (amber), High from 15 (red).</value>
    public static ValueList<RiskBand> DefaultBands { get; } =
    [
        new RiskBand { From = 1, Name = "Low", Rag = Rag.Green },
        new RiskBand { From = 8, Name = "Medium", Rag = Rag.Amber },
        new RiskBand { From = 15, Name = "High", Rag = Rag.Red },
    ];

    /// <summary>Gets the matrix of a register that names none (RSK-2, RSK-3).</summary>
    /// <value>5 × 5, score = likelihood × impact, with <see cref="DefaultBands"/>.</value>
    /// <remarks>Declared after <see cref="DefaultBands"/>, which it uses: static members initialise in order.</remarks>
    public static RiskMatrix Default { get; } = new();

    /// <summary>The number of likelihood levels, and of impact levels, of a matrix that names none (RSK-2).</summary>
    /// <value>5.</value>
    public const int DefaultLevels = 5;

    /// <summary>Gets the number of likelihood levels. Default <see cref="DefaultLevels"/>.</summary>
    public int LikelihoodLevels { get; init; } = DefaultLevels;

    /// <summary>Gets the number of impact levels. Default <see cref="DefaultLevels"/>.</summary>
    public int ImpactLevels { get; init; } = DefaultLevels;

    /// <summary>Gets the names of the likelihood levels, lowest first; empty or one per level.</summary>
    public IReadOnlyList<string> LikelihoodLabels { get; init => field = Guard.Items(value); } = ValueList<string>.Empty;

    /// <summary>Gets the names of the impact levels, lowest first; empty or one per level.</summary>
    public IReadOnlyList<string> ImpactLabels { get; init => field = Guard.Items(value); } = ValueList<string>.Empty;

    /// <summary>
    /// Gets the explicit score grid, likelihood-major (<c>Scores[likelihood - 1][impact - 1]</c>), or null
    /// when the score is likelihood × impact (RSK-2).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>>? Scores
    {
        get;
        init => field = value is null ? null : Guard.Items(Guard.Items(value).Select(row => (IReadOnlyList<int>)Guard.Items(row)), nameof(value));
    }

    /// <summary>Gets the score bands, ascending by <see cref="RiskBand.From"/>, the first starting at or below the lowest score (RSK-3).</summary>
    public IReadOnlyList<RiskBand> Bands { get; init => field = Guard.Items(value); } = DefaultBands;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
