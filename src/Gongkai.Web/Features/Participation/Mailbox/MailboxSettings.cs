namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>An agency's answer period for its mailbox and inquiries, in working days.</summary>
public sealed class MailboxSettings
{
    public const int DefaultAnswerWorkingDays = 10;
    public const int MaxAnswerWorkingDays = 60;

    private MailboxSettings()
    {
    }

    public MailboxSettings(Guid agencyId)
    {
        AgencyId = agencyId;
    }

    public Guid AgencyId { get; private set; }

    public int AnswerWorkingDays { get; private set; } = DefaultAnswerWorkingDays;

    public void Change(int answerWorkingDays)
    {
        if (answerWorkingDays is < 1 or > MaxAnswerWorkingDays)
        {
            throw new DomainException($"答复期限应为1至{MaxAnswerWorkingDays}个工作日。");
        }

        AnswerWorkingDays = answerWorkingDays;
    }
}
