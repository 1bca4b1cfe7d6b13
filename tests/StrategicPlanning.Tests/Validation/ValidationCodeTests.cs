using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>Every validation code has a document that triggers it, at the path it names (VAL-1).</summary>
public class ValidationCodeTests
{
    private const string Measure = "$.plan.themes[0].outcomes[0].measures[0]";
    private const string Action = "$.deliveryPlans[0].actions[0]";
    private const string Risk = "$.riskRegister.risks[0]";
    private const string Line = "$.financialStrategy.lines[0]";

    /// <summary>Code, the edit to the format example that breaks its rule, and the path the issue must name.</summary>
    public static TheoryData<string, Func<StrategicPlanning.Model.PlanDocument>, string> Cases => new()
    {
        { ValidationCodes.InvalidId, Edit(d => d["plan"]!["themes"]![0]!["id"] = "green city"), "$.plan.themes[0].id" },
        { ValidationCodes.DuplicateId, Edit(d => d.Line()["id"] = "green.air"), Line + ".id" },
        { ValidationCodes.UnknownOutcome, Edit(d => d.Action()["outcomeIds"] = new JsonArray("green.water")), Action + ".outcomeIds[0]" },
        { ValidationCodes.UnknownTheme, Edit(d => d.Risk()["themeIds"] = new JsonArray("blue")), Risk + ".themeIds[0]" },
        { ValidationCodes.UnknownAction, Edit(d => d.Risk()["mitigationActionIds"] = new JsonArray("a.none")), Risk + ".mitigationActionIds[0]" },
        { ValidationCodes.UnknownBudgetLine, Edit(d => d.Action()["funding"]![0]!["lineId"] = "rev.none"), Action + ".funding[0].lineId" },
        { ValidationCodes.NoOutcome, Edit(d => d.Action()["outcomeIds"] = new JsonArray()), Action + ".outcomeIds" },
        { ValidationCodes.RepeatedReference, Edit(d => d.Action()["outcomeIds"] = new JsonArray("green.air", "green.air")), Action + ".outcomeIds[1]" },
        { ValidationCodes.NewerFormatVersion, Edit(d => d["schemaVersion"] = "1.1"), "$.schemaVersion" },
        { ValidationCodes.ValueOutOfRange, Edit(d => d.Measure()["targets"]![0]!["value"] = 1_000_000_000_000_000.01m), Measure + ".targets[0].value" },
        { ValidationCodes.UnsupportedFormatVersion, () => Samples.FormatExample() with { SchemaVersion = "2.0" }, "$.schemaVersion" },
        { ValidationCodes.DateOutOfRange, Edit(d => d.Action()["updates"]![0]!["asOf"] = "0003-12-31"), Action + ".updates[0].asOf" },
        { ValidationCodes.DurationTooLong, Edit(d => d["reviews"]!["cadence"] = "P2Y1D"), "$.reviews.cadence" },
        { ValidationCodes.InvalidPeriodLabel, Edit(d => d.Measure()["targets"]![1]!["period"] = "2024/26 Q3"), Measure + ".targets[1].period" },
        { ValidationCodes.WrongPeriodKind, Edit(d => d.Measure()["actuals"]![0]!["period"] = "2024/25"), Measure + ".actuals[0].period" },
        { ValidationCodes.DatesOutOfOrder, Edit(d => d.Action()["start"] = "2025-04-01"), Action + ".due" },
        { ValidationCodes.TargetOutsidePlan, Edit(d => d.Measure()["targets"]![0]!["period"] = "2019/20"), Measure + ".targets[0].period" },
        { ValidationCodes.InvalidYearStartMonth, Edit(d => d["calendar"]!["yearStartMonth"] = 13), "$.calendar.yearStartMonth" },
        { ValidationCodes.DuplicateActual, Edit(d => d.Measure()["actuals"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25 Q1", ["value"] = 39.5 })), Measure + ".actuals[1].period" },
        { ValidationCodes.DuplicateTarget, Edit(d => d.Measure()["targets"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25", ["value"] = 42 })), Measure + ".targets[2].period" },
        { ValidationCodes.NegativeTolerance, Edit(d => d.Measure()["tolerance"]!["amberWithin"] = -1), Measure + ".tolerance.amberWithin" },
        { ValidationCodes.GreenToleranceAboveAmber, Edit(d => d.Measure()["tolerance"]!["greenWithin"] = 6), Measure + ".tolerance.greenWithin" },
        { ValidationCodes.NegativeWeight, Edit(d => d.Measure()["weight"] = -0.5), Measure + ".weight" },
        { ValidationCodes.NoPositiveWeight, Edit(d => d["plan"]!["themes"]![0]!["weight"] = 0), "$.plan.themes" },
        { ValidationCodes.PercentOutOfRange, Edit(d => d.Action()["updates"]![0]!["percentComplete"] = 100.5), Action + ".updates[0].percentComplete" },
        { ValidationCodes.AllocationOutsideHorizon, Edit(d => d.Action()["funding"]![0]!["year"] = "2028/29"), Action + ".funding[0].year" },
        { ValidationCodes.OverAllocatedLine, Edit(d => d.Action()["funding"]![0]!["amount"] = 1200000.01m), Line + ".amounts[0].amount" },
        { ValidationCodes.NegativeAmount, Edit(d => d.Action()["estimatedCost"]![0]!["amount"] = -250000), Action + ".estimatedCost[0].amount" },
        { ValidationCodes.AllocationNotPositive, Edit(d => d.Action()["funding"]![0]!["amount"] = 0), Action + ".funding[0].amount" },
        { ValidationCodes.InvalidCurrency, Edit(d => d["currency"] = "pounds"), "$.currency" },
        { ValidationCodes.LineYearOutsideHorizon, Edit(d => d.Line()["amounts"]!.AsArray().Add(new JsonObject { ["year"] = "2028/29", ["amount"] = 1 })), Line + ".amounts[2].year" },
        { ValidationCodes.DuplicateLineYear, Edit(d => d.Line()["amounts"]!.AsArray().Add(new JsonObject { ["year"] = "2024/25", ["amount"] = 1 })), Line + ".amounts[2].year" },
        { ValidationCodes.YearsNotConsecutive, Edit(d => d["financialStrategy"]!["years"] = new JsonArray("2024/25", "2026/27")), "$.financialStrategy.years[1]" },
        { ValidationCodes.UnderfundedAction, Edit(d => d.Action()["estimatedCost"]![0]!["amount"] = 250000.01m), Action + ".estimatedCost[0]" },
        { ValidationCodes.UnfundedAction, Edit(d => d.Action().Remove("funding")), Action },
        { ValidationCodes.UnallocatedLine, Edit(d => d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject { ["id"] = "rev.parks", ["name"] = "Parks", ["kind"] = "revenue", ["amounts"] = new JsonArray(new JsonObject { ["year"] = "2024/25", ["amount"] = 1 }) })), "$.financialStrategy.lines[1]" },
        { ValidationCodes.RatingOutsideMatrix, Edit(d => d.Risk()["assessments"]![0]!["likelihood"] = 6), Risk + ".assessments[0].likelihood" },
        { ValidationCodes.InvalidMatrixSize, Edit(d => d["riskRegister"]!["matrix"]!["impactLevels"] = 11), "$.riskRegister.matrix.impactLevels" },
        { ValidationCodes.LabelCountMismatch, Edit(d => d["riskRegister"]!["matrix"]!["impactLabels"]!.AsArray().RemoveAt(4)), "$.riskRegister.matrix.impactLabels" },
        { ValidationCodes.InvalidScoreGrid, Edit(d => d["riskRegister"]!["matrix"]!["scores"] = new JsonArray(new JsonArray(1, 2))), "$.riskRegister.matrix.scores" },
        { ValidationCodes.InvalidBands, Edit(d => d["riskRegister"]!["matrix"]!["bands"]![2]!["from"] = 8), "$.riskRegister.matrix.bands[2].from" },
        { ValidationCodes.TreatmentDoesNotFitKind, Edit(d => d.Risk()["treatment"] = "exploit"), Risk + ".treatment" },
        { ValidationCodes.InvalidReviewFrequency, Edit(d => d.Risk()["reviewEvery"] = "P0D"), Risk + ".reviewEvery" },
        { ValidationCodes.DuplicateAppetite, Edit(d => d["riskRegister"]!["appetite"]!.AsArray().Add(new JsonObject { ["category"] = "financial", ["maxScore"] = 9 })), "$.riskRegister.appetite[1].category" },
        { ValidationCodes.InvalidAppetite, Edit(d => d["riskRegister"]!["appetite"]![0]!["maxScore"] = 0), "$.riskRegister.appetite[0].maxScore" },
        { ValidationCodes.InvalidCadence, Edit(d => d["reviews"]!["cadence"] = "P0M"), "$.reviews.cadence" },
        { ValidationCodes.InvalidLag, Edit(d => d["reviews"]!["reportingLag"] = "P-1M"), "$.reviews.reportingLag" },
        { ValidationCodes.ReviewPeriodOutsidePlan, Edit(d => d["reviews"]!["held"]![0]!["period"] = "2025/26 Q1"), "$.reviews.held[0].period" },
    };

    /// <summary>Each code's message for the edit of <see cref="Cases"/> that raises it, checked by hand against the edit.</summary>
    public static TheoryData<string, string> Messages => new()
    {
        { "SP1001", "The theme id 'green city' is not allowed: an id starts with a letter or digit, continues with letters, digits, '.', '_' or '-', and is at most 64 characters (VAL-2)." },
        { "SP1002", "The budget line id 'green.air' is already used at $.plan.themes[0].outcomes[0].id; ids must be unique across the whole document (VAL-2)." },
        { "SP1003", "There is no outcome with id 'green.water' in this document; each id listed here must name one (VAL-2)." },
        { "SP1004", "There is no theme with id 'blue' in this document; each id listed here must name one (VAL-2)." },
        { "SP1005", "There is no delivery action with id 'a.none' in this document; each id listed here must name one (VAL-2)." },
        { "SP1006", "There is no budget line 'rev.none' in the MTFS (FIN-3)." },
        { "SP1007", "The action names no outcome; list at least one outcome id it contributes to (ACT-1)." },
        { "SP1008", "'green.air' is listed more than once here; it counts once." },
        { "SP1009", "The document is format 1.1; this library knows 1.0. Members it does not know are kept and written back, but not used (JSN-1)." },
        { "SP1010", "value is 1000000000000000.01; numbers must lie within ±1,000,000,000,000,000 so that every sum and comparison stays exact (FIN-7)." },
        { "SP1011", "schemaVersion '2.0' is not a 1.x version; this library reads and writes format 1.0 (JSN-1)." },
        { "SP1012", "asOf is 0003-12-31; dates must fall in 0004-01-01 to 9997-12-31, the dates every rule can work from (VAL-3)." },
        { "SP1013", "cadence 'P2Y1D' is longer than two years; a cadence, lag, window or review frequency may be at most P2Y, so that every date worked out from it stays on the calendar (VAL-3)." },
        { "SP1101", "'2024/26 Q3' is not a period label: the year after '2024/' must be '25'. Allowed: a financial year is written '2024/25' (the start year, a slash, the last two digits of the next year), a quarter '2024/25 Q1' (Q1 to Q4), a month '2024-05'; where the financial year is a calendar year, '2024' and '2024 Q1'." },
        { "SP1102", "'2024/25' is a financial year, but an actual of a quarterly measure must name a quarter (CAL-3)." },
        { "SP1103", "The action is due on 2025-03-31, before it starts on 2025-04-01; the due date must be on or after the start (VAL-3)." },
        { "SP1104", "The target for 2019/20 (2019-04-01 to 2020-03-31) lies outside the plan period 2022-04-01 to 2025-03-31 (VAL-3)." },
        { "SP1105", "yearStartMonth is 13; it must be a month number from 1 (January) to 12 (December), e.g. 4 for a UK financial year (CAL-1)." },
        { "SP1201", "There is already an actual for 2024/25 Q1; a measure has at most one actual per period (MEA-1)." },
        { "SP1202", "There is already a target for 2024/25 without setOn; a restated target needs a setOn date (MEA-1, MEA-3)." },
        { "SP1203", "amberWithin is -1; a tolerance must be 0 or more (MEA-5)." },
        { "SP1204", "greenWithin (6) is greater than amberWithin (5); green must be the tighter tolerance (MEA-5)." },
        { "SP1301", "The measure's weight is -0.5; a weight must be 0 or more (VAL-3). Use 0 to leave it out of its parent's score." },
        { "SP1302", "The only one of the themes of the plan has no positive weight; at least one must be positive so that a score can be computed (VAL-3, AGG-3)." },
        { "SP1401", "percentComplete is 100.5; it must be from 0 to 100 (VAL-3)." },
        { "SP1501", "The allocation is for 2028/29, outside the MTFS years (2024/25, 2025/26, 2026/27, 2027/28) (FIN-3)." },
        { "SP1502", "Budget line 'cap.transport' has £1,200,000 for 2024/25 but actions are allocated £1,200,000.01: over-allocated by £0.01 (FIN-3)." },
        { "SP1503", "The estimated cost is -250000; amounts must be 0 or more (FIN-1)." },
        { "SP1504", "The allocation is 0; an allocation must be more than 0 (FIN-2)." },
        { "SP1505", "The currency 'pounds' is not an ISO 4217 code: use three capital letters, e.g. \"GBP\" (FIN-1)." },
        { "SP1506", "2028/29 is not one of the MTFS years (2024/25, 2025/26, 2026/27, 2027/28) (FIN-1)." },
        { "SP1507", "The line already has an amount for 2024/25; give one amount per financial year (FIN-1)." },
        { "SP1508", "'2026/27' does not follow '2024/25'; the MTFS years must be consecutive financial years in order, each once (FIN-1)." },
        { "SP1510", "The action's estimated cost in 2024/25 is £250,000.01, but it is allocated only £250,000 on revenue and capital lines: underfunded by £0.01 (FIN-4)." },
        { "SP1511", "The action has an estimated cost of £250,000 and no funding allocation from any budget line (FIN-4)." },
        { "SP1512", "Budget line 'rev.parks' has money (£1 over the MTFS) and no allocation to any action that can be placed in an MTFS year: it is not aligned to the plan (FIN-5)." },
        { "SP1601", "Likelihood 6 is outside the matrix; it must be from 1 to 5 (RSK-2)." },
        { "SP1602", "impactLevels is 11; a matrix has from 1 to 10 levels (RSK-2)." },
        { "SP1603", "There are 4 impactLabels for 5 levels; give one label per level, lowest first, or none (RSK-2)." },
        { "SP1604", "The score grid has 1 row; it needs one per likelihood level (5), each of 5 scores: scores[likelihood - 1][impact - 1] (RSK-2)." },
        { "SP1605", "Band 3 starts at 8, not above the band before it (8); bands must ascend (RSK-3)." },
        { "SP1606", "'exploit' is a treatment for opportunities; a threat is treated with 'treat', 'tolerate', 'transfer' or 'terminate' (RSK-1)." },
        { "SP1607", "reviewEvery 'P0D' is not a positive length of time in days, weeks, months or years, e.g. \"P3M\" (RSK-7)." },
        { "SP1608", "The category 'financial' already has an appetite; give one maximum score per category (RSK-5)." },
        { "SP1609", "maxScore 0 is below 1, the lowest score a risk can have, so every open threat of 'financial' would be outside appetite; give a whole number of 1 or more (RSK-5)." },
        { "SP1701", "cadence 'P0D' is not a positive length of time in days, weeks, months or years, e.g. \"P3M\" (REV-1)." },
        { "SP1703", "reportingLag 'P-1M' must be zero or a positive length of time in days, weeks, months or years, e.g. \"P3M\"." },
        { "SP1704", "The review covers 2025/26 Q1, outside the plan period 2022-04-01 to 2025-03-31 (VAL-3)." },
    };

    /// <summary>The format example with one edit to its JSON; most rules are broken this way.</summary>
    private static Func<StrategicPlanning.Model.PlanDocument> Edit(Action<JsonObject> edit) => () => Samples.FormatExampleWith(edit);

    [Theory]
    [MemberData(nameof(Cases))]
    public void VAL1_each_code_is_raised_at_the_path_of_the_offending_value(string code, Func<StrategicPlanning.Model.PlanDocument> document, string path)
    {
        var result = PlanValidator.Validate(document());

        var issue = result.Issues.Should().ContainSingle(i => i.Code == code, "the edit breaks exactly the rule of {0}", code).Subject;
        issue.Path.Should().Be(path);
        issue.Severity.Should().Be(ValidationCodes.Describe(code)!.Severity);
        issue.Message.Should().NotBeNullOrWhiteSpace();
        issue.RuleIds.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void VAL1_each_code_says_what_was_wrong_and_what_is_allowed_in_its_own_words(string code, string message)
    {
        var document = (Func<StrategicPlanning.Model.PlanDocument>)Cases.First(row => (string)row[0] == code)[1];

        PlanValidator.Validate(document()).Issues.Where(i => i.Code == code).Select(i => i.Message).Should().Equal(message);
    }

    [Fact]
    public void VAL1_every_code_in_the_table_has_a_triggering_case()
    {
        var tested = Cases.Select(row => (string)row[0]).ToHashSet();

        ValidationCodes.All.Select(c => c.Code).Should().BeSubsetOf(tested);
        tested.Should().HaveCount(ValidationCodes.All.Count);
        Messages.Select(row => (string)row[0]).Should().BeEquivalentTo(tested, "each code's message is checked word for word");
    }

    [Fact]
    public void VAL1_the_table_of_codes_is_the_table_in_docs_validation_codes_word_for_word()
    {
        // The rows of the table of codes in use, up to the retired codes; each must be the code's description exactly.
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "validation-codes.md"));
        var documented = lines.TakeWhile(l => !l.StartsWith("## Retired codes", StringComparison.Ordinal)).Where(l => l.StartsWith("| SP", StringComparison.Ordinal));

        documented.Should().Equal(ValidationCodes.All.Select(info =>
            $"| {info.Code} | {info.Name} | {info.Severity.ToString().ToLowerInvariant()} | {info.RuleIds} | {info.Summary} |"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StrategicPlanning.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with StrategicPlanning.sln) was not found above the test output.");
    }
}
