using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Fees;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Applications;

/// <summary>The five letters of a case, composed from cases built through the domain and read back from the DOCX.</summary>
public sealed class ApplicationLettersTests
{
    private const string ReviewBody = "山东省人民政府";
    private const string Court = "济南市中级人民法院";

    private static readonly Agency Agency = NewAgency();
    private static readonly ApplicationSettings Settings = NewSettings();

    private static Agency NewAgency()
    {
        var agency = new Agency(Guid.NewGuid(), "shandong", "山东省人力资源和社会保障厅", "山东省人社厅", AgencyLevel.Province, null);
        agency.UpdateContact(new AgencyContact("", "济南市历下区某某路1号", "0531-86000000", "", "政务公开办公室"));
        return agency;
    }

    private static ApplicationSettings NewSettings()
    {
        var settings = ApplicationSettingsStore.Default(Agency);
        settings.Change(20, 15, ReviewBody, Court, "鲁人社依申请公开");
        return settings;
    }

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static string Day(DateOnly? date) => ChineseDate.Format(date!.Value);

    /// <summary>The letter's text, after checking its file name and that the DOCX is valid; null when not composed.</summary>
    private static string? Compose(Application application, LetterKind kind, Guid? consultationId = null, ApplicationSettings? settings = null)
    {
        var file = LetterComposer.Compose(Agency, application, settings ?? Settings, kind, consultationId);
        if (file is null)
        {
            return null;
        }

        Assert.Equal($"{application.Number}-{kind.ToChinese()}.docx", file.FileName);
        using (var stream = new MemoryStream(file.Content))
        using (var document = WordprocessingDocument.Open(stream, isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}"));
        }

        return DocxText.Read(file.Content);
    }

    private static string Letter(Application application, LetterKind kind, Guid? consultationId = null)
    {
        var text = Compose(application, kind, consultationId);
        Assert.NotNull(text);
        return text;
    }

    private static void ContainsAll(string text, params string[] expected) =>
        Assert.All(expected, part => Assert.Contains(part, text, StringComparison.Ordinal));

    [Fact]
    public void Supplement_notice_says_what_to_correct_by_when_and_what_happens_otherwise()
    {
        var application = CaseBuilder.Registered(D(3, 2)).SupplementRequested("请写明所需信息的时间范围", 10).Application;

        var text = Letter(application, LetterKind.SupplementNotice);

        ContainsAll(text,
            "政府信息公开申请补正告知书", "YSQ202600001-补正", "张三：", Day(application.ReceivedOn), "2025年本市失业保险金发放情况",
            "请写明所需信息的时间范围", Day(application.SupplementDueOn), "10个工作日", "第三十条", "重新计算", "视为放弃申请",
            Agency.FullName, Day(application.SupplementRequestedOn));
    }

    [Fact]
    public void Extension_notice_gives_the_days_the_reason_and_the_new_deadline_under_article_33()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned().Extended(15, "需从多个处室调取档案").Application;

        var text = Letter(application, LetterKind.ExtensionNotice);

        ContainsAll(text,
            "政府信息公开申请延期答复告知书", "YSQ202600001-延期", "张三：", Day(application.ReceivedOn), "因需从多个处室调取档案",
            "延长15个工作日", Day(application.ReplyDueOn), "第三十三条第二款", Day(application.ExtendedOn));
        Assert.DoesNotContain(CaseBuilder.Leader.Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_notice_during_a_consultation_says_the_consultation_time_does_not_count()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned().Consulted().Extended(10).Application;
        Assert.Null(application.ReplyDueOn);

        var text = Letter(application, LetterKind.ExtensionNotice);

        ContainsAll(text, "延长10个工作日", "不计算在答复期限内");
    }

    [Fact]
    public void Fee_notice_by_pages_gives_the_amount_the_payment_deadline_and_a_table()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned().Charged(FeeMethod.PerPage, 45).Application;

        var text = Letter(application, LetterKind.FeeNotice);

