namespace Gongkai.Web.Features.Applications.Public;

/// <summary>How often one client may submit an application, or try a number and query code, per hour.</summary>
internal static class ApplicantRateLimits
{
    public const string Submit = "applications-submit";
    public const string Lookup = "applications-lookup";
    public const string SubmitPerHourKey = "Applications:RateLimit:SubmitPerHour";
    public const string LookupPerHourKey = "Applications:RateLimit:LookupPerHour";
    public const int DefaultSubmitPerHour = 10;

    // The query code has 31^8 values; 60 guesses an hour from one address cannot walk them.
    public const int DefaultLookupPerHour = 60;

    public const string Message = Platform.Web.HourlyClientLimit.Message;
}
