using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Participation.Mailbox;
using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Features.Reports.Supervision;
using Gongkai.Web.Features.Reports.Supervision.Digests;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reports.Supervision;

/// <summary>The daily digest: stored once per person per day, shown in the back office, e-mailed when SMTP is set.</summary>
public sealed class DigestTests(DigestFactory factory) : IClassFixture<DigestFactory>
{
    public const string HandlerEmail = "handler@example.gov.cn";
    public const string OfficeEmail = "office@example.gov.cn";

    [Fact]
    public async Task The_job_stores_one_digest_per_person_sends_it_by_mail_and_running_again_changes_nothing()
    {
        var (message, day) = await OverdueMessageAsync(factory, HandlerEmail, OfficeEmail, assign: true);
        var handlerId = await SupervisionSteps.UserIdAsync(factory, "shandong-handler");
        var officerId = await SupervisionSteps.UserIdAsync(factory, "shandong-disclosureofficer");

        await RunJobAsync(factory);
        var stored = await DigestsOnAsync(factory, day);
        var handlers = stored.Single(d => d.RecipientId == handlerId);
        var officers = stored.Single(d => d.RecipientId == officerId);
        Assert.Contains(handlers.ItemList(), i => i.Url == $"/admin/shandong/mailbox/{message.Id}" && i.Status == DeadlineStatus.Overdue);
        Assert.Contains(officers.ItemList(), i => i.Url == $"/admin/shandong/mailbox/{message.Id}");
        Assert.True(handlers.OverdueCount >= 1);
        Assert.Equal(HandlerEmail, handlers.EmailTo);
        Assert.NotNull(handlers.EmailedAt);
        var mails = factory.Mail.Received.ToList();
        var mail = Assert.Single(mails, m => m.Recipients.Contains(HandlerEmail));
        Assert.StartsWith("督办提醒：", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"已逾期{handlers.OverdueCount}项", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(message.Subject, mail.Body, StringComparison.Ordinal);
        Assert.Contains("【已逾期】", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"https://gongkai.example.gov.cn/admin/shandong/mailbox/{message.Id}", mail.Body, StringComparison.Ordinal);
        Assert.Single(mails, m => m.Recipients.Contains(OfficeEmail));

        await RunJobAsync(factory);

        Assert.Equal(stored.Count, (await DigestsOnAsync(factory, day)).Count);
        Assert.Equal(mails.Count, factory.Mail.Received.Count);

        var handler = await factory.SignInAsync("shandong-handler");
        var page = await handler.GetStringAsync("/admin/shandong/supervision/digest");
        Assert.Contains(message.Subject, page, StringComparison.Ordinal);
        Assert.Contains($"已发送至 {HandlerEmail}", page, StringComparison.Ordinal);
        var dashboard = await handler.GetStringAsync("/admin/shandong");
        Assert.Contains($"督办提醒：已逾期{handlers.OverdueCount}项", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_day_off_the_job_stores_nothing()
    {
        var calendar = await factory.Services.GetRequiredService<WorkingCalendar>().CurrentAsync();
        var dayOff = Enumerable.Range(1, 14).Select(n => ChineseDate.Today(factory.Clock).AddDays(n)).First(d => !calendar.IsWorkingDay(d));
        factory.MoveTo(dayOff);

        await RunJobAsync(factory);

        Assert.Empty(await DigestsOnAsync(factory, dayOff));
    }

    /// <summary>Writes a message, optionally assigns it to the demo handler, gives e-mails and moves to the first working day after its deadline.</summary>
    internal static async Task<(Message Message, DateOnly Day)> OverdueMessageAsync(SupervisionFactory factory, string? handlerEmail, string officeEmail, bool assign)
    {
        var message = await SupervisionSteps.WriteMessageAsync(factory, "监察测试督办" + Guid.NewGuid().ToString("N")[..8]);
        if (assign)
        {
            var officer = await factory.SignInAsync("shandong-disclosureofficer");
            await MailboxSteps.ActAsync(officer, message.Id, "Assign", await MailboxSteps.AssignmentAsync(factory));
        }

        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            foreach (var (name, email) in new[] { ("shandong-handler", handlerEmail), ("shandong-disclosureofficer", (string?)officeEmail) })
            {
                var user = await users.FindByNameAsync(name);
                await users.SetEmailAsync(user!, email);
            }
        }

        var calendar = await factory.Services.GetRequiredService<WorkingCalendar>().CurrentAsync();
        var day = message.DueOn.AddDays(1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        factory.MoveTo(day);
        return (message, day);
    }

    internal static async Task RunJobAsync(GongkaiFactory factory)
    {
        await using var scope = factory.Scope();
        var job = ActivatorUtilities.CreateInstance<SendDailyDigestsJob>(scope.ServiceProvider);
        await job.Execute(null!, TestContext.Current.CancellationToken);
    }

    internal static async Task<List<SupervisionDigest>> DigestsOnAsync(GongkaiFactory factory, DateOnly day)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<SupervisionDigest>().AsNoTracking().Where(d => d.DigestDate == day).ToListAsync();
    }
}

/// <summary>A mail server that cannot be reached fails the send, not the job.</summary>
public sealed class DigestSendFailureTests(BrokenSmtpFactory factory) : IClassFixture<BrokenSmtpFactory>
{
    [Fact]
    public async Task A_failed_send_is_recorded_on_the_digest_and_the_job_goes_on()
    {
        var (message, day) = await DigestTests.OverdueMessageAsync(factory, null, DigestTests.OfficeEmail, assign: false);
        var officerId = await SupervisionSteps.UserIdAsync(factory, "shandong-disclosureofficer");

        await DigestTests.RunJobAsync(factory);

        var digest = (await DigestTests.DigestsOnAsync(factory, day)).Single(d => d.RecipientId == officerId);
        Assert.Contains(digest.ItemList(), i => i.Url.EndsWith(message.Id.ToString(), StringComparison.Ordinal));
        Assert.Null(digest.EmailedAt);
        Assert.Equal(DigestTests.OfficeEmail, digest.EmailTo);
        Assert.NotEqual("", digest.EmailError);
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        Assert.Contains("邮件发送失败", await officer.GetStringAsync("/admin/shandong/supervision/digest"), StringComparison.Ordinal);
    }
}
