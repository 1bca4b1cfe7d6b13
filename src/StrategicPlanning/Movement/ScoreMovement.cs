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

        // Every id of both scorecards numbered once, each tree laid out once: the attribution of each node then works
        // on arrays, and stays linear in the plan's size however many levels sit above a leaf.
        var leaves = Math.Max(now.Measures.Count + now.Actions.Count, then.Measures.Count + then.Actions.Count);
        var terms = new TermSlots(leaves + (leaves / 8));
        var earlier = new CardLayout(then, terms, null);
        var work = new AttributionWork(terms, earlier, new CardLayout(now, terms, earlier));
        Plan = Node(work, work.Then.Root, work.Now.Root);
        Appeared = LeavesMissingFrom(work, work.Now, work.Then);
        Disappeared = LeavesMissingFrom(work, work.Then, work.Now);
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

    private NodeMovement Node(AttributionWork work, NodeLayout? thenLayout, NodeLayout? nowLayout)
    {
        var (then, now) = (thenLayout?.Node, nowLayout?.Node);
        var earlier = thenLayout?.Children ?? [];
        var later = nowLayout?.Children ?? [];
        var children = earlier.Length + later.Length == 0 ? ValueList<NodeMovement>.Empty : Children(work, earlier, later);
        decimal? change = then?.Score is { } was && now?.Score is { } score ? score - was : null;
        var contributions = change is { } exact ? Attribution.Of(work, thenLayout!, nowLayout!, exact) : ValueList<Contribution>.Empty;
        return new NodeMovement(then, now, change, Band(Then, then), Band(Now, now), contributions, children);
    }

    /// <summary>
    /// The later node's children in its order, each matched by id through a map with the earlier's (the first of an
    /// id, as before), then the earlier's that the later does not have: a plan of thousands of themes stays linear.
    /// </summary>
    private ValueList<NodeMovement> Children(AttributionWork work, NodeLayout[] earlier, NodeLayout[] later)
    {
        var children = new List<NodeMovement>(later.Length);
        var earlierById = new Dictionary<string, NodeLayout>(earlier.Length, StringComparer.Ordinal);
        foreach (var child in earlier)
        {
            earlierById.TryAdd(child.Node.Id, child);
        }

        var laterIds = new HashSet<string>(later.Length, StringComparer.Ordinal);
        foreach (var child in later)
        {
            laterIds.Add(child.Node.Id);
            children.Add(Node(work, earlierById.GetValueOrDefault(child.Node.Id), child));
        }

        foreach (var gone in earlier)
        {
            if (!laterIds.Contains(gone.Node.Id))
            {
                children.Add(Node(work, gone, null));
            }
        }

        return ValueList.From(children);
    }

    private static Rag? Band(Scorecard card, ScoreNode? node) =>
        node?.Score is { } score ? card.Options.Policy.For(node.Kind).Thresholds.Classify(score) : null;

    /// <summary>
    /// The leaves of <paramref name="card"/>'s outcomes, each once (by kind and id) in its order, that
    /// <paramref name="other"/> does not have.
    /// </summary>
    private static ValueList<LeafResult> LeavesMissingFrom(AttributionWork work, CardLayout card, CardLayout other)
    {
        // A leaf the other scorecard has among its outcomes' is not missing (ids are unique in a document, VAL-2); the
        // rest are looked up by id, as ever.
        var present = new bool[work.ThenSide.Length];
        foreach (var slot in OutcomeLeaves(other))
        {
            present[slot] = true;
        }

        work.Begin();
        var missing = new List<LeafResult>();
        foreach (var theme in card.Root.Children)
        {
            foreach (var outcome in theme.Children)
            {
                for (var i = outcome.Start; i < outcome.OwnEnd; i++)
                {
                    var slot = card.LeafSlots[i];
                    var before = work.Touched.Count;
                    work.Touch(slot);
                    if (work.Touched.Count > before && !present[slot] && Missing(other.Card, work.Keys[slot]))
                    {
                        missing.Add(outcome.Node.Leaves[i - outcome.Start]);
                    }
                }
            }
        }

        return ValueList.From(missing);
    }

    /// <summary>The term numbers of the leaves of a scorecard's outcomes, as <see cref="Scorecard.FindLeaf"/> finds them.</summary>
    private static IEnumerable<int> OutcomeLeaves(CardLayout card)
    {
        foreach (var theme in card.Root.Children)
        {
            foreach (var outcome in theme.Children)
            {
                for (var i = outcome.Start; i < outcome.OwnEnd; i++)
                {
                    yield return card.LeafSlots[i];
                }
            }
        }
    }

    private static bool Missing(Scorecard card, TermKey leaf) =>
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
