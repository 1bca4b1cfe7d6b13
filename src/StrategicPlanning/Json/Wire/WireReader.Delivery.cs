using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <content>Delivery plans and their actions.</content>
internal sealed partial class WireReader
{
    private static DeliveryPlan? DeliveryPlan(WireReader r, WireDeliveryPlan w)
    {
        var id = r.Required(w.Id, "id", "a delivery plan");
        var title = r.Required(w.Title, "title", "a delivery plan");
        var year = r.Required(w.Year, "year", "a delivery plan");
        var actions = r.Leaves(w.Actions, "actions");
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
}
