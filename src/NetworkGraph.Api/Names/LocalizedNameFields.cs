using GraphQL.Resolvers;
using NetworkGraph.Core.Names;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Names;

/// <summary>
/// The fields of a label named per language: <c>names</c>, and the default name's field (<c>name</c>, or <c>title</c>
/// for a responsibility) answering in the reader's language: its <c>lang</c> argument, else the request's
/// <c>Accept-Language</c>, else the default name, so it is never null.
/// </summary>
public static class LocalizedNameFields
{
    public const string LangArgument = "lang";

    public static void AddLocalizedNameFields(this ObjectGraphType<NodeRecord> type, NodeLabel label)
    {
        if (!GraphSchema.IsNamedPerLanguage(label))
        {
            return;
        }
        var nameField = type.GetField("name") ?? type.GetField("title")
            ?? throw new InvalidOperationException($"{label} is named per language but has no name or title field.");
        nameField.Description = "In the language asked for: the lang argument, else the Accept-Language header (quality values honoured), else the default name.";
        nameField.Arguments = new QueryArguments(new QueryArgument<StringGraphType>
        {
            Name = LangArgument,
            Description = "A BCP 47 language tag (eu, es, en ...): the name in that language, or the default name when it has none.",
        });
        nameField.Resolver = new FuncFieldResolver<NodeRecord, object?>(context =>
            LocalizedNames.NameFor(context.Source, Preference(context)));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalizedNameType>>>>(LocalizedNames.Property)
            .Description("Its names per language, official ones with their source; the default name is the name field without a language.")
            .Resolve(context => LocalizedNames.Of(context.Source));
    }

    private static LanguagePreference Preference(IResolveFieldContext context)
    {
        if (context.GetArgument<string?>(LangArgument) is not { } lang)
        {
            return context.RequestServices!.GetRequiredService<RequestLanguage>().Preference;
        }
        return LanguageTag.IsValid(lang)
            ? LanguagePreference.Of(lang)
            : throw UserError.BadInput($"lang '{lang}' is not a BCP 47 language tag such as 'eu' or 'es-ES'.");
    }
}
