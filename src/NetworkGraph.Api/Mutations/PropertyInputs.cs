using NetworkGraph.Api.Names;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Mutations;

/// <summary>
/// Input fields and stored values derived from the model (<see cref="GraphSchema"/>), so the
/// editing mutations accept exactly the properties each label and relationship type has.
/// </summary>
public static class PropertyInputs
{
    public static void AddPropertyFields(this InputObjectGraphType type, IEnumerable<PropertySpec> specs, bool allRequired, bool noneRequired)
    {
        foreach (var spec in specs)
        {
            var graphType = spec.Kind == PropertyKind.LocalizedNames
                ? typeof(ListGraphType<NonNullGraphType<LocalizedNameInputType>>)
                : PropertyGraphTypes.Of(spec);
            var required = !noneRequired && (allRequired || spec.Required);
            type.AddField(new FieldType
            {
                Name = spec.Name,
                Type = required ? PropertyGraphTypes.NonNull(graphType) : graphType,
                Description = spec.Kind switch
                {
                    PropertyKind.Text when spec.MaxLength > 0 => $"At most {spec.MaxLength} characters.",
                    PropertyKind.LocalizedNames => "Its names per language, one per language; replaces the names it had (null or [] clears them).",
                    _ => null,
                },
            });
        }
    }

    /// <summary>The stored form of the input's value for each property present in the input; null marks a property to clear.</summary>
    public static Dictionary<string, object?> Values(InputReader input, IEnumerable<PropertySpec> specs)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var spec in specs.Where(s => input.Present(s.Name)))
        {
            values[spec.Name] = spec.Kind switch
            {
                PropertyKind.Enum => input.RawEnum(spec.Name) is { } value ? ConstantCase.ToText(value) : null,
                PropertyKind.EnumList => input.RawEnums(spec.Name).Select(ConstantCase.ToText).ToArray(),
                PropertyKind.Boolean => input.Bool(spec.Name),
                PropertyKind.DateTime => input.RawInstant(spec.Name) is { } instant ? Instants.Format(instant) : null,
                PropertyKind.NodeId => input.OptionalId(spec.Name),
                PropertyKind.Date => input.OptionalDate(spec.Name),
                PropertyKind.LocalizedNames => input.NamesPerLanguage(spec.Name),
                _ => input.OptionalText(spec.Name, spec.MaxLength > 0 ? spec.MaxLength : 2000),
            };
        }
        return values;
    }
}
