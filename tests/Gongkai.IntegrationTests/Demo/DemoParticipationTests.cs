using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Features.Participation.Consultations.Decisions;
using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Demo;

/// <summary>The demo shows interpretations and public participation in 镇江 on the public pages; loading again adds none.</summary>
public sealed class DemoParticipationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "zhenjiang";

    private async Task<Guid> DocumentIdAsync(string title)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Document>().Where(d => d.Title == title && d.Status == DocumentStatus.Published).Select(d => d.Id).SingleAsync();
    }

    [Fact]
    public async Task The_normative_demo_document_shows_the_whole_1_2_X_and_its_questions_are_public()
    {
        var anonymous = factory.Anonymous();
        var id = await DocumentIdAsync(DemoInterpretations.NormativeTitle);

        var document = await anonymous.GetStringAsync($"/{Agency}/documents/{id}");
        Assert.Contains("<dd data-form=\"PressRelease\">✓</dd>", document, StringComparison.Ordinal);
        Assert.Contains("<dd data-form=\"QuestionsAndAnswers\">✓</dd>", document, StringComparison.Ordinal);
        Assert.Contains("<dt>其他形式</dt><dd>图解</dd>", document, StringComparison.Ordinal);

        var column = await anonymous.GetStringAsync($"/{Agency}/interpretations");
        Assert.Contains(DemoInterpretations.QuestionsTitle, column, StringComparison.Ordinal);
        Assert.Contains("《关于做好2025年高校毕业生等青年就业创业工作的通知》解读", column, StringComparison.Ordinal);

        Guid questionsId;
        await using (var scope = factory.Scope())
        {
            questionsId = await factory.Db(scope).Set<Interpretation>().Where(i => i.Title == DemoInterpretations.QuestionsTitle).Select(i => i.Id).SingleAsync();
        }

        var questions = await anonymous.GetStringAsync($"/{Agency}/interpretations/{questionsId}");
        Assert.Contains("单位需要提出申请吗？", questions, StringComparison.Ordinal);
        Assert.Contains(DemoInterpretations.NormativeTitle, questions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_consultations_show_approved_comments_and_a_published_adoption_report_but_never_a_pending_comment()
    {
        var anonymous = factory.Anonymous();
        Guid openId, closedId;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            openId = await db.Set<Consultation>().Where(c => c.Title == DemoParticipation.OpenTitle).Select(c => c.Id).SingleAsync();
            closedId = await db.Set<Consultation>().Where(c => c.Title == DemoParticipation.ClosedTitle).Select(c => c.Id).SingleAsync();
        }

        var list = await anonymous.GetStringAsync($"/{Agency}/consultations");
        Assert.Contains(DemoParticipation.OpenTitle, list, StringComparison.Ordinal);
        Assert.Contains(DemoParticipation.ClosedTitle, list, StringComparison.Ordinal);

        var open = await anonymous.GetStringAsync($"/{Agency}/consultations/{openId}");
        Assert.Contains("征求意见中", open, StringComparison.Ordinal);
        Assert.Contains("建议将认定时限由5个工作日缩短为3个工作日", open, StringComparison.Ordinal);
        Assert.Contains("公众意见（2条）", open, StringComparison.Ordinal);
        Assert.DoesNotContain("“连续失业一定时间”的具体时长建议写明", open, StringComparison.Ordinal);

        var closed = await anonymous.GetStringAsync($"/{Agency}/consultations/{closedId}");
        Assert.Contains("data-testid=\"adoption-report\"", closed, StringComparison.Ordinal);
        Assert.Contains("<strong data-testid=\"adopted\">1</strong>", closed, StringComparison.Ordinal);
        Assert.Contains("<strong data-testid=\"partly-adopted\">1</strong>", closed, StringComparison.Ordinal);
        Assert.Contains("<strong data-testid=\"not-adopted\">1</strong>", closed, StringComparison.Ordinal);
        Assert.Contains("返还比例由国家和省政策确定", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("广告内容", closed, StringComparison.Ordinal);

        var decisions = await anonymous.GetStringAsync($"/{Agency}/decisions?year=2024");
        Assert.Contains("制定《镇江市失业保险稳岗返还经办规程》", decisions, StringComparison.Ordinal);
        Assert.Contains($"/{Agency}/consultations/{closedId}", decisions, StringComparison.Ordinal);
        Assert.Contains($"/{Agency}/documents/{await DocumentIdAsync(DemoInterpretations.NormativeTitle)}", decisions, StringComparison.Ordinal);
        var thisYear = await anonymous.GetStringAsync($"/{Agency}/decisions");
        Assert.Contains("制定《镇江市就业困难人员认定办法》", thisYear, StringComparison.Ordinal);
        Assert.Contains($"/{Agency}/consultations/{openId}", thisYear, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_mailbox_has_published_answers_one_pending_and_one_overdue_message()
    {
        var replies = await factory.Anonymous().GetStringAsync($"/{Agency}/mailbox/replies");
        Assert.Contains(DemoParticipation.PublishedSubject, replies, StringComparison.Ordinal);
        Assert.Contains("建议在人社服务窗口增加适老化设施", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoParticipation.OverdueSubject, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("13900000000", replies, StringComparison.Ordinal);

        var officer = await factory.SignInAsync("zhenjiang-disclosureofficer");
        var overdue = await officer.GetStringAsync("/admin/zhenjiang/mailbox?overdue=true");
        Assert.Contains(DemoParticipation.OverdueSubject, overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("失业保险金可以领取多长时间？", overdue, StringComparison.Ordinal);
        Assert.Contains("失业保险金可以领取多长时间？", await officer.GetStringAsync("/admin/zhenjiang/mailbox?status=Received"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_the_demo_again_adds_no_interpretation_consultation_decision_or_message()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var before = (await db.Set<Interpretation>().CountAsync(), await db.Set<Consultation>().CountAsync(), await db.Set<MajorDecision>().CountAsync(), await db.Set<Message>().CountAsync());

        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();

        Assert.Equal(before, (await db.Set<Interpretation>().CountAsync(), await db.Set<Consultation>().CountAsync(), await db.Set<MajorDecision>().CountAsync(), await db.Set<Message>().CountAsync()));
        Assert.True(before.Item1 >= 4 && before.Item2 >= 2 && before.Item3 >= 2 && before.Item4 >= 4);
    }
}

public sealed class ProductionHasNoDemoParticipationTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task A_production_deployment_starts_without_interpretations_consultations_decisions_or_messages()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Equal(0, await db.Set<Interpretation>().CountAsync());
        Assert.Equal(0, await db.Set<Consultation>().CountAsync());
        Assert.Equal(0, await db.Set<MajorDecision>().CountAsync());
        Assert.Equal(0, await db.Set<Message>().CountAsync());
    }
}
