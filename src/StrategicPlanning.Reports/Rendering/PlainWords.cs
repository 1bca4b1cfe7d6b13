using System.Text.RegularExpressions;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;

namespace StrategicPlanning.Reports;

/// <summary>
/// Reports speak to councillors, not to developers: no rule ids ("AGG-5") or validation codes ("[SP1512]") and every
/// score at the report's one precision. Rule ids stay in <c>splan explain</c>, validation output and the docs; the
/// library's own messages are left as they are, since other outputs rely on them, and reworded here.
/// </summary>
internal static partial class PlainWords
{
    /// <summary>
    /// Text the library made, without its rule references: " (FIN-5)", " (AGG-5, AGG-6)", " [SP1512]" go, and a rule id
    /// inside other brackets goes with its separator ("(the MTFS year, FIN-2)" reads "(the MTFS year)").
    /// </summary>
    public static string Strip(string text)
    {
        var stripped = WholeReference().Replace(text, string.Empty);
        stripped = InnerReference().Replace(stripped, string.Empty);
        return stripped;
    }

    /// <summary>
    /// Why a node has its RAG, in one sentence at the report's precision: "Amber at 66.7: pulled down by measure 'X' at
    /// 0.0." The library's <see cref="NodeTrace.Summary"/> says the same with rule ids and two places.
    /// </summary>
    public static string Why(ReportData data, ScoreNode node)
    {
        if (node.Score is not { } score)
        {
            return Strip(node.Trace.Summary);
        }

        var thresholds = data.Scorecard.Options.Policy.For(node.Kind).Thresholds;
        var head = $"{RagWord(node.Rag)} at {Score(score, thresholds)}";
        if (node.HeldByMustDo && LeavesBeneath(node).FirstOrDefault(l => l.MustDo && l.Status == LeafStatus.Red) is { Title: not null } held)
        {
            return $"{head}: held at amber because the must-do {Kind(held.Kind)} '{BidiText.Isolate(held.Title)}' is red.";
        }

        if (node.Rag == Rag.Green)
        {
            return $"{head}: above {Format.Score(thresholds.GreenAbove)}, the threshold for green.";
        }

        // What pulls it down: children scoring below it, else the lowest-scoring leaves beneath (as the trace does).
        var worst = node.Trace.Used.Where(c => c.Score < score).OrderBy(c => c.Score).Take(2).Select(c => (c.Kind, c.Name, c.Score)).ToList();
        if (worst.Count == 0)
        {
            worst = [.. LeavesBeneath(node).Where(l => l.Score < score).OrderBy(l => l.Score).Take(2).Select(l => (l.Kind, Name: l.Title, Score: l.Score!.Value))];
        }

        if (worst.Count > 0)
        {
            return $"{head}: pulled down by {string.Join(" and ", worst.Select(c => $"{Kind(c.Kind)} '{BidiText.Isolate(c.Name)}' at {Format.Score(c.Score)}"))}.";
        }

        return node.Rag == Rag.Amber
            ? $"{head}: above {Format.Score(thresholds.AmberAbove)} but not above {Format.Score(thresholds.GreenAbove)}."
            : $"{head}: not above {Format.Score(thresholds.AmberAbove)}, the threshold for amber.";
    }

    /// <summary>
    /// A score as the report shows it, unless one decimal would show a threshold the exact score is not on: 75.04 is
    /// "just above 75.0", 74.96 "just below 75.0", so the words never contradict the colour.
    /// </summary>
    public static string Score(decimal score, RagThresholds thresholds)
    {
        foreach (var threshold in (ReadOnlySpan<decimal>)[thresholds.GreenAbove, thresholds.AmberAbove])
        {
            if (Rounding.ForDisplay(score, 1) == Rounding.ForDisplay(threshold, 1) && score != threshold)
            {
                return $"just {(score > threshold ? "above" : "below")} {Format.Score(threshold)}";
            }
        }

        return Format.Score(score);
    }

