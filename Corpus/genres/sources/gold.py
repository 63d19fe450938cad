"""Helpers for writing a paper's gold next to its text.

Every gold value here is written by hand beside the words it labels; the helpers only
copy the printed words (collapsing whitespace) and put the values in the gold shape.
"""

import re


def collapse(text):
    """Whitespace collapsed to single spaces; line breaks inside a cell count as spaces."""
    if text is None:
        return None
    text = re.sub(r"\*\*", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def action(label, text, owners, timeframe, due, status, kind="action", domain=None, tags=None):
    assert status in (None, "completed", "ongoing", "not-started", "deferred", "superseded"), status
    assert kind in ("action", "area-for-development"), kind
    item = {
        "kind": kind,
        "domain": domain,
        "label": label,
        "text": collapse(text),
        "owners": owners,
        "timeframe": collapse(timeframe),
        "due": due,
        "status": status,
    }
    if tags is not None:
        item["tags"] = list(tags)
    return item


SET_DOMAINS = ("governance", "strategy", "processes", "delivery", "outcomes")
RATINGS = (None, "green", "amber", "red")


def domain(id, heading, rating=None, rating_visible_in=None):
    """A SET domain section (Pipelines/frameworks/set.yml ids) as the paper heads it."""
    assert id in SET_DOMAINS, id
    assert rating in RATINGS, rating
    item = {"id": id, "heading": collapse(heading), "rating": rating}
    if rating_visible_in is not None:
        item["ratingVisibleIn"] = list(rating_visible_in)
    return item


def question(domain, label, text, set_question, rating=None, rating_raw=None, rating_visible_in=None):
    """A question the self-evaluation asks for rating under a domain; `set_question` the SET
    id (e.g. "GOV-1") or None when the framework lacks it."""
    assert domain in SET_DOMAINS, domain
    assert rating in RATINGS, rating
    item = {"domain": domain, "label": label, "text": collapse(text), "setQuestion": set_question,
            "rating": rating, "ratingRaw": collapse(rating_raw)}
    if rating_visible_in is not None:
        item["ratingVisibleIn"] = list(rating_visible_in)
    return item


def evidence(text, domain=None, tags=None):
    """One paragraph, bullet or cell line of evidence in a section that evaluates."""
    assert domain is None or domain in SET_DOMAINS, domain
    item = {"domain": domain, "text": collapse(text)}
    if tags is not None:
        item["tags"] = list(tags)
    return item


def recommendation(number, text, verb=None, addressee=None, theme=None, owners=(), due=None,
                   timeframe=None, status=None, response=None, decision=None, progress="omit"):
    assert decision in (None, "accepted", "partially-accepted", "rejected"), decision
    assert status in (None, "completed", "ongoing", "not-started", "deferred", "superseded"), status
    item = {
        "number": number,
        "verb": verb,
        "addressee": addressee,
        "text": collapse(text),
        "theme": theme,
        "owners": list(owners),
        "due": due,
        "timeframe": collapse(timeframe),
        "status": status,
        "response": collapse(response),
        "responseDecision": decision,
    }
    if progress != "omit":
        item["progress"] = collapse(progress)
    return item


def decision(item, number, text, maker, date=None, kind="resolution"):
    return {"kind": kind, "number": number, "item": item, "text": collapse(text),
            "decisionMaker": maker, "date": date}


def paper_gold(name, source, split, genre, kind, title, authority, date, meeting,
               decision_number=None, actions=(), recommendations=(), decisions=(), warnings=(),
               domains=(), questions=(), evidence=()):
    assert kind in ("self-evaluation", "scrutiny-report", "committee-report", "minutes", "decision",
                    "executive-response", "tracker", "action-plan", "needs-assessment",
                    "survey-report", "programme-report", "other"), kind
    return {
        "name": name,
        "source": source,
        "split": split,
        "genre": genre,
        "document": {
            "kind": kind,
            "title": collapse(title),
            "authority": authority,
            "date": date,
            "meeting": meeting,
            "decisionNumber": decision_number,
        },
        "domains": list(domains),
        "questions": list(questions),
        "evidence": list(evidence),
        "actions": list(actions),
        "recommendations": list(recommendations),
        "decisions": list(decisions),
        "warnings": list(warnings),
    }
