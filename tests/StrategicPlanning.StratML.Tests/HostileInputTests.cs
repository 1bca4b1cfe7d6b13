using System.Text;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>Malformed and hostile XML gives an error with line and position, never an exception (issue 9, point 3).</summary>
public class HostileInputTests
{
    [Fact]
    public void Malformed_xml_gives_an_error_with_line_and_position()
    {
        var xml = "<PerformancePlanOrReport Type=\"Strategic_Plan\">\n  <Name>Broken</Nme>\n</PerformancePlanOrReport>";

        var read = StratMLReader.Parse(xml);

        read.Succeeded.Should().BeFalse();
        read.Document.Should().BeNull();
        read.Error!.Line.Should().Be(2);
        read.Error.Position.Should().Be(17);
        read.Error.Message.Should().Contain("'Name' start tag on line 2 position 4 does not match the end tag of 'Nme'");
    }

    [Fact]
    public void Empty_input_gives_an_error_not_an_exception()
    {
        using var empty = new MemoryStream();

        var read = StratMLReader.Read(empty);

        read.Error!.Message.Should().Contain("Root element is missing");
        var getting = () => read.GetDocumentOrThrow();
        getting.Should().Throw<InvalidOperationException>().WithMessage("The StratML document could not be read: *Root element is missing*");
    }

    [Fact]
    public void External_entity_is_never_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP SECRET");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE PerformancePlanOrReport [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <PerformancePlanOrReport Type="Strategic_Plan"><Name>&xxe;</Name></PerformancePlanOrReport>
                """;

            var read = StratMLReader.Parse(xml);

            read.Succeeded.Should().BeFalse();
            read.Error!.Message.Should().StartWith("The document has a DTD (<!DOCTYPE …>). StratML needs none, and DTDs are never processed here");
            read.Error.Message.Should().NotContain("TOP SECRET");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Entity_expansion_bomb_is_refused()
    {
        var xml = """
            <!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> ]>
            <PerformancePlanOrReport><Name>&lol2;</Name></PerformancePlanOrReport>
            """;

        StratMLReader.Parse(xml).Error!.Message.Should().Contain("DTD is prohibited");
    }

    [Fact]
    public void Document_longer_than_the_limit_is_refused_before_it_is_held_in_memory()
    {
        var big = new StringBuilder("<PerformancePlanOrReport Type=\"Strategic_Plan\"><Name>");
        big.Append('x', 200_000).Append("</Name></PerformancePlanOrReport>");

        var read = StratMLReader.Parse(big.ToString(), new StratMLReadOptions { MaxCharacters = 100_000 });

        read.Succeeded.Should().BeFalse();
        read.Error!.Message.Should().Contain("MaxCharactersInDocument");
    }

    [Fact]
    public void More_than_4_Mi_elements_are_refused_while_read_with_line_and_position()
    {
        // 4 Mi tiny elements make gigabytes of tree; the root and 4,194,303 <a/> are read, the next is refused.
        var many = new StringBuilder("<PerformancePlanOrReport Type=\"Strategic_Plan\">\n", 17_000_000);
        many.Insert(many.Length, "<a/>", 4_194_304).Append("\n</PerformancePlanOrReport>");

        var read = StratMLReader.Parse(many.ToString());

        read.Error!.Message.Should().StartWith("The document has more than 4,194,304 elements; a StratML plan has far fewer, and more are not read.");
        (read.Error.Line, read.Error.Position).Should().Be((2, 16_777_214)); // the name of the 4,194,304th <a/>: 4 × 4,194,303 + 2
    }

    [Fact]
    public void Root_that_is_not_stratml_gives_an_error_naming_what_is_allowed()
    {
        var read = StratMLReader.Parse("<?xml version=\"1.0\"?>\n<html><body/></html>");

        read.Error.Should().Be(new StratMLReadError(
            "The root element is html; a StratML document's is StrategicPlan (Part 1) or PerformancePlanOrReport (Part 2).", 2, 2));
    }

    [Fact]
    public void Root_in_an_unknown_namespace_is_read_by_element_names_with_a_note()
    {
        var xml = StratMLText.Part2("<Identifier>g1</Identifier>", ns: "urn:example:stratml-typo");

        var read = StratMLReader.Parse(xml);

        read.GetDocumentOrThrow().Plan.Themes[0].Id.Should().Be("g1");
        read.Notes.Should().Contain(n => n.Message.Contains("'urn:example:stratml-typo' is not StratML's"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Year_start_month_outside_1_to_12_is_refused(int month)
    {
        var reading = () => StratMLReader.Parse(StratMLText.Part2(""), new StratMLReadOptions { YearStartMonth = month });

        reading.Should().Throw<ArgumentOutOfRangeException>();
    }
}
