using System.Globalization;
using System.Net;
using System.Text;

namespace StrategicPlanning.Reports;

/// <summary>
/// Builds the HTML of a report. Every piece of document text goes through <see cref="Text"/> or an attribute
/// helper, which encode it: a plan's titles and commentary can never break the page or inject markup.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder html = new(64 * 1024);

    /// <summary>
    /// Encodes text for element content or a double-quoted attribute. Control characters other than tab, line feed
    /// and carriage return are not allowed in HTML: each becomes U+FFFD, so the page stays valid and the gap shows.
    /// Line and paragraph separators (U+2028, U+2029) become spaces, and direction controls are balanced
    /// (<see cref="BidiText.Balance"/>), so no text can reorder what the page shows after it.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || text.Contains('\u007f', StringComparison.Ordinal))
        {
            text = string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    span[i] = (c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007f' ? '\uFFFD' : c;
                }
            });
        }

        if (text.AsSpan().IndexOfAny('\u2028', '\u2029') >= 0)
        {
            text = text.Replace('\u2028', ' ').Replace('\u2029', ' ');
        }

        return WebUtility.HtmlEncode(BidiText.Balance(text));
    }

    /// <summary>Appends trusted markup written by this library (never document text).</summary>
    public HtmlWriter Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    /// <summary>Appends trusted markup with its holes formatted invariantly; holes must be numbers or already encoded.</summary>
    public HtmlWriter Markup(FormattableString markup)
    {
        html.Append(markup.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends encoded text.</summary>
    public HtmlWriter Text(string? text)
    {
        html.Append(Encode(text));
        return this;
    }

    /// <summary>Appends an element whose content is encoded text.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>').Append(Encode(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends a table caption and header row: every column gets a <c>th scope="col"</c>.</summary>
    public HtmlWriter TableStart(string caption, params string[] columns)
    {
        html.Append("<table><caption>").Append(Encode(caption)).Append("</caption><thead><tr>");
        foreach (var column in columns)
        {
            var numeric = column.StartsWith('#');
            html.Append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(Encode(numeric ? column[1..] : column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        return this;
    }

    /// <summary>Closes a table opened by <see cref="TableStart"/>.</summary>
    public HtmlWriter TableEnd() => Raw("</tbody></table>");

    /// <summary>Appends a row header cell (<c>th scope="row"</c>) of encoded text.</summary>
    public HtmlWriter RowHeader(string? text) => Raw("<th scope=\"row\">").Text(text).Raw("</th>");

    /// <summary>Appends a data cell of encoded text.</summary>
    public HtmlWriter Cell(string? text) => Raw("<td>").Text(text).Raw("</td>");

    /// <summary>Appends a right-aligned data cell of encoded text, for numbers.</summary>
    public HtmlWriter NumberCell(string? text) => Raw("<td class=\"num\">").Text(text).Raw("</td>");

    /// <summary>Appends a data cell of encoded text that never wraps, for periods and dates.</summary>
    public HtmlWriter NoWrapCell(string? text) => Raw("<td class=\"nw\">").Text(text).Raw("</td>");

    /// <summary>Appends a data cell of trusted markup.</summary>
    public HtmlWriter MarkupCell(string markup) => Raw("<td>").Raw(markup).Raw("</td>");

    /// <inheritdoc />
    public override string ToString() => html.ToString();
}
