using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Letters;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Applications;

/// <summary>
/// One application's whole path through the real pages: a citizen applies on a phone, the disclosure office confirms it
/// and asks for a supplement, the citizen supplements, the case is assigned, the handler decides, the office replies,
/// and the citizen downloads the reply letter — each person in a browser context of their own.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ApplicationJourneyTests(BrowserFixture browser)
{
    private const string Agency = "beijing";
    private const int PhoneWidth = 360;

    [Fact]
    public async Task A_citizen_applies_on_a_phone_supplements_and_downloads_the_reply_the_office_and_handler_prepared()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var name = $"王{marker}";
        var first17 = $"110105{Random.Shared.Next(1960, 2000)}0{Random.Shared.Next(1, 10)}1{Random.Shared.Next(0, 10)}{Random.Shared.Next(100, 1000)}";
        var idNumber = first17 + ResidentIdNumber.CheckCharacter(first17);
        var wrongCheck = first17 + (ResidentIdNumber.CheckCharacter(first17) == '0' ? '1' : '0');
        string number = "", code = "";

        await AsCitizenAsync(async page =>
        {
            await AccessibilityTests.GoToAsync(page, $"/{Agency}/applications");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("政府信息公开申请");
            await Axe.AssertNoViolationsAsync(page);
            await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);

            await page.Locator("#Kind-NaturalPerson").CheckAsync();
            await page.Locator("#Name").FillAsync(name);
            await page.Locator("#IdType").SelectOptionAsync("ResidentIdCard");
            await page.Locator("#IdNumber").FillAsync(wrongCheck);
            await page.Locator("#Phone").FillAsync("13912345678");
            await page.Locator("#Email").FillAsync($"{marker}@example.cn");
            await page.Locator("#Description").FillAsync($"本局2025年发放失业保险金的人数和金额（{marker}）");
            await page.Locator("#Delivery-Electronic").CheckAsync();
            await page.Locator("#Format-ElectronicFile").CheckAsync();
            await page.Locator("#Promise").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请", Exact = true }).ClickAsync();

            // A wrong check character is named beside the field, and nothing typed is lost.
            await Expect(page.Locator("#IdNumber-error")).ToContainTextAsync("校验码");
            await Expect(page.Locator("#Name")).ToHaveValueAsync(name);
            await Expect(page.Locator("#Description")).ToHaveValueAsync(new Regex(marker));
            await Axe.AssertNoViolationsAsync(page);

            await page.Locator("#IdNumber").FillAsync(idNumber);
            if (!await page.Locator("#Promise").IsCheckedAsync())
            {
                await page.Locator("#Promise").CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("申请已提交");
            number = (await page.Locator("#application-number").InnerTextAsync()).Trim();
            code = (await page.Locator("#query-code").InnerTextAsync()).Trim();
            Assert.Matches(@"^YSQ\d{9}$", number);
            Assert.Matches(@"^[2-9A-Z]{8}$", code);
            Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);
            await Axe.AssertNoViolationsAsync(page);

            await LookUpAsync(page, number, code);
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("待确认");
            await Expect(page.Locator("body")).Not.ToContainTextAsync(idNumber);
            await Axe.AssertNoViolationsAsync(page);
            await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        });

        // The office confirms receipt with the applicant and asks, once, for a clearer request.
        await AsStaffAsync("beijing-disclosureofficer", async page =>
        {
            await AccessibilityTests.GoToAsync(page, $"/admin/{Agency}/applications");
            await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("待确认");
            await Axe.AssertNoViolationsAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "确认收到", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已完成“确认收到”。");
            await Expect(page.Locator("#status")).ToHaveTextAsync("已登记");

            await page.Locator("#note-RequestSupplement").FillAsync("请说明需要的是全年合计数还是分月数据。");
            await page.GetByRole(AriaRole.Button, new() { Name = "告知补正", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("待补正");
        });

        await AsCitizenAsync(async page =>
        {
            await LookUpAsync(page, number, code);
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("待补正");
            await Expect(page.Locator(".supplement-request")).ToContainTextAsync("分月数据");
            await Axe.AssertNoViolationsAsync(page);

            await page.Locator("#Answer").FillAsync("需要分月数据。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交补正", Exact = true }).ClickAsync();
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("已登记");
        });

        await AsStaffAsync("beijing-disclosureofficer", async page =>
        {
            await OpenCaseAsync(page, number);
            await page.Locator("#department-Assign").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("#handler-Assign").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByRole(AriaRole.Button, new() { Name = "分派承办", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("承办中");
        });

        await AsStaffAsync("beijing-handler", async page =>
        {
            await OpenCaseAsync(page, number);
            await page.Locator("#outcome-Decide").SelectOptionAsync("Disclosed");
            await page.Locator("#replyType-Decide").SelectOptionAsync("Provided");
            await page.Locator("#details-Decide").FillAsync("以电子邮件发送2025年分月发放数据表。");
            await page.GetByRole(AriaRole.Button, new() { Name = "作出决定", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("已决定");
        });

        var replyNumber = "";
        await AsStaffAsync("beijing-disclosureofficer", async page =>
        {
            await OpenCaseAsync(page, number);
            await page.GetByRole(AriaRole.Button, new() { Name = "答复", Exact = true }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("已答复");
            replyNumber = Regex.Match(await page.Locator("main").InnerTextAsync(), @"\S+〔\d{4}〕\d+号").Value;
            Assert.NotEmpty(replyNumber);
        });

        await AsCitizenAsync(async page =>
        {
            await LookUpAsync(page, number, code);
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("已答复");
            await Axe.AssertNoViolationsAsync(page);
            await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);

            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Button, new() { Name = $"下载{LetterKind.ReplyLetter.ToChinese()}（Word）", Exact = true }).ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var text = DocxText.Read(await File.ReadAllBytesAsync(path!));
            Assert.Contains(replyNumber, text, StringComparison.Ordinal);
            Assert.Contains(name, text, StringComparison.Ordinal);
            Assert.Contains("行政复议", text, StringComparison.Ordinal);
        });
    }

    private static async Task LookUpAsync(IPage page, string number, string code)
    {
        await AccessibilityTests.GoToAsync(page, $"/{Agency}/applications/status");
        await page.Locator("#Number").FillAsync(number);
        await page.Locator("#QueryCode").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
    }

    private static async Task OpenCaseAsync(IPage page, string number)
    {
        await AccessibilityTests.GoToAsync(page, $"/admin/{Agency}/applications?q={number}");
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Expect(page.Locator("#number")).ToHaveTextAsync(number);
    }

    private async Task AsCitizenAsync(Func<IPage, Task> steps)
    {
        var (context, page) = await browser.NewPageAsync(PhoneWidth, 740);
        try
        {
            await steps(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private async Task AsStaffAsync(string userName, Func<IPage, Task> steps)
    {
        var (context, page) = await browser.NewPageAsync();
        try
        {
            await StaffSignIn.SignInAsync(page, userName);
            await steps(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
