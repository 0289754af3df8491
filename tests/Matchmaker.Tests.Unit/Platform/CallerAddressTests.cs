using System.Net;
using Matchmaker.Platform.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class CallerAddressTests
{
    private static IPAddress? Caller(string trustedProxies, string connection, params string[] forwardedFor)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(connection);
        if (forwardedFor.Length > 0)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        return new CallerAddress(Options.Create(new LimitOptions { TrustedProxies = trustedProxies })).Of(context);
    }

    [Fact]
    public void Without_trusted_proxies_the_header_is_ignored_and_the_connection_is_the_caller() =>
        Assert.Equal(IPAddress.Parse("203.0.113.7"), Caller("", "203.0.113.7", "198.51.100.1"));

    [Fact]
    public void A_header_from_a_connection_that_is_not_a_trusted_proxy_is_ignored() =>
        Assert.Equal(IPAddress.Parse("203.0.113.7"), Caller("127.0.0.1", "203.0.113.7", "198.51.100.1"));

    [Fact]
    public void Behind_a_trusted_proxy_the_caller_is_the_address_it_appended_with_or_without_a_port()
    {
        Assert.Equal(IPAddress.Parse("198.51.100.1"), Caller("127.0.0.1", "127.0.0.1", "198.51.100.1"));
        Assert.Equal(IPAddress.Parse("198.51.100.1"), Caller("127.0.0.1", "127.0.0.1", "198.51.100.1:51234"));
        Assert.Equal(IPAddress.Parse("2001:db8::5"), Caller("::1", "::1", "[2001:db8::5]:443"));
    }

    [Fact]
    public void An_address_a_client_wrote_into_the_header_itself_is_not_believed()
    {
        // The client sent "X-Forwarded-For: 192.0.2.99"; the proxy appended the address it saw.
        Assert.Equal(IPAddress.Parse("198.51.100.1"), Caller("127.0.0.1", "127.0.0.1", "192.0.2.99, 198.51.100.1"));
        Assert.Equal(IPAddress.Parse("198.51.100.1"), Caller("127.0.0.1", "127.0.0.1", "192.0.2.99", "198.51.100.1"));
    }

    [Fact]
    public void A_chain_of_trusted_proxies_is_walked_to_the_first_address_outside_them() =>
        Assert.Equal(IPAddress.Parse("198.51.100.1"), Caller("127.0.0.1, 10.0.0.0/8", "127.0.0.1", "192.0.2.99, 198.51.100.1, 10.1.2.3"));

    [Fact]
    public void An_entry_that_is_not_an_address_stops_the_walk_at_the_last_proxy_believed() =>
        Assert.Equal(IPAddress.Parse("10.1.2.3"), Caller("127.0.0.1, 10.0.0.0/8", "127.0.0.1", "unknown, 10.1.2.3"));

    [Fact]
    public void A_trusted_proxy_without_a_header_is_itself_the_caller() =>
        Assert.Equal(IPAddress.Loopback, Caller("127.0.0.1", "127.0.0.1"));

    [Fact]
    public void A_setting_that_is_neither_address_nor_network_fails_validation_with_its_name()
    {
        var result = new LimitOptionsValidator().Validate(null, new LimitOptions { TrustedProxies = "127.0.0.1, proxy.example" });

        Assert.True(result.Failed);
        Assert.Contains("Matchmaker:Limits:TrustedProxies holds 'proxy.example'", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new LimitOptionsValidator().Validate(null, new LimitOptions { TrustedProxies = " 127.0.0.1 , ::1, 10.0.0.0/8 " }).Succeeded);
    }
}
