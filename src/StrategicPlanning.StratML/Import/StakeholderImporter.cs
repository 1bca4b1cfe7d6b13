using System.Xml.Linq;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>Stakeholder → <see cref="Stakeholder"/>: the name, StakeholderTypeType as the kind, RoleType as the roles.</summary>
internal static class StakeholderImporter
{
    public static IReadOnlyList<Stakeholder> Import(List<XElement> stakeholders, ImportContext context) =>
        stakeholders.Count == 0 ? [] : stakeholders.ConvertAll(s => Import(s, context));

    private static Stakeholder Import(XElement stakeholder, ImportContext context)
    {
        var extension = new ExtensionBuilder("Stakeholder");
        XElement? name = null;
        var roles = new List<StakeholderRole>();
        foreach (var child in stakeholder.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "Name":
                    Elements.First(ref name, child, extension, context);
                    break;
                case "Role":
                    extension.Keep(child);
                    AddRoles(child, roles, context);
                    break;
                default:
                    Elements.Unmapped(child, extension, context, "Description");
                    break;
            }
        }

        StakeholderKind? kind = null;
        foreach (var attribute in ElementJson.KeptAttributes(stakeholder))
        {
            var read = attribute.Name == "StakeholderTypeType" ? KindOf(attribute.Value.Trim()) : null;
            if (read is not null)
            {
                kind = read;
                continue;
            }

            extension.Attribute(attribute);
            if (attribute.Name == "StakeholderTypeType")
            {
                context.Note(attribute, $"The StakeholderTypeType '{attribute.Value}' is not Person, Organization or Generic_Group; kept in the plan document, but not written back.");
            }
            else
            {
                Elements.Note(attribute, context);
            }
        }

        return new Stakeholder
        {
            Name = Elements.Text(name),
            Kind = kind,
            Roles = roles,
            Extensions = extension.Build(context),
        };
    }

    private static void AddRoles(XElement role, List<StakeholderRole> roles, ImportContext context)
    {
        foreach (var type in role.Elements().Where(e => e.Name.LocalName == "RoleType"))
        {
            StakeholderRole? read = type.Value.Trim() switch
            {
                "Performer" => StakeholderRole.Performer,
                "Beneficiary" => StakeholderRole.Beneficiary,
                _ => null,
            };
            if (read is null)
            {
                context.Note(type, $"The RoleType '{type.Value}' is not Performer or Beneficiary; the role is kept as it is but gives the stakeholder no role.");
            }
            else if (!roles.Contains(read.Value))
            {
                roles.Add(read.Value);
            }
        }
    }

    private static StakeholderKind? KindOf(string value) => value switch
    {
        "Person" => StakeholderKind.Person,
        "Organization" => StakeholderKind.Organisation,
        "Generic_Group" => StakeholderKind.Group,
        _ => null,
    };
}
