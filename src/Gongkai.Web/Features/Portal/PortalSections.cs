namespace Gongkai.Web.Features.Portal;

/// <summary>The navigation of every agency's disclosure column; later capabilities fill these sections.</summary>
public static class PortalSections
{
    public static readonly IReadOnlyList<PortalSection> All =
    [
        new("", "首页", null),
        new("guide", "公开指南", "政府信息公开"),
        new("catalog", "公开目录", "政府信息公开"),
        new("annual-reports", "年度报告", "政府信息公开"),
        new("interpretations", "政策解读", null),
        new("applications", "依申请公开", null),
        new("interaction", "互动交流", null),
        new("services", "办事服务", null),
        new("open-data", "数据开放", null),
        new("search", "检索", null),
    ];

    public static PortalSection? Find(string slug) => All.FirstOrDefault(s => s.Slug == slug && s.Slug.Length > 0);
}

public sealed record PortalSection(string Slug, string Title, string? Group);
