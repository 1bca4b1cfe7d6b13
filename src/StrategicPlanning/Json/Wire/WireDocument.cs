namespace StrategicPlanning.Json;

internal sealed class WireDocument : WireObject
{
    public string? SchemaVersion { get; set; }
    public WireOrganisation? Organisation { get; set; }
    public string? Currency { get; set; }
    public WireCalendar? Calendar { get; set; }
    public WirePlan? Plan { get; set; }
    public List<WireDeliveryPlan?>? DeliveryPlans { get; set; }
    public WireFinancialStrategy? FinancialStrategy { get; set; }
    public WireRiskRegister? RiskRegister { get; set; }
    public WireReviews? Reviews { get; set; }
}

internal sealed class WireOrganisation : WireObject
{
    public string? Name { get; set; }
    public string? Code { get; set; }
}

internal sealed class WireCalendar : WireObject
{
    public int? YearStartMonth { get; set; }
}
