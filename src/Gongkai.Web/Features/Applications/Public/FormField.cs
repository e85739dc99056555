namespace Gongkai.Web.Features.Applications.Public;

/// <summary>One text box of the public forms with its label, hint and error (rendered by _FormField.cshtml).</summary>
internal sealed record FormField(string Name, string Label, string? Value, string? Error)
{
    public string Type { get; init; } = "text";
    public string? Hint { get; init; }
    public bool Required { get; init; }
    public int MaxLength { get; init; } = 100;
    public string? AutoComplete { get; init; }
    public string? InputMode { get; init; }

    /// <summary>Long text: a textarea with this many rows.</summary>
    public int Rows { get; init; }

    public string ErrorId => $"{Name}-error";
    public string HintId => $"{Name}-hint";

    public string? DescribedBy
    {
        get
        {
            var ids = new[] { Error is null ? null : ErrorId, Hint is null ? null : HintId }.OfType<string>().ToList();
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }
}
