namespace Gongkai.Web;

/// <summary>An illegal move in the domain; its message is Chinese and shown to the user as is.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
