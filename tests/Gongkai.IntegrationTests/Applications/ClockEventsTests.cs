using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Jobs;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Applications;

/// <summary>What moves a case without anyone opening it: the calendar changing, and deadlines the applicant lets pass.</summary>
public sealed class ClockEventsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string CalendarPage = "/admin/platform/calendar";
    private static readonly StaffActor Office = new(Guid.NewGuid(), "测试政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });

    [Fact]
    public async Task Confirming_next_years_holidays_recounts_the_reply_deadline_of_open_cases()
    {
        var id = await SaveAsync("hunjiang", (agencyId, calendar) =>
            Register(agencyId, new DateOnly(2026, 12, 15), calendar));
        var before = await LoadAsync(id);
        Assert.Equal(new DateOnly(2027, 1, 12), before.ReplyDueOn);
        Assert.True(before.DeadlinesProvisional);

        var admin = await factory.SignInAsync("admin");
        var added = await admin.PostFormAsync(CalendarPage, $"{CalendarPage}?handler=Add", new() { ["date"] = "2027-01-01", ["kind"] = "off", ["name"] = "元旦" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var confirmed = await admin.PostFormAsync(CalendarPage, $"{CalendarPage}?handler=ConfirmYear", new() { ["year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var after = await LoadAsync(id);
        Assert.Equal(new DateOnly(2027, 1, 13), after.ReplyDueOn);
        Assert.False(after.DeadlinesProvisional);
    }

    [Fact]
    public async Task The_daily_job_closes_cases_whose_supplement_or_payment_deadline_passed_and_leaves_the_rest()
    {
        var today = ChineseDate.Today(TimeProvider.System);
        var longAgo = today.AddDays(-60);
        var handler = new StaffActor(Guid.NewGuid(), "测试承办人", new HashSet<string> { StaffRole.Handler });
        var noSupplement = await SaveAsync("hunjiang", (agencyId, calendar) =>
        {
            var application = Register(agencyId, longAgo, calendar);
            application.RequestSupplement(Office, "请说明所需信息的时间范围", 10, calendar, longAgo.AddDays(1), DateTime.UtcNow);
            return application;
        });
        var unpaid = await SaveAsync("hunjiang", (agencyId, calendar) =>
        {
            var application = Register(agencyId, longAgo, calendar);
            application.Assign(Office, Guid.NewGuid(), "测试处", handler.Id!.Value, handler.Name, DateTime.UtcNow);
            application.ChargeFee(handler, Web.Features.Applications.Fees.FeeMethod.PerPage, 120, 20, calendar, longAgo.AddDays(2), DateTime.UtcNow);
            return application;
        });
        var stillWaiting = await SaveAsync("hunjiang", (agencyId, calendar) =>
        {
            var application = Register(agencyId, today, calendar);
            application.RequestSupplement(Office, "请说明所需信息的时间范围", 10, calendar, today, DateTime.UtcNow);
            return application;
        });

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<CloseLapsedApplications>().HandleAsync(today, DateTime.UtcNow);
        }

        var closedForSupplement = await LoadAsync(noSupplement);
        Assert.Equal(ApplicationStatus.Decided, closedForSupplement.Status);
        Assert.Equal(ApplicationOutcome.OtherNoSupplement, closedForSupplement.Outcome);
        Assert.Equal("系统定时任务", closedForSupplement.History.MaxBy(h => h.At)!.ActorName);
        Assert.Equal(ApplicationOutcome.OtherUnpaidFee, (await LoadAsync(unpaid)).Outcome);
        Assert.Equal(ApplicationStatus.AwaitingSupplement, (await LoadAsync(stillWaiting)).Status);
    }

    private static Application Register(Guid agencyId, DateOnly receivedOn, WorkingDayCalendar calendar) =>
        Application.Register(Guid.NewGuid(), agencyId, $"YSQT{Guid.NewGuid():N}"[..20], "hash", ReceiptChannel.InPerson, receivedOn,
            new ApplicantDetails(ApplicantKind.NaturalPerson, "测试申请人", IdDocumentType.ResidentIdCard, "11010519491231002X", "", "", "", "13812345678", "", "", ""),
            new RequestDetails("2025年失业保险金发放情况", "", "", DeliveryMethod.Electronic, InformationFormat.ElectronicFile),
            Office, calendar, receivedOn, DateTime.UtcNow);

    private async Task<Guid> SaveAsync(string agency, Func<Guid, WorkingDayCalendar, Application> build)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == agency).Select(a => a.Id).SingleAsync();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendar>().CurrentAsync();
        var application = build(agencyId, calendar);
        db.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    private async Task<Application> LoadAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Application>().AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == id);
    }
}
