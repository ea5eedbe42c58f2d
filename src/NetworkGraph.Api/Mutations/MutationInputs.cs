namespace NetworkGraph.Api.Mutations;

/// <summary>A mutation's input as a typed record, read once and checked field by field.</summary>
public interface IMutationInput<out TSelf> where TSelf : IMutationInput<TSelf>
{
    static abstract TSelf Read(InputReader input);
}

public static class MutationInputs
{
    /// <summary>The <c>input</c> argument as <typeparamref name="TInput"/>, after the personal-data check of the whole input.</summary>
    public static TInput Input<TInput>(this IResolveFieldContext context) where TInput : IMutationInput<TInput> =>
        TInput.Read(InputReader.From(context));
}
