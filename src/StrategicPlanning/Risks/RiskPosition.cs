using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>A risk's likelihood, impact, score and band at some point (RSK-2..4).</summary>
public sealed record RiskPosition
{
    internal RiskPosition(int likelihood, int impact, int score, RiskBand? band, LocalDate? assessedOn)
    {
        Likelihood = likelihood;
        Impact = impact;
        Score = score;
        Band = band;
        AssessedOn = assessedOn;
    }

    /// <summary>Gets the likelihood level.</summary>
    public int Likelihood { get; }

    /// <summary>Gets the impact level.</summary>
    public int Impact { get; }

    /// <summary>Gets the score on the register's matrix.</summary>
    public int Score { get; }

    /// <summary>Gets the band of the score, or null when it is below every band.</summary>
    public RiskBand? Band { get; }

    /// <summary>Gets the date of the assessment, or null for the inherent rating.</summary>
    public LocalDate? AssessedOn { get; }
}
