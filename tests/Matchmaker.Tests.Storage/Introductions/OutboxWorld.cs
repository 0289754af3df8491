using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// An <see cref="IntroductionWorld"/> whose introductions queue is not consumed, so a test delivers each
/// step itself (<see cref="AdvanceAsync"/>), once, several times or in parallel, as a queue would. Its tests
/// run hundreds of steps one after another, so its Azurite is its own: waiting behind other worlds' requests
/// on the shared one would add to every step.
/// </summary>
public sealed class OutboxWorld : IntroductionWorld
{
    protected override bool HasOwnAzurite => true;

    public IntroductionFlow Flow => App.Services.GetRequiredService<IntroductionFlow>();

    public EmailOutbox Outbox => App.Services.GetRequiredService<EmailOutbox>();

    protected override IEnumerable<string> IntroductionSettings => [$"--AzureWebJobs.{nameof(AdvanceIntroduction)}.Disabled=true"];

    public Task AdvanceAsync(string introductionId, CancellationToken cancellationToken = default) => Flow.AdvanceAsync(introductionId, cancellationToken);

    public async Task<string> StatusOfAsync(string introductionId, string emailKey) =>
        (await Outbox.OfIntroductionAsync(introductionId, default)).Single(r => r.RowKey == emailKey).Status;
}
