using System.Globalization;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>What adding and changing a catalog category both check: the parent, the slug, the sort order.</summary>
internal static class CatalogEditor
{
    public const int MaxSortOrder = 9999;

    public static async Task<Guid?> ParentAsync(GongkaiDbContext db, Guid agencyId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Guid.TryParse(text, out var id) && await db.Set<CatalogCategory>().AnyAsync(c => c.Id == id && c.AgencyId == agencyId, cancellationToken)
            ? id
            : throw new DomainException("请选择本机关目录中的上级目录。");
    }

    public static int SortOrder(string? text, int fallback)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var order) && order <= MaxSortOrder
            ? order
            : throw new DomainException($"排序号应为0至{MaxSortOrder}之间的整数。");
    }

    public static async Task EnsureSlugFreeAsync(GongkaiDbContext db, Guid agencyId, string slug, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Set<CatalogCategory>().AnyAsync(c => c.AgencyId == agencyId && c.Slug == slug && c.Id != except, cancellationToken))
        {
            throw new DomainException($"本机关已有目录代码为“{slug}”的目录，请换一个。");
        }
    }

    public static async Task<int> NextSortOrderAsync(GongkaiDbContext db, Guid agencyId, Guid? parentId, CancellationToken cancellationToken)
    {
        var last = await db.Set<CatalogCategory>().Where(c => c.AgencyId == agencyId && c.ParentId == parentId).MaxAsync(c => (int?)c.SortOrder, cancellationToken);
        return Math.Min((last ?? -1) + 1, MaxSortOrder);
    }
}
