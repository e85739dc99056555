namespace Gongkai.Web.Features.Publications;

/// <summary>公文种类 (《党政机关公文处理工作条例》第八条) plus the forms a disclosure column also carries.</summary>
public static class Genres
{
    public static readonly IReadOnlyList<string> All =
    [
        "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
        "规划", "计划", "方案", "办法", "规定", "细则", "其他",
    ];

    public static bool IsKnown(string genre) => All.Contains(genre);
}
