namespace Gongkai.Web.Features.Publications;

/// <summary>The catalog a 人社 agency starts with; the agency edits it afterwards.</summary>
public static class DefaultCatalog
{
    public static readonly IReadOnlyList<(string Slug, string Name)> Categories =
    [
        ("organization", "机构信息"),
        ("laws", "法规文件"),
        ("normative", "规范性文件"),
        ("plans", "规划计划"),
        ("interpretations", "政策解读"),
        ("statistics", "统计信息"),
        ("finance", "财政资金"),
        ("personnel", "人事信息"),
        ("recruitment", "招考录用"),
        ("employment", "就业创业"),
        ("social-insurance", "社会保险"),
        ("talent", "人才人事"),
        ("labour-relations", "劳动关系"),
        ("notices", "公示公告"),
        ("annual-reports", "年度报告"),
    ];

    public static IEnumerable<CatalogCategory> For(Guid agencyId) =>
        Categories.Select((c, i) => new CatalogCategory(Guid.NewGuid(), agencyId, null, c.Name, c.Slug, i));
}
