using System.Reflection;
using GraphQL.Resolvers;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>
/// Output fields derived from the model (<see cref="GraphSchema"/>), as the mutations derive their inputs:
/// one field per property, in the model's order, with its name, type, required-ness and description.
/// A reference to another node (<see cref="PropertyKind.NodeId"/>) is left to the type, which alone knows
/// what the field leads to.
/// </summary>
public static class PropertyFields
{
    public static void AddPropertyFields(this ObjectGraphType<NodeRecord> type, NodeLabel label) =>
        type.AddPropertyFields(GraphSchema.Nodes[label], node => node.Properties);

    public static void AddPropertyFields(this ObjectGraphType<RelationshipRecord> type, RelationshipType relationship) =>
        type.AddPropertyFields(GraphSchema.Relationships[relationship].Properties, edge => edge.Properties);

    private static void AddPropertyFields<TSource>(
        this ObjectGraphType<TSource> type, IEnumerable<PropertySpec> specs, Func<TSource, IReadOnlyDictionary<string, object?>> properties)
    {
        // Names per language have fields of their own (Names/LocalizedNameFields).
        foreach (var spec in specs.Where(spec => spec.Kind is not PropertyKind.NodeId and not PropertyKind.LocalizedNames))
        {
            var read = Reader(spec);
            var graphType = PropertyGraphTypes.Of(spec);
            type.AddField(new FieldType
            {
                Name = spec.Name,
                Type = spec.Required ? PropertyGraphTypes.NonNull(graphType) : graphType,
                Description = spec.Description,
                Resolver = new FuncFieldResolver<TSource, object?>(context => read(properties(context.Source))),
            });
        }
    }

    private static Func<IReadOnlyDictionary<string, object?>, object?> Reader(PropertySpec spec)
    {
        var name = spec.Name;
        return spec.Kind switch
        {
            PropertyKind.Enum or PropertyKind.EnumList => EnumReader(spec),
            PropertyKind.DateTime => properties => ToDateTime(Text(properties, name)),
            PropertyKind.Boolean => properties => properties.GetValueOrDefault(name) as bool?,
            // A required text read as empty rather than failing the whole object.
            PropertyKind.Text or PropertyKind.Url when spec.Required => properties => Text(properties, name) ?? "",
            _ => properties => Text(properties, name),
        };
    }

    private static DateTime? ToDateTime(string? text) => Instants.TryParse(text, out var instant) ? instant.UtcDateTime : null;

    private static string? Text(IReadOnlyDictionary<string, object?> properties, string name) => properties.GetValueOrDefault(name) as string;

    // Built once per field when the schema is: the enumeration is known only at run time.
    private static Func<IReadOnlyDictionary<string, object?>, object?> EnumReader(PropertySpec spec) =>
        (Func<IReadOnlyDictionary<string, object?>, object?>)typeof(PropertyFields)
            .GetMethod(spec.Kind == PropertyKind.Enum ? nameof(ReadEnum) : nameof(ReadEnums), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(spec.EnumType!)
            .Invoke(null, [spec.Name])!;

    private static Func<IReadOnlyDictionary<string, object?>, object?> ReadEnum<T>(string name) where T : struct, Enum =>
        properties => ConstantCase.TryParse<T>(Text(properties, name), out var value) ? value : null;

    // In the enumeration's order, whatever order the list was written in.
    private static Func<IReadOnlyDictionary<string, object?>, object?> ReadEnums<T>(string name) where T : struct, Enum =>
        properties => (properties.GetValueOrDefault(name) as IReadOnlyList<string> ?? []).Select(ConstantCase.Parse<T>).Order().ToList();
}
