namespace StrategicPlanning.Risks;

/// <summary>A theme's exposure to risk (RSK-8): its open threats by band, the highest current score, and a heat map.</summary>
public sealed record ThemeExposure
{
    internal ThemeExposure(string themeId, string name, int openThreats, IReadOnlyList<BandCount> byBand, int? highestScore, HeatMap heatMap)
    {
        ThemeId = themeId;
        Name = name;
        OpenThreats = openThreats;
        ByBand = byBand;
        HighestScore = highestScore;
        HeatMap = heatMap;
    }

    /// <summary>Gets the theme's id.</summary>
    public string ThemeId { get; }

    /// <summary>Gets the theme's name.</summary>
    public string Name { get; }

    /// <summary>Gets how many open threats bear on it, directly or through one of its outcomes.</summary>
    public int OpenThreats { get; }

    /// <summary>Gets how many of them are in each band, in band order.</summary>
    public IReadOnlyList<BandCount> ByBand { get; }

    /// <summary>Gets the highest current score among them, or null when there are none.</summary>
    public int? HighestScore { get; }

    /// <summary>Gets where they sit on the matrix.</summary>
    public HeatMap HeatMap { get; }
}
