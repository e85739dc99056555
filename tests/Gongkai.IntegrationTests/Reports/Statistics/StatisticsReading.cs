using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.IntegrationTests.Reports.Statistics;

/// <summary>Reads the figures back as a user finds them: the page's tables and marked numbers, and the workbook's sheets.</summary>
internal static class StatisticsReading
{
    public static IDocument Html(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>A table by id: row header → the cells of the row.</summary>
    public static Dictionary<string, string[]> Table(IDocument page, string id)
    {
        var table = page.GetElementById(id) ?? throw new InvalidOperationException($"页面没有表格 {id}");
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        return table.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.QuerySelector("th[scope=row]")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());
    }

    /// <summary>A one-number table as label → number.</summary>
    public static Dictionary<string, int> Counts(IDocument page, string id) =>
        Table(page, id).ToDictionary(r => r.Key, r => int.Parse(r.Value[0], System.Globalization.CultureInfo.InvariantCulture));

    public static string Figure(IDocument page, string id) =>
        (page.GetElementById(id) ?? throw new InvalidOperationException($"页面没有数字 {id}")).TextContent.Trim();

    /// <summary>Every sheet of the workbook: its name → its rows of text.</summary>
    public static Dictionary<string, List<string[]>> Workbook(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Descendants<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())];
        }

        return sheets;
    }

    /// <summary>The 数值 of the row (项目, 分项) of a section sheet.</summary>
    public static string Value(Dictionary<string, List<string[]>> workbook, string sheet, string item, string part) =>
        workbook[sheet].Single(r => r[0] == item && r[1] == part)[2];
}
