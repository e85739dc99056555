namespace Gongkai.Web.Platform.Web;

/// <summary>适老化: the large-text mode a visitor chooses, kept in a cookie so it persists without JavaScript.</summary>
public static class TextSize
{
    public const string CookieName = "gongkai.text";
    public const string Large = "large";
    public const string Normal = "normal";

    public static bool IsLarge(HttpContext context) => context.Request.Cookies[CookieName] == Large;
}
