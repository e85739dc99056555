using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>政府信息公开申请答复书, 条例第三十六条: the numbered reply, its decision, the article it rests on, and the remedies.</summary>
internal static class ReplyLetter
{
    public static LetterDocument? Compose(Agency agency, Application application, ApplicationSettings settings)
    {
        if (application.ReplyNumber.Length == 0 || application.Outcome is not { } outcome || application.ReplyType is not { } replyType)
        {
            return null;
        }

        var you = LetterPhrases.You(application);
        var supplement = application.SupplementReceivedOn is { } supplied
            ? $"，并于{ChineseDate.Format(supplied)}收到{you}的补正"
            : "";
        var body = new List<LetterParagraph>
        {
            new($"{LetterPhrases.Receipt(application)}{supplement}。{you}申请获取：{LetterPhrases.Request(application)}。"),
            new("经审查，现答复如下："),
        };
        body.AddRange(ReplyWording.Decision(application, outcome, replyType).Select(text => new LetterParagraph(text)));
        body.Add(new($"以上答复依据{replyType.LegalBasis(outcome)}的规定作出。"));
        body.AddRange(ReplyRemedies.For(application, outcome, settings).Select(text => new LetterParagraph(text)));
        body.Add(new("特此答复。"));
        return new LetterDocument(
            Title: "政府信息公开申请答复书",
            Number: application.ReplyNumber,
            Addressee: LetterPhrases.Addressee(application),
            Body: body,
            Signatory: agency.FullName,
            Date: application.RepliedOn ?? application.DecidedOn ?? DateOnly.FromDateTime(application.UpdatedAt),
            Footnote: LetterPhrases.Contact(agency));
    }
}
