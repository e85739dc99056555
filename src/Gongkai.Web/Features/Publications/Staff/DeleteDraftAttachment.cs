using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>Removes an attachment while its document is still a draft; afterwards the files are part of the record.</summary>
public sealed class DeleteDraftAttachment(GongkaiDbContext db, AttachmentStore store)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid documentId, Guid attachmentId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var document = await db.Set<Document>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.AgencyId == agencyId, cancellationToken);
        var attachment = document is null
            ? null
            : await db.Set<DocumentAttachment>().SingleOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == documentId, cancellationToken);
        if (document is null || attachment is null)
        {
            return false;
        }

        if (document.Status != DocumentStatus.Draft)
        {
            throw new DomainException("只有草稿可以删除附件；已提交的文件请先退回。");
        }

        if (actor.Id != document.DrafterId && !actor.Holds(StaffRole.Drafter))
        {
            throw new DomainException("只有起草人可以删除草稿的附件。");
        }

        db.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(attachment);
        return true;
    }
}
