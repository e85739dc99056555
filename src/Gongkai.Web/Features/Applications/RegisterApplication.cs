using System.Globalization;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Applications;

/// <summary>The disclosure office registers an application received in person, by post or by fax.</summary>
public sealed class RegisterApplication(GongkaiDbContext db, ApplicationNumbers numbers, RepeatCheck repeats, WorkingCalendar calendar, TimeProvider time)
{
    public async Task<SubmitApplication.Submitted> HandleAsync(Guid agencyId, ApplicationInput input, string? channel, string? receivedOn, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checkedInput = ApplicationInputCheck.Check(input);
        var errors = new Dictionary<string, string>(checkedInput.Errors, StringComparer.Ordinal);
        var how = ApplicationInputCheck.ParseEnum<ReceiptChannel>(channel);
        if (how is null or ReceiptChannel.Online)
        {
            errors["Channel"] = "请选择申请的提交方式（当面、邮寄、平常信函或传真）。";
        }

        if (!DateOnly.TryParseExact((receivedOn ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var received))
        {
            errors["ReceivedOn"] = "请填写收到申请日期，格式如 2026-03-02。";
        }

        if (errors.Count > 0)
        {
            return new SubmitApplication.Submitted(null, null, null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = ChineseDate.Today(time);
        var number = await numbers.NextCaseNumberAsync(agencyId, today.Year, cancellationToken);
        var code = QueryCode.New();
        var application = Application.Register(Guid.NewGuid(), agencyId, number, QueryCode.Hash(number, code), how!.Value, received,
            checkedInput.Applicant!, checkedInput.Request!, actor, await calendar.CurrentAsync(cancellationToken), today, now);
        var similar = await repeats.FindAsync(agencyId, application.Id, application.ApplicantKey, application.Description, now, cancellationToken);
        if (similar.Count > 0)
        {
            application.FlagPossibleRepeat(similar.MaxBy(s => s.Similarity)!.Id);
        }

        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitApplication.Submitted(application.Id, number, code, errors);
    }
}
