using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

internal sealed class WirePlan : WireObject
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Vision { get; set; }
    public string? Mission { get; set; }
    public LocalDate? Start { get; set; }
    public LocalDate? End { get; set; }
    public LocalDate? Approved { get; set; }
    public List<WireValue?>? Values { get; set; }
    public List<WireStakeholder?>? Stakeholders { get; set; }
    public List<WireTheme?>? Themes { get; set; }
}

internal sealed class WireValue : WireObject
{
    public string? Name { get; set; }
    public string? Description { get; set; }
}

internal sealed class WireStakeholder : WireObject
{
    public string? Name { get; set; }
    public StakeholderKind? Kind { get; set; }
    public List<StakeholderRole>? Roles { get; set; }
}

internal sealed class WireTheme : WireObject
{
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool? CrossCutting { get; set; }
    public decimal? Weight { get; set; }
    public List<WireStakeholder?>? Stakeholders { get; set; }
    public List<WireOutcome?>? Outcomes { get; set; }
}

internal sealed class WireOutcome : WireObject
{
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public decimal? Weight { get; set; }
    public List<WireStakeholder?>? Stakeholders { get; set; }
    public LeafArray<Measure>? Measures { get; set; }
}
