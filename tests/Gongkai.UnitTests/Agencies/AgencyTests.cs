using Gongkai.Web;
using Gongkai.Web.Features.Agencies;

namespace Gongkai.UnitTests.Agencies;

public sealed class AgencyTests
{
    private static Agency Make() => new(Guid.NewGuid(), "jinan", "济南市人力资源和社会保障局", "济南市人社局", AgencyLevel.City, null);

    private static AgencyContact Contact(string creditCode = "", string phone = "0531-1") => new(creditCode, "地址", phone, "工作日", "办公室");

    [Fact]
    public void A_valid_credit_code_is_stored_in_upper_case()
    {
        var agency = Make();
        agency.UpdateContact(Contact(creditCode: "11370000mb1234567r"));
        Assert.Equal("11370000MB1234567R", agency.CreditCode);
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_is_refused()
    {
        var agency = Make();
        var error = Assert.Throws<DomainException>(() => agency.UpdateContact(Contact(creditCode: "11370000MB1234567X")));
        Assert.Contains("统一社会信用代码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_longer_than_their_columns_are_refused_in_Chinese()
    {
        var agency = Make();
        Assert.Equal("联系电话不能超过64个字。", Assert.Throws<DomainException>(() => agency.UpdateContact(Contact(phone: new string('1', 65)))).Message);
        Assert.Equal("机关全称不能超过128个字。", Assert.Throws<DomainException>(() => agency.Rename(new string('局', 129), "简称")).Message);
        Assert.Equal("请填写机关简称。", Assert.Throws<DomainException>(() => agency.Rename("全称", "  ")).Message);
    }

    [Fact]
    public void An_undefined_level_is_refused()
    {
        var agency = Make();
        Assert.Throws<DomainException>(() => agency.ChangeLevel((AgencyLevel)9));
        agency.ChangeLevel(AgencyLevel.District);
        Assert.Equal(AgencyLevel.District, agency.Level);
    }

    [Theory]
    [InlineData("", 7, 7)]
    [InlineData(" 12 ", 0, 12)]
    [InlineData("9999", 0, 9999)]
    public void A_sort_order_is_read_from_the_form(string text, int whenEmpty, int expected) =>
        Assert.Equal(expected, SortOrderInput.Parse(text, whenEmpty));

    [Theory]
    [InlineData("-1")]
    [InlineData("10000")]
    [InlineData("第一")]
    [InlineData("1.5")]
    public void A_wrong_sort_order_is_refused(string text) =>
        Assert.Throws<DomainException>(() => SortOrderInput.Parse(text, 0));
}
