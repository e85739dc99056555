using Gongkai.Web.Features.Applications;

namespace Gongkai.UnitTests.Applications;

public sealed class MaskingTests
{
    [Fact]
    public void Id_numbers_keep_the_region_and_the_last_four()
    {
        Assert.Equal("110105********002X", Masking.IdNumber("11010519491231002X"));
        Assert.Equal("", Masking.IdNumber(null));
        Assert.DoesNotContain("1949", Masking.IdNumber("11010519491231002X"), StringComparison.Ordinal);
    }

    [Fact]
    public void Phones_keep_the_prefix_and_the_last_four()
    {
        Assert.Equal("138****5678", Masking.Phone("13812345678"));
        Assert.Equal("053*****5678", Masking.Phone("053112345678"));
        Assert.Equal("***", Masking.Phone("123"));
    }

    [Fact]
    public void Names_and_emails_keep_only_a_hint()
    {
        Assert.Equal("张*", Masking.Name("张三"));
        Assert.Equal("欧***", Masking.Name("欧阳中华国"));
        Assert.Equal("zh***@example.cn", Masking.Email("zhangsan@example.cn"));
    }
}
