using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>A threat or opportunity on the Strategic Risk Register (RSK-1).</summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record Risk
{
    /// <summary>Gets the risk's id, unique across the document (VAL-2).</summary>
    public required string Id { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the council's own numbering, e.g. "SR3".</summary>
    public string? Code { get; init; }

    /// <summary>Gets the risk's title.</summary>
    public required string Title { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets whether this is a threat or an opportunity.</summary>
    public required RiskKind Kind { get; init => field = Guard.Defined(value); }

    /// <summary>Gets the category, which sets the appetite (RSK-5), e.g. "financial".</summary>
    public required string Category { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the risk owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets whether the risk is open or closed. Default open.</summary>
    public RiskStatus Status { get; init => field = Guard.Defined(value); } = RiskStatus.Open;

    /// <summary>Gets the ids of the themes the risk bears on; each must resolve (VAL-2).</summary>
    public IReadOnlyList<string> ThemeIds { get; init => field = Guard.Items(value); } = ValueList<string>.Empty;

    /// <summary>Gets the ids of the outcomes the risk bears on; each must resolve (VAL-2).</summary>
    public IReadOnlyList<string> OutcomeIds { get; init => field = Guard.Items(value); } = ValueList<string>.Empty;

    /// <summary>Gets the rating before any control (inherent).</summary>
    public required RiskRating Inherent { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the rating the council aims for, when set (RSK-6).</summary>
    public RiskRating? Target { get; init; }

    /// <summary>
    /// Gets the dated assessments, in any order of dates (RSK-4 picks the latest on or before the as-of date); of several
    /// on one date, the last in the list stands for that date (a correction).
    /// </summary>
    public IReadOnlyList<RiskAssessment> Assessments { get; init => field = Guard.Items(value); } = ValueList<RiskAssessment>.Empty;

    /// <summary>Gets how the risk is handled; it must fit <see cref="Kind"/> (RSK-1).</summary>
    public RiskTreatment? Treatment { get; init => field = Guard.Defined(value); }

    /// <summary>Gets the ids of the delivery actions that mitigate the risk; each must resolve (VAL-2).</summary>
    public IReadOnlyList<string> MitigationActionIds { get; init => field = Guard.Items(value); } = ValueList<string>.Empty;

    /// <summary>Gets how often this risk must be reviewed, or null for the register's frequency (RSK-7).</summary>
    public Period? ReviewEvery { get; init; }

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
