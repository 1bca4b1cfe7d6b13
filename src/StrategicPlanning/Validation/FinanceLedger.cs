using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>
/// The money of a document added up once (FIN-1..4): the MTFS horizon, what each line has per year, what is
/// allocated to each line per year, and each action's estimated cost and funding per year. Only allocations that
/// can be placed count: a known line, a year of the MTFS, an amount above 0 and within range (FIN-2, FIN-3; the
/// others are validation errors). Used by validation (FIN-3..5) and by the alignment report (FIN-6) alike, so both
/// count the same money; it lives here, below both, because validation must not call a rule family.
/// </summary>
internal sealed class FinanceLedger
{
    private FinanceLedger(PlanDocument document)
    {
        Document = document;
    }

    public PlanDocument Document { get; }

    /// <summary>The MTFS years that are valid financial years, in the order given (FIN-1).</summary>
    public List<PeriodLabel> Years { get; } = [];

    /// <summary>What each line has per year (the first amount given for a year).</summary>
    public Dictionary<string, Dictionary<PeriodLabel, decimal>> LineAmounts { get; } = new(StringComparer.Ordinal);

    /// <summary>What is allocated to each line per year, from allocations that can be placed.</summary>
    public Dictionary<string, Dictionary<PeriodLabel, decimal>> Allocated { get; } = new(StringComparer.Ordinal);


    // The MTFS's lines by id (the first line with an id, as PlanIndex.FindBudgetLine), each with its allocated totals:
    // one lookup per allocation finds both.
    private readonly Dictionary<string, int> linesById = new(StringComparer.Ordinal);
    private readonly List<BudgetLine> lines = [];

    // What is allocated to each (line, year) pair, in one table rather than one per line: a plan with thousands of
    // lines, allocated to at random, then stays in cache. The pairs in the order first allocated give Allocated.
    private readonly Dictionary<long, decimal> allocatedPairs = [];
    private readonly List<(int Line, int Year)> pairOrder = [];

    /// <summary>Told of each allocation as it is placed, when the ledger was built with one.</summary>
    private IAllocationObserver? observer;

    /// <summary>Adds up a document's money.</summary>
    /// <param name="document">The document.</param>
    /// <param name="observe">
    /// Makes an observer, once the MTFS years are known, that is told of every allocation placed, in document order:
    /// the alignment report attributes money to themes this way, with no list of placements to write and read back.
    /// </param>
    public static FinanceLedger Build(PlanDocument document, Func<FinanceLedger, IAllocationObserver>? observe = null)
    {
        var ledger = Start(document);
        ledger.observer = observe?.Invoke(ledger);

        foreach (var plan in document.DeliveryPlans)
        {
            for (var i = 0; i < plan.Actions.Count; i++)
            {
                ledger.Add(plan.Actions[i]);
            }
        }

        ledger.Finish();
        return ledger;
    }

    /// <summary>
    /// Starts a ledger whose actions a caller's own walk adds, each once, in document order (<see cref="Add"/>), then
    /// <see cref="Finish"/>es: validation adds up the money as it checks each action, so that a large plan's actions
    /// are visited once, not once to add up and again to check.
    /// </summary>
    public static FinanceLedger Start(PlanDocument document)
    {
        var ledger = new FinanceLedger(document);
        ledger.Strategy();
        return ledger;
    }

    /// <summary>Adds one action's money; returns its estimated cost and funding per year.</summary>
    public ActionMoney Add(DeliveryAction action)
    {
        var money = default(ActionMoney);
        Action(action, ref money);
        return money;
    }

    /// <summary>Fills <see cref="Allocated"/> once every action has been added.</summary>
    public void Finish() => CollectAllocated();

    /// <summary>Whether the MTFS has a line with this id (FIN-3), as <see cref="PlanIndex.FindBudgetLine"/> finds one.</summary>
    public bool HasLine(string id) => linesById.ContainsKey(id);

    /// <summary>Whether a line is the first of the MTFS with its id: the one its allocations count against (SP1002).</summary>
    public bool IsFirstWithItsId(BudgetLine line) => linesById.TryGetValue(line.Id, out var slot) && ReferenceEquals(lines[slot], line);

    public decimal AmountOf(BudgetLine line, PeriodLabel year) =>
        LineAmounts.TryGetValue(line.Id, out var byYear) && byYear.TryGetValue(year, out var amount) ? amount : 0m;

    public decimal AllocatedTo(BudgetLine line, PeriodLabel year) =>
        Allocated.TryGetValue(line.Id, out var byYear) && byYear.TryGetValue(year, out var amount) ? amount : 0m;

    private void Strategy()
    {
        if (Document.FinancialStrategy is not { } strategy)
        {
            return;
        }

        var horizon = new HashSet<PeriodLabel>();
        foreach (var text in strategy.Years)
        {
            if (TryYear(text, out var year) && horizon.Add(year))
            {
                Years.Add(year);
            }
        }

        LineAmounts.EnsureCapacity(strategy.Lines.Count);
        Allocated.EnsureCapacity(strategy.Lines.Count);
        linesById.EnsureCapacity(strategy.Lines.Count);
        foreach (var line in strategy.Lines)
        {
            if (linesById.TryAdd(line.Id, lines.Count))
            {
                lines.Add(line);
            }
            if (!LineAmounts.TryAdd(line.Id, new Dictionary<PeriodLabel, decimal>(strategy.Years.Count)))
            {
                continue; // a repeated line id (SP1002): the first line with the id is the one that counts
            }

            foreach (var amount in line.Amounts)
            {
                if (TryYear(amount.Year, out var year) && Within(amount.Amount))
                {
                    LineAmounts[line.Id].TryAdd(year, amount.Amount);
                }
            }
        }
    }

