using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Fees;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Applications;

/// <summary>
/// Builds a case through its own methods on the official calendar, one step per working day, so that every date a
/// letter prints comes from the domain: <c>CaseBuilder.Registered(day).Assigned().Replied(outcome, replyType)</c>.
/// </summary>
internal sealed class CaseBuilder
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    public static readonly StaffActor Office = Actor("王公开", StaffRole.DisclosureOfficer);
    public static readonly StaffActor Handler = Actor("李承办", StaffRole.Handler);
    public static readonly StaffActor Leader = Actor("赵领导", StaffRole.Leader);

    public static readonly ApplicantDetails Person = new(
        ApplicantKind.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "11010519491231002X", "", "", "",
        "13812345678", "zhangsan@example.com", "北京市西城区西长安街1号", "100032");

    public static readonly ApplicantDetails Company = new(
        ApplicantKind.Business, "济南某某科技有限公司", null, "", "91370100MA3C5BX43U", "王某", "刘某",
        "13912345678", "", "济南市历下区经十路1号", "250000");

    public static readonly RequestDetails Request = new(
        "2025年本市失业保险金发放情况", "关于调整失业保险金标准的通知", "鲁人社发〔2025〕3号", DeliveryMethod.Electronic, InformationFormat.ElectronicFile);

    private CaseBuilder(Application application, DateOnly today)
    {
        Application = application;
        Today = today;
    }

    public Application Application { get; }

    /// <summary>The day of the last step taken.</summary>
    public DateOnly Today { get; private set; }

    private DateTime Now => Today.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    public static StaffActor Actor(string name, string role) => new(Guid.NewGuid(), name, new HashSet<string> { role });

    /// <summary>Received in person on <paramref name="receivedOn"/> and registered that day.</summary>
    public static CaseBuilder Registered(DateOnly receivedOn, ApplicantDetails? applicant = null, RequestDetails? request = null, string number = "YSQ202600001")
    {
        var application = Application.Register(Guid.NewGuid(), Guid.NewGuid(), number, "hash", ReceiptChannel.InPerson, receivedOn,
            applicant ?? Person, request ?? Request, Office, Calendar, receivedOn, receivedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc));
        return new CaseBuilder(application, receivedOn);
    }

    public CaseBuilder SupplementRequested(string request = "请写明所需信息的时间范围和所涉地区", int workingDays = 10) =>
        Step(() => Application.RequestSupplement(Office, request, workingDays, Calendar, Today, Now));

    public CaseBuilder SupplementReceived(string text = "2025年1月至12月，本市市区") =>
        Step(() => Application.ReceiveSupplement(Office, text, Today, Calendar, Today, Now));

    /// <summary>The day after the supplement period ends, the case closes as withdrawn.</summary>
    public CaseBuilder SupplementLapsed()
    {
        Today = Application.SupplementDueOn!.Value.AddDays(1);
        Application.LapseSupplement(Office, Today, Now);
        return this;
    }

    public CaseBuilder Assigned() =>
        Step(() => Application.Assign(Office, Guid.NewGuid(), "失业保险处", Handler.Id!.Value, Handler.Name, Now));

    public CaseBuilder Consulted(ConsultedParty party = ConsultedParty.ThirdParty, string partyName = "济南某某人力资源服务有限公司", string matter = "是否同意公开贵方报送的2025年度经营情况报告") =>
        Step(() => Application.Consult(Handler, party, partyName, matter, Today, Calendar, Today, Now));

    public CaseBuilder ConsultationAnswered(string answer = "同意公开") =>
        Step(() => Application.EndConsultation(Handler, Today, answer, Calendar, Today, Now));

    public CaseBuilder Extended(int days = 10, string reason = "所需信息需从多个处室调取档案并核对") =>
        Step(() => Application.Extend(Leader, days, reason, Calendar, Today, Now));

    public CaseBuilder Charged(FeeMethod method = FeeMethod.PerPage, int quantity = 45, int paymentWorkingDays = ApplicationSettings.DefaultPaymentWorkingDays) =>
        Step(() => Application.ChargeFee(Handler, method, quantity, paymentWorkingDays, Calendar, Today, Now));

    public CaseBuilder Paid() =>
        Step(() => Application.ReceivePayment(Office, Today, Calendar, Today, Now));

    /// <summary>The day after the payment window ends, the case closes as withdrawn.</summary>
    public CaseBuilder PaymentLapsed()
    {
        Today = Application.PaymentDueOn!.Value.AddDays(1);
        Application.LapsePayment(Office, Today, Now);
        return this;
    }

    /// <summary>Decided by the office with plausible texts wherever the outcome and reply type require one.</summary>
    public CaseBuilder Decided(ApplicationOutcome outcome, ReplyType? replyType = null, string? reason = null, string? withheldParts = null, string? details = null)
    {
        var type = replyType ?? outcome.ReplyTypes()[0];
        return Step(() => Application.Decide(Office, outcome, type,
            reason ?? (outcome.NeedsReason() ? $"经核查，申请所涉情况符合“{outcome.ToChinese()}”的情形" : ""),
            withheldParts ?? (outcome == ApplicationOutcome.PartlyDisclosed ? "名单中个人的身份证号码和联系电话" : ""),
            details ?? DefaultDetails(type), Today, Now));
    }

    public CaseBuilder Replied(string replyNumber = "鲁人社依申请公开〔2026〕1号") =>
        Step(() => Application.Reply(Office, replyNumber, Today, Now));

    /// <summary>Whatever the outcome needs first (a supplement for 补正后仍不明确, an assignment), then the decision and the reply.</summary>
    public CaseBuilder Replied(ApplicationOutcome outcome, ReplyType? replyType = null)
    {
        if (outcome == ApplicationOutcome.UnavailableStillUnclear && Application.SupplementReceivedOn is null)
        {
            SupplementRequested().SupplementReceived();
        }

        if (Application.Status == ApplicationStatus.Registered)
        {
            Assigned();
        }

        return Decided(outcome, replyType).Replied();
    }

    private static string DefaultDetails(ReplyType type) => type switch
    {
        ReplyType.AlreadyPublished => "本机关门户网站“政府信息公开—法定主动公开内容—政策文件”栏目",
        ReplyType.Provided or ReplyType.PartlyProvided => "随本答复书附送电子文档",
        ReplyType.NotThisAgency => "济南市医疗保障局，联系电话0531-87654321",
        ReplyType.SpecialLaw => "依照《不动产登记暂行条例》向不动产登记机构申请查询",
        ReplyType.NotAnApplication => "12345政务服务便民热线",
        _ => "",
    };

    private CaseBuilder Step(Action move)
    {
        Today = Calendar.AddWorkingDays(Today, 1);
        move();
        return this;
    }
}
