namespace StrategicPlanning.Model;

/// <summary>
/// How a risk is handled (RSK-1). Threats take <see cref="Treat"/>, <see cref="Tolerate"/>,
/// <see cref="Transfer"/> or <see cref="Terminate"/>; opportunities take <see cref="Exploit"/>,
/// <see cref="Enhance"/>, <see cref="Share"/> or <see cref="Accept"/>. A treatment that does not fit the
/// kind is a validation error.
/// </summary>
public enum RiskTreatment
{
    /// <summary>Threat: act to reduce likelihood or impact.</summary>
    Treat = 1,

    /// <summary>Threat: accept it as it is.</summary>
    Tolerate = 2,

    /// <summary>Threat: pass it to another party, e.g. by insurance.</summary>
    Transfer = 3,

    /// <summary>Threat: stop the activity that gives rise to it.</summary>
    Terminate = 4,

    /// <summary>Opportunity: make sure it happens.</summary>
    Exploit = 5,

    /// <summary>Opportunity: raise its likelihood or impact.</summary>
    Enhance = 6,

    /// <summary>Opportunity: take it with a partner.</summary>
    Share = 7,

    /// <summary>Opportunity: take it if it comes, without effort.</summary>
    Accept = 8,
}
