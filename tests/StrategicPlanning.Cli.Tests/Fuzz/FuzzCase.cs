using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// One fuzz case, made from the seed and its number alone (so any case can be made again): a corpus document,
/// mutated, and the steps it goes through — every library front door at one as-of date and period, and some splan
/// commands with dates, periods and options around the plan's period and at the edges of what splan accepts.
/// </summary>
internal sealed record FuzzCase(int Number, string Origin, string Mutation, FuzzInput Input, IReadOnlyList<string> Steps)
{
    public static readonly string[] Commands = ["validate", "score", "explain", "reviews", "finance", "risks", "report", "annual-report", "convert", "schema", "compare", "export"];

    /// <summary>Makes case <paramref name="number"/> of the run with <paramref name="seed"/>.</summary>
    public static FuzzCase Make(int seed, int number, int commandsPerCase)
    {
        // Not HashCode.Combine: it is seeded afresh in every process, and a case must be the same in every run.
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var origin = FuzzCorpus.Pick(random);
        var (bytes, mutation) = Mutate(origin, random);
        var input = new FuzzInput(bytes, origin.IsXml);
        return new FuzzCase(number, origin.Name, mutation, input, StepsFor(input, random, commandsPerCase));
    }

    /// <summary>
    /// The steps for <paramref name="input"/>: reading it, every library front door at one as-of date and period, and
    /// <paramref name="commandsPerCase"/> splan commands (each command in turn when there are as many as commands).
    /// </summary>
    public static List<string> StepsFor(FuzzInput input, Random random, int commandsPerCase)
    {
        var steps = new List<string>();
        var (start, end) = Period(input);
        var asOf = Date(random, start, end, forSplan: false);
        var yearStart = Document(input)?.Calendar.YearStartMonth is >= 1 and <= 12 and var m ? m : 4;
        if (input.IsXml)
        {
            steps.Add(random.Next(3) == 0 ? Join("lib", "read", random.Pick(Interesting.YearStartMonths.Where(IsMonth).ToList())) : "lib\tread");
            var convert = new List<string> { "splan", "convert", "-", "--to", random.Next(20) == 0 ? "stratml" : "json" };
            if (random.Next(3) == 0)
            {
                convert.AddRange(["--year-start-month", random.Pick(Interesting.YearStartMonths)]);
            }

            steps.Add(Join([.. convert]));
        }
        else
        {
            steps.Add(random.Next(4) == 0 ? "lib\tread\tevery-way" : "lib\tread");
        }

        var reported = random.Next(2) == 0 ? "as-reported" : "as-restated";
        steps.Add("lib\tvalidate");
        steps.Add(Join("lib", "score", Iso(asOf), reported));
        steps.Add(Join("lib", "measures", Iso(asOf), reported));
        steps.Add(Join("lib", "delivery", Iso(asOf)));
        steps.Add(Join("lib", "reviews", Iso(asOf)));
        steps.Add(Join("lib", "risks", Iso(asOf)));
        steps.Add("lib\tfinance");
        steps.Add("lib\tlatest-quarter");
        steps.Add(random.Next(2) == 0 ? Join("lib", "quarterly", Label(random, asOf, yearStart, quarter: true)) : Join("lib", "annual", Label(random, asOf, yearStart, quarter: false)));
        if (input.Bytes.Length < 50_000 || random.Next(4) == 0)
        {
            steps.Add(Join("lib", "stratml", random.Next(2) == 0 ? "1" : "2")); // slow on large documents
        }

        for (var i = 0; i < commandsPerCase && !input.IsXml; i++)
        {
            steps.Add(Command(random, commandsPerCase >= Commands.Length ? Commands[i % Commands.Length] : random.Pick(Commands), start, end, yearStart, input));
        }

        return steps;
    }

    private static (byte[] Bytes, string Mutation) Mutate(FuzzCorpus.Seed origin, Random random)
    {
        var gentle = random.Next(5) < 2;
        if (random.Next(6) != 0 && (origin.IsXml ? XmlMutator.Mutate(origin.Bytes, random) : JsonMutator.Mutate(origin.Bytes, random, gentle)) is { } tree)
        {
            return !gentle && random.Next(8) == 0 ? (ByteMutator.Mutate(tree, random), "tree and bytes") : (tree, gentle && !origin.IsXml ? "values" : "tree");
        }

        return random.Next(12) == 0 ? (origin.Bytes, "none") : (ByteMutator.Mutate(origin.Bytes, random), "bytes");
    }

