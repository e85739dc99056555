using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>A file of one of the agency's consultations, draft or not, for any of its staff.</summary>
internal sealed class AttachmentModel(ConsultationAccess access, GongkaiDbContext db, AttachmentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string agency, Guid id, Guid attachmentId)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        if (!ConsultationAccess.CanRead(context.Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var attachment = await db.Set<ConsultationAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ConsultationId == id
                && db.Set<Consultation>().Any(c => c.Id == id && c.AgencyId == context.Agency.Id))
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (attachment is null)
        {
            return NotFound();
        }

        try
        {
            return File(store.Open(attachment.StorageKey), attachment.ContentType, attachment.FileName);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return NotFound();
        }
    }
}
