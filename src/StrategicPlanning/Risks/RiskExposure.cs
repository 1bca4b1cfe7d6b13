using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Risks;

/// <summary>RSK-8: each theme's open threats, by band, with the highest score and a heat map.</summary>
internal static class RiskExposure
{
    public static IReadOnlyList<ThemeExposure> ByTheme(PlanDocument document, RiskMatrix matrix, IReadOnlyList<RiskEvaluation> risks)
    {
        var index = document.Index;
        var perTheme = new Dictionary<string, List<RiskEvaluation>>(StringComparer.Ordinal);
        foreach (var evaluation in risks.Where(r => r.Risk.Status == RiskStatus.Open && r.Risk.Kind == RiskKind.Threat))
        {
            // A risk bears on the themes it names and on the themes of the outcomes it names, once each.
            var themes = evaluation.Risk.ThemeIds
                .Concat(evaluation.Risk.OutcomeIds.Select(o => index.FindThemeOfOutcome(o)?.Id).OfType<string>())
                .Distinct(StringComparer.Ordinal);
            foreach (var themeId in themes)
            {
                (perTheme.TryGetValue(themeId, out var list) ? list : perTheme[themeId] = []).Add(evaluation);
            }
        }

        return ValueList.From(document.Plan.Themes
            .Where(t => ReferenceEquals(index.FindTheme(t.Id), t))
            .Select(t => Exposure(t.Id, t.Name, matrix, perTheme.GetValueOrDefault(t.Id) ?? [])));
    }

    private static ThemeExposure Exposure(string id, string name, RiskMatrix matrix, List<RiskEvaluation> threats)
    {
        var map = new HeatMap(matrix, threats.Select(t => t.Current));
        var byBand = matrix.Bands.Select(b => new BandCount(b, threats.Count(t => ReferenceEquals(t.Current.Band, b)))).ToList();
        int? highest = threats.Count == 0 ? null : threats.Max(t => t.Current.Score);
        return new ThemeExposure(id, name, threats.Count, ValueList.From(byBand), highest, map);
    }
}
