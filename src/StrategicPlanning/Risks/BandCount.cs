using StrategicPlanning.Model;
namespace StrategicPlanning.Risks;

/// <summary>How many risks are in one band (RSK-8).</summary>
public sealed record BandCount
{
    internal BandCount(RiskBand band, int count)
    {
        Band = band;
        Count = count;
    }

    /// <summary>Gets the band.</summary>
    public RiskBand Band { get; }

    /// <summary>Gets how many risks.</summary>
    public int Count { get; }
}
