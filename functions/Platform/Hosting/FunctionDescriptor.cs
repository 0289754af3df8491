using System.Reflection;

namespace Matchmaker.Platform.Hosting;

/// <summary>One function found by its <c>[Function]</c> attribute, with its trigger.</summary>
public sealed record FunctionDescriptor(string Name, Type FunctionType, MethodInfo Method, ParameterInfo TriggerParameter, Attribute Trigger);
