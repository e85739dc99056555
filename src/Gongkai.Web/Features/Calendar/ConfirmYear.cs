using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Calendar;

/// <summary>
/// A platform administrator declares a year's arrangement completely entered. Until then no deadline may run into that
/// year, because an unknown holiday would silently make it wrong.
/// </summary>
internal sealed class ConfirmYear(GongkaiDbContext db, CalendarChanges changes, TimeProvider time)
{
    public async Task HandleAsync(int year, string confirmedBy, CancellationToken cancellationToken = default)
    {
        if (OfficialHolidays.Years.Contains(year))
        {
            throw new DomainException($"{year}年的安排来自内置的官方数据，已经载入，无需确认。");
        }

        var confirmed = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (confirmed is not null)
        {
            throw new DomainException($"{year}年的安排已由{confirmed.ConfirmedBy}确认过。");
        }

        var entry = new CalendarYear(year, confirmedBy, time.GetUtcNow().UtcDateTime);

        // Every year has at least 元旦 and 春节 off; a year without any off day has simply not been entered yet.
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var hasOffDay = await db.CalendarArrangements.AnyAsync(a => a.Date >= first && a.Date <= last && a.IsOffDay, cancellationToken);
        if (!hasOffDay)
        {
            throw new DomainException($"尚未录入{year}年的任何放假安排，请先录入元旦、春节等节假日，再确认。");
        }

        db.CalendarYears.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"{year}年的安排刚被其他管理员确认，请刷新页面。");
        }

        await changes.AnnounceAsync(cancellationToken);
    }
}
