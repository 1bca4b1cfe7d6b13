using System.Text.Json;
using StrategicPlanning.Core;

namespace StrategicPlanning.Tests.Core;

public class ValueListTests
{
    [Fact]
    public void Lists_with_equal_items_in_the_same_order_are_equal()
    {
        ValueList<string> a = ["x", "y"];
        var b = ValueList.From(new List<string> { "x", "y" });

        a.Should().Equal(b);
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(ValueList.From(["y", "x"])).Should().BeFalse();
        a.Equals(ValueList.From(["x"])).Should().BeFalse();
    }

    [Fact]
    public void From_copies_so_later_changes_to_the_source_do_not_leak_in()
    {
        var source = new List<int> { 1, 2 };
        var list = ValueList.From(source);

        source.Add(3);

        list.Should().Equal(1, 2);
        ValueList.From(list).Should().BeSameAs(list);
        ValueList.From(Array.Empty<int>()).Should().BeSameAs(ValueList<int>.Empty);
    }
}

public class ExtensionMembersTests
{
    [Fact]
    public void JSN2_members_keep_their_order_and_compare_deeply_whatever_the_order()
    {
        using var one = JsonDocument.Parse("""{"b":{"x":[1,2]},"a":"text"}""");
        using var two = JsonDocument.Parse("""{"a":"text","b":{"x":[1,2]}}""");

        var first = ExtensionMembers.From(one.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
        var second = ExtensionMembers.From(two.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));

        first.Keys.Should().Equal("b", "a");
        first.Equals(second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
        first["a"].GetString().Should().Be("text");
    }

    [Fact]
    public void JSN2_members_outlive_the_document_they_were_read_from()
    {
        ExtensionMembers members;
        using (var document = JsonDocument.Parse("""{"note":"kept"}"""))
        {
            members = ExtensionMembers.From(document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
        }

        members["note"].GetString().Should().Be("kept");
    }

    [Fact]
    public void A_repeated_name_is_refused()
    {
        using var document = JsonDocument.Parse("1");
        var pairs = new[] { KeyValuePair.Create("a", document.RootElement), KeyValuePair.Create("a", document.RootElement) };

        var act = () => ExtensionMembers.From(pairs);

        act.Should().Throw<ArgumentException>().WithMessage("*'a' appears twice*");
    }
}
