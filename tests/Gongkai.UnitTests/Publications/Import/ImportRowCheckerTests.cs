using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;

namespace Gongkai.UnitTests.Publications.Import;

public sealed class ImportRowCheckerTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);
    private static readonly Guid AgencyId = Guid.NewGuid();
    private static readonly List<CatalogCategory> Catalog = [.. DefaultCatalog.For(AgencyId)];

    private static readonly string[] Header =
        ["标题", "发文字号", "成文日期", "发布日期", "索引号", "主题分类", "公文种类", "目录", "是否规范性文件", "实施日期", "废止日期", "有效性"];

    private static (CheckedRow? Row, List<string> Reasons) Check(params string[] cells)
    {
        var refusals = new List<ImportRefusal>();
        var columns = ImportColumns.Map(Header, refusals);
        Assert.Empty(refusals);
        var row = new ImportRowChecker(columns, Catalog, Today, archive: null).Check(new SheetRow(7, cells), refusals);
        Assert.All(refusals, r => Assert.Equal(7, r.Row));
        return (row, refusals.Select(r => r.Reason).ToList());
    }

    [Fact]
    public void A_complete_row_passes_with_its_values_folded()
    {
        var (row, reasons) = Check("关于调整最低工资标准的通知", "鲁人社发﹝2025﹞3号", "2025/1/5", "2025年1月8日", " OLD-1 ", "15.01", "命令", "labour-relations", "否", "", "", "");
        Assert.Empty(reasons);
        Assert.NotNull(row);
        Assert.Equal("鲁人社发〔2025〕3号", row.Content.DocumentNumber);
        Assert.Equal(new DateOnly(2025, 1, 8), row.PublishedOn);
        Assert.Equal("OLD-1", row.IndexNumber);
        Assert.Equal("命令（令）", row.Content.Genre);
        Assert.Equal(Catalog.Single(c => c.Slug == "labour-relations").Id, row.Content.CategoryId);
    }

    [Theory]
    [InlineData("劳动就业", "15.01")]
    [InlineData("劳动、人事、监察/社会保障", "15.02")]
    [InlineData("2", "02")]
    [InlineData("其他", "22")]
    [InlineData("", ImportRowChecker.DefaultTopic)]
    public void A_topic_is_found_by_name_full_name_or_code(string topic, string code) =>
        Assert.Equal(code, Check("标题", "", "2025-01-05", "2025-01-08", "", topic, "", "", "", "", "", "").Row!.Content.TopicCode);

    [Fact]
    public void Blank_optional_cells_take_their_defaults()
    {
        var row = Check("标题", "", "2025-01-05", "2025-01-08", "", "", "", "", "是", "", "", "").Row!;
        Assert.Equal("其他", row.Content.Genre);
        Assert.True(row.Content.IsNormative);
        Assert.Equal(Catalog.Single(c => c.Slug == "normative").Id, row.Content.CategoryId);
        Assert.Null(row.IndexNumber);
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_not_only_the_first()
    {
        var (row, reasons) = Check("", "第3号", "", "2025-07-01", "", "不存在的主题", "便条", "不存在", "可能", "", "", "过期");
        Assert.Null(row);
        Assert.Equal(
            [
                "缺少标题。",
                "发文字号“第3号”格式不正确，应如“鲁人社办发〔2014〕61号”。",
                "缺少成文日期。",
                "发布日期2025-07-01晚于今天；导入的是已经发布的文件。",
                "主题分类“不存在的主题”不在国务院主题分类中。",
                $"公文种类“便条”不在可选范围内（{string.Join("、", Genres.All)}）。",
                "是否规范性文件“可能”应为“是”或“否”。",
                "有效性“过期”应为有效、失效、废止或已修改。",
                "目录“不存在”不在本机关的公开目录中。",
            ],
            reasons);
    }

    [Fact]
    public void Validity_fields_belong_to_normative_documents_and_must_agree()
    {
        Assert.Contains("实施日期、废止日期和有效性只适用于规范性文件：请把“是否规范性文件”填为“是”，或清空这几项。",
            Check("标题", "", "2025-01-05", "2025-01-08", "", "", "", "", "否", "2025-02-01", "", "").Reasons);
        Assert.Contains("废止日期早于实施日期。", Check("标题", "", "2025-01-05", "2025-01-08", "", "", "", "", "是", "2025-02-01", "2025-01-01", "").Reasons);
        Assert.Contains("有效性为“有效”，但废止日期2025-06-01已过。", Check("标题", "", "2025-01-05", "2025-01-08", "", "", "", "", "是", "2025-02-01", "2025-06-01", "有效").Reasons);
        Assert.Contains("发布日期早于成文日期。", Check("标题", "", "2025-01-08", "2025-01-05", "", "", "", "", "", "", "", "").Reasons);
    }

    [Fact]
    public void The_templates_example_row_and_attachments_without_a_zip_are_refused()
    {
        Assert.Equal(["这是模板中的示例行，请删除后再导入。"], Check("【示例，导入前请删除本行】关于", "", "2025-01-05", "2025-01-08", "", "", "", "", "", "", "", "").Reasons);

        var refusals = new List<ImportRefusal>();
        var columns = ImportColumns.Map(["标题", "成文日期", "发布日期", "附件"], refusals);
        new ImportRowChecker(columns, Catalog, Today, archive: null).Check(new SheetRow(2, ["标题", "2025-01-05", "2025-01-08", "a.pdf；b.pdf"]), refusals);
        Assert.Equal("列出了附件（a.pdf；b.pdf），但没有上传附件压缩包。", Assert.Single(refusals).Reason);
    }
}
