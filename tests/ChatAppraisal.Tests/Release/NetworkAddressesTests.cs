using ChatAppraisal.Bot.Hosting.Desktop;

namespace ChatAppraisal.Tests.Release;

/// <summary>What the desktop start makes of Admin:Urls: which addresses phones can reach, and the office's base address.</summary>
public sealed class NetworkAddressesTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", true, false)]
    [InlineData("http://+:5080", true, false)]
    [InlineData("http://*:5080", true, false)]
    [InlineData("http://[::]:5080", true, false)]
    [InlineData("http://127.0.0.1:5080", false, true)]
    [InlineData("http://localhost:5080", false, true)]
    [InlineData("http://[::1]:5080", false, true)]
    [InlineData("http://192.168.1.20:5080", false, false)]
    public void AListeningAddressTakesEveryNetworkOnlyThisMachineOrOneAddress(string url, bool everywhere, bool onlyHere)
    {
        Assert.Equal(everywhere, NetworkAddresses.ListensEverywhere(url));
        Assert.Equal(onlyHere, NetworkAddresses.ListensOnlyHere(url));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", "192.168.1.20", "http://192.168.1.20:5080")]
    [InlineData("http://[::]:5080/", "127.0.0.1", "http://127.0.0.1:5080")]
    [InlineData("https://+", "10.0.0.7", "https://10.0.0.7")]
    public void AnAddressGetsAnotherHostAndKeepsItsSchemeAndPort(string url, string host, string expected) =>
        Assert.Equal(expected, NetworkAddresses.WithHost(url, host));

    [Fact]
    public void TheOfficesBaseAddressIsThisPcsOwnWhenItListensEverywhereAndNoneOtherwise()
    {
        Assert.Null(NetworkAddresses.OfficeBaseUrl(null));
        Assert.Null(NetworkAddresses.OfficeBaseUrl("http://127.0.0.1:5080"));
        var office = NetworkAddresses.OfficeBaseUrl("http://0.0.0.0:5080;http://127.0.0.1:5081");
        var expected = NetworkAddresses.OfficeIPv4().FirstOrDefault()?.ToString() ?? "127.0.0.1";
        Assert.Equal($"http://{expected}:5080", office);
    }
}
