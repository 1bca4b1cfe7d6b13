namespace StrategicPlanning.Model;

/// <summary>Whether a risk is still on the register (RSK-1).</summary>
public enum RiskStatus
{
    /// <summary>The risk is live.</summary>
    Open = 1,

    /// <summary>The risk has been closed.</summary>
    Closed = 2,
}
