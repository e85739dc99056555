using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Web.Features.Applications.Challenges;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Platform.Search;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Features.Reports.AnnualReports.Output;

/// <summary>
/// The report as DOCX in the national format: the title, the six section headings, the narrative, and tables 二三四
/// with the official form's merged header cells; built from <see cref="DocxParts"/> like the letters, so every run
/// carries its East Asian font.
/// </summary>
internal static class AnnualReportDocx
{
    private static readonly DocxFace TitleFace = new("方正小标宋简体", 44);
    private static readonly DocxFace BodyFace = new("仿宋_GB2312", 32);
    private static readonly DocxFace HeadingFace = new("黑体", 32);
    private static readonly DocxFace CellFace = new("仿宋_GB2312", 21);
    private static readonly DocxFace HeaderCellFace = new("黑体", 21);

    private const string CellLine = "300";
    private const uint PageWidth = 11906;
    private const uint PageHeight = 16838;
    private const uint MarginSide = 1474;
    private const int TextWidth = (int)(PageWidth - (2 * MarginSide));

    public static byte[] Write(AnnualReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DocxParts.Styles(BodyFace);
            styles.Styles.Save();
            main.Document = new W.Document(Body(document));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static W.Body Body(AnnualReportDocument document)
    {
        var report = document.Report;
        var figures = report.Figures;
        var body = new W.Body();
        body.Append(DocxParts.Paragraphs(document.Title, new DocxLayout(W.JustificationValues.Center), TitleFace));
        Section(body, ReportFormat.Section1, report.OverviewHtml, html: true);
        Section(body, ReportFormat.Section2, report.ProactiveIntro, html: false);
        body.Append(ProactiveTable(figures));
        Section(body, ReportFormat.Section3, report.ApplicationsIntro, html: false);
        body.Append(ApplicationsTable(figures));
        Section(body, ReportFormat.Section4, report.ChallengesIntro, html: false);
        body.Append(ChallengesTable(figures));
        Section(body, ReportFormat.Section5, report.ProblemsHtml, html: true);
        Section(body, ReportFormat.Section6, report.OtherHtml, html: true);
        body.Append(new W.SectionProperties(
            new W.PageSize { Width = PageWidth, Height = PageHeight },
            new W.PageMargin { Top = 2098, Right = MarginSide, Bottom = 1984, Left = MarginSide, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    private static void Section(W.Body body, string heading, string text, bool html)
    {
        body.Append(DocxParts.Paragraph(heading, new DocxLayout(W.JustificationValues.Both, Indent: true), HeadingFace));
        var plain = html ? PlainText.FromHtml(text) : text;
        foreach (var line in plain.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            body.Append(DocxParts.Paragraphs(line, new DocxLayout(W.JustificationValues.Both, Indent: true), BodyFace));
        }
    }

    private static W.Table ProactiveTable(ReportFigures figures)
    {
        var widths = new[] { 2845, 2000, 2000, 2000 };
        var table = Table(widths);
        foreach (var item in ReportFormat.ProactiveItems)
        {
            table.Append(new W.TableRow(Cell(item.Name, widths.Sum(), HeaderCellFace, span: 4)));
            var single = item.Columns.Count == 1;
            table.Append(new W.TableRow([Cell("信息内容", widths[0], HeaderCellFace), .. item.Columns.Select(c => Cell(c, single ? 6000 : 2000, HeaderCellFace, span: single ? 3 : 1))]));
            foreach (var row in item.Rows)
            {
                table.Append(new W.TableRow([Cell(row.Name, widths[0], CellFace), .. row.Keys.Select(k => Cell(Number(figures[k]), single ? 6000 : 2000, CellFace, span: single ? 3 : 1))]));
            }
        }

        return table;
    }

    private static W.Table ApplicationsTable(ReportFigures figures)
    {
        const int value = 735;
        var widths = new[] { 800, 1000, TextWidth - 800 - 1000 - (7 * value) }.Concat(Enumerable.Repeat(value, 7)).ToArray();
        var label = widths[0] + widths[1] + widths[2];
        var table = Table(widths);
        var kinds = ReportFormat.ApplicantColumns;
        table.Append(new W.TableRow(
            Cell(ReportFormat.CrossCheckNote, label, HeaderCellFace, span: 3, merge: W.MergedCellValues.Restart),
            Cell("申请人情况", 7 * value, HeaderCellFace, span: 7)));
        table.Append(new W.TableRow(
            Cell("", label, HeaderCellFace, span: 3, merge: W.MergedCellValues.Continue),
            Cell("自然人", value, HeaderCellFace, merge: W.MergedCellValues.Restart),
            Cell(ReportFormat.Organizations, 5 * value, HeaderCellFace, span: 5),
            Cell(ReportFormat.Total, value, HeaderCellFace, merge: W.MergedCellValues.Restart)));
        table.Append(new W.TableRow([
            Cell("", label, HeaderCellFace, span: 3, merge: W.MergedCellValues.Continue),
            Cell("", value, HeaderCellFace, merge: W.MergedCellValues.Continue),
            .. kinds.Skip(1).Select(k => Cell(ReportFormat.ColumnName(k), value, HeaderCellFace)),
            Cell("", value, HeaderCellFace, merge: W.MergedCellValues.Continue)]));

        var firstOutcome = true;
        string? group = null;
        foreach (var row in ReportFormat.ApplicationRows)
        {
            var cells = new List<W.TableCell>();
            var inOutcomes = row.Group.StartsWith("三、", StringComparison.Ordinal);
            if (!inOutcomes)
            {
                cells.Add(Cell(row.Name, label, CellFace, span: 3));
            }
            else
            {
                cells.Add(Cell(firstOutcome ? "三、本年度办理结果" : "", widths[0], CellFace, merge: firstOutcome ? W.MergedCellValues.Restart : W.MergedCellValues.Continue));
                firstOutcome = false;
                var sub = row.Group.Length > "三、本年度办理结果".Length ? row.Group["三、本年度办理结果".Length..] : null;
                if (sub is null)
                {
                    cells.Add(Cell(row.Name, widths[1] + widths[2], CellFace, span: 2));
                    group = null;
                }
                else
                {
                    cells.Add(Cell(sub == group ? "" : sub, widths[1], CellFace, merge: sub == group ? W.MergedCellValues.Continue : W.MergedCellValues.Restart));
                    cells.Add(Cell(row.Name, widths[2], CellFace));
                    group = sub;
                }
            }

            cells.AddRange(kinds.Select(k => Cell(Number(figures.Applications(row.Code, k)), value, CellFace)));
            cells.Add(Cell(Number(figures.ApplicationsTotal(row.Code)), value, CellFace));
            table.Append(new W.TableRow(cells));
        }

        return table;
    }

    private static W.Table ChallengesTable(ReportFigures figures)
    {
        var width = TextWidth / 15;
        var widths = Enumerable.Repeat(width, 15).ToArray();
        var table = Table(widths);
        var results = ReportFormat.ChallengeResults.Select(r => r.ToChinese()).Append(ReportFormat.Total).ToList();
        table.Append(new W.TableRow(Cell("行政复议", 5 * width, HeaderCellFace, span: 5), Cell("行政诉讼", 10 * width, HeaderCellFace, span: 10)));
        table.Append(new W.TableRow([
            .. results.Select(r => Cell(r, width, HeaderCellFace, merge: W.MergedCellValues.Restart)),
            Cell("未经复议直接起诉", 5 * width, HeaderCellFace, span: 5),
            Cell("复议后起诉", 5 * width, HeaderCellFace, span: 5)]));
        table.Append(new W.TableRow([
            .. results.Select(_ => Cell("", width, HeaderCellFace, merge: W.MergedCellValues.Continue)),
            .. results.Concat(results).Select(r => Cell(r, width, HeaderCellFace))]));
        table.Append(new W.TableRow(ReportFormat.ChallengeKinds.SelectMany(kind =>
            ReportFormat.ChallengeResults.Select(r => figures.Challenges(kind, r)).Append(figures.ChallengesTotal(kind)))
            .Select(n => Cell(Number(n), width, CellFace))));
        return table;
    }

    private static W.Table Table(int[] widths) => new(
        new W.TableProperties(
            new W.TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            DocxParts.Borders(),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed }),
        new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

    private static W.TableCell Cell(string text, int width, DocxFace face, int span = 1, W.MergedCellValues? merge = null)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new W.GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new W.VerticalMerge { Val = value });
        }

        properties.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });
        var cell = new W.TableCell(properties);
        cell.Append(DocxParts.Paragraphs(text, new DocxLayout(W.JustificationValues.Center), face, CellLine));
        return cell;
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
