using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>检索 of the whole platform: every agency's public content, or one agency's chosen from a list.</summary>
internal sealed class PlatformSearchModel(AgencyDirectory agencies, PublicCatalog catalog, ISearchService search) : SearchPageModel(search)
{
    public IReadOnlyList<AgencyTreeNode> Agencies { get; private set; } = [];

    public override string Path => SearchUrls.Platform;

    public override bool IsAgencyPage => false;

    public async Task<IActionResult> OnGetAsync(
        string? q, string? agency, string? category, string? topic, string? genre, string? yearFrom, string? yearTo, string? validity, string? kind, string? order,
        [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var all = await agencies.AllAsync();
        Agencies = AgencyTree.Flatten(all);
        Use(new SearchForm
        {
            Q = q, Agency = agency, Category = category, Topic = topic, Genre = genre, YearFrom = yearFrom, YearTo = yearTo, Validity = validity, Kind = kind,
            Order = order, Page = pageNumber,
        });

        if (!string.IsNullOrWhiteSpace(agency))
        {
            Agency = all.FirstOrDefault(a => string.Equals(a.Code, agency.Trim(), StringComparison.OrdinalIgnoreCase));
            if (Agency is null)
            {
                Errors.Add(new("agency", "所选机关不存在。"));
                return Refused();
            }

            // A category chosen within the agency (an address from its own search page) still narrows.
            if (!string.IsNullOrWhiteSpace(category))
            {
                Catalog = await catalog.HandleAsync(Agency.Id, cancellationToken);
            }
        }

        return await RunAsync(cancellationToken);
    }
}
