using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>A delivery plan (ACT-1): id, title, year, approved and its actions.</summary>
internal sealed class DeliveryPlanRecord() : Record<DeliveryPlan, DeliveryPlanRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a delivery plan";

    private static readonly RecordMember<DeliveryPlan, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static p => p.Id),
        Value("title", Required, static (ref State s, string v) => s.Title = v, static p => p.Title),
        Value("year", Required, static (ref State s, string v) => s.Year = v, static p => p.Year),
        Optional("approved", static (ref State s, LocalDate v) => s.Approved = v, static p => p.Approved),
        Array("actions", Defaulted, ActionRecord.Table, static (ref State s, ValueList<DeliveryAction> v) => s.Actions = v, static p => p.Actions),
    ];

    public static DeliveryPlanRecord Table { get; } = new();

    protected override DeliveryPlan Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Title = s.Title!,
        Year = s.Year!,
        Approved = s.Approved,
        Actions = s.Actions ?? ValueList<DeliveryAction>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(DeliveryPlan record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Title;
        public string? Year;
        public LocalDate? Approved;
        public ValueList<DeliveryAction>? Actions;
    }
}

/// <summary>A delivery plan's action (ACT-1), with its outcome ids, milestones, updates, costs and funding.</summary>
internal sealed class ActionRecord() : Record<DeliveryAction, ActionRecord.State>(Noun, Members)
{
    private static readonly string Noun = "an action";

    private static readonly RecordMember<DeliveryAction, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static a => a.Id),
        Optional("code", static (ref State s, string v) => s.Code = v, static a => a.Code),
        Value("title", Required, static (ref State s, string v) => s.Title = v, static a => a.Title),
        Texts("outcomeIds", Required | MemberUse.AlwaysWritten, static (ref State s, ValueList<string> v) => s.OutcomeIds = v, static a => a.OutcomeIds),
        Optional("owner", static (ref State s, string v) => s.Owner = v, static a => a.Owner),
        Value("start", Required, static (ref State s, LocalDate v) => s.Start = v, static a => a.Start),
        Value("due", Required, static (ref State s, LocalDate v) => s.Due = v, static a => a.Due),
        Value("mustDo", Defaulted, static (ref State s, bool v) => s.MustDo = v, static a => a.MustDo),
        Value("weight", Defaulted, static (ref State s, decimal v) => s.Weight = v, static a => a.Weight),
        Array("milestones", Defaulted, MilestoneRecord.Table, static (ref State s, ValueList<Milestone> v) => s.Milestones = v, static a => a.Milestones),
        Array("updates", Defaulted, UpdateRecord.Table, static (ref State s, ValueList<ActionUpdate> v) => s.Updates = v, static a => a.Updates),
        Array("estimatedCost", Defaulted, AmountRecord.Table, static (ref State s, ValueList<AnnualAmount> v) => s.EstimatedCost = v, static a => a.EstimatedCost),
        Array("funding", Defaulted, AllocationRecord.Table, static (ref State s, ValueList<FundingAllocation> v) => s.Funding = v, static a => a.Funding),
    ];

    public static ActionRecord Table { get; } = new();

    protected override DeliveryAction Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Code = s.Code,
        Title = s.Title!,
        OutcomeIds = s.OutcomeIds!,
        Owner = s.Owner,
        Start = s.Start,
        Due = s.Due,
        MustDo = s.MustDo ?? false,
        Weight = s.Weight ?? Weights.Default,
        Milestones = s.Milestones ?? ValueList<Milestone>.Empty,
        Updates = s.Updates ?? ValueList<ActionUpdate>.Empty,
        EstimatedCost = s.EstimatedCost ?? ValueList<AnnualAmount>.Empty,
        Funding = s.Funding ?? ValueList<FundingAllocation>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(DeliveryAction record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Code;
        public string? Title;
        public ValueList<string>? OutcomeIds;
        public string? Owner;
        public LocalDate Start;
        public LocalDate Due;
        public bool? MustDo;
        public decimal? Weight;
        public ValueList<Milestone>? Milestones;
        public ValueList<ActionUpdate>? Updates;
        public ValueList<AnnualAmount>? EstimatedCost;
        public ValueList<FundingAllocation>? Funding;
    }
}

