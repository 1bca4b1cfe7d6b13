using System.Text.Json;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>A measure's actuals: period, value, note (MEA-1).</summary>
internal sealed class ActualsConverter(int maxNameLength)
    : LeafArrayConverter<MeasureActual, ActualsConverter.State>("an actual", maxNameLength, "!period", "!value", "note")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.Period = Value<string>(ref reader, options); break;
            case 1: state.Value = Value<decimal>(ref reader, options); break;
            default: state.Note = Value<string>(ref reader, options); break;
        }
    }

    protected override MeasureActual Create(in State state, ExtensionMembers extensions) =>
        new() { Period = state.Period!, Value = state.Value, Note = state.Note, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, MeasureActual item, JsonSerializerOptions options)
    {
        Write(writer, "period", item.Period, options);
        Write(writer, "value", item.Value, options);
        if (item.Note is { } note)
        {
            Write(writer, "note", note, options);
        }
    }

    protected override ExtensionMembers ExtensionsOf(MeasureActual item) => item.Extensions;

    internal struct State
    {
        public string? Period;
        public decimal Value;
        public string? Note;
    }
}

/// <summary>A measure's targets: period, value, setOn, reason (MEA-1, MEA-3).</summary>
internal sealed class TargetsConverter(int maxNameLength)
    : LeafArrayConverter<MeasureTarget, TargetsConverter.State>("a target", maxNameLength, "!period", "!value", "setOn", "reason")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.Period = Value<string>(ref reader, options); break;
            case 1: state.Value = Value<decimal>(ref reader, options); break;
            case 2: state.SetOn = Value<LocalDate>(ref reader, options); break;
            default: state.Reason = Value<string>(ref reader, options); break;
        }
    }

    protected override MeasureTarget Create(in State state, ExtensionMembers extensions) =>
        new() { Period = state.Period!, Value = state.Value, SetOn = state.SetOn, Reason = state.Reason, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, MeasureTarget item, JsonSerializerOptions options)
    {
        Write(writer, "period", item.Period, options);
        Write(writer, "value", item.Value, options);
        if (item.SetOn is { } setOn)
        {
            Write(writer, "setOn", setOn, options);
        }

        if (item.Reason is { } reason)
        {
            Write(writer, "reason", reason, options);
        }
    }

    protected override ExtensionMembers ExtensionsOf(MeasureTarget item) => item.Extensions;

    internal struct State
    {
        public string? Period;
        public decimal Value;
        public LocalDate? SetOn;
        public string? Reason;
    }
}
