using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>The import template as XLSX, with the agency's own catalog among the values to choose from.</summary>
internal sealed class TemplateModel(AgencyDirectory agencies, AgencyCatalog catalog) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        var categories = await catalog.EnsureAsync(found.Id);
        return File(ImportTemplate.Build(categories), SpreadsheetWriter.ContentType, ImportTemplate.FileName);
    }
}
