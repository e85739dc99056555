namespace Gongkai.Web.Features.Participation;

/// <summary>公众参与: public consultations with their adoption reports, the major-decision catalog, the mailbox.</summary>
public static class ParticipationModule
{
    public static IServiceCollection AddParticipation(this IServiceCollection services)
    {
        Consultations.ConsultationsModule.Add(services);
        Mailbox.MailboxModule.Add(services);
        return services;
    }

    public static void MapParticipation(this WebApplication app)
    {
        Consultations.ConsultationsModule.Map(app);
        Mailbox.MailboxModule.Map(app);
    }
}
