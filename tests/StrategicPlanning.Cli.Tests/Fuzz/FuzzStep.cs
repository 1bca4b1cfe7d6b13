using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Delivery;
using StrategicPlanning.Finance;
using StrategicPlanning.Json;
using StrategicPlanning.Measures;
using StrategicPlanning.Model;
using StrategicPlanning.Reports;
using StrategicPlanning.Reviews;
using StrategicPlanning.Risks;
using StrategicPlanning.StratML;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// One thing done with a fuzzed input, written as tab-separated words so that a failure can be kept and replayed:
/// <c>splan score - --as-of 2025-03-31</c> runs splan in-process on the input as standard input; <c>lib score
/// 2025-03-31</c> calls a library front door on the document the input reads as. <see cref="Run"/> returns null when
/// all is well and what went wrong otherwise; an exception escaping it is a failure too.
/// </summary>
internal static class FuzzStep
{
    /// <summary>Runs <paramref name="step"/> on <paramref name="input"/>.</summary>
    public static string? Run(string step, FuzzInput input)
    {
        var words = step.Split('\t');
        return words[0] switch
        {
            "splan" => Splan(words[1..], input.Bytes),
            "lib" => Library(words[1], words[2..], input),
            _ => throw new ArgumentException($"Not a fuzz step: '{step}'.", nameof(step)),
        };
    }