/// <summary>An action's milestone: id, title, due, completed (ACT-1, ACT-4).</summary>
internal sealed class MilestoneRecord() : Record<Milestone, MilestoneRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a milestone";

    private static readonly RecordMember<Milestone, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static m => m.Id),
        Value("title", Required, static (ref State s, string v) => s.Title = v, static m => m.Title),
        Value("due", Required, static (ref State s, LocalDate v) => s.Due = v, static m => m.Due),
        Optional("completed", static (ref State s, LocalDate v) => s.Completed = v, static m => m.Completed),
    ];

    public static MilestoneRecord Table { get; } = new();

    protected override Milestone Create(ref State s, ExtensionMembers extensions) =>
        new() { Id = s.Id!, Title = s.Title!, Due = s.Due, Completed = s.Completed, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(Milestone record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Title;
        public LocalDate Due;
        public LocalDate? Completed;
    }
}

/// <summary>An action's update: asOf, status, percentComplete, commentary (ACT-2).</summary>
internal sealed class UpdateRecord() : Record<ActionUpdate, UpdateRecord.State>(Noun, Members)
{
    private static readonly string Noun = "an update";

    private static readonly RecordMember<ActionUpdate, State>[] Members =
    [
        Value("asOf", Required, static (ref State s, LocalDate v) => s.AsOf = v, static u => u.AsOf),
        Value("status", Required, static (ref State s, ActionStatus v) => s.Status = v, static u => u.Status),
        Optional("percentComplete", static (ref State s, decimal v) => s.PercentComplete = v, static u => u.PercentComplete),
        Optional("commentary", static (ref State s, string v) => s.Commentary = v, static u => u.Commentary),
    ];

    public static UpdateRecord Table { get; } = new();

    protected override ActionUpdate Create(ref State s, ExtensionMembers extensions) =>
        new() { AsOf = s.AsOf, Status = s.Status, PercentComplete = s.PercentComplete, Commentary = s.Commentary, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(ActionUpdate record) => record.Extensions;

    internal struct State
    {
        public LocalDate AsOf;
        public ActionStatus Status;
        public decimal? PercentComplete;
        public string? Commentary;
    }
}

/// <summary>An amount for a financial year: an action's estimated cost and a budget line's money (FIN-1, FIN-2).</summary>
internal sealed class AmountRecord() : Record<AnnualAmount, AmountRecord.State>(Noun, Members)
{
    private static readonly string Noun = "an amount";

    private static readonly RecordMember<AnnualAmount, State>[] Members =
    [
        Value("year", Required, static (ref State s, string v) => s.Year = v, static a => a.Year),
        Value("amount", Required, static (ref State s, decimal v) => s.Amount = v, static a => a.Amount),
    ];

    public static AmountRecord Table { get; } = new();

    protected override AnnualAmount Create(ref State s, ExtensionMembers extensions) =>
        new() { Year = s.Year!, Amount = s.Amount, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(AnnualAmount record) => record.Extensions;

    internal struct State
    {
        public string? Year;
        public decimal Amount;
    }
}

/// <summary>An action's funding allocation: lineId, year, amount (FIN-2).</summary>
internal sealed class AllocationRecord() : Record<FundingAllocation, AllocationRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a funding allocation";

    private static readonly RecordMember<FundingAllocation, State>[] Members =
    [
        Value("lineId", Required, static (ref State s, string v) => s.LineId = v, static a => a.LineId),
        Value("year", Required, static (ref State s, string v) => s.Year = v, static a => a.Year),
        Value("amount", Required, static (ref State s, decimal v) => s.Amount = v, static a => a.Amount),
    ];

    public static AllocationRecord Table { get; } = new();

    protected override FundingAllocation Create(ref State s, ExtensionMembers extensions) =>
        new() { LineId = s.LineId!, Year = s.Year!, Amount = s.Amount, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(FundingAllocation record) => record.Extensions;

    internal struct State
    {
        public string? LineId;
        public string? Year;
        public decimal Amount;
    }
}
