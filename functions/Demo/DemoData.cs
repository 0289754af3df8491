using Matchmaker.Platform.Common;
using Matchmaker.Profiles;

namespace Matchmaker.Demo;

/// <summary>
/// Fictional co-ops, needs and newcomers for trying Matchmaker locally. Every name and address is
/// invented (emails use the reserved example.org/example.com domains); the situations echo the forum
/// thread the product grew from without describing anyone in it.
/// </summary>
public static class DemoData
{
    public static IReadOnlyList<DemoCoop> Coops { get; } =
    [
        new("demo-coop-hedgerow", "Hedgerow Digital Co-operative", "hello@hedgerow.example.org", "Bristol",
            "A worker co-op of eight building websites for charities, housing co-ops and community groups.", ["WordPress", "JavaScript"]),
        new("demo-coop-ferrous", "Ferrous Hosting Co-op", "support@ferrous.example.org", "Sheffield",
            "Hosting, managed Nextcloud and email for co-ops and charities, on servers we run ourselves.", ["Linux", "Ansible", "Nextcloud"]),
        new("demo-coop-lanternfish", "Lanternfish Films", "crew@lanternfish.example.org", "Glasgow",
            "Short films and campaign videos for the social sector, from script to subtitles.", ["video editing"]),
        new("demo-coop-quarrylane", "Quarry Lane Design", "studio@quarrylane.example.org", "Leeds",
            "Design and accessibility studio: brand, print and websites that everyone can use.", ["accessibility", "graphic design"]),
        new("demo-coop-tidewater", "Tidewater Consulting Co-op", "team@tidewater.example.org", "Cardiff",
            "Facilitation, bid writing and strategy for co-ops starting up or growing together.", ["facilitation"]),
    ];

    public static IReadOnlyList<DemoNeed> Needs { get; } =
    [
        new("demo-need-project-owner", "demo-coop-hedgerow", "Project owner",
            "Find and shape new client work for our web team, then keep projects on track with clients.",
            [Skill("sales", "working"), Skill("project management", "working")], [Skill("PHP")], ["JavaScript"],
            125, 375, 2, 26, Location("Bristol", "remote-ok")),
        new("demo-need-wordpress", "demo-coop-hedgerow", "WordPress developer",
            "Build and maintain WordPress sites for charities and housing co-ops.",
            [Skill("WordPress", "advanced"), Skill("PHP", "working")], [Skill("JavaScript")], [],
            250, 325, 3, 20, Location("Bristol", "remote-ok")),
        new("demo-need-nextcloud-support", "demo-coop-ferrous", "Client support for managed Nextcloud",
            "Answer customers of our hosted Nextcloud offer, fix accounts and explain features.",
            [Skill("Linux", "working"), Skill("Nextcloud", "working")], [Skill("Ansible")], ["Ansible", "Nextcloud"],
            180, 220, 2, 52, Location("Sheffield", "remote-only")),
        new("demo-need-sysadmin", "demo-coop-ferrous", "Sysadmin (Debian, Ansible)",
            "Run our Debian servers with Ansible and look after PostgreSQL backups.",
            [Skill("Linux", "advanced"), Skill("Ansible", "working")], [Skill("PostgreSQL")], [],
            280, 350, 3, 52, Location("Sheffield", "remote-ok")),
        new("demo-need-video-editor", "demo-coop-lanternfish", "Video editor for a charity campaign",
            "Edit short films for a tenants' union campaign from footage we shoot.",
            [Skill("video editing", "working")], [Skill("motion graphics")], ["video editing"],
            200, 260, 2, 8, Location("Glasgow", "on-site")),
        new("demo-need-accessibility", "demo-coop-quarrylane", "Accessibility auditor",
            "Audit public-sector sites against WCAG 2.2 and write plain-language reports.",
            [Skill("accessibility", "advanced"), Skill("HTML", "working")], [Skill("CSS")], [],
            300, 400, 1, 12, Location("Leeds", "remote-ok")),
        new("demo-need-bid-writer", "demo-coop-tidewater", "Bid writer for a network tender",
            "Write a joint bid on behalf of several co-ops for a council digital framework.",
            [Skill("bid writing", "working"), Skill("co-operative development", "working")], [Skill("facilitation")], [],
            250, 300, 1, 12, Location("Cardiff", "remote-ok")),
        new("demo-need-facilitator", "demo-coop-tidewater", "Workshop facilitator",
            "Run discovery workshops with new co-ops and write up what they need.",
            [Skill("facilitation", "working"), Skill("community organising", "working")], [], ["facilitation"],
            220, 280, 1, 16, Location("Cardiff", "remote-ok")),
    ];

