namespace Gongkai.Web.Features.Publications.Import;

/// <summary>The columns of an import sheet. Headers are Chinese, in any order; a few names old sites use are accepted too.</summary>
internal enum ImportColumn
{
    Title,
    DocumentNumber,
    WrittenOn,
    PublishedOn,
    IndexNumber,
    Topic,
    Genre,
    Category,
    Summary,
    Keywords,
    Body,
    IsNormative,
    EffectiveOn,
    ExpiresOn,
    Validity,
    CoIssuers,
    Attachments,
}

internal sealed record ImportColumnSpec(ImportColumn Column, string Header, bool Required, string Hint, string Example, string[] Aliases);

internal static class ImportColumns
{
    public static readonly IReadOnlyList<ImportColumnSpec> All =
    [
        new(ImportColumn.Title, "标题", true, "不超过200个字。", "【示例，导入前请删除本行】关于做好2025年高校毕业生就业创业工作的通知", ["文件标题", "名称", "文件名称"]),
        new(ImportColumn.DocumentNumber, "发文字号", false, "如“鲁人社办发〔2014〕61号”；〔〕、[]、() 均可。", "示例人社发〔2025〕12号", ["文号"]),
        new(ImportColumn.WrittenOn, "成文日期", true, "如 2025-03-10、2025/3/10 或 2025年3月10日；也可以是 Excel 日期。", "2025-03-10", ["发文日期", "印发日期"]),
        new(ImportColumn.PublishedOn, "发布日期", true, "原网站的发布日期，不能晚于今天，也不能早于成文日期。", "2025-03-14", ["公开日期", "发布时间"]),
        new(ImportColumn.IndexNumber, "索引号", false, "原网站的索引号；留空则按本机关规则自动生成。不能与已有索引号重复。", "", []),
        new(ImportColumn.Topic, "主题分类", false, "主题分类名称或代码，如“劳动就业”或“15.01”；留空为“劳动、人事、监察”。", "劳动就业", ["主题"]),
        new(ImportColumn.Genre, "公文种类", false, "如通知、意见、办法；留空为“其他”。", "通知", ["文种"]),
        new(ImportColumn.Category, "目录", false, "本机关公开目录的名称或代码，如“就业创业”或“employment”；留空时规范性文件归入“规范性文件”，其他归入“法规文件”。", "就业创业", ["公开目录", "栏目", "信息分类"]),
        new(ImportColumn.Summary, "摘要", false, "不超过2000个字。", "部署2025年高校毕业生就业创业工作。", ["内容概述"]),
        new(ImportColumn.Keywords, "关键词", false, "不超过256个字。", "就业;高校毕业生", ["主题词"]),
        new(ImportColumn.Body, "正文", false, "HTML 或纯文本；纯文本每行成为一个段落。", "各市人力资源社会保障局：\n现就做好2025年高校毕业生就业创业工作通知如下。", ["内容", "正文内容"]),
        new(ImportColumn.IsNormative, "是否规范性文件", false, "是 或 否；留空为否。", "否", ["规范性文件"]),
        new(ImportColumn.EffectiveOn, "实施日期", false, "仅规范性文件填写。", "", ["施行日期", "生效日期"]),
        new(ImportColumn.ExpiresOn, "废止日期", false, "仅规范性文件填写，不能早于实施日期。", "", ["失效日期", "有效期至"]),
        new(ImportColumn.Validity, "有效性", false, "仅规范性文件填写：有效、失效、废止或已修改；留空按废止日期判断。", "", []),
        new(ImportColumn.CoIssuers, "联合发文", false, "联合发文的其他机关，不超过512个字。", "", ["联合发文单位", "联合发文机关"]),
        new(ImportColumn.Attachments, "附件", false, "附件压缩包中的文件名，多个用“；”或“;”分隔。", "", ["附件名称"]),
    ];

    /// <summary>Columns an old site's export often has and that carry nothing to import.</summary>
    public static readonly IReadOnlyList<string> Ignored = ["序号", "编号", "浏览次数", "点击量"];

    public static ImportColumnSpec Spec(ImportColumn column) => All.First(c => c.Column == column);

    /// <summary>“标题*”, “ 标题（必填） ” and “标题” are the same header.</summary>
    public static string Normalize(string header)
    {
        var text = new string([.. (header ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '*' and not '＊')]);
        var bracket = text.IndexOfAny(['(', '（']);
        return bracket > 0 ? text[..bracket] : text;
    }

    public static ImportColumnSpec? Find(string header)
    {
        var name = Normalize(header);
        return All.FirstOrDefault(c => c.Header == name) ?? All.FirstOrDefault(c => c.Aliases.Contains(name));
    }

    /// <summary>Maps each column of the header row; refuses unknown, duplicate and missing required columns.</summary>
    public static IReadOnlyDictionary<ImportColumn, int> Map(IReadOnlyList<string> headers, List<ImportRefusal> refusals)
    {
        var map = new Dictionary<ImportColumn, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.IsNullOrWhiteSpace(header) || Ignored.Contains(Normalize(header)))
            {
                continue;
            }

            var spec = Find(header);
            if (spec is null)
            {
                refusals.Add(ImportRefusal.ForFile($"无法识别的列“{header.Trim()}”：请改为模板中的列名，或删除该列。"));
            }
            else if (!map.TryAdd(spec.Column, i))
            {
                refusals.Add(ImportRefusal.ForFile($"列“{spec.Header}”出现了不止一次。"));
            }
        }

        foreach (var missing in All.Where(c => c.Required && !map.ContainsKey(c.Column)))
        {
            refusals.Add(ImportRefusal.ForFile($"缺少必填列“{missing.Header}”。"));
        }

        return map;
    }
}
