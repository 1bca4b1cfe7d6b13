using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace StrategicPlanning.StratML;

/// <summary>
/// The writer's own checks, run by the reader on what a record keeps: each kept element the writer would not put back
/// (none of its name in the part read, more of it than the record has room for, content the schema does not allow)
/// is noted at import with its XPath, so that what an import → export → import round loses is what the notes say.
/// </summary>
internal static class KeptCheck
{
    /// <summary>Notes the kept elements of a record (<paramref name="elements"/>, stored as <paramref name="kept"/>) the writer leaves out.</summary>
    public static void Elements(string owner, List<XElement> kept, JsonElement elements, ImportContext context)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var json in elements.EnumerateArray())
        {
            var element = kept[i++];
            var name = ElementJson.NameOf(json) ?? string.Empty;
            if (json.TryGetProperty("namespace", out _) || !KeptPlaces.Has(owner, name))
            {
                continue; // no place for it in any part: noted where it was kept
            }

            var max = KeptPlaces.Max(owner, name, context.Part);
            if (max == 0)
            {
                context.Note(element, string.Create(CultureInfo.InvariantCulture,
                    $"StratML Part {(int)context.Part} has no {name} here; kept in the plan document, but not written back to StratML."));
                continue;
            }

            var count = counts[name] = counts.GetValueOrDefault(name) + 1;
            if (count > max)
            {
                context.Note(element, string.Create(CultureInfo.InvariantCulture,
                    $"StratML has room for {max} {name} here; this one is kept in the plan document, but not written back to StratML."));
                continue;
            }

            Check(json, element, KeptPlaces.KeepChild(owner, name, context.Part), context);
        }
    }

    /// <summary>Notes a kept element the writer would refuse as it stands; true when it would write it.</summary>
    public static bool Check(JsonElement json, XElement element, Func<string, bool> keepChild, ImportContext context)
    {
        var problem = KeptRules.Problem(json, context.Part, keepChild, []);
        if (problem is not null)
        {
            context.Note(element, "Kept in the plan document, but not written back to StratML: ", problem, ".");
            return false;
        }

        if (json.TryGetProperty("children", out var children) && children.EnumerateArray().Any(c => !keepChild(ElementJson.NameOf(c) ?? string.Empty)))
        {
            context.Note(element, string.Create(CultureInfo.InvariantCulture,
                $"StratML Part {(int)context.Part} has no Identifier in a {element.Name.LocalName}; the Identifier is kept in the plan document, but not written back to StratML."));
        }

        return true;
    }
}
