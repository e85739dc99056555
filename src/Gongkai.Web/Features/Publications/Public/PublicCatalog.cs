using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>An agency's 公开目录 as the public sees it: the tree, with the number of public documents under each node.</summary>
public sealed class PublicCatalog(AgencyCatalog catalog, PublicDocuments documents, GongkaiDbContext db)
{
    public async Task<CatalogTree> HandleAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<CatalogCategory> categories;
        try
        {
            categories = await catalog.EnsureAsync(agencyId);
        }
        catch (DbUpdateException)
        {
            // Two first visits raced to create the default catalog: the other one won, read what it wrote.
            db.ChangeTracker.Clear();
            categories = await catalog.EnsureAsync(agencyId);
        }

        var counts = await documents.CountByCategoryAsync(agencyId, cancellationToken);
        return CatalogTree.Build(categories, counts);
    }
}

/// <summary>The catalog tree; a node's count takes in the documents of its sub-categories, as does its list.</summary>
public sealed class CatalogTree
{
    private CatalogTree(IReadOnlyList<CatalogNode> roots) => Roots = roots;

    public IReadOnlyList<CatalogNode> Roots { get; }

    /// <summary>Every node, parents before their children, in catalog order.</summary>
    public IEnumerable<CatalogNode> All => Roots.SelectMany(r => r.SelfAndDescendants);

    public int Total => Roots.Sum(r => r.Count);

    public CatalogNode? Find(string slug) => All.FirstOrDefault(n => n.Category.Slug == slug);

    public static CatalogTree Build(IReadOnlyList<CatalogCategory> categories, IReadOnlyDictionary<Guid, int> counts)
    {
        var byParent = categories.ToLookup(c => c.ParentId);
        var known = categories.Select(c => c.Id).ToHashSet();
        var placed = new HashSet<Guid>();

        CatalogNode Node(CatalogCategory category, int depth)
        {
            placed.Add(category.Id);
            var children = byParent[category.Id]
                .Where(c => !placed.Contains(c.Id))
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .ToList()
                .Select(c => Node(c, depth + 1))
                .ToList();
            return new CatalogNode(category, depth, counts.GetValueOrDefault(category.Id), children);
        }

        var roots = categories
            .Where(c => c.ParentId is null || !known.Contains(c.ParentId.Value))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .ToList()
            .Select(c => Node(c, 0))
            .ToList();

        // A node caught in a loop of parents (A under B under A) is shown at the top rather than lost.
        foreach (var stray in categories.OrderBy(c => c.SortOrder).Where(c => !placed.Contains(c.Id)).ToList())
        {
            if (!placed.Contains(stray.Id))
            {
                roots.Add(Node(stray, 0));
            }
        }

        return new CatalogTree(roots);
    }
}

public sealed record CatalogNode(CatalogCategory Category, int Depth, int OwnCount, IReadOnlyList<CatalogNode> Children)
{
    public int Count => OwnCount + Children.Sum(c => c.Count);

    public IEnumerable<CatalogNode> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);

    public IReadOnlyList<Guid> CategoryIds => [.. SelfAndDescendants.Select(n => n.Category.Id)];
}
