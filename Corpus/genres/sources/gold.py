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


def action(label, text, owners, timeframe, due, status):
    assert status in (None, "completed", "ongoing", "not-started", "deferred", "superseded"), status
    return {
        "kind": "action",
        "domain": None,
        "label": label,
        "text": collapse(text),
        "owners": owners,
        "timeframe": collapse(timeframe),
        "due": due,
        "status": status,
    }


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
               decision_number=None, actions=(), recommendations=(), decisions=(), warnings=()):
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
        "domains": [],
        "questions": [],
        "evidence": [],
        "actions": list(actions),
        "recommendations": list(recommendations),
        "decisions": list(decisions),
        "warnings": list(warnings),
    }
