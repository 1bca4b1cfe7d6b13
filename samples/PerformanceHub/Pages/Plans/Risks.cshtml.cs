using Microsoft.AspNetCore.Mvc;
using PerformanceHub.Plans;

namespace PerformanceHub.Pages.Plans;

/// <summary>The Strategic Risk Register at the as-of date (splan risks): risks by score and the heat maps as grids.</summary>
public sealed class RisksModel(PlanStore store, PlanResults results, TimeProvider clock) : PlanPageModel(store, results, clock)
{
    public RiskSheet? Sheet { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The RAG of each band of the register's matrix, by band name.</summary>
    public IReadOnlyDictionary<string, string?> BandRags { get; private set; } = new Dictionary<string, string?>();

    public IReadOnlyList<string> LikelihoodLabels { get; private set; } = [];

    public IReadOnlyList<string> ImpactLabels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var result = Results.Risks(Version, AsOf);
        Sheet = result.Exit == 0 ? RiskSheet.Parse(result.Output) : null;
        Problem = result.Exit == 0 ? null : Api.PlanApi.FirstLine(result.Error);
        if (Document.RiskRegister?.Matrix is { } matrix)
        {
            BandRags = matrix.Bands.Where(b => b.Name is not null).GroupBy(b => b.Name!).ToDictionary(g => g.Key, g => g.First().Rag?.ToString());
            (LikelihoodLabels, ImpactLabels) = (matrix.LikelihoodLabels, matrix.ImpactLabels);
        }

        return Page();
    }

    /// <summary>A level's label, "3 (Possible)", or the number alone.</summary>
    public static string Label(IReadOnlyList<string> labels, int level) =>
        labels.Count >= level ? $"{level} ({labels[level - 1]})" : level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string BandCss(string? band) => "band-" + (band is not null && BandRags.TryGetValue(band, out var rag) && rag is not null ? rag.ToLowerInvariant() : "none");
}
