using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// JSN-1 and JSN-2: a document that uses every member of the format reads each one into its place in the model;
/// none is taken for an unknown member (which would be kept, and written back, without meaning anything).
/// </summary>
public class EveryMemberTests
{
    /// <summary>The format example with the optional members it leaves out added, so that every member of the schema is used.</summary>
    private static PlanDocument EveryMember() => Samples.FormatExampleWith(d =>
    {
        d["plan"]!["mission"] = "A mission";
        var theme = d["plan"]!["themes"]![0]!.AsObject();
        theme["stakeholders"] = new JsonArray(new JsonObject { ["name"] = "Schools", ["kind"] = "organisation", ["roles"] = new JsonArray("beneficiary") });
        var outcome = theme["outcomes"]![0]!.AsObject();
        outcome["description"] = "Fewer days of poor air";
        outcome["stakeholders"] = new JsonArray(new JsonObject { ["name"] = "Bus operators", ["kind"] = "organisation", ["roles"] = new JsonArray("performer") });
        var measure = d.Measure();
        measure["code"] = "M1";
        measure["description"] = "Share of household waste";
        measure["owner"] = "Head of Waste";
        d.Action()["code"] = "A1";
        d["riskRegister"]!["matrix"]!["scores"] = Samples.ProductGrid();
        d.Risk()["code"] = "R1";
        d.Risk()["reviewEvery"] = "P1M";
        d["reviews"]!["end"] = "2025-03-31";
        d["reviews"]!["dueSoonWithin"] = "P14D";
    });

    [Fact]
    public void JSN1_JSN2_every_member_of_the_format_is_read_as_a_known_member()
    {
        var document = EveryMember();

        Unknown(document, "$").Should().BeEmpty();
        Unknown(Samples.FormatExampleWith(d => d.Measure()["x-new"] = 1), "$").Should().Equal(
            "$.Plan.Themes[0].Outcomes[0].Measures[0].Extensions: x-new"); // the walk does reach down to a measure
    }

    [Fact]
    public void JSN1_the_optional_members_land_in_their_properties()
    {
        var document = EveryMember();
        var theme = document.Plan.Themes[0];
        var outcome = theme.Outcomes[0];
        var measure = outcome.Measures[0];
        var target = measure.Targets[1];

        (document.Plan.Mission, theme.Stakeholders[0].Name, outcome.Description, outcome.Stakeholders[0].Name).Should().Be(("A mission", "Schools", "Fewer days of poor air", "Bus operators"));
        (measure.Code, measure.Description, measure.Owner, target.Reason, target.SetOn).Should().Be(("M1", "Share of household waste", "Head of Waste", "Stretch agreed at Q2 review", new LocalDate(2024, 10, 2)));
        (document.DeliveryPlans[0].Actions[0].Code, document.DeliveryPlans[0].Actions[0].Updates[0].Commentary).Should().Be(("A1", "…"));
        var register = document.RiskRegister!;
        (register.Risks[0].Code, register.Risks[0].ReviewEvery, register.Risks[0].Assessments[0].Commentary, register.Matrix.Scores![4][4], register.Matrix.Bands[2].Rag)
            .Should().Be(("R1", (Period?)Period.FromMonths(1), "…", 25, (Rag?)Rag.Red));
        (document.Plan.Values[0].Description, document.Reviews!.End, document.Reviews.DueSoonWithin).Should().Be(("…", (LocalDate?)new LocalDate(2025, 3, 31), (Period?)Period.FromDays(14)));
    }

    /// <summary>The path of every record in the model that holds unknown members.</summary>
    private static IEnumerable<string> Unknown(object record, string path)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(record);
            var at = path + "." + property.Name;
            switch (value)
            {
                case ExtensionMembers { Count: > 0 } extensions:
                    yield return at + ": " + string.Join(", ", extensions.Keys);
                    break;
                case string or null:
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && item.GetType().Namespace == typeof(Plan).Namespace)
                        {
                            foreach (var found in Unknown(item, $"{at}[{i}]"))
                            {
                                yield return found;
                            }
                        }

                        i++;
                    }

                    break;
                default:
                    if (value.GetType().Namespace == typeof(Plan).Namespace && value.GetType().IsClass)
                    {
                        foreach (var found in Unknown(value, at))
                        {
                            yield return found;
                        }
                    }

                    break;
            }
        }
    }
}
