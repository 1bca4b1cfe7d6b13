namespace StrategicPlanning.Model;

/// <summary>What sort of party a stakeholder is (StratML's Stakeholder type).</summary>
public enum StakeholderKind
{
    /// <summary>A named person.</summary>
    Person = 1,

    /// <summary>An organisation, such as a partner body.</summary>
    Organisation = 2,

    /// <summary>A group of people, such as residents or businesses.</summary>
    Group = 3,
}
