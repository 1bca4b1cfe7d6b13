using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>The plan (PLN-1): its id, title, dates, values, stakeholders and themes.</summary>
internal sealed class PlanRecord() : Record<Plan, PlanRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a plan";

    private static readonly RecordMember<Plan, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static p => p.Id),
        Value("title", Required, static (ref State s, string v) => s.Title = v, static p => p.Title),
        Optional("vision", static (ref State s, string v) => s.Vision = v, static p => p.Vision),
        Optional("mission", static (ref State s, string v) => s.Mission = v, static p => p.Mission),
        Value("start", Required, static (ref State s, LocalDate v) => s.Start = v, static p => p.Start),
        Value("end", Required, static (ref State s, LocalDate v) => s.End = v, static p => p.End),
        Optional("approved", static (ref State s, LocalDate v) => s.Approved = v, static p => p.Approved),
        Array("values", WhenComplete, ValueRecord.Table, static (ref State s, ValueList<PlanValue> v) => s.Values = v, static p => p.Values),
        Array("stakeholders", WhenComplete, StakeholderRecord.Table, static (ref State s, ValueList<Stakeholder> v) => s.Stakeholders = v, static p => p.Stakeholders),
        Array("themes", MemberUse.Expected | MemberUse.AlwaysWritten, ThemeRecord.Table, static (ref State s, ValueList<Theme> v) => s.Themes = v, static p => p.Themes),
    ];

    public static PlanRecord Table { get; } = new();

    protected override Plan Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Title = s.Title!,
        Vision = s.Vision,
        Mission = s.Mission,
        Start = s.Start,
        End = s.End,
        Approved = s.Approved,
        Values = s.Values ?? ValueList<PlanValue>.Empty,
        Stakeholders = s.Stakeholders ?? ValueList<Stakeholder>.Empty,
        Themes = s.Themes ?? ValueList<Theme>.Empty, // when missing, reported; the document will not be returned
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(Plan record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Title;
        public string? Vision;
        public string? Mission;
        public LocalDate Start;
        public LocalDate End;
        public LocalDate? Approved;
        public ValueList<PlanValue>? Values;
        public ValueList<Stakeholder>? Stakeholders;
        public ValueList<Theme>? Themes;
    }
}

/// <summary>One of the plan's values: name and description.</summary>
internal sealed class ValueRecord() : Record<PlanValue, ValueRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a value";

    private static readonly RecordMember<PlanValue, State>[] Members =
    [
        Optional("name", static (ref State s, string v) => s.Name = v, static v => v.Name),
        Optional("description", static (ref State s, string v) => s.Description = v, static v => v.Description),
    ];

    public static ValueRecord Table { get; } = new();

    protected override PlanValue Create(ref State s, ExtensionMembers extensions) =>
        new() { Name = s.Name, Description = s.Description, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(PlanValue record) => record.Extensions;

    internal struct State
    {
        public string? Name;
        public string? Description;
    }
}

/// <summary>A stakeholder of the plan, a theme or an outcome: name, kind and roles.</summary>
internal sealed class StakeholderRecord() : Record<Stakeholder, StakeholderRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a stakeholder";

    private static readonly RecordMember<Stakeholder, State>[] Members =
    [
        Optional("name", static (ref State s, string v) => s.Name = v, static k => k.Name),
        Optional("kind", static (ref State s, StakeholderKind v) => s.Kind = v, static k => k.Kind),
        Values("roles", static (ref State s, ValueList<StakeholderRole> v) => s.Roles = v, static k => k.Roles),
    ];

    public static StakeholderRecord Table { get; } = new();

    protected override Stakeholder Create(ref State s, ExtensionMembers extensions) =>
        new() { Name = s.Name, Kind = s.Kind, Roles = s.Roles ?? ValueList<StakeholderRole>.Empty, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(Stakeholder record) => record.Extensions;

    internal struct State
    {
        public string? Name;
        public StakeholderKind? Kind;
        public ValueList<StakeholderRole>? Roles;
    }
}

/// <summary>A theme (PLN-2): id, code, name, weight, stakeholders and outcomes.</summary>
internal sealed class ThemeRecord() : Record<Theme, ThemeRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a theme";

    private static readonly RecordMember<Theme, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static t => t.Id),
        Optional("code", static (ref State s, string v) => s.Code = v, static t => t.Code),
        Value("name", Required, static (ref State s, string v) => s.Name = v, static t => t.Name),
        Optional("description", static (ref State s, string v) => s.Description = v, static t => t.Description),
        Value("crossCutting", Defaulted, static (ref State s, bool v) => s.CrossCutting = v, static t => t.CrossCutting),
        Value("weight", Defaulted, static (ref State s, decimal v) => s.Weight = v, static t => t.Weight),
        Array("stakeholders", WhenComplete, StakeholderRecord.Table, static (ref State s, ValueList<Stakeholder> v) => s.Stakeholders = v, static t => t.Stakeholders),
        Array("outcomes", Defaulted, OutcomeRecord.Table, static (ref State s, ValueList<Outcome> v) => s.Outcomes = v, static t => t.Outcomes),
    ];

    public static ThemeRecord Table { get; } = new();

    protected override Theme Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Code = s.Code,
        Name = s.Name!,
        Description = s.Description,
        CrossCutting = s.CrossCutting ?? false,
        Weight = s.Weight ?? Weights.Default,
        Stakeholders = s.Stakeholders ?? ValueList<Stakeholder>.Empty,
        Outcomes = s.Outcomes ?? ValueList<Outcome>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(Theme record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Code;
        public string? Name;
        public string? Description;
        public bool? CrossCutting;
        public decimal? Weight;
        public ValueList<Stakeholder>? Stakeholders;
        public ValueList<Outcome>? Outcomes;
    }
}

/// <summary>An outcome (PLN-3): id, code, title, weight, stakeholders and measures.</summary>
internal sealed class OutcomeRecord() : Record<Outcome, OutcomeRecord.State>(Noun, Members)
{
    private static readonly string Noun = "an outcome";

    private static readonly RecordMember<Outcome, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static o => o.Id),
        Optional("code", static (ref State s, string v) => s.Code = v, static o => o.Code),
        Value("title", Required, static (ref State s, string v) => s.Title = v, static o => o.Title),
        Optional("description", static (ref State s, string v) => s.Description = v, static o => o.Description),
        Value("weight", Defaulted, static (ref State s, decimal v) => s.Weight = v, static o => o.Weight),
        Array("stakeholders", WhenComplete, StakeholderRecord.Table, static (ref State s, ValueList<Stakeholder> v) => s.Stakeholders = v, static o => o.Stakeholders),
        Array("measures", Defaulted, MeasureRecord.Table, static (ref State s, ValueList<Measure> v) => s.Measures = v, static o => o.Measures),
    ];

    public static OutcomeRecord Table { get; } = new();

    protected override Outcome Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Code = s.Code,
        Title = s.Title!,
        Description = s.Description,
        Weight = s.Weight ?? Weights.Default,
        Stakeholders = s.Stakeholders ?? ValueList<Stakeholder>.Empty,
        Measures = s.Measures ?? ValueList<Measure>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(Outcome record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Code;
        public string? Title;
        public string? Description;
        public decimal? Weight;
        public ValueList<Stakeholder>? Stakeholders;
        public ValueList<Measure>? Measures;
    }
}
