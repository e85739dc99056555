using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

public sealed class EditModel(AgencyDirectory agencies, AgencyCatalog catalog, GongkaiDbContext db, SaveDraft save, DeleteDraftAttachment deleteAttachment)
    : DraftPageModel(agencies, catalog)
{
    public Guid Id { get; private set; }
    public string CurrentTitle { get; private set; } = "";
    public DocumentStatus Status { get; private set; }
    public IReadOnlyList<DocumentAttachment> Attachments { get; private set; } = [];
    public string? Notice { get; private set; }

    public string DocumentUrl => $"{BaseUrl}/{Id}";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, string? done)
    {
        var document = await LoadAsync(agency, id);
        if (document is null)
        {
            return NotFound();
        }

        Form = DocumentForm.From(document);
        Notice = done == "attachment-deleted" ? "附件已删除。" : null;
        if (document.Status != DocumentStatus.Draft)
        {
            Errors = ["只有草稿可以修改；已提交的文件请先退回。"];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] DocumentForm form)
    {
        if (await LoadAsync(agency, id) is null)
        {
            return NotFound();
        }

        var result = await save.HandleAsync(Agency.Id, id, form, await ReadFilesAsync(), User.ToStaffActor(Agency.Id), HttpContext.RequestAborted);
        if (!result.Saved)
        {
            Form = form;
            Errors = result.Errors;
            return Page();
        }

        return Redirect($"{DocumentUrl}?done=saved");
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(string agency, Guid id, Guid attachmentId)
    {
        var document = await LoadAsync(agency, id);
        if (document is null)
        {
            return NotFound();
        }

        try
        {
            if (!await deleteAttachment.HandleAsync(Agency.Id, id, attachmentId, User.ToStaffActor(Agency.Id), HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Form = DocumentForm.From(document);
            Errors = [ex.Message];
            return Page();
        }

        return Redirect($"{DocumentUrl}/edit?done=attachment-deleted");
    }

    // Only the route agency's own documents: an id from another agency is simply not found.
    private async Task<Document?> LoadAsync(string code, Guid id)
    {
        if (!await LoadAgencyAsync(code))
        {
            return null;
        }

        var document = await db.Set<Document>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.AgencyId == Agency.Id, HttpContext.RequestAborted);
        if (document is not null)
        {
            Id = document.Id;
            CurrentTitle = document.Title;
            Status = document.Status;
            Attachments = await db.Set<DocumentAttachment>().AsNoTracking()
                .Where(a => a.DocumentId == id).OrderBy(a => a.SortOrder).ToListAsync(HttpContext.RequestAborted);
        }

        return document;
    }
}
