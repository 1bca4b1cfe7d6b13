using System.Globalization;
using System.Xml.Linq;
using StrategicPlanning.Json;

namespace StrategicPlanning.StratML;

/// <summary>
/// Keeps what an import makes within the limits the plan document's JSON reader applies
/// (<see cref="PlanReadOptions.Default"/>), so that a plan document read from StratML and written as JSON reads back:
/// a text or attribute value longer than <see cref="PlanReadOptions.MaxStringLength"/> (counted as the JSON writer
/// writes it) is cut to the most that fits; an element or attribute whose name or namespace is that long is dropped.
/// Each with a note.
/// </summary>
internal static class LongValues
{
    /// <summary>
    /// Cuts and drops what is too long, and returns the most bytes the plan document's JSON can take: a bound that
    /// counts, for each element, the lines of a kept element indented as deep as it can sit (two JSON levels for each
    /// XML level, and a few more for the records above) and each text as if every character were escaped.
    /// </summary>
    public static long Fit(XElement root, ImportContext context)
    {
        var walk = new Walk(context, PlanReadOptions.Default.MaxStringLength);
        walk.Visit(root, 0);
        walk.Apply();
        return walk.Most;
    }

    private sealed class Walk(ImportContext context, int max)
    {
        // Elements that become records (a measure, a theme, a target…) write more lines than a kept element; the plan
        // document's own members.
        private const int PerRecord = 1024;
        private const int PerResult = 384;
        private const int Document = 16 * 1024;
        private List<XObject>? dropped;
        private List<XObject>? cut;

        public long Most { get; private set; } = Document;

        public void Visit(XElement element, int level)
        {
            // A kept element at XML level L is an object at JSON depth 2L + 3 at most; its members are indented one more.
            var indent = 2 * ((2 * level) + 6);
            if (element.Parent is not null && (TooLong(element.Name.LocalName, max) || TooLong(element.Name.NamespaceName, max)))
            {
                // Noted at the path it had: worked out now, before it goes.
                context.Notes.Add(context.PathOf(element), string.Create(CultureInfo.InvariantCulture,
                    $"The element's name or namespace is longer than the {max:N0} bytes (PlanReadOptions.MaxStringLength) a plan document's text may be; the element was dropped with all it holds."));
                (dropped ??= []).Add(element);
                return;
            }

            // {, name, namespace, attributes { }, text or children [ ], } and a record's own members.
            // {, name, text, } or {, name, children [, ], }; a namespace (written only when not StratML's); a record's members.
            var record = element.Name.LocalName switch
            {
                "Goal" or "Objective" or "PerformanceIndicator" or "Stakeholder" or "Value" or "Organization" => PerRecord,
                "TargetResult" or "ActualResult" => PerResult,
                _ => 0,
            };
            var foreign = !StratMLNames.IsStratML(element.Name.Namespace);
            var lines = (element.HasElements ? 5 : 4) + (foreign ? 1 : 0) + (element.HasAttributes ? 2 : 0);
            Most += record + (lines * (indent + 16L)) + (6L * (element.Name.LocalName.Length + (foreign ? element.Name.NamespaceName.Length : 0)));

            foreach (var attribute in element.Attributes())
            {
                if (TooLong(attribute.Name.LocalName, max) || TooLong(attribute.Name.NamespaceName, max))
                {
                    context.Notes.Add(context.PathOf(element) + "/@" + attribute.Name.LocalName[..Math.Min(32, attribute.Name.LocalName.Length)] + "…", string.Create(CultureInfo.InvariantCulture,
                        $"An attribute's name or namespace is longer than the {max:N0} bytes (PlanReadOptions.MaxStringLength) a plan document's text may be; the attribute was dropped."));
                    (dropped ??= []).Add(attribute);
                    continue;
                }

                Most += indent + 16L + (6L * (attribute.Name.LocalName.Length + attribute.Name.NamespaceName.Length + Math.Min(attribute.Value.Length, max)));
                if (!attribute.IsNamespaceDeclaration && TooLong(attribute.Value, max))
                {
                    Note(context, attribute, attribute.Value, max);
                    (cut ??= []).Add(attribute);
                }
            }

            if (!element.HasElements)
            {
                var text = element.Value;
                Most += 6L * Math.Min(text.Length, max);
                if (TooLong(text, max))
                {
                    Note(context, element, text, max);
                    (cut ??= []).Add(element);
                }

                return;
            }

            foreach (var child in element.Elements())
            {
                Visit(child, level + 1);
            }
        }

        /// <summary>Cuts and drops once the walk is over, so that the walk sees the tree as it was read.</summary>
        public void Apply()
        {
            foreach (var node in cut ?? [])
            {
                if (node is XAttribute attribute)
                {
                    attribute.Value = JsonText.Cut(attribute.Value, max);
                }
                else
                {
                    var element = (XElement)node;
                    element.Value = JsonText.Cut(element.Value, max);
                }
            }

            foreach (var node in dropped ?? [])
            {
                if (node is XAttribute attribute)
                {
                    attribute.Remove();
                }
                else
                {
                    ((XElement)node).Remove();
                }
            }
        }
    }

    private static bool TooLong(string text, int max) => !JsonText.SurelyFits(text, max) && JsonText.Length(text) > max;

    private static void Note(ImportContext context, XObject at, string text, int max) =>
        context.Note(at, string.Create(CultureInfo.InvariantCulture,
            $"The text is {text.Length:N0} characters long, {JsonText.Length(text):N0} bytes as JSON: more than the {max:N0} bytes (PlanReadOptions.MaxStringLength) a plan document's text may be. It was cut to the first {max:N0} bytes' worth (whole characters), so that the plan document reads back."));
}
