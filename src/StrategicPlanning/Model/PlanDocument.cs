using StrategicPlanning.Calendar;
using StrategicPlanning.Core;

namespace StrategicPlanning.Model;

/// <summary>
/// One versioned document holding the whole picture (JSN-1): the organisation, its Council Plan, Delivery
/// Plans, the MTFS, the Strategic Risk Register and the review cycle.
/// </summary>
/// <remarks>
/// <para>
/// An immutable record and thread-safe. Equality is by content: two documents read from equivalent JSON
/// are equal. Change a document with <c>with</c>; the copy builds its own <see cref="Index"/>.
/// </para>
/// <para>
/// Reading, writing and validating live elsewhere: <c>StrategicPlanning.Json.PlanJson</c> and
/// <c>StrategicPlanning.Validation.PlanValidator</c>.
/// </para>
/// </remarks>
public sealed record PlanDocument
{
    /// <summary>The format version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    private readonly Lazy<PlanIndex> index;

    /// <summary>Creates an empty document shell; set at least <see cref="Plan"/>.</summary>
    public PlanDocument()
    {
        index = new Lazy<PlanIndex>(() => new PlanIndex(this));
    }

    private PlanDocument(PlanDocument original)
    {
        // A copy made by 'with' must not share the original's index: its lists may differ.
        index = new Lazy<PlanIndex>(() => new PlanIndex(this));
        SchemaVersion = original.SchemaVersion;
        Organisation = original.Organisation;
        Currency = original.Currency;
        Calendar = original.Calendar;
        Plan = original.Plan;
        DeliveryPlans = original.DeliveryPlans;
        FinancialStrategy = original.FinancialStrategy;
        RiskRegister = original.RiskRegister;
        Reviews = original.Reviews;
        Extensions = original.Extensions;
    }

    /// <summary>Gets the format version the document was written in (JSN-1). Default <see cref="CurrentSchemaVersion"/>.</summary>
    public string SchemaVersion { get; init => field = Guard.NotNull(value); } = CurrentSchemaVersion;

    /// <summary>Gets the organisation, when given.</summary>
    public Organisation? Organisation { get; init; }

    /// <summary>The currency of a document that names none (FIN-1).</summary>
    /// <value>"GBP", pounds sterling.</value>
    public const string DefaultCurrency = "GBP";

    /// <summary>Gets the ISO 4217 currency code of every amount, three capital letters (FIN-1). Default <see cref="DefaultCurrency"/>.</summary>
    public string Currency { get; init => field = Guard.NotNull(value); } = DefaultCurrency;

    /// <summary>Gets the reporting calendar (CAL-1). Default: years start in April.</summary>
    public ReportingCalendar Calendar { get; init => field = Guard.NotNull(value); } = ReportingCalendar.Default;

    /// <summary>Gets the Council Plan.</summary>
    public required Plan Plan { get; init => field = Guard.NotNull(value); }

    /// <summary>Gets the annual Delivery Plans.</summary>
    public IReadOnlyList<DeliveryPlan> DeliveryPlans { get; init => field = Guard.Items(value); } = ValueList<DeliveryPlan>.Empty;

    /// <summary>Gets the Medium-Term Financial Strategy, when given.</summary>
    public FinancialStrategy? FinancialStrategy { get; init; }

    /// <summary>Gets the Strategic Risk Register, when given.</summary>
    public RiskRegister? RiskRegister { get; init; }

    /// <summary>Gets the review cycle, when given.</summary>
    public ReviewCycle? Reviews { get; init; }

    /// <summary>Gets the members of the top-level JSON object this library does not know (JSN-2).</summary>
    public ExtensionMembers Extensions { get; init => field = Guard.NotNull(value); } = ExtensionMembers.Empty;

    /// <summary>
    /// Gets the lookups by id and the parent/child maps of this document, built once on first use
    /// (O(1) lookups thereafter). Safe to use from several threads.
    /// </summary>
    public PlanIndex Index => index.Value;

    /// <inheritdoc />
    public bool Equals(PlanDocument? other) =>
        ReferenceEquals(this, other) ||
        (other is not null &&
         SchemaVersion == other.SchemaVersion &&
         Equals(Organisation, other.Organisation) &&
         Currency == other.Currency &&
         Calendar.Equals(other.Calendar) &&
         Plan.Equals(other.Plan) &&
         DeliveryPlans.Equals(other.DeliveryPlans) &&
         Equals(FinancialStrategy, other.FinancialStrategy) &&
         Equals(RiskRegister, other.RiskRegister) &&
         Equals(Reviews, other.Reviews) &&
         Extensions.Equals(other.Extensions));

    /// <summary>Names the document briefly; a full dump of a plan is rarely what anyone wants to read.</summary>
    /// <returns>The format version and the plan's id and title.</returns>
    public override string ToString() => $"PlanDocument {{ SchemaVersion = {SchemaVersion}, Plan = {Plan.Id} ({Plan.Title}) }}";

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SchemaVersion);
        hash.Add(Organisation);
        hash.Add(Currency);
        hash.Add(Calendar);
        hash.Add(Plan);
        hash.Add(DeliveryPlans);
        hash.Add(FinancialStrategy);
        hash.Add(RiskRegister);
        hash.Add(Reviews);
        hash.Add(Extensions);
        return hash.ToHashCode();
    }
}
