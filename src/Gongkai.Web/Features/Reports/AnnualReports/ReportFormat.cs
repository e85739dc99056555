using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Challenges;
using Gongkai.Web.Features.Applications.Outcomes;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// The sections, rows and columns of the national format (国办公开办函〔2021〕30号), and the key of every cell a report
/// stores. Keys are stored in snapshots: never rename.
/// </summary>
public static class ReportFormat
{
    public const string Section1 = "一、总体情况";
    public const string Section2 = "二、主动公开政府信息情况";
    public const string Section3 = "三、收到和处理政府信息公开申请情况";
    public const string Section4 = "四、政府信息公开行政复议、行政诉讼情况";
    public const string Section5 = "五、存在的主要问题及改进情况";
    public const string Section6 = "六、其他需要报告的事项";

    public const string CrossCheckNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public const string Organizations = "法人或其他组织";
    public const string Total = "总计";

    /// <summary>Table 二: the four items of 第二十条, each with its rows and columns.</summary>
    public static readonly IReadOnlyList<ProactiveItem> ProactiveItems =
    [
        new("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
            [new("规章", ["p.rules.made", "p.rules.repealed", "p.rules.valid"]), new("行政规范性文件", ["p.normative.made", "p.normative.repealed", "p.normative.valid"])]),
        new("第二十条第（五）项", ["本年处理决定数量"], [new("行政许可", ["p.permits"])]),
        new("第二十条第（六）项", ["本年处理决定数量"], [new("行政处罚", ["p.penalties"]), new("行政强制", ["p.enforcements"])]),
        new("第二十条第（八）项", ["本年收费金额（单位：万元）"], [new("行政事业性收费", ["p.fees"])]),
    ];

    public const string FeesKey = "p.fees";

    /// <summary>The cells of table 二 staff enter even on a computed report (no catalog provides them yet).</summary>
    public static readonly IReadOnlyList<string> EnteredProactiveKeys = ["p.permits", "p.penalties", "p.enforcements", FeesKey];

    public static readonly IReadOnlyList<ApplicantKind> ApplicantColumns = Enum.GetValues<ApplicantKind>();

    /// <summary>The column heading in the form: 法人或其他组织's last sub-column reads 其他.</summary>
    public static string ColumnName(ApplicantKind kind) => kind == ApplicantKind.OtherOrganization ? "其他" : kind.ToChinese();

    public const string NewRow = "new";
    public const string CarriedRow = "carried";
    public const string NextRow = "next";

    /// <summary>Table 三's rows in order; the total row （七） is computed, never stored.</summary>
    public static readonly IReadOnlyList<ApplicationRow> ApplicationRows = BuildApplicationRows();

    public static string ApplicationKey(string row, ApplicantKind kind) => $"a.{row}.{(int)kind}";

    public static string OutcomeRow(ApplicationOutcome outcome) => ((int)outcome).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<ChallengeKind> ChallengeKinds = Enum.GetValues<ChallengeKind>();

    /// <summary>The four results in the form's order: 结果维持, 结果纠正, 其他结果, 尚未审结.</summary>
    public static readonly IReadOnlyList<ChallengeResult> ChallengeResults =
        [ChallengeResult.Upheld, ChallengeResult.Corrected, ChallengeResult.Other, ChallengeResult.Pending];

    public static string ChallengeKey(ChallengeKind kind, ChallengeResult result) => $"c.{(int)kind}.{(int)result}";

    public static string ChallengeGroup(ChallengeKind kind) => kind switch
    {
        ChallengeKind.AdministrativeReview => "行政复议",
        ChallengeKind.DirectLitigation => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    /// <summary>Every stored cell key, in the form's order.</summary>
    public static IEnumerable<string> AllKeys() =>
        ProactiveItems.SelectMany(i => i.Rows).SelectMany(r => r.Keys)
            .Concat(ApplicationRows.Where(r => r.Code is not null).SelectMany(r => ApplicantColumns.Select(k => ApplicationKey(r.Code!, k))))
            .Concat(ChallengeKinds.SelectMany(k => ChallengeResults.Select(r => ChallengeKey(k, r))));

    private static List<ApplicationRow> BuildApplicationRows()
    {
        var rows = new List<ApplicationRow>
        {
            new(NewRow, "一、本年新收政府信息公开申请数量", ""),
            new(CarriedRow, "二、上年结转政府信息公开申请数量", ""),
            new(OutcomeRow(ApplicationOutcome.Disclosed), "（一）予以公开", "三、本年度办理结果"),
            new(OutcomeRow(ApplicationOutcome.PartlyDisclosed), "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三、本年度办理结果"),
        };
        string[] groups = ["", "", "", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"];
        foreach (var outcome in ApplicationOutcomes.All.Where(o => o.Group() >= 3))
        {
            rows.Add(new(OutcomeRow(outcome), $"{(int)outcome % 10}.{outcome.ToChinese()}", $"三、本年度办理结果{groups[outcome.Group()]}"));
        }

        rows.Add(new(null, "（七）总计", "三、本年度办理结果"));
        rows.Add(new(NextRow, "四、结转下年度继续办理", ""));
        return rows;
    }
}

public sealed record ProactiveItem(string Name, IReadOnlyList<string> Columns, IReadOnlyList<ProactiveRow> Rows);

public sealed record ProactiveRow(string Name, IReadOnlyList<string> Keys);

/// <summary>A row of table 三; <see cref="Code"/> is null for the computed total （七）.</summary>
public sealed record ApplicationRow(string? Code, string Name, string Group)
{
    public bool IsOutcome => Code is not null && int.TryParse(Code, System.Globalization.CultureInfo.InvariantCulture, out _);
}
