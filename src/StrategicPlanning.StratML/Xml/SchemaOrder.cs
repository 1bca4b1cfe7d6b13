using System.Collections.Frozen;

namespace StrategicPlanning.StratML;

/// <summary>
/// The order the 2016 Part 2 schema (and Part 1 where it has the element) gives the children of the elements the
/// reader keeps as they are. Real documents often have them in another order; kept elements are stored in this
/// order, so that what is written back validates and a second import stores the same.
/// </summary>
internal static class SchemaOrder
{
    private static readonly FrozenDictionary<string, string[]> Orders = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["TargetResult"] = ["StartDate", "EndDate", "NumberOfUnits", "Descriptor", "Description"],
        ["ActualResult"] = ["StartDate", "EndDate", "NumberOfUnits", "Descriptor", "Description"],
        ["Descriptor"] = ["DescriptorName", "DescriptorValue"],
        ["Relationship"] = ["Identifier", "ReferentIdentifier", "Name", "Description"],
        ["Role"] = ["Name", "Description", "RoleType"],
        ["Submitter"] = ["Identifier", "GivenName", "Surname", "PhoneNumber", "EmailAddress"],
        ["Organization"] = ["Name", "Acronym", "Identifier", "Description", "Stakeholder"],
        ["Stakeholder"] = ["Name", "Description", "Role"],
        ["Goal"] = ["Name", "Description", "Identifier", "SequenceIndicator", "Stakeholder", "OtherInformation", "Objective"],
        ["Objective"] = ["Name", "Description", "Identifier", "SequenceIndicator", "Stakeholder", "OtherInformation", "PerformanceIndicator"],
        ["PerformanceIndicator"] = ["SequenceIndicator", "MeasurementDimension", "UnitOfMeasurement", "Identifier", "Relationship", "MeasurementInstance", "OtherInformation"],
        ["Value"] = ["Name", "Description"],

        // The plan keeps elements of the root, of StrategicPlanCore and of AdministrativeInformation.
        ["PerformancePlanOrReport"] =
        [
            "Name", "Description", "OtherInformation", "StrategicPlanCore", "Organization", "Vision", "Mission", "Value", "Goal",
            "AdministrativeInformation", "Identifier", "StartDate", "EndDate", "PublicationDate", "Source", "Submitter",
        ],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The children in schema order (a stable sort: unknown names last, in their own order).</summary>
    /// <remarks>
    /// Children already in order (as most are) are given back as they are, without sorting: <paramref name="children"/>
    /// is then enumerated twice, so it must be a collection or a query that can be.
    /// </remarks>
    public static IEnumerable<T> Sort<T>(string parent, IEnumerable<T> children, Func<T, string> nameOf)
    {
        if (!Orders.TryGetValue(parent, out var order))
        {
            return children;
        }

        var last = 0;
        foreach (var child in children)
        {
            var index = IndexOf(order, nameOf(child));
            if (index < last)
            {
                return children.OrderBy(c => IndexOf(order, nameOf(c)));
            }

            last = index;
        }

        return children;
    }

    private static int IndexOf(string[] order, string name)
    {
        var index = Array.IndexOf(order, name);
        return index < 0 ? order.Length : index;
    }
}
