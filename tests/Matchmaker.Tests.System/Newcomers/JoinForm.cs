using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>
/// The forum newcomer, fictional: a Linux expert with advanced WordPress, event organising and co-op
/// development, interested in video, wanting to learn JavaScript, needing 2,080 GBP a month from 3 days.
/// </summary>
public static class JoinForm
{
    public const string Name = "Alex Rowan";

    public static readonly (string Name, string Level, bool Suggested)[] Skills =
    [
        ("Linux", "expert", true),
        ("WordPress", "advanced", true),
        ("event organising", "working", false),
        ("co-operative development", "working", false),
    ];

    /// <summary>Fills the join page's form with the mouse and typing, picking suggested skills from the combobox.</summary>
    public static async Task FillAsync(IPage page, string email, string name = Name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Town or city (optional)").FillAsync("Hebden Bridge");
        await page.GetByLabel("Country code (optional)").FillAsync("GB");
        await page.GetByLabel("Remote or on site").SelectOptionAsync("remote-ok");
        await page.GetByLabel("Days a week you can work").FillAsync("3");
        await page.GetByLabel("Monthly income you need (optional)").FillAsync("2080");
        await page.GetByLabel("Currency").FillAsync("GBP");
        for (var i = 0; i < Skills.Length; i++)
        {
            var (skill, level, suggested) = Skills[i];
            if (i > 0)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Add a skill" }).ClickAsync();
            }

            var input = page.GetByLabel($"Skill {i + 1}", new() { Exact = true });
            if (suggested)
            {
                // Typing part of the name offers the canonical skill; picking it fills the field.
                await input.FillAsync(skill[..4]);
                await page.GetByRole(AriaRole.Option, new() { Name = skill, Exact = true }).ClickAsync();
                await Assertions.Expect(input).ToHaveValueAsync(skill);
            }
            else
            {
                await input.FillAsync(skill);
            }

            await page.GetByLabel($"Level of skill {i + 1}").SelectOptionAsync(level);
        }

        await page.GetByLabel("Interests (optional)").FillAsync("video");
        await page.GetByLabel("Skills you want to learn (optional)").FillAsync("JavaScript");
        await page.GetByLabel("A short bio (optional)").FillAsync("Ran Linux servers and WordPress sites for a housing co-op; organised the network's gatherings.");
        await page.GetByLabel("Match me with open needs").CheckAsync();
        await page.GetByLabel("Let coordinators introduce me to co-ops").CheckAsync();
    }
}
