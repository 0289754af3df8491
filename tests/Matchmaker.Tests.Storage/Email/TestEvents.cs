using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>SendGrid-shaped events: custom args as top-level fields, as SendGrid posts them.</summary>
public static class TestEvents
{
    public static string NewId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    public static Dictionary<string, object?> Of(string id, string type, string email, string? introductionId = null, string? emailKey = null)
    {
        var item = new Dictionary<string, object?>
        {
            ["email"] = email,
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["event"] = type,
            ["sg_event_id"] = id,
            ["sg_message_id"] = "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
            ["category"] = "introduction",
        };
        if (introductionId is not null)
        {
            item["introductionId"] = introductionId;
        }

        if (emailKey is not null)
        {
            item["emailKey"] = emailKey;
        }

        return item;
    }

    public static byte[] Batch(params object[] items) => JsonSerializer.SerializeToUtf8Bytes(items);
}
