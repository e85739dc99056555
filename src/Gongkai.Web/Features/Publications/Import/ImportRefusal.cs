namespace Gongkai.Web.Features.Publications.Import;

/// <summary>One reason a row (or, with row 0, the whole file) is refused; a row may have several.</summary>
internal sealed record ImportRefusal(int Row, string Title, string Reason)
{
    public static ImportRefusal ForFile(string reason) => new(0, "", reason);

    /// <summary>“—” for the file itself, else the sheet's own row number (the header is row 1).</summary>
    public string RowLabel => Row == 0 ? "—" : Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
