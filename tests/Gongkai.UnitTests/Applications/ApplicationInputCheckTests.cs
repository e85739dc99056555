using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;

namespace Gongkai.UnitTests.Applications;

public sealed class ApplicationInputCheckTests
{
    private static ApplicationInput Person() => new()
    {
        Kind = "NaturalPerson",
        Name = "张三",
        IdType = "ResidentIdCard",
        IdNumber = "11010519491231002x",
        Phone = "13812345678",
        Email = "zhangsan@example.cn",
        Description = "2025年本市失业保险金发放人数和金额",
        Delivery = "Electronic",
        Format = "ElectronicFile",
    };

    [Fact]
    public void A_valid_person_is_accepted_with_the_id_number_upper_cased()
    {
        var result = ApplicationInputCheck.Check(Person());

        Assert.True(result.IsValid);
        Assert.Equal("11010519491231002X", result.Applicant!.IdNumber);
        Assert.Equal("P1:11010519491231002X", result.Applicant.Key);
    }

    [Theory]
    [InlineData(nameof(ApplicationInput.IdNumber), "110105194912310021")]
    [InlineData(nameof(ApplicationInput.Phone), "12345")]
    [InlineData(nameof(ApplicationInput.Email), "not-an-email")]
    [InlineData(nameof(ApplicationInput.Description), "太短")]
    [InlineData(nameof(ApplicationInput.Kind), "1")]
    [InlineData(nameof(ApplicationInput.Delivery), "Pigeon")]
    [InlineData(nameof(ApplicationInput.PostalCode), "12345")]
    [InlineData(nameof(ApplicationInput.Delivery), "Electronic, Post")]
    public void A_bad_field_gets_a_chinese_error_under_its_own_name(string field, string value)
    {
        var input = Person();
        typeof(ApplicationInput).GetProperty(field)!.SetValue(input, value);

        var result = ApplicationInputCheck.Check(input);

        Assert.False(result.IsValid);
        Assert.True(result.Errors.ContainsKey(field), string.Join(",", result.Errors.Keys));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Errors[field]);
    }

    [Fact]
    public void An_organization_needs_a_valid_credit_code_and_its_legal_representative()
    {
        var input = Person();
        input.Kind = nameof(ApplicantKind.Business);
        input.CreditCode = "91370000MA3C5ABC1X";

        var result = ApplicationInputCheck.Check(input);

        Assert.Contains(nameof(ApplicationInput.CreditCode), result.Errors.Keys);
        Assert.Contains(nameof(ApplicationInput.LegalRepresentative), result.Errors.Keys);
        Assert.DoesNotContain(nameof(ApplicationInput.IdNumber), result.Errors.Keys);
    }

    [Fact]
    public void Delivery_by_post_needs_an_address_and_electronic_delivery_an_email()
    {
        var post = Person();
        post.Delivery = "Post";
        Assert.Contains(nameof(ApplicationInput.Address), ApplicationInputCheck.Check(post).Errors.Keys);

        var electronic = Person();
        electronic.Email = "";
        Assert.Contains(nameof(ApplicationInput.Email), ApplicationInputCheck.Check(electronic).Errors.Keys);
    }
}
