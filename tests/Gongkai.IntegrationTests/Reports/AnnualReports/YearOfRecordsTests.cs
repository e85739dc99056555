using Gongkai.IntegrationTests.Applications.Staff;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Publications.Staff;
using Gongkai.Web.Features.Applications.Challenges;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>
/// Two years of records made through the back office (applications by several channels and applicant kinds, decided,
/// lapsed and left open across 31 December; reviews and litigation; normative documents published and repealed), then
/// both years' reports computed, published and read cell by cell from the API.
/// </summary>
public sealed class YearOfRecordsTests(ReportFactory factory) : IClassFixture<ReportFactory>
{
    private const string Agency = "hunjiang";

    private static readonly string[] Columns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    [Fact]
    public async Task Every_cell_of_tables_two_three_and_four_matches_the_records_and_carry_over_links_the_years()
    {
        var clock = factory.Clock;
        var documents = new DocumentSteps(factory);

        // The application starts (and loads the demo) on today's clock before the records go back to 2022.
        _ = factory.Server;

        // ----- 2022 -----
        clock.SetDay(new(2022, 3, 1));
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var a1 = await RegisterAsync(office, new(2022, 3, 1), "InPerson", "NaturalPerson");
        await CaseFlow.DoAsync(office, Agency, a1, "Decide", CaseFlow.DisclosedDecision);
        await CaseFlow.DoAsync(office, Agency, a1, "Reply");
        var a2 = await RegisterAsync(office, new(2022, 3, 1), "RegisteredMail", "Business");
        await CaseFlow.DoAsync(office, Agency, a2, "Decide", new() { ["outcome"] = "NotHandledRepeat", ["replyType"] = "Repeated", ["note"] = "与本机关已答复的申请内容相同。" });
        await CaseFlow.DoAsync(office, Agency, a2, "Reply");
        var staff = await documents.StaffOfAsync(Agency);
        var rule = await documents.PublishedAsync(staff, Agency, "混江区示例规章", Normative("2022-03-01", "命令（令）"));
        var normative = await documents.PublishedAsync(staff, Agency, "混江区示例规范性文件甲", Normative("2022-03-01", "通知"));
        var notNormative = await documents.PublishedAsync(staff, Agency, "混江区工作动态", f => f["writtenOn"] = "2022-03-01");

        clock.SetDay(new(2022, 4, 1));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await RecordChallengeAsync(office, a1, "AdministrativeReview", "2022-04-01");
        var a4 = await RegisterAsync(office, new(2022, 4, 1), "Fax", "NaturalPerson");
        await CaseFlow.DoAsync(office, Agency, a4, "RequestSupplement", new() { ["note"] = "请写明所需文件的名称。", ["days"] = "5" });

        clock.SetDay(new(2022, 5, 9));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await ConcludeChallengeAsync(office, a1, "Upheld", "2022-05-09");
        await CaseFlow.DoAsync(office, Agency, a4, "LapseSupplement");
        var voided = await new CaseFlow(factory).SubmitAsync(Agency);
        await CaseFlow.DoAsync(office, Agency, voided, "Discard", new() { ["note"] = "测试提交", ["confirmed"] = "true" });

        clock.SetDay(new(2022, 9, 1));
        staff = await documents.StaffOfAsync(Agency);
        await DocumentSteps.DoAsync(staff.Disclosure, Agency, normative, "ChangeValidity", new() { ["validity"] = "Repealed", ["replacedBy"] = "" });

        clock.SetDay(new(2022, 11, 1));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await RecordChallengeAsync(office, a2, "DirectLitigation", "2022-11-01");

        clock.SetDay(new(2022, 12, 20));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var a3 = await RegisterAsync(office, new(2022, 12, 20), "OrdinaryMail", "LegalService");

        // ----- the 2022 report, published in January -----
        clock.SetDay(new(2023, 1, 5));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var leader = await factory.SignInAsync($"{Agency}-leader");
        await PublishAsync(office, leader, 2022, new() { ["p.permits"] = "7", ["p.penalties"] = "3", ["p.enforcements"] = "0", ["p.fees"] = "1.5" });

        // ----- 2023 -----
        clock.SetDay(new(2023, 1, 10));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await CaseFlow.DoAsync(office, Agency, a3, "Decide", new() { ["outcome"] = "UnavailableNotHeld", ["replyType"] = "DoesNotExist", ["note"] = "经检索，本机关未制作或获取该信息。" });

        clock.SetDay(new(2023, 2, 1));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await ConcludeChallengeAsync(office, a2, "Corrected", "2023-02-01");
        var a7 = await RegisterAsync(office, new(2023, 2, 1), "InPerson", "Research");
        await CaseFlow.DoAsync(office, Agency, a7, "Decide", new() { ["outcome"] = "NotHandledRepeat", ["replyType"] = "Repeated", ["note"] = "重复申请。" });
        await CaseFlow.DoAsync(office, Agency, a7, "Reply");
        staff = await documents.StaffOfAsync(Agency);
        await documents.PublishedAsync(staff, Agency, "混江区示例规范性文件乙", Normative("2023-02-01", "通知"));

        clock.SetDay(new(2023, 3, 1));
        staff = await documents.StaffOfAsync(Agency);
        await DocumentSteps.DoAsync(staff.Disclosure, Agency, rule, "ChangeValidity", new() { ["validity"] = "Repealed", ["replacedBy"] = "" });
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await RecordChallengeAsync(office, a7, "LitigationAfterReview", "2023-03-01");

        clock.SetDay(new(2023, 4, 3));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await ConcludeChallengeAsync(office, a7, "Other", "2023-04-03");

        clock.SetDay(new(2023, 12, 28));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await RegisterAsync(office, new(2023, 12, 28), "InPerson", "NaturalPerson");

        clock.SetDay(new(2024, 1, 8));
        office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        leader = await factory.SignInAsync($"{Agency}-leader");
        await PublishAsync(office, leader, 2023, new() { ["p.permits"] = "0", ["p.penalties"] = "0", ["p.enforcements"] = "2", ["p.fees"] = "0" });

        // ----- every cell, by hand -----
        var anonymous = factory.Anonymous();
        var y2022 = await ReportSteps.CellsAsync(anonymous, Agency, 2022);
        var y2023 = await ReportSteps.CellsAsync(anonymous, Agency, 2023);

        AssertCells(y2022, new()
        {
            [(0, "第二十条第（一）项规章", "本年制发件数")] = 1,
            [(0, "第二十条第（一）项规章", "现行有效件数")] = 1,
            [(0, "第二十条第（一）项行政规范性文件", "本年制发件数")] = 1,
            [(0, "第二十条第（一）项行政规范性文件", "本年废止件数")] = 1,

            // The demo data's seed 004, a normative document of this agency published in 2018, is still in force.
            [(0, "第二十条第（一）项行政规范性文件", "现行有效件数")] = 1,
            [(0, "第二十条第（五）项行政许可", "本年处理决定数量")] = 7,
            [(0, "第二十条第（六）项行政处罚", "本年处理决定数量")] = 3,
            [(0, "第二十条第（八）项行政事业性收费", "本年收费金额（单位：万元）")] = 1.5m,
        }, Applications(
            ("一、本年新收政府信息公开申请数量", [2, 1, 0, 0, 1, 0]),
            ("三、本年度办理结果（一）予以公开", [1, 0, 0, 0, 0, 0]),
            ("三、本年度办理结果（五）不予处理2.重复申请", [0, 1, 0, 0, 0, 0]),
            ("三、本年度办理结果（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [1, 0, 0, 0, 0, 0]),
            ("三、本年度办理结果（七）总计", [2, 1, 0, 0, 0, 0]),
            ("四、结转下年度继续办理", [0, 0, 0, 0, 1, 0])),
            new()
            {
                [(2, "行政复议", "结果维持")] = 1,
                [(2, "行政复议", "总计")] = 1,
                [(2, "行政诉讼（未经复议直接起诉）", "尚未审结")] = 1,
                [(2, "行政诉讼（未经复议直接起诉）", "总计")] = 1,
            });

        AssertCells(y2023, new()
        {
            [(0, "第二十条第（一）项规章", "本年废止件数")] = 1,
            [(0, "第二十条第（一）项行政规范性文件", "本年制发件数")] = 1,
            [(0, "第二十条第（一）项行政规范性文件", "现行有效件数")] = 2,
            [(0, "第二十条第（六）项行政强制", "本年处理决定数量")] = 2,
        }, Applications(
            ("一、本年新收政府信息公开申请数量", [1, 0, 1, 0, 0, 0]),
            ("二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 1, 0]),
            ("三、本年度办理结果（四）无法提供1.本机关不掌握相关政府信息", [0, 0, 0, 0, 1, 0]),
            ("三、本年度办理结果（五）不予处理2.重复申请", [0, 0, 1, 0, 0, 0]),
            ("三、本年度办理结果（七）总计", [0, 0, 1, 0, 1, 0]),
            ("四、结转下年度继续办理", [1, 0, 0, 0, 0, 0])),
            new()
            {
                [(2, "行政诉讼（复议后起诉）", "其他结果")] = 1,
                [(2, "行政诉讼（复议后起诉）", "总计")] = 1,
            });

        foreach (var column in Columns)
        {
            Assert.Equal(y2022[(1, "四、结转下年度继续办理", column)], y2023[(1, "二、上年结转政府信息公开申请数量", column)]);
        }

        // The 2022 report was frozen when submitted: the 2023 decision on a carried case and the court's judgment did not change it.
        Assert.Equal(y2022, await ReportSteps.CellsAsync(anonymous, Agency, 2022));
        _ = notNormative;
    }

    private static Dictionary<(int, string, string), decimal> Applications(params (string Row, int[] Values)[] rows)
    {
        var cells = new Dictionary<(int, string, string), decimal>();
        foreach (var (row, values) in rows)
        {
            for (var i = 0; i < values.Length; i++)
            {
                cells[(1, row, Columns[i])] = values[i];
            }

            cells[(1, row, "总计")] = values.Sum();
        }

        return cells;
    }

    private static void AssertCells(Dictionary<(int, string, string), decimal> actual, Dictionary<(int, string, string), decimal> proactive, Dictionary<(int, string, string), decimal> applications, Dictionary<(int, string, string), decimal> challenges)
    {
        var expected = proactive.Concat(applications).Concat(challenges).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(10, actual.Keys.Count(k => k.Item1 == 0));
        Assert.Equal(25 * 7, actual.Keys.Count(k => k.Item1 == 1));
        Assert.Equal(3 * 5, actual.Keys.Count(k => k.Item1 == 2));
        Assert.All(expected.Keys, k => Assert.True(actual.ContainsKey(k), $"缺少单元格 {k}"));
        foreach (var (key, value) in actual)
        {
            Assert.True(expected.GetValueOrDefault(key) == value, $"{key}: 应为 {expected.GetValueOrDefault(key)}，实为 {value}");
        }
    }

    private static Action<Dictionary<string, string>> Normative(string writtenOn, string genre) => f =>
    {
        f["isNormative"] = "true";
        f["writtenOn"] = writtenOn;
        f["genre"] = genre;
    };

    private async Task PublishAsync(StaffClient office, StaffClient leader, int year, Dictionary<string, string> entered)
    {
        await ReportSteps.CreateAsync(office, Agency, year);
        await ReportSteps.DoAsync(office, Agency, year, "edit", ReportSteps.Narrative(entered));
        await ReportSteps.DoAsync(office, Agency, year, "submit");
        await ReportSteps.DoAsync(leader, Agency, year, "publish");
    }

    private async Task<Guid> RegisterAsync(StaffClient office, DateOnly receivedOn, string channel, string kind) =>
        await CaseSteps.RegisterAsync(office, Agency, f =>
        {
            if (kind != "NaturalPerson")
            {
                CaseSteps.AsOrganization(f);
                f["Kind"] = kind;
            }
            else
            {
                f["IdNumber"] = CaseFlow.NewIdNumber();
            }

            f["channel"] = channel;
            f["receivedOn"] = CaseFlow.Iso(receivedOn);
            f["Description"] = "示例申请" + Guid.NewGuid().ToString("N")[..8];
        });

    private static async Task RecordChallengeAsync(StaffClient office, Guid id, string kind, string filedOn)
    {
        var response = await CaseFlow.PostHandlerAsync(office, Agency, id, "RecordChallenge", new()
        {
            ["kind"] = kind,
            ["filedOn"] = filedOn,
            ["body"] = "混江区人民政府",
            ["caseNumber"] = "示例〔" + filedOn + "〕1号",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task ConcludeChallengeAsync(StaffClient office, Guid id, string result, string concludedOn)
    {
        await using var scope = factory.Scope();
        var challengeId = await factory.Db(scope).Set<Challenge>().Where(c => c.ApplicationId == id).Select(c => c.Id).SingleAsync();
        var response = await CaseFlow.PostHandlerAsync(office, Agency, id, "ConcludeChallenge", new()
        {
            ["challengeId"] = challengeId.ToString(),
            ["result"] = result,
            ["concludedOn"] = concludedOn,
            ["note"] = "",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
