using Gongkai.Web.Features.Applications.Outcomes;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>
/// The remedies every reply letter ends with: 行政复议 within 60 days (行政复议法第二十条) or 行政诉讼 within 6 months
/// (行政诉讼法第四十六条), before the bodies the agency's settings name.
/// </summary>
internal static class ReplyRemedies
{
    private const string ReviewLaw = "《中华人民共和国行政复议法》";

    public static IReadOnlyList<string> For(Application application, ApplicationOutcome outcome, ApplicationSettings settings)
    {
        var you = LetterPhrases.You(application);
        var either = $"自收到本答复书之日起60日内向{settings.ReviewBody}申请行政复议，或者自收到本答复书之日起6个月内向{settings.Court}提起行政诉讼";
        // 行政复议法第二十三条第一款第（四）项 (since 2024): a refusal to disclose must go to review before any lawsuit.
        var reviewFirst = $"根据{ReviewLaw}第二十三条的规定，应当先自收到本答复书之日起60日内向{settings.ReviewBody}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内向{settings.Court}提起行政诉讼";
        return outcome.Group() switch
        {
            3 => [$"{you}如对本答复不服，{reviewFirst}。"],
            2 =>
            [
                $"{you}如对本答复中不予公开的部分不服，{reviewFirst}。",
                $"{you}如对本答复的其他内容不服，可以{either}。",
            ],
            _ => [$"{you}如对本答复不服，可以{either}。"],
        };
    }
}
