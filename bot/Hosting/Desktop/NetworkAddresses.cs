using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace ChatAppraisal.Bot.Hosting.Desktop;

/// <summary>The PC's addresses on the office network, and what the listening addresses mean for phones.</summary>
public static class NetworkAddresses
{
    /// <summary>Whether a listening address takes every network ("http://0.0.0.0:5080", "http://+:5080", "http://[::]:5080").</summary>
    public static bool ListensEverywhere(string url) => HostOf(url) is "0.0.0.0" or "+" or "*" or "[::]" or "::";

    /// <summary>Whether it takes only this machine's own (loopback) address.</summary>
    public static bool ListensOnlyHere(string url) =>
        HostOf(url) is "localhost" or "[::1]" || (IPAddress.TryParse(HostOf(url), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The same address with another host ("http://0.0.0.0:5080" → "http://192.168.1.20:5080").</summary>
    public static string WithHost(string url, string host)
    {
        var hostStart = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var rest = url[hostStart..];
        var portAt = rest.StartsWith('[') ? rest.IndexOf("]", StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        var tail = portAt < 0 ? "" : rest[portAt..];
        return url[..hostStart] + host + tail.TrimEnd('/');
    }

    /// <summary>
    /// The office network's base address when the first of <c>Admin:Urls</c> listens everywhere (the slips' QR codes and
    /// the phones' links need one the phones reach), else null.
    /// </summary>
    public static string? OfficeBaseUrl(string? adminUrls)
    {
        var first = adminUrls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null || !ListensEverywhere(first)) return null;
        return WithHost(first, OfficeIPv4().FirstOrDefault()?.ToString() ?? "127.0.0.1");
    }

    /// <summary>
    /// This PC's IPv4 addresses on working networks, those with a gateway (the office's router) first: a phone on the
    /// office's Wi-Fi reaches one of them.
    /// </summary>
    public static IReadOnlyList<IPAddress> OfficeIPv4()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .Select(n => n.GetIPProperties())
                .SelectMany(p => p.UnicastAddresses.Select(a => (a.Address, Gateway: p.GatewayAddresses.Count > 0)))
                .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a.Address)
                            && !a.Address.ToString().StartsWith("169.254.", StringComparison.Ordinal))
                .OrderByDescending(a => a.Gateway)
                .Select(a => a.Address)
                .Distinct()
                .ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }

    static string HostOf(string url)
    {
        var hostStart = url.IndexOf("://", StringComparison.Ordinal);
        var rest = hostStart < 0 ? url : url[(hostStart + 3)..];
        if (rest.StartsWith('[')) return rest[..(rest.IndexOf(']') + 1)];
        var end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }
}
