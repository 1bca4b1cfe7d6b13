namespace StrategicPlanning.Validation;

/// <summary>What a validation code means: the table of docs/validation-codes.md as data.</summary>
public sealed record ValidationCodeInfo
{
    internal ValidationCodeInfo(string code, string name, ValidationSeverity severity, string ruleIds, string summary)
    {
        Code = code;
        Name = name;
        Severity = severity;
        RuleIds = ruleIds;
        Summary = summary;
    }

    /// <summary>Gets the stable code, e.g. <c>SP1002</c>.</summary>
    public string Code { get; }

    /// <summary>Gets a short name, e.g. "DuplicateId".</summary>
    public string Name { get; }

    /// <summary>Gets the severity issues with this code carry.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Gets the rule ids the code implements, e.g. "VAL-2".</summary>
    public string RuleIds { get; }

    /// <summary>Gets what the code reports, in one sentence.</summary>
    public string Summary { get; }
}
