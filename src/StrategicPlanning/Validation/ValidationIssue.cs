namespace StrategicPlanning.Validation;

/// <summary>
/// One problem found in a document (VAL-1): a stable code, a severity, the JSON path of the offending value,
/// and a message a performance officer understands.
/// </summary>
/// <param name="Code">The stable code, e.g. <c>SP1002</c>; see <see cref="ValidationCodes"/> and docs/validation-codes.md.</param>
/// <param name="Severity">How serious the issue is.</param>
/// <param name="Area">The part of the document the issue is about.</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.deliveryPlans[0].actions[3].due</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ValidationIssue(string Code, ValidationSeverity Severity, ValidationArea Area, string Path, string Message)
{
    /// <summary>Gets the rule ids the code implements, e.g. "VAL-2".</summary>
    public string RuleIds => ValidationCodes.Describe(Code)?.RuleIds ?? string.Empty;

    /// <summary>Formats the issue as "error SP1002 $.plan.themes[1].id: message".</summary>
    /// <returns>The issue in one line.</returns>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code} {Path}: {Message}";
}
