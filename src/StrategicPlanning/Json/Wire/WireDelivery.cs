using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

internal sealed class WireDeliveryPlan : WireObject
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Year { get; set; }
    public LocalDate? Approved { get; set; }
    public LeafArray<DeliveryAction>? Actions { get; set; }
}