    /// <summary>
    /// The short key both reports carry: what a score is, the RAG thresholds, what coverage means, and how statuses are
    /// shown.
    /// </summary>
    public static void Key(HtmlWriter html, ReportData data)
    {
        var policy = data.Scorecard.Options.Policy;
        var leaf = policy.LeafScores;
        Page.Section(html, "key", "How to read this report");
        html.Raw("<ul class=\"key\">");
        html.Element("li", $"Score: each measure and action scores {Format.Score(leaf.Green)} when green, {Format.Score(leaf.Amber)} when amber, {Format.Score(leaf.Red)} when red " +
            $"and {Format.Score(leaf.Complete)} when complete. An outcome's score is {Combination(policy.Outcomes)} of its measures and actions with data; a theme's, {Combination(policy.Themes)} of its outcomes; the plan's, {Combination(policy.Plan)} of its themes.");
        var levels = new[] { (Name: "outcomes", policy.Outcomes.Thresholds), (Name: "themes", policy.Themes.Thresholds), (Name: "the plan", policy.Plan.Thresholds) };
        if (levels.All(l => l.Thresholds == levels[0].Thresholds))
        {
            html.Element("li", "RAG: " + Thresholds(levels[0].Thresholds) + ".");
        }
        else
        {
            html.Element("li", "RAG: " + string.Join("; ", levels.Select(l => $"for {l.Name}, {Thresholds(l.Thresholds)}")) + ".");
        }

        if (policy.Outcomes.MustDoGuard || policy.Themes.MustDoGuard || policy.Plan.MustDoGuard)
        {
            html.Element("li", "Must do: a red must-do measure or action holds the outcome, theme or plan above it at amber, however high its score.");
        }

        html.Element("li", "Coverage: the share of the measures and actions beneath that have data for the period. A score with low coverage rests on few of them.")
            .Element("li", "Statuses are shown as words and shapes: ● green, ▲ amber, ■ red, ✓ complete, ○ no data.");
        if (data.Period.Kind == Calendar.PeriodKind.Quarter)
        {
            html.Element("li", TrendCharts.KeyLine);
        }

        html.Raw("</ul>");
        Page.EndSection(html);
    }

    private static string Combination(LevelPolicy level) =>
        level.Combination == ScoreCombination.WeightedMean ? "the weighted average"
        : level.Combination == ScoreCombination.Minimum ? "the lowest score"
        : "a combination, set by the council,";

    private static string Thresholds(RagThresholds t) =>
        $"green above {Format.Score(t.GreenAbove)}; amber above {Format.Score(t.AmberAbove)} up to {Format.Score(t.GreenAbove)}; red at {Format.Score(t.AmberAbove)} or below";

    /// <summary>"Green", "Amber", "Red" or "No RAG".</summary>
    public static string RagWord(Rag? rag) => rag switch
    {
        Rag.Green => "Green",
        Rag.Amber => "Amber",
        Rag.Red => "Red",
        _ => "No RAG",
    };

    private static string Kind(NodeKind kind) => kind switch
    {
        NodeKind.Plan => "plan",
        NodeKind.Theme => "theme",
        NodeKind.Outcome => "outcome",
        NodeKind.Measure => "measure",
        _ => "action",
    };

    /// <summary>Each distinct leaf beneath a node once (an action naming two outcomes is one leaf).</summary>
    private static IEnumerable<LeafResult> LeavesBeneath(ScoreNode node) =>
        (node.Kind == NodeKind.Outcome ? node.Leaves : node.Children.SelectMany(LeavesBeneath)).DistinctBy(l => (l.Kind, l.Index));

    /// <summary>" (AGG-5)", " (AGG-5, AGG-6)", " [SP1512]", " (MEA-7 and FIN-2)": a bracket holding nothing but references.</summary>
    [GeneratedRegex(@"\s?[\(\[](?:\s*(?:and|or|,|;)?\s*(?:\b(?:CAL|REV|MEA|ACT|AGG|FIN|RSK|VAL|JSN)-\d+[a-z]?\b|\bSP\d{4}\b))+\s*[\)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex WholeReference();

    /// <summary>References left inside other words or brackets, with the separator before them: ", FIN-2", "; see REV-7 and RSK-7".</summary>
    [GeneratedRegex(@"(?:[,;]\s*(?:see\s+)?|\s)?\b(?:(?:CAL|REV|MEA|ACT|AGG|FIN|RSK|VAL|JSN)-\d+[a-z]?|SP\d{4})\b(?:\s*(?:,|and|or)\s*\b(?:(?:CAL|REV|MEA|ACT|AGG|FIN|RSK|VAL|JSN)-\d+[a-z]?|SP\d{4})\b)*", RegexOptions.CultureInvariant)]
    private static partial Regex InnerReference();
}
