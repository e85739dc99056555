using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>One category of the catalog: its public documents newest first, 20 a page, filtered by a GET form.</summary>
internal sealed class CategoryModel(AgencyDirectory agencies, PublicCatalog catalog, ListPublicDocuments list) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public CatalogNode Node { get; private set; } = null!;
    public IReadOnlyList<CatalogNode> Ancestors { get; private set; } = [];
    public PublicFilter Filter { get; private set; } = PublicFilter.None;
    public PublicDocumentPage Documents { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public List<string> Errors { get; } = [];

    public string Path => PublicUrls.Category(Agency.Code, Node.Category.Slug);

    public PageLinks Links => new(Documents.Page, Documents.PageCount, Path, Filter.ToQuery());

    public async Task<IActionResult> OnGetAsync(
        string agency, string slug, string? year, string? topic, string? genre, string? validity, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        var tree = await catalog.HandleAsync(found.Id, cancellationToken);
        var node = tree.Find(slug.ToLowerInvariant());
        if (node is null)
        {
            return NotFound();
        }

        Agency = found;
        Node = node;
        Ancestors = AncestorsOf(tree, node);
        Filter = PublicFilter.Parse(year, topic, genre, validity, Errors);
        var paging = PublicPaging.Parse(pageNumber, null, Errors);
        Documents = await list.HandleAsync(found.Id, node.CategoryIds, Filter, paging, cancellationToken);
        Years = await list.YearsAsync(found.Id, node.CategoryIds, cancellationToken);
        return Page();
    }

    private static List<CatalogNode> AncestorsOf(CatalogTree tree, CatalogNode node)
    {
        var byId = tree.All.ToDictionary(n => n.Category.Id);
        var chain = new List<CatalogNode>();
        var parentId = node.Category.ParentId;
        while (parentId is { } id && byId.TryGetValue(id, out var parent) && !chain.Contains(parent) && parent != node)
        {
            chain.Insert(0, parent);
            parentId = parent.Category.ParentId;
        }

        return chain;
    }
}
