using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Portal;

public sealed class IndexModel(AgencyDirectory agencies) : PageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync() => Agencies = await agencies.AllAsync();
}
