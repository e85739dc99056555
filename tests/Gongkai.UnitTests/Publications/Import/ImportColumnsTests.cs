using Gongkai.Web.Features.Publications.Import;

namespace Gongkai.UnitTests.Publications.Import;

public sealed class ImportColumnsTests
{
    [Fact]
    public void Columns_are_found_in_any_order_by_name_marker_or_old_site_alias()
    {
        var refusals = new List<ImportRefusal>();
        var map = ImportColumns.Map(["序号", "发布日期（必填）", "*标题", "文号", " 发文日期 ", ""], refusals);
        Assert.Empty(refusals);
        Assert.Equal(2, map[ImportColumn.Title]);
        Assert.Equal(1, map[ImportColumn.PublishedOn]);
        Assert.Equal(3, map[ImportColumn.DocumentNumber]);
        Assert.Equal(4, map[ImportColumn.WrittenOn]);
        Assert.False(map.ContainsKey(ImportColumn.Body));
    }

    [Fact]
    public void Unknown_duplicate_and_missing_required_columns_are_refused()
    {
        var refusals = new List<ImportRefusal>();
        ImportColumns.Map(["标题", "文件标题", "浏览量"], refusals);
        Assert.Equal(
            ["列“标题”出现了不止一次。", "无法识别的列“浏览量”：请改为模板中的列名，或删除该列。", "缺少必填列“成文日期”。", "缺少必填列“发布日期”。"],
            refusals.Select(r => r.Reason));
        Assert.All(refusals, r => Assert.Equal("—", r.RowLabel));
    }
}
