using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>
/// Adds files to a draft consultation with the checks documents use (<see cref="AttachmentCheck"/>). Every file is
/// checked before any is stored, so a refused file leaves the draft as it was. Null when the consultation is not the
/// agency's; otherwise every reason the files were refused (none when they were added).
/// </summary>
internal sealed class AttachConsultationFiles(GongkaiDbContext db, AttachmentStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<string>?> HandleAsync(
        Guid agencyId, Guid id, IReadOnlyList<UploadedFile> files, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var consultation = await db.Set<Consultation>().Include(c => c.History).Include(c => c.Attachments)
            .SingleOrDefaultAsync(c => c.Id == id && c.AgencyId == agencyId, cancellationToken);
        if (consultation is null)
        {
            return null;
        }

        if (files.Count == 0)
        {
            return ["请选择要上传的附件。"];
        }

        var errors = new List<string>();
        foreach (var file in files)
        {
            try
            {
                AttachmentCheck.VerifyLength(file.FileName, file.Length);
                AttachmentCheck.Verify(file.FileName, file.Content);
            }
            catch (DomainException e)
            {
                errors.Add(e.Message);
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var stored = new List<StoredFile>();
        try
        {
            foreach (var file in files)
            {
                var saved = await store.StoreAsync(file.FileName, file.Content, now);
                stored.Add(saved);
                consultation.Attach(saved, actor, now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Bytes of files that were not recorded must not stay behind.
            foreach (var file in stored)
            {
                store.Delete(file.StorageKey);
            }

            db.ChangeTracker.Clear();
            throw;
        }

        return [];
    }
}
