using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Challenges;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>A case with everything its page shows: history and consultations (on the case), challenges, possible repeats.</summary>
public sealed record CaseView(
    Application Application,
    IReadOnlyList<Challenge> Challenges,
    IReadOnlyList<RepeatCandidate> Repeats,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<CaseHandler> Handlers);

/// <summary>A member of staff of the agency who may be assigned cases.</summary>
public sealed record CaseHandler(Guid Id, string Name);
