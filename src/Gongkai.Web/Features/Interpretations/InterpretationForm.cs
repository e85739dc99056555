namespace Gongkai.Web.Features.Interpretations;

/// <summary>The form an interpretation takes; 1+2+X: the document itself, a press release and Q&amp;A, plus any other form.</summary>
public enum InterpretationForm
{
    TextInterpretation = 0,
    Graphic = 1,
    QuestionsAndAnswers = 2,
    PressRelease = 3,
    Video = 4,
    Interview = 5,
    ExpertInterpretation = 6,
}

public static class InterpretationFormNames
{
    public static IReadOnlyList<InterpretationForm> All { get; } = Enum.GetValues<InterpretationForm>();

    public static string ToChinese(this InterpretationForm form) => form switch
    {
        InterpretationForm.TextInterpretation => "文字解读",
        InterpretationForm.Graphic => "图解",
        InterpretationForm.QuestionsAndAnswers => "政策问答",
        InterpretationForm.PressRelease => "新闻通稿",
        InterpretationForm.Video => "音视频",
        InterpretationForm.Interview => "在线访谈",
        InterpretationForm.ExpertInterpretation => "专家解读",
        _ => form.ToString(),
    };

    /// <summary>Video and interviews live elsewhere; the interpretation links to them.</summary>
    public static bool HasMedia(this InterpretationForm form) => form is InterpretationForm.Video or InterpretationForm.Interview;
}
