namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>One action form of the document page, as posted: the action and whatever that action asks for.</summary>
public sealed class MoveForm
{
    /// <summary>A <see cref="DocumentAction"/> name, or <see cref="ChangeValidity"/>.</summary>
    public string? Action { get; set; }

    /// <summary>The note, return opinion or reason the action asks for.</summary>
    public string? Note { get; set; }

    /// <summary>Beijing date and time of a scheduled publication (a datetime-local input).</summary>
    public string? ScheduledAt { get; set; }

    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? BodyHtml { get; set; }

    /// <summary>A <see cref="Publications.Validity"/> name.</summary>
    public string? Validity { get; set; }

    /// <summary>The index number of the document that repealed or amended this one.</summary>
    public string? ReplacedBy { get; set; }

    /// <summary>The confirmation box of a withdrawal.</summary>
    public bool Confirmed { get; set; }

    public const string ChangeValidity = nameof(ChangeValidity);
}
