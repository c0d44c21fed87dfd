namespace Argus.Screening;

/// <summary>A screening query or option that cannot be used; the message says what to write instead.</summary>
/// <param name="field">The field at fault ("schema", "birthDate", "threshold"…), for surfaces that name it their way.</param>
/// <param name="message">What is wrong and what to write instead.</param>
public sealed class InvalidQueryException(string field, string message) : ArgumentException(message)
{
    public string Field { get; } = field;
}
