namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>A catalog category as typed.</summary>
public sealed class CategoryForm
{
    public string? Name { get; set; }

    /// <summary>The category's part of the public URL.</summary>
    public string? Slug { get; set; }

    /// <summary>Text, so that a wrong value is shown back as typed; empty means "at the end".</summary>
    public string? SortOrder { get; set; }

    /// <summary>Empty for a top-level category.</summary>
    public string? ParentId { get; set; }
}
