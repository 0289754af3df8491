using Azure.Data.Tables;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>A profile whose address is never confirmed is erased after its retention; confirmed and newer ones stay.</summary>
public sealed class UnconfirmedProfileSweepTests(UnconfirmedProfileWorld world) : IClassFixture<UnconfirmedProfileWorld>
{
    [Fact]
    public async Task An_address_unconfirmed_for_more_than_7_days_is_erased_with_everything_about_it_once()
    {
        var unconfirmed = await CreateAsync(confirmed: false);
        var confirmed = await CreateAsync(confirmed: true);
        world.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        var recent = await CreateAsync(confirmed: false);
        var sweep = world.App.Services.GetRequiredService<UnconfirmedProfileSweep>();

        var erased = await sweep.RunAsync(default);
        var again = await sweep.RunAsync(default);

        Assert.True(erased >= 1, $"{erased} profiles were erased.");
        Assert.Equal(0, again);
        Assert.Empty(await HoldingAsync(unconfirmed));
        Assert.NotEmpty(await HoldingAsync(confirmed));
        Assert.NotEmpty(await HoldingAsync(recent));
    }

    [Fact]
    public async Task A_confirmed_profile_whose_new_address_is_not_yet_confirmed_is_kept()
    {
        var email = $"{EntityId.New()}@example.org";
        var input = TestProfiles.Valid() with { Email = email };
        var created = await world.CreateConfirmedProfileAsync(input);
        var moved = $"{EntityId.New()}@example.org";
        var changed = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{created.Id}", created.OwnerToken, input with { Email = moved });
        changed.EnsureSuccessStatusCode();
        world.Clock.Advance(TimeSpan.FromDays(8));

        await world.App.Services.GetRequiredService<UnconfirmedProfileSweep>().RunAsync(default);

        Assert.NotEmpty(await HoldingAsync(moved));
    }

    private async Task<string> CreateAsync(bool confirmed)
    {
        var email = $"{EntityId.New()}@example.org";
        var input = TestProfiles.Valid() with { Email = email };
        _ = confirmed ? await world.CreateConfirmedProfileAsync(input) : await world.CreateProfileAsync(input);
        return email;
    }

    // Every row of every table with a property holding the address.
    private async Task<IReadOnlyList<string>> HoldingAsync(string email)
    {
        var tables = new TableServiceClient(world.StorageConnectionString);
        var found = new List<string>();
        foreach (var table in StorageNames.Tables)
        {
            await foreach (var row in tables.GetTableClient(table).QueryAsync<TableEntity>())
            {
                if (((IDictionary<string, object>)row).Values.OfType<string>().Any(v => v.Contains(email, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"{table}/{row.PartitionKey}/{row.RowKey}");
                }
            }
        }

        return found;
    }
}
