using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>A risk's likelihood, impact, score and band at some point (RSK-2..4).</summary>
/// <param name="Likelihood">The likelihood level.</param>
/// <param name="Impact">The impact level.</param>
/// <param name="Score">The score on the register's matrix.</param>
/// <param name="Band">The band of the score, or null when it is below every band.</param>
/// <param name="AssessedOn">The date of the assessment, or null for the inherent rating.</param>
public sealed record RiskPosition(int Likelihood, int Impact, int Score, RiskBand? Band, LocalDate? AssessedOn);
