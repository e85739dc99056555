using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>
/// Who sees which applications: the disclosure office all of the agency's, a handler those assigned to them, a leader
/// those in handling without the applicant's personal data; nobody else, and nobody of another agency.
/// </summary>
public sealed class AccessTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly CaseSteps steps = new(factory);

    [Fact]
    public async Task Staff_of_another_agency_cannot_open_the_list()
    {
        var beijingOfficer = await factory.SignInAsync("beijing-disclosureofficer");

        foreach (var url in new[] { CaseSteps.List(Agency), $"{CaseSteps.List(Agency)}/due", $"{CaseSteps.List(Agency)}/export", CaseSteps.NewPage(Agency), "/admin/shandong/manage/applications" })
        {
            Assert.True(CaseSteps.IsRefused(await beijingOfficer.GetAsync(url)), url);
        }
    }

    [Fact]
    public async Task A_handler_sees_only_the_cases_assigned_to_them()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var assigned = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag);
        var unassigned = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag);
        await steps.AssignAsync(Agency, assigned.Id);
        var handler = await factory.SignInAsync("shandong-handler");

        var html = await handler.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(tag)}");

        Assert.Equal([assigned.Number], CaseSteps.Numbers(html));
        Assert.DoesNotContain(unassigned.Number, html, StringComparison.Ordinal);
        Assert.Contains(CaseSteps.ApplicantName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("登记申请", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_sees_cases_in_handling_with_the_applicant_masked_and_cannot_search_by_name()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var handling = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag);
        var registered = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag);
        await steps.AssignAsync(Agency, handling.Id);
        var leader = await factory.SignInAsync("shandong-leader");

        var html = await leader.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(tag)}");

        Assert.Equal([handling.Number], CaseSteps.Numbers(html));
        Assert.DoesNotContain(registered.Number, html, StringComparison.Ordinal);
        Assert.Contains(Masking.Name(CaseSteps.ApplicantName), html, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.ApplicantName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.IdNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.Phone, html, StringComparison.Ordinal);

        // Searching for the name would tell the leader who applied.
        var byName = await leader.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(CaseSteps.ApplicantName)}");
        Assert.DoesNotContain(handling.Number, byName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shandong-drafter")]
    [InlineData("shandong-officereviewer")]
    [InlineData("shandong-confidentialityreviewer")]
    [InlineData("shandong-agencyadmin")]
    [InlineData("admin")]
    public async Task Staff_who_do_not_handle_applications_are_refused(string userName)
    {
        var client = await factory.SignInAsync(userName);

        foreach (var url in new[] { CaseSteps.List(Agency), $"{CaseSteps.List(Agency)}/due", $"{CaseSteps.List(Agency)}/export", CaseSteps.NewPage(Agency) })
        {
            var response = await client.GetAsync(url);
            Assert.True(CaseSteps.IsRefused(response), $"{userName} GET {url} → {(int)response.StatusCode}");
        }

        var page = await client.GetAsync(CaseSteps.List(Agency));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("无权访问", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workbench_counts_late_applications_for_those_who_handle_them_only()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        await CaseSteps.RegisterAsync(officer, Agency, f => f["receivedOn"] = CaseSteps.Today.AddDays(-60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var officersBench = await officer.GetStringAsync($"/admin/{Agency}");
        var draftersBench = await (await factory.SignInAsync("shandong-drafter")).GetStringAsync($"/admin/{Agency}");

        Assert.Matches("data-testid=\"dashboard-applications\"[^>]*>.*答复已逾期 [1-9]", officersBench);
        Assert.DoesNotContain("dashboard-applications", draftersBench, StringComparison.Ordinal);
    }
}
