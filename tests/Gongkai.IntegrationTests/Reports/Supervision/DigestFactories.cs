using System.Net;
using System.Net.Sockets;

namespace Gongkai.IntegrationTests.Reports.Supervision;

/// <summary>The application sending its digests to a test SMTP server that keeps what it receives.</summary>
public sealed class DigestFactory : SupervisionFactory
{
    public SmtpCapture Mail { get; } = new();

    protected override (string Host, int Port)? Smtp => ("127.0.0.1", Mail.Port);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Mail.Dispose();
        }
    }
}

/// <summary>The application configured with an SMTP server that is not there: every send fails.</summary>
public sealed class BrokenSmtpFactory : SupervisionFactory
{
    private readonly int port = FreePort();

    protected override (string Host, int Port)? Smtp => ("127.0.0.1", port);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
