namespace NetworkGraph.Core.Schema;

/// <summary>
/// One property of a label or relationship type. <paramref name="Description"/> is what the schema tells a
/// reader about the property where its name alone does not say enough.
/// </summary>
public sealed record PropertySpec(
    string Name, PropertyKind Kind, bool Required, Type? EnumType = null, int MaxLength = 0, string? Description = null)
{
    public static PropertySpec Text(string name, bool required = true, int maxLength = 200, string? description = null) =>
        new(name, PropertyKind.Text, required, MaxLength: maxLength, Description: description);

    public static PropertySpec LongText(string name, bool required = true) => Text(name, required, 4000);

    public static PropertySpec Of(string name, PropertyKind kind, bool required = true) => new(name, kind, required);

    public static PropertySpec Enum<T>(string name, bool required = true, string? description = null) where T : struct, System.Enum =>
        new(name, PropertyKind.Enum, required, typeof(T), Description: description);

    public static PropertySpec EnumList<T>(string name, bool required = true, string? description = null) where T : struct, System.Enum =>
        new(name, PropertyKind.EnumList, required, typeof(T), Description: description);
}
