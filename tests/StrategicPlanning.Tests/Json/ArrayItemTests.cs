using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>VAL-4 and JSN-1 on the items of lists: each problem placed at its own item, and empty lists left out when written.</summary>
public class ArrayItemTests
{
    public static TheoryData<string, string, string> NullThenWrong => new()
    {
        { "$.plan", "themes", "Expected an object, found a number." },
        { "$.deliveryPlans[0].actions[0]", "outcomeIds", "Expected a string, found a number." },
        { "$.riskRegister.matrix", "scores", "Expected an array, found a number." },
    };

    [Theory]
    [MemberData(nameof(NullThenWrong))]
    public void VAL4_after_a_null_item_the_next_item_keeps_its_own_index(string owner, string member, string message)
    {
        var node = Samples.FormatExampleNode();
        node.SelectPath(owner).AsObject()[member] = new JsonArray(null, 5);

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be(($"{owner}.{member}[1]", message));
    }

    [Fact]
    public void JSN1_a_stakeholder_without_roles_is_written_without_the_list()
    {
        var document = Samples.FormatExampleWith(d => d["plan"]!["stakeholders"]![0]!["roles"] = new JsonArray());

        var written = JsonNode.Parse(PlanJson.Write(document))!["plan"]!["stakeholders"]![0]!.AsObject();

        (written.ContainsKey("roles"), written["name"]!.GetValue<string>()).Should().Be((false, "Residents of Derby"));
    }
}
