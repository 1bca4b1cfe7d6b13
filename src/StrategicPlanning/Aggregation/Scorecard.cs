using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// Theme-level scores rolled up from measures and delivery actions at an as-of date (AGG-1..9): the plan, each
/// theme and each outcome with score, RAG, coverage, counts and measures meeting target, every leaf's
/// evaluation, and a trace of every node.
/// </summary>
/// <remarks>
/// <para>Get one from <see cref="AggregationRules.Evaluate"/>. Immutable and thread-safe.</para>
/// <para>
/// Scores are exact decimals, never rounded here (AGG-3); round only for display. The default policy is exactly
/// the rules'; pass <see cref="ScoringOptions"/> for targets "as reported" or another <see cref="AggregationPolicy"/>.
/// </para>
/// </remarks>
public sealed class Scorecard
{
    private readonly Lazy<Dictionary<string, ScoreNode>> nodes;
    private readonly Lazy<Dictionary<string, LeafResult>> leafById;

    internal Scorecard(PlanDocument document, LocalDate asOf, ScoringOptions options)
    {
        Document = document;
        AsOf = asOf;
        Options = options;
        var (measures, actions, plan) = ScorecardBuilder.Build(this);
        Measures = ValueList.Own(measures);
        Actions = ValueList.Own(actions);
        Plan = plan;
        nodes = new(NodesById);
        leafById = new(LeavesById);
    }

    /// <summary>Gets the document scored.</summary>
    public PlanDocument Document { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the options used.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Gets the plan node; its children are the themes, theirs the outcomes, whose leaves are measures and actions.</summary>
    public ScoreNode Plan { get; }

    /// <summary>Gets every measure's evaluation, in document order (MEA-3..6).</summary>
    public IReadOnlyList<MeasureEvaluation> Measures { get; }

    /// <summary>Gets the evaluation of every action of the delivery plans that count at the as-of date (ACT-3..5), in document order.</summary>
    public IReadOnlyList<ActionEvaluation> Actions { get; }

    /// <summary>Finds the plan, a theme or an outcome by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node, or null when no plan, theme or outcome has that id.</returns>
    public ScoreNode? FindNode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return nodes.Value.GetValueOrDefault(id);
    }

    /// <summary>Finds a measure or a counting action by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The leaf, or null when no measure or counting action has that id.</returns>
    public LeafResult? FindLeaf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return leafById.Value.TryGetValue(id, out var found) ? found : null;
    }

    /// <summary>
    /// Explains a node or a leaf in words a performance officer understands (AGG-7): for the plan, a theme or an
    /// outcome, its trace (see <see cref="ScoreNode.Explain"/>); for a measure or action, what it counts as and why.
    /// </summary>
    /// <param name="id">The id of the plan, a theme, an outcome, a measure or a counting action.</param>
    /// <returns>The explanation, or null when nothing on the scorecard has that id.</returns>
    public string? Explain(string id) =>
        FindNode(id) is { } node ? node.Explain()
        : FindLeaf(id) is { } leaf ? LeafExplanation.Write(this, leaf)
        : null;

    /// <summary>Gets the measure evaluation of a measure leaf.</summary>
    /// <param name="leaf">A measure leaf of this scorecard.</param>
    /// <returns>Its evaluation.</returns>
    /// <exception cref="ArgumentException">The leaf is not a measure.</exception>
    public MeasureEvaluation MeasureOf(LeafResult leaf) =>
        leaf.Kind == NodeKind.Measure ? Measures[leaf.Index] : throw new ArgumentException($"'{leaf.Id}' is not a measure.", nameof(leaf));

    /// <summary>Gets the action evaluation of an action leaf.</summary>
    /// <param name="leaf">An action leaf of this scorecard.</param>
    /// <returns>Its evaluation.</returns>
    /// <exception cref="ArgumentException">The leaf is not an action.</exception>
    public ActionEvaluation ActionOf(LeafResult leaf) =>
        leaf.Kind == NodeKind.Action ? Actions[leaf.Index] : throw new ArgumentException($"'{leaf.Id}' is not a delivery action.", nameof(leaf));

    private Dictionary<string, ScoreNode> NodesById()
    {
        var map = new Dictionary<string, ScoreNode>(StringComparer.Ordinal) { [Plan.Id] = Plan };
        foreach (var theme in Plan.Children)
        {
            map.TryAdd(theme.Id, theme);
            foreach (var outcome in theme.Children)
            {
                map.TryAdd(outcome.Id, outcome);
            }
        }

        return map;
    }

    private Dictionary<string, LeafResult> LeavesById()
    {
        var map = new Dictionary<string, LeafResult>(StringComparer.Ordinal);
        foreach (var outcome in Plan.Children.SelectMany(t => t.Children))
        {
            foreach (var leaf in outcome.Leaves)
            {
                map.TryAdd(leaf.Id, leaf);
            }
        }

        return map;
    }
}
