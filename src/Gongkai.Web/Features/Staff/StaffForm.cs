namespace Gongkai.Web.Features.Staff;

/// <summary>The staff member form, as typed (user name and password only when creating).</summary>
public sealed class StaffForm
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }

    /// <summary>Where the daily 督办提醒 is sent; optional.</summary>
    public string? Email { get; set; }

    /// <summary>A department of the agency, or empty for none.</summary>
    public string? DepartmentId { get; set; }

    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public List<string> Roles { get; set; } = [];
}
