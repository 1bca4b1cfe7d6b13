using System.Diagnostics.CodeAnalysis;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// The outcome of reading a JSON text: the document, or the errors that stopped it being read. Reading never
/// throws for bad input; <see cref="GetDocumentOrThrow"/> is there for callers who prefer an exception.
/// </summary>
/// <remarks>
/// A document that reads may still break the rules (VAL, FIN, RSK, …): pass it to
/// <c>StrategicPlanning.Validation.PlanValidator.Validate</c>. Immutable and thread-safe.
/// </remarks>
public sealed class PlanReadResult
{
    private PlanReadResult(PlanDocument? document, ValueList<JsonReadError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>Gets the document, or null when it could not be read.</summary>
    public PlanDocument? Document { get; }

    /// <summary>Gets the errors; empty when the document was read.</summary>
    public IReadOnlyList<JsonReadError> Errors { get; }

    /// <summary>Gets whether the document was read.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null;

    /// <summary>Returns the document, or throws when it could not be read.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="PlanJsonException">The text could not be read; the exception lists every error.</exception>
    public PlanDocument GetDocumentOrThrow() => Document ?? throw new PlanJsonException(Errors);

    internal static PlanReadResult Success(PlanDocument document) => new(document, ValueList<JsonReadError>.Empty);

    internal static PlanReadResult Failure(IEnumerable<JsonReadError> errors) => new(null, ValueList.From(errors));
}
