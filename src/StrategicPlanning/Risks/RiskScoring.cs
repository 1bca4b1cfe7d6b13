using StrategicPlanning.Model;
namespace StrategicPlanning.Risks;

/// <summary>The matrix arithmetic of RSK-2 and RSK-3: a score from likelihood and impact, and its band.</summary>
/// <remarks>Pure and thread-safe. Expects a matrix that passed validation (SP1601–SP1605).</remarks>
internal static class RiskScoring
{
    /// <summary>Gets the score of a likelihood and impact: likelihood × impact, or the explicit grid's cell (RSK-2).</summary>
    /// <param name="matrix">The register's matrix.</param>
    /// <param name="likelihood">The likelihood level, from 1.</param>
    /// <param name="impact">The impact level, from 1.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The likelihood or impact is outside the matrix.</exception>
    public static int Score(RiskMatrix matrix, int likelihood, int impact)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(likelihood, matrix.LikelihoodLevels);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, matrix.ImpactLevels);
        return matrix.Scores is { } grid ? grid[likelihood - 1][impact - 1] : likelihood * impact;
    }

    /// <summary>Gets the band of a score: the highest band whose <c>from</c> is at or below it (RSK-3).</summary>
    /// <param name="matrix">The register's matrix.</param>
    /// <param name="score">The score.</param>
    /// <returns>The band, or null when the score is below every band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static RiskBand? BandOf(RiskMatrix matrix, int score)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        RiskBand? band = null;
        foreach (var candidate in matrix.Bands)
        {
            if (candidate.From <= score && (band is null || candidate.From > band.From))
            {
                band = candidate;
            }
        }

        return band;
    }
}
