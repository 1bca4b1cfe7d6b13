using StrategicPlanning.Core;

namespace StrategicPlanning.Validation;

/// <summary>Every issue found in a document, in document order (VAL-1: validation never stops at the first problem).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationResult
{
    internal ValidationResult(ValueList<ValidationIssue> issues) => Issues = issues;

    /// <summary>Gets every issue, errors, warnings and information alike.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Gets whether the document has no errors (warnings and information allowed).</summary>
    public bool IsValid => !Issues.Any(i => i.Severity == ValidationSeverity.Error);

    /// <summary>Gets the errors.</summary>
    public IReadOnlyList<ValidationIssue> Errors => [.. Issues.Where(i => i.Severity == ValidationSeverity.Error)];

    /// <summary>Gets the errors in the given areas, e.g. what scoring reads.</summary>
    /// <param name="areas">The areas of interest.</param>
    /// <returns>The errors in those areas, in document order.</returns>
    public IReadOnlyList<ValidationIssue> ErrorsIn(params ReadOnlySpan<ValidationArea> areas)
    {
        var wanted = areas.ToArray();
        return [.. Issues.Where(i => i.Severity == ValidationSeverity.Error && Array.IndexOf(wanted, i.Area) >= 0)];
    }
}
