using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

internal sealed class WireReviews : WireObject
{
    public Period? Cadence { get; set; }
    public LocalDate? Start { get; set; }
    public LocalDate? End { get; set; }
    public Period? ReportingLag { get; set; }
    public Period? AnnualReportLag { get; set; }
    public Period? DueSoonWithin { get; set; }
    public List<WireHeldReview?>? Held { get; set; }
}

internal sealed class WireHeldReview : WireObject
{
    public LocalDate? Date { get; set; }
    public ReviewKind? Kind { get; set; }
    public string? Forum { get; set; }
    public string? Period { get; set; }
}
