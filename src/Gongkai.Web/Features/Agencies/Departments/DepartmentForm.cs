namespace Gongkai.Web.Features.Agencies.Departments;

/// <summary>The department form as typed.</summary>
public sealed class DepartmentForm
{
    public string? Name { get; set; }

    /// <summary>Text, so that a wrong value is shown back as typed; empty means "at the end".</summary>
    public string? SortOrder { get; set; }
}
