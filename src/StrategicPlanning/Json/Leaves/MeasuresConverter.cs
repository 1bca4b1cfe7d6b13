using System.Text.Json;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>An outcome's measures (MEA-1), with their tolerance, baseline, targets and actuals read in the same pass.</summary>
internal sealed class MeasuresConverter(int maxNameLength)
    : LeafArrayConverter<Measure, MeasuresConverter.State>(
        "a measure", maxNameLength, "!id", "code", "!title", "description", "unit", "owner", "!polarity", "!frequency", "weight", "mustDo", "tolerance", "baseline", "targets", "actuals")
{
    private readonly TolerancesConverter tolerances = new(maxNameLength);
    private readonly BaselinesConverter baselines = new(maxNameLength);
    private readonly TargetsConverter targets = new(maxNameLength);
    private readonly ActualsConverter actuals = new(maxNameLength);

    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.Id = Value<string>(ref reader, options); break;
            case 1: state.Code = Value<string>(ref reader, options); break;
            case 2: state.Title = Value<string>(ref reader, options); break;
            case 3: state.Description = Value<string>(ref reader, options); break;
            case 4: state.Unit = Value<string>(ref reader, options); break;
            case 5: state.Owner = Value<string>(ref reader, options); break;
            case 6: state.Polarity = Value<Polarity>(ref reader, options); break;
            case 7: state.Frequency = Value<MeasureFrequency>(ref reader, options); break;
            case 8: state.Weight = Value<decimal>(ref reader, options); break;
            case 9: state.MustDo = Value<bool>(ref reader, options); break;
            case 10: state.Tolerance = Object(tolerances, ref reader, options, ref state.ToleranceProblems); break;
            case 11: state.Baseline = Object(baselines, ref reader, options, ref state.BaselineProblems); break;
            case 12: state.Targets = targets.ReadItems(ref reader, options, out state.TargetProblems); break;
            default: state.Actuals = actuals.ReadItems(ref reader, options, out state.ActualProblems); break;
        }
    }

    /// <summary>The order of WireReader before: the baseline, targets and actuals always; the tolerance only for a complete measure.</summary>
    protected override void Finish(in State state, int index, bool complete, ref List<LeafProblem>? problems)
    {
        Nested(state.BaselineProblems, "baseline", index, ref problems);
        NestedArray(state.TargetProblems, "targets", index, ref problems);
        NestedArray(state.ActualProblems, "actuals", index, ref problems);
        if (complete)
        {
            Nested(state.ToleranceProblems, "tolerance", index, ref problems);
        }
    }

    protected override Measure Create(in State state, ExtensionMembers extensions) => new()
    {
        Id = state.Id!,
        Code = state.Code,
        Title = state.Title!,
        Description = state.Description,
        Unit = state.Unit,
        Owner = state.Owner,
        Polarity = state.Polarity,
        Frequency = state.Frequency,
        Weight = state.Weight ?? Weights.Default,
        MustDo = state.MustDo ?? false,
        Tolerance = state.ToleranceProblems is null ? state.Tolerance : null,
        Baseline = state.BaselineProblems is null ? state.Baseline : null,
        Targets = ListOf(state.Targets, state.TargetProblems),
        Actuals = ListOf(state.Actuals, state.ActualProblems),
        Extensions = extensions,
    };

    protected override void WriteMembers(Utf8JsonWriter writer, Measure item, JsonSerializerOptions options)
    {
        Write(writer, "id", item.Id, options);
        Optional(writer, "code", item.Code, options);
        Write(writer, "title", item.Title, options);
        Optional(writer, "description", item.Description, options);
        Optional(writer, "unit", item.Unit, options);
        Optional(writer, "owner", item.Owner, options);
        Write(writer, "polarity", item.Polarity, options);
        Write(writer, "frequency", item.Frequency, options);
        Write(writer, "weight", item.Weight, options);
        Write(writer, "mustDo", item.MustDo, options);
        if (item.Tolerance is { } tolerance)
        {
            writer.WritePropertyName("tolerance");
            tolerances.WriteOne(writer, tolerance, options);
        }

        if (item.Baseline is { } baseline)
        {
            writer.WritePropertyName("baseline");
            baselines.WriteOne(writer, baseline, options);
        }

        if (LeafArray<MeasureTarget>.ForWriting(item.Targets) is { } targetList)
        {
            writer.WritePropertyName("targets");
            targets.Write(writer, targetList, options);
        }

        if (LeafArray<MeasureActual>.ForWriting(item.Actuals) is { } actualList)
        {
            writer.WritePropertyName("actuals");
            actuals.Write(writer, actualList, options);
        }
    }

    protected override ExtensionMembers ExtensionsOf(Measure item) => item.Extensions;

    /// <summary>Reads a nested object with its own converter; its problems wait in the state until <see cref="Finish"/>.</summary>
    private static TItem? Object<TItem, TItemState>(LeafArrayConverter<TItem, TItemState> converter, ref Utf8JsonReader reader, JsonSerializerOptions options, ref List<LeafProblem>? problems)
        where TItem : class
        where TItemState : struct =>
        reader.TokenType == JsonTokenType.StartObject
            ? converter.ReadOne(ref reader, options, -1, ref problems)
            : throw JsonTokenNames.Expected("an object", ref reader);

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
        public List<LeafProblem>? ToleranceProblems;
        public MeasureBaseline? Baseline;
        public List<LeafProblem>? BaselineProblems;
        public MeasureTarget?[]? Targets;
        public List<LeafProblem>? TargetProblems;
        public MeasureActual?[]? Actuals;
        public List<LeafProblem>? ActualProblems;
    }
}

