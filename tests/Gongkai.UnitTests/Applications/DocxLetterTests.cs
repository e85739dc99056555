using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Web.Features.Applications.Letters;

namespace Gongkai.UnitTests.Applications;

public sealed class DocxLetterTests
{
    private static LetterDocument Letter(IReadOnlyList<LetterParagraph>? body = null) => new(
        Title: "政府信息公开申请答复书",
        Number: "鲁人社依申答〔2026〕3号",
        Addressee: "张三：",
        Body: body ??
        [
            new LetterParagraph("本机关于2026年2月10日收到您提出的政府信息公开申请。"),
            new LetterParagraph("一、答复内容", Heading: true),
            new LetterParagraph("经审查，您申请获取的信息属于公开范围，现予提供。"),
        ],
        Signatory: "山东省人力资源和社会保障厅",
        Date: new DateOnly(2026, 3, 2),
        Table:
        [
            new LetterTableRow("申请人", "张三"),
            new LetterTableRow("申请内容", "2025年度就业补助资金分配情况"),
        ],
        Footnote: "（联系人：李四，电话：0531-12345678）");

    private static T Inspect<T>(byte[] docx, Func<WordprocessingDocument, T> inspect)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return inspect(document);
    }

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    [Fact]
    public void Written_letter_reads_back_with_every_part()
    {
        var text = DocxText.Read(DocxLetter.Write(Letter()));

        Assert.Equal(
            string.Join("\n",
                "政府信息公开申请答复书",
                "鲁人社依申答〔2026〕3号",
                "张三：",
                "本机关于2026年2月10日收到您提出的政府信息公开申请。",
                "一、答复内容",
                "经审查，您申请获取的信息属于公开范围，现予提供。",
                "申请人\t张三",
                "申请内容\t2025年度就业补助资金分配情况",
                "山东省人力资源和社会保障厅",
                "2026年3月2日",
                "（联系人：李四，电话：0531-12345678）"),
            text);
    }

    [Fact]
    public void Written_letter_passes_the_Open_XML_validator()
    {
        var errors = Inspect(DocxLetter.Write(Letter()), document => new OpenXmlValidator().Validate(document).ToList());

        Assert.Empty(errors.Select(error => $"{error.Path?.XPath}: {error.Description}"));
    }

    [Fact]
    public void Every_run_names_an_East_Asian_font()
    {
        var runs = Inspect(DocxLetter.Write(Letter()), document => Body(document).Descendants<Run>().ToList());

        Assert.NotEmpty(runs);
        Assert.All(runs, run => Assert.False(string.IsNullOrEmpty(run.RunProperties?.RunFonts?.EastAsia?.Value)));
    }

    [Fact]
    public void Title_is_bold_in_the_title_face_and_headings_in_heiti()
    {
        var (title, heading) = Inspect(DocxLetter.Write(Letter()), document =>
        {
            var paragraphs = Body(document).Elements<Paragraph>().ToList();
            return (paragraphs[0].Descendants<Run>().Single().RunProperties!, paragraphs[4].Descendants<Run>().Single().RunProperties!);
        });

        Assert.Equal("方正小标宋简体", title.RunFonts!.EastAsia!.Value);
        Assert.Equal("Times New Roman", title.RunFonts.Ascii!.Value);
        Assert.NotNull(title.Bold);
        Assert.Equal("44", title.FontSize!.Val!.Value);
        Assert.Equal("黑体", heading.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", heading.FontSize!.Val!.Value);
    }

    [Fact]
    public void Page_is_A4_with_official_document_margins()
    {
        var (size, margin) = Inspect(DocxLetter.Write(Letter()), document =>
        {
            var section = Body(document).Elements<SectionProperties>().Single();
            return (section.GetFirstChild<PageSize>()!, section.GetFirstChild<PageMargin>()!);
        });

        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(16838U, size.Height!.Value);
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1984, margin.Bottom!.Value);
        Assert.Equal(1587U, margin.Left!.Value);
        Assert.Equal(1474U, margin.Right!.Value);
    }

    [Fact]
    public void Document_defaults_to_fangsong_in_Chinese_and_carries_the_title()
    {
        var (defaults, title) = Inspect(DocxLetter.Write(Letter()), document => (
            document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!,
            document.PackageProperties.Title));

        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        Assert.Equal("政府信息公开申请答复书", title);
    }

    [Fact]
    public void Control_characters_are_dropped_and_a_newline_starts_a_paragraph_of_the_same_kind()
    {
        var docx = DocxLetter.Write(Letter([new LetterParagraph("第一行\u0001\n第二行", Heading: true)]));

        var headings = Inspect(docx, document =>
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            return Body(document).Elements<Paragraph>()
                .Where(paragraph => paragraph.Descendants<RunFonts>().Any(fonts => fonts.EastAsia?.Value == "黑体"))
                .Select(paragraph => paragraph.InnerText)
                .ToList();
        });

        Assert.Equal(["第一行", "第二行"], headings);
    }

    [Fact]
    public void Body_paragraphs_are_indented_two_characters_on_an_exact_28_point_line()
    {
        var paragraph = Inspect(DocxLetter.Write(Letter()), document =>
            Body(document).Elements<Paragraph>().ElementAt(3).ParagraphProperties!);

        Assert.Equal(200, paragraph.Indentation!.FirstLineChars!.Value);
        Assert.Equal("640", paragraph.Indentation.FirstLine!.Value);
        Assert.Equal("560", paragraph.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, paragraph.SpacingBetweenLines.LineRule!.Value);
    }

    [Fact]
    public void Date_prints_in_Arabic_numerals()
    {
        var text = DocxText.Read(DocxLetter.Write(Letter()));

        Assert.EndsWith("2026年3月2日\n（联系人：李四，电话：0531-12345678）", text, StringComparison.Ordinal);
    }
}
