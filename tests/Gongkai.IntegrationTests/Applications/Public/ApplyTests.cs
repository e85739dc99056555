using System.Net;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using static Gongkai.IntegrationTests.Applications.Public.ApplicantSteps;

namespace Gongkai.IntegrationTests.Applications.Public;

/// <summary>The public application form: what it stores, what it refuses and how it says so.</summary>
public sealed class ApplyTests(ApplicantFactory factory) : IClassFixture<ApplicantFactory>
{
    public static TheoryData<string> BadInputs => new(BadInput.Keys);

    [Fact]
    public async Task A_natural_person_applies_and_the_case_waits_for_confirmation()
    {
        var client = factory.Anonymous();
        var form = Person();

        var (number, code) = await SubmitAsync(client, form);

        Assert.Matches(@"^YSQ\d{9}$", number);
        Assert.Matches("^[2-9A-Z]{8}$", code);
        var application = await LoadAsync(factory, number);
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal(ReceiptChannel.Online, application.Channel);
        Assert.Null(application.ReceivedOn);
        Assert.Equal(ApplicantKind.NaturalPerson, application.ApplicantKind);
        Assert.Equal("张三丰", application.ApplicantName);
        Assert.Equal(IdDocumentType.ResidentIdCard, application.IdType);
        Assert.Equal(PersonId, application.IdNumber);
        Assert.Equal("13812345678", application.Phone);
        Assert.Equal(form["Description"], application.Description);
        Assert.Equal(form["DocumentNumber"], application.DocumentNumber);
        Assert.Equal(DeliveryMethod.Electronic, application.Delivery);
        Assert.Equal(InformationFormat.ElectronicFile, application.Format);
        Assert.True(QueryCode.Matches(number, code, application.QueryCodeHash));
        Assert.DoesNotContain(code, application.QueryCodeHash, StringComparison.Ordinal);

        var status = await LookUpAsync(client, number, code);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var page = await HtmlAsync(status);
        Assert.Equal("待确认", page.QuerySelector("#case-status")!.TextContent.Trim());
        Assert.Contains("已提交，待政务公开办与您确认后登记", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("待确认", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_applies_with_its_credit_code()
    {
        var (number, _) = await SubmitAsync(factory.Anonymous(), Organization());

        var application = await LoadAsync(factory, number);
        Assert.Equal(ApplicantKind.LegalService, application.ApplicantKind);
        Assert.Equal("山东明法律师事务所", application.ApplicantName);
        Assert.Equal(OrganizationCode, application.CreditCode);
        Assert.Equal("李四", application.LegalRepresentative);
        Assert.Equal("王五", application.ContactName);
        Assert.Null(application.IdType);
        Assert.Equal("", application.IdNumber);
        Assert.Equal(DeliveryMethod.Post, application.Delivery);
        Assert.Equal(InformationFormat.Paper, application.Format);
    }

    [Fact]
    public async Task The_receipt_is_shown_once_and_the_code_never_goes_into_a_url()
    {
        var client = factory.Anonymous();
        var posted = await client.PostFormAsync(ApplyPage, ApplyPage, Person());
        var location = posted.Headers.Location!.OriginalString;

        var first = await client.GetAsync(location);
        var code = (await HtmlAsync(first)).QuerySelector("#query-code")!.TextContent.Trim();
        Assert.Contains("no-store", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(code, location, StringComparison.Ordinal);

        var again = await HtmlAsync(await client.GetAsync(location));
        Assert.Null(again.QuerySelector("#query-code"));
        Assert.Contains("只在提交成功后显示一次", again.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_beside_its_field_and_everything_typed_is_kept(string scenario)
    {
        var (form, field, message) = BadInput[scenario]();
        var before = await CountAsync(factory);

        var response = await factory.Anonymous().PostFormAsync(ApplyPage, ApplyPage, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlAsync(response);
        var error = page.QuerySelector($"#{field}-error");
        Assert.NotNull(error);
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#error-summary a[href='#{(field is "Kind" or "Delivery" or "Format" ? field + "-" + FirstChoice(field) : field)}']"));
        foreach (var (name, value) in form.Where(f => f.Key != field && f.Key is not ("website" or "Promise") && f.Value.Length > 0))
        {
            Assert.True(Kept(page, name, value), $"{name} lost its value “{value}”");
        }

        if (field is not ("Kind" or "Delivery" or "Format" or "Promise") && form[field].Length > 0)
        {
            Assert.True(Kept(page, field, form[field]), $"the refused {field} was not kept");
        }

        Assert.Equal(before, await CountAsync(factory));
    }

    [Fact]
    public async Task A_filled_honeypot_looks_accepted_but_nothing_is_stored()
    {
        var client = factory.Anonymous();
        var before = await CountAsync(factory);
        var form = Person();
        form["website"] = "http://spam.example";

        var posted = await client.PostFormAsync(ApplyPage, ApplyPage, form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var receipt = await HtmlAsync(await client.GetAsync(posted.Headers.Location!.OriginalString));
        Assert.Contains("已收到", receipt.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Null(receipt.QuerySelector("#query-code"));
        Assert.Equal(before, await CountAsync(factory));
    }

    [Fact]
    public async Task The_form_hides_its_honeypot_from_people_and_labels_every_field()
    {
        var page = Html(await factory.Anonymous().GetStringAsync(ApplyPage));

        var trap = page.QuerySelector("input[name='website']")!;
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("off", trap.GetAttribute("autocomplete"));
        Assert.Equal("true", trap.Closest("[aria-hidden]")!.GetAttribute("aria-hidden"));
        Assert.Equal("tel", page.QuerySelector("#Phone")!.GetAttribute("type"));
        Assert.Equal("2000", page.QuerySelector("textarea#Description")!.GetAttribute("maxlength"));
        foreach (var control in page.QuerySelectorAll("form.apply-form input:not([type=hidden]), form.apply-form select, form.apply-form textarea"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']"));
        }

        foreach (var group in new[] { "Kind", "Delivery", "Format" })
        {
            Assert.NotNull(page.QuerySelector($"input[name='{group}']")!.Closest("fieldset")!.QuerySelector("legend"));
        }

        Assert.Equal(6, page.QuerySelectorAll("input[name='Kind']").Length);
        Assert.Contains("20个工作日", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("第三十一条", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/shandong/applications/status']"));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        var before = await CountAsync(factory);

        var response = await factory.Anonymous().PostWithoutTokenAsync(ApplyPage, Person());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync(factory));
    }

    [Fact]
    public async Task An_oversized_post_is_refused_without_an_error_page_of_the_server()
    {
        var before = await CountAsync(factory);
        var form = Person();
        form["Description"] = new string('档', 40_000);

        var response = await factory.Anonymous().PostFormAsync(ApplyPage, ApplyPage, form);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
        Assert.Equal(before, await CountAsync(factory));
    }

    [Fact]
    public async Task An_unknown_agency_has_no_application_pages()
    {
        var client = factory.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/nowhere/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/nowhere/applications/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync(ApplyPage, "/nowhere/applications", Person())).StatusCode);
    }

    private static readonly Dictionary<string, Func<(Dictionary<string, string> Form, string Field, string Message)>> BadInput = new()
    {
        ["bad ID check digit"] = () => With(Person(), "IdNumber", PersonId[..17] + (PersonId[17] == '1' ? '2' : '1'), "IdNumber", "居民身份证号码不正确"),
        ["missing name"] = () => With(Person(), "Name", "", "Name", "请填写姓名。"),
        ["bad phone"] = () => With(Person(), "Phone", "12345", "Phone", "联系电话格式不正确"),
        ["bad email"] = () => With(Person(), "Email", "zhang@", "Email", "电子邮箱格式不正确。"),
        ["electronic delivery without email"] = () => With(Person(), "Email", "", "Email", "选择电子方式获取的，请填写电子邮箱。"),
        ["post without address"] = () => With(Organization(), "Address", "", "Address", "选择邮寄的，请填写通信地址。"),
        ["bad postal code"] = () => With(Person(), "PostalCode", "25000", "PostalCode", "邮政编码应为6位数字。"),
        ["too short description"] = () => With(Person(), "Description", "工资", "Description", "请描述所需政府信息（至少5个字）"),
        ["too long description"] = () => With(Person(), "Description", new string('档', 2001), "Description", "所需信息的描述不能超过2000个字。"),
        ["bad credit code"] = () => With(Organization(), "CreditCode", OrganizationCode[..17] + (OrganizationCode[17] == 'A' ? 'B' : 'A'), "CreditCode", "统一社会信用代码不正确"),
        ["missing legal representative"] = () => With(Organization(), "LegalRepresentative", "", "LegalRepresentative", "请填写法定代表人或负责人。"),
        ["missing kind"] = () => With(Person(), "Kind", "", "Kind", "请选择申请人类型。"),
        ["unknown kind"] = () => With(Person(), "Kind", "Alien", "Kind", "请选择申请人类型。"),
        ["numeric kind"] = () => With(Person(), "Kind", "1", "Kind", "请选择申请人类型。"),
        ["numeric delivery"] = () => With(Person(), "Delivery", "1", "Delivery", "请选择获取信息的方式。"),
        ["missing delivery"] = () => With(Person(), "Delivery", "", "Delivery", "请选择获取信息的方式。"),
        ["missing format"] = () => With(Person(), "Format", "", "Format", "请选择信息的载体形式。"),
        ["unticked promise"] = () => With(Person(), "Promise", "", "Promise", "请勾选承诺"),
    };

    private static (Dictionary<string, string>, string, string) With(Dictionary<string, string> form, string key, string value, string field, string message)
    {
        form[key] = value;
        return (form, field, message);
    }

    private static string FirstChoice(string group) => group switch
    {
        "Kind" => nameof(ApplicantKind.NaturalPerson),
        "Delivery" => nameof(DeliveryMethod.Electronic),
        _ => nameof(InformationFormat.Paper),
    };

    private static bool Kept(AngleSharp.Dom.IDocument page, string name, string value) => name switch
    {
        "Kind" or "Delivery" or "Format" => page.QuerySelector($"input[name='{name}'][value='{value}']")?.HasAttribute("checked") == true,
        "IdType" => page.QuerySelector($"select[name='IdType'] option[value='{value}']")?.HasAttribute("selected") == true,
        "Description" => page.QuerySelector("textarea[name='Description']")?.TextContent == value,
        _ => page.QuerySelector($"input[name='{name}']")?.GetAttribute("value") == value,
    };
}
