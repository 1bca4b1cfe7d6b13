using System.Diagnostics.CodeAnalysis;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Reviews;

/// <summary>The review report, or the validation errors in the review cycle or calendar that stopped it (never an exception).</summary>
public sealed class ReviewResult
{
    internal ReviewResult(ReviewReport? report, IReadOnlyList<ValidationIssue> errors)
    {
        Report = report;
        Errors = errors;
    }

    /// <summary>Gets the report, or null when the document was refused.</summary>
    public ReviewReport? Report { get; }

    /// <summary>Gets the validation errors that stopped the evaluation; empty when it succeeded.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    /// <summary>Gets whether the report was computed.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null;

    /// <summary>Returns the report, or throws when the document was refused.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">The document has errors in its review cycle or calendar; the message lists them.</exception>
    public ReviewReport GetReportOrThrow() => Report
        ?? throw new InvalidOperationException("The review cycle cannot be evaluated: " + string.Join("; ", Errors));
}
