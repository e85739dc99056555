using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Admin;

/// <summary>/admin takes a member of staff to their own agency's workbench.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect($"/admin/{User.GetAgencyCode()}");
}
