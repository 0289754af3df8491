using Matchmaker.Model.Skills;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Matching.Skills;

/// <summary>Autocompletion for skill fields: canonical skills whose name or alias matches, best first.</summary>
public sealed class SearchSkills(SkillSearch search)
{
    [Function(nameof(SearchSkills))]
    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "skills")] HttpRequest request)
    {
        var (limit, problem) = QueryLimit.From(request);
        if (problem is not null)
        {
            return problem;
        }

        var text = request.Query["search"].ToString();
        if (text.Length > Platform.Common.FieldRules.MaxText)
        {
            return Problems.Validation("search", $"At most {Platform.Common.FieldRules.MaxText} characters.");
        }

        return new OkObjectResult(search.Find(text, limit).Select(s => new SkillView(s.Id, s.Name, s.Aliases, s.Category)));
    }
}
