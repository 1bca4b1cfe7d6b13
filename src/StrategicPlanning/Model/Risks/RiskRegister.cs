using NodaTime;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>The Strategic Risk Register: threats and opportunities on one matrix, with appetite per category (RSK-1..9).</summary>
/// <remarks>An immutable record and thread-safe; lists compare by content.</remarks>
public sealed record RiskRegister
{
    /// <summary>Gets the register's id, unique across the document when given (VAL-2).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the register's title, e.g. "Strategic Risk Register".</summary>
    public string? Title { get; init; }

    /// <summary>How often risks must be reviewed unless the register or a risk says otherwise (RSK-7).</summary>
    /// <value>Three months (<c>P3M</c>).</value>
    public static Period DefaultReviewEvery { get; } = Period.FromMonths(3);

    /// <summary>Gets how often risks must be reviewed unless a risk sets its own (RSK-7). Default <see cref="DefaultReviewEvery"/>.</summary>
    public Period ReviewEvery { get; init => field = Guard.NotNull(value); } = DefaultReviewEvery;

    /// <summary>Gets the matrix and bands (RSK-2, RSK-3).</summary>
    public RiskMatrix Matrix { get; init => field = Guard.NotNull(value); } = RiskMatrix.Default;

    /// <summary>Gets the appetite per category (RSK-5).</summary>
    public IReadOnlyList<RiskAppetite> Appetite { get; init => field = Guard.Items(value); } = ValueList<RiskAppetite>.Empty;

    /// <summary>Gets the risks.</summary>
    public IReadOnlyList<Risk> Risks { get; init => field = Guard.Items(value); } = ValueList<Risk>.Empty;

    /// <summary>Gets the members of the JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;
}
