using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>
/// Takes one workflow action on a document for a member of staff. Whether they may is the document's decision (its
/// transition table and roles); this handler gathers what the action needs: the index number at publication, the
/// next review date from the agency's settings, the version a correction keeps, the replacing document.
/// </summary>
public sealed class MoveDocument(GongkaiDbContext db, ChangeDocument change, IndexNumbers indexNumbers, Interpretations.InterpretationCheck interpretations, TimeProvider time)
{
    /// <summary>Returns false when the agency has no such document; a refused move throws a DomainException.</summary>
    public async Task<bool> HandleAsync(Agency agency, Guid documentId, MoveForm form, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(form);
        var now = time.GetUtcNow().UtcDateTime;
        var today = BeijingTime.DateOf(now);
        var note = form.Note?.Trim() ?? "";

        if (string.Equals(form.Action, MoveForm.ChangeValidity, StringComparison.OrdinalIgnoreCase))
        {
            var validity = ParseValidity(form.Validity);
            var replacedBy = await ReplacementAsync(agency.Id, documentId, validity, form.ReplacedBy, cancellationToken);
            return await change.HandleAsync(agency.Id, documentId, document => document.ChangeValidity(actor, validity, replacedBy, now), cancellationToken);
        }

        if (!Enum.TryParse<DocumentAction>(form.Action, ignoreCase: true, out var action) || int.TryParse(form.Action, out _))
        {
            throw new DomainException("未知的操作。");
        }

        var reviewInterval = (await db.Set<PublicationSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == agency.Id, cancellationToken))?.ReviewIntervalMonths
            ?? new PublicationSettings(agency.Id).ReviewIntervalMonths;
        var scheduledAt = action == DocumentAction.Schedule ? BeijingTime.ParseToUtc(form.ScheduledAt, "定时发布时间") : default;

        return await change.HandleAsync(agency.Id, documentId, async document =>
        {
            switch (action)
            {
                case DocumentAction.Submit:
                    // 谁起草、谁解读 (seed 004): a policy document submitted without its interpretation is sent back.
                    if ((document.IsNormative || document.NeedsInterpretation) && !await interpretations.HasDraftForAsync(document.Id, cancellationToken))
                    {
                        throw new DomainException(Interpretations.InterpretationCheck.MissingMessage);
                    }

                    document.Submit(actor, now);
                    break;
                case DocumentAction.Return:
                    document.Return(actor, note, now);
                    break;
                case DocumentAction.PassOfficeReview:
                    document.PassOfficeReview(actor, note, now);
                    break;
                case DocumentAction.PassConfidentialityReview:
                    document.PassConfidentialityReview(actor, note, now);
                    break;
                case DocumentAction.Publish:
                    // The serial is taken in this unit of work: a refused publication saves nothing, so no number is lost.
                    document.Publish(actor, await indexNumbers.NextAsync(agency, today.Year), today, now);
                    break;
                case DocumentAction.Schedule:
                    document.Schedule(actor, scheduledAt, now);
                    break;
                case DocumentAction.Register:
                    document.Register(actor, today.AddMonths(reviewInterval), now);
                    break;
                case DocumentAction.Withdraw:
                    if (!form.Confirmed)
                    {
                        throw new DomainException("撤回后文件将从公开专栏下线：请勾选确认后再撤回。");
                    }

                    document.Withdraw(actor, note, now);
                    break;
                case DocumentAction.Correct:
                    db.Add(document.Correct(actor, form.Title ?? "", form.Summary ?? "", HtmlSanitizer.Sanitize(form.BodyHtml), note, now));
                    break;
                case DocumentAction.KeepOnReview:
                    document.KeepOnReview(actor, note, today.AddMonths(reviewInterval), now);
                    break;
                case DocumentAction.ConvertToProactive:
                    document.ConvertToProactive(actor, note, now);
                    break;
                default:
                    throw new DomainException($"“{action.ToChinese()}”由系统执行，不能手工操作。");
            }

            return true;
        }, cancellationToken);
    }

    private static Validity ParseValidity(string? text) =>
        Enum.TryParse<Validity>(text, ignoreCase: true, out var validity) && validity != Validity.NotApplicable && Enum.IsDefined(validity) && !int.TryParse(text, out _)
            ? validity
            : throw new DomainException("请选择有效性（有效、失效、废止或已修改）。");

    private async Task<Guid?> ReplacementAsync(Guid agencyId, Guid documentId, Validity validity, string? indexNumber, CancellationToken cancellationToken)
    {
        if (validity is not (Validity.Repealed or Validity.Amended))
        {
            return null;
        }

        var number = indexNumber?.Trim() ?? "";
        if (number.Length == 0)
        {
            return validity == Validity.Amended
                ? throw new DomainException("“已修改”须填写修改该文件的新文件的索引号。")
                : null;
        }

        var replacement = await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.IndexNumber == number && d.Status == DocumentStatus.Published)
            .Select(d => (Guid?)d.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return replacement is null ? throw new DomainException($"本机关没有索引号为“{number}”的已发布文件。")
            : replacement == documentId ? throw new DomainException("替代文件不能是该文件本身。")
            : replacement;
    }
}
