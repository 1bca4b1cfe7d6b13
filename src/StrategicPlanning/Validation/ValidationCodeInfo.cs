namespace StrategicPlanning.Validation;

/// <summary>What a validation code means: the table of docs/validation-codes.md as data.</summary>
/// <param name="Code">The stable code, e.g. <c>SP1002</c>.</param>
/// <param name="Name">A short name, e.g. "DuplicateId".</param>
/// <param name="Severity">The severity issues with this code carry.</param>
/// <param name="RuleIds">The DOMAIN.md rules the code implements, e.g. "VAL-2".</param>
/// <param name="Summary">What the code reports, in one sentence.</param>
public sealed record ValidationCodeInfo(string Code, string Name, ValidationSeverity Severity, string RuleIds, string Summary);
