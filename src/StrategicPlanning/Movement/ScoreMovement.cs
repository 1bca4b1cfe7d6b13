using StrategicPlanning.Aggregation;
using StrategicPlanning.Core;

namespace StrategicPlanning.Movement;

/// <summary>
/// What moved between two scorecards and why: one document at two as-of dates, or two versions of a document at the
/// same date. Every node's score change is explained as the sum of its leaves' contributions, exactly (see
/// <see cref="Contribution"/>), with RAG threshold moves (AGG-5) and the must-do guard (AGG-6) named as such, and the
/// leaves that appeared or disappeared listed.
/// </summary>
/// <remarks>
/// <para>
/// Movement has no rules of its own: it compares two results of <see cref="AggregationRules.Evaluate"/>, which have
/// already refused an invalid document, so it has no front door of the <c>Evaluate</c> shape and cannot fail.
/// </para>
/// <para>
/// The attribution follows the real roll-up (children combined at each level under each level's policy, AGG-3 and
/// AGG-8): it is exact for the rules' weighted mean and for the minimum; for a custom <see cref="ScoreCombination"/>
/// it is as good as that combination's <see cref="ScoreCombination.EffectiveWeights"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example><code>
/// var then = AggregationRules.Evaluate(document, new LocalDate(2024, 6, 30)).GetValueOrThrow();
/// var now = AggregationRules.Evaluate(document, new LocalDate(2024, 9, 30)).GetValueOrThrow();
/// var movement = ScoreMovement.Between(then, now);
/// foreach (var theme in movement.Plan.Children)
/// {
///     Console.WriteLine($"{theme.Name}: {theme.Change}");
/// }
/// </code></example>
public sealed class ScoreMovement
{
    private readonly Lazy<Dictionary<string, NodeMovement>> nodes;

    private ScoreMovement(Scorecard then, Scorecard now)
    {
        Then = then;
        Now = now;
        Plan = Node(then.Plan, now.Plan);
        Appeared = ValueList.From(AllLeaves(now).Where(leaf => Missing(then, leaf)));
        Disappeared = ValueList.From(AllLeaves(then).Where(leaf => Missing(now, leaf)));
        nodes = new(NodesById);
    }

    /// <summary>Gets the earlier scorecard.</summary>
    public Scorecard Then { get; }

    /// <summary>Gets the later scorecard.</summary>
    public Scorecard Now { get; }

    /// <summary>Gets the plan's movement; its children are the themes', theirs the outcomes'.</summary>
    public NodeMovement Plan { get; }

    /// <summary>Gets the leaves on the later scorecard that the earlier one does not have, in its order: new measures, or actions of a delivery plan that counts now and did not then (ACT-5).</summary>
    public IReadOnlyList<LeafResult> Appeared { get; }

    /// <summary>Gets the leaves on the earlier scorecard that the later one does not have, in its order.</summary>
    public IReadOnlyList<LeafResult> Disappeared { get; }

    /// <summary>Compares two scorecards.</summary>
    /// <param name="then">The earlier scorecard: an earlier as-of date, or an earlier version of the document.</param>
    /// <param name="now">The later scorecard.</param>
    /// <returns>The movement from <paramref name="then"/> to <paramref name="now"/>; swapping them negates every change and contribution.</returns>
    /// <exception cref="ArgumentNullException">Either scorecard is null.</exception>
    public static ScoreMovement Between(Scorecard then, Scorecard now)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        return new ScoreMovement(then, now);
    }

    /// <summary>Finds the movement of the plan, a theme or an outcome by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node's movement, or null when neither scorecard has a node with that id.</returns>
    public NodeMovement? FindNode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return nodes.Value.GetValueOrDefault(id);
    }

    private NodeMovement Node(ScoreNode? then, ScoreNode? now)
    {
        // Children matched by id through a map, the first of an id as before: a plan of thousands of themes stays linear.
        var children = new List<NodeMovement>();
        var earlier = then?.Children ?? [];
        var earlierById = new Dictionary<string, ScoreNode>(StringComparer.Ordinal);
        foreach (var child in earlier)
        {
            earlierById.TryAdd(child.Id, child);
        }

        var later = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in now?.Children ?? [])
        {
            later.Add(child.Id);
            children.Add(Node(earlierById.GetValueOrDefault(child.Id), child));
        }

        foreach (var gone in earlier.Where(c => !later.Contains(c.Id)))
        {
            children.Add(Node(gone, null));
        }

        decimal? change = then?.Score is { } was && now?.Score is { } score ? score - was : null;
        var contributions = change is { } exact ? Attribution.Of(Then, then!, Now, now!, exact) : ValueList<Contribution>.Empty;
        return new NodeMovement(then, now, change, Band(Then, then), Band(Now, now), contributions, ValueList.From(children));
    }

    private static Rag? Band(Scorecard card, ScoreNode? node) =>
        node?.Score is { } score ? card.Options.Policy.For(node.Kind).Thresholds.Classify(score) : null;

    private static IEnumerable<LeafResult> AllLeaves(Scorecard card) =>
        card.Plan.Children.SelectMany(t => t.Children).SelectMany(o => o.Leaves).DistinctBy(l => (l.Kind, l.Id));

    private static bool Missing(Scorecard card, LeafResult leaf) =>
        card.FindLeaf(leaf.Id) is not { } found || found.Kind != leaf.Kind;

    private Dictionary<string, NodeMovement> NodesById()
    {
        var map = new Dictionary<string, NodeMovement>(StringComparer.Ordinal);
        Add(Plan);
        return map;

        void Add(NodeMovement node)
        {
            map.TryAdd(node.Id, node);
            foreach (var child in node.Children)
            {
                Add(child);
            }
        }
    }
}
