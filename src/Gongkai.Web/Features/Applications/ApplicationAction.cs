namespace Gongkai.Web.Features.Applications;

public enum ApplicationAction
{
    Submit = 1,
    Register = 2,
    Confirm = 3,
    Discard = 4,
    RequestSupplement = 5,
    ReceiveSupplement = 6,
    LapseSupplement = 7,
    Assign = 8,
    Consult = 9,
    EndConsultation = 10,
    Extend = 11,
    ChargeFee = 12,
    ReceivePayment = 13,
    LapsePayment = 14,
    Decide = 15,
    ReturnDecision = 16,
    Reply = 17,
    Deliver = 18,
    Archive = 19,

    /// <summary>Not a move: a 行政复议 or 行政诉讼 noted in the history.</summary>
    RecordChallenge = 20,
}

public static class ApplicationActionText
{
    public static string ToChinese(this ApplicationAction action) => action switch
    {
        ApplicationAction.Submit => "在线提交",
        ApplicationAction.Register => "登记",
        ApplicationAction.Confirm => "确认收到",
        ApplicationAction.Discard => "作废",
        ApplicationAction.RequestSupplement => "告知补正",
        ApplicationAction.ReceiveSupplement => "收到补正",
        ApplicationAction.LapseSupplement => "逾期未补正",
        ApplicationAction.Assign => "分派承办",
        ApplicationAction.Consult => "征求意见",
        ApplicationAction.EndConsultation => "结束征求意见",
        ApplicationAction.Extend => "延期",
        ApplicationAction.ChargeFee => "收费通知",
        ApplicationAction.ReceivePayment => "收到缴费",
        ApplicationAction.LapsePayment => "逾期未缴费",
        ApplicationAction.Decide => "作出决定",
        ApplicationAction.ReturnDecision => "退回重办",
        ApplicationAction.Reply => "答复",
        ApplicationAction.Deliver => "送达",
        ApplicationAction.Archive => "归档",
        ApplicationAction.RecordChallenge => "登记复议诉讼",
        _ => action.ToString(),
    };
}
