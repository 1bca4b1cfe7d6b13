using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// JSN-2 and VAL-4 on the value of an unknown member: kept as written, without white space, and held to the checks a
/// known value is held to (string limit, valid Unicode, each name once in an object).
/// </summary>
public class UnknownValueTests
{
    private const string Repeated = "The member 'k' appears more than once in one object inside this value; each member may appear only once.";

    /// <summary>
    /// A small plan with <c>x-extra</c>, its value exactly the JSON text given: a reader test works on text, since a
    /// parsed tree cannot hold a repeated name.
    /// </summary>
    private static PlanReadResult ReadWith(string value, PlanReadOptions? options = null) =>
        PlanJson.Read(Samples.SmallPlanHead + ",\"x-extra\":" + value + "}}", options);

    [Theory]
    [InlineData("""[{"k":1},{"k":2}]""")] // one name in two objects side by side
    [InlineData("""{"o":{"k":1},"p":{"k":2}}""")] // and in two objects at one depth
    [InlineData("""{"k":[{"k":1}],"o":{"k":2}}""")] // and at three depths
    public void JSN2_one_name_in_different_objects_is_kept(string value) =>
        ReadWith(value).GetDocumentOrThrow().Plan.Extensions["x-extra"].GetRawText().Should().Be(value);

    [Theory]
    [InlineData("""{"k":[1],"k":2}""")] // after an array
    [InlineData("""{"k":{"a":1},"k":2}""")] // after an object
    [InlineData("""[{"o":{},"k":1,"k":2}]""")] // in an object inside an array
    public void VAL4_a_name_repeated_after_a_nested_value_is_still_refused(string value)
    {
        var error = ReadWith(value).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be(("$.plan.x-extra", Repeated));
    }

    [Fact]
    public void VAL4_a_member_name_inside_an_unknown_value_is_held_to_the_string_limit()
    {
        var error = ReadWith("{\"" + new string('n', 300) + "\":1}", new PlanReadOptions { MaxStringLength = 200 }).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be(("$.plan.x-extra", "The text is 300 bytes long; the limit is 200 bytes (PlanReadOptions.MaxStringLength)."));
    }

    [Fact]
    public void JSN2_an_escaped_text_longer_than_sixteen_characters_is_checked_and_kept()
    {
        var kept = ReadWith("\"caf\\u00e9: a note of more than sixteen characters\"").GetDocumentOrThrow().Plan.Extensions["x-extra"];

        kept.GetString().Should().Be("café: a note of more than sixteen characters");
    }
}
