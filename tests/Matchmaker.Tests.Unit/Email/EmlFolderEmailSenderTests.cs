using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Matchmaker.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Unit.Email;

public sealed class EmlFolderEmailSenderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"matchmaker-eml-{Guid.NewGuid():N}", "nested");
    private readonly CapturedLogs logs = new();
    private readonly ServiceProvider services;

    public EmlFolderEmailSenderTests() =>
        services = EmailServices.Build(
            new Dictionary<string, string?>
            {
                ["Matchmaker:Email:EmlFolder"] = folder,
                ["Matchmaker:Email:From"] = "matchmaker@coops.example",
            },
            logs);

    private IEmailSender Sender => services.GetRequiredService<IEmailSender>();

    public void Dispose()
    {
        services.Dispose();
        var root = Path.GetDirectoryName(folder)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_email_becomes_one_eml_file_in_a_new_folder_named_by_time_and_a_random_part()
    {
        await Sender.SendAsync(TestEmails.Introduction(), default);

        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Matches(@"^\d{8}T\d{9}Z-[0-9a-f]{16}\.eml$", Path.GetFileName(file));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(folder), path => !path.EndsWith(".eml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reader_watching_the_folder_never_meets_a_file_still_being_written()
    {
        using var stop = new CancellationTokenSource();
        var problems = new List<string>();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
                {
                    try
                    {
                        if (!File.ReadAllText(path).Contains("Subject:", StringComparison.Ordinal))
                        {
                            problems.Add($"{Path.GetFileName(path)}: incomplete");
                        }
                    }
                    catch (IOException exception)
                    {
                        problems.Add($"{Path.GetFileName(path)}: {exception.Message}");
                    }
                }

                await Task.Yield();
            }
        });

        // Large emails, so each takes a while to write and the reader has a chance to meet one half-written.
        var large = TestEmails.Introduction() with { PlainText = string.Concat(Enumerable.Repeat("A long line of text.\n", 100_000)) };
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Sender.SendAsync(large, default)));
        await stop.CancelAsync();
        await reader;

        Assert.Empty(problems);
        Assert.Equal(20, Directory.GetFiles(folder, "*.eml").Length);
    }

    [Fact]
    public async Task The_file_has_the_headers_and_both_parts_with_non_ascii_text_intact()
    {
        await Sender.SendAsync(TestEmails.Introduction(), default);

        var eml = await ReadSingleAsync();
        Assert.Equal("\"Matchmaker\" <matchmaker@coops.example>", eml.Header("From"));
        Assert.Equal("=?utf-8?B?Wm/DqyBFeGFtcGxl?= <zoe@example.org>", eml.RawHeaders.Single(h => h.Key == "To").Value);
        Assert.Equal("Zoë Example <zoe@example.org>", eml.Header("To"));
        Assert.Equal("\"Co-op Example\" <coop@example.net>", eml.Header("Cc"));
        Assert.Equal("Hello Zoë ✓", eml.Header("Subject"));
        Assert.Matches(@"^<[0-9a-f]{32}@coops\.example>$", eml.Header("Message-ID"));
        var date = DateTimeOffset.ParseExact(eml.Header("Date"), "ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(DateTimeOffset.UtcNow - date, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal("<https://matchmaker.example/api/unsubscribe?token=abc123>", eml.Header("List-Unsubscribe"));
        Assert.Equal("List-Unsubscribe=One-Click", eml.Header("List-Unsubscribe-Post"));
        Assert.Equal("introduction", eml.Header("X-Category"));
        Assert.Equal(
            new Dictionary<string, string> { ["introductionId"] = "intro-42", ["side"] = "person" },
            JsonSerializer.Deserialize<Dictionary<string, string>>(eml.Header("X-Custom-Args")));
        Assert.Equal("1.0", eml.Header("MIME-Version"));
        Assert.StartsWith("multipart/alternative;", eml.Header("Content-Type"), StringComparison.Ordinal);

        Assert.Collection(
            eml.Parts,
            plain =>
            {
                Assert.Equal("text/plain; charset=utf-8", plain.ContentType);
                Assert.Equal("Hi Zoë ✓,\r\nthe plain part.\r\n", plain.Text);
            },
            html =>
            {
                Assert.Equal("text/html; charset=utf-8", html.ContentType);
                Assert.Equal("<p>Hi Zoë ✓,</p><p>the HTML part.</p>", html.Text);
            });
    }

    [Fact]
    public async Task Every_line_of_the_file_is_ascii_and_short_even_for_long_non_ascii_text()
    {
        var longText = string.Concat(Enumerable.Repeat("Zoë ✓ 🌍 co-op ", 200));
        var message = TestEmails.Introduction(subject: longText, toName: longText[..150]) with { PlainText = longText, Html = $"<p>{longText}</p>" };

        await Sender.SendAsync(message, default);

        var eml = await ReadSingleAsync();
        Assert.All(eml.Raw.Split("\r\n"), line => Assert.InRange(line.Length, 0, 78));
        Assert.All(eml.Raw, character => Assert.InRange(character, '\t', '~'));
        Assert.DoesNotMatch("(?<!\r)\n", eml.Raw);
        Assert.Equal(longText, eml.Header("Subject"));
        Assert.Equal($"{longText[..150].Trim()} <zoe@example.org>", eml.Header("To"));
        Assert.Equal(longText, eml.Parts[0].Text);
        Assert.Equal($"<p>{longText}</p>", eml.Parts[1].Text);
    }

    [Fact]
    public async Task A_line_break_in_a_subject_name_or_category_never_makes_a_header()
    {
        const string Injection = "\r\nBcc: evil@example.org";
        var message = TestEmails.Introduction(subject: $"Hi{Injection}", toName: $"Sam{Injection}") with
        {
            Category = $"introduction{Injection}",
            Cc = [new EmailRecipient("coop@example.net", $"Zoë{Injection}\nX-Evil: 1")],
        };

        await Sender.SendAsync(message, default);

        var eml = await ReadSingleAsync();
        Assert.DoesNotContain(eml.HeaderNames, name => name.Equals("Bcc", StringComparison.OrdinalIgnoreCase) || name.StartsWith("X-Evil", StringComparison.OrdinalIgnoreCase));
        var headerLines = eml.Raw[..eml.Raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
        Assert.DoesNotContain(headerLines, line => Regex.IsMatch(line, "^(Bcc|X-Evil)", RegexOptions.IgnoreCase));
        Assert.Equal("Hi  Bcc: evil@example.org", eml.Header("Subject"));
        Assert.Equal("\"Sam  Bcc: evil@example.org\" <zoe@example.org>", eml.Header("To"));
        Assert.Equal("Zoë  Bcc: evil@example.org X-Evil: 1 <coop@example.net>", eml.Header("Cc"));
        Assert.Equal("introduction  Bcc: evil@example.org", eml.Header("X-Category"));
    }

    [Theory]
    [InlineData("zoe@example.org\r\nBcc: evil@example.org")]
    [InlineData("zoe@example.org\nBcc: evil@example.org")]
    [InlineData("Zoë <zoe@example.org>")]
    [InlineData("zoe@example.org, evil@example.org")]
    [InlineData("not-an-address")]
    public async Task An_address_that_could_break_its_header_is_refused_and_nothing_is_written(string address)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sender.SendAsync(TestEmails.Introduction() with { To = address }, default));
        await Assert.ThrowsAsync<ArgumentException>(() => Sender.SendAsync(TestEmails.Introduction() with { Cc = [new EmailRecipient(address)] }, default));

        Assert.False(Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any());
    }

    [Fact]
    public async Task The_log_names_the_file_and_not_the_recipient()
    {
        await Sender.SendAsync(TestEmails.Introduction(), default);

        var file = Assert.Single(Directory.GetFiles(folder));
        var message = Assert.Single(logs.Messages);
        Assert.Equal($"Information: Email written to the eml folder: {file}", message);
        Assert.DoesNotContain(TestEmails.Recipient, string.Concat(logs.Messages), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Emails_sent_at_once_each_get_their_own_file()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Sender.SendAsync(TestEmails.Introduction(), default)));

        Assert.Equal(20, Directory.GetFiles(folder, "*.eml").Length);
    }

    [Fact]
    public void A_relative_folder_is_resolved_against_the_current_directory()
    {
        var options = new EmailOptions();

        Assert.Equal(".emails", options.EmlFolder);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, ".emails"), options.EmlFolderFullPath);
    }

    private async Task<EmlFile> ReadSingleAsync() =>
        EmlFile.Parse(await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(folder))));
}
