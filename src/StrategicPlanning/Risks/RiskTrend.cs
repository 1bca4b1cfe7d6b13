namespace StrategicPlanning.Risks;

/// <summary>How a risk moved since its previous assessment, by its kind (RSK-6).</summary>
public enum RiskTrend
{
    /// <summary>Better: a threat's score fell, or an opportunity's rose.</summary>
    Improving = 1,

    /// <summary>The score did not change.</summary>
    Stable = 2,

    /// <summary>Worse: a threat's score rose, or an opportunity's fell.</summary>
    Worsening = 3,

    /// <summary>There is no earlier dated assessment to compare with.</summary>
    New = 4,
}
