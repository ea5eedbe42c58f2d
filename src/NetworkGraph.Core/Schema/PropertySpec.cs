namespace NetworkGraph.Core.Schema;

public sealed record PropertySpec(string Name, PropertyKind Kind, bool Required, Type? EnumType = null, int MaxLength = 0)
{
    public static PropertySpec Text(string name, bool required = true, int maxLength = 200) =>
        new(name, PropertyKind.Text, required, MaxLength: maxLength);

    public static PropertySpec LongText(string name, bool required = true) => Text(name, required, 4000);

    public static PropertySpec Of(string name, PropertyKind kind, bool required = true) => new(name, kind, required);

    public static PropertySpec Enum<T>(string name, bool required = true) where T : struct, System.Enum =>
        new(name, PropertyKind.Enum, required, typeof(T));

    public static PropertySpec EnumList<T>(string name, bool required = true) where T : struct, System.Enum =>
        new(name, PropertyKind.EnumList, required, typeof(T));
}
