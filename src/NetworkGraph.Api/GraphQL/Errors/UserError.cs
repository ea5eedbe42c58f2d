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
}
