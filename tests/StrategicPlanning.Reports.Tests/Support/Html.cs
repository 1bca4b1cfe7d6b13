using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StrategicPlanning.Reports.Tests.Support;

/// <summary>Parses a report as a browser would.</summary>
internal static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>An element's text, a space between separate pieces and runs of white space collapsed, as a reader hears it.</summary>
    public static string Words(this IElement element) =>
        string.Join(' ', element.Descendants<IText>().SelectMany(t => t.Data.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
}
