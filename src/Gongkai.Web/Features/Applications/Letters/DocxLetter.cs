using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>
/// Writes a <see cref="LetterDocument"/> as DOCX laid out after GB/T 9704 (党政机关公文格式): A4, 方正小标宋简体 二号 title,
/// 仿宋_GB2312 三号 text on an exact 28-point line, 黑体 headings, signatory and date at the right.
/// </summary>
public static class DocxLetter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Latin = "Times New Roman";

    // Sizes are in half-points: 44 = 二号, 32 = 三号, 28 = 四号.
    private static readonly DocxFace TitleFace = new("方正小标宋简体", 44, Bold: true);
    private static readonly DocxFace BodyFace = new("仿宋_GB2312", 32);
    private static readonly DocxFace HeadingFace = new("黑体", 32);
    private static readonly DocxFace FootnoteFace = new("仿宋_GB2312", 28);

    private const string BlankLine = "560";

    private const uint PageWidth = 11906;
    private const uint PageHeight = 16838;
    private const int MarginTop = 2098;
    private const int MarginBottom = 1984;
    private const uint MarginLeft = 1587;
    private const uint MarginRight = 1474;
    private const int TextWidth = (int)(PageWidth - MarginLeft - MarginRight);
    private const int LabelWidth = 2400;

    public static byte[] Write(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = string.Join(" ", DocxParts.Lines(letter.Title));
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = DocxParts.Styles(BodyFace);
            styles.Styles.Save();
            main.Document = new W.Document(Body(letter));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static W.Body Body(LetterDocument letter)
    {
        var centered = new DocxLayout(W.JustificationValues.Center);
        var body = new W.Body();
        body.Append(DocxParts.Paragraphs(letter.Title, centered, TitleFace));
        if (!string.IsNullOrWhiteSpace(letter.Number))
        {
            body.Append(DocxParts.Paragraphs(letter.Number, centered, BodyFace));
        }

        if (!string.IsNullOrWhiteSpace(letter.Addressee))
        {
            body.Append(DocxParts.Paragraphs(letter.Addressee, new DocxLayout(W.JustificationValues.Left, Before: BlankLine), BodyFace));
        }

        foreach (var paragraph in letter.Body)
        {
            body.Append(DocxParts.Paragraphs(paragraph.Text, new DocxLayout(W.JustificationValues.Both, Indent: true), paragraph.Heading ? HeadingFace : BodyFace));
        }

        if (letter.Table is { Count: > 0 } rows)
        {
            body.Append(Table(rows));
        }

        var right = new DocxLayout(W.JustificationValues.Right, Before: BlankLine);
        if (!string.IsNullOrWhiteSpace(letter.Signatory))
        {
            body.Append(DocxParts.Paragraphs(letter.Signatory, right, BodyFace));
            right = right with { Before = null };
        }

        body.Append(DocxParts.Paragraphs(Date(letter.Date), right, BodyFace));
        if (!string.IsNullOrWhiteSpace(letter.Footnote))
        {
            body.Append(DocxParts.Paragraphs(letter.Footnote, new DocxLayout(W.JustificationValues.Both, Indent: true, Before: BlankLine), FootnoteFace));
        }

        body.Append(new W.SectionProperties(
            new W.PageSize { Width = PageWidth, Height = PageHeight },
            new W.PageMargin { Top = MarginTop, Right = MarginRight, Bottom = MarginBottom, Left = MarginLeft, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    private static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static W.Table Table(IReadOnlyList<LetterTableRow> rows)
    {
        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                DocxParts.Borders(),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed }),
            new W.TableGrid(
                new W.GridColumn { Width = LabelWidth.ToString(CultureInfo.InvariantCulture) },
                new W.GridColumn { Width = (TextWidth - LabelWidth).ToString(CultureInfo.InvariantCulture) }));
        foreach (var row in rows)
        {
            table.Append(new W.TableRow(Cell(row.Label, LabelWidth, HeadingFace), Cell(row.Value, TextWidth - LabelWidth, BodyFace)));
        }

        return table;
    }

    private static W.TableCell Cell(string text, int width, DocxFace face)
    {
        var cell = new W.TableCell(new W.TableCellProperties(
            new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center }));
        // Lines never returns an empty list, and a cell must hold at least one paragraph.
        cell.Append(DocxParts.Paragraphs(text, new DocxLayout(W.JustificationValues.Left), face));
        return cell;
    }

}
