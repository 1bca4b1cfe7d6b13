using StrategicPlanning.Model;
namespace StrategicPlanning.Risks;

/// <summary>One cell of a heat map (RSK-8).</summary>
public sealed record HeatMapCell
{
    internal HeatMapCell(int likelihood, int impact, int score, RiskBand? band, int count)
    {
        Likelihood = likelihood;
        Impact = impact;
        Score = score;
        Band = band;
        Count = count;
    }

    /// <summary>Gets the likelihood level, from 1.</summary>
    public int Likelihood { get; }

    /// <summary>Gets the impact level, from 1.</summary>
    public int Impact { get; }

    /// <summary>Gets the cell's score on the matrix (RSK-2).</summary>
    public int Score { get; }

    /// <summary>Gets the cell's band (RSK-3), or null when the score is below every band.</summary>
    public RiskBand? Band { get; }

    /// <summary>Gets how many risks sit in it.</summary>
    public int Count { get; }
}
