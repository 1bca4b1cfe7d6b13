using System.Globalization;
using System.Text.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>
/// <see cref="Stakeholder"/> → Stakeholder: the kind as StakeholderTypeType; in Part 2 the kept Role elements and a
/// Role for each of the stakeholder's roles they do not already name.
/// </summary>
internal static class StakeholderExporter
{
    public static void Write(IReadOnlyList<Stakeholder> stakeholders, string path, ExportContext context)
    {
        for (var i = 0; i < stakeholders.Count; i++)
        {
            Write(stakeholders[i], string.Create(CultureInfo.InvariantCulture, $"{path}.stakeholders[{i}]"), context);
        }
    }

    private static void Write(Stakeholder stakeholder, string path, ExportContext context)
    {
        var kept = KeptData.Of(stakeholder.Extensions, path, context);
        var xml = context.Xml;
        xml.WriteStartElement("Stakeholder", context.Namespace);
        if (stakeholder.Kind is { } kind)
        {
            xml.WriteAttributeString("StakeholderTypeType", kind switch
            {
                StakeholderKind.Person => "Person",
                StakeholderKind.Organisation => "Organization",
                _ => "Generic_Group",
            });
        }

        context.Element("Name", stakeholder.Name ?? string.Empty);
        kept.Write("Stakeholder", "Description", context);
        if (context.IsPart2)
        {
            var named = kept.Elements("Role").SelectMany(RoleTypes).ToHashSet(StringComparer.Ordinal);
            kept.Write("Stakeholder", "Role", context);
            foreach (var role in stakeholder.Roles.Select(r => r == StakeholderRole.Performer ? "Performer" : "Beneficiary").Where(r => !named.Contains(r)))
            {
                xml.WriteStartElement("Role", context.Namespace);
                context.Element("Name", role);
                context.Element("RoleType", role);
                xml.WriteEndElement();
            }
        }
        else if (stakeholder.Roles.Count > 0)
        {
            context.Note(path + ".roles", "StratML Part 1 has no stakeholder roles; left out.");
        }

        xml.WriteEndElement();
        kept.NoteLeftOut(context);
    }

    private static IEnumerable<string> RoleTypes(JsonElement role) =>
        role.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array
            ? children.EnumerateArray()
                .Where(c => ElementJson.NameOf(c) == "RoleType" && c.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                .Select(c => c.GetProperty("text").GetString()!.Trim())
            : [];
}
