package import PipelineCore

/// Reads the findings of reports that are not self-evaluations as evidence: numbered
/// paragraphs of a scrutiny report's body, answer paragraphs of a survey's responses
/// section, paragraphs of a programme report's per-authority sections.
package struct FindingsReader {
    /// Section headings of a report's procedure rather than its findings.
    static let proceduralSections: Set<String> = [
        "introduction", "membership", "terms of reference and objectives", "terms of reference", "background",
        "methodology", "scope", "summary", "recommendations", "recommendation", "reason",
    ]

    /// Reads evidence according to the kind of document.
    package static func evidence(in entries: [Entry], kind: DocumentKind) -> [EvidenceItem] {
        switch kind {
        case .scrutinyReport: return numberedParagraphs(entries)
        case .surveyReport: return surveyAnswers(entries)
        case .programmeReport: return authoritySections(entries)
        // Evidence comes only from documents that evaluate: a committee paper, minutes, a
        // decision, a plan or an unrecognised document gives none.
        case .selfEvaluation, .committeeReport, .minutes, .decision, .executiveResponse, .tracker, .actionPlan,
             .needsAssessment, .other:
            return []
        }
    }

    /// Lines in reading order, table rows left out.
    static func lines(_ entries: [Entry]) -> [TextLine] {
        entries.compactMap { if case .line(let line) = $0 { return line } else { return nil } }
    }

    /// "5.6 However, …" paragraphs of the findings sections, with their bullets folded in, in a
    /// report none of whose numbered section headings names recommendations: its
    /// recommendations stand apart from the numbered sections (in a summary before them), which
    /// set out the evidence. Where a numbered section holds the recommendations ("6. Our
    /// recommendations", "1. Recommendation to the Committee"), the numbered findings are the
    /// reasons for them and give no evidence.
    static func numberedParagraphs(_ entries: [Entry]) -> [EvidenceItem] {
        let recommendsInItsSections = lines(entries).contains { line in
            guard line.isHeadingLike || line.kind == .heading || line.isBold, line.text.count <= 80 else { return false }
            let numbered = line.text.first?.isNumber == true
                || line.label.map { label in label.first?.isNumber == true && (!label.contains(".") || label.hasSuffix(".")) } == true
            guard numbered else { return false }
            var key = TextTools.key(line.text)
            if let number = key.prefixMatch(of: Pattern.leadingNumberWord) { key = String(key[number.range.upperBound...]) }
            return key.contains("recommendation")
        }
        if recommendsInItsSections { return [] }
        var items: [EvidenceItem] = []
        var inFindings = false
        var open = false
        for line in lines(entries) {
            let text = line.text
            if let label = line.label, label.first?.isNumber == true, label.wholeMatch(of: Pattern.paragraphNumber) != nil {
                // The extractor read the paragraph number as the block's label ("5.6").
                guard inFindings else { open = false; continue }
                items.append(EvidenceItem(id: "", domain: nil, text: line.body, location: line.location))
                open = true
                continue
            }
            if text.first?.isNumber == true, let match = text.prefixMatch(of: Pattern.leadingParagraphNumber) {
                guard inFindings else { open = false; continue }
                items.append(EvidenceItem(id: "", domain: nil, text: String(text[match.range.upperBound...]), location: line.location))
                open = true
                continue
            }
            // A short bold "5. The Children's Trust" heads a section as a heading does.
            let numberedSection = line.isBold && text.count <= 60 && !text.hasSuffix(".") && !text.hasSuffix("?")
                && line.label.map { $0.hasSuffix(".") && TextTools.labelValue($0).allSatisfy(\.isNumber) } == true
            if line.isHeadingLike || line.kind == .heading || numberedSection {
                var key = TextTools.key(text)
                if let number = key.prefixMatch(of: Pattern.leadingNumberWord) { key = String(key[number.range.upperBound...]) }
                if key.hasPrefix("appendix") || key.hasPrefix("background papers") || key.hasPrefix("action plan") {
                    inFindings = false
                } else if text.first?.isNumber == true || line.label.map({ !TextTools.isBullet($0) }) == true {
                    inFindings = !proceduralSections.contains(key)
                }
                open = false
                continue
            }
            if open, inFindings, let last = items.indices.last {
                TextTools.append(line.body, to: &items[last].text)
            }
        }
        return items
    }

    /// Answer paragraphs of a survey's responses section, without the questions and counts;
    /// a list that completes an answer's sentence ("… by the following:-") is folded into it.
    static func surveyAnswers(_ entries: [Entry]) -> [EvidenceItem] {
        var items: [EvidenceItem] = []
        var inResponses = false
        var startLevel: Int?
        var sectionNumber: String?
        var foldable = false
        var afterCounts = false
        for entry in entries {
            guard case .line(let line) = entry else { foldable = false; afterCounts = true; continue }
            let key = TextTools.key(line.body)
            let heading = isSectionHeading(line) && line.text.count <= 100
            if heading && key.contains("responses") && (key.contains("questionnaire") || key.contains("survey")) {
                inResponses = true
                startLevel = line.headingLevel
                sectionNumber = line.label.map(TextTools.labelValue) ?? line.text.prefixMatch(of: Pattern.leadingDigits).map { String($0.output) }
                continue
            }
            guard inResponses else { continue }
            let isQuestion = line.text.hasSuffix("?")
            if heading && !isQuestion {
                let number = line.label.map(TextTools.labelValue) ?? line.text.prefixMatch(of: Pattern.leadingDigits).map { String($0.output) }
                let endsSection = key.contains("recommendation") || (number.map { $0 != sectionNumber && $0.allSatisfy(\.isNumber) } ?? false)
                    || (line.kind == .heading && (line.headingLevel ?? 9) <= (startLevel ?? 0))
                if endsSection {
                    inResponses = false
                    continue
                }
            }
            if isQuestion || isCount(line.text) || (heading && line.label != nil && !TextTools.isBullet(line.label)) {
                foldable = false
                afterCounts = isCount(line.text)
                continue
            }
            let short = line.body.split(separator: " ").count <= 6 && !line.body.hasSuffix(".")
            // A short note under a count table ("As above") belongs to the table.
            if afterCounts && short && line.body.split(separator: " ").count <= 4 { continue }
            afterCounts = false
            if foldable, line.kind == .listItem || short, let last = items.indices.last {
                TextTools.append(line.body, to: &items[last].text)
                continue
            }
            items.append(EvidenceItem(id: "", domain: nil, text: line.body, location: line.location))
            foldable = line.body.hasSuffix(":") || line.body.hasSuffix(":-") || line.body.hasSuffix("include:")
        }
        return items
    }

    /// True for a count line of a survey table ("Yes 22 (78%)", "Via:").
    static func isCount(_ text: String) -> Bool {
        if text.contains("%)") && text.count < 60 { return true }
        return text.hasSuffix(":") && text.count < 12
    }

    /// Paragraphs under headings that name a place the document keeps mentioning
    /// ("NORTHBRIDGE", "EASTMOOR"): the per-authority findings of a programme report.
    static func authoritySections(_ entries: [Entry]) -> [EvidenceItem] {
        let all = lines(entries)
        let body = all.map(\.text).joined(separator: "\n")
        var items: [EvidenceItem] = []
        var inSection = false
        var lastBlock: Int?
        var placeHeadings: [String: Bool] = [:]
        for line in all {
            if isSectionHeading(line) {
                if let known = placeHeadings[line.text] {
                    inSection = known
                } else {
                    inSection = isPlaceHeading(line.text, body: body)
                    placeHeadings[line.text] = inSection
                }
                lastBlock = nil
                continue
            }
            guard inSection else { continue }
            // Lines of one paragraph block (broken by line breaks) are one finding.
            if line.label == nil, lastBlock == line.location.block, line.kind != .listItem, let last = items.indices.last {
                TextTools.append(line.body, to: &items[last].text)
                continue
            }
            items.append(EvidenceItem(id: "", domain: nil, text: line.body, location: line.location))
            lastBlock = line.location.block
        }
        return items
    }

    /// A heading block, a bold short line, or a short line in capitals.
    static func isSectionHeading(_ line: TextLine) -> Bool {
        if line.kind == .heading || line.isHeadingLike { return true }
        if line.isBold, line.text.count <= 60, let label = line.label, label.hasSuffix("."),
           TextTools.labelValue(label).allSatisfy(\.isNumber) { return true }
        // Every letter upper case (stopping at the first that is not), at least three of them.
        var letters = 0
        for character in line.text where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 3 && line.text.split(separator: " ").count <= 6
    }

    /// True when a heading is a place name (one to three words) the text names at least three times.
    static func isPlaceHeading(_ heading: String, body: String) -> Bool {
        let words = heading.split(separator: " ").map(String.init)
        guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
        guard name != heading || words.count == 1 else { return false }
        return TextTools.occurrences(of: name, in: body, upTo: 3) >= 3
    }
}
