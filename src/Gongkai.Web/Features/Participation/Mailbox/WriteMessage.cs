using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>A citizen writes: the message is received today and owed an answer within the agency's period.</summary>
internal sealed class WriteMessage(GongkaiDbContext db, MessageNumbers numbers, MailboxSettingsStore settings, WorkingCalendar workingCalendar, TimeProvider time)
{
    public async Task<Written> HandleAsync(Guid agencyId, MessageInput input, CancellationToken cancellationToken = default)
    {
        var checkedInput = MessageInputCheck.Check(input);
        if (checkedInput.Details is null)
        {
            return new Written(null, null, checkedInput.Errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = ChineseDate.Today(time);
        var period = (await settings.ForAsync(agencyId, cancellationToken)).AnswerWorkingDays;
        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        var number = await numbers.NextAsync(agencyId, today.Year, cancellationToken);
        var code = QueryCode.New();
        var message = Message.Write(
            Guid.NewGuid(), agencyId, number, QueryCode.Hash(number, code), checkedInput.Details, today, period, calendar, now);
        db.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return new Written(number, code, checkedInput.Errors);
    }

    /// <summary>The number and the query code (shown once), or the errors by field.</summary>
    public sealed record Written(string? Number, string? QueryCode, IReadOnlyDictionary<string, string> Errors);
}
