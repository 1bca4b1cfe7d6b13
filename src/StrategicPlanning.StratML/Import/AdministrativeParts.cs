using System.Xml.Linq;

namespace StrategicPlanning.StratML;

/// <summary>
/// AdministrativeInformation sorted out: the Identifier, StartDate and EndDate the plan maps; PublicationDate and
/// Source kept in the plan's extension; a Submitter (the Part 1 place) read as if it were a child of the root.
/// </summary>
internal sealed class AdministrativeParts
{
    public XElement? Element { get; private init; }

    public XElement? Identifier { get; private set; }

    public XElement? Start { get; private set; }

    public XElement? End { get; private set; }

    public XElement? Publication { get; private set; }

    public static AdministrativeParts Read(XElement? admin, ExtensionBuilder plan, ImportContext context, ref XElement? submitter)
    {
        var parts = new AdministrativeParts { Element = admin };
        if (admin is null)
        {
            return parts;
        }

        XElement? identifier = null, start = null, end = null;
        foreach (var child in admin.Elements())
        {
            switch (StratMLNames.IsStratML(child.Name.Namespace) ? child.Name.LocalName : string.Empty)
            {
                case "Identifier": Elements.First(ref identifier, child, plan, context); break;
                case "StartDate": Elements.First(ref start, child, plan, context); break;
                case "EndDate": Elements.First(ref end, child, plan, context); break;
                case "Submitter":
                    if (context.Part == StratMLPart.Part2)
                    {
                        context.Note(child, "Submitter inside AdministrativeInformation is the Part 1 place; read as the document's Submitter.");
                    }

                    PlanImporter.Submitter(ref submitter, child, plan, context);
                    break;
                case "PublicationDate":
                    parts.Publication ??= child;
                    plan.Keep(child);
                    break;
                default:
                    Elements.Unmapped(child, plan, context, "Source");
                    break;
            }
        }

        // AdministrativeInformation has no attributes in StratML; any it has are kept apart from the root's.
        var attributes = ElementJson.KeptAttributes(admin).ToList();
        if (attributes.Count > 0)
        {
            foreach (var attribute in attributes)
            {
                Elements.Note(attribute, context);
            }

            plan.Member("administrativeInformation", json =>
            {
                json.WriteStartObject("administrativeInformation");
                var own = attributes.Where(a => a.Name.Namespace == XNamespace.None).ToList();
                if (own.Count > 0)
                {
                    json.WriteStartObject("attributes");
                    own.ForEach(a => json.WriteString(a.Name.LocalName, a.Value));
                    json.WriteEndObject();
                }

                var foreign = attributes.Where(a => a.Name.Namespace != XNamespace.None).ToList();
                if (foreign.Count > 0)
                {
                    ElementJson.WriteForeignAttributes(json, foreign);
                }

                json.WriteEndObject();
            });
        }
        parts.Identifier = identifier;
        parts.Start = start;
        parts.End = end;
        return parts;
    }
}
