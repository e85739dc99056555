using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>检索 of one agency's column: its public content only, with its catalog as a filter.</summary>
internal sealed class AgencySearchModel(AgencyDirectory agencies, PublicCatalog catalog, ISearchService search) : SearchPageModel(search)
{
    public override string Path => SearchUrls.Agency(Agency!.Code);

    public override bool IsAgencyPage => true;

    public async Task<IActionResult> OnGetAsync(
        string agency, string? q, string? category, string? topic, string? genre, string? yearFrom, string? yearTo, string? validity, string? kind, string? order,
        [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Catalog = await catalog.HandleAsync(found.Id, cancellationToken);
        Use(new SearchForm
        {
            Q = q, Category = category, Topic = topic, Genre = genre, YearFrom = yearFrom, YearTo = yearTo, Validity = validity, Kind = kind, Order = order,
            Page = pageNumber,
        });
        return await RunAsync(cancellationToken);
    }
}
