using System.Globalization;
using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>The list of applications: only the agency's own cases, filtered by GET, paged, newest first.</summary>
public sealed class ListTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly CaseSteps steps = new(factory);

    [Fact]
    public async Task The_list_shows_the_agencys_cases_and_never_another_agencys()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var own = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag);
        var beijingOfficer = await factory.SignInAsync("beijing-disclosureofficer");
        var other = await CaseSteps.RegisterWithCodeAsync(beijingOfficer, "beijing", f => f["Description"] += tag);

        var html = await officer.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(tag)}");

        Assert.Equal([own.Number], CaseSteps.Numbers(html));
        Assert.Contains(own.Id.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id.ToString(), html, StringComparison.Ordinal);
        Assert.Contains(CaseSteps.ApplicantName, html, StringComparison.Ordinal);
        Assert.Contains("当面提交", html, StringComparison.Ordinal);
        Assert.Contains("已登记", html, StringComparison.Ordinal);
        Assert.Contains("剩余", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.IdNumber, html, StringComparison.Ordinal);
        Assert.Contains("登记申请", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_filter_narrows_the_list()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var plain = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag);
        var byFax = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f =>
        {
            f["Description"] += tag;
            f["channel"] = nameof(ReceiptChannel.Fax);
        });
        var company = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f =>
        {
            f["Description"] += tag;
            CaseSteps.AsOrganization(f);
            f["Name"] = "商贸" + tag;
        });
        var late = await CaseSteps.RegisterWithCodeAsync(officer, Agency, f =>
        {
            f["Description"] = "早前收到的关于工伤认定的申请" + tag;
            f["receivedOn"] = CaseSteps.Today.AddDays(-45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        });
        var (departmentId, _) = await steps.AssignAsync(Agency, plain.Id);
        var list = $"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(tag)}";

        Assert.Equal(4, CaseSteps.Numbers(await officer.GetStringAsync(list)).Count);
        Assert.Equal([plain.Number], CaseSteps.Numbers(await officer.GetStringAsync($"{list}&status=Handling")));
        Assert.Equal([byFax.Number], CaseSteps.Numbers(await officer.GetStringAsync($"{list}&channel=Fax")));
        Assert.Equal([company.Number], CaseSteps.Numbers(await officer.GetStringAsync($"{list}&kind=Business")));
        Assert.Equal([plain.Number], CaseSteps.Numbers(await officer.GetStringAsync($"{list}&department={departmentId}")));
        var overdue = await officer.GetStringAsync($"{list}&overdue=true");
        Assert.Equal([late.Number], CaseSteps.Numbers(overdue));
        Assert.Contains("已逾期", overdue, StringComparison.Ordinal);
        Assert.Contains("class=\"overdue\"", overdue, StringComparison.Ordinal);

        // The words are looked for in the description, the number and the applicant's name.
        Assert.Equal([late.Number], CaseSteps.Numbers(await officer.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString("工伤认定")}")));
        Assert.Equal([byFax.Number], CaseSteps.Numbers(await officer.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(byFax.Number.ToLowerInvariant())}")));
        Assert.Equal([company.Number], CaseSteps.Numbers(await officer.GetStringAsync($"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString("商贸" + tag)}")));
    }

    [Fact]
    public async Task The_list_pages_by_twenty_newest_first()
    {
        var tag = CaseSteps.Tag();
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var numbers = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            numbers.Add((await CaseSteps.RegisterWithCodeAsync(officer, Agency, f => f["Description"] += tag)).Number);
        }

        var list = $"{CaseSteps.List(Agency)}?q={Uri.EscapeDataString(tag)}";
        var first = await officer.GetStringAsync(list);
        var second = await officer.GetStringAsync($"{list}&page=2");

        Assert.Equal(20, CaseSteps.Numbers(first).Count);
        Assert.Equal(numbers[^1], CaseSteps.Numbers(first)[0]);
        Assert.Equal([numbers[0]], CaseSteps.Numbers(second));
        Assert.Contains("共21件", first, StringComparison.Ordinal);
        Assert.Contains("疑似重复", first, StringComparison.Ordinal);
        Assert.Contains($"q={Uri.EscapeDataString(tag)}&amp;page=2", first, StringComparison.Ordinal);
    }
}
