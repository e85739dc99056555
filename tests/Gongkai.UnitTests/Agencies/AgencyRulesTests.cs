using Gongkai.Web;
using Gongkai.Web.Features.Agencies;

namespace Gongkai.UnitTests.Agencies;

public sealed class AgencyRulesTests
{
    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("11370000MB1234567R", true)]
    [InlineData("11370000MB1234567A", false)]
    [InlineData("11370000MB123456", false)]
    [InlineData("1137000OMB1234567R", false)]
    public void Unified_social_credit_codes_are_checked_by_their_check_character(string code, bool valid) =>
        Assert.Equal(valid, UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData(" Shandong ", "shandong")]
    [InlineData("hz-xihu", "hz-xihu")]
    public void Agency_codes_are_normalized(string code, string expected) => Assert.Equal(expected, AgencyCode.Normalize(code));

    [Theory]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("山东")]
    [InlineData("1abc")]
    [InlineData("a")]
    public void Reserved_or_malformed_agency_codes_are_refused(string code)
    {
        var error = Assert.Throws<DomainException>(() => AgencyCode.Normalize(code));
        Assert.Contains("机关代码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_credit_code_is_refused_in_Chinese()
    {
        var agency = new Agency(Guid.NewGuid(), "test", "测试厅", "测试", AgencyLevel.Province, null);
        var error = Assert.Throws<DomainException>(() => agency.UpdateContact(new AgencyContact("123", "", "", "", "")));
        Assert.Contains("统一社会信用代码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_cannot_be_its_own_parent()
    {
        var id = Guid.NewGuid();
        var agency = new Agency(id, "test", "测试厅", "测试", AgencyLevel.Province, null);
        Assert.Throws<DomainException>(() => agency.MoveUnder(id, 0));
    }
}
