using Gongkai.Web.Platform.Deadlines;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>One line of a digest, as stored (JSON) and shown: what, when, how it stands, and where to act.</summary>
public sealed record DigestItem(DeadlineKind Kind, string Subject, DateOnly DueOn, DeadlineStatus Status, string Url);
