using System.Text;
using System.Text.Json;
using StrategicPlanning.Core;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// JSN-2: unknown members are kept as their text and compared as JSON. Equality never throws, whatever the values,
/// and reading a large unknown member costs about its own size (the budget measures the bound).
/// </summary>
public class UnknownMemberEqualityTests
{
    private static StrategicPlanning.Model.PlanDocument With(string value) =>
        PlanJson.Parse(Samples.FormatExampleText.TrimEnd()[..^1] + ", \"x-extra\": " + value + "}");

    [Theory]
    [InlineData("1e99999999999", "1e99999999999", true)]
    [InlineData("1e99999999999", "10e99999999998", true)]
    [InlineData("1e99999999999", "1e99999999998", false)]
    [InlineData("-1E-99999999999", "-0.1e-99999999998", true)]
    [InlineData("1.50", "1.5", true)]
    [InlineData("0", "-0.0e7", true)]
    [InlineData("100", "1e2", true)]
    [InlineData("100", "1e3", false)]
    [InlineData("{\"a\": 1, \"b\": [1, 2]}", "{\"b\": [1.0, 2], \"a\": 1}", true)]
    [InlineData("[1, 2]", "[2, 1]", false)]
    [InlineData("\"\\u00e9\"", "\"é\"", true)]
    [InlineData("{\"a\": null}", "{\"a\": false}", false)]
    public void JSN2_documents_with_unknown_members_compare_as_json_and_never_throw(string left, string right, bool equal)
    {
        var a = With(left);
        var b = With(right);

        var compare = () => a.Equals(b);

        compare.Should().NotThrow();
        a.Equals(b).Should().Be(equal);
        b.Equals(a).Should().Be(equal);
        if (equal)
        {
            a.GetHashCode().Should().Be(b.GetHashCode());
        }
    }

    [Fact]
    public void JSN2_a_huge_exponent_is_kept_exactly_and_written_back()
    {
        var document = With("1e99999999999");

        PlanJson.Write(document).Should().Contain("\"x-extra\": 1e99999999999");
        PlanJson.Parse(PlanJson.Write(document)).Should().Be(document);
    }

    [Fact]
    public void JSN2_an_unknown_member_read_with_white_space_is_kept_without_it_and_written_indented()
    {
        var document = With("{ \"rating\" : 4.50 ,\n \"tags\" : [ \"a\" , null ] }");

        document.Extensions["x-extra"].GetRawText().Should().Be("{\"rating\":4.50,\"tags\":[\"a\",null]}");
        PlanJson.Write(document).Should().Contain("\"x-extra\": {\n    \"rating\": 4.50,\n    \"tags\": [\n      \"a\",\n      null\n    ]\n  }");
    }

    [Fact]
    public void JSN2_members_built_in_code_equal_the_same_members_read()
    {
        using var parsed = JsonDocument.Parse("{\"b\": 2.0, \"a\": [1]}");
        var built = ExtensionMembers.From([new("x-extra", parsed.RootElement)]);

        built.Equals(With("{\"a\": [1], \"b\": 2}").Extensions).Should().BeTrue();
    }

    [Fact]
    public void VAL4_an_unknown_member_is_read_under_the_same_limits_as_a_known_one()
    {
        var longText = "\"" + new string('x', 1024 * 1024 + 1) + "\"";
        var duplicate = "{\"a\": 1, \"a\": 2}";
        var lone = "\"\\uD800\"";

        foreach (var value in new[] { longText, duplicate, lone })
        {
            var read = PlanJson.Read(Encoding.UTF8.GetBytes(Samples.FormatExampleText.TrimEnd()[..^1] + ", \"x-extra\": " + value + "}"));

            read.Succeeded.Should().BeFalse(value.Length > 40 ? "a long string" : value);
            read.Errors.Single().Path.Should().StartWith("$.x-extra", value.Length > 40 ? "a long string" : value);
        }
    }
}
