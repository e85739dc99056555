namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>Tables 二三四 as rows of named cells, with the format's row and column names: for the API and the XLSX.</summary>
public static class ReportTables
{
    public static IReadOnlyList<ReportTable> Of(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var proactive = ReportFormat.ProactiveItems
            .SelectMany(item => item.Rows.Select(row => new ReportTableRow(row.Name, item.Name,
                [.. row.Keys.Select((key, i) => new ReportTableCell(item.Columns[i], null, figures[key]))])))
            .ToList();
        var applications = ReportFormat.ApplicationRows
            .Select(row => new ReportTableRow(row.Name, row.Group,
            [
                .. ReportFormat.ApplicantColumns.Select(k => new ReportTableCell(ReportFormat.ColumnName(k), k.IsOrganizationColumn() ? ReportFormat.Organizations : null, figures.Applications(row.Code, k))),
                new ReportTableCell(ReportFormat.Total, null, figures.ApplicationsTotal(row.Code)),
            ]))
            .ToList();
        var challenges = ReportFormat.ChallengeKinds
            .Select(kind => new ReportTableRow(ReportFormat.ChallengeGroup(kind), "",
            [
                .. ReportFormat.ChallengeResults.Select(r => new ReportTableCell(Applications.Challenges.ChallengeText.ToChinese(r), null, figures.Challenges(kind, r))),
                new ReportTableCell(ReportFormat.Total, null, figures.ChallengesTotal(kind)),
            ]))
            .ToList();
        return
        [
            new(ReportFormat.Section2, proactive),
            new(ReportFormat.Section3, applications),
            new(ReportFormat.Section4, challenges),
        ];
    }

    private static bool IsOrganizationColumn(this Applications.Applicants.ApplicantKind kind) => kind != Applications.Applicants.ApplicantKind.NaturalPerson;
}

public sealed record ReportTable(string Name, IReadOnlyList<ReportTableRow> Rows);

public sealed record ReportTableRow(string Name, string Group, IReadOnlyList<ReportTableCell> Cells);

public sealed record ReportTableCell(string Column, string? ColumnGroup, decimal Value);
