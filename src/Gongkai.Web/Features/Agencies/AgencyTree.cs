namespace Gongkai.Web.Features.Agencies;

/// <summary>An agency with its depth in the tree (0 for a top-level agency), for indented lists.</summary>
public sealed record AgencyTreeNode(Agency Agency, int Depth);

/// <summary>The rules of the agency tree: the order it is shown in, and which moves would break it.</summary>
public static class AgencyTree
{
    /// <summary>Depth first: each agency followed by its subordinates, siblings by sort order then name.</summary>
    public static IReadOnlyList<AgencyTreeNode> Flatten(IEnumerable<Agency> agencies)
    {
        var all = agencies.ToList();
        var ids = all.Select(a => a.Id).ToHashSet();
        var children = all
            .Where(a => a.ParentId is { } p && ids.Contains(p))
            .ToLookup(a => a.ParentId!.Value);
        var result = new List<AgencyTreeNode>(all.Count);
        var visited = new HashSet<Guid>();

        void Visit(Agency agency, int depth)
        {
            if (!visited.Add(agency.Id))
            {
                return;
            }

            result.Add(new AgencyTreeNode(agency, depth));
            foreach (var child in Ordered(children[agency.Id]))
            {
                Visit(child, depth + 1);
            }
        }

        // An agency whose parent is missing is shown at the top rather than lost.
        foreach (var root in Ordered(all.Where(a => a.ParentId is not { } p || !ids.Contains(p))))
        {
            Visit(root, 0);
        }

        // Anything left over sits in a cycle (which MoveUnder refuses, but old data may hold one): still shown.
        foreach (var rest in Ordered(all.Where(a => !visited.Contains(a.Id))))
        {
            Visit(rest, 0);
        }

        return result;
    }

    /// <summary>The agency and every agency below it.</summary>
    public static IReadOnlySet<Guid> SelfAndDescendants(IEnumerable<Agency> agencies, Guid agencyId)
    {
        var children = agencies.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
        var found = new HashSet<Guid> { agencyId };
        var queue = new Queue<Guid>([agencyId]);
        while (queue.Count > 0)
        {
            foreach (var child in children[queue.Dequeue()])
            {
                if (found.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return found;
    }

    /// <summary>Refuses a new parent that does not exist, or that is the agency itself or one of its subordinates (a cycle).</summary>
    public static void EnsureCanMove(IEnumerable<Agency> agencies, Guid agencyId, Guid? newParentId)
    {
        if (newParentId is not { } parentId)
        {
            return;
        }

        var all = agencies.ToList();
        if (parentId == agencyId)
        {
            throw new DomainException("机关不能作为自己的上级机关。");
        }

        if (all.All(a => a.Id != parentId))
        {
            throw new DomainException("所选上级机关不存在。");
        }

        if (SelfAndDescendants(all, agencyId).Contains(parentId))
        {
            throw new DomainException("不能把机关移到它自己的下级机关之下，否则会形成循环。");
        }
    }

    private static IEnumerable<Agency> Ordered(IEnumerable<Agency> agencies) =>
        agencies.OrderBy(a => a.SortOrder).ThenBy(a => a.FullName, StringComparer.Ordinal);
}
