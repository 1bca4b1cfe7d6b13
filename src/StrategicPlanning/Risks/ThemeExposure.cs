namespace StrategicPlanning.Risks;

/// <summary>A theme's exposure to risk (RSK-8): its open threats by band, the highest current score, and a heat map.</summary>
/// <param name="ThemeId">The theme's id.</param>
/// <param name="Name">The theme's name.</param>
/// <param name="OpenThreats">How many open threats bear on it, directly or through one of its outcomes.</param>
/// <param name="ByBand">How many of them are in each band, in band order.</param>
/// <param name="HighestScore">The highest current score among them, or null when there are none.</param>
/// <param name="HeatMap">Where they sit on the matrix.</param>
public sealed record ThemeExposure(string ThemeId, string Name, int OpenThreats, IReadOnlyList<BandCount> ByBand, int? HighestScore, HeatMap HeatMap);
