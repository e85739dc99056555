using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Applications.Staff;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>到期提醒: open cases grouped by the deadline that is near or past.</summary>
public sealed class DueTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private static readonly StaffActor Office = new(Guid.NewGuid(), "测试政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });
    private static readonly ClockCalendar Days = new(WorkingDayCalendar.Official);

    private static string DuePage => $"{CaseSteps.List(Agency)}/due";

    [Fact]
    public async Task A_case_received_forty_days_ago_is_listed_as_overdue_and_a_recent_one_is_not()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var late = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["receivedOn"] = Date(CaseSteps.Today.AddDays(-40)));
        var fresh = await CaseSteps.RegisterWithCodeAsync(officer, Agency);

        var html = await officer.GetStringAsync(DuePage);

        var overdue = Group(html, CaseDueKind.ReplyOverdue);
        Assert.Contains("答复已逾期", overdue, StringComparison.Ordinal);
        Assert.Contains(late.Number, overdue, StringComparison.Ordinal);
        Assert.Matches("已逾期[1-9][0-9]*个工作日", overdue);
        Assert.DoesNotContain(fresh.Number, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_due_within_five_working_days_is_listed_as_due_soon()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var today = CaseSteps.Today;
        var received = LatestReceiptDueBetween(today, Days.AddWorkingDays(today, DueApplications.ReplyWarningWorkingDays), ReplyClock.ReplyWorkingDays);
        var soon = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["receivedOn"] = Date(received));

        var html = await officer.GetStringAsync(DuePage);

        Assert.Contains(soon.Number, Group(html, CaseDueKind.ReplyDueSoon), StringComparison.Ordinal);
        Assert.DoesNotContain(soon.Number, Group(html, CaseDueKind.ReplyOverdue), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplement_notice_about_to_run_out_is_listed()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var today = CaseSteps.Today;
        var received = LatestReceiptDueBetween(today, Days.AddWorkingDays(today, DueApplications.NoticeWarningWorkingDays), ReplyClock.SupplementNoticeWorkingDays);
        var noticeDue = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["receivedOn"] = Date(received));

        var html = await officer.GetStringAsync(DuePage);

        var group = Group(html, CaseDueKind.SupplementNoticeDueSoon);
        Assert.Contains("补正告知即将超期", group, StringComparison.Ordinal);
        Assert.Contains(noticeDue.Number, group, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lapsed_supplement_an_unpaid_fee_and_a_late_consultation_are_listed_in_their_groups()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var longAgo = CaseSteps.Today.AddDays(-60);
        var lapsed = await SaveAsync((agencyId, calendar) =>
        {
            var application = Register(agencyId, longAgo, calendar);
            application.RequestSupplement(Office, "请说明所需信息的时间范围", 10, calendar, longAgo.AddDays(1), DateTime.UtcNow);
            return application;
        });
        var handler = new StaffActor(Guid.NewGuid(), "测试承办人", new HashSet<string> { StaffRole.Handler });
        var unpaid = await SaveAsync((agencyId, calendar) =>
        {
            var application = Register(agencyId, longAgo, calendar);
            application.Assign(Office, Guid.NewGuid(), "测试处", handler.Id!.Value, handler.Name, DateTime.UtcNow);
            application.ChargeFee(handler, Web.Features.Applications.Fees.FeeMethod.PerPage, 120, 20, calendar, longAgo.AddDays(2), DateTime.UtcNow);
            return application;
        });
        var consulting = await SaveAsync((agencyId, calendar) =>
        {
            var application = Register(agencyId, longAgo, calendar);
            application.Assign(Office, Guid.NewGuid(), "测试处", Guid.NewGuid(), "测试承办人", DateTime.UtcNow);
            application.Consult(Office, ConsultedParty.ThirdParty, "某某公司", "是否同意公开合同", longAgo.AddDays(2), calendar, longAgo.AddDays(2), DateTime.UtcNow);
            return application;
        });

        var html = await officer.GetStringAsync(DuePage);

        // The job run when the host starts closes lapsed cases too: what it has not closed, the office sees here.
        if ((await LoadAsync(lapsed)).Status == ApplicationStatus.AwaitingSupplement)
        {
            Assert.Contains(await NumberAsync(lapsed), Group(html, CaseDueKind.SupplementLapsed), StringComparison.Ordinal);
        }

        if ((await LoadAsync(unpaid)).Status == ApplicationStatus.AwaitingPayment)
        {
            Assert.Contains(await NumberAsync(unpaid), Group(html, CaseDueKind.PaymentLapsed), StringComparison.Ordinal);
        }

        var consultation = Group(html, CaseDueKind.ConsultationDue);
        Assert.Contains(await NumberAsync(consulting), consultation, StringComparison.Ordinal);
        Assert.Contains("已逾期", consultation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_sees_due_cases_without_the_applicants_name()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var late = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["receivedOn"] = Date(CaseSteps.Today.AddDays(-40)));
        await new CaseSteps(factory).AssignAsync(Agency, late.Id);
        var leader = await factory.SignInAsync("shandong-leader");

        var overdue = Group(await leader.GetStringAsync(DuePage), CaseDueKind.ReplyOverdue);

        Assert.Contains(late.Number, overdue, StringComparison.Ordinal);
        Assert.Contains(Masking.Name(CaseSteps.ApplicantName), overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.ApplicantName, overdue, StringComparison.Ordinal);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The latest receipt date, not after today, whose deadline of <paramref name="workingDays"/> falls in [from, to].</summary>
    private static DateOnly LatestReceiptDueBetween(DateOnly from, DateOnly to, int workingDays)
    {
        for (var received = CaseSteps.Today; received > CaseSteps.Today.AddDays(-90); received = received.AddDays(-1))
        {
            var due = Days.AddWorkingDays(received, workingDays);
            if (due >= from && due <= to)
            {
                return received;
            }
        }

        throw new InvalidOperationException("找不到合适的收到日期。");
    }

    private static string Group(string html, CaseDueKind kind)
    {
        var match = Regex.Match(html, $"<section aria-labelledby=\"due-{kind}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"页面没有“{kind.ToChinese()}”一组");
        return match.Groups[1].Value;
    }

    private static Application Register(Guid agencyId, DateOnly receivedOn, WorkingDayCalendar calendar) =>
        Application.Register(Guid.NewGuid(), agencyId, $"YSQT{Guid.NewGuid():N}"[..20], "hash", ReceiptChannel.InPerson, receivedOn,
            new ApplicantDetails(ApplicantKind.NaturalPerson, "测试申请人", IdDocumentType.ResidentIdCard, CaseSteps.IdNumber, "", "", "", CaseSteps.Phone, "", "", ""),
            new RequestDetails("2025年失业保险金发放情况", "", "", DeliveryMethod.PickUp, InformationFormat.Paper),
            Office, calendar, receivedOn, DateTime.UtcNow);

    private async Task<Guid> SaveAsync(Func<Guid, WorkingDayCalendar, Application> build)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == Agency).Select(a => a.Id).SingleAsync();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendar>().CurrentAsync();
        var application = build(agencyId, calendar);
        db.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    private async Task<Application> LoadAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Application>().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<string> NumberAsync(Guid id) => (await LoadAsync(id)).Number;
}
