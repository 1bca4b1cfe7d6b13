using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// Theme-level scores rolled up from measures and delivery actions at an as-of date (AGG-1..9): the plan, each
/// theme and each outcome with score, RAG, coverage, counts and measures meeting target, every leaf's
/// evaluation, and a trace of every node.
/// </summary>
/// <remarks>
/// <para>Compute one with <see cref="Compute(PlanDocument, LocalDate)"/>. The result is immutable and thread-safe.</para>
/// <para>
/// Scores are exact decimals, never rounded here (AGG-3); round only for display. The default policy is exactly
/// DOMAIN.md's; pass <see cref="ScoringOptions"/> for targets "as reported" or another
/// <see cref="AggregationPolicy"/>.
/// </para>
/// </remarks>
public sealed class Scorecard
{
    private static readonly ValidationArea[] AreasScoringReads = [ValidationArea.Document, ValidationArea.Plan, ValidationArea.Measures, ValidationArea.Delivery];

    private Dictionary<string, ScoreNode>? nodes;
    private Dictionary<string, LeafResult>? leafById;

    private Scorecard(PlanDocument document, LocalDate asOf, ScoringOptions options)
    {
        Document = document;
        AsOf = asOf;
        Options = options;
    }

    /// <summary>Gets the document scored.</summary>
    public PlanDocument Document { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the options used.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Gets the plan node; its children are the themes, theirs the outcomes, whose leaves are measures and actions.</summary>
    public ScoreNode Plan { get; internal set; } = null!;

    /// <summary>Gets every measure's evaluation, in document order (MEA-3..6).</summary>
    public IReadOnlyList<MeasureEvaluation> Measures { get; private set; } = [];

    /// <summary>Gets the evaluation of every action of the delivery plans that count at the as-of date (ACT-3..5), in document order.</summary>
    public IReadOnlyList<ActionEvaluation> Actions { get; private set; } = [];

    /// <summary>Scores a document at an as-of date with DOMAIN.md's defaults.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The scorecard, or the validation errors in what scoring reads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ScoringResult Compute(PlanDocument document, LocalDate asOf) => Compute(document, asOf, ScoringOptions.Default);

    /// <summary>Scores a document at an as-of date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">Target basis and aggregation policy.</param>
    /// <returns>The scorecard, or the validation errors in what scoring reads.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ScoringResult Compute(PlanDocument document, LocalDate asOf, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Compute(document, asOf, options, PlanValidator.Validate(document));
    }

    /// <summary>Scores a document that has already been validated, without validating it again.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">Target basis and aggregation policy.</param>
    /// <param name="validation">The result of <c>PlanValidator.Validate(document)</c>.</param>
    /// <returns>The scorecard, or the validation errors in what scoring reads.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the years 4 to 9997 (<see cref="AsOfDates"/>).</exception>
    public static ScoringResult Compute(PlanDocument document, LocalDate asOf, ScoringOptions options, ValidationResult validation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(validation);
        AsOfDates.Check(asOf);
        var errors = validation.ErrorsIn(AreasScoringReads);
        if (errors.Count > 0)
        {
            return new ScoringResult(null, errors);
        }

        var scorecard = new Scorecard(document, asOf, options);
        ScorecardBuilder.Build(scorecard);
        return new ScoringResult(scorecard, []);
    }

    /// <summary>
    /// Finds the latest quarter that holds a measure actual: the quarter a quarterly report or dashboard shows by
    /// default. A monthly or annual actual counts for the quarter its period ends in (MEA-4, CAL-3).
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The quarter, or null when no measure has an actual with a period label the calendar reads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <remarks>
    /// Actuals whose period is not a valid label are skipped here (validation reports them, MEA-1), and so are
    /// periods ending after <see cref="AsOfDates.Latest"/>, which no rule can be evaluated at.
    /// </remarks>
    public static PeriodLabel? LatestQuarterWithActuals(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var calendar = document.Calendar;
        LocalDate? latest = null;
        foreach (var theme in document.Plan.Themes)
        {
            foreach (var outcome in theme.Outcomes)
            {
                foreach (var measure in outcome.Measures)
                {
                    foreach (var actual in measure.Actuals)
                    {
                        if (calendar.TryParse(actual.Period, out var period, out _) && calendar.EndOf(period) is var end && end <= AsOfDates.Latest)
                        {
                            latest = latest is { } known && known >= end ? known : end;
                        }
                    }
                }
            }
        }

        return latest is { } date ? calendar.QuarterOf(date) : null;
    }

    /// <summary>Finds the plan, a theme or an outcome by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node, or null when no plan, theme or outcome has that id.</returns>
    public ScoreNode? FindNode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (nodes is null)
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

            Interlocked.CompareExchange(ref nodes, map, null);
        }

        return nodes.GetValueOrDefault(id);
    }

    /// <summary>Finds a measure or a counting action by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The leaf, or null when no measure or counting action has that id.</returns>
    public LeafResult? FindLeaf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (leafById is null)
        {
            var map = new Dictionary<string, LeafResult>(StringComparer.Ordinal);
            foreach (var outcome in Plan.Children.SelectMany(t => t.Children))
            {
                foreach (var leaf in outcome.Leaves)
                {
                    map.TryAdd(leaf.Id, leaf);
                }
            }

            Interlocked.CompareExchange(ref leafById, map, null);
        }

        return leafById.TryGetValue(id, out var found) ? found : null;
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

    internal void SetEvaluations(MeasureEvaluation[] measures, ActionEvaluation[] actions)
    {
        Measures = ValueList.Own(measures);
        Actions = ValueList.Own(actions);
    }
}
