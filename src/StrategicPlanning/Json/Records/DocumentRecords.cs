using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// The document (JSN-1): format version, organisation, currency, calendar, the plan and its companions. Always made,
/// so that every problem below it is reported; with any problem it is not returned.
/// </summary>
internal sealed class DocumentRecord() : Record<PlanDocument, DocumentRecord.State>(Noun, Members, reportOrder: ReportOrder)
{
    private static readonly string Noun = "the document";

    private static readonly RecordMember<PlanDocument, State>[] Members =
    [
        Value("schemaVersion", MemberUse.Expected, static (ref State s, string v) => s.SchemaVersion = v, static d => d.SchemaVersion, Unsupported),
        Object("organisation", Defaulted, OrganisationRecord.Table, static (ref State s, Organisation? v) => s.Organisation = v, static d => d.Organisation),
        Value("currency", Defaulted, static (ref State s, string v) => s.Currency = v, static d => d.Currency),
        Object("calendar", Defaulted, CalendarRecord.Table, static (ref State s, ReportingCalendar? v) => s.Calendar = v, static d => d.Calendar),
        Object("plan", MemberUse.Expected, PlanRecord.Table, static (ref State s, Plan? v) => s.Plan = v, static d => d.Plan),
        Array("deliveryPlans", Defaulted, DeliveryPlanRecord.Table, static (ref State s, ValueList<DeliveryPlan> v) => s.DeliveryPlans = v, static d => d.DeliveryPlans),
        Object("financialStrategy", Defaulted, FinancialStrategyRecord.Table, static (ref State s, FinancialStrategy? v) => s.FinancialStrategy = v, static d => d.FinancialStrategy),
        Object("riskRegister", Defaulted, RiskRegisterRecord.Table, static (ref State s, RiskRegister? v) => s.RiskRegister = v, static d => d.RiskRegister),
        Object("reviews", Defaulted, ReviewCycleRecord.Table, static (ref State s, ReviewCycle? v) => s.Reviews = v, static d => d.Reviews),
    ];

    private static readonly string[] ReportOrder = ["schemaVersion", "plan", "organisation", "currency", "calendar", "deliveryPlans", "financialStrategy", "riskRegister", "reviews"];

    public static DocumentRecord Table { get; } = new();

    /// <summary>Stands in for a plan that is missing or could not be read; such a document is never returned.</summary>
    private static Plan Placeholder { get; } = new() { Id = "-", Title = "-", Start = default, End = default, Themes = [] };

    protected override PlanDocument Create(ref State s, ExtensionMembers extensions) => new()
    {
        SchemaVersion = s.SchemaVersion ?? PlanDocument.CurrentSchemaVersion,
        Organisation = s.Organisation,
        Currency = s.Currency ?? PlanDocument.DefaultCurrency,
        Calendar = s.Calendar ?? ReportingCalendar.Default,
        Plan = s.Plan ?? Placeholder,
        DeliveryPlans = s.DeliveryPlans ?? ValueList<DeliveryPlan>.Empty,
        FinancialStrategy = s.FinancialStrategy,
        RiskRegister = s.RiskRegister,
        Reviews = s.Reviews,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(PlanDocument record) => record.Extensions;

    private static string? Unsupported(string version) => FormatVersion.Compare(version) is null
        ? $"schemaVersion '{version}' is not supported: this library reads format 1.x (JSN-1). Upgrade the library to read this document."
        : null;

    internal struct State
    {
        public string? SchemaVersion;
        public Organisation? Organisation;
        public string? Currency;
        public ReportingCalendar? Calendar;
        public Plan? Plan;
        public ValueList<DeliveryPlan>? DeliveryPlans;
        public FinancialStrategy? FinancialStrategy;
        public RiskRegister? RiskRegister;
        public ReviewCycle? Reviews;
    }
}

/// <summary>The council the document belongs to: name and code.</summary>
internal sealed class OrganisationRecord() : Record<Organisation, OrganisationRecord.State>(Noun, Members)
{
    private static readonly string Noun = "the organisation";

    private static readonly RecordMember<Organisation, State>[] Members =
    [
        Optional("name", static (ref State s, string v) => s.Name = v, static o => o.Name),
        Optional("code", static (ref State s, string v) => s.Code = v, static o => o.Code),
    ];

    public static OrganisationRecord Table { get; } = new();

    protected override Organisation Create(ref State s, ExtensionMembers extensions) =>
        new() { Name = s.Name, Code = s.Code, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(Organisation record) => record.Extensions;

    internal struct State
    {
        public string? Name;
        public string? Code;
    }
}

/// <summary>The council's reporting calendar (CAL-1): the month its financial year starts.</summary>
internal sealed class CalendarRecord() : Record<ReportingCalendar, CalendarRecord.State>(Noun, Members)
{
    private static readonly string Noun = "the calendar";

    private static readonly RecordMember<ReportingCalendar, State>[] Members =
    [
        Value("yearStartMonth", Defaulted, static (ref State s, int v) => s.YearStartMonth = v, static c => c.YearStartMonth),
    ];

    public static CalendarRecord Table { get; } = new();

    protected override ReportingCalendar Create(ref State s, ExtensionMembers extensions) =>
        new() { YearStartMonth = s.YearStartMonth ?? ReportingCalendar.DefaultYearStartMonth, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(ReportingCalendar record) => record.Extensions;

    internal struct State
    {
        public int? YearStartMonth;
    }
}
