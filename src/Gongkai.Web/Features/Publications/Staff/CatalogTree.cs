namespace Gongkai.Web.Features.Publications.Staff;

public sealed record CatalogNode(CatalogCategory Category, int Depth)
{
    /// <summary>The name indented by its depth, for a select list.</summary>
    public string IndentedName => new string('\u3000', Depth) + Category.Name;
}

/// <summary>An agency's catalog as a list in tree order: each category followed by its children, siblings by sort order.</summary>
public static class CatalogTree
{
    public static IReadOnlyList<CatalogNode> Flatten(IEnumerable<CatalogCategory> categories)
    {
        var all = categories.ToList();
        var ids = all.Select(c => c.Id).ToHashSet();
        var children = all.ToLookup(c => c.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        var result = new List<CatalogNode>();
        var seen = new HashSet<Guid>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var category in children[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal))
            {
                // A damaged tree with a cycle must not hang the page.
                if (seen.Add(category.Id))
                {
                    result.Add(new CatalogNode(category, depth));
                    Walk(category.Id, depth + 1);
                }
            }
        }

        Walk(null, 0);
        return result;
    }

    /// <summary>The category and everything below it.</summary>
    public static ISet<Guid> Subtree(IEnumerable<CatalogCategory> categories, Guid root)
    {
        var children = categories.ToLookup(c => c.ParentId);
        var result = new HashSet<Guid>();
        var queue = new Queue<Guid>([root]);
        while (queue.TryDequeue(out var id))
        {
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    queue.Enqueue(child.Id);
                }
            }
        }

        return result;
    }
}
