using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Agencies.Hierarchy;

public sealed class IndexModel(AgencyDirectory agencies, CreateAgency create) : PageModel
{
    public IReadOnlyList<AgencyTreeNode> Tree { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Agency> ById { get; private set; } = new Dictionary<Guid, Agency>();
    public AgencyForm Form { get; private set; } = new() { Level = nameof(AgencyLevel.City) };
    public string? Error { get; private set; }
    public string? Created { get; private set; }

    public async Task OnGetAsync(string? created)
    {
        await LoadAsync();
        Created = created is not null && ById.Values.FirstOrDefault(a => a.Code == created) is { } agency ? agency.FullName : null;
    }

    public async Task<IActionResult> OnPostAsync([FromForm] AgencyForm form)
    {
        try
        {
            var agency = await create.HandleAsync(form, HttpContext.RequestAborted);
            return Redirect($"/admin/platform/agencies?created={agency.Code}");
        }
        catch (DomainException ex)
        {
            await LoadAsync();
            Form = form;
            Error = ex.Message;
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        var all = await agencies.AllAsync();
        Tree = AgencyTree.Flatten(all);
        ById = all.ToDictionary(a => a.Id);
    }
}
