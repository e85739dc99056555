namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>The kind of file a reader is told beside an attachment's name: PDF, Word, Excel, WPS, OFD, 图片.</summary>
public static class AttachmentKind
{
    public static string Of(string fileName) => Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant() switch
    {
        "PDF" => "PDF",
        "DOC" or "DOCX" => "Word",
        "XLS" or "XLSX" => "Excel",
        "WPS" or "ET" => "WPS",
        "OFD" => "OFD",
        "PNG" or "JPG" or "JPEG" or "GIF" => "图片",
        var other => other,
    };
}
