using StrategicPlanning.Model;
namespace StrategicPlanning.Risks;

/// <summary>One cell of a heat map (RSK-8).</summary>
/// <param name="Likelihood">The likelihood level, from 1.</param>
/// <param name="Impact">The impact level, from 1.</param>
/// <param name="Score">The cell's score on the matrix (RSK-2).</param>
/// <param name="Band">The cell's band (RSK-3), or null when the score is below every band.</param>
/// <param name="Count">How many risks sit in it.</param>
public sealed record HeatMapCell(int Likelihood, int Impact, int Score, RiskBand? Band, int Count);
