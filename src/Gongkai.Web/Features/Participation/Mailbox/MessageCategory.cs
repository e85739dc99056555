namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>What a message is about, as the writer chose it. The numbers are stored: never renumber.</summary>
public enum MessageCategory
{
    PolicyQuestion = 1,
    Complaint = 2,
    Suggestion = 3,
    Other = 4,
}

public static class MessageCategoryText
{
    public static string ToChinese(this MessageCategory category) => category switch
    {
        MessageCategory.PolicyQuestion => "政策咨询",
        MessageCategory.Complaint => "投诉举报",
        MessageCategory.Suggestion => "意见建议",
        MessageCategory.Other => "其他",
        _ => category.ToString(),
    };
}
