using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>What one run of the daily digest did.</summary>
public sealed record DigestRun(int Stored, int Sent, int Failed);

/// <summary>
/// The day's digests: each person answering for a late or soon-due deadline gets those, and each disclosure officer
/// gets all of the agency's (the office answers for what nobody is assigned to). A person already holding today's
/// digest is skipped, and the unique key turns away a second node's copy, so the run is idempotent; only the run
/// that stored a digest sends it. A failed send is logged and recorded on the digest, and the run goes on.
/// </summary>
public sealed class ComposeDigests(
    GongkaiDbContext db,
    RunningDeadlines running,
    DigestMailer mailer,
    IOptions<SmtpSettings> smtp,
    ILogger<ComposeDigests> logger)
{
    public async Task<DigestRun> HandleAsync(DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var snapshot = await running.HandleAsync(null, today, cancellationToken);
        var pressing = snapshot.Rows.Where(r => r.Status != DeadlineStatus.Normal).ToList();
        if (pressing.Count == 0)
        {
            return new DigestRun(0, 0, 0);
        }

        var agencyIds = pressing.Select(r => r.Deadline.AgencyId).Distinct().ToList();
        var officers = await (
            from g in db.RoleGrants
            join u in db.Users on g.UserId equals u.Id
            where g.Role == StaffRole.DisclosureOfficer && agencyIds.Contains(g.AgencyId) && !u.Disabled
            select new { u.Id, g.AgencyId })
            .ToListAsync(cancellationToken);
        var items = new Dictionary<Guid, List<SupervisionRow>>();
        void Give(Guid userId, SupervisionRow row)
        {
            if (!items.TryGetValue(userId, out var list))
            {
                items[userId] = list = [];
            }

            if (!list.Contains(row))
            {
                list.Add(row);
            }
        }

        foreach (var row in pressing)
        {
            if (row.Deadline.ResponsibleUserId is { } person)
            {
                Give(person, row);
            }

            foreach (var officer in officers.Where(o => o.AgencyId == row.Deadline.AgencyId))
            {
                Give(officer.Id, row);
            }
        }

        var userIds = items.Keys.ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && !u.Disabled)
            .Select(u => new { u.Id, u.AgencyId, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var already = (await db.Set<SupervisionDigest>().AsNoTracking().Where(d => d.DigestDate == today).Select(d => d.RecipientId).ToListAsync(cancellationToken)).ToHashSet();
        var siteUrl = (smtp.Value.SiteUrl ?? "").TrimEnd('/');

        int stored = 0, sent = 0, failed = 0;
        foreach (var recipient in recipients.Where(r => !already.Contains(r.Id)))
        {
            var list = items[recipient.Id].Select(r => new DigestItem(r.Deadline.Kind, r.Deadline.Subject, r.Deadline.DueOn, r.Status, r.Deadline.Url)).ToList();
            var digest = new SupervisionDigest(recipient.Id, recipient.AgencyId, today, list, DigestText.Body(recipient.DisplayName, today, list, siteUrl), now);
            db.Add(digest);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node stored this person's digest a moment ago: it sends it, not this one.
                db.Entry(digest).State = EntityState.Detached;
                continue;
            }

            stored++;
            if (!mailer.Configured || string.IsNullOrWhiteSpace(recipient.Email))
            {
                continue;
            }

            try
            {
                await mailer.SendAsync(recipient.Email, DigestText.Subject(today, digest.OverdueCount, digest.DueSoonCount), digest.Body, cancellationToken);
                digest.RecordSent(recipient.Email, now);
                sent++;
            }
            catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException or System.Net.Sockets.SocketException or FormatException)
            {
                logger.LogWarning(ex, "督办提醒邮件发送失败：{Recipient}", recipient.Id);
                digest.RecordSendFailure(recipient.Email, ex.Message);
                failed++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new DigestRun(stored, sent, failed);
    }
}
