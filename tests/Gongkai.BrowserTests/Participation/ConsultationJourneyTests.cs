using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Participation;

/// <summary>
/// A draft put out for comment through the real pages: the office opens it, a citizen comments on a phone, the office
/// approves the comment, and after the period closes answers it and publishes the adoption report the citizen then reads.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ConsultationJourneyTests(BrowserFixture browser)
{
    private const string Agency = "shanghai";

    [Fact]
    public async Task A_citizen_comments_the_office_moderates_and_answers_and_the_adoption_report_appears()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var title = $"关于进一步做好就业见习工作的通知（征求意见稿{marker}）";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        var comment = $"建议将见习补贴标准提高到当地最低工资标准的80%（{marker}）。";
        string staffPath = "", publicPath = "";

        await AsStaffAsync(async page =>
        {
            await AccessibilityTests.GoToAsync(page, $"/admin/{Agency}/consultations/new");
            await page.Locator("#Title").FillAsync(title);
            await page.Locator("#Body").FillAsync("<p>第一条 见习补贴按月发放。</p><p>第二条 见习期限一般为3至12个月。</p>");
            await page.Locator("#OpensOn").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.Locator("#ClosesOn").FillAsync(today.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.Locator("#ContactDepartment").FillAsync("就业促进处");
            await page.Locator("#ContactPhone").FillAsync("021-12345678");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(marker);
            staffPath = new Uri(page.Url).AbsolutePath;

            await page.GetByRole(AriaRole.Button, new() { Name = "发布征求意见", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        });

        var id = Regex.Match(staffPath, "[0-9a-f-]{36}").Value;
        publicPath = $"/{Agency}/consultations/{id}";

        await AsCitizenAsync(async page =>
        {
            await AccessibilityTests.GoToAsync(page, $"/{Agency}/consultations");
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(publicPath) + "$"));
            await Axe.AssertNoViolationsAsync(page);
            await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);

            await page.Locator("#Article").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("#Text").FillAsync(comment);
            await page.Locator("#Name").FillAsync("欧阳明");
            await page.Locator("#Contact").FillAsync("13700000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("意见已收到");

            // Held for moderation: nobody sees it yet.
            await Expect(page.Locator(".comment-list")).Not.ToContainTextAsync(marker);
        });

        await AsStaffAsync(async page =>
        {
            await AccessibilityTests.GoToAsync(page, staffPath);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        });

        await AsCitizenAsync(async page =>
        {
            await AccessibilityTests.GoToAsync(page, publicPath);
            await Expect(page.Locator(".comment-list")).ToContainTextAsync(comment);
            await Expect(page.Locator(".comment-list")).ToContainTextAsync("欧**");
            await Expect(page.Locator("body")).Not.ToContainTextAsync("13700000000");
        });

        // The period ends: moved back in the database, as the calendar would have moved it.
        await using (var scope = browser.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await db.Set<Consultation>().Where(c => c.Id == Guid.Parse(id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OpensOn, today.AddDays(-41)).SetProperty(c => c.ClosesOn, today.AddDays(-1)));
        }

        await AsStaffAsync(async page =>
        {
            await AccessibilityTests.GoToAsync(page, staffPath);
            await page.GetByLabel("部分采纳", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("理由", new() { Exact = true }).FillAsync("补贴标准由省里统一确定，本通知明确按不低于最低工资标准的60%执行。");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存采纳情况", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

            await page.Locator("#summary").FillAsync($"共收到意见1条，部分采纳1条（{marker}）。");
            await page.GetByRole(AriaRole.Button, new() { Name = "公布意见采纳情况", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "意见采纳情况（已公布）" })).ToBeVisibleAsync();
        });

        await AsCitizenAsync(async page =>
        {
            await AccessibilityTests.GoToAsync(page, publicPath);
            await Expect(page.Locator("main")).ToContainTextAsync("意见采纳情况");
            await Expect(page.Locator("main")).ToContainTextAsync("部分采纳");
            await Expect(page.Locator("main")).ToContainTextAsync("最低工资标准的60%");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true })).ToHaveCountAsync(0);
            await Axe.AssertNoViolationsAsync(page);
            await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        });
    }

    private async Task AsCitizenAsync(Func<IPage, Task> steps)
    {
        var (context, page) = await browser.NewPageAsync(360, 740);
        try
        {
            await steps(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private async Task AsStaffAsync(Func<IPage, Task> steps)
    {
        var (context, page) = await browser.NewPageAsync();
        try
        {
            await StaffSignIn.SignInAsync(page, "shanghai-disclosureofficer");
            await steps(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
