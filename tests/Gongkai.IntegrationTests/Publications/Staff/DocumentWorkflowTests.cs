using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using static Gongkai.IntegrationTests.Publications.Staff.DocumentSteps;

namespace Gongkai.IntegrationTests.Publications.Staff;

/// <summary>Every transition over HTTP: with the right role it happens, with the wrong role or from another agency it does not.</summary>
public sealed class DocumentWorkflowTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly DocumentSteps steps = new(factory);

    public static TheoryData<string, string, string, DocumentStatus> Transitions => new()
    {
        // action, the role that may take it, a role that may not, the status it leads to
        { "Submit", "drafter", "officereviewer", DocumentStatus.OfficeReview },
        { "ReturnFromOffice", "officereviewer", "drafter", DocumentStatus.Draft },
        { "PassOfficeReview", "officereviewer", "confidentialityreviewer", DocumentStatus.ConfidentialityReview },
        { "ReturnFromConfidentiality", "confidentialityreviewer", "officereviewer", DocumentStatus.Draft },
        { "PassConfidentialityReview", "confidentialityreviewer", "officereviewer", DocumentStatus.Approved },
        { "Publish", "disclosureofficer", "drafter", DocumentStatus.Published },
        { "Schedule", "disclosureofficer", "confidentialityreviewer", DocumentStatus.Scheduled },
        { "Register", "disclosureofficer", "officereviewer", DocumentStatus.Registered },
        { "Withdraw", "disclosureofficer", "drafter", DocumentStatus.Withdrawn },
        { "Correct", "disclosureofficer", "drafter", DocumentStatus.Published },
        { "KeepOnReview", "disclosureofficer", "drafter", DocumentStatus.Registered },
        { "ConvertToProactive", "disclosureofficer", "officereviewer", DocumentStatus.Approved },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task A_transition_happens_for_the_right_role_only_and_never_from_another_agency(string step, string rightRole, string wrongRole, DocumentStatus to)
    {
        var (id, from, action, fields) = await ReadyForAsync(step);

        // The wrong role: refused in Chinese, nothing moves.
        var wrong = await factory.SignInAsync($"{Agency}-{wrongRole}");
        var refused = await ActAsync(wrong, Agency, id, action, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var message = ErrorOf(await refused.Content.ReadAsStringAsync());
        Assert.NotNull(message);
        Assert.Matches("^“.+”需要.+角色。$", message);
        Assert.Equal(from, (await steps.LoadAsync(id)).Status);

        // The right role of another agency: not found through its own agency, refused on this agency's route.
        var stranger = await factory.SignInAsync($"beijing-{rightRole}");
        var throughOwn = await ActAsync(stranger, "beijing", id, action, fields);
        Assert.Equal(HttpStatusCode.NotFound, throughOwn.StatusCode);
        var throughTheirs = await stranger.Http.PostAsync(new Uri(Page(Agency, id), UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["action"] = action }));
        Assert.Equal(HttpStatusCode.Redirect, throughTheirs.StatusCode);
        Assert.Contains("/account/access-denied", throughTheirs.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(from, (await steps.LoadAsync(id)).Status);

        // The right role: done, and recorded in the history with who and what.
        var right = await factory.SignInAsync($"{Agency}-{rightRole}");
        await DoAsync(right, Agency, id, action, fields);
        var document = await steps.LoadAsync(id);
        Assert.Equal(to, document.Status);
        var last = document.History.OrderBy(h => h.At).Last();
        Assert.Equal(from, last.From);
        Assert.Equal(to, last.To);
        Assert.Equal(Enum.Parse<DocumentAction>(action), last.Action);
        Assert.StartsWith("山东省人社厅", last.ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_validity_is_for_the_disclosure_office_of_the_agency_only()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.PublishedAsync(staff, Agency, "有效性变更测试规范性文件", f =>
        {
            f["isNormative"] = "true";
            f["effectiveOn"] = "2026-04-01";
        });
        var fields = new Dictionary<string, string> { ["validity"] = "Repealed", ["replacedBy"] = "" };

        var admin = await factory.SignInAsync($"{Agency}-agencyadmin");
        var refused = await ActAsync(admin, Agency, id, "ChangeValidity", fields);
        Assert.Equal("只有政务公开办可以变更文件的有效性。", ErrorOf(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(Validity.Valid, (await steps.LoadAsync(id)).Validity);

        var stranger = await factory.SignInAsync("beijing-disclosureofficer");
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(stranger, "beijing", id, "ChangeValidity", fields)).StatusCode);

        await DoAsync(staff.Disclosure, Agency, id, "ChangeValidity", fields);
        Assert.Equal(Validity.Repealed, (await steps.LoadAsync(id)).Validity);
        Assert.Contains(">废止<", await staff.Disclosure.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_without_a_note_is_refused()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.DraftAsync(staff.Drafter, Agency, "退回意见测试");
        await DoAsync(staff.Drafter, Agency, id, "Submit");

        var response = await ActAsync(staff.Office, Agency, id, "Return", new() { ["note"] = "  " });
        Assert.Equal("请填写退回意见，说明需要修改的内容。", ErrorOf(await response.Content.ReadAsStringAsync()));
        Assert.Equal(DocumentStatus.OfficeReview, (await steps.LoadAsync(id)).Status);

        await DoAsync(staff.Office, Agency, id, "Return", new() { ["note"] = "请补充不予公开的理由。" });
        var document = await steps.LoadAsync(id);
        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Contains("请补充不予公开的理由。", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withheld_document_without_a_legal_ground_is_refused_at_submission()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.DraftAsync(staff.Drafter, Agency, "内部工作流程说明", f =>
        {
            f["attribute"] = "Withheld";
            f["attributeReason"] = "属于内部工作流程。";
        });

        var response = await ActAsync(staff.Drafter, Agency, id, "Submit");
        Assert.Equal("公开属性为“不予公开”时，须填写理由并选择法定依据。", ErrorOf(await response.Content.ReadAsStringAsync()));
        Assert.Equal(DocumentStatus.Draft, (await steps.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task The_page_offers_only_the_actions_the_user_may_take()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.DraftAsync(staff.Drafter, Agency, "操作按钮测试");

        var asDrafter = await staff.Drafter.GetStringAsync(Page(Agency, id));
        Assert.Contains("value=\"Submit\"", asDrafter, StringComparison.Ordinal);
        Assert.Contains("修改草稿", asDrafter, StringComparison.Ordinal);
        var asOffice = await staff.Office.GetStringAsync(Page(Agency, id));
        Assert.DoesNotContain("value=\"Submit\"", asOffice, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"action\"", asOffice, StringComparison.Ordinal);

        await DoAsync(staff.Drafter, Agency, id, "Submit");
        asOffice = await staff.Office.GetStringAsync(Page(Agency, id));
        Assert.Contains("value=\"Return\"", asOffice, StringComparison.Ordinal);
        Assert.Contains("value=\"PassOfficeReview\"", asOffice, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Return\"", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confidentiality_reviewer_is_named_on_the_document()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.ApprovedAsync(staff, Agency, "保密审查人记录测试");
        var document = await steps.LoadAsync(id);
        Assert.Equal("山东省人社厅保密审查员", document.ConfidentialityReviewerName);
        Assert.Contains("山东省人社厅保密审查员", await staff.Drafter.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_agencys_document_is_not_found_through_ones_own_agency()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var id = await steps.DraftAsync(staff.Drafter, Agency, "跨机关访问测试");
        var stranger = await factory.SignInAsync("beijing-drafter");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Page("beijing", id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Page("beijing", id)}/edit")).StatusCode);
        var theirs = await stranger.GetAsync(Page(Agency, id));
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Contains("/account/access-denied", theirs.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    // Brings a fresh document to the status the step starts from; returns the action and the fields it posts.
    private async Task<(Guid Id, DocumentStatus From, string Action, Dictionary<string, string> Fields)> ReadyForAsync(string step)
    {
        var staff = await steps.StaffOfAsync(Agency);
        var title = $"流转测试：{step}";
        Action<Dictionary<string, string>> onRequest = f =>
        {
            f["attribute"] = "OnRequest";
            f["attributeReason"] = "涉及个人信息，依申请提供。";
            f["attributeGround"] = "15-third-party";
        };
        switch (step)
        {
            case "Submit":
                return (await steps.DraftAsync(staff.Drafter, Agency, title), DocumentStatus.Draft, "Submit", []);
            case "ReturnFromOffice":
            case "PassOfficeReview":
                {
                    var id = await steps.DraftAsync(staff.Drafter, Agency, title);
                    await DoAsync(staff.Drafter, Agency, id, "Submit");
                    return (id, DocumentStatus.OfficeReview, step == "PassOfficeReview" ? step : "Return", new() { ["note"] = "理由不充分。" });
                }

            case "ReturnFromConfidentiality":
            case "PassConfidentialityReview":
                {
                    var id = await steps.DraftAsync(staff.Drafter, Agency, title);
                    await DoAsync(staff.Drafter, Agency, id, "Submit");
                    await DoAsync(staff.Office, Agency, id, "PassOfficeReview");
                    return (id, DocumentStatus.ConfidentialityReview, step == "PassConfidentialityReview" ? step : "Return", new() { ["note"] = "涉密内容需删除。" });
                }

            case "Publish":
                return (await steps.ApprovedAsync(staff, Agency, title), DocumentStatus.Approved, step, []);
            case "Schedule":
                return (await steps.ApprovedAsync(staff, Agency, title), DocumentStatus.Approved, step, new() { ["scheduledAt"] = Tomorrow() });
            case "Register":
                return (await steps.ApprovedAsync(staff, Agency, title, onRequest), DocumentStatus.Approved, step, []);
            case "Withdraw":
                return (await steps.PublishedAsync(staff, Agency, title), DocumentStatus.Published, step, new() { ["note"] = "内容有误。", ["confirmed"] = "true" });
            case "Correct":
                return (await steps.PublishedAsync(staff, Agency, title), DocumentStatus.Published, step, new()
                {
                    ["title"] = title + "（更正）",
                    ["summary"] = "更正后的概述。",
                    ["bodyHtml"] = "<p>更正后的正文。</p>",
                    ["note"] = "错别字。",
                });
            case "KeepOnReview":
            case "ConvertToProactive":
                {
                    var id = await steps.ApprovedAsync(staff, Agency, title, onRequest);
                    await DoAsync(staff.Disclosure, Agency, id, "Register");
                    return (id, DocumentStatus.Registered, step, new() { ["note"] = "仍涉及个人信息。" });
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    private static string Tomorrow() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
