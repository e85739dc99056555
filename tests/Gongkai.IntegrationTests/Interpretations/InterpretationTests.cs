using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Publications.Staff;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Interpretations.InterpretationSteps;

namespace Gongkai.IntegrationTests.Interpretations;

/// <summary>谁起草、谁解读 and the 政策解读 column, through the front door.</summary>
public sealed class InterpretationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly DocumentSteps steps = new(factory);

    [Fact]
    public async Task A_normative_document_without_an_interpretation_is_sent_back_and_with_one_it_is_submitted()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var fields = await steps.DraftFieldsAsync(Agency, "没有解读的规范性文件");
        fields["isNormative"] = "true";
        var drafted = await DocumentSteps.PostDraftAsync(staff.Drafter, $"{DocumentSteps.List(Agency)}/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var id = Guid.Parse(drafted.Headers.Location!.OriginalString.Split('/')[4][..36]);

        var refused = await DocumentSteps.ActAsync(staff.Drafter, Agency, id, "Submit");
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(InterpretationCheck.MissingMessage, DocumentSteps.ErrorOf(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(DocumentStatus.Draft, (await steps.LoadAsync(id)).Status);

        await DraftAsync(staff.Drafter, Agency, id);
        await DocumentSteps.DoAsync(staff.Drafter, Agency, id, "Submit");
        Assert.Equal(DocumentStatus.OfficeReview, (await steps.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Each_move_needs_its_role_and_staff_of_another_agency_cannot_take_it()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var document = await steps.DraftAsync(staff.Drafter, Agency, "工作流测试文件");
        var id = await DraftAsync(staff.Drafter, Agency, document);

        var wrong = await ActAsync(staff.Office, Agency, id, "Submit");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("需要起草人角色", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(InterpretationStatus.Draft, await StatusAsync(id));

        var other = await factory.SignInAsync("beijing-drafter");
        var foreign = await ActAsync(other, Agency, id, "Submit");
        // Refused by the admin route gate (403, or a redirect to the access-denied page), never done.
        Assert.DoesNotContain("done=", foreign.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Page("beijing", id))).StatusCode);
        Assert.Equal(InterpretationStatus.Draft, await StatusAsync(id));

        await DoAsync(staff.Drafter, Agency, id, "Submit");
        var noNote = await ActAsync(staff.Office, Agency, id, "Return");
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        await DoAsync(staff.Office, Agency, id, "Return", new() { ["note"] = "请补充政策问答" });
        Assert.Equal(InterpretationStatus.Draft, await StatusAsync(id));
        await DoAsync(staff.Drafter, Agency, id, "Submit");
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(staff.Drafter, Agency, id, "PassOfficeReview")).StatusCode);
        await DoAsync(staff.Office, Agency, id, "PassOfficeReview");
        Assert.Equal(InterpretationStatus.ConfidentialityReview, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(staff.Office, Agency, id, "PassConfidentialityReview")).StatusCode);
        Assert.Equal(InterpretationStatus.ConfidentialityReview, await StatusAsync(id));
        await DoAsync(staff.Confidentiality, Agency, id, "PassConfidentialityReview");
        Assert.Equal(InterpretationStatus.Approved, await StatusAsync(id));

        // The document is not published yet: the interpretation may not go before it.
        var early = await ActAsync(staff.Disclosure, Agency, id, "Publish");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("须在所解读的文件发布后或同时发布", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(InterpretationStatus.Approved, await StatusAsync(id));

        var list = await staff.Drafter.GetStringAsync(List(Agency));
        Assert.Contains(id.ToString(), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interpretation_is_public_only_while_published_with_its_published_document()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var document = await steps.DraftAsync(staff.Drafter, Agency, "需要解读的公开文件", f => f["needsInterpretation"] = "true");
        var id = await DraftAsync(staff.Drafter, Agency, document, "新闻通稿：公开文件发布", "PressRelease");
        await DocumentSteps.DoAsync(staff.Drafter, Agency, document, "Submit");
        await DocumentSteps.DoAsync(staff.Office, Agency, document, "PassOfficeReview");
        await DocumentSteps.DoAsync(staff.Confidentiality, Agency, document, "PassConfidentialityReview");
        await DocumentSteps.DoAsync(staff.Disclosure, Agency, document, "Publish");
        await DoAsync(staff.Drafter, Agency, id, "Submit");
        await DoAsync(staff.Office, Agency, id, "PassOfficeReview");
        await DoAsync(staff.Confidentiality, Agency, id, "PassConfidentialityReview");

        var reader = factory.Anonymous();
        var url = $"/{Agency}/interpretations/{id}";
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(id.ToString(), await reader.GetStringAsync($"/{Agency}/interpretations"), StringComparison.Ordinal);

        await DoAsync(staff.Disclosure, Agency, id, "Publish");
        var page = await reader.GetStringAsync(url);
        Assert.Contains("新闻通稿：公开文件发布", page, StringComparison.Ordinal);
        Assert.Contains($"/{Agency}/documents/{document}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), await reader.GetStringAsync($"/{Agency}/interpretations"), StringComparison.Ordinal);
        var documentPage = await reader.GetStringAsync($"/{Agency}/documents/{document}");
        Assert.Contains(url, documentPage, StringComparison.Ordinal);
        Assert.Contains("data-form=\"PressRelease\">✓", documentPage, StringComparison.Ordinal);
        Assert.Contains("data-form=\"QuestionsAndAnswers\">—", documentPage, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(staff.Disclosure, Agency, id, "Withdraw", new() { ["note"] = "有误" })).StatusCode);
        await DoAsync(staff.Disclosure, Agency, id, "Withdraw", new() { ["note"] = "内容有误", ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(id.ToString(), await reader.GetStringAsync($"/{Agency}/interpretations"), StringComparison.Ordinal);
        Assert.DoesNotContain(url, await reader.GetStringAsync($"/{Agency}/documents/{document}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_and_answers_are_shown_as_a_definition_list()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var document = await steps.PublishedAsync(staff, Agency, "问答所解读的文件");
        var fields = Fields(document, "政策问答：十问十答", "QuestionsAndAnswers");
        fields["bodyHtml"] = "";
        var response = await staff.Drafter.Http.PostAsync(new Uri($"{List(Agency)}/new", UriKind.Relative), await FormWithPairsAsync(staff.Drafter, fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[4][..36]);
        await DoAsync(staff.Drafter, Agency, id, "Submit");
        await DoAsync(staff.Office, Agency, id, "PassOfficeReview");
        await DoAsync(staff.Confidentiality, Agency, id, "PassConfidentialityReview");
        await DoAsync(staff.Disclosure, Agency, id, "Publish");

        var page = await factory.Anonymous().GetStringAsync($"/{Agency}/interpretations/{id}");
        Assert.Contains("<dt>谁来申请？</dt>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>本市参保人员。</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>何时施行？</dt>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_chinese_and_keeps_what_was_typed()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var document = await steps.DraftAsync(staff.Drafter, Agency, "输入校验用文件");
        var beijing = await steps.StaffOfAsync("beijing");
        var foreignDocument = await steps.DraftAsync(beijing.Drafter, "beijing", "北京的文件");

        var noTitle = Fields(document, "");
        var response = await PostNewAsync(staff.Drafter, Agency, noTitle);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写解读标题。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noDocument = Fields(document, "没有关联文件的解读");
        noDocument["documentIds"] = "";
        response = await PostNewAsync(staff.Drafter, Agency, noDocument);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请至少关联一份所解读的文件。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"没有关联文件的解读\"", html, StringComparison.Ordinal);

        response = await PostNewAsync(staff.Drafter, Agency, Fields(foreignDocument, "解读别的机关的文件"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("所选文件不存在或不属于本机关。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Office.GetAsync($"{List(Agency)}/new")).StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<Interpretation>().AnyAsync(i => i.Title == "解读别的机关的文件" || i.Title == "没有关联文件的解读"));
    }

    [Fact]
    public async Task A_returned_draft_is_edited_by_the_drafter_and_a_submitted_one_is_not()
    {
        var staff = await steps.StaffOfAsync(Agency);
        var first = await steps.DraftAsync(staff.Drafter, Agency, "修改测试文件一");
        var second = await steps.DraftAsync(staff.Drafter, Agency, "修改测试文件二");
        var id = await DraftAsync(staff.Drafter, Agency, first, "修改前的标题");
        await DoAsync(staff.Drafter, Agency, id, "Submit");
        var edit = $"{Page(Agency, id)}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.Drafter.GetAsync(edit)).StatusCode);
        await DoAsync(staff.Office, Agency, id, "Return", new() { ["note"] = "请同时解读第二份文件" });

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Office.GetAsync(edit)).StatusCode);
        Assert.Contains("value=\"修改前的标题\"", await staff.Drafter.GetStringAsync(edit), StringComparison.Ordinal);
        var fields = Fields(first, "修改后的标题");
        fields["indexNumbers"] = "";
        var content = new List<KeyValuePair<string, string>>(fields) { KeyValuePair.Create("documentIds", second.ToString()) };
        var html = await staff.Drafter.GetStringAsync(edit);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        content.Add(KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        var saved = await staff.Drafter.Http.PostAsync(new Uri(edit, UriKind.Relative), new FormUrlEncodedContent(content));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var scope = factory.Scope();
        var changed = await factory.Db(scope).Set<Interpretation>().Include(i => i.Documents).SingleAsync(i => i.Id == id);
        Assert.Equal("修改后的标题", changed.Title);
        Assert.Equal(new[] { first, second }.Order(), changed.Documents.Select(d => d.DocumentId).Order());
    }

    private async Task<InterpretationStatus> StatusAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Interpretation>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }

    // Repeated names as the page's question rows post them; an empty middle row is skipped.
    private static async Task<FormUrlEncodedContent> FormWithPairsAsync(StaffClient client, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync($"{List(Agency)}/new");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var pairs = fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).ToList();
        pairs.Add(KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        foreach (var (q, a) in new[] { ("谁来申请？", "本市参保人员。"), ("", ""), ("何时施行？", "自发布之日起施行。") })
        {
            pairs.Add(KeyValuePair.Create("questions", q));
            pairs.Add(KeyValuePair.Create("answers", a));
        }

        return new FormUrlEncodedContent(pairs);
    }
}
