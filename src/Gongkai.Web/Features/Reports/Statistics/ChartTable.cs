namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// A data table with the chart drawn from it (<c>wwwroot/js/statistics.js</c>). The table is the content; the chart is
/// a picture of it, hidden from assistive technology and absent without JavaScript.
/// </summary>
/// <param name="Kind">bar (columns), hbar (horizontal bars, for long labels), line, or pie.</param>
public sealed record ChartTable(string Id, string Caption, string LabelHeader, IReadOnlyList<string> ValueHeaders, IReadOnlyList<ChartRow> Rows, string Kind)
{
    public static ChartTable Counts(string id, string caption, string labelHeader, string valueHeader, IEnumerable<CountRow> rows, string kind) =>
        new(id, caption, labelHeader, [valueHeader], [.. rows.Select(r => new ChartRow(r.Label, [r.Count]))], kind);
}

/// <summary>One row: its label (the row header) and one number per value column.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<int> Values);
