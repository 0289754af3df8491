using System.Security.Cryptography;
using System.Text;
using Matchmaker.Platform.Credentials;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Auth;

/// <summary>
/// The coordinator key: <c>Matchmaker:CoordinatorKey</c>, or in Development, when none is set, a random
/// one printed at start-up so that a developer can use the review page. Outside Development no key
/// means no key login (Entra ID only).
/// </summary>
public sealed partial class CoordinatorKey : IHostedService
{
    private readonly byte[]? hash;
    private readonly string? generated;
    private readonly ILogger<CoordinatorKey> logger;

    public CoordinatorKey(IOptions<MatchmakerOptions> options, IHostEnvironment environment, ILogger<CoordinatorKey> logger)
    {
        this.logger = logger;
        var configured = options.Value.CoordinatorKey;
        if (string.IsNullOrEmpty(configured) && environment.IsDevelopment())
        {
            configured = generated = SecretToken.Create();
        }

        hash = string.IsNullOrEmpty(configured) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(configured));
    }

    public bool Matches(string? bearer) =>
        hash is not null && bearer is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(bearer)), hash);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (generated is not null)
        {
            LogGenerated(logger, generated);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Matchmaker:CoordinatorKey is set. Coordinator key for this run (Development only): {Key}")]
    private static partial void LogGenerated(ILogger logger, string key);
}
