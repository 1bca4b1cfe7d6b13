using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

internal sealed class WireRiskRegister : WireObject
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public Period? ReviewEvery { get; set; }
    public WireMatrix? Matrix { get; set; }
    public List<WireAppetite?>? Appetite { get; set; }
    public List<WireRisk?>? Risks { get; set; }
}

internal sealed class WireMatrix : WireObject
{
    public int? LikelihoodLevels { get; set; }
    public int? ImpactLevels { get; set; }
    public List<string?>? LikelihoodLabels { get; set; }
    public List<string?>? ImpactLabels { get; set; }
    public List<List<int>?>? Scores { get; set; }
    public List<WireBand?>? Bands { get; set; }
}

internal sealed class WireBand : WireObject
{
    public int? From { get; set; }
    public string? Name { get; set; }
    public Rag? Rag { get; set; }
}

internal sealed class WireAppetite : WireObject
{
    public string? Category { get; set; }
    public int? MaxScore { get; set; }
}

internal sealed class WireRisk : WireObject
{
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string? Title { get; set; }
    public RiskKind? Kind { get; set; }
    public string? Category { get; set; }
    public string? Owner { get; set; }
    public RiskStatus? Status { get; set; }
    public List<string?>? ThemeIds { get; set; }
    public List<string?>? OutcomeIds { get; set; }
    public WireRating? Inherent { get; set; }
    public WireRating? Target { get; set; }
    public LeafArray<RiskAssessment>? Assessments { get; set; }
    public RiskTreatment? Treatment { get; set; }
    public List<string?>? MitigationActionIds { get; set; }
    public Period? ReviewEvery { get; set; }
}

internal sealed class WireRating : WireObject
{
    public int? Likelihood { get; set; }
    public int? Impact { get; set; }
}

