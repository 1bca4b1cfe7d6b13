using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;

namespace StrategicPlanning.StratML;

/// <summary>
/// What one import has seen so far: the notes, the plan ids and the StratML identifiers taken, and the calendar.
/// Identifiers are claimed in the order the importer visits elements, so the first of two equal ones wins.
/// </summary>
internal sealed class ImportContext(ReportingCalendar calendar, StratMLPart part, NoteList notes)
{
    /// <summary>Up to this many known paths, <see cref="Release"/> looks through them rather than through the goal's elements.</summary>
    private const int PathsLookedThrough = 4096;

    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> identifiers = new(StringComparer.Ordinal);
    private readonly Dictionary<XElement, string> paths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PeriodLabel, string> labels = [];
    private readonly Dictionary<(int Instance, int Index), ExtensionMembers> places = [];
    private (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? jsonBuffer;

    /// <summary>Gets the notes so far, bounded per kind (<see cref="NoteList"/>).</summary>
    public NoteList Notes { get; } = notes;

    public ReportingCalendar Calendar { get; } = calendar;

    public StratMLPart Part { get; } = part;

    /// <summary>
    /// Notes something at a node; its XPath is worked out now, and only if the note is kept (listed, or the one that
    /// counts the rest), so that a goal's elements can be let go once it is read (<see cref="Release"/>).
    /// </summary>
    public void Note(XObject at, string message, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Notes.Add(Notes.Keeps(file, line) ? PathOf(at) : string.Empty, message, file, line);

    /// <summary>Notes something at a node, the message made of three parts joined only if the note is listed.</summary>
    public void Note(XObject at, string start, string middle, string end, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (Notes.Lists(file, line))
        {
            Notes.Add(PathOf(at), string.Concat(start, middle, end), file, line);
        }
        else
        {
            Notes.Add(Notes.Keeps(file, line) ? PathOf(at) : string.Empty, string.Empty, file, line);
        }
    }

    /// <summary>
    /// Lets go of an element read in full (a goal, once its theme is made): its content leaves the tree and the paths
    /// worked out for it are forgotten, so that a large document is not held whole while its plan is made.
    /// </summary>
    public void Release(XElement element)
    {
        if (paths.Count > PathsLookedThrough)
        {
            foreach (var descendant in element.Descendants())
            {
                paths.Remove(descendant);
            }
        }
        else if (paths.Count > 0)
        {
            // Few paths are known (those of noted elements and their siblings): looking through them is cheaper than
            // walking every element of the goal.
            List<XElement>? below = null;
            foreach (var known in paths.Keys)
            {
                if (IsBelow(known, element))
                {
                    (below ??= []).Add(known);
                }
            }

            foreach (var known in below ?? [])
            {
                paths.Remove(known);
            }
        }

        element.RemoveNodes();
    }

    /// <summary>
    /// Takes the buffer and JSON writer a record's <c>stratml</c> member is written into, emptied: the one the last record
    /// gave back, or a new one while it is in use. An import writes thousands of these; one buffer grown to the largest
    /// saves allocating and growing one each time. The writer writes as the library keeps extension members (no white
    /// space, the escapes of <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>), so what it writes is the
    /// member's text as it is kept (JSN-2).
    /// </summary>
    public (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json) TakeJsonBuffer()
    {
        if (jsonBuffer is not { } taken)
        {
            var buffer = new ArrayBufferWriter<byte>();
            return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        jsonBuffer = null;
        taken.Buffer.ResetWrittenCount();
        taken.Json.Reset(taken.Buffer);
        return taken;
    }

    /// <summary>Gives back a buffer taken with <see cref="TakeJsonBuffer"/>, once nothing reads what it holds.</summary>
    public void ReturnJsonBuffer(ArrayBufferWriter<byte> buffer, Utf8JsonWriter json) => jsonBuffer = (buffer, json);

    private static bool IsBelow(XElement element, XElement ancestor)
    {
        for (var parent = element.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a period label, made once for each period: a large plan names the same few periods in every measure.</summary>
    public string TextOf(PeriodLabel label)
    {
        if (!labels.TryGetValue(label, out var text))
        {
            labels[label] = text = label.ToString();
        }

        return text;
    }

    /// <summary>
    /// The extension of a target or actual that keeps nothing but where it sat (<c>{"stratml":{"instance":…,"index":…}}</c>),
    /// made once for each place and shared: extension members are immutable, and most results keep nothing else.
    /// </summary>
    public ExtensionMembers PlaceOf(int instance, int index, Func<ExtensionMembers> build)
    {
        if (!places.TryGetValue((instance, index), out var members))
        {
            places[(instance, index)] = members = build();
        }

        return members;
    }

    /// <summary>
    /// The plan id for a goal, objective, indicator or the plan, from its Identifier element when that can be one
    /// (VAL-2), else minted from <paramref name="mintBase"/>; and the identifier to keep when the writer could not
    /// derive it from the id.
    /// </summary>
    public (string Id, string? KeptIdentifier) EntityId(XElement? identifier, string mintBase)
    {
        var raw = identifier?.Value.Trim();
        if (identifier is null || string.IsNullOrEmpty(raw))
        {
            var minted = Mint(mintBase);
            if (identifier is not null)
            {
                Note(identifier, $"The Identifier is empty; the id '{minted}' was minted.");
            }

            return (minted, null);
        }

        if (!identifiers.Add(raw))
        {
            var minted = Mint(mintBase);
            Note(identifier, $"The Identifier '{raw}' repeats an earlier one (an xsd:ID is unique in a document); the repeat was dropped and the id '{minted}' was minted.");
            return (minted, null);
        }

        // An identifier the writer made from an id that starts with a digit ("_2024.x") gives that id back.
        var candidate = StratMLNames.IsPlanId(raw) ? raw
            : raw.StartsWith('_') && StratMLNames.IsPlanId(raw[1..]) ? raw[1..]
            : null;
        var written = candidate is null ? null : StratMLNames.IdentifierFor(candidate);
        string chosen;
        if (candidate is not null && !ids.Contains(candidate) && (written == raw || !identifiers.Contains(written!)))
        {
            chosen = candidate;
            ids.Add(chosen);
            identifiers.Add(written!);
        }
        else
        {
            chosen = Mint(mintBase);
            Note(identifier, candidate is null
                ? $"The Identifier '{raw}' cannot be a plan document id (VAL-2: a letter or digit, then letters, digits, '.', '_' or '-', 64 at most); the id '{chosen}' was minted."
                : $"The Identifier '{raw}' would give the id '{candidate}', which another element already has; the id '{chosen}' was minted.");
        }

        if (!StratMLNames.IsNCName(raw))
        {
            Note(identifier, $"The Identifier '{raw}' is not a valid xsd:ID (an XML name: a letter or '_' first, no spaces or colons); it will be written back as '{StratMLNames.IdentifierFor(chosen)}'.");
            return (chosen, null);
        }

        return (chosen, raw == StratMLNames.IdentifierFor(chosen) ? null : raw);
    }

    /// <summary>
    /// An Identifier of an element kept as it is (an organisation, a vision, a relationship…): unique and an XML
    /// name, else repaired or dropped with a note, so that the StratML written back stays valid.
    /// </summary>
    public string? KeptIdentifier(XElement identifier)
    {
        var raw = identifier.Value.Trim();
        if (raw.Length == 0)
        {
            Note(identifier, "The Identifier is empty (an xsd:ID cannot be); it was dropped.");
            return null;
        }

        var kept = StratMLNames.IsNCName(raw) ? raw : StratMLNames.IsNCName("_" + raw) ? "_" + raw : null;
        if (kept is null)
        {
            Note(identifier, $"The Identifier '{raw}' is not a valid xsd:ID and cannot be made one; it was dropped.");
            return null;
        }

        if (!identifiers.Add(kept) || (kept != raw && !identifiers.Add(raw)))
        {
            Note(identifier, $"The Identifier '{raw}' repeats an earlier one (an xsd:ID is unique in a document); the repeat was dropped.");
            return null;
        }

        if (kept != raw)
        {
            Note(identifier, $"The Identifier '{raw}' is not a valid xsd:ID (it starts with a digit, '.' or '-'); it was read as '{kept}'.");
        }

        return kept;
    }

    /// <summary>The XPath of a node: each element's local name with its position among same-named siblings.</summary>
    /// <remarks>Each element's path is worked out once, and each parent's children are counted once, so that a
    /// document with thousands of noted siblings costs linear time, not quadratic.</remarks>
    public string PathOf(XObject node)
    {
        var element = node as XElement ?? node.Parent;
        var path = element is null ? string.Empty : ElementPath(element);
        return node is XAttribute attribute ? path + "/@" + attribute.Name.LocalName : path;
    }

    /// <summary>The XPath of the root element.</summary>
    public static string XPathOf(XElement root) => "/" + root.Name.LocalName;

    private string ElementPath(XElement element)
    {
        if (paths.TryGetValue(element, out var known))
        {
            return known;
        }

        if (element.Parent is not { } parent)
        {
            return paths[element] = XPathOf(element);
        }

        // Name every child of the parent at once: a position needs the count of same-named siblings before and after.
        var parentPath = ElementPath(parent);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in parent.Elements())
        {
            totals[child.Name.LocalName] = totals.GetValueOrDefault(child.Name.LocalName) + 1;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in parent.Elements())
        {
            var name = child.Name.LocalName;
            var position = seen[name] = seen.GetValueOrDefault(name) + 1;
            paths[child] = totals[name] > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{parentPath}/{name}[{position}]")
                : parentPath + "/" + name;
        }

        return paths[element];
    }

    private string Mint(string mintBase)
    {
        var minted = mintBase;
        for (var n = 2; ids.Contains(minted) || identifiers.Contains(StratMLNames.IdentifierFor(minted)); n++)
        {
            minted = string.Create(CultureInfo.InvariantCulture, $"{mintBase}-{n}");
        }

        ids.Add(minted);
        identifiers.Add(StratMLNames.IdentifierFor(minted));
        return minted;
    }
}
