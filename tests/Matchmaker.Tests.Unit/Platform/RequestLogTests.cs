using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.AspNetCore.Http;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class RequestLogTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("?", "")]
    [InlineData("?limit=5", "?limit=5")]
    [InlineData("?token=abc&answer=accept", "?token=***&answer=accept")]
    [InlineData("?answer=decline&Token=abc", "?answer=decline&Token=***")]
    [InlineData("?code=123&key=k&KEY=k2", "?code=***&key=***&KEY=***")]
    [InlineData("?%74oken=abc", "?%74oken=***")]
    [InlineData("?token", "?token=***")]
    [InlineData("?tokens=a&mycode=b", "?tokens=a&mycode=b")]
    public void Secret_named_query_values_are_masked_and_others_kept(string query, string expected)
    {
        Assert.Equal(expected, RequestLog.MaskedQuery(new QueryString(query.Length == 0 ? null : query)));
    }
}
