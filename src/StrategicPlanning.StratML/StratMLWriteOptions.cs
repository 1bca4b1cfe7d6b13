namespace StrategicPlanning.StratML;

/// <summary>How <see cref="StratMLWriter"/> writes a plan document as StratML.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StratMLWriteOptions
{
    /// <summary>Gets the options used when none are given: the part read (else Part 2), the type read (else chosen from the document), indented.</summary>
    public static StratMLWriteOptions Default { get; } = new();

    /// <summary>Gets the part of the standard to write.</summary>
    /// <value>
    /// The default, null, writes the part an imported document was read from, and otherwise
    /// <see cref="StratMLPart.Part2"/>, which carries measures, targets and actuals; Part 1 leaves them out.
    /// </value>
    public StratMLPart? Part { get; init; }

    /// <summary>Gets the <c>Type</c> of a Part 2 document.</summary>
    /// <value>
    /// The default, null, keeps the type of an imported document and otherwise writes
    /// <see cref="StratMLDocumentType.PerformanceReport"/> when any measure has an actual, else <see cref="StratMLDocumentType.StrategicPlan"/>.
    /// </value>
    public StratMLDocumentType? DocumentType { get; init; }

    /// <summary>Gets a value indicating whether elements are written on indented lines.</summary>
    /// <value>The default is true.</value>
    public bool Indent { get; init; } = true;
}
