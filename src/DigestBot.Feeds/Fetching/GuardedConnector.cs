using System.Net;
using System.Net.Sockets;
using DigestBot.Feeds.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Feeds.Fetching;

/// <summary>
/// The socket connect step of the feed HttpClient: resolves the host itself, refuses it when any address is not
/// public (unless <c>Sources:AllowPrivateAddresses</c>), and connects to an address it checked, so a DNS answer
/// cannot change between the check and the connection.
/// </summary>
public sealed class GuardedConnector(IOptions<SourcesOptions> options)
{
    /// <summary>For <see cref="SocketsHttpHandler.ConnectCallback"/>.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} has no address");
        }

        if (!options.Value.AllowPrivateAddresses && addresses.FirstOrDefault(a => !AddressRules.IsPublic(a)) is { } refused)
        {
            throw new FeedAddressRefusedException(
                $"{host} resolves to the non-public address {refused}; set Sources:AllowPrivateAddresses to allow it");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
