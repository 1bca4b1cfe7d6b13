using System.Globalization;
using nietras.SeparatedValues;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// One open data table being written with Sep: the header row first (also when no row follows), then rows of cells
/// already made text by <see cref="CsvCell"/>; RFC 4180 quoting (a cell holding a comma, a quote or a line break is
/// quoted, quotes doubled) and CRLF line ends, whatever the platform.
/// </summary>
internal sealed class CsvTableWriter : IDisposable
{
    private readonly SepWriter writer;
    private readonly IReadOnlyList<string> columns;

    public CsvTableWriter(TextWriter output, IReadOnlyList<string> columns)
    {
        this.columns = columns;
        writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture })
            .To(new CrLfWriter(output), leaveOpen: false);
        writer.Header.Add(columns);
        writer.Header.Write();
    }

    /// <summary>Gets the number of rows written below the header.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes one row: exactly one cell per column, in the columns' order.</summary>
    public void Write(params ReadOnlySpan<string> cells)
    {
        if (cells.Length != columns.Count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A row of {cells.Length} cells for {columns.Count} columns."));
        }

        using (var row = writer.NewRow())
        {
            for (var i = 0; i < cells.Length; i++)
            {
                row[i].Set(cells[i]);
            }
        }

        Rows++;
    }

    public void Dispose() => writer.Dispose();

    /// <summary>Passes text through to the caller's writer, ending lines with CRLF (RFC 4180) on every platform; never closes it.</summary>
    private sealed class CrLfWriter : TextWriter
    {
        private readonly TextWriter inner;

        public CrLfWriter(TextWriter inner)
            : base(CultureInfo.InvariantCulture)
        {
            this.inner = inner;
            NewLine = "\r\n";
        }

        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

        public override void Write(string? value) => inner.Write(value);

        public override void Flush() => inner.Flush();
    }
}
