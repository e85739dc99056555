using Gongkai.Web.Features.Applications.Applicants;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// The check printed in table 三's corner: 第一项 + 第二项 = 第三项（七）总计 + 第四项, in every column. A report that fails
/// it cannot be published.
/// </summary>
public sealed record CrossCheck(IReadOnlyList<CrossCheckColumn> Columns)
{
    public bool Passes => Columns.All(c => c.Passes);

    public IEnumerable<CrossCheckColumn> Failing => Columns.Where(c => !c.Passes);

    public static CrossCheck Of(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var columns = ReportFormat.ApplicantColumns
            .Select(k => Column(ReportFormat.ColumnName(k), row => figures.Applications(row, k)))
            .Append(Column(ReportFormat.Total, figures.ApplicationsTotal))
            .ToList();
        return new CrossCheck(columns);
    }

    /// <summary>The Chinese refusal that names the failing columns, or null when every column balances.</summary>
    public string? Refusal() => Passes
        ? null
        : $"勾稽关系不符，不能发布：{string.Join("、", Failing.Select(c => $"“{c.Column}”列（{c.Received}≠{c.Handled}）"))}。第一项加第二项之和应等于第三项（七）总计加第四项之和。";

    private static CrossCheckColumn Column(string name, Func<string?, int> value) =>
        new(name, value(ReportFormat.NewRow), value(ReportFormat.CarriedRow), value(null), value(ReportFormat.NextRow));
}

public sealed record CrossCheckColumn(string Column, int New, int Carried, int Concluded, int Next)
{
    public int Received => New + Carried;

    public int Handled => Concluded + Next;

    public bool Passes => Received == Handled;
}

