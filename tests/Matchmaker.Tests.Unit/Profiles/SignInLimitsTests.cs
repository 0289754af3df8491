using System.Net;
using Matchmaker.Profiles.SignIn;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Unit.Profiles;

public sealed class SignInLimitsTests
{
    private static readonly IPAddress Caller = IPAddress.Parse("203.0.113.7");
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private SignInLimits Limits(int perAddress = 3, int perCaller = 20) =>
        new(Options.Create(new SignInOptions { PerAddress = perAddress, PerCaller = perCaller }), clock);

    [Fact]
    public void An_address_is_allowed_three_times_an_hour_in_any_spelling_then_told_when_to_come_back()
    {
        var limits = Limits();

        Assert.Null(limits.TryTake("sam@example.org", Caller));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(limits.TryTake("SAM@example.org ", IPAddress.Parse("198.51.100.1")));
        Assert.Null(limits.TryTake("Sam@Example.org", IPAddress.Parse("198.51.100.2")));
        var wait = limits.TryTake("sam@example.org", IPAddress.Parse("198.51.100.3"));

        Assert.Equal(TimeSpan.FromMinutes(50), wait);
        Assert.Null(limits.TryTake("other@example.org", Caller));
        clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Null(limits.TryTake("sam@example.org", Caller));
    }

    [Fact]
    public void A_caller_is_allowed_twenty_requests_an_hour_for_any_addresses()
    {
        var limits = Limits();
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(limits.TryTake($"person{i}@example.org", Caller));
        }

        Assert.Equal(TimeSpan.FromHours(1), limits.TryTake("new@example.org", Caller));
        Assert.Null(limits.TryTake("new@example.org", IPAddress.Parse("198.51.100.1")));
    }

    [Fact]
    public void A_refused_request_is_not_counted()
    {
        var limits = Limits(perAddress: 1);
        Assert.Null(limits.TryTake("sam@example.org", Caller));
        for (var i = 0; i < 5; i++)
        {
            Assert.NotNull(limits.TryTake("sam@example.org", Caller));
        }

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(limits.TryTake("sam@example.org", Caller));
    }
}
