using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Publications.Staff;
using static Gongkai.IntegrationTests.Applications.Staff.CaseFlow;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>What the case page shows, to whom, and which steps it offers.</summary>
public sealed class CasePageTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly CaseFlow flow = new(factory);

    [Fact]
    public async Task The_disclosure_office_sees_the_applicant_in_full_and_a_leader_does_not()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var idNumber = NewIdNumber();
        var id = await flow.HandlingAsync(office, Agency, Today, idNumber);

        var full = TextOf(await office.GetStringAsync(Page(Agency, id)));
        Assert.Contains(idNumber, full, StringComparison.Ordinal);
        Assert.Contains("13912345678", full, StringComparison.Ordinal);
        Assert.Contains("张三丰", full, StringComparison.Ordinal);

        var handler = TextOf(await (await factory.SignInAsync($"{Agency}-handler")).GetStringAsync(Page(Agency, id)));
        Assert.Contains(idNumber, handler, StringComparison.Ordinal);

        var leader = await factory.SignInAsync($"{Agency}-leader");
        var html = await leader.GetStringAsync(Page(Agency, id));
        Assert.DoesNotContain(idNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[6..14], html, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", html, StringComparison.Ordinal);
        Assert.DoesNotContain("zhangsf@example.cn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("测试路8号", html, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", html, StringComparison.Ordinal);
        Assert.Contains("张**", TextOf(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_case_people_of_the_agency_open_it()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var registered = await flow.RegisterAsync(Agency, Today);
        var handling = await flow.HandlingAsync(office, Agency);

        foreach (var role in new[] { "drafter", "officereviewer", "agencyadmin" })
        {
            var response = await (await factory.SignInAsync($"{Agency}-{role}")).GetAsync(Page(Agency, handling));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("依申请公开的办理限于政务公开办、承办人和分管领导。", ErrorOf(await response.Content.ReadAsStringAsync()));
        }

        // A leader sees the cases in handling (to approve an extension), not the ones the office still holds.
        var leader = await factory.SignInAsync($"{Agency}-leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(Page(Agency, handling))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync(Page(Agency, registered))).StatusCode);

        // A handler sees the cases assigned to them only.
        var handler = await factory.SignInAsync($"{Agency}-handler");
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync(Page(Agency, handling))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync(Page(Agency, registered))).StatusCode);

        // Another agency's office: not found through its own agency, refused on this one's.
        var stranger = await factory.SignInAsync("beijing-disclosureofficer");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Page("beijing", handling))).StatusCode);
        var theirs = await stranger.GetAsync(Page(Agency, handling));
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Contains("/account/access-denied", theirs.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(Page(Agency, Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task The_page_shows_the_receipt_rule_the_clock_and_the_history_in_Beijing_time()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var receivedOn = await flow.WorkingDaysAgoAsync(2);
        var id = await flow.RegisterAsync(Agency, receivedOn);
        var application = await flow.LoadAsync(id);
        var days = await flow.DaysAsync();

        var page = TextOf(await office.GetStringAsync(Page(Agency, id)));
        Assert.Contains(application.Number, page, StringComparison.Ordinal);
        Assert.Contains("当面提交", page, StringComparison.Ordinal);
        Assert.Contains("条例第三十一条", page, StringComparison.Ordinal);
        Assert.Contains("申请人提交申请之日", page, StringComparison.Ordinal);
        var due = days.AddWorkingDays(receivedOn, 20);
        Assert.Contains($"{due.Year}年{due.Month}月{due.Day}日", page, StringComparison.Ordinal);
        Assert.Contains($"剩余 {days.WorkingDaysLeft(Today, due)} 个工作日", page, StringComparison.Ordinal);
        var notice = days.AddWorkingDays(receivedOn, 7);
        Assert.Contains($"补正告知期限 {notice.Year}年{notice.Month}月{notice.Day}日前", page, StringComparison.Ordinal);

        var registered = application.History.Single();
        Assert.Contains(BeijingTime.Format(registered.At), page, StringComparison.Ordinal);
        Assert.Contains("山东省人社厅政务公开办", page, StringComparison.Ordinal);
        Assert.Contains("登记", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_role_is_offered_only_the_steps_it_may_take()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var registered = await flow.RegisterAsync(Agency, Today);
        var officePage = await office.GetStringAsync(Page(Agency, registered));
        foreach (var step in new[] { "告知补正", "分派承办", "作出决定" })
        {
            Assert.Contains($"aria-label=\"{step}\"", officePage, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("aria-label=\"逾期未补正\"", officePage, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"不予公开\">", officePage, StringComparison.Ordinal);
        Assert.Contains("<option value=\"WithheldThirdParty\">不予公开：4. 保护第三方合法权益</option>", officePage, StringComparison.Ordinal);
        Assert.Contains("山东省人社厅承办人", TextOf(officePage), StringComparison.Ordinal);

        var handling = await flow.HandlingAsync(office, Agency);
        var leaderPage = await (await factory.SignInAsync($"{Agency}-leader")).GetStringAsync(Page(Agency, handling));
        Assert.Contains("aria-label=\"延期\"", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"作出决定\"", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"分派承办\"", leaderPage, StringComparison.Ordinal);

        var handlerPage = await (await factory.SignInAsync($"{Agency}-handler")).GetStringAsync(Page(Agency, handling));
        foreach (var step in new[] { "征求意见", "收费通知", "作出决定" })
        {
            Assert.Contains($"aria-label=\"{step}\"", handlerPage, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("aria-label=\"延期\"", handlerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"分派承办\"", handlerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lapse_is_offered_only_once_its_deadline_has_passed()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var id = await flow.RegisterAsync(Agency, Today);
        await DoAsync(office, Agency, id, "RequestSupplement", new() { ["note"] = "请写明所需信息的年份。", ["days"] = "10" });
        Assert.DoesNotContain("aria-label=\"逾期未补正\"", await office.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);

        await flow.ArrangeAsync(id, s => s.SetProperty(a => a.SupplementDueOn, Today.AddDays(-1)));
        Assert.Contains("aria-label=\"逾期未补正\"", await office.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_step_keeps_what_was_typed()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var leader = await factory.SignInAsync($"{Agency}-leader");
        var id = await flow.HandlingAsync(office, Agency);

        var response = await ActAsync(leader, Agency, id, "Extend", new() { ["days"] = "25", ["note"] = "涉及多个处室的历史档案" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("延长的期限最长不超过20个工作日。", ErrorOf(html));
        Assert.Contains(">涉及多个处室的历史档案</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"25\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Possible_repeats_of_the_same_applicant_are_linked_with_their_similarity()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var idNumber = NewIdNumber();
        var earlier = await flow.RegisterAsync(Agency, Today, idNumber, "请公开2025年本市失业保险金发放人数和发放金额");
        var later = await flow.RegisterAsync(Agency, Today, idNumber, "请公开2025年本市失业保险金的发放人数和发放金额");
        var unrelated = await flow.RegisterAsync(Agency, Today, NewIdNumber(), "请公开2025年本市失业保险金发放人数和发放金额");

        var html = await office.GetStringAsync(Page(Agency, later));
        Assert.Contains($"href=\"{Page(Agency, earlier)}\"", html, StringComparison.Ordinal);
        Assert.Contains("相似度", TextOf(html), StringComparison.Ordinal);
        Assert.DoesNotContain(unrelated.ToString(), html, StringComparison.Ordinal);
        Assert.Equal(earlier, (await flow.LoadAsync(later)).PossibleRepeatOfId);
    }

    [Fact]
    public async Task A_pending_online_application_shows_that_the_clock_waits_for_confirmation()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var id = await flow.SubmitAsync(Agency);

        var page = TextOf(await office.GetStringAsync(Page(Agency, id)));
        Assert.Contains("待确认", page, StringComparison.Ordinal);
        Assert.Contains("互联网在线", page, StringComparison.Ordinal);
        Assert.Contains("双方确认之日", page, StringComparison.Ordinal);
        Assert.Contains("确认收到申请后开始计算", page, StringComparison.Ordinal);

        await DoAsync(office, Agency, id, "Confirm", new() { ["date"] = TodayText });
        Assert.Equal(ApplicationStatus.Registered, (await flow.LoadAsync(id)).Status);
        Assert.Equal(Today, (await flow.LoadAsync(id)).ReceivedOn);
    }
}
