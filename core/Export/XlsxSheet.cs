using System.Globalization;

namespace ChatAppraisal.Export;

/// <summary>The cell formats of the workbook's stylesheet, by index (see <see cref="XlsxWriter"/>).</summary>
public enum CellStyle : uint
{
    Default = 0,
    Title = 1,
    Subtitle = 2,
    Header = 3,
    Text = 4,
    Center = 5,
    Number = 6,
    Number2 = 7,
    TotalLabel = 8,
    TotalNumber = 9,
    TotalNumber2 = 10,
    Note = 11,
    Warning = 12,
}

/// <summary>One worksheet being laid out: cells by 1-based row and column, merged ranges, widths, heights.</summary>
public sealed class XlsxSheet(string name)
{
    readonly SortedDictionary<int, SortedDictionary<int, (object? Value, CellStyle Style)>> _rows = [];

    public string Name { get; } = name;
    public List<(int Row1, int Col1, int Row2, int Col2)> Merges { get; } = [];
    public SortedDictionary<int, double> Widths { get; } = [];
    public SortedDictionary<int, double> Heights { get; } = [];

    /// <summary>Prints across the page (the ratings sheet is wide); otherwise portrait, as the paper form.</summary>
    public bool Landscape { get; init; }

    /// <summary>Rows above the first data row that stay in view when scrolling.</summary>
    public int FrozenRows { get; set; }

    public IEnumerable<(int Row, IEnumerable<(int Col, object? Value, CellStyle Style)> Cells)> Rows =>
        _rows.Select(r => (r.Key, r.Value.Select(c => (c.Key, c.Value.Value, c.Value.Style))));

    /// <summary>Sets a cell: a string, a decimal (stored as a number) or null (an empty, styled cell).</summary>
    public XlsxSheet Set(int row, int col, object? value, CellStyle style)
    {
        if (value is not (null or string or decimal)) throw new ArgumentException($"Cells hold text or decimals, not {value.GetType().Name}.", nameof(value));
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cells[col] = (value, style);
        return this;
    }

    /// <summary>Merges a range with <paramref name="value"/> in its top-left cell; every cell gets the style so borders run round the whole range.</summary>
    public XlsxSheet Merge(int row1, int col1, int row2, int col2, object? value, CellStyle style)
    {
        for (var r = row1; r <= row2; r++)
            for (var c = col1; c <= col2; c++)
                Set(r, c, r == row1 && c == col1 ? value : null, style);
        if (row1 != row2 || col1 != col2) Merges.Add((row1, col1, row2, col2));
        return this;
    }

    public static string Reference(int row, int col) => ColumnName(col) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int col)
    {
        var name = "";
        for (; col > 0; col = (col - 1) / 26) name = (char)('A' + (col - 1) % 26) + name;
        return name;
    }
}
