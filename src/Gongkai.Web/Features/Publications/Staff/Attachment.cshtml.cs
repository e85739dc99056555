using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>An attachment of one of the agency's documents, whatever the document's status (staff see drafts too).</summary>
public sealed class AttachmentModel(AgencyDirectory agencies, GongkaiDbContext db, AttachmentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string agency, Guid id, Guid attachmentId)
    {
        var found = await agencies.FindAsync(agency);
        var attachment = found is null
            ? null
            : await db.Set<DocumentAttachment>().AsNoTracking()
                .Where(a => a.Id == attachmentId && a.DocumentId == id && db.Set<Document>().Any(d => d.Id == id && d.AgencyId == found.Id))
                .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (attachment is null)
        {
            return NotFound();
        }

        Stream content;
        try
        {
            content = store.Open(attachment);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return NotFound();
        }

        return File(content, attachment.ContentType, attachment.FileName);
    }
}
