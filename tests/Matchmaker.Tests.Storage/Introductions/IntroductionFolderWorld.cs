namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>An <see cref="IntroductionWorld"/> without a SendGrid key: emails go to the app's eml folder.</summary>
public sealed class IntroductionFolderWorld : IntroductionWorld
{
    protected override IEnumerable<string> IntroductionSettings => ["--Matchmaker:Email:SendGridApiKey="];
}
