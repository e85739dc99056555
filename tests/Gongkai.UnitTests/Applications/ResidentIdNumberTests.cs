using Gongkai.Web.Features.Applications.Applicants;

namespace Gongkai.UnitTests.Applications;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    public void Numbers_with_the_right_check_character_are_valid(string number)
    {
        Assert.True(ResidentIdNumber.IsValid(number));
    }

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("11010519491231002")]
    [InlineData("1101051949123100201")]
    [InlineData("11010519491331002X")]
    [InlineData("A1010519491231002X")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_check_characters_lengths_dates_and_letters_are_refused(string? number)
    {
        Assert.False(ResidentIdNumber.IsValid(number));
    }

    [Fact]
    public void Every_seventeen_digits_have_exactly_one_valid_check_character()
    {
        var random = new Random(7);
        for (var n = 0; n < 200; n++)
        {
            var first17 = $"370102{random.Next(1950, 2008)}{random.Next(1, 13):00}{random.Next(1, 29):00}{random.Next(0, 1000):000}";
            var valid = "0123456789X".Where(c => ResidentIdNumber.IsValid(first17 + c)).ToList();
            Assert.Equal([ResidentIdNumber.CheckCharacter(first17)], valid);
        }
    }
}