    private void Action(DeliveryAction action, ref ActionMoney money)
    {
        for (var i = 0; i < action.EstimatedCost.Count; i++)
        {
            var estimate = action.EstimatedCost[i];
            if (TryYear(estimate.Year, out var year) && Within(estimate.Amount) && estimate.Amount >= 0)
            {
                money.Estimated.Add(year, estimate.Amount);
            }
        }

        money.HasAllocation = action.Funding.Count > 0;
        for (var i = 0; i < action.Funding.Count; i++)
        {
            var allocation = action.Funding[i];
            // One condition per statement: an out variable read after a chain of || would stop Stryker from compiling
            // the chain's mutants, and it then leaves the whole method unmeasured (docs/testing.md).
            if (!linesById.TryGetValue(allocation.LineId, out var slot))
            {
                continue;
            }

            if (!TryYear(allocation.Year, out var year))
            {
                continue;
            }

            var yearIndex = Years.IndexOf(year);
            if (yearIndex < 0 || allocation.Amount <= 0 || !Within(allocation.Amount))
            {
                continue;
            }

            var line = lines[slot];
            observer?.Placed(action, line.Kind, yearIndex, allocation.Amount);
            ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(allocatedPairs, PairKey(slot, yearIndex), out var known);
            total += allocation.Amount;
            if (!known)
            {
                pairOrder.Add((slot, yearIndex));
            }

            if (line.Kind != BudgetLineKind.Savings)
            {
                money.Funded.Add(year, allocation.Amount);
            }
        }
    }

    private bool TryYear(string text, out PeriodLabel year) =>
        Document.Calendar.TryParse(text, out year, out _) && year.Kind == PeriodKind.FinancialYear;

    private static bool Within(decimal amount) => ExactNumbers.IsWithin(amount);

    /// <summary>Fills <see cref="Allocated"/>: lines in the order of their first allocation, years in the order each was first allocated.</summary>
    private void CollectAllocated()
    {
        foreach (var (slot, yearIndex) in pairOrder)
        {
            var line = lines[slot];
            if (!Allocated.TryGetValue(line.Id, out var byYear))
            {
                Allocated.Add(line.Id, byYear = []);
            }

            byYear.Add(Years[yearIndex], allocatedPairs[PairKey(slot, yearIndex)]);
        }
    }

    private static long PairKey(int line, int yearIndex) => ((long)line << 32) | (uint)yearIndex;

    /// <summary>One action's estimated cost and its funding on revenue and capital lines, per year (FIN-4).</summary>
    /// <remarks>A struct with fields, not properties: the amounts are added to in place.</remarks>
    internal struct ActionMoney
    {
#pragma warning disable CA1051 // Internal, and a property would hand out copies of the structs.
        public YearAmounts Estimated;

        public YearAmounts Funded;

        public bool HasAllocation;
#pragma warning restore CA1051
    }

    /// <summary>
    /// Amounts by financial year for one action: almost always one year, held inline; a second and later ones go to
    /// small arrays searched in order. A million actions would otherwise cost two dictionaries, or four arrays, each.
    /// </summary>
    internal struct YearAmounts
    {
        private PeriodLabel firstYear;
        private decimal firstAmount;
        private PeriodLabel[]? moreYears;
        private decimal[]? moreAmounts;

        public int Count { get; private set; }

        public readonly PeriodLabel YearAt(int index) => index == 0 ? firstYear : moreYears![index - 1];

        public readonly decimal AmountAt(int index) => index == 0 ? firstAmount : moreAmounts![index - 1];

        /// <summary>Adds an amount to a year's total.</summary>
        public void Add(PeriodLabel year, decimal amount)
        {
            for (var i = 0; i < Count; i++)
            {
                if (YearAt(i) == year)
                {
                    if (i == 0)
                    {
                        firstAmount += amount;
                    }
                    else
                    {
                        moreAmounts![i - 1] += amount;
                    }

                    return;
                }
            }

            if (Count == 0)
            {
                (firstYear, firstAmount) = (year, amount);
            }
            else
            {
                var more = Count - 1;
                if (moreYears is null || more == moreYears.Length)
                {
                    Array.Resize(ref moreYears, Math.Max(2, more * 2));
                    Array.Resize(ref moreAmounts, moreYears.Length);
                }

                moreYears[more] = year;
                moreAmounts![more] = amount;
            }

            Count++;
        }

        /// <summary>Gets a year's total, 0 when the year has none.</summary>
        public readonly decimal Get(PeriodLabel year)
        {
            for (var i = 0; i < Count; i++)
            {
                if (YearAt(i) == year)
                {
                    return AmountAt(i);
                }
            }

            return 0m;
        }

        /// <summary>Gets the total over every year.</summary>
        public readonly decimal Total()
        {
            var total = 0m;
            for (var i = 0; i < Count; i++)
            {
                total += AmountAt(i);
            }

            return total;
        }

        /// <summary>Gets the indexes of the years in year order (stable for equal years), for reports in order.</summary>
        public readonly int[] ByYear()
        {
            var order = new int[Count];
            for (var i = 0; i < Count; i++)
            {
                order[i] = i;
            }

            // Insertion sort: stable, and lists are tiny.
            for (var i = 1; i < order.Length; i++)
            {
                var current = order[i];
                var j = i - 1;
                while (j >= 0 && YearAt(order[j]) > YearAt(current))
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = current;
            }

            return order;
        }
    }
}
