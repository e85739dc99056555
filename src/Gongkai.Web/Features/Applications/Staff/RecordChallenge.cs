using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Challenges;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>
/// Records a 行政复议 or 行政诉讼 against a reply (annual report section 四), in the same unit of work as the note in the
/// case's history, so the record and its trace exist together or not at all.
/// </summary>
public sealed class RecordChallenge(GongkaiDbContext db, ChangeApplication change, TimeProvider time)
{
    public const int MaxBody = 100;
    public const int MaxCaseNumber = 64;

    /// <summary>False when the agency has no such case; a refusal throws a DomainException with the reason.</summary>
    public async Task<bool> HandleAsync(Agency agency, Guid applicationId, ChallengeForm form, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        var kind = ApplicationInputCheck.ParseEnum<ChallengeKind>(form.Kind) ?? throw new DomainException("请选择类型：行政复议或行政诉讼。");
        var filedOn = MoveApplication.ParseDate(form.FiledOn, "提起日期");
        var today = ChineseDate.Today(time);
        if (filedOn > today)
        {
            throw new DomainException("提起日期不能晚于今天。");
        }

        var body = (form.Body ?? "").Trim();
        if (body.Length == 0)
        {
            throw new DomainException(kind == ChallengeKind.AdministrativeReview ? "请填写行政复议机关。" : "请填写受理的人民法院。");
        }

        if (body.Length > MaxBody)
        {
            throw new DomainException($"复议机关或法院名称不能超过{MaxBody}个字。");
        }

        var caseNumber = (form.CaseNumber ?? "").Trim();
        if (caseNumber.Length > MaxCaseNumber)
        {
            throw new DomainException($"案号不能超过{MaxCaseNumber}个字。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await change.HandleAsync(agency.Id, applicationId, application =>
        {
            if (application.RepliedOn is { } repliedOn && filedOn < repliedOn)
            {
                throw new DomainException($"提起日期不能早于答复日期（{repliedOn:yyyy-MM-dd}）。");
            }

            var number = caseNumber.Length > 0 ? $"，案号 {caseNumber}" : "";
            application.NoteChallenge(actor, $"{kind.ToChinese()}：{body}{number}，{filedOn:yyyy-MM-dd}提起", now);
            db.Add(new Challenge(Guid.NewGuid(), application.Id, application.AgencyId, kind, filedOn, body, caseNumber, now));
            return Task.CompletedTask;
        }, cancellationToken);
    }
}
