using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <content>The Strategic Risk Register.</content>
internal sealed partial class WireReader
{
    private static RiskRegister? RiskRegister(WireReader r, WireRiskRegister w) => new()
    {
        Id = w.Id,
        Title = w.Title,
        ReviewEvery = w.ReviewEvery ?? Model.RiskRegister.DefaultReviewEvery,
        Matrix = r.Child(w.Matrix, "matrix", Matrix) ?? RiskMatrix.Default,
        Appetite = r.List(w.Appetite, "appetite", Appetite),
        Risks = r.List(w.Risks, "risks", Risk),
        Extensions = r.Ext(w.Extra),
    };

    private static RiskMatrix? Matrix(WireReader r, WireMatrix w) => new()
    {
        LikelihoodLevels = w.LikelihoodLevels ?? RiskMatrix.DefaultLevels,
        ImpactLevels = w.ImpactLevels ?? RiskMatrix.DefaultLevels,
        LikelihoodLabels = r.Strings(w.LikelihoodLabels, "likelihoodLabels"),
        ImpactLabels = r.Strings(w.ImpactLabels, "impactLabels"),
        Scores = r.Grid(w.Scores),
        Bands = w.Bands is null ? RiskMatrix.DefaultBands : r.List(w.Bands, "bands", Band),
        Extensions = r.Ext(w.Extra),
    };

    private ValueList<IReadOnlyList<int>>? Grid(List<List<int>?>? rows)
    {
        if (rows is null)
        {
            return null;
        }

        var result = new IReadOnlyList<int>[rows.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (rows[i] is { } row)
            {
                result[i] = ValueList.From(row);
            }
            else
            {
                path.Push("scores");
                path.Push(i);
                Error(path.ToString(), "Expected an array of scores, found null.");
                path.Pop();
                path.Pop();
                result[i] = ValueList<int>.Empty;
            }
        }

        return ValueList.Own(result);
    }

    private static RiskBand? Band(WireReader r, WireBand w)
    {
        var from = r.Required(w.From, "from", "a risk band");
        return from is null ? null : new RiskBand { From = from.Value, Name = w.Name, Rag = w.Rag, Extensions = r.Ext(w.Extra) };
    }

    private static RiskAppetite? Appetite(WireReader r, WireAppetite w)
    {
        var category = r.Required(w.Category, "category", "a risk appetite");
        var maxScore = r.Required(w.MaxScore, "maxScore", "a risk appetite");
        return category is null || maxScore is null ? null : new RiskAppetite { Category = category, MaxScore = maxScore.Value, Extensions = r.Ext(w.Extra) };
    }

    private static Risk? Risk(WireReader r, WireRisk w)
    {
        var id = r.Required(w.Id, "id", "a risk");
        var title = r.Required(w.Title, "title", "a risk");
        var kind = r.Required(w.Kind, "kind", "a risk");
        var category = r.Required(w.Category, "category", "a risk");
        var inherent = r.Required(w.Inherent, "inherent", "a risk");
        var inherentRating = r.Child(inherent, "inherent", Rating);
        var target = r.Child(w.Target, "target", Rating);
        var assessments = r.Leaves(w.Assessments, "assessments");
        return id is null || title is null || kind is null || category is null || inherentRating is null ? null : new Risk
        {
            Id = id,
            Code = w.Code,
            Title = title,
            Kind = kind.Value,
            Category = category,
            Owner = w.Owner,
            Status = w.Status ?? RiskStatus.Open,
            ThemeIds = r.Strings(w.ThemeIds, "themeIds"),
            OutcomeIds = r.Strings(w.OutcomeIds, "outcomeIds"),
            Inherent = inherentRating,
            Target = target,
            Assessments = assessments,
            Treatment = w.Treatment,
            MitigationActionIds = r.Strings(w.MitigationActionIds, "mitigationActionIds"),
            ReviewEvery = w.ReviewEvery,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static RiskRating? Rating(WireReader r, WireRating w)
    {
        var likelihood = r.Required(w.Likelihood, "likelihood", "a risk rating");
        var impact = r.Required(w.Impact, "impact", "a risk rating");
        return likelihood is null || impact is null ? null : new RiskRating { Likelihood = likelihood.Value, Impact = impact.Value, Extensions = r.Ext(w.Extra) };
    }
}
