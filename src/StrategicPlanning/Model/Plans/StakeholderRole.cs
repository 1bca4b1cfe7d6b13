namespace StrategicPlanning.Model;

/// <summary>The part a stakeholder plays in a plan, theme or outcome.</summary>
public enum StakeholderRole
{
    /// <summary>Carries out the work.</summary>
    Performer = 1,

    /// <summary>Benefits from the work.</summary>
    Beneficiary = 2,
}
