using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Agencies.Hierarchy;

public sealed class EditModel(AgencyDirectory agencies, EditAgency edit) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public AgencyForm Form { get; private set; } = new();

    /// <summary>The agencies it may be moved under: not itself, not one of its subordinates.</summary>
    public IReadOnlyList<AgencyTreeNode> Parents { get; private set; } = [];
    public string? Error { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? saved)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = AgencyForm.From(Agency);
        Saved = saved is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm] AgencyForm form)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            if (!await edit.HandleAsync(id, form, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Form = form;
            Error = ex.Message;
            return Page();
        }

        return Redirect($"/admin/platform/agencies/{id}?saved=1");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var all = await agencies.AllAsync();
        var found = all.SingleOrDefault(a => a.Id == id);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        var excluded = AgencyTree.SelfAndDescendants(all, id);
        Parents = [.. AgencyTree.Flatten(all).Where(n => !excluded.Contains(n.Agency.Id))];
        return true;
    }
}
