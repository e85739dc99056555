namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>The category fields: the form as typed, the tree to choose a parent from, and the category being changed (not a parent of itself).</summary>
public sealed record CategoryFieldsModel(CategoryForm Form, IReadOnlyList<CatalogNode> Nodes, ISet<Guid>? Excluded);
