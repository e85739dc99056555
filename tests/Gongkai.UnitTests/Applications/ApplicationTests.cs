using Gongkai.Web;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Fees;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Applications;

/// <summary>The case's own rules, driven through its methods on the official 2026 calendar.</summary>
public sealed class ApplicationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly StaffActor Office = As(StaffRole.DisclosureOfficer);
    private static readonly StaffActor Leader = As(StaffRole.Leader);

    private static StaffActor As(string role) => new(Guid.NewGuid(), StaffRole.ToChinese(role), new HashSet<string> { role });

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static Application Received(DateOnly receivedOn) =>
        Application.Register(Guid.NewGuid(), Guid.NewGuid(), "YSQ202600001", "hash", ReceiptChannel.InPerson, receivedOn,
            new ApplicantDetails(ApplicantKind.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "11010519491231002X", "", "", "", "13812345678", "", "", ""),
            new RequestDetails("2025年本市失业保险金发放情况", "", "", DeliveryMethod.Electronic, InformationFormat.ElectronicFile),
            Office, Calendar, receivedOn, Now);

    private static Application Handling(DateOnly receivedOn, StaffActor handler)
    {
        var application = Received(receivedOn);
        application.Assign(Office, Guid.NewGuid(), "就业促进处", handler.Id!.Value, handler.Name, Now);
        return application;
    }

    [Fact]
    public void Registration_sets_the_receipt_date_and_the_reply_deadline()
    {
        var application = Received(D(3, 2));

        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Equal(D(3, 30), application.ReplyDueOn);
        Assert.Single(application.History);
    }

    [Fact]
    public void An_online_application_is_received_on_the_day_it_is_confirmed()
    {
        var application = Application.Submit(Guid.NewGuid(), Guid.NewGuid(), "YSQ202600002", "hash",
            new ApplicantDetails(ApplicantKind.NaturalPerson, "李四", IdDocumentType.Passport, "E12345678", "", "", "", "13812345678", "a@b.cn", "", ""),
            new RequestDetails("某项政策文件全文", "", "", DeliveryMethod.Electronic, InformationFormat.ElectronicFile), Now);
        Assert.Null(application.ReplyDueOn);

        application.Confirm(Office, D(3, 4), Calendar, D(3, 4), Now);

        Assert.Equal(D(3, 4), application.ReceivedOn);
        Assert.Equal(Calendar.AddWorkingDays(D(3, 4), 20), application.ReplyDueOn);
        Assert.Throws<DomainException>(() => Application.Submit(Guid.NewGuid(), Guid.NewGuid(), "x", "h",
            new ApplicantDetails(ApplicantKind.NaturalPerson, "王五", IdDocumentType.Passport, "E1", "", "", "", "1", "", "", ""),
            new RequestDetails("x", "", "", DeliveryMethod.Post, InformationFormat.Paper), Now).Confirm(Office, D(3, 9), Calendar, D(3, 4), Now));
    }

    [Fact]
    public void The_supplement_notice_goes_out_once_and_only_within_seven_working_days()
    {
        var late = Received(D(3, 2));
        Assert.Throws<DomainException>(() => late.RequestSupplement(Office, "请说明时间范围", 10, Calendar, D(3, 12), Now));

        var application = Received(D(3, 2));
        application.RequestSupplement(Office, "请说明时间范围", 10, Calendar, D(3, 11), Now);
        Assert.Equal(ApplicationStatus.AwaitingSupplement, application.Status);
        Assert.Null(application.ReplyDueOn);

        application.ReceiveSupplement(Office, "2025年全年", D(3, 16), Calendar, D(3, 16), Now);
        Assert.Equal(Calendar.AddWorkingDays(D(3, 16), 20), application.ReplyDueOn);
        Assert.Throws<DomainException>(() => application.RequestSupplement(Office, "再补充", 10, Calendar, D(3, 16), Now));
    }

    [Fact]
    public void A_supplement_not_given_closes_the_case_as_other_handling_one_only_after_the_deadline()
    {
        var application = Received(D(3, 2));
        application.RequestSupplement(Office, "请说明时间范围", 10, Calendar, D(3, 4), Now);

        Assert.Throws<DomainException>(() => application.LapseSupplement(Office, D(3, 18), Now));
        application.LapseSupplement(Office, D(3, 19), Now);

        Assert.Equal(ApplicationStatus.Decided, application.Status);
        Assert.Equal(ApplicationOutcome.OtherNoSupplement, application.Outcome);
        Assert.Equal(ReplyType.Terminated, application.ReplyType);
    }

    [Fact]
    public void Extending_twice_or_beyond_twenty_days_or_by_anyone_but_a_leader_is_refused()
    {
        var handler = As(StaffRole.Handler);
        var application = Handling(D(3, 2), handler);

        Assert.Throws<DomainException>(() => application.Extend(Office, 10, "需要调取档案", Calendar, D(3, 20), Now));
        Assert.Throws<DomainException>(() => application.Extend(Leader, 21, "需要调取档案", Calendar, D(3, 20), Now));
        application.Extend(Leader, 20, "需要调取档案", Calendar, D(3, 20), Now);
        Assert.Equal(D(4, 28), application.ReplyDueOn);
        Assert.Throws<DomainException>(() => application.Extend(Leader, 5, "再延", Calendar, D(3, 20), Now));
    }

    [Fact]
    public void An_extension_after_the_deadline_passed_is_refused()
    {
        var application = Handling(D(3, 2), As(StaffRole.Handler));

        Assert.Throws<DomainException>(() => application.Extend(Leader, 10, "需要调取档案", Calendar, D(3, 31), Now));
    }

    [Fact]
    public void Consulting_a_third_party_stops_the_clock_until_the_answer()
    {
        var handler = As(StaffRole.Handler);
        var application = Handling(D(3, 2), handler);

        application.Consult(handler, ConsultedParty.ThirdParty, "某某公司", "是否同意公开其报送的材料", D(3, 9), Calendar, D(3, 9), Now);
        Assert.Equal(ApplicationStatus.Consulting, application.Status);
        Assert.Null(application.ReplyDueOn);
        Assert.Equal(D(3, 30), application.OpenConsultation!.DueOn);

        application.EndConsultation(handler, D(3, 13), "不同意公开", Calendar, D(3, 13), Now);
        Assert.Equal(ApplicationStatus.Handling, application.Status);
        Assert.Equal(D(4, 3), application.ReplyDueOn);
    }

    [Fact]
    public void A_fee_notice_is_refused_when_nothing_is_owed_and_pauses_the_clock_until_payment()
    {
        var handler = As(StaffRole.Handler);
        var application = Handling(D(3, 2), handler);

        Assert.Throws<DomainException>(() => application.ChargeFee(handler, FeeMethod.PerPage, 30, 20, Calendar, D(3, 9), Now));
        application.ChargeFee(handler, FeeMethod.PerPage, 31, 20, Calendar, D(3, 9), Now);
        Assert.Equal(10m, application.FeeAmount);
        Assert.Equal(D(4, 7), application.PaymentDueOn);
        Assert.Null(application.ReplyDueOn);

        application.ReceivePayment(Office, D(3, 16), Calendar, D(3, 16), Now);
        Assert.Equal(D(4, 7), application.ReplyDueOn);
    }

    [Fact]
    public void An_unpaid_fee_closes_the_case_as_other_handling_two_after_the_window()
    {
        var handler = As(StaffRole.Handler);
        var application = Handling(D(3, 2), handler);
        application.ChargeFee(handler, FeeMethod.PerApplication, 11, 20, Calendar, D(3, 9), Now);

        Assert.Throws<DomainException>(() => application.LapsePayment(Office, D(4, 7), Now));
        application.LapsePayment(Office, D(4, 8), Now);

        Assert.Equal(ApplicationOutcome.OtherUnpaidFee, application.Outcome);
    }

    [Fact]
    public void Only_the_assigned_handler_decides_and_a_partial_disclosure_names_what_was_withheld()
    {
        var handler = As(StaffRole.Handler);
        var application = Handling(D(3, 2), handler);

        Assert.Throws<DomainException>(() => application.Decide(As(StaffRole.Handler), ApplicationOutcome.Disclosed, ReplyType.Provided, "", "", "", D(3, 20), Now));
        Assert.Throws<DomainException>(() => application.Decide(handler, ApplicationOutcome.PartlyDisclosed, ReplyType.PartlyProvided, "涉及个人隐私", "", "", D(3, 20), Now));
        Assert.Throws<DomainException>(() => application.Decide(handler, ApplicationOutcome.Disclosed, ReplyType.Withheld, "", "", "", D(3, 20), Now));
        Assert.Throws<DomainException>(() => application.Decide(handler, ApplicationOutcome.UnavailableStillUnclear, ReplyType.StillUnclear, "仍不明确", "", "", D(3, 20), Now));

        application.Decide(handler, ApplicationOutcome.PartlyDisclosed, ReplyType.PartlyProvided, "涉及个人隐私", "名单中的身份证号码", "电子邮件发送", D(3, 20), Now);
        Assert.Equal(ApplicationStatus.Decided, application.Status);
        Assert.Equal("名单中的身份证号码", application.WithheldParts);
    }

    [Fact]
    public void Reply_delivery_and_archive_record_the_service_receipt_for_paper()
    {
        var handler = As(StaffRole.Handler);
        var application = Handling(D(3, 2), handler);
        application.Decide(handler, ApplicationOutcome.Disclosed, ReplyType.Provided, "", "", "", D(3, 20), Now);
        application.Reply(Office, "鲁人社依申请公开〔2026〕1号", D(3, 20), Now);

        Assert.Throws<DomainException>(() => application.Deliver(Office, DeliveryMethod.Post, D(3, 23), "", null, D(3, 23), Now));
        application.Deliver(Office, DeliveryMethod.Post, D(3, 23), "张三", D(3, 25), D(3, 25), Now);
        application.Archive(Office, "", D(3, 26), Now);

        Assert.Equal(ApplicationStatus.Archived, application.Status);
        Assert.Equal("张三", application.ServiceReceiptSigner);
        Assert.Equal(
            [ApplicationAction.Register, ApplicationAction.Assign, ApplicationAction.Decide, ApplicationAction.Reply, ApplicationAction.Deliver, ApplicationAction.Archive],
            application.History.Select(h => h.Action));
    }

    [Fact]
    public void Recomputing_on_a_changed_calendar_moves_the_deadline()
    {
        var application = Received(D(3, 2));
        var withExtraHoliday = new WorkingDayCalendar([.. OfficialHolidays.Load(), new CalendarDay(D(3, 10), true, "测试")], OfficialHolidays.Years);

        application.Recompute(withExtraHoliday);

        Assert.Equal(D(3, 31), application.ReplyDueOn);
    }

    [Theory]
    [InlineData(ReceiptChannel.InPerson)]
    [InlineData(ReceiptChannel.RegisteredMail)]
    [InlineData(ReceiptChannel.OrdinaryMail)]
    [InlineData(ReceiptChannel.Fax)]
    public void Each_offline_channel_counts_from_the_receipt_date_staff_enter_and_never_from_the_future(ReceiptChannel channel)
    {
        var application = Application.Register(Guid.NewGuid(), Guid.NewGuid(), "YSQ202600003", "hash", channel, D(2, 13),
            new ApplicantDetails(ApplicantKind.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "11010519491231002X", "", "", "", "13812345678", "", "", ""),
            new RequestDetails("某项政策文件全文", "", "", DeliveryMethod.Post, InformationFormat.Paper), Office, Calendar, D(3, 2), Now);

        Assert.Equal(D(2, 13), application.ReceivedOn);
        Assert.Equal(D(3, 19), application.ReplyDueOn);
        Assert.Contains(channel.ReceiptRule(), application.History[0].Note, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => Application.Register(Guid.NewGuid(), Guid.NewGuid(), "YSQ202600004", "hash", channel, D(3, 3),
            new ApplicantDetails(ApplicantKind.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "11010519491231002X", "", "", "", "13812345678", "", "", ""),
            new RequestDetails("某项政策文件全文", "", "", DeliveryMethod.Post, InformationFormat.Paper), Office, Calendar, D(3, 2), Now));
    }

    [Fact]
    public void An_online_application_cannot_be_registered_by_staff_only_confirmed()
    {
        Assert.Throws<DomainException>(() => Application.Register(Guid.NewGuid(), Guid.NewGuid(), "YSQ202600005", "hash", ReceiptChannel.Online, D(3, 2),
            new ApplicantDetails(ApplicantKind.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "11010519491231002X", "", "", "", "13812345678", "", "", ""),
            new RequestDetails("某项政策文件全文", "", "", DeliveryMethod.Post, InformationFormat.Paper), Office, Calendar, D(3, 2), Now));
    }

    [Fact]
    public void The_extension_notice_keeps_the_date_it_announced_when_a_later_pause_moves_the_deadline()
    {
        var handler = As(StaffRole.Handler);
        var application = Handling(D(3, 2), handler);
        application.Extend(Leader, 5, "需要调取档案", Calendar, D(3, 9), Now);
        var announced = application.ReplyDueOn;

        application.Consult(handler, ConsultedParty.OtherAgency, "市医保局", "是否同意公开联合发文的附件", D(3, 10), Calendar, D(3, 10), Now);
        application.EndConsultation(handler, D(3, 13), "同意公开", Calendar, D(3, 13), Now);

        Assert.Equal(announced, application.ExtendedDueOn);
        Assert.NotEqual(announced, application.ReplyDueOn);
    }
}
