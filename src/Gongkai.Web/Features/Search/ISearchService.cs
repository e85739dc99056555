namespace Gongkai.Web.Features.Search;

/// <summary>Runs a search through the index; only public content is ever in it.</summary>
public interface ISearchService
{
    /// <summary>Throws <see cref="Platform.DomainException"/> with a Chinese message for an unusable query (empty, too long, too many terms).</summary>
    Task<SearchResults> SearchAsync(SearchCriteria criteria, CancellationToken cancellationToken);
}
