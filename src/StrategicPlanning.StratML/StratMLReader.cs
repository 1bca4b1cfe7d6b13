using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using StrategicPlanning.Calendar;
using StrategicPlanning.Json;

namespace StrategicPlanning.StratML;

/// <summary>
/// Reads StratML Part 1 (<c>StrategicPlan</c>) and Part 2 (<c>PerformancePlanOrReport</c>) documents into a plan
/// document, tolerating what real documents do and reporting it as import notes.
/// </summary>
/// <remarks>
/// <para>
/// Goal → theme, Objective → outcome, PerformanceIndicator → measure; results whose dates make one period of the
/// calendar and whose NumberOfUnits is a number → targets and actuals. What has no counterpart is kept in
/// <c>stratml</c> extension members, so that import → export → import gives an equal document. docs/stratml.md has
/// the whole mapping.
/// </para>
/// <para>
/// Tolerated, each with a note: elements in any order; the ISO namespaces, the two older ones, any prefix or none;
/// identifiers that repeat or cannot be ids (new ids are minted); Submitter in either place; the legacy
/// <c>IndicatorType</c> attribute; empty dates and numbers. Malformed XML gives a <see cref="StratMLReadError"/>
/// with line and position. No DTD is processed and no external entity resolved; a document longer than
/// <see cref="StratMLReadOptions.MaxCharacters"/>, nested more than 24 elements deep, or of more than 4 Mi
/// (4,194,304) elements, is refused while it is read.
/// Thread-safe: the reader keeps no state.
/// </para>
/// </remarks>
public static class StratMLReader
{
    /// <summary>The deepest nesting read: StratML needs ten levels; kept elements are held as JSON, which allows 64.</summary>
    private const int MaxDepth = 24;

    /// <summary>The most elements read: a real plan has tens of thousands; 4 Mi tiny elements already make gigabytes of tree.</summary>
    private const int MaxElements = 4 * 1024 * 1024;

    /// <summary>Reads a StratML document from a stream (its encoding declared in the XML, UTF-8 by default), with the default options.</summary>
    /// <param name="stream">The document. It is read to the end and not closed.</param>
    /// <returns>The plan document and the import notes, or the error that stopped the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static StratMLReadResult Read(Stream stream) => Read(stream, null);

    /// <summary>Reads a StratML document from a text reader, with the default options.</summary>
    /// <param name="text">The document. It is read to the end and not closed.</param>
    /// <returns>The plan document and the import notes, or the error that stopped the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static StratMLReadResult Read(TextReader text) => Read(text, null);

    /// <summary>Reads a StratML document held in a string, with the default options.</summary>
    /// <param name="xml">The document's text.</param>
    /// <returns>The plan document and the import notes, or the error that stopped the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    public static StratMLReadResult Parse(string xml) => Parse(xml, null);

    /// <summary>Reads a StratML document from a stream (its encoding declared in the XML, UTF-8 by default).</summary>
    /// <param name="stream">The document. It is read to the end and not closed.</param>
    /// <param name="options">How to read; null for <see cref="StratMLReadOptions.Default"/>.</param>
    /// <returns>The plan document and the import notes, or the error that stopped the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' year start month is not 1 to 12, or their maximum size is not positive.</exception>
    public static StratMLReadResult Read(Stream stream, StratMLReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var checkedOptions = Checked(options);
        XmlReader xml;
        try
        {
            xml = XmlReader.Create(stream, Settings(checkedOptions));
        }
        catch (XmlException e)
        {
            // Creating the reader already decodes the first characters (e.g. a byte-order mark, then a byte that is not UTF-8).
            return Failed(e.Message, e.LineNumber, e.LinePosition);
        }

        using var reader = new DepthLimitedReader(xml, MaxDepth, MaxElements);
        return Read(reader, checkedOptions, PlanReadOptions.Default.MaxDocumentBytes);
    }

