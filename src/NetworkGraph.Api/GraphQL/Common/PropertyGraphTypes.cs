using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>The GraphQL type of each kind of model property, the same for reading it and for writing it.</summary>
public static class PropertyGraphTypes
{
    /// <summary>The type of a property's value, nullable; required properties wrap it in <see cref="NonNull"/>.</summary>
    public static Type Of(PropertySpec spec) => spec.Kind switch
    {
        PropertyKind.Enum => EnumOf(spec),
        PropertyKind.EnumList => typeof(ListGraphType<>).MakeGenericType(NonNull(EnumOf(spec))),
        PropertyKind.Boolean => typeof(BooleanGraphType),
        PropertyKind.Date => typeof(IsoDateGraphType),
        PropertyKind.DateTime => typeof(DateTimeGraphType),
        PropertyKind.NodeId => typeof(IdGraphType),
        _ => typeof(StringGraphType),
    };

    /// <summary>The enumeration type of an Enum or EnumList property.</summary>
    public static Type EnumOf(PropertySpec spec) =>
        typeof(EnumerationGraphType<>).MakeGenericType(spec.EnumType ?? throw new ArgumentException($"'{spec.Name}' is not an enumeration.", nameof(spec)));

    public static Type NonNull(Type graphType) => typeof(NonNullGraphType<>).MakeGenericType(graphType);
}
