using System.Globalization;
using System.Text;
using System.Xml;
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
    private static readonly Face TitleFace = new("方正小标宋简体", 44, Bold: true);
    private static readonly Face BodyFace = new("仿宋_GB2312", 32);
    private static readonly Face HeadingFace = new("黑体", 32);
    private static readonly Face FootnoteFace = new("仿宋_GB2312", 28);

    private const string ExactLine = "560";
    private const string BlankLine = "560";

    private const uint PageWidth = 11906;
    private const uint PageHeight = 16838;
    private const int MarginTop = 2098;
    private const int MarginBottom = 1984;
    private const uint MarginLeft = 1587;
    private const uint MarginRight = 1474;
    private const int TextWidth = (int)(PageWidth - MarginLeft - MarginRight);
    private const int LabelWidth = 2400;

    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n", "\u2028", "\u2029"];

    public static byte[] Write(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = string.Join(" ", Lines(letter.Title));
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            styles.Styles.Save();
            main.Document = new W.Document(Body(letter));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static W.Body Body(LetterDocument letter)
    {
        var centered = new Layout(W.JustificationValues.Center);
        var body = new W.Body();
        body.Append(Paragraphs(letter.Title, centered, TitleFace));
        if (!string.IsNullOrWhiteSpace(letter.Number))
        {
            body.Append(Paragraphs(letter.Number, centered, BodyFace));
        }

        if (!string.IsNullOrWhiteSpace(letter.Addressee))
        {
            body.Append(Paragraphs(letter.Addressee, new Layout(W.JustificationValues.Left, Before: BlankLine), BodyFace));
        }

        foreach (var paragraph in letter.Body)
        {
            body.Append(Paragraphs(paragraph.Text, new Layout(W.JustificationValues.Both, Indent: true), paragraph.Heading ? HeadingFace : BodyFace));
        }

        if (letter.Table is { Count: > 0 } rows)
        {
            body.Append(Table(rows));
        }

        var right = new Layout(W.JustificationValues.Right, Before: BlankLine);
        if (!string.IsNullOrWhiteSpace(letter.Signatory))
        {
            body.Append(Paragraphs(letter.Signatory, right, BodyFace));
            right = right with { Before = null };
        }

        body.Append(Paragraphs(Date(letter.Date), right, BodyFace));
        if (!string.IsNullOrWhiteSpace(letter.Footnote))
        {
            body.Append(Paragraphs(letter.Footnote, new Layout(W.JustificationValues.Both, Indent: true, Before: BlankLine), FootnoteFace));
        }

        body.Append(new W.SectionProperties(
            new W.PageSize { Width = PageWidth, Height = PageHeight },
            new W.PageMargin { Top = MarginTop, Right = MarginRight, Bottom = MarginBottom, Left = MarginLeft, Header = 851U, Footer = 992U, Gutter = 0U }));
        return body;
    }

    private static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>One paragraph per line of the text; the space before belongs to the block, so only its first line gets it.</summary>
    private static IEnumerable<W.Paragraph> Paragraphs(string text, Layout layout, Face face) =>
        Lines(text).Select((line, i) => Paragraph(line, i == 0 ? layout : layout with { Before = null }, face));

    private static W.Paragraph Paragraph(string line, Layout layout, Face face)
    {
        var spacing = new W.SpacingBetweenLines { Line = ExactLine, LineRule = W.LineSpacingRuleValues.Exact };
        if (layout.Before is not null)
        {
            spacing.Before = layout.Before;
        }

        var properties = new W.ParagraphProperties(spacing);
        if (layout.Indent)
        {
            // Two characters of the paragraph's own size: a character is size/2 points, i.e. size × 10 twips.
            properties.Append(new W.Indentation { FirstLineChars = 200, FirstLine = (face.Size * 20).ToString(CultureInfo.InvariantCulture) });
        }

        properties.Append(new W.Justification { Val = layout.Align });
        // The paragraph mark carries the fonts too, so that an empty line is as tall as a written one.
        properties.Append(new W.ParagraphMarkRunProperties(RunStyle(face)));
        var paragraph = new W.Paragraph(properties);
        if (line.Length > 0)
        {
            paragraph.Append(Run(line, face));
        }

        return paragraph;
    }

    private static W.Run Run(string line, Face face)
    {
        var run = new W.Run(new W.RunProperties(RunStyle(face)));
        var pieces = line.Split('\t');
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new W.TabChar());
            }

            if (pieces[i].Length > 0)
            {
                run.Append(new W.Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    private static OpenXmlElement[] RunStyle(Face face)
    {
        var size = face.Size.ToString(CultureInfo.InvariantCulture);
        var fonts = new W.RunFonts { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = face.EastAsia, Hint = W.FontTypeHintValues.EastAsia };
        return face.Bold
            ? [fonts, new W.Bold(), new W.BoldComplexScript(), new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size }]
            : [fonts, new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size }];
    }

    private static W.Table Table(IReadOnlyList<LetterTableRow> rows)
    {
        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.TableBorders(
                    Border(new W.TopBorder()),
                    Border(new W.LeftBorder()),
                    Border(new W.BottomBorder()),
                    Border(new W.RightBorder()),
                    Border(new W.InsideHorizontalBorder()),
                    Border(new W.InsideVerticalBorder())),
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

    private static T Border<T>(T border)
        where T : W.BorderType
    {
        border.Val = W.BorderValues.Single;
        border.Size = 4U;
        border.Space = 0U;
        border.Color = "000000";
        return border;
    }

    private static W.TableCell Cell(string text, int width, Face face)
    {
        var cell = new W.TableCell(new W.TableCellProperties(
            new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center }));
        // Lines never returns an empty list, and a cell must hold at least one paragraph.
        cell.Append(Paragraphs(text, new Layout(W.JustificationValues.Left), face));
        return cell;
    }

    private static W.Styles Styles() =>
        new(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = BodyFace.EastAsia },
                    new W.FontSize { Val = "32" },
                    new W.FontSizeComplexScript { Val = "32" },
                    new W.Languages { Val = "en-US", EastAsia = "zh-CN" }))),
            new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle())
            {
                Type = W.StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            });

    /// <summary>The text made safe for XML 1.0 and split at every kind of line break.</summary>
    private static string[] Lines(string? text) => XmlSafe(text ?? "").Split(LineBreaks, StringSplitOptions.None);

    /// <summary>
    /// Drops what XML 1.0 cannot carry (C0 controls, lone surrogates, U+FFFE/U+FFFF) and the C1 controls,
    /// keeping tabs and line breaks, which become tab characters and paragraphs.
    /// </summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (XmlConvert.IsXmlChar(c) && !char.IsControl(c)))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private readonly record struct Face(string EastAsia, int Size, bool Bold = false);

    private readonly record struct Layout(W.JustificationValues Align, bool Indent = false, string? Before = null);
}
