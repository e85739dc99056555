using System.Globalization;
using System.Text;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Participation;

/// <summary>
/// A drafter attaches files to a consultation draft through the real form, sees a refused file explained beside the
/// field, removes a file after confirming, and the officer's opened consultation lists the rest for the public.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ConsultationAttachmentTests(BrowserFixture browser)
{
    private const string Agency = "hunjiang";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_drafter_attaches_and_removes_files_and_the_public_sees_what_was_left()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        var (drafterContext, drafter) = await browser.NewPageAsync();
        string staffPath;
        await using (drafterContext)
        {
            await StaffSignIn.SignInAsync(drafter, $"{Agency}-drafter");
            await AccessibilityTests.GoToAsync(drafter, $"/admin/{Agency}/consultations/new");
            await drafter.Locator("#Title").FillAsync($"附件测试征求意见稿{marker}");
            await drafter.Locator("#Body").FillAsync("<p>第一条 本办法适用于本区。</p>");
            await drafter.Locator("#OpensOn").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await drafter.Locator("#ClosesOn").FillAsync(today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await drafter.Locator("#ContactDepartment").FillAsync("政策法规股");
            await drafter.Locator("#ContactPhone").FillAsync("0439-12345678");
            await drafter.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();
            await Expect(drafter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(marker);
            staffPath = new Uri(drafter.Url).AbsolutePath;

            await drafter.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "工具.exe", MimeType = "application/octet-stream", Buffer = [0x4D, 0x5A, 0x90, 0x00] });
            await drafter.GetByRole(AriaRole.Button, new() { Name = "上传附件", Exact = true }).ClickAsync();
            await Expect(drafter.Locator("#files-error")).ToContainTextAsync("不支持附件“工具.exe”的格式");
            await Axe.AssertNoViolationsAsync(drafter);

            await drafter.Locator("#files").SetInputFilesAsync(new[]
            {
                new FilePayload { Name = "起草说明.pdf", MimeType = "application/pdf", Buffer = Pdf },
                new FilePayload { Name = "旧版对照表.pdf", MimeType = "application/pdf", Buffer = Pdf },
            });
            await drafter.GetByRole(AriaRole.Button, new() { Name = "上传附件", Exact = true }).ClickAsync();
            await Expect(drafter.GetByRole(AriaRole.Status)).ToHaveTextAsync("2个附件已上传。");
            await Expect(drafter.GetByTestId("staff-attachments").Locator("li")).ToHaveCountAsync(2);

            await drafter.GetByTestId("staff-attachments").Locator("li", new() { HasText = "旧版对照表.pdf" })
                .GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^删除") }).ClickAsync();
            await Expect(drafter.GetByRole(AriaRole.Heading, new() { Name = "确认删除附件" })).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(drafter);
            await drafter.GetByRole(AriaRole.Button, new() { Name = "确认删除", Exact = true }).ClickAsync();
            await Expect(drafter.GetByRole(AriaRole.Status)).ToHaveTextAsync("附件已删除。");
            await Expect(drafter.GetByTestId("staff-attachments").Locator("li")).ToHaveCountAsync(1);
            await Expect(drafter.Locator("main")).ToContainTextAsync("删除附件");
        }

        var (officerContext, officer) = await browser.NewPageAsync();
        await using (officerContext)
        {
            await StaffSignIn.SignInAsync(officer, $"{Agency}-disclosureofficer");
            await AccessibilityTests.GoToAsync(officer, staffPath);
            await officer.GetByRole(AriaRole.Button, new() { Name = "发布征求意见", Exact = true }).ClickAsync();
            await Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        }

        var (phoneContext, phone) = await browser.NewPageAsync(width: 360, height: 740);
        await using (phoneContext)
        {
            await AccessibilityTests.GoToAsync(phone, staffPath.Replace("/admin", "", StringComparison.Ordinal));
            var files = phone.GetByTestId("attachments");
            await Expect(files.Locator("li")).ToHaveCountAsync(1);
            await Expect(files).ToContainTextAsync("起草说明.pdf");
            await Expect(files).ToContainTextAsync("（PDF，");
            await AccessibilityTests.AssertNoHorizontalOverflowAsync(phone);
            await Axe.AssertNoViolationsAsync(phone);
            var download = await phone.APIRequest.GetAsync(await files.Locator("a").GetAttributeAsync("href") ?? "");
            Assert.Equal(200, download.Status);
            Assert.Equal(Pdf, await download.BodyAsync());
        }
    }
}
