using System.Text.Json;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>A delivery plan's actions (ACT-1), with their outcome ids, milestones, updates, costs and funding in the same pass.</summary>
internal sealed class ActionsConverter(int maxNameLength)
    : LeafArrayConverter<DeliveryAction, ActionsConverter.State>(
        "an action", maxNameLength, "!id", "code", "!title", "!outcomeIds", "owner", "!start", "!due", "mustDo", "weight", "milestones", "updates", "estimatedCost", "funding")
{
    [ThreadStatic]
    private static List<string?>? idScratch;

    private readonly MilestonesConverter milestones = new(maxNameLength);
    private readonly UpdatesConverter updates = new(maxNameLength);
    private readonly AmountsConverter amounts = new(maxNameLength);
    private readonly AllocationsConverter allocations = new(maxNameLength);

    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.Id = Value<string>(ref reader, options); break;
            case 1: state.Code = Value<string>(ref reader, options); break;
            case 2: state.Title = Value<string>(ref reader, options); break;
            case 3: state.OutcomeIds = Strings(ref reader, options); break;
            case 4: state.Owner = Value<string>(ref reader, options); break;
            case 5: state.Start = Value<LocalDate>(ref reader, options); break;
            case 6: state.Due = Value<LocalDate>(ref reader, options); break;
            case 7: state.MustDo = Value<bool>(ref reader, options); break;
            case 8: state.Weight = Value<decimal>(ref reader, options); break;
            case 9: state.Milestones = milestones.ReadItems(ref reader, options, out state.MilestoneProblems); break;
            case 10: state.Updates = updates.ReadItems(ref reader, options, out state.UpdateProblems); break;
            case 11: state.EstimatedCost = amounts.ReadItems(ref reader, options, out state.EstimateProblems); break;
            default: state.Funding = allocations.ReadItems(ref reader, options, out state.FundingProblems); break;
        }
    }

    /// <summary>The order of WireReader before: the nested lists always; a null outcome id only for a complete action.</summary>
    protected override void Finish(in State state, int index, bool complete, ref List<LeafProblem>? problems)
    {
        NestedArray(state.MilestoneProblems, "milestones", index, ref problems);
        NestedArray(state.UpdateProblems, "updates", index, ref problems);
        NestedArray(state.EstimateProblems, "estimatedCost", index, ref problems);
        NestedArray(state.FundingProblems, "funding", index, ref problems);
        var ids = state.OutcomeIds;
        for (var i = 0; complete && ids is not null && i < ids.Length; i++)
        {
            if (ids[i] is null)
            {
                (problems ??= []).Add(new LeafProblem(index, string.Concat(".outcomeIds[", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "]"), "Expected a string, found null."));
            }
        }
    }

    protected override DeliveryAction Create(in State state, ExtensionMembers extensions)
    {
        var ids = state.OutcomeIds!;
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] ??= string.Empty; // reported as an error in Finish; the document will not be returned
        }

        return new DeliveryAction
        {
            Id = state.Id!,
            Code = state.Code,
            Title = state.Title!,
            OutcomeIds = ValueList.Own((string[])(object)ids),
            Owner = state.Owner,
            Start = state.Start,
            Due = state.Due,
            MustDo = state.MustDo ?? false,
            Weight = state.Weight ?? Weights.Default,
            Milestones = ListOf(state.Milestones, state.MilestoneProblems),
            Updates = ListOf(state.Updates, state.UpdateProblems),
            EstimatedCost = ListOf(state.EstimatedCost, state.EstimateProblems),
            Funding = ListOf(state.Funding, state.FundingProblems),
            Extensions = extensions,
        };
    }

    protected override void WriteMembers(Utf8JsonWriter writer, DeliveryAction item, JsonSerializerOptions options)
    {
        Write(writer, "id", item.Id, options);
        Optional(writer, "code", item.Code, options);
        Write(writer, "title", item.Title, options);
        writer.WritePropertyName("outcomeIds");
        writer.WriteStartArray();
        foreach (var id in item.OutcomeIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        Optional(writer, "owner", item.Owner, options);
        Write(writer, "start", item.Start, options);
        Write(writer, "due", item.Due, options);
        Write(writer, "mustDo", item.MustDo, options);
        Write(writer, "weight", item.Weight, options);
        List(writer, "milestones", milestones, item.Milestones, options);
        List(writer, "updates", updates, item.Updates, options);
        List(writer, "estimatedCost", amounts, item.EstimatedCost, options);
        List(writer, "funding", allocations, item.Funding, options);
    }

    protected override ExtensionMembers ExtensionsOf(DeliveryAction item) => item.Extensions;

    private static void List<TItem>(Utf8JsonWriter writer, string name, System.Text.Json.Serialization.JsonConverter<LeafArray<TItem>> converter, IReadOnlyList<TItem> items, JsonSerializerOptions options)
        where TItem : class
    {
        if (LeafArray<TItem>.ForWriting(items) is { } list)
        {
            writer.WritePropertyName(name);
            converter.Write(writer, list, options);
        }
    }

    /// <summary>An array of strings; a null element is kept (and reported in <see cref="Finish"/>), anything else is refused here.</summary>
    private static string?[] Strings(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonTokenNames.Expected("an array", ref reader);
        }

        var ids = idScratch ??= [];
        ids.Clear();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                ids.Add(reader.TokenType == JsonTokenType.Null ? null : Value<string>(ref reader, options));
            }
            catch (JsonException ex)
            {
                throw At(ex, Prefix(ids.Count, null));
            }
        }

        var result = ids.ToArray();
        ids.Clear();
        return result;
    }

    internal struct State
    {
        public string? Id;
        public string? Code;
        public string? Title;
        public string?[]? OutcomeIds;
        public string? Owner;
        public LocalDate Start;
        public LocalDate Due;
        public bool? MustDo;
        public decimal? Weight;
        public Milestone?[]? Milestones;
        public List<LeafProblem>? MilestoneProblems;
        public ActionUpdate?[]? Updates;
        public List<LeafProblem>? UpdateProblems;
        public AnnualAmount?[]? EstimatedCost;
        public List<LeafProblem>? EstimateProblems;
        public FundingAllocation?[]? Funding;
        public List<LeafProblem>? FundingProblems;
    }
}
