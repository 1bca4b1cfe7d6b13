using StrategicPlanning.Model;
namespace StrategicPlanning.Risks;

/// <summary>How many risks are in one band (RSK-8).</summary>
/// <param name="Band">The band.</param>
/// <param name="Count">How many risks.</param>
public sealed record BandCount(RiskBand Band, int Count);