    public static IReadOnlyList<(string Id, ProfileInput Profile)> Newcomers { get; } =
    [
        ("demo-profile-robin", Newcomer("Robin Ashdown", "robin.ashdown@example.org", "Manchester", 3, 2080,
            [Skill("Linux", "expert"), Skill("WordPress", "advanced"), Skill("co-operative governance", "advanced"), Skill("event organising", "working")],
            ["co-operative development", "video"], ["JavaScript"],
            "Years of Linux and WordPress work for co-ops; has organised sector events. Wondering whether to learn JavaScript.")),
        ("demo-profile-alex", Newcomer("Alex Marsh", "alex.marsh@example.com", "Bristol", 4, 3200,
            [Skill("PHP", "expert"), Skill("WordPress", "expert"), Skill("JavaScript", "working")],
            ["open source"], ["accessibility"], "Freelance web developer looking for a co-op home.")),
        ("demo-profile-jo", Newcomer("Jo Okafor", "jo.okafor@example.org", "Leeds", 2, 1500,
            [Skill("accessibility", "advanced"), Skill("HTML", "advanced"), Skill("CSS", "advanced")],
            ["public sector"], ["JavaScript"], "Accessibility tester who writes reports people read.")),
        ("demo-profile-sam", Newcomer("Sam Whitfield", "sam.whitfield@example.com", "Sheffield", 3, 2400,
            [Skill("Linux", "advanced"), Skill("Ansible", "advanced"), Skill("PostgreSQL", "working"), Skill("Nextcloud", "working")],
            ["self-hosting"], ["Kubernetes"], "Sysadmin for a university department, wants to work for co-ops.")),
        ("demo-profile-morgan", Newcomer("Morgan Lake", "morgan.lake@example.org", "Glasgow", 2, 1600,
            [Skill("video editing", "advanced"), Skill("motion graphics", "working"), Skill("photography", "working")],
            ["film", "campaigns"], ["sound design"], "Edits documentaries and campaign films.")),
        ("demo-profile-kit", Newcomer("Kit Brennan", "kit.brennan@example.com", "Cardiff", 2.5, 2000,
            [Skill("bid writing", "advanced"), Skill("co-operative development", "working"), Skill("facilitation", "working")],
            ["co-operative development"], ["sales"], "Wrote funding bids for community energy groups.")),
        ("demo-profile-dana", Newcomer("Dana Hollis", "dana.hollis@example.org", "London", 3, 2600,
            [Skill("sales", "advanced"), Skill("project management", "advanced"), Skill("business development", "working")],
            ["co-operative development"], ["WordPress"], "Sold agency work for ten years; wants to bring work into the network.")),
        ("demo-profile-ffion", Newcomer("Ffion Pryce", "ffion.pryce@example.com", "Swansea", 1.5, 900,
            [Skill("community organising", "advanced"), Skill("facilitation", "advanced"), Skill("Welsh", "expert")],
            ["housing"], ["bid writing"], "Organises with tenants' groups; runs workshops in Welsh and English.")),
    ];

    private static SkillInput Skill(string name, string? level = null) => new(name, level);

    private static LocationInput Location(string city, string remote) => new(city, "GB", remote);

    private static ProfileInput Newcomer(
        string name, string email, string city, double days, decimal monthly,
        SkillInput[] skills, string[] interests, string[] wantsToLearn, string bio) =>
        new(name, email, Location(city, "remote-ok"), days, new IncomeTargetInput(monthly, "GBP"),
            skills, interests, wantsToLearn, bio, new ConsentInput(Matching: true, Introductions: true, Training: true));
}
