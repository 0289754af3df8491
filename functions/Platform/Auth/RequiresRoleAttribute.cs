namespace Matchmaker.Platform.Auth;

/// <summary>
/// The role a function requires; every HTTP function has one (<see cref="CallerRole.Anonymous"/> for a route
/// open to anyone), and one without it is refused, never run. <see cref="CallerRole.Owner"/>
/// means the owner of the profile named by the route's <c>{id}</c>: anyone else gets 404, as for an
/// unknown id. Checked by one middleware under both hosts, never inside the function.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresRoleAttribute(CallerRole role) : Attribute
{
    public CallerRole Role { get; } = role;
}
