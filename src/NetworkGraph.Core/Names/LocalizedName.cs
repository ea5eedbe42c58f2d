namespace NetworkGraph.Core.Names;

/// <summary>
/// A node's name in one language (<paramref name="Lang"/>, a BCP 47 tag such as <c>eu</c> or <c>es</c>). An official
/// name is the one the institution or the official gazette uses, and says where (<paramref name="Source"/>); a name
/// that is not official is a translation made for convenience and must never be presented as official.
/// </summary>
public sealed record LocalizedName(string Lang, string Text, bool Official, SourceRef? Source = null);
