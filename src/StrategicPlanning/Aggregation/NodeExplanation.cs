using System.Globalization;
using System.Text;
using StrategicPlanning.Measures;

namespace StrategicPlanning.Aggregation;

/// <summary>A node's trace as text a performance officer reads top to bottom (AGG-7).</summary>
internal static class NodeExplanation
{
    public static string Write(Scorecard scorecard, ScoreNode node)
    {
        var trace = node.Trace;
        var basis = scorecard.Options.Measures.Basis == TargetBasis.AsReported ? "targets as reported" : "targets as restated";
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Capital(Wording.Kind(node.Kind))} '{node.Name}' ({node.Id}) at {Wording.Date(scorecard.AsOf)}, {basis}");
        var thresholds = scorecard.Options.Policy.For(node.Kind).Thresholds;
        text.AppendLine(CultureInfo.InvariantCulture, $"Result: {(node.Score is { } s ? $"{Wording.Rag(node.Rag)}, score {Wording.Score(s, thresholds.GreenAbove, thresholds.AmberAbove)}" : "no score")}. {trace.Summary}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"How: {trace.Rule}.");
        text.AppendLine(trace.ScoreReason);
        if (trace.Used.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Used ({trace.Used.Count}):");
            foreach (var child in trace.Used)
            {
                var share = child.EffectiveWeight is { } w ? $", {Wording.Percent(w)} of the score" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {Wording.Kind(child.Kind)} '{child.Name}' ({child.Id}): {Wording.Number(child.Score)}, weight {Wording.Weight(child.Weight)}{share}. {Capital(child.Note)}.");
            }
        }

        if (trace.LeftOut.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Left out ({trace.LeftOut.Count}):");
            foreach (var child in trace.LeftOut)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {Wording.Kind(child.Kind)} '{child.Name}' ({child.Id}): {child.Reason}.");
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"RAG: {trace.RagReason}");
        text.AppendLine(trace.CoverageReason);
        text.AppendLine(CultureInfo.InvariantCulture, $"Counts: {node.Counts} (AGG-9).");
        text.Append(node.MeetingTarget is { } meeting
            ? string.Create(CultureInfo.InvariantCulture, $"Measures meeting target: {node.MeasuresGreen} of {node.MeasuresWithStatus}, {Wording.Percent(meeting)} (MEA-7).")
            : "Measures meeting target: none of the measures beneath has a status (MEA-7).");
        return text.ToString();
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
