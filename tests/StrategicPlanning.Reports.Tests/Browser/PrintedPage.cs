namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>A printed page: its number from 1, its size in points and its words.</summary>
internal sealed record PrintedPage(int Number, double Width, double Height, IReadOnlyList<PrintedWord> Words)
{
    /// <summary>Gets where the lowest word on the page ends, in points from its top (0 for a blank page).</summary>
    public double Bottom => Words.Count == 0 ? 0 : Words.Max(w => w.Bottom);

    /// <summary>Gets the words of the page's first line, left to right, joined by spaces.</summary>
    public string FirstLine
    {
        get
        {
            if (Words.Count == 0)
            {
                return string.Empty;
            }

            // A line's words share their baseline within a point or two; a heading's first line is taller than the text after it.
            var first = Words.OrderBy(w => w.Top).First();
            return string.Join(' ', Words.Where(w => w.Top < first.Bottom - 2 && w.Bottom > first.Top + 2).OrderBy(w => w.Left).Select(w => w.Text));
        }
    }

    /// <summary>The share of the printable height, between the page's top and bottom margins, that its words reach down to.</summary>
    public double Fill(double topMargin, double bottomMargin) =>
        Words.Count == 0 ? 0 : Math.Clamp((Bottom - topMargin) / (Height - topMargin - bottomMargin), 0, 1);
}
