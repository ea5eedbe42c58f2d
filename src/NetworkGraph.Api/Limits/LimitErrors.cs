namespace NetworkGraph.Api.Limits;

/// <summary>
/// The one shape of every refusal for cost: LIMIT_EXCEEDED, with the setting that refused it and its
/// value in <c>extensions</c> so a client can tell which limit to stay under.
/// </summary>
public static class LimitErrors
{
    public static UserError Exceeded(string setting, double limit, string message)
    {
        var error = new UserError(ErrorCodes.LimitExceeded, message);
        error.Extensions = new Dictionary<string, object?>
        {
            ["limit"] = setting,
            ["max"] = limit,
        };
        return error;
    }

    /// <summary>A request refused for cost before it reaches the executer.</summary>
    public static RequestRefusedException Refuse(string setting, double limit, string message, int? status = null) =>
        new(Exceeded(setting, limit, message), status);
}
