// AotSmoke: the libraries at work in a native-AOT program, on the bundled Derby plan. Each line it prints is checked
// by `.ci/run` against the published binary, and by SampleProgramTests against the program run in-process.
//
//   dotnet publish samples/AotSmoke -c Release -o artifacts/aot-smoke && artifacts/aot-smoke/AotSmoke
//   artifacts/aot-smoke/AotSmoke FILE
//
// It reads the plan (JSN), validates it (VAL), scores its themes at a fixed date (AGG), writes it back and reads that
// again, refuses a date that is not "YYYY-MM-DD" (CAL-4), renders the quarterly Cabinet report, exports StratML and
// writes the open data table of actuals as CSV (Sep): every path of the JSON reader and writer, the rules and the
// packages that a trimmed program could lose.
using System.Globalization;
using NodaTime;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Json;
using StrategicPlanning.Reports;
using StrategicPlanning.Spreadsheets;
using StrategicPlanning.StratML;
using StrategicPlanning.Validation;

var file = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "derby-council-plan-2022-25.json");
var asOf = new LocalDate(2025, 3, 31);
var text = File.ReadAllText(file);

var read = PlanJson.Read(text);
if (!read.Succeeded)
{
    foreach (var error in read.Errors) Console.Error.WriteLine(error);
    return 2;
}

var document = read.Document;
Console.WriteLine($"read: {document.Organisation?.Name} – {document.Plan.Title}, {Number(document.Plan.Themes.Count)} themes");

var validation = PlanValidator.Validate(document);
Console.WriteLine($"validate: {(validation.IsValid ? "valid" : "not valid")}, {Number(validation.Errors.Count)} errors, {Number(validation.Issues.Count(i => i.Severity == ValidationSeverity.Warning))} warnings");
if (!validation.IsValid)
{
    foreach (var error in validation.Errors) Console.Error.WriteLine(error);
    return 1;
}

var scorecard = AggregationRules.Evaluate(document, asOf).GetValueOrThrow();
foreach (var node in scorecard.Plan.Children.Append(scorecard.Plan))
{
    var name = node == scorecard.Plan ? "Whole plan" : node.Name;
    Console.WriteLine($"score {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {name} {Decimal(node.Score)} {node.Rag?.ToString() ?? "-"}");
}

var written = PlanJson.Write(document);
var again = PlanJson.Parse(written);
Console.WriteLine($"write: {Number(written.Length)} characters; read back, the same document: {(again == document ? "yes" : "no")}; written again, the same text: {(PlanJson.Write(again) == written ? "yes" : "no")}");

// A date in another spelling takes the converter's slow path: NodaTime's pattern, then the message (CAL-4).
var start = document.Plan.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
var bad = PlanJson.Read(text.Replace($"\"start\": \"{start}\"", $"\"start\": \"{start.Replace("-0", "-", StringComparison.Ordinal)}\"", StringComparison.Ordinal));
Console.WriteLine($"refuse: {(bad.Succeeded ? "nothing" : bad.Errors[0].ToString())}");

var quarter = document.Calendar.QuarterOf(asOf);
var report = CabinetReports.Quarterly(document, quarter).GetValueOrThrow();
Console.WriteLine($"report {quarter}: {(report.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) ? "HTML" : "not HTML")}, {Number(report.Length)} characters");

var stratml = StratMLWriter.Write(document);
var imported = StratMLReader.Parse(stratml.Xml);
Console.WriteLine($"stratml: {Number(stratml.Xml.Length)} characters, {Number(stratml.Notes.Count)} notes; imported again: {(imported.Document is { } back ? Number(back.Plan.Themes.Count) + " themes" : "failed")}");

using var csv = new MemoryStream();
var table = OpenData.WriteCsv(document, OpenDataTable.Actuals, asOf, csv).GetValueOrThrow();
Console.WriteLine($"open data {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Number((int)table.Rows)} rows of actuals, {Number(table.Columns.Count)} columns, {Number((int)csv.Length)} bytes");
return 0;

static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

static string Decimal(decimal? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";