    /// <summary>Reads a StratML document from a text reader.</summary>
    /// <param name="text">The document. It is read to the end and not closed.</param>
    /// <param name="options">How to read; null for <see cref="StratMLReadOptions.Default"/>.</param>
    /// <returns>The plan document and the import notes, or the error that stopped the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' year start month is not 1 to 12, or their maximum size is not positive.</exception>
    public static StratMLReadResult Read(TextReader text, StratMLReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text, options, PlanReadOptions.Default.MaxDocumentBytes);
    }

    /// <summary>Reads with another limit on the plan document's JSON than the JSON reader's default: for the tests.</summary>
    internal static StratMLReadResult Read(TextReader text, StratMLReadOptions? options, long maxDocumentBytes)
    {
        var checkedOptions = Checked(options);
        using var reader = new DepthLimitedReader(XmlReader.Create(text, Settings(checkedOptions)), MaxDepth, MaxElements);
        return Read(reader, checkedOptions, maxDocumentBytes);
    }

    /// <summary>Reads a StratML document held in a string.</summary>
    /// <param name="xml">The document's text.</param>
    /// <param name="options">How to read; null for <see cref="StratMLReadOptions.Default"/>.</param>
    /// <returns>The plan document and the import notes, or the error that stopped the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' year start month is not 1 to 12, or their maximum size is not positive.</exception>
    public static StratMLReadResult Parse(string xml, StratMLReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        return Read(text, options);
    }

    private static StratMLReadOptions Checked(StratMLReadOptions? options)
    {
        options ??= StratMLReadOptions.Default;
        if (options.YearStartMonth is { } month)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(month, 1, nameof(options));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12, nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.MaxCharacters, 0L, nameof(options));
        return options;
    }

    // XXE-safe and bounded: no DTD, no resolver, a cap on the characters read.
    private static XmlReaderSettings Settings(StratMLReadOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static StratMLReadResult Read(XmlReader reader, StratMLReadOptions options, long maxDocumentBytes)
    {
        // The root is checked before the tree is built, and the tree is held without line information: the
        // errors that need a line and position are found while reading, and the notes give XPaths.
        XElement root;
        StratMLPart? part;
        try
        {
            reader.MoveToContent();
            part = reader.LocalName switch
            {
                StratMLNames.Part1Root => StratMLPart.Part1,
                StratMLNames.Part2Root => StratMLPart.Part2,
                _ => (StratMLPart?)null,
            };
            if (part is null)
            {
                var line = (IXmlLineInfo)reader;
                return Failed($"The root element is {reader.LocalName}; a StratML document's is StrategicPlan (Part 1) or PerformancePlanOrReport (Part 2).", line.LineNumber, line.LinePosition);
            }

            root = XElement.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            // The refusal of a DTD carries no position; say plainly what it means.
            var message = e.LineNumber == 0 && e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "The document has a DTD (<!DOCTYPE …>). StratML needs none, and DTDs are never processed here: they can expand entities without bound or read other files (XXE). Remove the DOCTYPE. (" + e.Message + ")"
                : e.Message;
            return Failed(message, e.LineNumber, e.LinePosition);
        }
        catch (InvalidOperationException e)
        {
            var line = (IXmlLineInfo)reader;
            return Failed(e.Message, line.LineNumber, line.LinePosition);
        }

        var notes = new NoteList();
        ReadNamespace(root, notes);
        var calendar = CalendarFor(root, options, notes);
        var context = new ImportContext(calendar, part.Value, notes);
        var most = LongValues.Fit(root, context);
        var plan = PlanImporter.Import(root, context);

        // A plan document read from StratML must read back as JSON. When the most its JSON can be is within the
        // limit, that is enough; otherwise the JSON is counted (written, not kept).
        if (most > maxDocumentBytes)
        {
            var json = new CountingBufferWriter();
            PlanJson.Write(plan, json);
            if (json.Count > maxDocumentBytes)
            {
                return Failed(string.Create(CultureInfo.InvariantCulture,
                    $"The plan document this StratML makes would be {json.Count:N0} bytes as JSON, more than the {maxDocumentBytes:N0} bytes (PlanReadOptions.MaxDocumentBytes) a plan document may be, so it could not be read back; it was not read."), 0, 0);
            }
        }

        return new StratMLReadResult(plan, part, notes.ToNotes(), null);
    }

    private static void ReadNamespace(XElement root, NoteList notes)
    {
        var ns = root.Name.Namespace;
        if (StratMLNames.IsLegacy(ns))
        {
            notes.Add(ImportContext.XPathOf(root), $"The namespace '{ns.NamespaceName}' is an older StratML one; read as the ISO schema.");
        }
        else if (ns == XNamespace.None)
        {
            notes.Add(ImportContext.XPathOf(root), "The document has no namespace; read by element names as StratML.");
        }
        else if (!StratMLNames.IsStratML(ns))
        {
            notes.Add(ImportContext.XPathOf(root), $"The namespace '{ns.NamespaceName}' is not StratML's; its elements are read by their names as StratML.");
            foreach (var element in root.DescendantsAndSelf().Where(e => e.Name.Namespace == ns))
            {
                element.Name = XName.Get(element.Name.LocalName);
            }
        }
    }

    private static ReportingCalendar CalendarFor(XElement root, StratMLReadOptions options, NoteList notes)
    {
        if (options.YearStartMonth is { } month)
        {
            return ReportingCalendar.StartingIn(month);
        }

        var inferred = CalendarInference.Infer(root);
        if (inferred is { } found)
        {
            notes.Add(ImportContext.XPathOf(root), string.Create(CultureInfo.InvariantCulture,
                $"StratML has no reporting calendar; the year is taken to start in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(found.Month)} (CAL-1), as {found.Votes} {(found.Votes == 1 ? "result spanning twelve months from that month does" : "results spanning twelve months from that month do")}."));
            return ReportingCalendar.StartingIn(found.Month);
        }

        if (CalendarInference.Results(root).Any())
        {
            notes.Add(ImportContext.XPathOf(root), "StratML has no reporting calendar and no result spans a year; the year is taken to start in April, the UK financial year (CAL-1).");
        }

        return ReportingCalendar.Default;
    }

    private static StratMLReadResult Failed(string message, int line, int position) =>
        new(null, null, [], new StratMLReadError(message, line, position));
}
