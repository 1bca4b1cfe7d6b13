namespace StrategicPlanning.Model;

/// <summary>Whether a risk is a threat to the plan or an opportunity to take (RSK-1).</summary>
public enum RiskKind
{
    /// <summary>Something that could stop the council achieving its goals if not mitigated.</summary>
    Threat = 1,

    /// <summary>Something the council may seek to take; a rising score is good (RSK-6).</summary>
    Opportunity = 2,
}
