using Gongkai.Web.Features.Agencies;

namespace Gongkai.Web.Features.Staff;

/// <summary>What the shared name, department and role fields need.</summary>
public sealed record StaffFieldsModel(StaffForm Form, IReadOnlyList<Department> Departments, IReadOnlyList<string> GrantableRoles);
