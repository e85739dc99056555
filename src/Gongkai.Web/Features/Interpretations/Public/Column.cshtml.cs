using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Public;

public sealed record ColumnItem(Guid Id, string Title, InterpretationForm Form, DateOnly? PublishedOn);

/// <summary>The 政策解读 column: the agency's published interpretations, newest first.</summary>
internal sealed class ColumnModel(AgencyDirectory agencies, PublicInterpretations interpretations) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<ColumnItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public PublicPaging Paging { get; private set; } = new(1, PublicPaging.DefaultPageSize);
    public List<string> Errors { get; } = [];

    public PageLinks Links => new(Paging.Page, PublicPaging.PageCount(Total, Paging.PageSize), InterpretationUrls.Column(Agency.Code), "");

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Paging = PublicPaging.Parse(pageNumber, null, Errors);
        var query = interpretations.Of(found.Id);
        Total = await query.CountAsync(cancellationToken);
        Items = await PublicInterpretations.NewestFirst(query)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(i => new ColumnItem(i.Id, i.Title, i.Form, i.PublishedOn))
            .ToListAsync(cancellationToken);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
