using NodaTime;
using StrategicPlanning.Delivery;

namespace StrategicPlanning.Json.Wire;

internal sealed class WireDeliveryPlan : WireObject
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Year { get; set; }
    public LocalDate? Approved { get; set; }
    public List<WireAction?>? Actions { get; set; }
}

internal sealed class WireAction : WireObject
{
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string? Title { get; set; }
    public List<string?>? OutcomeIds { get; set; }
    public string? Owner { get; set; }
    public LocalDate? Start { get; set; }
    public LocalDate? Due { get; set; }
    public bool? MustDo { get; set; }
    public decimal? Weight { get; set; }
    public List<WireMilestone?>? Milestones { get; set; }
    public List<WireUpdate?>? Updates { get; set; }
    public List<WireAmount?>? EstimatedCost { get; set; }
    public List<WireAllocation?>? Funding { get; set; }
}

internal sealed class WireMilestone : WireObject
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public LocalDate? Due { get; set; }
    public LocalDate? Completed { get; set; }
}

internal sealed class WireUpdate : WireObject
{
    public LocalDate? AsOf { get; set; }
    public ActionStatus? Status { get; set; }
    public decimal? PercentComplete { get; set; }
    public string? Commentary { get; set; }
}

internal sealed class WireAllocation : WireObject
{
    public string? LineId { get; set; }
    public string? Year { get; set; }
    public decimal? Amount { get; set; }
}
