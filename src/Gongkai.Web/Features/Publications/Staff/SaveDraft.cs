using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>A file as uploaded with the draft form; a file over the size limit comes with its length only.</summary>
public sealed record UploadedFile(string FileName, byte[] Content, long Length);

/// <summary>The saved document's id, or every reason the draft was refused (nothing is saved then).</summary>
public sealed record SaveDraftResult(Guid? DocumentId, IReadOnlyList<string> Errors)
{
    public bool Saved => DocumentId is not null;
}

/// <summary>
/// Creates or changes a draft with its new attachments. Content, attribute and every file are checked first; a draft
/// with a refused file is not saved at all, so nothing is half-saved.
/// </summary>
public sealed class SaveDraft(GongkaiDbContext db, WorkingCalendar calendar, AttachmentStore store, TimeProvider time)
{
    public async Task<SaveDraftResult> HandleAsync(Guid agencyId, Guid? documentId, DocumentForm form, IReadOnlyList<UploadedFile> files, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new List<string>();
        DocumentContent? content = null;
        AttributeDecision? decision = null;
        DateOnly due = default;
        try
        {
            content = form.ToContent();
            decision = form.ToDecision();
            if (!await db.Set<CatalogCategory>().AnyAsync(c => c.Id == content.CategoryId && c.AgencyId == agencyId, cancellationToken))
            {
                throw new DomainException("请选择本机关的公开目录。");
            }

            due = PublicationDeadline.DueOn(await calendar.CurrentAsync(cancellationToken), content.WrittenOn);
        }
        catch (DomainException ex)
        {
            errors.Add(ex.Message);
        }

        foreach (var file in files)
        {
            try
            {
                AttachmentCheck.VerifyLength(file.FileName, file.Length);
                AttachmentCheck.Verify(file.FileName, file.Content);
            }
            catch (DomainException ex)
            {
                errors.Add(ex.Message);
            }
        }

        if (errors.Count > 0)
        {
            return new SaveDraftResult(null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        Document document;
        try
        {
            if (documentId is null)
            {
                if (!actor.Holds(StaffRole.Drafter) || actor.Id is not { } drafterId)
                {
                    throw new DomainException("只有起草人可以起草文件。");
                }

                document = new Document(Guid.NewGuid(), agencyId, drafterId, content!, decision!, due, now);
                db.Add(document);
            }
            else
            {
                var found = await db.Set<Document>().SingleOrDefaultAsync(d => d.Id == documentId && d.AgencyId == agencyId, cancellationToken);
                if (found is null)
                {
                    return new SaveDraftResult(null, ["没有找到该文件。"]);
                }

                document = found;
                document.Edit(content!, decision!, due, actor, now);
            }
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return new SaveDraftResult(null, [ex.Message]);
        }

        var stored = new List<DocumentAttachment>();
        try
        {
            var order = await db.Set<DocumentAttachment>().CountAsync(a => a.DocumentId == document.Id, cancellationToken);
            foreach (var file in files)
            {
                var attachment = await store.SaveAsync(document.Id, file.FileName, file.Content, now, order++);
                stored.Add(attachment);
                db.Add(attachment);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The bytes of a draft that was not saved must not stay behind.
            foreach (var attachment in stored)
            {
                store.Delete(attachment);
            }

            db.ChangeTracker.Clear();
            throw;
        }

        return new SaveDraftResult(document.Id, []);
    }
}
