using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>An outcome's measure (MEA-1), with its tolerance, baseline, targets and actuals.</summary>
internal sealed class MeasureRecord() : Record<Measure, MeasureRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a measure";

    private static readonly RecordMember<Measure, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static m => m.Id),
        Optional("code", static (ref State s, string v) => s.Code = v, static m => m.Code),
        Value("title", Required, static (ref State s, string v) => s.Title = v, static m => m.Title),
        Optional("description", static (ref State s, string v) => s.Description = v, static m => m.Description),
        Optional("unit", static (ref State s, string v) => s.Unit = v, static m => m.Unit),
        Optional("owner", static (ref State s, string v) => s.Owner = v, static m => m.Owner),
        Value("polarity", Required, static (ref State s, Polarity v) => s.Polarity = v, static m => m.Polarity),
        Value("frequency", Required, static (ref State s, MeasureFrequency v) => s.Frequency = v, static m => m.Frequency),
        Value("weight", Defaulted, static (ref State s, decimal v) => s.Weight = v, static m => m.Weight),
        Value("mustDo", Defaulted, static (ref State s, bool v) => s.MustDo = v, static m => m.MustDo),
        Object("tolerance", WhenComplete, ToleranceRecord.Table, static (ref State s, Tolerance? v) => s.Tolerance = v, static m => m.Tolerance),
        Object("baseline", Defaulted, BaselineRecord.Table, static (ref State s, MeasureBaseline? v) => s.Baseline = v, static m => m.Baseline),
        Array("targets", Defaulted, TargetRecord.Table, static (ref State s, ValueList<MeasureTarget> v) => s.Targets = v, static m => m.Targets),
        Array("actuals", Defaulted, ActualRecord.Table, static (ref State s, ValueList<MeasureActual> v) => s.Actuals = v, static m => m.Actuals),
    ];

    public static MeasureRecord Table { get; } = new();

    protected override Measure Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Code = s.Code,
        Title = s.Title!,
        Description = s.Description,
        Unit = s.Unit,
        Owner = s.Owner,
        Polarity = s.Polarity,
        Frequency = s.Frequency,
        Weight = s.Weight ?? Weights.Default,
        MustDo = s.MustDo ?? false,
        Tolerance = s.Tolerance,
        Baseline = s.Baseline,
        Targets = s.Targets ?? ValueList<MeasureTarget>.Empty,
        Actuals = s.Actuals ?? ValueList<MeasureActual>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(Measure record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Code;
        public string? Title;
        public string? Description;
        public string? Unit;
        public string? Owner;
        public Polarity Polarity;
        public MeasureFrequency Frequency;
        public decimal? Weight;
        public bool? MustDo;
        public Tolerance? Tolerance;
        public MeasureBaseline? Baseline;
        public ValueList<MeasureTarget>? Targets;
        public ValueList<MeasureActual>? Actuals;
    }
}

/// <summary>A measure's tolerance (MEA-5): every member optional, with the rules' defaults.</summary>
internal sealed class ToleranceRecord() : Record<Tolerance, ToleranceRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a tolerance";

    private static readonly RecordMember<Tolerance, State>[] Members =
    [
        Value("amberWithin", Defaulted, static (ref State s, decimal v) => s.AmberWithin = v, static t => t.AmberWithin),
        Value("greenWithin", Defaulted, static (ref State s, decimal v) => s.GreenWithin = v, static t => t.GreenWithin),
        Value("kind", Defaulted, static (ref State s, ToleranceKind v) => s.Kind = v, static t => t.Kind),
    ];

    public static ToleranceRecord Table { get; } = new();

    protected override Tolerance Create(ref State s, ExtensionMembers extensions) => new()
    {
        AmberWithin = s.AmberWithin ?? Tolerance.Default.AmberWithin,
        GreenWithin = s.GreenWithin ?? Tolerance.Default.GreenWithin,
        Kind = s.Kind ?? Tolerance.Default.Kind,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(Tolerance record) => record.Extensions;

    internal struct State
    {
        public decimal? AmberWithin;
        public decimal? GreenWithin;
        public ToleranceKind? Kind;
    }
}

/// <summary>A measure's baseline: period and value (MEA-1).</summary>
internal sealed class BaselineRecord() : Record<MeasureBaseline, BaselineRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a baseline";

    private static readonly RecordMember<MeasureBaseline, State>[] Members =
    [
        Value("period", Required, static (ref State s, string v) => s.Period = v, static b => b.Period),
        Value("value", Required, static (ref State s, decimal v) => s.Value = v, static b => b.Value),
    ];

    public static BaselineRecord Table { get; } = new();

    protected override MeasureBaseline Create(ref State s, ExtensionMembers extensions) =>
        new() { Period = s.Period!, Value = s.Value, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(MeasureBaseline record) => record.Extensions;

    internal struct State
    {
        public string? Period;
        public decimal Value;
    }
}

/// <summary>A measure's target: period, value, setOn, reason (MEA-1, MEA-3).</summary>
internal sealed class TargetRecord() : Record<MeasureTarget, TargetRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a target";

    private static readonly RecordMember<MeasureTarget, State>[] Members =
    [
        Value("period", Required, static (ref State s, string v) => s.Period = v, static t => t.Period),
        Value("value", Required, static (ref State s, decimal v) => s.Value = v, static t => t.Value),
        Optional("setOn", static (ref State s, LocalDate v) => s.SetOn = v, static t => t.SetOn),
        Optional("reason", static (ref State s, string v) => s.Reason = v, static t => t.Reason),
    ];

    public static TargetRecord Table { get; } = new();

    protected override MeasureTarget Create(ref State s, ExtensionMembers extensions) =>
        new() { Period = s.Period!, Value = s.Value, SetOn = s.SetOn, Reason = s.Reason, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(MeasureTarget record) => record.Extensions;

    internal struct State
    {
        public string? Period;
        public decimal Value;
        public LocalDate? SetOn;
        public string? Reason;
    }
}

/// <summary>A measure's actual: period, value, note (MEA-1).</summary>
internal sealed class ActualRecord() : Record<MeasureActual, ActualRecord.State>(Noun, Members)
{
    private static readonly string Noun = "an actual";

    private static readonly RecordMember<MeasureActual, State>[] Members =
    [
        Value("period", Required, static (ref State s, string v) => s.Period = v, static a => a.Period),
        Value("value", Required, static (ref State s, decimal v) => s.Value = v, static a => a.Value),
        Optional("note", static (ref State s, string v) => s.Note = v, static a => a.Note),
    ];

    public static ActualRecord Table { get; } = new();

    protected override MeasureActual Create(ref State s, ExtensionMembers extensions) =>
        new() { Period = s.Period!, Value = s.Value, Note = s.Note, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(MeasureActual record) => record.Extensions;

    internal struct State
    {
        public string? Period;
        public decimal Value;
        public string? Note;
    }
}