    private static string? Splan(string[] args, byte[] bytes)
    {
        using var input = new MemoryStream(bytes, writable: false);
        var (exit, output, error) = Cli.Tests.Splan.Run(input, args);
        if (exit is < 0 or > 2)
        {
            return $"splan exited {exit}; standard error:\n{error}";
        }

        if (exit == 0 && (args[0] == "schema" || args.Contains("json")) && !IsJson(output))
        {
            return $"splan exited 0 with --format json but its output is not JSON:\n{Head(output)}";
        }

        if (exit == 0 && args[0] == "export" && !output.StartsWith("\uFEFFas_of,", StringComparison.Ordinal))
        {
            return $"splan export exited 0 but wrote no table:\n{Head(output)}";
        }

        return exit == 0 && args[0] is "report" or "annual-report" && !output.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal)
            ? $"splan {args[0]} exited 0 but wrote no HTML:\n{Head(output)}"
            : null;
    }

    private static string? Library(string name, string[] args, FuzzInput input)
    {
        if (name == "read")
        {
            return input.IsXml ? ReadStratML(input, args) : ReadJson(input.Bytes, everyWay: args.Contains("every-way"));
        }

        if (input.Document is not { } document)
        {
            return null; // nothing to evaluate: the input is not a document
        }

        var asOf = args.Length > 0 && LocalDatePattern.Iso.Parse(args[0]) is { Success: true } date ? date.Value : default;
        var asReported = args.Contains("as-reported");
        switch (name)
        {
            case "validate":
                var validation = PlanValidator.Validate(document);
                foreach (var issue in validation.Issues)
                {
                    _ = issue.ToString();
                }

                input.IsValid = validation.IsValid;
                if (!input.IsXml)
                {
                    _ = PlanJson.Locate(input.Bytes, validation.Issues.Select(i => i.Path).Append("$.plan.themes[999].id").Append("$['odd").Append(string.Empty));
                }

                return null;
            case "score":
                return Score(document, asOf, asReported);
            case "measures":
                return Refusal(MeasureRules.Evaluate(document, asOf, Measures(asReported)));
            case "delivery":
                return Refusal(DeliveryRules.Evaluate(document, asOf));
            case "reviews":
                if (document.Reviews is { } cycle)
                {
                    _ = Durations.Describe(cycle.Cadence) + Durations.Describe(cycle.ReportingLag) + Durations.Describe(cycle.AnnualReportLag);
                }

                return Refusal(ReviewRules.Evaluate(document, asOf));
            case "risks":
                return Refusal(RiskRules.Evaluate(document, asOf));
            case "finance":
                return Refusal(FinanceRules.Evaluate(document));
            case "latest-quarter":
                _ = MeasureActuals.LatestQuarter(document);
                return null;
            case "quarterly":
            case "annual":
                return Report(document, name == "quarterly", string.Join(' ', args));
            case "stratml":
                try
                {
                    _ = StratMLWriter.Write(document, new StratMLWriteOptions { Part = args[0] == "1" ? StratMLPart.Part1 : StratMLPart.Part2 });
                }
                catch (ArgumentException) when (!ReportingCalendar.IsStartMonth(document.Calendar.YearStartMonth))
                {
                    // The writer's documented refusal: labels have no dates without a start month (CAL-1).
                }

                return null;
            default:
                throw new ArgumentException($"Not a library step: '{name}'.", nameof(name));
        }
    }

    /// <summary>Reads the bytes every way the library offers: the same document each way, and written and read back unchanged (JSN-2).</summary>
    private static string? ReadJson(byte[] bytes, bool everyWay)
    {
        var fromBytes = PlanJson.Read(bytes);
        if (everyWay && ReadOtherWays(bytes, fromBytes) is { } different)
        {
            return different;
        }

        foreach (var readError in fromBytes.Errors)
        {
            _ = readError.ToString();
        }

        if (fromBytes.Document is not { } document)
        {
            return null;
        }

        var written = PlanJson.WriteUtf8(document);
        var again = PlanJson.Read(written);
        if (!again.Succeeded)
        {
            return "the document, written, cannot be read back: " + string.Join("; ", again.Errors);
        }

        if (again.Document != document || again.Document.GetHashCode() != document.GetHashCode())
        {
            return "the document, written and read back, is not equal to itself (JSN-2)";
        }

        _ = PlanJson.Write(document, PlanWriteOptions.Compact);
        return null;
    }

    private static string? ReadOtherWays(byte[] bytes, PlanReadResult fromBytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var fromStream = PlanJson.Read(stream);
        if (fromBytes.Succeeded != fromStream.Succeeded || (fromBytes.Succeeded && fromBytes.Document != fromStream.Document))
        {
            return "PlanJson.Read gives another result from a stream than from bytes";
        }

        if (Strict(bytes) is { } text && text.Length > 0 && text[0] != '\uFEFF')
        {
            var fromText = PlanJson.Read(text);
            if (fromText.Succeeded != fromBytes.Succeeded || (fromText.Succeeded && fromText.Document != fromBytes.Document))
            {
                return "PlanJson.Read gives another result from a string than from its UTF-8 bytes";
            }
        }

        return null;
    }

    private static string? ReadStratML(FuzzInput input, string[] args)
    {
        var month = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        using var stream = new MemoryStream(input.Bytes, writable: false);
        var read = StratMLReader.Read(stream, new StratMLReadOptions { YearStartMonth = month });
        foreach (var note in read.Notes)
        {
            _ = note.ToString();
        }

        if (read.Document is { } document)
        {
            input.Document = document;
            return ReadJson(PlanJson.WriteUtf8(document), everyWay: false);
        }

        return null;
    }

    private static string? Score(PlanDocument document, LocalDate asOf, bool asReported)
    {
        var result = AggregationRules.Evaluate(document, asOf, ScoringOptions.Default with { Measures = Measures(asReported) });
        if (result.Value is not { } scorecard)
        {
            return Refusal(result);
        }

        var nodes = new Stack<ScoreNode>([scorecard.Plan]);
        while (nodes.TryPop(out var node))
        {
            _ = node.Explain();
            _ = scorecard.Explain(node.Id);
            foreach (var leaf in node.Leaves)
            {
                _ = scorecard.Explain(leaf.Id);
            }

            foreach (var child in node.Children)
            {
                nodes.Push(child);
            }
        }

        _ = scorecard.Explain("no such id");
        return null;
    }

    private static string? Report(PlanDocument document, bool quarterly, string text)
    {
        if (!document.Calendar.TryParse(text, out var label, out _) || label.Kind != (quarterly ? Calendar.PeriodKind.Quarter : Calendar.PeriodKind.FinancialYear))
        {
            return null;
        }

        if (!CabinetReports.IsReportable(document.Calendar, label))
        {
            return null;
        }

        var result = quarterly ? CabinetReports.Quarterly(document, label) : CabinetReports.Annual(document, label);
        return result.Value is { } html && !html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) ? "a report that is not HTML" : Refusal(result);
    }

    private static MeasureEvaluationOptions Measures(bool asReported) =>
        MeasureEvaluationOptions.Default with { Basis = asReported ? TargetBasis.AsReported : TargetBasis.AsRestated };

    /// <summary>A refusal must carry errors, and an evaluation that succeeded none.</summary>
    private static string? Refusal<T>(RuleResult<T> result)
        where T : class =>
        result.Succeeded == (result.Errors.Count == 0) ? null : "a result that both succeeded and has errors, or neither";

    private static string? Strict(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var parsed = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Head(string text) => text.Length > 500 ? text[..500] + "…" : text;
}
