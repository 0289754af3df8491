using Azure.Data.Tables;
using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Matchmaker.Needs;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>Once one side has been sent the other's contact details, the other side hears too, whatever became of the need.</summary>
public sealed class HalfConnectedTests(IntroductionWorld world) : IClassFixture<IntroductionWorld>
{
    [Fact]
    public async Task A_need_closed_after_one_side_was_sent_the_others_contact_still_connects_the_other_side()
    {
        var introduced = await world.ApprovedAsync();
        await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        // As an earlier try left it that sent the person the co-op's contact and stopped before the co-op's email.
        var outbox = new TableClient(world.StorageConnectionString, StorageNames.OutboxTable);
        await outbox.AddEntityAsync(new OutboxEntity
        {
            PartitionKey = introduced.IntroductionId,
            RowKey = "connected-person",
            Status = OutboxStatus.Sent,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        });
        var introduction = (await world.Introductions.FindAsync(introduced.IntroductionId, default))!;
        introduction.PersonAnswer = introduction.CoopAnswer = IntroductionAnswer.Accept;
        introduction.Status = IntroductionStatus.Accepted;
        await world.Introductions.ReplaceAsync(introduction, default);
        var needs = world.App.Services.GetRequiredService<NeedStore>();
        var need = (await needs.FindAsync(introduced.NeedId, default))!;
        need.Status = NeedStatus.Closed;
        await needs.UpsertAsync(need, default);

        await world.App.Services.GetRequiredService<IntroductionFlow>().AdvanceAsync(introduced.IntroductionId, default);

        Assert.Equal(IntroductionStatus.Connected, (await world.Introductions.FindAsync(introduced.IntroductionId, default))!.Status);
        var mails = await world.MailsAsync(introduced.IntroductionId, m => m.Any(x => x.EmailKey == "connected-coop"), "the co-op is sent the person's contact");
        Assert.DoesNotContain(mails, m => m.EmailKey!.StartsWith("closed-", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.EmailKey == "connected-person");
    }
}
