using Gongkai.Web;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;

namespace Gongkai.UnitTests.Publications.Staff;

public sealed class DocumentFormTests
{
    private static DocumentForm Valid() => new()
    {
        Title = "关于印发某办法的通知",
        WrittenOn = "2026-03-02",
        TopicCode = "15.01",
        Genre = "通知",
        CategoryId = Guid.NewGuid().ToString(),
        BodyHtml = "<p>正文</p><script>alert(1)</script>",
        Attribute = "Proactive",
    };

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-3-2")]
    [InlineData("2026/3/2")]
    [InlineData("2026年3月2日")]
    public void Dates_are_read_as_staff_type_them(string typed)
    {
        Assert.Equal(new DateOnly(2026, 3, 2), DocumentForm.ParseDate(typed, "成文日期"));
    }

    [Fact]
    public void A_wrong_date_is_refused_in_Chinese_and_an_empty_one_is_no_date()
    {
        Assert.Null(DocumentForm.ParseDate("  ", "实施日期"));
        var ex = Assert.Throws<DomainException>(() => DocumentForm.ParseDate("三月二日", "实施日期"));
        Assert.Equal("实施日期“三月二日”格式不正确，应如“2026-03-02”。", ex.Message);
    }

    [Fact]
    public void The_body_is_sanitized_and_dates_of_a_non_normative_document_are_dropped()
    {
        var form = Valid();
        form.EffectiveOn = "2026-04-01";
        var content = form.ToContent();
        Assert.Equal("<p>正文</p>", content.BodyHtml);
        Assert.Null(content.EffectiveOn);

        form.IsNormative = true;
        Assert.Equal(new DateOnly(2026, 4, 1), form.ToContent().EffectiveOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("Public")]
    public void An_attribute_must_be_one_of_the_three(string? typed)
    {
        var ex = Assert.Throws<DomainException>(() => DocumentForm.ParseAttribute(typed));
        Assert.Equal("请选择公开属性（主动公开、依申请公开或不予公开）。", ex.Message);
    }

    [Fact]
    public void A_withheld_decision_keeps_its_reason_and_ground()
    {
        var form = Valid();
        form.Attribute = "withheld";
        form.AttributeReason = "内部事务";
        form.AttributeGround = " 16-internal ";
        var decision = form.ToDecision();
        Assert.Equal(DisclosureAttribute.Withheld, decision.Attribute);
        Assert.Equal("16-internal", decision.Ground);
    }

    [Fact]
    public void A_form_without_a_catalog_category_is_refused()
    {
        var form = Valid();
        form.CategoryId = "";
        Assert.Equal("请选择公开目录。", Assert.Throws<DomainException>(form.ToContent).Message);
    }
}
