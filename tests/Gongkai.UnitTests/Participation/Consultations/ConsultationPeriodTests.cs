using Gongkai.Web.Features.Participation.Consultations;

namespace Gongkai.UnitTests.Participation.Consultations;

public sealed class ConsultationPeriodTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);

    [Fact]
    public void Both_the_opening_and_the_closing_day_count() =>
        Assert.Equal(30, ConsultationPeriod.Days(March1, new DateOnly(2026, 3, 30)));

    [Fact]
    public void Thirty_days_meet_a_thirty_day_minimum() =>
        Assert.Null(ConsultationPeriod.Problem(March1, new DateOnly(2026, 3, 30), 30));

    [Fact]
    public void Twenty_nine_days_fall_short_of_a_thirty_day_minimum() =>
        Assert.Equal("征求意见期限为29日，少于本机关规定的最短期限30日。", ConsultationPeriod.Problem(March1, new DateOnly(2026, 3, 29), 30));

    [Fact]
    public void A_closing_date_before_the_opening_date_is_refused() =>
        Assert.Equal("截止日期不能早于开始日期。", ConsultationPeriod.Problem(March1, new DateOnly(2026, 2, 28), 1));

    [Fact]
    public void An_agency_may_set_a_shorter_minimum() =>
        Assert.Null(ConsultationPeriod.Problem(March1, new DateOnly(2026, 3, 7), 7));

    [Theory]
    [InlineData(ConsultationStatus.Draft, "2026-03-15", ConsultationPhase.Draft)]
    [InlineData(ConsultationStatus.Open, "2026-02-28", ConsultationPhase.NotYetOpen)]
    [InlineData(ConsultationStatus.Open, "2026-03-01", ConsultationPhase.Open)]
    [InlineData(ConsultationStatus.Open, "2026-03-30", ConsultationPhase.Open)]
    [InlineData(ConsultationStatus.Open, "2026-03-31", ConsultationPhase.Closed)]
    [InlineData(ConsultationStatus.ReportPublished, "2026-04-30", ConsultationPhase.ReportPublished)]
    public void The_phase_is_read_from_the_dates_so_closing_needs_no_job(ConsultationStatus status, string today, ConsultationPhase expected) =>
        Assert.Equal(expected, ConsultationPeriod.PhaseOn(status, March1, new DateOnly(2026, 3, 30), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
