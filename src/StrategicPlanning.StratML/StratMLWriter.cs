using System.Globalization;
using System.Text;
using System.Xml;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>
/// Writes a plan document as StratML: Part 2 (<c>PerformancePlanOrReport</c>, with measures, targets and actuals)
/// or Part 1 (<c>StrategicPlan</c>), valid against the official schemas.
/// </summary>
/// <remarks>
/// <para>
/// What the reader kept in <c>stratml</c> extension members (identifiers, Relationship, Descriptor, results that
/// were not targets or actuals, dates as they were) is written back in its place, so that import → export → import
/// gives an equal document. What StratML has no place for (delivery plans and actions, money, risks, reviews,
/// polarities, weights, tolerances, baselines) is left out and listed in the result's notes. docs/stratml.md has the
/// whole mapping.
/// </para>
/// <para>The writer reads no clock and keeps no state; output is the same for the same document. Thread-safe.</para>
/// </remarks>
public static class StratMLWriter
{
    /// <summary>Writes a plan document as StratML Part 2 text, with the default options.</summary>
    /// <param name="document">The plan document.</param>
    /// <returns>The XML text and notes on what was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The document's calendar has no usable year start month (CAL-1: 1 to 12), so its
    /// period labels have no dates; validation reports it (validate the document first).</exception>
    public static StratMLWriteResult Write(PlanDocument document) => Write(document, (StratMLWriteOptions?)null);

    /// <summary>Writes a plan document as StratML Part 2 (UTF-8) to a stream, with the default options.</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="stream">Where to write; it is flushed and not closed.</param>
    /// <returns>Notes on what was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The document's calendar has no usable year start month (CAL-1: 1 to 12), so its
    /// period labels have no dates; validation reports it (validate the document first).</exception>
    public static IReadOnlyList<StratMLNote> Write(PlanDocument document, Stream stream) => Write(document, stream, null);

    /// <summary>Writes a plan document as StratML text.</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="options">How to write; null for <see cref="StratMLWriteOptions.Default"/>.</param>
    /// <returns>The XML text and notes on what was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The document's calendar has no usable year start month (CAL-1: 1 to 12), so its
    /// period labels have no dates; validation reports it (validate the document first).</exception>
    public static StratMLWriteResult Write(PlanDocument document, StratMLWriteOptions? options)
    {
        CheckCalendar(document);
        var text = new Utf8StringWriter();
        var notes = Write(document, text, options);
        return new StratMLWriteResult(text.ToString(), notes);
    }

    /// <summary>Writes a plan document as StratML (UTF-8) to a stream.</summary>
    /// <param name="document">The plan document.</param>
    /// <param name="stream">Where to write; it is flushed and not closed.</param>
    /// <param name="options">How to write; null for <see cref="StratMLWriteOptions.Default"/>.</param>
    /// <returns>Notes on what was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The document's calendar has no usable year start month (CAL-1: 1 to 12), so its
    /// period labels have no dates; validation reports it (validate the document first).</exception>
    public static IReadOnlyList<StratMLNote> Write(PlanDocument document, Stream stream, StratMLWriteOptions? options)
    {
        CheckCalendar(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        return Write(document, text, options);
    }

    private static void CheckCalendar(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var month = document.Calendar.YearStartMonth;
        if (!ReportingCalendar.IsStartMonth(month))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The document's calendar starts its year in month {month}; it must be 1 to 12 (CAL-1) for period labels to have dates. Validate the document first."), nameof(document));
        }
    }

    private static List<StratMLNote> Write(PlanDocument document, TextWriter text, StratMLWriteOptions? options)
    {
        options ??= StratMLWriteOptions.Default;
        var settings = new XmlWriterSettings
        {
            Indent = options.Indent,
            IndentChars = "  ",
            Encoding = new UTF8Encoding(false),
            CloseOutput = false,
            NewLineChars = "\n",

            // A carriage return in a text is written as &#xD;, so that it reads back as it was (XML folds line ends).
            NewLineHandling = NewLineHandling.Entitize,
        };
        using (var xml = XmlWriter.Create(text, settings))
        {
            var context = new ExportContext(xml, options.Part ?? PartRead(document), document.Calendar);
            xml.WriteStartDocument();
            PlanExporter.Write(document, options.DocumentType, context);
            xml.WriteEndDocument();
            LeftOut.Note(document, context);
            if (context.Replaced > 0)
            {
                context.Note("$", string.Create(CultureInfo.InvariantCulture, $"{context.Replaced} text(s) held characters XML cannot carry (control characters or lone surrogates); each such character was written as U+FFFD."));
            }

            xml.Flush();
            text.Flush();
            return context.Notes.ToNotes();
        }
    }

    /// <summary>The part the reader recorded in the plan's stratml member, Part 2 when there is none.</summary>
    private static StratMLPart PartRead(PlanDocument document) =>
        document.Plan.Extensions.TryGetValue(StratMLNames.Extension, out var kept)
        && kept.ValueKind == System.Text.Json.JsonValueKind.Object
        && kept.TryGetProperty("part", out var part) && part.ValueKind == System.Text.Json.JsonValueKind.Number && part.TryGetInt32(out var number) && number == 1
            ? StratMLPart.Part1
            : StratMLPart.Part2;

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
