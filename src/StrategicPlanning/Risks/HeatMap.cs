using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>How many risks sit in each likelihood × impact cell of the matrix (RSK-8).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HeatMap
{
    private readonly int[,] counts;

    internal HeatMap(RiskMatrix matrix, IEnumerable<RiskPosition> positions)
    {
        Matrix = matrix;
        counts = new int[matrix.LikelihoodLevels, matrix.ImpactLevels];
        foreach (var position in positions)
        {
            counts[position.Likelihood - 1, position.Impact - 1]++;
            Total++;
        }
    }

    /// <summary>Gets the matrix the map is drawn on.</summary>
    public RiskMatrix Matrix { get; }

    /// <summary>Gets the number of risks counted.</summary>
    public int Total { get; }

    /// <summary>Gets how many risks sit in a cell.</summary>
    /// <param name="likelihood">The likelihood level, from 1.</param>
    /// <param name="impact">The impact level, from 1.</param>
    /// <returns>The count.</returns>
    /// <exception cref="IndexOutOfRangeException">The cell is outside the matrix.</exception>
    public int Count(int likelihood, int impact) => counts[likelihood - 1, impact - 1];

    /// <summary>Gets every cell, likelihood-major, with its score, band and count.</summary>
    public IReadOnlyList<HeatMapCell> Cells => ValueList.From(
        from l in Enumerable.Range(1, Matrix.LikelihoodLevels)
        from i in Enumerable.Range(1, Matrix.ImpactLevels)
        let score = RiskScoring.Score(Matrix, l, i)
        select new HeatMapCell(l, i, score, RiskScoring.BandOf(Matrix, score), counts[l - 1, i - 1]));
}
