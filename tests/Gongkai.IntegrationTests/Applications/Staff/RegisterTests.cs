using System.Globalization;
using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>The disclosure office registers applications received in person, by post or by fax.</summary>
public sealed class RegisterTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly CaseSteps steps = new(factory);

    [Theory]
    [InlineData(nameof(ReceiptChannel.InPerson))]
    [InlineData(nameof(ReceiptChannel.RegisteredMail))]
    [InlineData(nameof(ReceiptChannel.OrdinaryMail))]
    [InlineData(nameof(ReceiptChannel.Fax))]
    public async Task A_registered_application_keeps_its_receipt_date_and_is_due_twenty_working_days_later(string channel)
    {
        var receivedOn = new DateOnly(2026, 3, 2);
        var officer = await factory.SignInAsync("shandong-disclosureofficer");

        var id = await CaseSteps.RegisterAsync(officer, Agency, f =>
        {
            f["channel"] = channel;
            f["receivedOn"] = "2026-03-02";
        });

        var application = await steps.LoadAsync(id);
        Assert.Equal(Enum.Parse<ReceiptChannel>(channel), application.Channel);
        Assert.Equal(receivedOn, application.ReceivedOn);
        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.True(WorkingDayCalendar.Official.LoadedYears.Contains(2026));
        Assert.Equal(WorkingDayCalendar.Official.AddWorkingDays(receivedOn, 20), application.ReplyDueOn);
        Assert.Equal(CaseSteps.ApplicantName, application.ApplicantName);
        Assert.Equal(CaseSteps.IdNumber, application.IdNumber);
    }

    [Fact]
    public async Task The_query_code_is_shown_once_and_matches_the_case()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");

        var (id, number, code) = await CaseSteps.RegisterWithCodeAsync(officer, Agency);

        var application = await steps.LoadAsync(id);
        Assert.Equal(number, application.Number);
        Assert.True(QueryCode.Matches(number, code, application.QueryCodeHash));
        var again = await officer.GetStringAsync($"{CaseSteps.List(Agency)}/registered?id={id}");
        Assert.Contains(number, again, StringComparison.Ordinal);
        Assert.DoesNotContain(code, again, StringComparison.Ordinal);
        Assert.Contains("不再显示", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_chinese_errors_beside_the_fields_and_nothing_typed_is_lost()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var fields = CaseSteps.ValidApplicantFields();
        fields["IdNumber"] = CaseSteps.IdNumber17 + (CaseSteps.IdNumber[^1] == '0' ? "1" : "0");
        fields["Phone"] = "12345";
        fields["Description"] = "太短";
        fields["Name"] = "赵六保留";
        fields["channel"] = "";
        fields["receivedOn"] = "2026/03/02";

        var response = await CaseSteps.PostRegistrationAsync(officer, Agency, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"IdNumber-error\">居民身份证号码不正确", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Phone-error\">联系电话格式不正确", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Description-error\">请描述所需政府信息", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Channel-error\">请选择申请的提交方式", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ReceivedOn-error\">请填写收到申请日期", html, StringComparison.Ordinal);
        Assert.Contains("value=\"赵六保留\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026/03/02\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_date_in_the_future_is_refused_in_chinese()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var fields = CaseSteps.ValidApplicantFields();
        fields["receivedOn"] = CaseSteps.Today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["Name"] = "未来日期申请人";

        var response = await CaseSteps.PostRegistrationAsync(officer, Agency, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"form-error\">收到申请日期", html, StringComparison.Ordinal);
        Assert.Contains("value=\"未来日期申请人\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_online_channel_cannot_be_registered_by_staff()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var fields = CaseSteps.ValidApplicantFields();
        fields["channel"] = nameof(ReceiptChannel.Online);

        var response = await CaseSteps.PostRegistrationAsync(officer, Agency, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Channel-error\">请选择申请的提交方式", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await officer.GetStringAsync(CaseSteps.NewPage(Agency));
        Assert.DoesNotContain("value=\"Online\"", form, StringComparison.Ordinal);
        Assert.Contains("收到日期：本机关签收之日", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_cannot_register_an_application()
    {
        var handler = await factory.SignInAsync("shandong-handler");

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync(CaseSteps.NewPage(Agency))).StatusCode);

        // The list gives the handler a valid antiforgery token, so only the role refuses the post.
        var posted = await handler.PostFormAsync(CaseSteps.List(Agency), CaseSteps.NewPage(Agency), CaseSteps.ValidApplicantFields());
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Contains("无权访问", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
