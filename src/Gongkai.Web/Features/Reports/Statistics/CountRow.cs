namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>One labelled count of a breakdown (a channel, an applicant type, a category).</summary>
public sealed record CountRow(string Label, int Count);
