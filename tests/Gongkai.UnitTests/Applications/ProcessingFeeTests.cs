using Gongkai.Web.Features.Applications.Fees;

namespace Gongkai.UnitTests.Applications;

public sealed class ProcessingFeeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    [InlineData(100, 800)]
    public void Per_application_fee_follows_the_bands_of_109(int ordinal, int expected)
    {
        Assert.Equal(expected, ProcessingFee.PerApplication(ordinal));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void Per_page_fee_charges_each_band_at_its_own_rate(int pages, int expected)
    {
        Assert.Equal(expected, ProcessingFee.PerPage(pages));
    }

    [Fact]
    public void Compute_uses_exactly_the_chosen_method()
    {
        Assert.Equal(ProcessingFee.PerPage(31), ProcessingFee.Compute(FeeMethod.PerPage, 31));
        Assert.Equal(ProcessingFee.PerApplication(31), ProcessingFee.Compute(FeeMethod.PerApplication, 31));
        Assert.NotEqual(ProcessingFee.Compute(FeeMethod.PerPage, 31), ProcessingFee.Compute(FeeMethod.PerApplication, 31));
    }

    [Fact]
    public void Impossible_quantities_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingFee.PerApplication(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingFee.PerPage(-1));
    }
}
