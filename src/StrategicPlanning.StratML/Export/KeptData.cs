using System.Globalization;
using System.Text.Json;
using StrategicPlanning.Core;

namespace StrategicPlanning.StratML;

/// <summary>
/// The <c>stratml</c> extension member of one record, as the reader left it: its identifier, attributes, kept
/// elements and other members. A member of the wrong shape is ignored with a note, never a crash.
/// </summary>
internal sealed class KeptData
{
    private static readonly KeptData None = new(default, string.Empty);
    private readonly JsonElement root;
    private readonly List<(JsonElement Element, string Name, int Index)> elements = [];
    private readonly HashSet<int> written = [];

    private KeptData(JsonElement root, string path)
    {
        this.root = root;
        Path = path;
    }

    /// <summary>Gets the JSON path of the extension member.</summary>
    public string Path { get; }

    public string? Identifier => String("identifier");

    public static KeptData Of(ExtensionMembers extensions, string path, ExportContext context)
    {
        if (!extensions.TryGetValue(StratMLNames.Extension, out var value))
        {
            return None;
        }

        var at = path + "." + StratMLNames.Extension;
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Note(at, "The stratml member is not an object; it was ignored.");
            return None;
        }

        var kept = new KeptData(value, at);
        if (value.TryGetProperty("elements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                kept.elements.Add((element, ElementJson.NameOf(element) ?? string.Empty, index++));
            }
        }

        return kept;
    }

    public string? String(string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public int? Int(string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number) && number >= 0
            ? number
            : null;

    public JsonElement? Member(string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) ? value : null;

    public string? Attribute(string name) =>
        Member("attributes") is { ValueKind: JsonValueKind.Object } attributes && attributes.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The kept elements of one name that have not been written yet.</summary>
    public IEnumerable<JsonElement> Elements(string name) =>
        elements.Where(e => e.Name == name && !written.Contains(e.Index)).Select(e => e.Element);

    /// <summary>Writes the kept elements of one name a record puts back, as many as <see cref="KeptPlaces"/> says.</summary>
    public void Write(string owner, string name, ExportContext context) =>
        Write(name, context, KeptPlaces.Max(owner, name, context.Part), KeptPlaces.KeepChild(owner, name, context.Part));

    /// <summary>Writes the kept elements of one name that have not been written yet, at most <paramref name="max"/>.</summary>
    public void Write(string name, ExportContext context, int max = int.MaxValue, Func<string, bool>? keepChild = null)
    {
        var count = 0;
        foreach (var (element, elementName, index) in elements)
        {
            if (elementName != name || written.Contains(index) || count == max)
            {
                continue;
            }

            written.Add(index);
            count++;
            var problem = context.WriteKept(element, keepChild);
            if (problem is not null)
            {
                context.Note(ElementPath(index), $"Left out: {problem}.");
            }
        }
    }

    /// <summary>Notes every kept element that had no place in the StratML written.</summary>
    public void NoteLeftOut(ExportContext context)
    {
        foreach (var (_, name, index) in elements)
        {
            if (!written.Contains(index))
            {
                context.Note(ElementPath(index), name.Length == 0
                    ? "A kept element without a name; left out."
                    : string.Create(CultureInfo.InvariantCulture, $"The kept element {name} has no place here in StratML Part {(int)context.Part}; left out."));
            }
        }
    }

    private string ElementPath(int index) => string.Create(CultureInfo.InvariantCulture, $"{Path}.elements[{index}]");
}
