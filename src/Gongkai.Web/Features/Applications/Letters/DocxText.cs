using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>The plain text of a DOCX main document: paragraphs joined by "\n", table cells by "\t" within a row.</summary>
public static class DocxText
{
    public static string Read(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        return body is null ? "" : string.Join("\n", Blocks(body));
    }

    private static IEnumerable<string> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    yield return Text(paragraph);
                    break;
                case W.Table table:
                    foreach (var row in table.Elements<W.TableRow>())
                    {
                        yield return string.Join("\t", row.Elements<W.TableCell>().Select(cell => string.Join("\n", Blocks(cell))));
                    }

                    break;
                default:
                    // Content controls and the like wrap paragraphs; a section's properties hold none.
                    foreach (var text in Blocks(child))
                    {
                        yield return text;
                    }

                    break;
            }
        }
    }

    private static string Text(W.Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(element => element switch
        {
            W.Text text => text.Text,
            W.TabChar => "\t",
            W.Break or W.CarriageReturn => "\n",
            _ => "",
        }));
}
