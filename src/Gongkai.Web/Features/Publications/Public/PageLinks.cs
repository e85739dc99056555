namespace Gongkai.Web.Features.Publications.Public;

/// <summary>The numbered links of a paged list; the filters stay in every link, page 1 has no page parameter.</summary>
public sealed record PageLinks(int Page, int PageCount, string Path, string FilterQuery)
{
    public string Href(int page)
    {
        var query = FilterQuery;
        if (page > 1)
        {
            query = query.Length == 0 ? $"page={page}" : $"{query}&page={page}";
        }

        return query.Length == 0 ? Path : $"{Path}?{query}";
    }

    /// <summary>The first, the last and two on each side of the current page; null stands for a gap.</summary>
    public IEnumerable<int?> Numbers()
    {
        int? previous = null;
        for (var n = 1; n <= PageCount; n++)
        {
            if (n == 1 || n == PageCount || Math.Abs(n - Page) <= 2)
            {
                if (previous is { } p && n - p > 1)
                {
                    yield return null;
                }

                yield return n;
                previous = n;
            }
        }
    }
}
