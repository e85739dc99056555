using Gongkai.Web.Features.Participation.Mailbox;

namespace Gongkai.UnitTests.Participation.Mailbox;

public sealed class MessageInputCheckTests
{
    [Fact]
    public void A_complete_message_passes_with_the_phone_spaces_removed()
    {
        var result = MessageInputCheck.Check(Valid());

        Assert.Empty(result.Errors);
        Assert.Equal("13812345678", result.Details!.Phone);
        Assert.Equal(MessageBox.LeaderMailbox, result.Details.Box);
    }

    [Theory]
    [InlineData("Box", "Flags")]
    [InlineData("Box", "1")]
    [InlineData("Category", "")]
    [InlineData("Subject", " ")]
    [InlineData("WriterName", "")]
    [InlineData("Phone", "12345")]
    [InlineData("Email", "not-an-email")]
    public void A_bad_field_is_named_in_chinese(string field, string value)
    {
        var input = Valid();
        typeof(MessageInput).GetProperty(field)!.SetValue(input, value);

        var result = MessageInputCheck.Check(input);

        Assert.Null(result.Details);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Assert.Contains(field, result.Errors));
        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_body_of_2001_characters_is_too_long()
    {
        var input = Valid();
        input.Body = new string('字', 2001);

        Assert.Equal("留言内容不能超过2000个字。", MessageInputCheck.Check(input).Errors["Body"]);
    }

    private static MessageInput Valid() => new()
    {
        Box = "LeaderMailbox",
        Category = "Suggestion",
        Subject = "建议延长窗口服务时间",
        Body = "希望周末也能办理社保业务。",
        WriterName = "张三丰",
        Phone = "138 1234 5678",
        Email = "",
    };
}
