using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>A font face of a DOCX run: the East Asian font, the size in half-points (32 = 三号), bold or not.</summary>
public readonly record struct DocxFace(string EastAsia, int Size, bool Bold = false);

/// <summary>How a paragraph sits: alignment, a two-character first-line indent, space before (twips).</summary>
public readonly record struct DocxLayout(W.JustificationValues Align, bool Indent = false, string? Before = null);

/// <summary>
/// The pieces every DOCX of the platform is built from (the letters, the annual report): paragraphs on an exact line
/// whose every run, paragraph mark included, carries its East Asian font; bordered tables; default styles; text made
/// safe for XML. Public on purpose, so that another feature writes documents the same way without copying.
/// </summary>
public static class DocxParts
{
    public const string Latin = "Times New Roman";

    private const string ExactLine = "560";

    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n", "\u2028", "\u2029"];

    /// <summary>One paragraph per line of the text; the space before belongs to the block, so only its first line gets it.</summary>
    public static IEnumerable<W.Paragraph> Paragraphs(string text, DocxLayout layout, DocxFace face, string line = ExactLine) =>
        Lines(text).Select((l, i) => Paragraph(l, i == 0 ? layout : layout with { Before = null }, face, line));

    public static W.Paragraph Paragraph(string text, DocxLayout layout, DocxFace face, string line = ExactLine)
    {
        var spacing = new W.SpacingBetweenLines { Line = line, LineRule = W.LineSpacingRuleValues.Exact };
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
        if (text.Length > 0)
        {
            paragraph.Append(Run(text, face));
        }

        return paragraph;
    }

    public static W.Run Run(string text, DocxFace face)
    {
        var run = new W.Run(new W.RunProperties(RunStyle(face)));
        var pieces = text.Split('\t');
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

    public static OpenXmlElement[] RunStyle(DocxFace face)
    {
        var size = face.Size.ToString(CultureInfo.InvariantCulture);
        var fonts = new W.RunFonts { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = face.EastAsia, Hint = W.FontTypeHintValues.EastAsia };
        return face.Bold
            ? [fonts, new W.Bold(), new W.BoldComplexScript(), new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size }]
            : [fonts, new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size }];
    }

    /// <summary>Single black borders all round and inside, for a table of the official forms.</summary>
    public static W.TableBorders Borders() => new(
        Border(new W.TopBorder()),
        Border(new W.LeftBorder()),
        Border(new W.BottomBorder()),
        Border(new W.RightBorder()),
        Border(new W.InsideHorizontalBorder()),
        Border(new W.InsideVerticalBorder()));

    /// <summary>Document defaults: Latin and East Asian fonts, the body size, zh-CN for East Asian text.</summary>
    public static W.Styles Styles(DocxFace body)
    {
        var size = body.Size.ToString(CultureInfo.InvariantCulture);
        return new(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = body.EastAsia },
                    new W.FontSize { Val = size },
                    new W.FontSizeComplexScript { Val = size },
                    new W.Languages { Val = "en-US", EastAsia = "zh-CN" }))),
            new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle())
            {
                Type = W.StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            });
    }

    /// <summary>The text made safe for XML 1.0 and split at every kind of line break.</summary>
    public static string[] Lines(string? text) => XmlSafe(text ?? "").Split(LineBreaks, StringSplitOptions.None);

    private static T Border<T>(T border)
        where T : W.BorderType
    {
        border.Val = W.BorderValues.Single;
        border.Size = 4U;
        border.Space = 0U;
        border.Color = "000000";
        return border;
    }

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
}