        Assert.Equal(150m, application.FeeAmount);
        ContainsAll(text,
            "政府信息公开信息处理费收费通知书", "YSQ202600001-收费", "张三：", "国办函〔2020〕109号", "共45页", "按量计收信息处理费",
            "人民币150元", Day(application.PaymentDueOn), "20个工作日", "按本机关告知的方式缴纳", "视为放弃申请",
            "收费方式\t按量计收", "计费数量\t45页", "收费金额\t人民币150元", $"缴费期限\t{Day(application.PaymentDueOn)}",
            Day(application.FeeNoticeOn));
    }

    [Fact]
    public void Fee_notice_by_applications_counts_the_applications_of_the_month()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned().Charged(FeeMethod.PerApplication, 11).Application;

        var text = Letter(application, LetterKind.FeeNotice);

        ContainsAll(text, "第11件", "按件计收", "收费金额\t人民币100元", "计费数量\t本月第11件");
    }

    [Fact]
    public void Consultation_letter_to_a_third_party_asks_within_fifteen_working_days_and_never_names_the_applicant()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned().Consulted(ConsultedParty.ThirdParty, "济南某某人力资源服务有限公司", "是否同意公开贵方报送的经营情况报告").Application;
        var consultation = application.Consultations.Single();

        var text = Letter(application, LetterKind.ConsultationLetter);

        ContainsAll(text,
            "政府信息公开征求意见函", "YSQ202600001-征求意见1", "济南某某人力资源服务有限公司：", "是否同意公开贵方报送的经营情况报告",
            "第三十二条", "15个工作日", Day(consultation.DueOn), "逾期未提出意见的，由本机关", "决定是否公开", Day(consultation.SentOn));
        var applicant = CaseBuilder.Person;
        foreach (var personal in new[] { applicant.Name, applicant.IdNumber, applicant.Phone, applicant.Email, applicant.Address, "张" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Consultation_letter_to_another_agency_treats_silence_as_consent()
    {
        var application = CaseBuilder.Registered(D(3, 2), CaseBuilder.Company).Assigned()
            .Consulted(ConsultedParty.OtherAgency, "山东省财政厅", "是否同意公开双方联合印发的资金分配方案").Application;

        var text = Letter(application, LetterKind.ConsultationLetter);

        ContainsAll(text, "山东省财政厅：", "共同制作", "第三十四条", "视为同意公开", Day(application.Consultations.Single().DueOn));
        foreach (var personal in new[] { CaseBuilder.Company.Name, CaseBuilder.Company.CreditCode, CaseBuilder.Company.Phone, CaseBuilder.Company.ContactName })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Consultation_letter_is_the_one_asked_for_or_else_the_latest()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned()
            .Consulted(ConsultedParty.ThirdParty, "甲公司").ConsultationAnswered()
            .Consulted(ConsultedParty.OtherAgency, "乙机关").Application;
        var first = application.Consultations[0];

        Assert.Contains("甲公司：", Letter(application, LetterKind.ConsultationLetter, first.Id), StringComparison.Ordinal);
        Assert.Contains("YSQ202600001-征求意见1", Letter(application, LetterKind.ConsultationLetter, first.Id), StringComparison.Ordinal);
        Assert.Contains("乙机关：", Letter(application, LetterKind.ConsultationLetter), StringComparison.Ordinal);
        Assert.Contains("YSQ202600001-征求意见2", Letter(application, LetterKind.ConsultationLetter), StringComparison.Ordinal);
        Assert.Null(Compose(application, LetterKind.ConsultationLetter, Guid.NewGuid()));
    }

    [Fact]
    public void Reply_letter_states_the_request_the_decision_the_basis_and_both_remedies()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned()
            .Decided(ApplicationOutcome.Disclosed, ReplyType.Provided, details: "通过电子邮件发送电子文档")
            .Replied("鲁人社依申请公开〔2026〕7号").Application;

        var text = Letter(application, LetterKind.ReplyLetter);

        ContainsAll(text,
            "政府信息公开申请答复书", "鲁人社依申请公开〔2026〕7号", "张三：", Day(application.ReceivedOn), "申请编号：YSQ202600001",
            "2025年本市失业保险金发放情况", "《关于调整失业保险金标准的通知》", "鲁人社发〔2025〕3号",
            "予以公开", "通过电子邮件发送电子文档", ReplyType.Provided.LegalBasis(),
            "60日内", $"向{ReviewBody}申请行政复议", "6个月内", $"向{Court}提起行政诉讼",
            Agency.FullName, Day(application.RepliedOn), "联系电话：0531-86000000");
    }

    [Fact]
    public void Reply_letter_names_the_review_body_and_court_of_the_default_settings()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Replied(ApplicationOutcome.Disclosed).Application;

        var text = Compose(application, LetterKind.ReplyLetter, settings: ApplicationSettingsStore.Default(Agency))!;

        ContainsAll(text, ApplicationSettings.DefaultReviewBody, ApplicationSettings.DefaultCourt, "60日", "6个月");
    }

    [Fact]
    public void Reply_letter_refusing_disclosure_gives_the_reason_the_ground_and_review_before_lawsuit()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned()
            .Decided(ApplicationOutcome.WithheldThirdParty, reason: "所申请名单载有他人身份证号码等个人信息，权利人不同意公开")
            .Replied().Application;

        var text = Letter(application, LetterKind.ReplyLetter);

        ContainsAll(text,
            "不予公开", "所申请名单载有他人身份证号码等个人信息，权利人不同意公开", "第十五条", ReplyType.Withheld.LegalBasis(),
            "《中华人民共和国行政复议法》第二十三条", "应当先自收到本答复书之日起60日内", ReviewBody, Court);
    }

    [Fact]
    public void Reply_letter_of_partial_disclosure_names_what_was_withheld_and_why()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned()
            .Decided(ApplicationOutcome.PartlyDisclosed, ReplyType.PartlyProvided, "涉及个人隐私", "名单中的身份证号码", "随本答复书附送删除处理后的名单")
            .Replied().Application;

        var text = Letter(application, LetterKind.ReplyLetter);

        ContainsAll(text,
            "第三十七条", "随本答复书附送删除处理后的名单", "不予公开的部分为：名单中的身份证号码。", "不予公开的理由：涉及个人隐私。",
            ReplyType.PartlyProvided.LegalBasis(), "6个月内", "第二十三条");
    }

    [Fact]
    public void An_organization_is_addressed_by_its_name_as_your_unit()
    {
        var application = CaseBuilder.Registered(D(3, 2), CaseBuilder.Company).Replied(ApplicationOutcome.Disclosed).Application;

        var text = Letter(application, LetterKind.ReplyLetter);

        ContainsAll(text, "济南某某科技有限公司：", "收到贵单位提出的政府信息公开申请");
        Assert.DoesNotContain("您", text, StringComparison.Ordinal);
    }

    public static TheoryData<ApplicationOutcome, ReplyType> Decisions()
    {
        var data = new TheoryData<ApplicationOutcome, ReplyType>();
        foreach (var outcome in ApplicationOutcomes.Decidable)
        {
            foreach (var replyType in outcome.ReplyTypes())
            {
                data.Add(outcome, replyType);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Every_decision_yields_a_reply_letter_with_its_legal_basis_its_texts_and_the_remedies(ApplicationOutcome outcome, ReplyType replyType)
    {
        var application = CaseBuilder.Registered(D(3, 2)).Replied(outcome, replyType).Application;

        var text = Letter(application, LetterKind.ReplyLetter);

        ContainsAll(text, "张三：", application.ReplyNumber, Day(application.RepliedOn), replyType.LegalBasis(), "60日内", ReviewBody, Court);
        Assert.Contains(outcome.Group() == 3 ? "应当先" : "6个月内", text, StringComparison.Ordinal);
        foreach (var recorded in new[] { application.DecisionReason, application.ReplyDetails, application.WithheldParts }.Where(t => t.Length > 0))
        {
            Assert.Contains(recorded, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reply_type_is_reached_by_some_decision_or_lapse()
    {
        var decided = ApplicationOutcomes.Decidable.SelectMany(outcome => outcome.ReplyTypes()).ToHashSet();

        Assert.Equal([ReplyType.Terminated], Enum.GetValues<ReplyType>().Except(decided));
    }

    [Fact]
    public void Reply_letter_after_an_unanswered_supplement_notice_says_the_application_is_treated_as_withdrawn()
    {
        var application = CaseBuilder.Registered(D(3, 2)).SupplementRequested().SupplementLapsed().Replied().Application;

        var text = Letter(application, LetterKind.ReplyLetter);

        ContainsAll(text,
            ReplyType.Terminated.LegalBasis(), "补正告知书", Day(application.SupplementRequestedOn), Day(application.SupplementDueOn),
            "逾期未补正", "视为放弃申请", "60日内", "6个月内");
        Assert.DoesNotContain("缴纳", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_letter_after_an_unpaid_fee_says_the_application_is_treated_as_withdrawn()
    {
        var application = CaseBuilder.Registered(D(3, 2)).Assigned().Charged(FeeMethod.PerPage, 45).PaymentLapsed().Replied().Application;

        var text = Letter(application, LetterKind.ReplyLetter);

        ContainsAll(text,
            ReplyType.Terminated.LegalBasis(ApplicationOutcome.OtherUnpaidFee), "收费通知书", Day(application.FeeNoticeOn), Day(application.PaymentDueOn), "150元",
            "逾期未缴纳", "视为放弃申请");
        Assert.DoesNotContain("补正告知书", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_letter_is_composed_before_the_case_reaches_it()
    {
        var registered = CaseBuilder.Registered(D(3, 2)).Application;
        var decided = CaseBuilder.Registered(D(3, 2)).Assigned().Decided(ApplicationOutcome.Disclosed).Application;

        Assert.All(Enum.GetValues<LetterKind>(), kind => Assert.Null(Compose(registered, kind)));
        Assert.Empty(ApplicationLetters.Available(registered));
        Assert.Null(Compose(decided, LetterKind.ReplyLetter));
        Assert.Null(Compose(registered, (LetterKind)99));
    }

    [Fact]
    public void Every_letter_a_case_has_reached_is_composed_and_no_other()
    {
        var application = CaseBuilder.Registered(D(3, 2))
            .SupplementRequested().SupplementReceived().Assigned()
            .Consulted().ConsultationAnswered()
            .Extended().Charged().Paid()
            .Decided(ApplicationOutcome.Disclosed).Replied().Application;
        var partway = CaseBuilder.Registered(D(3, 2)).Assigned().Consulted().Application;

        Assert.Equal(Enum.GetValues<LetterKind>().Order(), ApplicationLetters.Available(application).Order());
        Assert.All(Enum.GetValues<LetterKind>(), kind => Assert.NotNull(Compose(application, kind)));
        Assert.Equal([LetterKind.ConsultationLetter], ApplicationLetters.Available(partway));
        Assert.All(Enum.GetValues<LetterKind>(), kind =>
            Assert.Equal(ApplicationLetters.Available(partway).Contains(kind), Compose(partway, kind) is not null));
    }
}
