using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>Takes a file out of a draft consultation; false when the consultation or the file is not the agency's.</summary>
internal sealed class RemoveConsultationFile(GongkaiDbContext db, AttachmentStore store, TimeProvider time)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid id, Guid attachmentId, StaffActor actor, CancellationToken cancellationToken)
    {
        var consultation = await db.Set<Consultation>().Include(c => c.History).Include(c => c.Attachments)
            .SingleOrDefaultAsync(c => c.Id == id && c.AgencyId == agencyId, cancellationToken);
        if (consultation is null || consultation.Attachments.All(a => a.Id != attachmentId))
        {
            return false;
        }

        var removed = consultation.RemoveAttachment(attachmentId, actor, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        // Only once the row is gone: a failed save keeps both.
        store.Delete(removed.StorageKey);
        return true;
    }
}
