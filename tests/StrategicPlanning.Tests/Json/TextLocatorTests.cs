using System.Text;
using StrategicPlanning.Json;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// VAL-4: where a read error is placed. Columns count characters, not bytes ('é' is two bytes and one character);
/// lines and columns start at 1. Every expected place is counted by hand in the comment beside it.
/// </summary>
public class TextLocatorTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("$.plan.themes[2]", "$.plan.themes")]
    [InlineData("$.plan.themes", "$.plan")]
    [InlineData("$.plan", "$")]
    [InlineData("$[0]", "$")]
    [InlineData("$['x']", "$")]
    [InlineData("$.plan['odd.name']", "$.plan")]
    [InlineData("$.plan['a[1]']", "$.plan")]
    [InlineData("$", null)]
    public void VAL4_the_parent_of_a_path_is_the_value_that_holds_it(string path, string? parent) =>
        JsonTextLocator.Parent(path).Should().Be(parent);

    [Theory]
    [InlineData("aé\nb", 0, 3, 1, 3)] // line 1 up to byte 3 is "aé": two characters, so column 3
    [InlineData("a\né", 1, 2, 2, 2)] // line 2 starts after the first '\n'; its two bytes are "é": column 2
    [InlineData("\n\né", 2, 2, 3, 2)] // two empty lines, then "é" on line 3: column 2
    [InlineData("a\nbé\nc", 1, 3, 2, 3)] // line 2 is "bé" (three bytes), with a line after it: column 3
    public void VAL4_a_line_and_byte_position_becomes_a_line_and_character_column(string text, long lineIndex, long bytePosition, int line, int column) =>
        JsonTextLocator.FromLineAndBytePosition(Utf8(text), lineIndex, bytePosition).Should().Be(new JsonLocation(line, column));

    [Fact]
    public void VAL4_a_value_is_placed_by_characters_not_bytes()
    {
        // {"é":1,"b":2} — the 2 is the twelfth character (and the thirteenth byte).
        JsonTextLocator.Locate(Utf8("{\"é\":1,\"b\":2}"), ["$.b"])["$.b"].Should().Be(new JsonLocation(1, 12));
    }

    [Theory]
    [InlineData("{\"a\":{\"b\":tru}}", "$.a.b")] // after a member name the broken thing is its value
    [InlineData("{\"a\":[1,}", "$.a")] // otherwise it is the open container
    [InlineData("x", "$")] // and outside any container, the whole text
    public void VAL4_a_syntax_error_is_placed_at_the_value_being_read(string text, string path) =>
        JsonTextLocator.PathAtSyntaxError(Utf8(text), 64).Should().Be(path);

    [Fact]
    public void VAL4_nesting_deeper_than_the_limit_is_the_syntax_error_however_the_text_goes_on()
    {
        // The third '[' is one level more than 2: that is where reading stops, inside the first array's first item.
        JsonTextLocator.PathAtSyntaxError(Utf8("[[[x"), 2).Should().Be("$[0]");
    }

    [Fact]
    public void VAL4_a_bad_string_or_a_located_value_is_found_below_64_levels_when_the_limit_allows()
    {
        // 70 arrays, each the first item of the one before; the string is the first item of the 70th, at character 71.
        var path = "$" + string.Concat(Enumerable.Repeat("[0]", 70));
        var bad = new List<byte>(Utf8(new string('[', 70) + "\""));
        bad.AddRange([0xC3, 0x28]);
        bad.AddRange(Utf8("\"" + new string(']', 70)));
        var good = Utf8(new string('[', 70) + "\"ok\"" + new string(']', 70));

        JsonTextLocator.FirstInvalidString(bad.ToArray(), 100).Should().Be((path, new JsonLocation(1, 71), false));
        JsonTextLocator.Locate(good, [path], 100)[path].Should().Be(new JsonLocation(1, 71));
    }

    [Fact]
    public void VAL4_a_value_of_the_wrong_kind_is_placed_at_its_start_even_with_a_syntax_error_further_on()
    {
        // Line 2 is "plan":{"id":5,]}} — the 5 is the 14th character; the stray ']' after it is never reached.
        var error = PlanJson.Read("{\"schemaVersion\":\"1.0\",\n\"plan\":{\"id\":5,]}}").Errors.Should().ContainSingle().Subject;

        (error.Path, error.Location, error.Message).Should().Be(("$.plan.id", (JsonLocation?)new JsonLocation(2, 14), "Expected a string, found a number."));
    }

    [Fact]
    public void VAL4_a_byte_that_is_not_UTF8_outside_any_string_is_placed_in_the_object_that_holds_it()
    {
        // {"schemaVersion":"1.0","plan":{"id":"p", then 0xFF: the 41st byte and character.
        var bytes = new List<byte>(Utf8("{\"schemaVersion\":\"1.0\",\"plan\":{\"id\":\"p\","));
        bytes.Add(0xFF);
        bytes.AddRange(Utf8("}}"));

        var error = PlanJson.Read(bytes.ToArray()).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Location, error.Message).Should().Be(("$.plan", (JsonLocation?)new JsonLocation(1, 41), "The text is not valid UTF-8; it cannot be read without changing it."));
    }

    [Fact]
    public void VAL4_the_exception_lists_every_error_and_refuses_a_null_list()
    {
        var errors = new[] { new JsonReadError("$.plan.id", new JsonLocation(2, 14), "A."), new JsonReadError("$.plan.title", null, "B.") };

        new PlanJsonException(errors).Message.Should().Be("The text could not be read as a plan document (2 errors): line 2, column 14, $.plan.id: A.; $.plan.title: B.");
        FluentActions.Invoking(() => new PlanJsonException((IReadOnlyList<JsonReadError>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("errors");
    }
}
