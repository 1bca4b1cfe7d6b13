using NodaTime;
using StrategicPlanning.Measures;

namespace StrategicPlanning.Json.Wire;

internal sealed class WireMeasure : WireObject
{
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Unit { get; set; }
    public Polarity? Polarity { get; set; }
    public MeasureFrequency? Frequency { get; set; }
    public decimal? Weight { get; set; }
    public bool? MustDo { get; set; }
    public WireTolerance? Tolerance { get; set; }
    public WireBaseline? Baseline { get; set; }
    public List<WireTarget?>? Targets { get; set; }
    public List<WireActual?>? Actuals { get; set; }
}

internal sealed class WireTolerance : WireObject
{
    public decimal? AmberWithin { get; set; }
    public decimal? GreenWithin { get; set; }
    public ToleranceKind? Kind { get; set; }
}

internal sealed class WireBaseline : WireObject
{
    public string? Period { get; set; }
    public decimal? Value { get; set; }
}

internal sealed class WireTarget : WireObject
{
    public string? Period { get; set; }
    public decimal? Value { get; set; }
    public LocalDate? SetOn { get; set; }
    public string? Reason { get; set; }
}

internal sealed class WireActual : WireObject
{
    public string? Period { get; set; }
    public decimal? Value { get; set; }
    public string? Note { get; set; }
}
