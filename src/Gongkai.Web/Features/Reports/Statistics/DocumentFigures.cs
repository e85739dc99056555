namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>Documents published in the range, per month and per catalog category.</summary>
public sealed record DocumentFigures(int Total, IReadOnlyList<MonthCount> PerMonth, IReadOnlyList<CountRow> PerCategory);
