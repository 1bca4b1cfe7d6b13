using System.Text.Json;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>An action's milestones: id, title, due, completed (ACT-1, ACT-4).</summary>
internal sealed class MilestonesConverter(int maxNameLength)
    : LeafArrayConverter<Milestone, MilestonesConverter.State>("a milestone", maxNameLength, "!id", "!title", "!due", "completed")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.Id = Value<string>(ref reader, options); break;
            case 1: state.Title = Value<string>(ref reader, options); break;
            case 2: state.Due = Value<LocalDate>(ref reader, options); break;
            default: state.Completed = Value<LocalDate>(ref reader, options); break;
        }
    }

    protected override Milestone Create(in State state, ExtensionMembers extensions) =>
        new() { Id = state.Id!, Title = state.Title!, Due = state.Due, Completed = state.Completed, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, Milestone item, JsonSerializerOptions options)
    {
        Write(writer, "id", item.Id, options);
        Write(writer, "title", item.Title, options);
        Write(writer, "due", item.Due, options);
        if (item.Completed is { } completed)
        {
            Write(writer, "completed", completed, options);
        }
    }

    protected override ExtensionMembers ExtensionsOf(Milestone item) => item.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Title;
        public LocalDate Due;
        public LocalDate? Completed;
    }
}

/// <summary>An action's updates: asOf, status, percentComplete, commentary (ACT-2).</summary>
internal sealed class UpdatesConverter(int maxNameLength)
    : LeafArrayConverter<ActionUpdate, UpdatesConverter.State>("an update", maxNameLength, "!asOf", "!status", "percentComplete", "commentary")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.AsOf = Value<LocalDate>(ref reader, options); break;
            case 1: state.Status = Value<ActionStatus>(ref reader, options); break;
            case 2: state.PercentComplete = Value<decimal>(ref reader, options); break;
            default: state.Commentary = Value<string>(ref reader, options); break;
        }
    }

    protected override ActionUpdate Create(in State state, ExtensionMembers extensions) =>
        new() { AsOf = state.AsOf, Status = state.Status, PercentComplete = state.PercentComplete, Commentary = state.Commentary, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, ActionUpdate item, JsonSerializerOptions options)
    {
        Write(writer, "asOf", item.AsOf, options);
        Write(writer, "status", item.Status, options);
        if (item.PercentComplete is { } percent)
        {
            Write(writer, "percentComplete", percent, options);
        }

        if (item.Commentary is { } commentary)
        {
            Write(writer, "commentary", commentary, options);
        }
    }

    protected override ExtensionMembers ExtensionsOf(ActionUpdate item) => item.Extensions;

    internal struct State
    {
        public LocalDate AsOf;
        public ActionStatus Status;
        public decimal? PercentComplete;
        public string? Commentary;
    }
}

/// <summary>Amounts per financial year: an action's estimated cost and a budget line's money (FIN-1, FIN-2).</summary>
internal sealed class AmountsConverter(int maxNameLength)
    : LeafArrayConverter<AnnualAmount, AmountsConverter.State>("an amount", maxNameLength, "!year", "!amount")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        if (member == 0)
        {
            state.Year = Value<string>(ref reader, options);
        }
        else
        {
            state.Amount = Value<decimal>(ref reader, options);
        }
    }

    protected override AnnualAmount Create(in State state, ExtensionMembers extensions) =>
        new() { Year = state.Year!, Amount = state.Amount, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, AnnualAmount item, JsonSerializerOptions options)
    {
        Write(writer, "year", item.Year, options);
        Write(writer, "amount", item.Amount, options);
    }

    protected override ExtensionMembers ExtensionsOf(AnnualAmount item) => item.Extensions;

    internal struct State
    {
        public string? Year;
        public decimal Amount;
    }
}

/// <summary>An action's funding allocations: lineId, year, amount (FIN-2).</summary>
internal sealed class AllocationsConverter(int maxNameLength)
    : LeafArrayConverter<FundingAllocation, AllocationsConverter.State>("a funding allocation", maxNameLength, "!lineId", "!year", "!amount")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.LineId = Value<string>(ref reader, options); break;
            case 1: state.Year = Value<string>(ref reader, options); break;
            default: state.Amount = Value<decimal>(ref reader, options); break;
        }
    }

    protected override FundingAllocation Create(in State state, ExtensionMembers extensions) =>
        new() { LineId = state.LineId!, Year = state.Year!, Amount = state.Amount, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, FundingAllocation item, JsonSerializerOptions options)
    {
        Write(writer, "lineId", item.LineId, options);
        Write(writer, "year", item.Year, options);
        Write(writer, "amount", item.Amount, options);
    }

    protected override ExtensionMembers ExtensionsOf(FundingAllocation item) => item.Extensions;

    internal struct State
    {
        public string? LineId;
        public string? Year;
        public decimal Amount;
    }
}
