using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// A CSV file read with Sep, a row at a time: UTF-8 with or without a byte-order mark, the separator found from the
/// first line (comma, semicolon, tab or bar, as Excel writes it in other locales), RFC 4180 quoting, rows of any
/// length. Every field is text. Rows and cells are capped (<see cref="ReturnLimits"/>).
/// </summary>
internal sealed class CsvGrid(string name, ReadOnlyMemory<byte> content) : Grid
{
    public override string Name => name;

    public override string Place(int row, int column, string? header) => header is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {row}, column {column}")
        : string.Create(CultureInfo.InvariantCulture, $"line {row}, column {column} ({header})");

    public override string RowPlace(int row) => string.Create(CultureInfo.InvariantCulture, $"line {row}");

    public override IEnumerable<GridRow> Rows()
    {
        var text = Decode();
        if (text.Length == 0)
        {
            yield break;
        }

        using var reader = Open(text);
        var rows = 0;
        var cells = 0;
        foreach (var row in reader)
        {
            if (++rows > ReturnLimits.MaxRows)
            {
                throw new ReturnReadException($"the file has more than {ReturnLimits.Count(ReturnLimits.MaxRows)} rows; a return is far smaller, so it is not read.");
            }

            var found = new Dictionary<int, GridCell>();
            for (var i = 0; i < row.ColCount; i++)
            {
                var field = row[i].ToString();
                if (field.Length > ReturnLimits.MaxCellCharacters)
                {
                    throw new ReturnReadException(string.Create(CultureInfo.InvariantCulture, $"line {row.LineNumberFrom} has a field of more than {ReturnLimits.Count(ReturnLimits.MaxCellCharacters)} characters, more than Excel allows."));
                }

                if (!string.IsNullOrWhiteSpace(field))
                {
                    found[i + 1] = new GridCell(CellKind.Text, field, false);
                    if (++cells > ReturnLimits.MaxCells)
                    {
                        throw new ReturnReadException($"the file has more than {ReturnLimits.Count(ReturnLimits.MaxCells)} fields; a return is far smaller, so it is not read.");
                    }
                }
            }

            if (found.Count > 0)
            {
                yield return new GridRow(row.LineNumberFrom, found);
            }
        }
    }

    private static SepReader Open(string text)
    {
        try
        {
            return Sep.Reader(options => options with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new ReturnReadException("cannot be read as CSV: " + ex.Message);
        }
    }

    private string Decode()
    {
        try
        {
            // Strict UTF-8: a file in another encoding is refused rather than read as mojibake.
            var bytes = content.Span;
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ReturnReadException("is not UTF-8 text; save the CSV file as 'CSV UTF-8 (comma delimited)'.");
        }
    }
}
