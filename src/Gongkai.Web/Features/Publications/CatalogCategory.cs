namespace Gongkai.Web.Features.Publications;

/// <summary>A node of an agency's 公开目录; documents are published under one category.</summary>
public sealed class CatalogCategory
{
    private CatalogCategory()
    {
    }

    public CatalogCategory(Guid id, Guid agencyId, Guid? parentId, string name, string slug, int sortOrder)
    {
        Id = id;
        AgencyId = agencyId;
        ParentId = parentId;
        Rename(name, slug, sortOrder);
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int SortOrder { get; private set; }

    public void Rename(string name, string slug, int sortOrder)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 32)
        {
            throw new DomainException("目录名称不能为空，且不超过32个字。");
        }

        var cleanSlug = (slug ?? "").Trim().ToLowerInvariant();
        if (!System.Text.RegularExpressions.Regex.IsMatch(cleanSlug, "^[a-z0-9][a-z0-9-]{0,47}$"))
        {
            throw new DomainException("目录代码只能由小写字母、数字和连字符组成（用于网址）。");
        }

        Name = trimmed;
        Slug = cleanSlug;
        SortOrder = sortOrder;
    }

    public void MoveUnder(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new DomainException("目录不能作为自己的上级。");
        }

        ParentId = parentId;
    }
}
