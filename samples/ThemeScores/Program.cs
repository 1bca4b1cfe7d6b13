// ThemeScores: the theme-level scores of a council plan at a quarter end, as Cabinet sees them.
//
//   dotnet run --project samples/ThemeScores                               the bundled Derby plan, latest quarter
//   dotnet run --project samples/ThemeScores -- FILE --as-of 2024-12-31    any plan, any date
//
// The rules behind every number are in docs/rules.md: MEA (measures), ACT (actions) and AGG (aggregation).
using NodaTime;
using NodaTime.Text;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Json;
using StrategicPlanning.Measures;
using StrategicPlanning.Validation;

var file = Path.Combine(AppContext.BaseDirectory, "data", "derby-council-plan-2022-25.json");
LocalDate? asOf = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--as-of")
    {
        var parsed = i + 1 < args.Length ? LocalDatePattern.Iso.Parse(args[++i]) : null;
        if (parsed is not { Success: true })
        {
            Console.Error.WriteLine("--as-of needs a date written yyyy-MM-dd, such as 2025-03-31.");
            return 2;
        }

        if (!AsOfDates.IsSupported(parsed.Value))   // the one range every rule evaluates in
        {
            Console.Error.WriteLine($"--as-of must be a date from {AsOfDates.Range}.");
            return 2;
        }

        asOf = parsed.Value;
    }
    else if (!args[i].StartsWith('-'))
    {
        file = args[i];
    }
    else
    {
        Console.Error.WriteLine($"Not understood: '{args[i]}'. Usage: ThemeScores [FILE] [--as-of yyyy-MM-dd]");
        Console.Error.WriteLine("With no arguments it scores the bundled Derby plan at its latest quarter end.");
        return 2;
    }
}

// 1. Read the plan. Reading never throws for bad input: it returns the errors with line, column and JSON path.
if (!File.Exists(file))
{
    Console.Error.WriteLine($"No such file: {file}");
    return 2;   // as splan: input that cannot be read is 2, a document that breaks rules is 1
}

using var stream = File.OpenRead(file);
var read = PlanJson.Read(stream);
if (!read.Succeeded)
{
    foreach (var error in read.Errors) Console.Error.WriteLine(error);
    return 2;   // malformed JSON: unreadable, as splan says
}

var document = read.Document;

// 2. Refuse a plan with errors before anything is worked out from it (an unusable calendar dates no quarter).
var errors = PlanValidator.Validate(document).Errors;
if (errors.Count > 0)
{
    foreach (var error in errors) Console.Error.WriteLine(error);
    return 1;
}

// 3. Choose the date: by default the end of the latest quarter with measure actuals (the quarter Cabinet reviews).
var date = asOf ?? (MeasureActuals.LatestQuarter(document) is { } quarter ? document.Calendar.EndOf(quarter) : null);
if (date is null)
{
    Console.Error.WriteLine("The plan has no measure actuals to choose a quarter from: pass --as-of yyyy-MM-dd.");
    return 2;
}

// 4. Score it: measures and actions roll up to outcomes, themes and the plan in one pass.
var scoring = AggregationRules.Evaluate(document, date.Value);
if (!scoring.Succeeded)
{
    foreach (var error in scoring.Errors) Console.Error.WriteLine(error);
    return 1;
}

var scorecard = scoring.Value;

// 5. Print the theme table, then one line of "why" for every theme that is not green.
Console.WriteLine($"{document.Organisation?.Name} – {document.Plan.Title}: theme scores at {date:yyyy-MM-dd} ({document.Calendar.QuarterOf(date.Value)})");
Console.WriteLine();
Console.WriteLine($"{"Theme",-20} {"Score",6}  {"RAG",-5} {"Coverage",8}  {"Green",5} {"Amber",5} {"Red",4} {"Done",4} {"No data",7}  {"Meeting target",14}");
foreach (var node in scorecard.Plan.Children.Append(scorecard.Plan))
{
    var c = node.Counts;
    var name = node == scorecard.Plan ? "Whole plan" : node.Name;
    Console.WriteLine($"{name,-20} {Show(node.Score, "0.00"),6}  {node.Rag?.ToString() ?? "-",-5} {Show(node.Coverage * 100, "0.0'%'"),8}  " +
                      $"{c.Green,5} {c.Amber,5} {c.Red,4} {c.Complete,4} {c.NoData,7}  {Meeting(node),14}");
}

Console.WriteLine();
foreach (var theme in scorecard.Plan.Children.Where(t => t.Rag is Rag.Amber or Rag.Red))
{
    Console.WriteLine($"{theme.Name}: {theme.Trace.Summary}");
}

return 0;

static string Meeting(ScoreNode node) =>   // measures green of those with a status (MEA-7)
    node.MeasuresWithStatus == 0 ? "-" : $"{node.MeasuresGreen} of {node.MeasuresWithStatus} ({Show(node.MeetingTarget * 100, "0")}%)";

static string Show(decimal? value, string format) => value?.ToString(format, System.Globalization.CultureInfo.InvariantCulture) ?? "-";
