namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>What the shared draft fields need: the form as typed and the agency's catalog.</summary>
public sealed record DocumentFieldsModel(DocumentForm Form, IReadOnlyList<CatalogNode> Categories);
