/// A paragraph's place in a numbered list: the `w:num` instance and the level within it.
struct ListReference: Hashable {
    /// The `w:numId` of the list instance.
    var numId: String
    /// The list level (`w:ilvl`), 0 = outermost.
    var level: Int
}
