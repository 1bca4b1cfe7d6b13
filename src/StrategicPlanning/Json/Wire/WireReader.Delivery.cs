using StrategicPlanning.Delivery;
using StrategicPlanning.Finance;

namespace StrategicPlanning.Json.Wire;

/// <content>Delivery plans and their actions.</content>
internal sealed partial class WireReader
{
    private static DeliveryPlan? DeliveryPlan(WireReader r, WireDeliveryPlan w)
    {
        var id = r.Required(w.Id, "id", "a delivery plan");
        var title = r.Required(w.Title, "title", "a delivery plan");
        var year = r.Required(w.Year, "year", "a delivery plan");
        var actions = r.List(w.Actions, "actions", Action);
        return id is null || title is null || year is null ? null : new DeliveryPlan
        {
            Id = id,
            Title = title,
            Year = year,
            Approved = w.Approved,
            Actions = actions,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static DeliveryAction? Action(WireReader r, WireAction w)
    {
        var id = r.Required(w.Id, "id", "an action");
        var title = r.Required(w.Title, "title", "an action");
        var outcomeIds = r.Required(w.OutcomeIds, "outcomeIds", "an action");
        var start = r.Required(w.Start, "start", "an action");
        var due = r.Required(w.Due, "due", "an action");
        var milestones = r.List(w.Milestones, "milestones", Milestone);
        var updates = r.List(w.Updates, "updates", Update);
        var estimates = r.List(w.EstimatedCost, "estimatedCost", Amount);
        var funding = r.List(w.Funding, "funding", Allocation);
        return id is null || title is null || outcomeIds is null || start is null || due is null ? null : new DeliveryAction
        {
            Id = id,
            Code = w.Code,
            Title = title,
            OutcomeIds = r.Strings(outcomeIds, "outcomeIds"),
            Owner = w.Owner,
            Start = start.Value,
            Due = due.Value,
            MustDo = w.MustDo ?? false,
            Weight = w.Weight ?? 1m,
            Milestones = milestones,
            Updates = updates,
            EstimatedCost = estimates,
            Funding = funding,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static Milestone? Milestone(WireReader r, WireMilestone w)
    {
        var id = r.Required(w.Id, "id", "a milestone");
        var title = r.Required(w.Title, "title", "a milestone");
        var due = r.Required(w.Due, "due", "a milestone");
        return id is null || title is null || due is null ? null : new Milestone
        {
            Id = id,
            Title = title,
            Due = due.Value,
            Completed = w.Completed,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static ActionUpdate? Update(WireReader r, WireUpdate w)
    {
        var asOf = r.Required(w.AsOf, "asOf", "an update");
        var status = r.Required(w.Status, "status", "an update");
        return asOf is null || status is null ? null : new ActionUpdate
        {
            AsOf = asOf.Value,
            Status = status.Value,
            PercentComplete = w.PercentComplete,
            Commentary = w.Commentary,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static AnnualAmount? Amount(WireReader r, WireAmount w)
    {
        var year = r.Required(w.Year, "year", "an amount");
        var amount = r.Required(w.Amount, "amount", "an amount");
        return year is null || amount is null ? null : new AnnualAmount { Year = year, Amount = amount.Value, Extensions = r.Ext(w.Extra) };
    }

    private static FundingAllocation? Allocation(WireReader r, WireAllocation w)
    {
        var lineId = r.Required(w.LineId, "lineId", "a funding allocation");
        var year = r.Required(w.Year, "year", "a funding allocation");
        var amount = r.Required(w.Amount, "amount", "a funding allocation");
        return lineId is null || year is null || amount is null ? null : new FundingAllocation
        {
            LineId = lineId,
            Year = year,
            Amount = amount.Value,
            Extensions = r.Ext(w.Extra),
        };
    }
}
