namespace StrategicPlanning.Validation;

/// <summary>How serious a validation issue is (VAL-1).</summary>
public enum ValidationSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info = 1,

    /// <summary>Probably a mistake; results can still be computed.</summary>
    Warning = 2,

    /// <summary>The document breaks a rule; results that read the offending part are refused.</summary>
    Error = 3,
}
