using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>
/// What the platform's and an agency's search page share: read the form, run the search when there is a query, and
/// answer 400 (with the form and its Chinese messages) when a value cannot be used.
/// </summary>
internal abstract class SearchPageModel(ISearchService search) : PageModel
{
    public SearchForm Form { get; private set; } = new();

    /// <summary>The agency searched in: the page's own, or the one chosen on the platform page; null for all.</summary>
    public Agency? Agency { get; protected set; }

    /// <summary>The agency's catalog, for the category filter; null on the platform page.</summary>
    public CatalogTree? Catalog { get; protected set; }

    public SearchResults? Results { get; private set; }

    /// <summary>The filters in force, in words (就业创业、2020年起), for the summary of the closed filter form.</summary>
    public IReadOnlyList<string> ActiveFilters { get; private set; } = [];

    public List<SearchInputError> Errors { get; } = [];

    /// <summary>The address of this page, without its query string.</summary>
    public abstract string Path { get; }

    /// <summary>True on /{agency}/search, where the agency is the page's and not a filter.</summary>
    public abstract bool IsAgencyPage { get; }

    public bool HasFilters => Form.FilterCount(!IsAgencyPage) > 0;

    public PageLinks Links => new(Results?.Page ?? 1, Results?.PageCount ?? 1, Path, Form.ToQuery());

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>The address of this search in another order (page 1).</summary>
    public string OrderHref(string order) => $"{Path}?{Form.ToQuery(order)}";

    /// <summary>The same words without any filter (the page's own agency stays).</summary>
    public string WithoutFiltersHref => Form.HasQuery ? $"{Path}?q={Uri.EscapeDataString(Form.Query)}" : Path;

    protected void Use(SearchForm form) => Form = form;

    protected async Task<IActionResult> RunAsync(CancellationToken cancellationToken)
    {
        var criteria = Form.Read(Agency?.Id, Catalog, Errors);
        if (Errors.Count > 0)
        {
            return Refused();
        }

        ActiveFilters = FilterNames.Of(criteria, IsAgencyPage ? null : Agency, Catalog?.Find((Form.Category ?? "").Trim().ToLowerInvariant()));

        if (!Form.HasQuery)
        {
            return Page();
        }

        try
        {
            Results = await search.SearchAsync(criteria, cancellationToken);
        }
        catch (DomainException ex)
        {
            Errors.Add(new("q", ex.Message));
            return Refused();
        }

        return Page();
    }

    protected IActionResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
