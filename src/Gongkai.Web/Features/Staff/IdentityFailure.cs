using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Staff;

internal static class IdentityFailure
{
    /// <summary>Identity's (Chinese) errors as one domain error.</summary>
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join("", result.Errors.Select(e => e.Description)));
        }
    }
}