/// <summary>A measure's tolerance (MEA-5): every member optional, with the rules' defaults.</summary>
internal sealed class TolerancesConverter(int maxNameLength)
    : LeafArrayConverter<Tolerance, TolerancesConverter.State>("a tolerance", maxNameLength, "amberWithin", "greenWithin", "kind")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.AmberWithin = Value<decimal>(ref reader, options); break;
            case 1: state.GreenWithin = Value<decimal>(ref reader, options); break;
            default: state.Kind = Value<ToleranceKind>(ref reader, options); break;
        }
    }

    protected override Tolerance Create(in State state, ExtensionMembers extensions) => new()
    {
        AmberWithin = state.AmberWithin ?? Tolerance.Default.AmberWithin,
        GreenWithin = state.GreenWithin ?? Tolerance.Default.GreenWithin,
        Kind = state.Kind ?? Tolerance.Default.Kind,
        Extensions = extensions,
    };

    protected override void WriteMembers(Utf8JsonWriter writer, Tolerance item, JsonSerializerOptions options)
    {
        Write(writer, "amberWithin", item.AmberWithin, options);
        Write(writer, "greenWithin", item.GreenWithin, options);
        Write(writer, "kind", item.Kind, options);
    }

    protected override ExtensionMembers ExtensionsOf(Tolerance item) => item.Extensions;

    internal struct State
    {
        public decimal? AmberWithin;
        public decimal? GreenWithin;
        public ToleranceKind? Kind;
    }
}

/// <summary>A measure's baseline: period and value (MEA-1).</summary>
internal sealed class BaselinesConverter(int maxNameLength)
    : LeafArrayConverter<MeasureBaseline, BaselinesConverter.State>("a baseline", maxNameLength, "!period", "!value")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        if (member == 0)
        {
            state.Period = Value<string>(ref reader, options);
        }
        else
        {
            state.Value = Value<decimal>(ref reader, options);
        }
    }

    protected override MeasureBaseline Create(in State state, ExtensionMembers extensions) =>
        new() { Period = state.Period!, Value = state.Value, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, MeasureBaseline item, JsonSerializerOptions options)
    {
        Write(writer, "period", item.Period, options);
        Write(writer, "value", item.Value, options);
    }

    protected override ExtensionMembers ExtensionsOf(MeasureBaseline item) => item.Extensions;

    internal struct State
    {
        public string? Period;
        public decimal Value;
    }
}
