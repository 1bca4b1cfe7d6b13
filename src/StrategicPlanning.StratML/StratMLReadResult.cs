using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>The plan document read from StratML with the import notes, or the error that stopped the read.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StratMLReadResult
{
    internal StratMLReadResult(PlanDocument? document, StratMLPart? part, IReadOnlyList<StratMLNote> notes, StratMLReadError? error)
    {
        Document = document;
        Part = part;
        Notes = notes;
        Error = error;
    }

    /// <summary>Gets the plan document, or null when <see cref="Error"/> is set.</summary>
    public PlanDocument? Document { get; }

    /// <summary>Gets the part of the standard the document followed, or null when it could not be read.</summary>
    public StratMLPart? Part { get; }

    /// <summary>Gets everything the reader tolerated or could not map, in document order, each with the XPath of its element.</summary>
    public IReadOnlyList<StratMLNote> Notes { get; }

    /// <summary>Gets why the text could not be read (malformed XML, not StratML, too large), or null when it was read.</summary>
    public StratMLReadError? Error { get; }

    /// <summary>Gets a value indicating whether a document was read.</summary>
    public bool Succeeded => Document is not null;

    /// <summary>Gets the document, or throws when the text could not be read.</summary>
    /// <returns>The plan document.</returns>
    /// <exception cref="InvalidOperationException">The text could not be read; the message says why and where.</exception>
    public PlanDocument GetDocumentOrThrow() =>
        Document ?? throw new InvalidOperationException("The StratML document could not be read: " + Error);
}
