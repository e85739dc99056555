namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>Every figure of one statistics page; the page and the workbook show the same object.</summary>
public sealed record StatisticsReport(
    StatisticsScope Scope,
    StatisticsRange Range,
    DateOnly Today,
    DocumentFigures Documents,
    ApplicationFigures Applications,
    InterpretationCoverage Interpretations,
    ConsultationFigures Consultations,
    MailboxFigures Mailbox,
    IReadOnlyList<AgencyRow> Agencies);
