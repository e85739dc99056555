namespace Gongkai.Web.Features.Agencies.Hierarchy;

/// <summary>What the shared agency fields need: the values typed and the agencies that may be chosen as parent.</summary>
public sealed record AgencyFieldsModel(AgencyForm Form, IReadOnlyList<AgencyTreeNode> Parents, string ParentHint)
{
    /// <summary>Indentation by depth in plain text: option elements and CSP-restricted pages allow no styling.</summary>
    public static string Indent(int depth) => depth == 0 ? "" : string.Concat(Enumerable.Repeat("\u3000", depth)) + "└ ";
}
