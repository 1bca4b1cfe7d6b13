using System.Xml.Linq;

namespace StrategicPlanning.StratML;

/// <summary>Small readings every importer shares: text, the first of a kind, and what to do with the rest.</summary>
internal static class Elements
{
    /// <summary>The text of an element; null when it is absent, empty or only white space (both read the same).</summary>
    public static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value;

    /// <summary>Takes the first element of a kind into <paramref name="slot"/>; a repeat is kept with a note.</summary>
    public static void First(ref XElement? slot, XElement child, ExtensionBuilder extension, ImportContext context)
    {
        if (slot is null)
        {
            slot = child;
            return;
        }

        extension.Keep(child);
        context.Note(child, $"A second {child.Name.LocalName}; the first was read and this one kept in the plan document, but not written back to StratML.");
    }

    /// <summary>
    /// Keeps an element this importer does not map. A StratML element it knows (OtherInformation, Relationship…)
    /// is kept quietly; anything else is kept with a note.
    /// </summary>
    public static void Unmapped(XElement child, ExtensionBuilder extension, ImportContext context, params string[] known)
    {
        extension.Keep(child);
        if (!StratMLNames.IsStratML(child.Name.Namespace))
        {
            context.Note(child, $"An element of the namespace '{child.Name.NamespaceName}'; kept in the plan document, but not written back to StratML.");
        }
        else if (Array.IndexOf(known, child.Name.LocalName) < 0)
        {
            context.Note(child, $"{child.Name.LocalName} is not a StratML element of {child.Parent?.Name.LocalName}; kept in the plan document, but not written back to StratML.");
        }
    }

    /// <summary>Keeps the attributes of an element that are not namespace declarations; those not in <paramref name="known"/> with a note.</summary>
    public static void Attributes(XElement element, ExtensionBuilder extension, ImportContext context, params string[] known)
    {
        foreach (var attribute in ElementJson.KeptAttributes(element))
        {
            extension.Attribute(attribute);
            Note(attribute, context, known);
        }
    }

    /// <summary>Notes an attribute the writer will not write back: one of another namespace, or one StratML does not define here.</summary>
    public static void Note(XAttribute attribute, ImportContext context, params string[] known)
    {
        if (attribute.Name.Namespace != XNamespace.None)
        {
            context.Note(attribute, $"An attribute of the namespace '{attribute.Name.NamespaceName}'; kept in the plan document, but not written back to StratML.");
        }
        else if (Array.IndexOf(known, attribute.Name.LocalName) < 0)
        {
            context.Note(attribute, $"{attribute.Name.LocalName} is not a StratML attribute of {attribute.Parent?.Name.LocalName}; kept in the plan document, but not written back to StratML.");
        }
    }
}
