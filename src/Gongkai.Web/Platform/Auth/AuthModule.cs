using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Platform.Auth;

public static class AuthModule
{
    public const int MaxFailedSignIns = 5;

    public static IServiceCollection AddStaffAuth(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services
            .AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "gongkai.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        // A disabled account or a reset password renews the security stamp; open sessions notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<IAuthorizationHandler, AgencyAccessHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.AgencyId))
            .AddPolicy(Policies.AgencyStaff, p => p
                .RequireAuthenticatedUser()
                .RequireClaim(StaffClaims.AgencyId)
                .AddRequirements(new AgencyAccessRequirement(adminOnly: false)))
            .AddPolicy(Policies.AgencyAdmin, p => p
                .RequireAuthenticatedUser()
                .RequireClaim(StaffClaims.AgencyId)
                .AddRequirements(new AgencyAccessRequirement(adminOnly: true)))
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().RequireRole(StaffRole.PlatformAdmin));
        return services;
    }

    // An API caller gets a status code, not the sign-in page.
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
