using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Api.GraphQL.Errors;

/// <summary>An expected failure, reported to the caller with its code and a message written for them.</summary>
public sealed class UserError : ExecutionError
{
    public UserError(string code, string message) : base(message)
    {
        Code = code;
    }

    public static UserError BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static UserError NotFound(string message) => new(ErrorCodes.NotFound, message);

    /// <summary>
    /// The firewall's refusal. Besides the English message it lists each field and kind of identifier in
    /// <c>extensions.personalData</c> (<c>[{ field: "input.description", kind: "DNI" }]</c>), so a page can explain the
    /// refusal in its own language; like the message, it never carries the value.
    /// </summary>
    public static UserError PersonalDataRejected(PersonalDataRejectedException rejected)
    {
        var error = new UserError(ErrorCodes.PersonalDataRejected, rejected.Message);
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["personalData"] = rejected.Hits
            .Select(hit => new Dictionary<string, object?> { ["field"] = hit.Field, ["kind"] = ConstantCase.ToText(hit.Kind) })
            .ToList();
        return error;
    }
}
