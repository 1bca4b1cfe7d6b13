using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// What merging returns into a plan document gave: the merged document, the change log, every problem with its place,
/// and the merged document's validation. Use the document only when <see cref="Succeeded"/>: a refused return, a cell
/// that could not be read, a conflict or a validation error means the plan must not be saved.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReturnImportResult
{
    internal ReturnImportResult(PlanDocument document, string? quarter, IReadOnlyList<ReturnChange> changes, IReadOnlyList<ReturnProblem> problems, ValidationResult validation)
    {
        Document = document;
        Quarter = quarter;
        Changes = changes;
        Problems = problems;
        Validation = validation;
    }

    /// <summary>Gets the document with every value the returns could give merged in (the original, when none could).</summary>
    public PlanDocument Document { get; }

    /// <summary>Gets the quarter the returns were for, as the document's calendar writes it; null when no return said.</summary>
    public string? Quarter { get; }

    /// <summary>Gets the change log: each value added, changed or unchanged; measures, then actions, then risks, each in the order the returns gave them.</summary>
    public IReadOnlyList<ReturnChange> Changes { get; }

    /// <summary>Gets the problems: refused returns first, then errors and warnings in the order found.</summary>
    public IReadOnlyList<ReturnProblem> Problems { get; }

    /// <summary>Gets the validation of the merged document (VAL rules); its errors stop the import too.</summary>
    public ValidationResult Validation { get; }

    /// <summary>Gets a value indicating whether some return was refused whole.</summary>
    public bool AnyRefused => Problems.Any(p => p.Severity == ReturnProblemSeverity.Refused);

    /// <summary>Gets a value indicating whether the merged document may be saved: nothing refused, no error, and it validates.</summary>
    public bool Succeeded => Problems.All(p => p.Severity == ReturnProblemSeverity.Warning) && Validation.IsValid;
}