    private static string Command(Random random, string command, LocalDate start, LocalDate end, int yearStart, FuzzInput input)
    {
        var args = new List<string> { "splan", command };
        if (command != "schema")
        {
            args.Add("-");
        }

        var asOf = Iso(Date(random, start, end, forSplan: true));
        var format = random.Next(2) == 0 ? "json" : "text";
        switch (command)
        {
            case "validate":
                args.AddRange(["--format", format]);
                break;
            case "score":
            case "reviews":
            case "risks":
                args.AddRange(["--as-of", asOf, "--format", format]);
                if (command == "score" && random.Next(2) == 0)
                {
                    args.Add("--as-reported");
                }

                break;
            case "explain":
                args.AddRange(["--as-of", asOf, "--node", Id(random, input)]);
                break;
            case "compare":
                args.AddRange(["--from", Iso(Date(random, start, end, forSplan: true)), "--to", asOf, "--format", format]);
                break;
            case "finance":
                if (random.Next(2) == 0)
                {
                    args.AddRange(["--year", Label(random, Date(random, start, end, forSplan: false), yearStart, quarter: false)]);
                }

                args.AddRange(["--format", format]);
                break;
            case "report":
            case "annual-report":
                var period = Label(random, Date(random, start, end, forSplan: false), yearStart, quarter: command == "report");
                args.AddRange([command == "report" ? "--quarter" : "--year", period]);
                break;
            case "export":
                args.AddRange(["--to", "csv", "--what", random.Pick(["actuals", "scores", "actions", "risks"])]);
                if (random.Next(4) != 0)
                {
                    args.AddRange(["--as-of", asOf]);
                }

                break;
            case "convert":
                args.AddRange(["--to", random.Next(20) == 0 ? "json" : "stratml"]);
                if (random.Next(2) == 0)
                {
                    args.AddRange(["--part", random.Next(2) == 0 ? "1" : "2"]);
                }

                break;
        }

        return Join([.. args]);
    }

    /// <summary>An as-of date in, around or far from the plan's period, inside the supported range (for splan sometimes outside it or not a date).</summary>
    private static LocalDate Date(Random random, LocalDate start, LocalDate end, bool forSplan)
    {
        var span = Math.Max(1, NodaTime.Period.DaysBetween(start, end));
        var date = random.Next(12) switch
        {
            0 => start,
            1 => end,
            2 => start.PlusDays(-1),
            3 => end.PlusDays(1),
            4 or 5 or 6 => start.PlusDays(random.Next(span + 1)),
            7 => start.PlusDays(random.Next(-3 * 366, span + 3 * 366)),
            8 => AsOfDates.Earliest.PlusDays(random.Next(3 * 366)),
            9 => AsOfDates.Latest.PlusDays(-random.Next(3 * 366)),
            10 => random.Next(2) == 0 ? AsOfDates.Earliest : AsOfDates.Latest,
            _ => new LocalDate(random.Next(4, 9998), random.Next(1, 13), 1).PlusMonths(1).PlusDays(-1),
        };
        if (forSplan && random.Next(30) == 0)
        {
            return random.Next(2) == 0 ? AsOfDates.Earliest.PlusDays(-1) : AsOfDates.Latest.PlusDays(1);
        }

        return date < AsOfDates.Earliest ? AsOfDates.Earliest : date > AsOfDates.Latest ? AsOfDates.Latest : date;
    }

    /// <summary>The quarter or financial year a date falls in, or now and then a label at the edges or not one at all.</summary>
    private static string Label(Random random, LocalDate date, int yearStart, bool quarter)
    {
        if (random.Next(6) == 0)
        {
            return random.Pick(Interesting.Periods);
        }

        var year = date.Month >= yearStart ? date.Year : date.Year - 1;
        var fy = yearStart == 1
            ? year.ToString("0000", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{year:0000}/{(year + 1) % 100:00}");
        return quarter ? string.Create(CultureInfo.InvariantCulture, $"{fy} Q{((date.Month - yearStart + 12) % 12 / 3) + 1}") : fy;
    }

    private static string Id(Random random, FuzzInput input)
    {
        if (Document(input) is not { } document || random.Next(8) == 0)
        {
            return random.Pick(Interesting.Strings.Where(s => s.Length is > 0 and < 100 && !s.Contains('\0', StringComparison.Ordinal)).ToList());
        }

        var ids = new List<string> { document.Plan.Id };
        foreach (var theme in document.Plan.Themes)
        {
            ids.Add(theme.Id);
            foreach (var outcome in theme.Outcomes)
            {
                ids.Add(outcome.Id);
                ids.AddRange(outcome.Measures.Select(m => m.Id));
            }
        }

        ids.AddRange(document.DeliveryPlans.SelectMany(p => p.Actions).Select(a => a.Id));
        var id = random.Pick(ids);
        return id.Length == 0 || id.Contains('\t', StringComparison.Ordinal) || id.Contains('\n', StringComparison.Ordinal) ? "green" : id;
    }

    private static (LocalDate Start, LocalDate End) Period(FuzzInput input) =>
        Document(input)?.Plan is { } plan && plan.Start <= plan.End && AsOfDates.IsSupported(plan.Start) && AsOfDates.IsSupported(plan.End)
            ? (plan.Start, plan.End)
            : (new LocalDate(2022, 4, 1), new LocalDate(2025, 3, 31));

    /// <summary>The document, for choosing dates and ids; null also when reading throws (the read step then fails with it).</summary>
    private static Model.PlanDocument? Document(FuzzInput input)
    {
        try
        {
            return input.Document;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static bool IsMonth(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Join(params string[] words) => string.Join('\t', words);
}
