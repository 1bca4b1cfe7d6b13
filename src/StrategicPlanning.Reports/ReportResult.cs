using StrategicPlanning.Validation;

namespace StrategicPlanning.Reports;

/// <summary>A rendered report, or the validation errors that stopped it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportResult
{
    internal ReportResult(string? html, IReadOnlyList<ValidationIssue> errors)
    {
        Html = html;
        Errors = errors;
    }

    /// <summary>Gets the report: one self-contained HTML document, or null when <see cref="Errors"/> is not empty.</summary>
    public string? Html { get; }

    /// <summary>Gets the validation errors that stopped the report; empty when it rendered.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    /// <summary>Gets a value indicating whether the report rendered.</summary>
    public bool Succeeded => Html is not null;

    /// <summary>Gets the report, or throws when the document had errors.</summary>
    /// <returns>The HTML document.</returns>
    /// <exception cref="InvalidOperationException">The document had validation errors; the message lists them.</exception>
    public string GetHtmlOrThrow() =>
        Html ?? throw new InvalidOperationException("The report could not be written: " + string.Join("; ", Errors.Select(e => e.ToString())));
}
