// CabinetReport: the quarterly performance report and the Annual Report a council's Cabinet reads, as HTML.
//
//   dotnet run --project samples/CabinetReport                                        Derby, latest quarter, into ./artifacts/reports (ignored by git)
//   dotnet run --project samples/CabinetReport -- FILE --quarter "2024/25 Q2" --out DIR
//
// The rendering is StrategicPlanning.Reports, the same component `splan report` uses.
using StrategicPlanning.Calendar;
using StrategicPlanning.Json;
using StrategicPlanning.Measures;
using StrategicPlanning.Reports;
using StrategicPlanning.Validation;

var file = Path.Combine(AppContext.BaseDirectory, "data", "derby-council-plan-2022-25.json");
string? quarterText = null;
var outDirectory = Path.Combine("artifacts", "reports");
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--quarter" when i + 1 < args.Length: quarterText = args[++i]; break;
        case "--out" when i + 1 < args.Length: outDirectory = args[++i]; break;
        case var path when !path.StartsWith('-'): file = path; break;
        default:
            Console.Error.WriteLine($"Not understood: '{args[i]}'. Usage: CabinetReport [FILE] [--quarter \"2024/25 Q2\"] [--out DIR]");
            return 2;
    }
}

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

// No report from a plan with errors: refuse it before its calendar is asked for a quarter's dates.
var errors = PlanValidator.Validate(document).Errors;
if (errors.Count > 0)
{
    foreach (var error in errors) Console.Error.WriteLine(error);
    return 1;
}

// The quarter: as asked, or the latest one with measure actuals. The Annual Report is for its financial year.
var calendar = document.Calendar;
var quarter = MeasureActuals.LatestQuarter(document);
if (quarterText is not null)
{
    quarter = calendar.TryParse(quarterText, out var parsed, out _) && parsed.Kind == StrategicPlanning.Calendar.PeriodKind.Quarter ? parsed : null;
}

if (quarter is not { } q)
{
    Console.Error.WriteLine(quarterText is null ? "The plan has no measure actuals: pass --quarter." : $"--quarter '{quarterText}' is not a quarter such as 2024/25 Q2.");
    return 2;
}

var year = calendar.FinancialYearOf(q);
if (!CabinetReports.IsReportable(calendar, q) || !CabinetReports.IsReportable(calendar, year))   // e.g. 9998/99 Q4
{
    Console.Error.WriteLine($"No report for {q}: a report is for a period whose end, and the end of the period before it, fall in {AsOfDates.Range}.");
    return 2;
}

(string Name, RuleResult<string> Result)[] reports =
[
    ($"quarterly-report-{Slug(q.ToString())}.html", CabinetReports.Quarterly(document, q)),
    ($"annual-report-{Slug(year.ToString())}.html", CabinetReports.Annual(document, year)),
];

Directory.CreateDirectory(outDirectory);

foreach (var (name, result) in reports)
{
    if (!result.Succeeded)
    {
        foreach (var error in result.Errors) Console.Error.WriteLine(error);   // no report from an invalid plan
        return 1;
    }

    var path = Path.Combine(outDirectory, name);
    File.WriteAllText(path, result.Value);
    Console.WriteLine($"Wrote {path}");
}

return 0;

static string Slug(string period) => period.Replace('/', '-').Replace(' ', '-');
