using System.Xml;
using System.Xml.Linq;

namespace StrategicPlanning.StratML;

/// <summary>The namespaces and names of StratML, and the checks on identifiers both directions share.</summary>
internal static class StratMLNames
{
    public const string IsoPart1 = "urn:ISO:std:iso:17469:tech:xsd:stratml_core";
    public const string IsoPart2 = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";
    public const string LegacyPart1 = "http://www.stratml.net";
    public const string LegacyPart2 = "http://www.stratml.net/PerformancePlanOrReport";
    public const string Part1Root = "StrategicPlan";
    public const string Part2Root = "PerformancePlanOrReport";

    /// <summary>The key of the extension member that keeps what StratML has and the plan document does not.</summary>
    public const string Extension = "stratml";

    public static bool IsStratML(XNamespace ns) =>
        ns == XNamespace.None || ns.NamespaceName is IsoPart1 or IsoPart2 or LegacyPart1 or LegacyPart2;

    public static bool IsLegacy(XNamespace ns) => ns.NamespaceName is LegacyPart1 or LegacyPart2;

    /// <summary>Whether a text is an XML name without a colon, as xsd:ID requires.</summary>
    public static bool IsNCName(string text)
    {
        if (text.Length == 0 || !XmlConvert.IsStartNCNameChar(text[0]))
        {
            return false;
        }

        foreach (var c in text.AsSpan(1))
        {
            if (!XmlConvert.IsNCNameChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a text is a plan document id (VAL-2); the rule's one home is the validator.</summary>
    public static bool IsPlanId(string text) => Validation.PlanValidator.IsValidId(text);

    /// <summary>
    /// The Identifier written for a plan document id: the id itself when it is an XML name, else the id after an
    /// underscore (ids may start with a digit; xsd:ID may not). The reader strips that underscore again.
    /// </summary>
    public static string IdentifierFor(string id) => IsNCName(id) ? id : "_" + id;
}
