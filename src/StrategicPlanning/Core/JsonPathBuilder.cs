using System.Globalization;
using System.Text;

namespace StrategicPlanning.Core;

/// <summary>
/// A stack of JSON path segments, pushed and popped while walking a document, that becomes a string only when
/// an error needs it. Walking a million leaves therefore builds no path strings at all.
/// </summary>
internal sealed class JsonPathBuilder
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(".'/\"[]()\\");

    private string?[] names = new string?[16];
    private int[] indexes = new int[16];
    private int count;

    /// <summary>Gets the number of segments below <c>$</c>.</summary>
    public int Depth => count;

    /// <summary>Enters a member of the current object.</summary>
    public void Push(string name)
    {
        Grow();
        names[count] = name;
        indexes[count++] = -1;
    }

    /// <summary>Enters an element of the current array.</summary>
    public void Push(int index)
    {
        Grow();
        names[count] = null;
        indexes[count++] = index;
    }

    /// <summary>Leaves the last segment entered.</summary>
    public void Pop() => count--;

    /// <summary>Returns the path, e.g. <c>$.plan.themes[0].outcomes[1]</c>.</summary>
    public override string ToString() => Format(null);

    /// <summary>Returns the path of a member of the current value without entering it; with no member, the current path.</summary>
    public string With(string? member) => Format(member);

    /// <summary>Appends one member segment to a path as System.Text.Json writes them: <c>.name</c>, or <c>['odd.name']</c>.</summary>
    public static void AppendMember(StringBuilder builder, string name)
    {
        if (IsPlain(name))
        {
            builder.Append('.').Append(name);
        }
        else
        {
            builder.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    private string Format(string? extra)
    {
        var builder = new StringBuilder("$", 16 * (count + 1));
        for (var i = 0; i < count; i++)
        {
            if (names[i] is { } name)
            {
                AppendMember(builder, name);
            }
            else
            {
                builder.Append('[').Append(indexes[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (extra is not null)
        {
            AppendMember(builder, extra);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether a member name can follow a dot. The same characters as System.Text.Json's own paths need
    /// brackets, so that paths from the serializer, the validator and the locator agree.
    /// </summary>
    private static bool IsPlain(string name) =>
        name.Length > 0 && name.AsSpan().IndexOfAny(Special) < 0 && !name.Any(char.IsWhiteSpace) && !name.Any(char.IsControl);

    private void Grow()
    {
        if (count == names.Length)
        {
            Array.Resize(ref names, count * 2);
            Array.Resize(ref indexes, count * 2);
        }
    }
}
