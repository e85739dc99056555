namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// The template to fill in: the header row and one example row (whose title marks it, so that an example left in the
/// sheet is refused rather than published), the rules of each column, and the values the agency may choose from.
/// </summary>
internal static class ImportTemplate
{
    public const string FileName = "文件批量导入模板.xlsx";

    public static byte[] Build(IReadOnlyList<CatalogCategory> categories)
    {
        var columns = ImportColumns.All;
        var template = new SheetSpec(
            "导入模板",
            [.. columns.Select(c => c.Header)],
            [[.. columns.Select(c => c.Example)]],
            [.. columns.Select(c => c.Column switch
            {
                ImportColumn.Title => 48d,
                ImportColumn.Body or ImportColumn.Summary => 40d,
                ImportColumn.DocumentNumber or ImportColumn.IndexNumber or ImportColumn.Attachments or ImportColumn.CoIssuers => 24d,
                _ => 14d,
            })]);
        var rules = new SheetSpec(
            "填写说明",
            ["列名", "是否必填", "说明"],
            columns.Select(c => (IReadOnlyList<string>)[c.Header, c.Required ? "必填" : "选填", c.Hint])
                .Append(["（全部）", "", "先检查全部行：只要有一行有误，整个文件都不导入，并列出每一行的问题；全部无误后一次导入。"])
                .Append(["（附件）", "", "把附件放进一个 ZIP 压缩包，与表格一起上传；“附件”列填写压缩包中的文件名。"]),
            [16, 10, 90]);
        var values = new SheetSpec(
            "可选值",
            ["类别", "名称", "代码"],
            Topics.All.Select(t => (IReadOnlyList<string>)["主题分类", t.FullName, t.Code])
                .Concat(Genres.All.Select(g => (IReadOnlyList<string>)["公文种类", g, ""]))
                .Concat(categories.Select(c => (IReadOnlyList<string>)["目录", c.Name, c.Slug])),
            [12, 36, 18]);
        return SpreadsheetWriter.Write(template, rules, values);
    }
}
