using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Calendar;

/// <summary>Deletes an administrator's entry; the date falls back to the official data or, without one, to the weekday rule.</summary>
internal sealed class RemoveArrangement(GongkaiDbContext db, CalendarChanges changes)
{
    public async Task<CalendarDay> HandleAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var existing = await db.CalendarArrangements.SingleOrDefaultAsync(a => a.Date == date, cancellationToken)
            ?? throw new DomainException($"{ChineseDate.Format(date)}没有管理员录入的安排。官方数据不能删除，如有错误请录入更正。");

        db.CalendarArrangements.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        await changes.AnnounceAsync(cancellationToken);
        return existing.ToCalendarDay();
    }
}
