"""Stages 3 to 6 of reading a filing: roles, defined terms, dates, scoring.

Each key gathers :class:`Found` values from the candidates of
:mod:`importers.filing.values`, each scored by the words around it (its
role cues). The best-scored value wins; when two different values tie, the
reader refuses to guess: the key stays a TODO quoting both.
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation
from typing import TYPE_CHECKING

from importers.filing import patterns as rx
from importers.filing.values import NAMED_CENTS
from importers.filing.values import DateValue
from importers.filing.values import Duration
from importers.filing.values import Money
from importers.filing.values import Percent
from importers.filing.values import count_at
from importers.filing.values import dates_in
from importers.filing.values import dollar_assumed
from importers.filing.values import dollar_currency
from importers.filing.values import durations_in
from importers.filing.values import letter_currencies
from importers.filing.values import money_in
from importers.filing.values import normalise
from importers.filing.values import notice_dated
from importers.filing.values import own_dollar
from importers.filing.values import percents_in
from importers.filing.values import published_on
from importers.filing.values import rupee_currency
from importers.filing.values import sentences
from importers.filing.values import yen_currency
from plugins.convertible_note.daycount import add_months

if TYPE_CHECKING:
    from collections.abc import Iterable


@dataclass(frozen=True)
class DraftField:
    """One key of the draft.

    ``value`` is ledger text (``0.07``, ``3000000.00 USD``, ``"Class A
    Ordinary"``) or None. ``quote`` is the sentence it came from, or that
    mentions the term (empty when nothing does). ``todo`` says what a person
    must do. A key with neither value nor todo does not apply to this note
    (a market key of a fixed-price note, a purchase price equal to the
    principal) and is not written.
    """

    key: str
    value: str | None
    quote: str
    todo: str | None


@dataclass(frozen=True)
class NoteDraft:
    note_id: str
    fields: dict[str, DraftField]


@dataclass(frozen=True)
class Found:
    """A candidate value for a key, the sentence it is in, and its score."""

    value: str
    quote: str
    score: int
    #: A value the text says was changed later (an amendment, an
    #: adjustment): it competes with the first, but is not taken alone.
    changed: bool = False


def _has(sentence: str, *words: str) -> bool:
    lowered = sentence.lower()
    return any(word in lowered for word in words)


#: How a TODO between competing values begins.
COMPETING = "the text states competing values"


#: A set of notes the text names: "referred to as the 2004 Notes", "(the
#: "March 2018 Notes")".
_NAMED_NOTES = re.compile(
    r"(?:referred to as|\(\s*(?:the\s+)?[\"“])\s*(?:the\s+)?[\"“]?"
    r"(?P<name>(?:[A-Z][\w-]*\s+){0,2}(?:\d{4}|[A-Z][\w-]*)\s+(?:Convertible\s+)?"
    r"(?:Senior\s+)?(?:Notes|Debentures))\b"
)


def _gone(every: list[str]) -> set[str]:
    """The sentences that introduce notes the text says are gone ("The 2004
    Notes matured and were repaid in full on April 15, 2011"): their amounts,
    rates and dates are those notes', not this one's (unless the sentence
    exchanges them for the note)."""
    gone = set()
    # (not the only notes the text names, when it opens with them: "On May
    # 22, 2024, the Company issued Senior Notes ... (the “May 2024 Notes”)" is
    # what the text is about, later repaid or not)
    names = {m.group("name") for s in every for m in _NAMED_NOTES.finditer(s)}
    lead = [s for s in every if not HEADING.match(s.strip())][:1]
    if len(names) != 1:
        lead = []
    for sentence in every:
        if sentence in lead:
            continue
        for named in _NAMED_NOTES.finditer(sentence):
            name = re.escape(named.group("name"))
            ended = re.compile(
                rf"\b{name}\s+(?:matured|(?:were|was|have been|has been)\s+"
                r"(?:fully\s+|all\s+)?(?:repaid|redeemed|retired|extinguished))\b"
            )
            said = [other for other in every if ended.search(other)]
            if said and not rx.search(r"\bexchange", sentence, re.IGNORECASE):
                gone.update([sentence, *said])
            # notes the text names as gone: "$500,000,000 ... of 3.75%
            # unsecured subordinated convertible debentures (the “Redeemed
            # Debentures”)", and each sentence about them
            if rx.match(
                r"(?:Redeemed|Repurchased|Retired|Repaid|Extinguished|Cancell?ed)\b",
                named.group("name"),
            ):
                mention = re.compile(rf"\b{name}\b")
                gone.update(
                    other
                    for other in every
                    if mention.search(other)
                    and not rx.search(r"\bexchange", other, re.IGNORECASE)
                )
    return gone


#: A note's story opening: "On October 20, 2017, the Company executed a
#: convertible promissory note".
_NOTE_OPENS = re.compile(
    r"^\W*(?:On|Effective)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},?\s+"
    # ("On May 2, 2018, pursuant to a securities purchase agreement, the
    # Company closed a private placement")
    r"(?:pursuant to [^,.;]{1,80},\s+)?(?:the Company|we)\s+"
    r"(?:issued|executed|entered into|sold|closed)\b"
)
#: A note converted whole: "the Note holder converted this note in full".
_CONVERTED_IN_FULL = re.compile(
    r"\bconverted (?:this|the|such|that) (?:[\w-]+\s+){0,2}(?:note|loan|debenture)s? in full\b"
    # the whole note into a number of shares: "on January 8, 2018, the Note
    # was converted into 200,100 shares of common stock"
    r"|^\W*(?:[^.;]{0,40},\s+)?(?:the|this|such) (?:[\w-]+\s+){0,2}(?:note|loan|debenture) "
    r"(?:was\s+)?(?:automatically\s+)?converted into [\d,]+ (?:[\w-]+\s+){0,2}shares\b"
    # ("This convertible promissory note was converted to common stock
    # during the six months ended October 31, 2023")
    r"|^\W*(?:this|that) (?:[\w-]+\s+){0,2}(?:note|loan|debenture) (?:was|has been) "
    r"(?:fully\s+)?converted (?:in)?to (?:common|ordinary) (?:stock|shares)\b",
    re.IGNORECASE,
)

#: The last of older notes converted: "the final $3,750 of convertible notes
#: and accrued interest were converted into 1,529,036 common shares".
_LAST_CONVERTED = re.compile(
    r"\bthe final \S{0,4}\d[\d,.]*\s+of\s+(?:the\s+|these\s+)?(?:convertible\s+)?notes\b"
    r"[^.;]{0,60}\bwere converted\b",
    re.IGNORECASE,
)


#: A new convertible note in place of a plain one: "to replace the original
#: Promissory Note with a new Convertible Promissory Note".
_REPLACED_BY_A_CONVERTIBLE = re.compile(
    r"\breplace\s+(?:the|its|that)\s+(?:original|old|existing|prior)\s+(?:[\w-]+\s+){0,2}"
    r"note\s+with\s+a\s+new\s+(?:[\w-]+\s+){0,2}convertible\b",
    re.IGNORECASE,
)


def _superseded(every: list[str]) -> set[str]:
    """The sentences about a note the text puts behind it: one converted in
    full before the text goes on to another ("On July 31, 2021, the Note
    holder converted this note in full ..." then "On October 20, 2017, the
    Company executed a convertible promissory note"), from its opening to
    the next note's; or a plain note a new convertible one replaced, from
    its opening to the replacing sentence."""
    opens = [i for i, s in enumerate(every) if _NOTE_OPENS.match(s)]
    gone: set[str] = set()
    for index, sentence in enumerate(every):
        in_full = _CONVERTED_IN_FULL.search(sentence) is not None
        if in_full or _LAST_CONVERTED.search(sentence):
            # (the last of older notes converted: from the text's start when
            # no story opens before it)
            start = max(
                (i for i in opens if i <= index), default=None if in_full else 0
            )
            end = min((i for i in opens if i > index), default=None)
        elif _REPLACED_BY_A_CONVERTIBLE.search(sentence):
            start = max((i for i in opens if i < index), default=None)
            end = index
        else:
            continue
        if start is not None and end is not None:
            gone.update(every[start:end])
    return gone


#: "promissory notes (the Investor Notes)": notes the holder gave the
#: company to pay for this one; their rate and maturity are not this note's.
_INVESTOR_NOTES = r"\binvestor notes?\b"


#: A note the investor gives the company for the debenture it buys ("the
#: issuance by Golden Gate to the Company of a $800,000 promissory note
#: (“Note”)", "(the “Investor Note”)"): the name the text defines for it.
_INVESTORS_NOTE = re.compile(
    r"\bissu(?:ance|ing)\s+by\s+\w[^.;()]{0,60}?\s+to\s+the\s+company\s+of\s+an?\s+"
    r"[^.;()]{0,40}?\bnotes?\s*\(\s*(?:the\s+)?[\"“](?P<name>[^\"”]{1,30})[\"”]\s*\)"
    rf"|\(\s*(?:the\s+)?[\"“](?P<investor>{_INVESTOR_NOTES})[\"”]\s*\)"
    # ("was issued in exchange for a full-recourse, collateralized promissory
    # note from LG Capital in the amount of $100,000 (“ LG Payment Note ”)")
    r"|\bin\s+exchange\s+for\s+an?\s+[^.;()]{0,60}?\bpromissory\s+note\s+from\s+[^.;()]{1,60}?"
    r"\s*\(\s*(?:the\s+)?[\"“]\s*(?P<given>[^\"”]{1,30}?)\s*[\"”]\s*\)",
    re.IGNORECASE,
)


def _about_investors_note(every: list[str]) -> set[str]:
    """The sentences about the investor's own note, by the name the text
    defines for it ("The Note is secured and bears interest at the annual
    rate of 6.25%" after "a $800,000 promissory note (“Note”)" the investor
    issued to the company): its rate and dates are not the debenture's."""
    names = {
        m.group("name") or m.group("investor") or m.group("given")
        for sentence in every
        for m in _INVESTORS_NOTE.finditer(sentence)
    }
    return {
        sentence
        for name in names
        for sentence in every
        if rx.match(rf"\W*(?:the|this|such)\s+{re.escape(name)}\b", sentence, re.I)
    }


#: A heading that opens the part of a debt note about convertible notes:
#: "Convertible Note", "Convertible Notes Payable".
_CONVERTIBLE_HEADING = re.compile(
    # ("Down Payment Convertible Note": capitalised words, a title's)
    # ("6. 7.25% CONVERTIBLE DEBENTURES": a rate in the title)
    r"(?:\d{1,2}\.\s*)?(?:\d{1,2}(?:\.\d+)?%\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
    r"convertible (?:promissory )?"
    r"(?:notes?|debentures?)(?: payable)?",
    re.IGNORECASE,
)


def _convertible_section(every: list[str]) -> list[str]:
    """A debt note whose other notes come first, under a heading of their
    own, then "Convertible Note": the text from that heading on (the notes
    before it say nothing of conversion)."""
    headings = [
        i for i, s in enumerate(every) if _CONVERTIBLE_HEADING.fullmatch(s.strip())
    ]
    if len(headings) != 1 or headings[0] == 0:
        return every
    start = headings[0]
    before = every[1:start]
    # (the text before describes other debt: a note or loan with an amount
    # or a rate, and nothing of conversion; not a note's own heading lines)
    if any(
        rx.search(r"convertib|conver(?:t|sion)", s, re.I) for s in before
    ) or not any(
        rx.search(r"\b(?:notes?|loans?|debentures?)\b", s, re.I)
        and rx.search(r"\d\s?%|\$\s?\d", s)
        for s in before
    ):
        return every
    return every[start:]


#: Debts that do not convert, as a heading names them.
_OTHER_DEBTS = ("Premium Finance", "Notes? Payable", "Line of Credit", "Credit Facility",
                "Term Loan", "Bank Loans?", "Mortgage", "Finance Leases?")  # fmt: skip
#: A heading of a debt that does not convert: "Premium Finance Agreement",
#: "Notes Payable", "Line of Credit".
_OTHER_DEBT_HEADING = re.compile(
    rf"(?!.*convertib)(?:[A-Z][\w-]*\s+){{0,4}}(?:{'|'.join(_OTHER_DEBTS)})\b(?:\s+[A-Z][\w-]*){{0,3}}",
    re.IGNORECASE,
)


def _before_other_debt(every: list[str]) -> list[str]:
    """A note on the convertible debt, under its own heading, then one on
    other debt under another ("7.25% CONVERTIBLE DEBENTURES" ... "Premium
    Finance Agreement"): the text before the second heading, when nothing
    after it converts."""
    if not every or not _CONVERTIBLE_HEADING.fullmatch(every[0].strip()):
        return every
    headings = [
        i
        for i, s in enumerate(every)
        if i > 0 and _OTHER_DEBT_HEADING.fullmatch(s.strip()) is not None
    ]
    if len(headings) != 1 or any(
        rx.search(r"conver", s, re.IGNORECASE) for s in every[headings[0] :]
    ):
        return every
    return every[: headings[0]]


#: A paragraph opening with a loan someone made: "On January 14, 2011, a
#: stockholder loaned $6,000 (unsecured) to the Company".
_A_LOAN_MADE = re.compile(
    # ("During the nine month periods ended September 30, 2012, the Company
    # borrowed an aggregate of $540,000 from third parties under various
    # promissory note agreements")
    # ("During the year ended November 30, 2023 and 2022, the Company's former
    # CEO loaned the Company $8,319 and $34,380")
    r"\W*(?:During\s+[^.;]{0,60}?\d{4},\s+[^,.;]{0,40}?\b(?:borrowed|loaned|lent|advanced)\b"
    r"|On\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+)\s+\d{4},\s+"
    r"(?:[^,.;]{0,60}?\b(?:loaned|lent|advanced)\b"
    # ("On November 20, 2014, the Company entered into a Promissory Note and
    # Stock Purchase Agreement, pursuant to which the Company issued, a senior
    # promissory note in the principal amount of Fifty Thousand Dollars")
    r"|[^.;]{0,160}?\bissued,?\s+an?\s+(?:[\w-]+\s+){0,3}promissory\s+note\b"
    # ("On June 30, 2022, the Company purchased ... real estate ... and
    # executed two unsecured demand promissory notes")
    r"|[^.;]{0,160}?\bexecuted\s+(?:an?|two|three|four)\s+(?:[\w-]+\s+){0,3}promissory\s+notes?\b"
    # ("On June 22, 2015, we entered into a new unsecured credit facility with
    # an existing investor")
    r"|[^.;]{0,60}?\bentered\s+into\s+an?\s+(?:new\s+)?(?:(?:un)?secured\s+)?(?:revolving\s+)?"
    r"(?:credit\s+facility|line\s+of\s+credit)\b)"
    # (or a balance of them: "As of June 30, 2011, there are three remaining
    # notes payable of $191,250 due to the former limited partners of TBF-1")
    r"|As\s+of\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},\s+there\s+(?:are|is|were|was)\s+"
    r"(?:[\w-]+\s+){0,3}notes?\s+payable\b)",
    re.IGNORECASE,
)


#: Notes named with their rate and due year, and defined: "10.75% Senior
#: Secured Notes due 2029 (the “New Senior Spectrum Secured Notes”)".
_DEFINED_NOTES = re.compile(
    r"\b\d[\d.]*%\s+(?P<title>(?:[A-Z][\w-]*\s+){0,4}?(?:Notes|Debentures|Bonds))\s+due\s+"
    r"(?:[A-Z][a-z]+\s+\d{1,2},\s+)?\d{4}\s*\(\s*(?:the\s+)?[\"“](?P<name>[^\"”]{3,60})[\"”]"
)


#: A rate in figures, its percent a sign or a word: "6.95%", "5.50
#: percent", "6.125 per cent.".
_A_PERCENT = r"\d[\d.]*\s?(?:%|percent|per\s?cent\.?)"
#: Notes named by their rate, title and due year: "6.95% Senior Notes due 2018".
_TITLED_NOTES = re.compile(
    rf"\b{_A_PERCENT}\s+(?:[A-Z][\w-]*\s+){{0,4}}?Notes\s+due\s+\d{{4}}\b"
)
#: The same in lower case: "its 4.750% senior notes due 2024".
_TITLED_NOTES_LOWER = re.compile(_TITLED_NOTES.pattern.lower())


def _plain_notes(every: list[str]) -> set[str]:
    """The sentences about notes that do not convert, offered beside
    convertible ones and named apart ("The New Senior Spectrum Secured Notes
    will mature on November 30, 2029" beside "3.875% Convertible Senior
    Secured Notes due 2030 (the “EchoStar Convertible Notes”)")."""
    defined = [
        (
            CONVERTS.search(m.group("title") + " " + m.group("name")) is not None,
            m.group("name"),
        )
        for sentence in every
        for m in _DEFINED_NOTES.finditer(sentence)
    ]
    # (or named by their titles alone, sold together: "$250 million principal
    # amount of 6.95% Senior Notes due 2018 and $250 million principal amount
    # of 2.00% Convertible Senior Notes due 2020", then "The 6.95% Senior
    # Notes due 2018 will mature on June 1, 2018")
    defined += [
        (CONVERTS.search(title) is not None, title)
        for sentence in every
        for titles in [_TITLED_NOTES.findall(sentence)]
        if len(titles) > 1
        for title in titles
    ]
    convertible = {name for converting, name in defined if converting}
    plain = {
        name
        for converting, name in defined
        if not converting and not any(name in c or c in name for c in convertible)
    }
    if not convertible or not plain:
        return _plain_notes_in_lower_case(every)
    # (and by their title's words alone, where the convertible notes' are the
    # same words after "Convertible": "The senior notes will pay interest
    # semi-annually at a rate of 8.75 percent" beside "5.50 percent
    # Convertible Senior Notes due 2029")
    heads = {_title_head(name) for name in plain} - {"notes"}
    named_by_head = {
        head
        for head in heads
        if any(_title_head(name) == f"convertible {head}" for name in convertible)
    }
    return {
        sentence
        for sentence in every
        if (
            any(name in sentence for name in plain)
            or any(
                rx.match(rf"\W*the\s+{re.escape(head)}\b", sentence, re.I)
                for head in named_by_head
            )
        )
        and not CONVERTS.search(sentence)
        and not any(name in sentence for name in convertible)
    }


def _rate_of(title: str) -> str:
    """The rate a note's title opens with: "4.25" of "4.25% convertible
    senior notes due 2028"."""
    return title.split(maxsplit=1)[0].rstrip("%")


def _title_head(title: str) -> str:
    """A note's title without its rate and its year, in lower case: "senior
    notes" of "8.75 percent Senior Notes due 2019"."""
    words = rx.sub(rf"^{_A_PERCENT}\s+|\s+due\s+\d{{4}}$", "", title)
    return " ".join(words.lower().split())


def _plain_notes_in_lower_case(every: list[str]) -> set[str]:
    """The sentences about notes that do not convert, named in lower case
    at a rate of their own beside convertible ones ("its 4.25% convertible
    senior notes due 2028" and "any and all of its outstanding 4.750% senior
    notes due 2024")."""
    titles = {
        title for sentence in every for title in _TITLED_NOTES_LOWER.findall(sentence)
    }
    rates = {_rate_of(title) for title in titles if CONVERTS.search(title)}
    plain = {
        title
        for title in titles
        if not CONVERTS.search(title) and rates and _rate_of(title) not in rates
    }
    return {
        sentence
        for sentence in every
        if any(title in sentence for title in plain) and not CONVERTS.search(sentence)
    }


def _paragraphs(text: str) -> list[str]:
    """The text's paragraphs: at a blank line, or at a line's full stop
    ("... The notes are not collateralized.\nOn August 20, 2008, ...")."""
    return [p for p in re.split(r"\n\s*\n|(?<=\.)\n(?=[A-Z])", text) if p.strip()]


def _other_loans(text: str) -> set[str]:
    """The sentences of paragraphs about loans that never convert, each
    opening with the loan made, beside a paragraph about a convertible note
    ("investors loaned the Company ... on three-year Series C Convertible
    Notes" and "On January 14, 2011, a stockholder loaned $6,000 ... The loan
    carries interest at the rate of 12% per annum"): other debt."""
    paragraphs = _paragraphs(text)
    if not any(CONVERTIBLE.search(p) for p in paragraphs):
        return set()
    return {
        sentence
        for p in paragraphs
        # (under a heading line: "4. Notes Payable\nAs of June 30, 2011, ...")
        if _A_LOAN_MADE.match(
            normalise(
                rx.sub(r"^(?:[^\n]{0,59}[^\n.]\n){1,2}(?=On\b|As of\b|During\b)", "", p)
            )
        )
        and not rx.search(r"conver", p, re.I)
        for sentence in sentences(p)
    }


#: A bank's facility, no note: "a new $400 million aggregate principal
#: amount Senior Secured Term Loan Facility due March 4, 2017" (not its
#: agreement, which may be a convertible note's: "a Senior Secured Revolving
#: Credit Facility Agreement (the “Credit Agreement”) with TCA").
_A_BANK_FACILITY = re.compile(
    # (by its title: a convertible loan is often "a secured term loan
    # facility" or "the credit facility" in lower case)
    r"\b(?:Term\s+Loan|Revolving\s+Credit)\s+Facility\b(?!\s+Agreement\b)"
)


#: Proceeds that pay other notes off: "said proceeds would be used for
#: general corporate purposes, including acquisitions, and to pay $4.7
#: million under its 6.9% notes due Sept. 1, 2005".
_PAYS_OTHER_NOTES = re.compile(
    r"\bproceeds\b(?:[^.;]|\.(?=\d)){0,200}\bto\s+(?:re)?pay\b(?:[^.;]|\.(?=\d)){0,60}\b(?:its|the|our)\s+"
    r"\d[\d.]*\s*%\s+(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds)\b",
    re.IGNORECASE,
)


def _other_notes_paid(every: list[str]) -> set[str]:
    """The sentences that say the proceeds pay off other notes, at a rate
    of their own, without naming a conversion: other debt."""
    return {
        sentence
        for sentence in every
        if _PAYS_OTHER_NOTES.search(sentence) and not CONVERTS.search(sentence)
    }


#: A past-due note an acquirer took over: "PCTI (the accounting acquirer)
#: assumed the balance of a past-due 15% convertible note issued by the
#: Company on September 13, 2017".
_ASSUMED_PAST_DUE = re.compile(
    r"\bassumed\s+(?:the\s+(?:outstanding\s+)?balance\s+of\s+)?(?:a|an|the)\s+past[- ]due\b",
    re.IGNORECASE,
)


def _assumed_past_due(every: list[str]) -> set[str]:
    """The sentences about a past-due note taken over, beside another that
    issues a note at a rate of its own: other debt."""
    assumed = {sentence for sentence in every if _ASSUMED_PAST_DUE.search(sentence)}
    if any(
        sentence not in assumed
        and rx.search(r"\b(?:issued|entered into)\b", sentence)
        and rx.search(r"\d\s*%", sentence)
        for sentence in every
    ):
        return assumed
    return set()


#: A holder's sale of the note to another, after its issue: "On April 11,
#: 2013, Asher Enterprises sold the note to Walter D. Whitt"; "the Debtor
#: sold the principal balance of twenty thousand dollars ($20,000) ... to
#: MGRD, Inc.".
_NOTE_SOLD_ON = re.compile(
    r"\b(?:sold|assigned|transferred)\s+(?:the|its|this|such|that)\s+(?:remaining\s+)?"
    r"(?:(?:convertible|promissory)\s+)*(?:note|debenture|principal balance)\b"
    r"[^.;]{0,160}\bto\b",
    re.IGNORECASE,
)


def _notes_sold_on(every: list[str]) -> set[str]:
    """The sentences that say a holder sold the note on to another: a later
    day and a later holder, not the issue's (not the company's own sale of
    notes it issues)."""
    return {
        sentence
        for sentence in every
        if (sold := _NOTE_SOLD_ON.search(sentence)) is not None
        and not rx.search(
            r"\b(?:the\s+company|we|the\s+issuer|the\s+borrower)\s+$",
            sentence[: sold.start()],
            re.IGNORECASE,
        )
    }


#: An XBRL details page's heading over a range's bound: "Maximum [Member]".
_A_RANGES_BOUND = re.compile(r"\W*(?:Maximum|Minimum)\s+\[Member\]\W*")


def _range_bounds(every: list[str]) -> set[str]:
    """The rows of an XBRL details page under "Maximum [Member]" or "Minimum
    [Member]", up to the next member's heading: a range's bounds ("Interest
    rate per annum 18.00%"), not the note's terms."""
    bounds: set[str] = set()
    inside = False
    for sentence in every:
        if _A_RANGES_BOUND.fullmatch(sentence):
            inside = True
        elif "[Member]" in sentence:
            inside = False
        elif inside:
            bounds.add(sentence)
    return bounds


#: A numbered item of a footnote's list of debts, at a line's start: "(4) On
#: October 1, 2008, the Company executed convertible notes payable".
_A_NUMBERED_ITEM = re.compile(r"^[ \t]*\(\d{1,2}\)[ \t]+(?=[A-Z])", re.MULTILINE)


def _other_items(text: str, every: list[str]) -> set[str]:
    """The sentences of a footnote's numbered items that never name a
    conversion, beside one that does ("(1) The Company received a line of
    credit ...", "(3) ... an unsecured promissory note to a shareholder",
    then "(4) ... convertible notes payable"): other debt."""
    starts = [m.start() for m in _A_NUMBERED_ITEM.finditer(text)]
    if len(starts) < 2:
        return set()
    items = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    if not any(CONVERTS.search(item) for item in items):
        return set()
    parts = [
        normalise(part)[:60]
        for item in items
        if not rx.search(r"conver|exchang", item, re.IGNORECASE)
        for part in sentences(item)
        if len(normalise(part)) >= 20
    ]
    return {
        sentence
        for sentence in every
        if any(part in normalise(sentence) for part in parts)
    }


#: A note the text says does not convert: "The Purchaser does not have a
#: conversion option under the New Note" (not a note not yet convertible:
#: "As of September 30, 2011, the note was not convertible into any common
#: shares"; nor one settled in cash: "The notes are not convertible into
#: Kaiser Aluminum's common stock").
_NOT_CONVERTIBLE = re.compile(
    r"\b(?:does|do|did)\s+not\s+have\s+(?:a|any)\s+conversion\s+(?:option|right|feature)\b",
    re.IGNORECASE,
)


def _not_convertible_paragraphs(text: str) -> set[str]:
    """The sentences of a paragraph about a note it says does not convert,
    beside a paragraph about one that does ("the Original Note could be
    converted ... at a conversion price of $1.50", then "Trading issued a
    Promissory Note ... with interest of 3% (the “New Note”). The Purchaser
    does not have a conversion option under the New Note"): other debt."""
    paragraphs = _paragraphs(text)
    plain = [p for p in paragraphs if _NOT_CONVERTIBLE.search(normalise(p))]
    if not plain or not any(
        CONVERTS.search(p) and not _NOT_CONVERTIBLE.search(normalise(p))
        for p in paragraphs
    ):
        return set()
    return {sentence for p in plain for sentence in sentences(p)}


def _credit_facilities(every: list[str]) -> set[str]:
    """The sentences about a bank's term loan or credit facility that name
    no note, bond or conversion, in a text about a convertible note: other
    debt."""
    if not any(CONVERTIBLE.search(sentence) for sentence in every):
        return set()
    return {
        sentence
        for sentence in every
        if _A_BANK_FACILITY.search(sentence)
        and not rx.search(
            r"conver|exchangeab|\bnotes?\b|\bdebentures?\b|\bbonds?\b",
            sentence,
            re.IGNORECASE,
        )
    }


#: A heading over the other notes of a footnote: "Other Convertible Notes
#: Payable".
#: A text that calls a note convertible.
CONVERTIBLE = re.compile(r"\bconvertib", re.IGNORECASE)
#: A note that converts, or is exchanged for another company's shares.
CONVERTS = re.compile(r"convertib|exchangeab", re.IGNORECASE)
_OTHER_NOTES_HEADING = re.compile(
    r"Other\s+(?:[\w-]+\s+){0,3}(?:Notes?|Debentures?|Loans?)(?:\s+Payable)?",
    re.IGNORECASE,
)


def _before_other_notes(every: list[str]) -> list[str]:
    """A footnote's first note, with its terms (a conversion), then "Other
    Convertible Notes Payable" under a heading of their own: the text
    before that heading."""
    for index, sentence in enumerate(every):
        # (not a table's row before its total: "Other convertible notes
        # payable", then "Total convertible notes payable, short term")
        if (
            index > 0
            and _OTHER_NOTES_HEADING.fullmatch(sentence.strip())
            and not (
                index + 1 < len(every) and rx.match(r"\W*Total\b", every[index + 1])
            )
        ):
            before = every[:index]
            if any(CONVERTIBLE.search(s) for s in before) and any(
                rx.search(r"\d\s*%|\$\s?\d", s) for s in before
            ):
                return before
            return every
    return every


#: A heading: a few words, no full stop, comma or verb ("Offering of
#: Convertible Notes", "Amendment to Series F 7% Convertible Preferred Stock",
#: "£1.5m Convertible Loan Note Agreement").
HEADING = re.compile(
    r"^(?![a-z])(?!.*\b(?i:is|are|was|were|has|have|will|shall)\b)"
    r"(?:[^.;:,|]|\.(?=\d)){3,90}(?<![\s.])$"
)


def _preferred_sections(text: str) -> str:
    """The text under headings about preferred stock alone (a report's
    "Amendment to Series F Convertible Preferred Stock" beside "Offering of
    Convertible Notes"): that stock's conversion terms are not the note's.
    One line, as :func:`normalise` writes it."""
    parts: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        words = stripped.split()
        heading = (
            HEADING.match(stripped) is not None
            and len(words) <= 12
            and sum(word[0].isupper() or not word[0].isalpha() for word in words)
            >= len(words) - 2
        )
        if heading:
            inside = rx.search(
                r"\bpreferred\s+(?:stock|shares)\b", stripped, re.I
            ) is not None and not rx.search(
                r"\b(?:notes?|debentures?|loans?|bonds?)\b", stripped, re.I
            )
        if inside:
            parts.append(stripped)
    return normalise(" ".join(parts))


#: A date in figures whose first two numbers may each be the month.
DAY_OR_MONTH_FIRST = re.compile(r"(0?[1-9]|1[0-2])/(?!\1/)(0?[1-9]|1[0-2])/\d{2,4}")

#: A sentence that illustrates with made-up numbers.
_EXAMPLE = re.compile(
    r"^\W*(?:for (?:example|instance)|by way of (?:example|illustration)|"
    r"as an (?:example|illustration))\b",
    re.IGNORECASE,
)


#: The rest of a list of days a year repeats: " and July 15 of each year".
_EACH_YEAR = re.compile(
    r"(?:\s*(?:,\s*and|,|and)\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)*,?\s+"
    r"(?:of\s+)?(?:each|every)\s+(?:calendar\s+)?year\b"
)


class Reader:
    def __init__(self, text: str) -> None:
        # (less the sentences about notes the text says are gone)
        #: Every sentence, for names defined anywhere ("Jonway Group Co. Ltd.
        #: ("Jonway Group")" in a section about another note).
        self.every = sentences(text)
        every = _before_other_notes(
            _before_other_debt(_convertible_section(self.every))
        )
        gone = (
            _gone(every)
            | _superseded(every)
            | _about_investors_note(every)
            | _other_loans(text)
            | _plain_notes(every)
            | _credit_facilities(every)
            | _other_notes_paid(every)
            | _assumed_past_due(every)
            | _notes_sold_on(every)
            | _range_bounds(every)
            | _other_items(text, every)
            | _not_convertible_paragraphs(text)
        )
        preferred = _preferred_sections(text)
        # (nor an illustration's: "For example, if the initial public
        # offering price is $6.00 per share then the conversion price per
        # share will be $3.00")
        self.sentences = [
            s
            for s in every
            if s not in gone
            and not (preferred and normalise(s)[:80] in preferred)
            and not _EXAMPLE.match(s)
        ]
        flat = normalise(text)
        self.dollar = dollar_currency(flat)
        #: The other dollar a bare "$" may mean, where this reader reads it
        #: as the US dollar only by default: a text about Canada (Singapore,
        #: Australia) that names no dollar, or one that marks one amount
        #: "C$" and leaves others bare.
        self.dollar_unsure = dollar_assumed(flat)
        #: The country, other than the US, whose dates may be written day
        #: first ("07/09/2024").
        self.abroad = self.dollar_unsure
        # (a text about Australia or Singapore that names no US dollar: its
        # bare "$" is that country's dollar)
        own = own_dollar(flat, self.dollar_unsure)
        if own is not None:
            self.dollar, self.dollar_unsure = own, None
        #: Whether the text names no dollar at all: its "cents" may be any
        #: currency's hundredths ("conversion price set at 14 cents" beside
        #: "R10 million").
        #: (a dollar's cents named are that dollar's: "6 US cents")
        self.no_dollar = (
            rx.search(r"\$|\bdollars?\b|\bUSD\b", flat, re.I) is None
            and NAMED_CENTS.search(flat) is None
        )
        self.yen = yen_currency(flat)
        self.rupee = rupee_currency(flat)
        #: The currencies whose lone letter opens an amount here ("R25
        #: million" in a South African text, "P100 million" in a Philippine
        #: one).
        self.letters = letter_currencies(flat)
        #: A news item's date, for the dates it writes without a year.
        self.published = published_on(flat)
        #: Whether the text says in words the day it was published, not only
        #: in a wire's dateline (which dates the announcement).
        self.published_in_words = published_on(flat, dateline=False) is not None
        #: A notice's date under its headline, for the dates it writes without
        #: a year ("closed on June 3" under "June 3, 2010"), not as the day a
        #: release says is "today".
        self.dated = notice_dated(text)
        # (a deal still to settle writes its yearless dates ahead of the
        # publication: "Settlement is expected on Dec. 13")
        if rx.search(
            r"\b(?:settlement|closing) (?:is|are) expected\b|\bexpected to (?:settle|close)\b",
            flat,
            re.IGNORECASE,
        ):
            self.published = None
            self.dated = None
        self.fields: dict[str, DraftField] = {}

    def dates(self, sentence: str) -> list[DateValue]:
        """The dates a sentence writes (without a year, in a dated item); in
        a text about another dollar's country, not "07/09/2024", which may
        be the 7th of September."""
        # (not the days a year repeats, written without one: "payable on
        # January 15 and July 15 of each year")
        found = [
            d
            for d in dates_in(sentence, self.published or self.dated)
            if rx.search(r"\d{4}", sentence[d.start : d.end])
            or not _EACH_YEAR.match(sentence, d.end)
        ]
        if self.abroad is None:
            return found
        return [
            d
            for d in found
            if not DAY_OR_MONTH_FIRST.fullmatch(sentence[d.start : d.end])
        ]

    def every_amount(self, sentence: str) -> list[Money]:
        """The amounts a sentence writes, bracketed equivalents included, in
        the currencies this text's "$", "¥", "R" and cents mean."""
        return money_in(sentence, self.dollar, self.yen, self.rupee, self.letters)

    def money(self, sentence: str) -> list[Money]:
        """The amounts a sentence states (not the bracketed equivalents)."""
        return [m for m in self.every_amount(sentence) if not m.equivalent]

    def set(self, key: str, value: str, quote: str, todo: str | None = None) -> None:
        """A value drafted; with ``todo``, a person confirms it."""
        self.fields[key] = DraftField(key, value, quote, todo)

    def confirm(self, key: str, why: str) -> None:
        """Keep the drafted value of ``key``, with a TODO to confirm it."""
        field = self.fields[key]
        if field.value is not None:
            self.set(key, field.value, field.quote, why)

    def todo(self, key: str, why: str, quote: str = "") -> None:
        self.fields[key] = DraftField(key, None, quote, why)

    def absent(self, key: str) -> None:
        self.fields[key] = DraftField(key, None, "", None)

    def silent(self, key: str, default: str) -> None:
        """An optional term the text does not state: a person confirms that
        the plugin's default is right (nothing is assumed silently)."""
        self.todo(key, f"the text does not state it; confirm the default ({default})")

    def first(self, pattern: re.Pattern[str]) -> str | None:
        """The first sentence the pattern finds something in."""
        return next((s for s in self.sentences if pattern.search(s)), None)

    def about(self, *words: str) -> list[str]:
        return [sentence for sentence in self.sentences if _has(sentence, *words)]

    def decide(self, key: str, found: Iterable[Found], margin: int = 0) -> Found | None:
        """Set the best-scored value; when a different value scores within
        ``margin`` of it, a TODO quoting the competitors. None when nothing
        was found or nothing could be decided."""
        candidates = sorted(found, key=lambda f: -f.score)
        if not candidates:
            return None
        best = candidates[0]
        # the same number printed twice ("€2 per share", "€2.00"): one value,
        # with the digits printed in full
        same = [
            f
            for f in candidates
            if f.score >= best.score - margin and _same(f.value, best.value)
        ]
        best = max(same, key=lambda f: (len(f.value), f.score))
        rivals = [
            f
            for f in candidates
            if f.score >= best.score - margin and not _same(f.value, best.value)
        ]
        if rivals:
            quotes = "; ".join(
                f"{f.value} (“{_clip(f.quote)}”)" for f in _unique([best, *rivals])
            )
            self.todo(key, f"{COMPETING}: {quotes}", best.quote)
            return None
        self.set(key, best.value, best.quote)
        return best


def _same(one: str, other: str) -> bool:
    """Whether two values are one: equal text, or the same number in the
    same currency printed with different digits ("2 EUR", "2.00 EUR")."""
    if one == other:
        return True
    first, second = one.split(), other.split()
    if len(first) != len(second) or first[1:] != second[1:] or not first:
        return False
    try:
        return Decimal(first[0]) == Decimal(second[0])
    except InvalidOperation:
        return False


def _unique(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    unique = []
    for item in found:
        if item.value not in seen:
            seen.add(item.value)
            unique.append(item)
    return unique


def _clip(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _left(sentence: str, start: int, width: int = 90) -> str:
    """The words before a value, lowered (from a whole word: "stock
    exchange", not "ck exchange", out of "The Stock Exchange")."""
    begin = max(0, start - width)
    while (
        0 < begin < start
        and sentence[begin - 1].isalnum()
        and sentence[begin].isalnum()
    ):
        begin -= 1
    return sentence[begin:start].lower()


def _right(sentence: str, end: int, width: int = 70) -> str:
    return sentence[end : end + width].lower()


# -- stage 3: the role of an amount ------------------------------------------------

_PER_UNIT = re.compile(
    r"(?:\bper|\beach|\bfor every)\s*$"
    # "NIS 940 per unit (each unit comprised of NIS 1,000 principal amount)"
    r"|\beach unit (?:is )?(?:comprised of|consisting of|consists of)\s*$"
    # ("with each Unit being comprised of: (i) US$1,000 principal amount";
    # "Each Convertible Debenture Unit will consist of $1,000 principal
    # amount")
    r"|\beach (?:[\w-]+\s+){0,3}unit,?\s+(?:being|will be|shall be|is|will|shall)?\s*"
    r"(?:comprised of|consisting of|consist of|consists of|composed of)\s*:?\s*(?:\(i\)|\(a\)|\(1\))?\s*$"
    # "250 convertible notes payable, each with a face value of $100,000"
    r"|\beach,? with a (?:face|principal) (?:value|amount) of\s*$"
    # ("25,000 warrants with respect to S$50,000 in principal amount")
    r"|\b(?:shares|warrants)\s+(?:with respect to|in respect of)\s*$"
    # an exchange's ratio: "For each $1,000 principal amount of the existing
    # convertibles, Alkermes is offering $575 principal amount of new 6.52%
    # convertible senior subordinated notes"
    r"|^\W*for\s+each\s+\S{0,4}[\d,]+\s+(?:in\s+)?principal\s+amount\b[^$;]{0,80}$"
    # ("each note, of $1,000 principal value, will be convertible")
    r"|\beach (?:note|debenture|bond),?\s+of\s*$"
    # ("Each subscription receipt converts into a unit of a C$100,000 12%
    # convertible subordinated unsecured debenture")
    r"|\b(?:a|one)\s+units?\s+of\s+(?:a|an|one)\s*$|\binto\s+units\s+of\s+(?:a|an|one)\s*$"
    # ("5,000 debenture units (the "Debenture Units") consisting of: (i)
    # $1,000 principal amount of senior unsecured convertible debentures")
    r"|\bunits\b(?:\s*\([^()]{0,40}\))?\s+(?:consisting|comprised|composed)\s+of\s*:?\s*"
    r"(?:\(i\)|\(a\)|\(1\))?\s*$"
    # ("upon the surrender of each Debenture, representing the $1,000
    # principal amount, a $40 redemption premium")
    r"|\beach\s+(?:debenture|note|bond),\s+representing\s+the\s*$"
)
#: "an original issue discount ("OID") of $X": the discount names the amount
#: right after it (not "a 10% original issue discount, $2,000 for fees").
_OID = re.compile(
    # ("issued at 7.5% discount on principal amounting to $632,596")
    r"\bdiscount on (?:the )?principal amounting to\s*$|"
    r"(?:original issue discount|\boid)\b\s*(?:\(\W*oid\W*\)\s*)?"
    r"(?:of|in the amount of|amounting to|totaling|totalling|equal to|was|is|:)?"
    r"\s*(?:approximately\s*)?$"
)
#: (not the next label of a note's face: "Original Principal Amount:
#: $1,500,000 Original Issue Discount: 6%")
_OID_AFTER = re.compile(
    # ("after a $24,000 original note discount")
    r"^\s*(?:\(.{0,20}\)\s*)?(?:original (?:issue|note) discount|oid)\b(?!\s*:)"
)
#: After "in exchange for", the notes' own face, neither a price nor older
#: notes: "issued convertible promissory notes in exchange for an aggregate
#: principal amount of $20.1 million".
#: ("in exchange for its issuance of $100 million in aggregate principal of
#: new ... Debentures": the new notes' face, the amount right after)
_THEIR_FACE = (
    # ("in exchange for: (i) an aggregate principal amount of $1,500,000 of
    # new ... notes ... and (ii) warrants": the first item of a list)
    r"(?::?\s+(?:\((?:i|a|1)\)\s+)?(?:an?\s+)?(?:aggregate\s+)?principal\s+amount\b"
    r"|\s+(?:its|the)\s+issuance\s+of\s*$)"
)
_PURCHASE = re.compile(
    # (not a defined price before the next item of a list: "at 0.50p per
    # Subscription Share (the \u201cSubscription Price\u201d) and issue of \u00a3250,000
    # of convertible loan notes")
    r"(?:(?:purchase|subscription) price(?!\s*[\u201d\"\u2019]\s*\)\s*(?:,\s*)?and\s)"
    r"|purchase amount|consideration of|"
    # (not "The surcharge ... in exchange for these amendments is estimated
    # at SEK 165 million": a fee for new terms)
    # (not "is to be funded by the issue of \u00a32,000,000 Unsecured
    # Convertible Loan Notes": the notes' face)
    r"for a price|funded(?!\s+by\s+the\s+issu(?:e|ance)\s+of\b)"
    r"|in exchange for(?! (?:these|the|such) amendments?\b)"
    r"(?!" + _THEIR_FACE + r")"
    # (nor old notes given up: "in exchange for (a) our outstanding $125
    # million Convertible Senior Notes due 2020")
    r"(?!\s+(?:\(\w\)\s+)?(?:our|its|their|the company['’]s)\s+(?:outstanding|existing)\b)|"
    # "for gross proceeds of $12,750,000"; "resulting in cash proceeds of";
    # "at an issue price of $450,000"; "The Consideration is $300,000";
    # "Cash-in Amount: $96,000"
    # (not "borrowed gross proceeds of $250,000": the principal; nor "the
    # gross proceeds from the sale of the notes": several notes)
    # ("resulting in gross cash proceeds of £52.25m")
    # (not "having an aggregate principal amount and gross proceeds of
    # $1,059,710": the face, its price the same)
    # ("The issue proceeds will amount to €181.5 million")
    r"(?:for|with|resulting in) (?:gross |cash |gross cash )?proceeds|(?<!borrowed )(?<!amount and )"
    r"gross (?:cash )?proceeds|\bissue proceeds"
    r"(?! from the sale of (?:the )?notes)|"
    # ("has issued $122.5 million in convertible notes ... at a discounted
    # offering price of $100 million")
    r"at an issue price of|at a discounted offering price of|cash-in amount:?|"
    # "each Investor provided financing of $360,000 to the Company (net of a
    # 10% original issuance discount)"
    r"provided (?:financing|funding) of)\b[^$]{0,40}$"
)
#: "for $400,000 in cash"; "for which each Holder will pay $1,750,000 in
#: cash"; "for which it received $4.5 million, with a $500,000 original issue
#: discount"
_PAID_IN_CASH = re.compile(r"^\s*in cash\b")
_RECEIVED_WITH_OID = re.compile(
    # ("The Company received $110,000 in cash, with a debt discount of
    # $18,500", after "borrowed $128,500")
    r"^[^.]{0,40}\b(?:original issue discount|oid|after giving effect to the original)"
    r"|^\s*in\s+cash,\s+with\s+an?\s+(?:debt\s+)?discount\s+of\b",
    re.IGNORECASE,
)
#: "In consideration of the Convertible Note and Warrant we received $729,000"
_RECEIVED_FOR = re.compile(r"\bin consideration (?:of|for)\b[^$]{0,60}\breceived\s*$")
_FEE = re.compile(
    # ("(issuance costs were $245,150)"; not "for proceeds before expenses
    # of $2,501,001": the price)
    # (not a loan's "exit fee to $1.425 million", paid at its end)
    # (nor a placement agent's: "net of original issue discounts of $75,000,
    # placement fees of $60,000, and legal fees of $10,000", the agent's
    # cash fee no holder withholds)
    # (nor an impairment: "fully impaired and as such recorded a charge of
    # $3,000")
    r"(?<!before )(?<!exit )(?<!placement )(?<!agent )(?<!agent['’]s )(?<!recorded a )"
    r"(?<!impairment )"
    # (nor the price of notes bought back: "to purchase approximately $433.6
    # million face value of outstanding senior notes ... at a total cost of
    # approximately $380.9 million")
    r"(?<!a total )"
    r"(?:\bfees?\b|commissions?|\bcosts?\b|expenses|\bcharges?\b)\s+"
    r"(?:of|totaling|totalling|"
    # ("Issue costs amounted to $6,979,268 resulting in net proceeds")
    r"amounting to|amounted to|in the amount of|equal to|were|totaled|totalled)\s*(?:approximately\s*)?$"
    # (not "to cover its fees, with payment consisting of $250,000": the
    # payment)
    r"|(?:(?<!exit )(?<!placement )(?<!agent )\bfees?\b|commissions?|(?<!before )expenses"
    r"|reimburse\w*)"
    r"(?:(?!,\s+with\b)[^$.;]){0,40}$"
    # (a table row's total column after its per-note one: "Underwriting
    # discounts and commissions $26.25 $7,218,750.00")
    r"|\bdiscounts?\s+and\s+commissions\s+\$\s?[\d,]+\.\d{2}\s+$"
)
_FEE_FOR = re.compile(
    r"^\s*(?:for|in)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:legal\s+)?fees\b"
    # ("less $3,500 for legal related costs")
    r"|^\s*for\s+legal(?:\s+and)?[\s-]+related\s+(?:costs|expenses)\b"
    # "the payment of $5,000 to the Investor to cover its fees"
    r"|^\s*to (?:the )?(?:investor|holder|lender|purchaser|buyer)s?\s+"
    r"(?:to cover|for|in reimbursement of)\s+(?:its|their)\s+(?:legal\s+)?"
    r"(?:fees|expenses|costs)\b"
    # ("$5,000.00 to cover Lender's legal fees, accounting costs, due
    # diligence")
    r"|^\s*to cover (?:the )?(?:investor|holder|lender|purchaser|buyer)['’]s\s+"
    r"(?:legal\s+|transaction(?:al)?\s+)?(?:fees|expenses|costs)\b",
    re.IGNORECASE,
)
_FEE_AFTER = re.compile(
    # ("$3,000 was used to pay the investor's legal fees")
    # ("$10,000 allocated to legal documentation fees, resulting in net
    # proceeds to the Company of $170,000")
    r"^\s*(?:was |were |is |shall be |will be )?(?:(?:retained|withheld|deducted|paid|used to pay|"
    r"allocated to)\b[^.]{0,30})?"
    # "retained by Mast Hill in reimbursement of its legal fees"
    r"(?:(?:in|for|as) )?(?:reimbursement of )?(?:the |its |their )?(?:holder['’]s |purchaser['’]s |buyer['’]s |lender['’]s |investor['’]s )?"
    # ("and $13,400 of issuance costs")
    # ("(less $10,000 of Investor's fees)")
    # ("$2,500 of the lender's legal fees and $500 of due diligence fees
    # which were withheld")
    r"(?:of (?:the )?(?:holder|purchaser|buyer|lender|investor)['’]s\s+"
    r"(?:(?:legal|due diligence|transaction|closing)\s+)?fees\b|"
    r"(?:of )?(?:legal|due diligence|origination|transaction|closing|structuring|"
    r"administrative|commitment|issuance|debt issuance|legal documentation)\s+(?:fees?|expenses|costs))"
)
#: The new note, defined, that amends or replaces an older one: "The
#: Debenture amended the 7.75% convertible debenture ... dated May 13, 2005"
#: (the older note's amount and day follow).
_THE_NOTE_AMENDS = (
    r"\b(?:the|this)\s+(?:amended\s+)?(?:debenture|note)\s+(?:amended|amends|replaced|"
    r"replaces|superseded|supersedes)\s+(?:the|that certain|its)\b"
)
#: After "in exchange for", services a note pays for, not older notes: "In
#: exchange for these consultancy services the Company agreed to pay Cross &
#: Company $400,000 payable by the issuance of a convertible note".
_SERVICES = r"\s+(?:these|the|its|their|such|his|her)\s+(?:[\w-]+\s+){0,2}services\b"
_EXCHANGED = re.compile(
    # (not a name: "Cracker Barrel Old Country Store, Inc.")
    # (not holders: "entered into an agreement with existing stockholders in
    # May 2013 for an aggregate principal amount of $1,500,000")
    # (nor the shares the notes deliver: "bonds exchangeable into existing
    # ordinary shares of Puma due 2022 for a nominal amount of")
    r"\b(?:existing(?!\s+(?:institutional\s+)?(?:stockholders|shareholders|investors)"
    r"|\s+(?:ordinary\s+|common\s+|registered\s+|bearer\s+)?shares\b)"
    r"|previously (?:issued|outstanding)|prior|old(?=\s+(?:[\w%.-]+\s+){0,3}(?:notes?|debentures?|bonds?"
    r"|convertibles?)\b)|outstanding (?:promissory |convertible )?"
    # (not a market: "listed on the Australian Securities Exchange (ASX), has
    # priced")
    # (nor a listing's ticker: "Meyer Burger Technology Ltd (SIX Swiss
    # Exchange: MBTN)")
    # (nor a ticker after the exchange: "Intercell AG (Vienna Stock Exchange,
    # ICLL)")
    # (nor the TSX Venture Exchange's approval "for the issuance of its ...
    # convertible debentures")
    r"notes|outstanding indebtedness|(?<!securities )(?<!stock )(?<!venture )exchange[sd]?)\b"
    r"(?!\s*[:,])"
    # (nor the new notes given in exchange: "in exchange for the issuance of
    # its convertible debentures in the aggregate principal amount of")
    r"(?!\s+for" + _THEIR_FACE + r")(?!\s+for" + _SERVICES + r")"
    r"(?!\s+for\s+the\s+(?:issuance|issue)\s+of\s+(?:its|the|our)\b)[^$]{0,120}$"
    # "in exchange for $183.7 million worth of the holder's 2027 notes, $201.0
    # million in 2028 notes": every amount of the list
    r"|\bin exchange for\b(?!" + _THEIR_FACE + r")(?!" + _SERVICES + r")"
    r"(?:[^.;]|\.(?=\d)){0,200}$"
    # ("The Debenture amended the 7.75% convertible debenture in the principal
    # amount of $15,500,000 dated May 13, 2005": the note amended)
    r"|" + _THE_NOTE_AMENDS + r"[^$]{0,120}$"
)
#: The older note a debt is "evidenced by a certain convertible promissory
#: note issued on February 16, 2012 in the original principal amount of".
_EVIDENCED_BY_AN_OLDER_NOTE = re.compile(
    r"\bevidenced by (?:a|that) certain\b[^$;]{0,160}$"
    # (or the one it settles: "issued in settlement of the $500,000.00
    # Convertible Debenture, No. D-001, between Company and Holder dated")
    r"|\bin settlement of (?:the|a|an)\b[^;]{0,160}\bdated\s+$",
    re.IGNORECASE,
)
#: An offering in tranches, each its own note: "a two-tranche convertible
#: bonds offer", "the two tranches" (not "the first two tranches" of one
#: note).
TRANCHES = re.compile(r"\b(?<!first )(?:two|three|dual)[- ]tranches?\b", re.IGNORECASE)
#: The notes an exchange offer takes: "the exchange offer for its 10%
#: convertible promissory notes due Oct. 14, 2008" (their rate and maturity
#: are not the new notes').
EXCHANGE_OFFER_FOR = (
    # ("revises again extends exchange offer for 10% convertibles")
    # ("its exchange offer for up to C$300 million of its 6% convertible
    # unsecured subordinated debentures due Dec. 15, 2006")
    r"(?:\bexchange\s+offer\s+for\s+(?:all\s+(?:of\s+)?|up\s+to\s+\S+(?:\s+(?:million|billion))?\s+of\s+)?"
    r"(?:(?:its|the|their|our)\s+)?(?:outstanding\s+|existing\s+)?"
    # ("exchange agreements ... with some holders of the subsidiary's
    # outstanding 5% convertible senior notes due 2025"; "Xeris to swap some
    # 5% convertibles due 2025 for new 8% notes")
    r"|\bexchange\s+agreements?\b(?:[^.;]|\.(?=\s\d)){0,120}\bholders\s+of\s+"
    r"(?:the\s+|its\s+|our\s+)?"
    # ("exchange agreements ... with certain holders of the Issuers' 8.000%
    # Senior Notes due 2020 (the “2020 Senior Notes”) and 6.625% Senior Notes
    # due 2021")
    r"(?:(?:[\w'’]+\s+)?(?:outstanding|existing)\s+|[\w]+['’]\s+)"
    r"(?:[^;()]{0,60}\([^()]{0,40}\)\s+and\s+)?"
    r"|\b(?:swap|exchange)\s+(?:some|all|part|a\s+portion)\s+(?:of\s+)?(?:its\s+|the\s+)?"
    # ("EXCHANGE AGREEMENT FOR $22.2 MILLION OF ITS 5.00% CONVERTIBLE SENIOR
    # NOTES")
    r"|\bexchange\s+agreements?\s+for\s+\S{0,4}\d[\d.,]*\s*(?:million\s+|billion\s+)?of\s+"
    r"(?:its|the\s+company['’]s|our)\s+(?:outstanding\s+|existing\s+)?)"
)
#: Older notes given up for the new ones, their face stated: "in exchange for
#: $176,551,000 principal amount of its" (their rate and maturity follow).
_GIVEN_UP_FOR = (
    r"\bin\s+exchange\s+for\s+\S{0,4}[\d.,]+\s*(?:million\s+|billion\s+)?(?:aggregate\s+)?"
    r"principal\s+amount\s+of\s+(?:its|our|the\s+company['’]s)\s+"
)
#: "principal", and its common misspelling "principle" ("a principle amount
#: of US$10.0 million", "the aggregate principle of the Note is $275,000").
_PRINCIPAL_WORD = "princip(?:al|le)"
#: An amount's equivalent in brackets, right after it: " (USD 365.0m)".
_AN_EQUIVALENT = re.compile(
    r"^\s*\(\s*(?:approximately\s+|approx\.\s+|or\s+)?(?:[A-Z]{3}\s?|[A-Z]{0,2}\$\s?|[£€¥])"
    r"[\d.,]+\s*(?:m|mn|bn|million|billion)?"
    # ("Ps. 283,533,200 (or $22,189,690, converted into U.S. dollars at an
    # exchange rate of 12.7777 Mexican Pesos per U.S. dollar), principal
    # amount": the rate of the conversion in the brackets too)
    r"(?:,\s+converted\s+into\s+[^()]{0,120})?\s*\),?",
    re.IGNORECASE,
)
#: The cents after a sum in words: "... Dollars and Twenty Eight Cents",
#: "... DOLLARS AND NO/100S".
_NO_CENTS = r"(?:\s+and\s+(?:no|[a-z0-9 -]{1,40}?)\s+cents|\s+and\s+no/100s?)?"
_PRINCIPAL_BEFORE = re.compile(
    (
        # ("The note carries a principal balance of $53,000")
        r"\b(?:note|debenture)s?\s+carr(?:y|ies)\s+a\s+principal\s+(?:balance|amount)\s+of\s*|"
        # "the principal amount of the Note is $32,000", "the face value of
        # the note is $110,000"
        # ("The face value of the convertible debt is $575,000")
        r"(?:(?:principal amount|face value|face amount|aggregate principal) of "
        # ("The principal amount of each Loan Note when issued shall be
        # GBP25,000")
        r"(?:(?:the|this|each) (?:[\w-]+ ){0,3}?(?:notes?|debentures?|debt)"
        # ("The aggregate principal amount of the convertible bonds is EUR 200
        # million"; not each bond's, a denomination: "The principal amount of
        # each Bond is Yen 1,000,000", nor what is left: "the outstanding
        # principal amount of the convertible bonds is $4.15 million")
        r"|(?<!outstanding principal amount of )(?<!remaining principal amount of )"
        r"(?:the|this) (?:[\w-]+ ){0,3}?bonds?)"
        r"\s+(?:when issued\s+)?(?:is|was|shall be|will be|equals)\s*|"
        # "The convertible note issued to Auctus was for a total of $2.4 million"
        # ("The CLN were for a total of US$15,875,000")
        r"(?:notes?|debentures?|clns?)\b[^$.]{0,40}\b(?:was|is|were|are) for (?:a total of|an aggregate of)\s*|"
        # "has issued convertible bonds totaling RMB 3.8 billion", "issued 10%
        # Convertible Notes due June 30, 2017 totaling $9.5 million" (not
        # "rolled their past due principal into the CP Notes totaling")
        # ("has resolved to issue a Convertible Bond 2/2023 totalling EUR
        # 3,375,568")
        # ("the Company issued convertible debt totaling $175,000")
        r"\bissued\s+convertible\s+debt\s+totall?ing\s*|"
        r"\b(?:issued|sold|to issue)\s+(?:[\w%.-]+\s+){0,4}(?:notes?|debentures?|bonds?)"
        # ("the Company issued convertible notes, totaling $300,000, to John
        # Fife")
        r"(?:\s+\d{1,2}/\d{4})?(?:\s+due\s+[\w ,]{4,24}?)?,? totall?ing\s*|"
        # the whole issue after an option: "the over-allotment option of US$
        # 10 million has been fully exercised, increasing the total issue
        # amount to US$ 60 million"
        # ("exercised their $200 million over-allotment option in full, bringing
        # the total issue size to $1.5 billion"; "lifting the total deal size
        # to $125 million")
        # ("completes the placement of the convertible bonds and increases the
        # issue amount to CHF 25 million")
        r"\b(?:increasing|bringing|lifting) the (?:total|aggregate|overall) (?:issue|offering|deal|principal)"
        r"(?: amount| size)? to\s*|\bincreas(?:es|ed) the (?:total |aggregate )?issue amount to\s*|"
        # ("The transaction amounts to a value of LKR 27.06 billion", of a
        # placement of convertible debentures)
        r"\bthe\s+(?:transaction|issue|placement)\s+amounts\s+to\s+(?:a\s+(?:total\s+)?value\s+of\s+)?|"
        # "including the convertible bond of SEK 215 million that Starbreeze
        # issued to Smilegate"
        r"\bconvertible\s+(?:bond|note|debenture|loan)\s+of\s*|"
        # ("a convertible note investment of $1.84 million from"; "draws down
        # a fourth tranche of convertibles of SEK 5 million")
        r"\bconvertible\s+(?:bond|note|debenture|loan)\s+investment\s+of\s*|\bconvertibles\s+of\s*|"
        # "issued 1,500 foreign currency convertible bonds (FCCBs) of
        # $1,00,000 each aggregating to $150 million"
        r"\b(?:notes|debentures|bonds|fccbs)\b[^.;]{0,50}\beach,?\s+aggregating(?: to)?\s*|"
        # ("closed the issue of its Foreign Currency Convertible Bonds
        # aggregating US$ 125 million on January 17, 2008")
        r"\bconvertible\s+(?:bonds|notes|debentures)\s+aggregating(?: to)?\s*|"
        # ("has successfully closed the issue of its FCCBs aggregating $50
        # million")
        r"\b(?:closed|completed)\s+the\s+(?:issue|issuance|offering)\s+of\s+(?:its|the)\s+(?:[\w-]+\s+){0,3}"
        r"(?:notes|debentures|bonds|fccbs)\s+aggregating(?: to)?\s*|"
        # ("to subscribe to convertible bonds due in 2017, aggregating to $19
        # million")
        r"\b(?:notes|debentures|bonds)\b[^.;$]{0,40},\s+aggregating(?: to)?\s*|"
        # ("The company has issued zero coupon FCCBs aggregating USD
        # 22,182,000 to Goldman Sachs International"; "closed the re-issue of
        # its Foreign Currency Convertible Bonds (FCCB) aggregating to USD
        # 22.182 million")
        # (not "approved the terms ... for issue of FCCBs aggregating to $30
        # million in two equal tranches")
        r"\b(?:issued|re-issue\s+of)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:notes|debentures|bonds|fccbs?)"
        r"(?:\s*\([a-z]{2,6}\))?\s+aggregating(?: to)?\s*|"
        # ("a convertible note payable agreement with Mont-Saic Investments
        # LLC which provided for borrowings of $1,700,000")
        r"\bwhich\s+provid(?:es|ed)\s+for\s+borrowings\s+of\s*|"
        # "to issue convertible bonds worth 20 billion won"
        # ("the issuance of Foreign Currency Convertible Bonds (FCCBs) worth USD
        # 10 million")
        r"\b(?:issue|issued|issuance of|sell|sold)\s+(?:[\w%.-]+\s+){0,4}(?:notes|debentures|bonds)"
        r"(?:\s*\([a-z]{2,6}\))? worth\s*|"
        # (not "a series of foreign currency convertible bonds (FCCBs) worth
        # USD 242.57 million in 2012": several issues' total)
        r"\b(?<!series of )(?<!series of foreign currency )(?:foreign currency )?"
        r"convertible bonds\s*\(fccbs\)\s+worth\s*|"
        # ("has launched a foreign currency convertible bonds (FCCBs) issue
        # worth $60 million")
        r"\b(?:notes|debentures|bonds)\s*(?:\([^)]{0,20}\)\s*)?issue\s+worth\s*|"
        # a term sheet's "Aggregate principal amount offered: $150 million"
        r"aggregate principal amount offered:\s*|"
        # a Taiwanese pricing notice's "Total amount of the issue: US$ 150
        # million"
        r"\btotal amount of the issue:\s*|"
        # "The amount of new convertibles to be issued is A$110.2 million"
        r"\bamount of (?:the )?new (?:[\w%.-]+ ){0,2}(?:notes|bonds|debentures|convertibles) "
        r"to be issued (?:is|will be)\s*|"
        # ("publicly issued 7500000 convertible corporate bonds ... with a face
        # value of 100 yuan each and a total issuance amount of 750000000
        # yuan")
        r"\b(?:a|the)\s+total\s+(?:issuance|issue)\s+(?:amount|size)\s+(?:of|is|was)\s*|"
        # ("the pricing of its offering of bonds due 2014 ... The final size
        # of the offering is EUR110 million")
        r"\bthe\s+final\s+size\s+of\s+the\s+(?:offering|issue)\s+(?:is|was)\s*|"
        # ("With a final transaction size of 1.1 billion euros, our
        # expectations have clearly been exceeded"; "The final deal size was
        # $254.4 million")
        r"\b(?:a|the)\s+final\s+(?:transaction|deal)\s+size\s+(?:of|was|is)\s*|"
        # "for a total convertible note of $274,000"
        r"for a total (?:(?:convertible|promissory|secured)\s+)*(?:note|debenture) of\s*|"
        # "a two (2) year Promissory Note with a non-related creditor for
        # $13,000"; "a convertible promissory note agreement with an investor
        # for $20,000"
        # ("a convertible promissory note payable to an institutional investor
        # ("investor") for $42,500")
        # ("a Convertible Promissory Note Agreement (the “Convertible
        # Promissory Note Agreement”) with Samyang for $2,000,000 cash"; "a
        # convertible note payable agreement with two unrelated parties of the
        # Company for a total of $5,000,000")
        # ("a convertible debt agreement with Mill City Ventures for
        # $500,000")
        r"(?:notes?|debentures?|convertible debt)(?: payable)?(?: agreement)?(?:\s*\([^)]{0,60}\))? (?:with|to) "
        # ("a convertible promissory note (“Promissory Note”) with Red Cat
        # Holdings, Inc. for $2.0 million": a legal form's stop)
        r"(?:[^$.]|(?<=inc)\.|(?<=ltd)\.|(?<=corp)\.|(?<=co)\.){0,70}\bfor\s*(?:a total of\s*)?|"
        # "The 7% Convertible Debentures were issued in August 2016 for US$65m"
        r"\b(?:notes?|debentures?|bonds?)\s+(?:was|were)\s+issued\s+(?:in|on)\s+[^$.;]{1,30}\bfor\s*|"
        # "with a principal (“face”) value of $2,500,000"
        r"principal\s*\(\s*[\"“]face[\"”]\s*\)\s*value of\s*|"
        # ("the Company issued a convertible bond to Hanmi with a par value of
        # $7.0 million")
        r"\bissued an?\s+(?:[\w-]+\s+){0,2}(?:bond|note|debenture)\s+to\s+[^$.;]{1,40}?\s+"
        r"with\s+an?\s+(?:par|face|nominal)\s+value\s+of\s*|"
        # "has committed to make a convertible loan to Titan of €550,000"
        r"\b(?:make|made|provide|provided|extend|extended)\s+an?\s+(?:[\w-]+\s+){0,2}loan to\s+"
        r"[^$.;]{1,30}\bof\s*|"
        # "invested $101,000 via a one year convertible note" (before "via")
        # "their loan amounted to $350,000"; "at par ($230 million)"
        r"loan amounted to\s*|\bat par \(\s*|"
        # ("announced today the conclusion of the convertible debentures
        # issuance of R$320 million")
        r"\bconvertible\s+(?:notes|debentures|bonds)\s+(?:issuance|issue)\s+of\s*|"
        # "The bond has a value of EUR 4.05 million"; "The subscription has
        # now been completed and amounts to SEK 171 400 000"
        r"\b(?:bond|note|debenture|loan)s?\s+(?:has|have)\s+an?\s+(?:total\s+|nominal\s+|face\s+)?"
        r"value of\s*|"
        # ("a) The New Issue amounts to €100,000,000 and due 25 April 2018")
        r"\b(?:the|its)\s+(?:new\s+)?(?:subscription|issue|bond|loan)\s+(?:has\s+now\s+been\s+completed\s+and\s+)?"
        r"amounts\s+to\s*|"
        # "the original principal balance is $750,000"; "an aggregate principal
        # value of"; "a convertible debenture of USD $2,000,000"; "for an
        # amount of"; "for the amount of"; "agrees to advance USD $100,000";
        # "The Company promises to pay to the Buyer $500,000"
        # ("The Debenture Principal Amount shall be $30,000")
        r"principal (?:amount|balance) (?:is|was|shall be|will be)\s*|principal value of\s*|"
        # ("The 21st series CB was issued on September 28, 2020, with a total
        # value of 5.01 billion KRW")
        r"\bissued\s+on\s+[^.;$]{4,30},\s+with\s+a\s+total\s+value\s+of\s*|"
        # ("convertible loans with a nominal total of SEK 23 million")
        r"\bnominal total of\s*|"
        r"debentures? of\s*|"
        # "The principal balance of the Atalaya Note was $8,434,605"
        r"principal balance of (?:the|this) (?:[\w-]+ ){0,3}?(?:note|debenture)\s+(?:is|was)\s*|"
        # "a Convertible Loan Agreement for GBP 95,000"; "a convertible note
        # agreement of $200,000"
        r"(?:note|loan|debenture) agreement (?:for|of)\s*|"
        # a note's face: "Principal: U.S. $13,107,980.03"
        r"^\W*principal:\s*|(?<=\s)principal:\s*|"
        # ("ISSUANCE DATE December 31, 2002" then "AMOUNT $5,000,000.00")
        r"^\W*amount:?\s*|"
        # a term sheet's size: "Quantum US$230,000,000"
        r"^\W*(?:quantum|issue size):?\s*|"
        # ("the Company has agreed to borrow an amount of £2,500,000")
        # ("entered into an agreement to borrow $176,000 in conjunction with
        # an unsecured convertible promissory note")
        r"for (?:an|the) amount of\s*|\b(?:agreed|an agreement) to borrow(?: an amount of)?\s*|"
        r"advances?\s+|promises? to pay\b[^$.]{0,60}|"
        # ("entered into a Convertible Promissory Note totaling $1,087,000")
        r"\bentered into an?\s+(?:[\w-]+\s+){0,3}(?:note|debenture)\s+totall?ing\s*|"
        # ("nine (9) Mandatory Convertible Bond Series I ... with a nominal
        # value of Rp 100,000,000,000 per bond or totaling to")
        r"\bper\s+(?:bond|note|debenture)\s+or\s+totall?ing(?:\s+to)?\s*|"
        r"notes? payable (?:of|for)\s*|in an amount of\s*|"
        # "Original Principal Amount: $333,000"; "Loan Amount (Principal):"
        # ("Principal Amount of Note:  $500,000")
        # ("Principal amount - $210,000.": a term sheet's dash)
        # ("Aggregate Principal Amount Offered | $150,000,000": a term sheet's
        # row)
        r"principal amount(?: of (?:the )?(?:note|debenture))?(?:\s*[:\u2013\u2014-])?|"
        r"\baggregate principal amount offered\s*[:|]\s*|"
        # ("in a principal loan amount of US $1,000,000")
        r"\bprincipal loan amount of\s*|"
        r"principal sum:?|principal balance|principal amount and gross proceeds of\s*|"
        # ("Note Amount: | US$ 500,000.00"; "The principal of the note is
        # $240,135"; "The principal value of the Note was $60,000")
        r"\bnote amount\s*:|\bprincipal (?:value )?of (?:the|this) (?:[\w-]+ ){0,2}?note (?:is|was)\s*|"
        # ("The principal amount due under the promissory note was $220,000")
        r"principal amount due under (?:the|this) (?:[\w-]+\s+){0,2}note (?:was|is)\s*|"
        # ("The note was for a sum of $47,500")
        r"\bnote was for a sum of\s*|"
        # ("The FCCBs amount to $100 million"; not "amounted to", a balance's
        # words)
        r"\b(?:fccbs?|bonds|notes|debentures)\s+(?:will\s+)?amount\s+to\s*|"
        # ("The amount of Convertible Bond 2021/1 is EUR 650,000."; "The amount
        # of the convertible secured promissory note was $225,000")
        # ("The total amount of the loan is USD 300,000.00")
        r"\bthe (?:total )?amount of (?:the\s+)?(?:(?:convertible|secured|unsecured|promissory)\s+){0,3}"
        r"(?:bond|note|loan)\b(?:\s+\d{4}/\d+)?\s+(?:is|was)\s*|"
        # ("a convertible note with a face value totaling $10,000")
        # (not a share's: "The shares have face value of KRW 500")
        # (nor "per equity share with a face value Rs 2 each")
        r"(?<!shares have )(?<!share has a )(?<!share has )(?<!share with a )(?<!shares with a )"
        r"face (?:amount|value)(?: of| totall?ing)?:?|"
        r"loan amount(?:\s*\(principal\))?:|"
        r"principal of|in the amount(?: of)?|notes? for|debentures? for|note of|"
        # ("an offering of five-year, zero coupon, yen-denominated foreign
        # currency convertible bonds (FCCBs) for yen 9.30 billion")
        r"\b(?:bonds|fccbs?)(?:\s*\([^()]{1,12}\))?\s+for\s*|"
        # "a secured convertible promissory note in the sum of $600,000"
        r"(?:notes?|debentures?) in the sum of|"
        # "resulting in a principal obligation of $172,217"
        r"principal obligation of|"
        # "the Company will issue to Asher convertible notes of $37,100" (not
        # "received proceeds on convertible notes of $466,000")
        r"\b(?:issue|issued|sell|sold)\b[^$.;]{0,40}\bnotes of|"
        # ("borrowed from the Lender the sum of $2,500,000")
        # (not "along with applicable interest amounting to $190,509.73")
        # ("borrowed from Asher Enterprises, Inc. $83,500, less $3,500")
        r"borrowed(?: gross proceeds of| from [^$.;]{1,40}? the sum of"
        r"| from (?:[a-z][\w&.'-]*,?\s+){1,6}(?:inc|llc|l\.?p|ltd|corp)\.?,?\s*)?"
        r"|(?<!interest )amounting to|(?:in )?the total amount of|"
        r"in (?:the )?aggregate (?:amount )?of|(?:total )?(?:nominal|notional) (?:amount|value) of|"
        r"loans? of|loans? in the amount of|lend(?:s|ed)? (?:to )?(?:the company )?|"
        # ("Creditor did loan to the Company the sum of $5,250,553.92")
        # ("has advanced to the Company, $100,000")
        r"(?:loaned|advanced|loan) (?:to )?(?:the company,? )?(?:the sum of\s*)?|"
        # "the sum of Five Hundred Thousand Dollars ($500,000)"; "a
        # Twenty-Five Thousand Dollar ($25,000) Convertible Promissory Note"
        # ("ONE MILLION FIVE HUNDRED THOUSAND DOLLARS And No Cents ($1,500,000)")
        # ("the principal sum of One Million Six hundred Thousand Dollars U.S.
        # ($1,600,000)")
        # ("... Dollars and Twenty Eight Cents ($443,123.28)")
        # ("ONE MILLION TWO HUNDRED THOUSAND DOLLARS AND NO/100S
        # ($1,200,000.00)")
        r"(?:sum|amount|total) of [a-z0-9/ .-]*dollars(?:\s+u\.s\.)?"
        + _NO_CENTS
        + r"\s*\(\s*"
        r"(?:u\.s\.\s*)?|(?:in )?the aggregate sum of|"
        # "the principal sum of ONE HUNDRED AND FIFTY THOUSAND ($150,000)"
        # ("the sum of two hundred twenty thousand ($220,000)")
        # ("the principal sum of THIRTY THOUSAND AND NO/00 ($30,000) DOLLARS")
        r"principal (?:sum|amount) of [a-z -]{3,120}(?:no/1?00\s*)?\(\s*|\bthe sum of [a-z -]{3,120}\(\s*|"
        # "with a principal amount equal to $5,000,000"
        r"(?:principal|face) amount equal to\s*|"
        r"\ban? [a-z-]+ (?:thousand|million) dollars?\s*\(\s*|"
        # ("bonds with an aggregate par value of Euro 28.8 million")
        # (a table's label cell: "Loan Amount: | US$ 1,100,000")
        r"aggregate amount of|original amount of|aggregate par value of|"
        # a list item about the notes: "· 4 year convertible loan notes
        # totalling GBP 597,805"
        r"^\W*(?:\d+[- ]years?\s+)?(?:[\w%.-]+\s+){0,3}?convertible\s+(?:loan\s+)?notes\s+"
        r"totall?ing)\s*(?:\|\s*)?(?:of\s*)?(?:up to\s*)?"
        r"(?:an aggregate of\s*)?"
        r"(?:approximately\s*)?$"
    ).replace("principal", _PRINCIPAL_WORD)
)
#: A note agreement with a party, then its total: "entered into a convertible
#: note agreement with Mr. Charles Markovic, CFO, totaling $100,000".
_AGREEMENT_TOTALING = re.compile(
    r"\bentered into an?\s+(?:[\w-]+\s+){0,3}(?:note|debenture) agreement with\b"
    r"[^$;]{0,60},\s+totall?ing\s*$"
)
#: After the amount (a bracketed equivalent may come first): "principal
#: amount", "convertible (loan) note", "of 4.55% Convertible Senior Notes",
#: "in debentures", "FOR VALUE RECEIVED".
#: After an amount, the convertible part of a financing: "financing up to
#: SEK75m, of which SEK25m is a convertible loan".
#: An amount notes were issued for: "The first £425,000, which has been
#: received by the Company, has been provided via the issue of loan notes".
_PROVIDED_BY_AN_ISSUE = re.compile(
    r"\s*,?\s*(?:which\b[^,;]{0,60},)?\s*(?:has\s+been|was|is)\s+(?:provided|funded|advanced)\s+"
    r"(?:via|by|through)\s+(?:the\s+|an?\s+)?(?:issue|issuance)\s+of\s+(?:[\w-]+\s+){0,3}"
    r"(?:notes|debentures|bonds)\b",
    re.IGNORECASE,
)
IS_A_CONVERTIBLE = r"(?:is|was)\s+an?\s+convertible\s+(?:loan|note|bond|debenture)\b"
_PRINCIPAL_AFTER = re.compile(
    (
        # ("Five Hundred Thousand U.S. Dollars and No Cents (USD$500,000.00)
        # principal amount": the bracket's close first)
        # (and a cover's logo between: "$410,000,000 [AGERE SYSTEMS LOGO] 6.5%
        # CONVERTIBLE SUBORDINATED NOTES DUE 2009")
        r"^\s*(?:\)\s*(?=(?:aggregate\s+)?principal amount\b))?(?:\([^)]{0,40}\)\s*)?"
        r"(?:\[[^\]]{0,40}\blogo\]\s*)?(?:"
        r"for value received|"
        # ("computed as follows: $170,000.00 original principal balance, less
        # the OID")
        r"original\s+principal\s+balance\b|"
        # (a prospectus cover's: "$100,000,000 (aggregate principal amount)")
        r"\(\s*(?:aggregate\s+)?principal\s+amount\s*\)|"
        # ("to make available a further \u00a388,000 by way of the
        # subscription for Convertible Loan Notes")
        r"by way of (?:the |a )?subscription for\s+(?:[\w-]+\s+){0,3}?convertible\s+"
        r"(?:loan\s+)?(?:notes|bonds|debentures)\b|"
        # "to issue a further £109,987 nominal of the Notes"
        # ("RM209.7 million nominal value of RCULS")
        # ("RIGHTS ISSUE OF RM177,341,650 NOMINAL VALUE OF 2% 10-YEAR
        # IRREDEEMABLE CONVERTIBLE UNSECURED LOAN STOCKS"; not "ON THE BASIS
        # OF RM0.525 NOMINAL VALUE OF ICULS (...) FOR EVERY ONE (1) ORDINARY
        # SHARE": each holder's entitlement)
        # ("the issue of \u00a391,000 in nominal amount of convertible
        # unsecured loan stock")
        r"(?:in\s+)?nominal\s+(?:value\s+|amount\s+)?of\s+(?:the\s+)?(?:[\w%-]+\s+){0,5}?"
        r"(?:notes|bonds|debentures|[ir]?culs|loan\s+stocks?)\b(?!(?:[^.;]|\.(?=\d)){0,60}\bfor\s+every\b)|"
        # "the offering of $55,200,000, in the aggregate, of the Company's
        # 8.50% Senior Notes due 2026"
        r",?\s*in the aggregate,\s*of\s+(?:the|our|its)\s+(?:company['’]s\s+)?"
        r"(?:[\w.%-]+\s+){0,4}(?:notes|debentures|bonds)\b|"
        # "received aggregate proceeds of $3,472,000, representing the face
        # value of the Senior Notes"
        r",?\s*representing the (?:aggregate\s+)?(?:face value|face amount|principal amount)\b|"
        # ("$20.0 million in original aggregate principal amount of"; "priced
        # $1.25 billion of aggregate principal amount of")
        r"of\s+(?:original\s+)?aggregate\s+principal amount|"
        # ("$70.7 million in an aggregate principal amount of 8.50% senior
        # unsecured convertible notes")
        # ("$200 million in aggregate initial principal amount of 0.00% green
        # exchangeable senior notes")
        # ("sale by us to Deerfield of $65.0 million of principal amount of
        # 4.0% unsecured senior convertible notes")
        r"(?:in\s+|of\s+(?=principal amount of\b))?(?:an?\s+(?=aggregate\b))?(?:original\s+)?"
        r"(?:aggregate\s+)?(?:original\s+|initial\s+)?"
        # ("a $1,100,000 face-amount note")
        r"(?:principal amount|face[- ]amount|face[- ]value"
        # ("$500 million worth of new 2.00 percent convertible senior notes")
        # (not "the $75,000 principal reduction payment under the Company's
        # Mortgage Loan")
        r"|principal(?!\s+(?:reductions?|re?payments?|prepayments?|pay-?downs?)\b))"
        # ("£340,000 Notes were issued by the Company on 2 July 2020")
        r"|(?:notes|debentures|bonds)\s+were\s+issued\s+by\s+the\s+company\b"
        # ("CHF 350 million convertibles to yield 1.625%")
        # ("completed a HK$2.33 billion ($300 million) exchangeable by Shanghai
        # Industrial Investment Treasury")
        r"|convertibles\b|exchangeables\b|exchangeable\s+by\b"
        # ("announced the issue of HK$1.55 billion of three-year
        # convertibles"; not "of the convertibles", a part of them)
        r"|of\s+(?:new\s+)?(?:[a-z]+|\d+)-year\s+convertibles\b"
        # (the French names for convertible bonds: "a €500 million Ornane",
        # "€250 million of OCEANEs")
        r"|(?:of\s+)?(?:[\w./-]+%?\s+){0,3}(?:oceanes?|ornanes?)\b"
        # ("priced a $300 million convertible after Asian market closed"; "A
        # $225 million convertible by Taiwan's largest LCD monitor
        # manufacturer": the noun)
        r"|convertible(?=\s+(?:after|by|with|that|which|was|is)\b)"
        # ("raise $60 million by way of foreign currency convertible bonds";
        # "raised USD 25 million by way of issuing Foreign Currency
        # Convertible Bonds")
        # (not "by way of issuance of convertible notes", which the rule for
        # an issue names)
        r"|by\s+way\s+of\s+(?:issuing\s+)?(?:(?!issuance\b|issue\b|the\b)[\w-]+\s+){0,4}"
        r"convertible\s+(?:bonds|notes|debentures)\b"
        # ("raising €22.5 million in nominal value through 225 bonds")
        r"|in\s+nominal\s+value\s+(?:through|by way of|via)\s+(?:the\s+issue\s+of\s+)?(?:[\d,]+\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:notes|bonds|debentures)\b"
        # ("US$20 million of 6 7/8% Convertible Senior Subordinated Notes")
        # ("USD 4,20,00,000, 7.25% unsecured Foreign Currency Convertible
        # Bonds"; "N4 billion, 12 per cent unsecured convertible debenture
        # stock")
        r"|(?:,\s*(?=\d[\d./]*\s?(?:%|per\s?cent\b|percent\b)))?(?:worth\s+)?(?:of\s+)?(?:new\s+)?"
        r"(?:(?!respectively\b)[\w./-]+%?,?\s+){0,3}"
        # "8% Original Issue Discount Senior Secured Convertible Debenture"
        # ("its £387.4 million offering of guaranteed senior unsecured unrated
        # convertible bonds")
        # ("€1,300,000,000 6.125 per cent. Guaranteed Subordinated Mandatory
        # Convertible Bonds due 2016"; "a new $402.5 million senior unsecured
        # five years 2.75% convertible bond": a term or rate after them)
        r"(?:(?:(?:senior|secured|unsecured|subordinated|unsubordinated|guaranteed|unrated"
        r"|original issue discount|foreign currency|mandatory|perpetual|redeemable|unlisted"
        r"|listed),?\s+)+"
        r"(?:(?!respectively\b)[\w./-]+%?,?\s+){0,3}?){0,2}"
        # ("$75 million of 5.875% exchangeable senior notes"; "€400 million
        # non-dilutive equity-linked bonds")
        # ("€300,000,000 1.25 per cent. Equity Linked Bonds due 2018")
        # ("a NKr 120 million convertible, non-transferable loan")
        r"(?:convertible|exchangeable|equity[- ]linked|promissory)(?:,?\s+[\w-]+,?){0,2}\s+"
        # ("a NOK 200 million convertible loan to Alginor"; not a facility's
        # limit)
        # ("$5.25 million of subordinated convertible debt securities")
        # ("€75 million of perpetual subordinated convertible securities")
        r"(?:notes?|debentures?|bonds?|debt securities|(?<=convertible )securities"
        r"|loan\b(?!\s+(?:facility|agreement)))\b|"
        # "completed a fundraising of £1,000,000 (the "Fundraising") by the
        # issue of convertible loan notes"
        # ("raised £100,000 for working capital purposes through the issue of
        # convertible unsecured loan notes")
        # ("raised GBP1,800,000 (before expenses) by way of the issue of
        # 1,800,000 convertible redeemable unsecured loan notes"; "raised
        # £620,000 through the issuance of CLNs")
        r"(?:\([^)]{0,40}\)\s*)?(?:for\s+[\w ]{1,40}?\s+)?(?:by|through) "
        r"(?:the|way of(?: the)?) issue of\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,4}(?:loan\s+)?notes\b|"
        r"through\s+the\s+issu(?:e|ance)\s+of\s+(?:[\w-]+\s+){0,3}clns\b|"
        # ("The company has raised US$700 million through the corporate bond
        # offering", in a text about its convertible bonds)
        r"through\s+the\s+(?:corporate\s+|overseas\s+)?bond\s+offering\b|"
        # ("raised £1,434,000 of finance by way of the issue of convertible
        # unsecured loan notes"; "£150,000 is being raised via the issuance of
        # new convertible loan notes"; "new funding of £200,000 from Mr Trevor
        # Brown by way of an unsecured convertible loan note instrument")
        r"(?:of\s+(?:new\s+)?(?:finance|funding)\s+|(?:is|are)\s+being\s+raised\s+)"
        r"(?:by|through|via)\s+(?:way of\s+)?the\s+(?:issue|issuance)\s+of\s+"
        r"(?:[\w-]+\s+){0,3}(?:loan\s+)?notes\b|"
        r"from\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?(?:[\w.'-]+\s+){1,4}?by\s+way\s+of\s+an?\s+"
        r"(?:[\w-]+\s+){0,3}convertible\s+loan\s+notes?\b|"
        # "purchase US$410,000, at face value, of secured convertible notes"
        r",\s*at face value,\s*of\s+(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds)\b|"
        # ("the sale of $2.455 billion in 5.75 percent senior notes")
        r"in\s+(?:\w+\s+|\d[\d.]*\s?(?:%|percent|per\s?cent)\s+){0,2}(?:notes|debentures|bonds)\b|"
        # ("a private placement ... of $2,576,908.25 of debentures convertible
        # at the option of KWG into units")
        # ("$400 million of 1.25% senior notes convertible under certain
        # circumstances into Harman common stock")
        r"of\s+(?:[\w.%-]+\s+){0,2}(?:notes|debentures|bonds)\s+(?:convertible|exchangeable)\b|"
        # ("launches another $2.5 billion bond exchangeable into its holdings
        # of Vodafone"; "a 200 million-euro ($271 million) bond exchangeable
        # into Pirelli shares")
        r"(?:[\w-]+\s+){0,2}(?:bonds?|notes?|debentures?)\s+exchangeable\s+(?:into|for)\b|"
        # ("it has raised USD330,000 after issuing the new loan note")
        r"(?:after|by|through)\s+issuing\s+(?:the\s+|an?\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}"
        r"(?:notes?|debentures?|bonds?)\b|"
        # "Teewinot invested US$250,000 in the Registrant in the form of a
        # 12% Senior Convertible Note"
        r"(?:in (?:the registrant|the company|us)\s+)?in the form of an?\s+"
        r"(?:[\w%.-]+\s+){0,4}(?:note|debenture)\b|"
        # "of which we have paid $500,000 through the delivery of a
        # promissory note"
        r"(?:through|by) the (?:delivery|issuance) of an?\s+(?:[\w-]+\s+){0,3}"
        r"(?:note|debenture)\b|"
        # "£5.5 million advanced to the Company on 16 August 2019"
        r"advanced to (?:the company|us)\b|" + IS_A_CONVERTIBLE + r"|"
        # ("the pricing of $300 million, 3.50% convertible senior notes")
        r",\s*\d[\d.]*\s?%\s+(?:[\w-]+\s+){0,3}(?:convertible|exchangeable)\s+(?:\w+\s+){0,2}"
        r"(?:notes|debentures|bonds)\b|"
        # "originally issued C$20 million of the convertibles"
        # (not "to accept A$100 million to A$110 million of the existing
        # convertibles")
        r"of\s+(?:the|its|our)\s+(?!existing\b|old\b)(?:[\w.%-]+\s+){0,2}convertibles\b|"
        # "a HK$1.5 million (equivalent to $192,308) loan bearing interest"
        r"loan\s+bearing\b|"
        # a note's defined name right after it: "which sets the loan balance
        # at GBP2.5 million (the "Loan Notes")"
        r"\(\s*the\s+[\"“](?:[\w-]+\s+){0,2}(?:notes|debentures|bonds)[\"”]\s*\)|"
        # (the Israeli form: "issued NIS 135,000,000 par value of debentures
        # (Series E)")
        r"par value (?:of\s+)?(?:[\w-]+\s+){0,2}(?:debentures|bonds|notes)\b|"
        # "a $400,000 initial tranche of a $1.58 million private placement"
        r"(?:initial|first)\s+tranche\b)"
    ).replace("principal", _PRINCIPAL_WORD)
)


_OFFERING_OF_CONVERTIBLES = re.compile(
    # an offering's size before its kind and defined name: "a $50 million
    # bought-deal financing (the "Convertible Debenture Financing") of
    # convertible unsecured subordinated debentures"; "its $450M private
    # offering of 2.25% convertible senior notes"; "$30 Million Offering of
    # Series E Convertible Redeemable Unsecured Subordinated Debentures"
    # (not the means of a raise: "to raise HK$46 million through the
    # placement of convertible bonds")
    r"^\s*(?:(?!through\b|via\b|by\b|from\b|in\b|the\b|an?\b)[\w-]+\s+){0,2}"
    r"(?:offering|financing|placement)\s+"
    r"(?:\((?:the\s+)?[\"“][^\"”]{1,50}[\"”]\)\s*)?of\s+"
    r"(?:(?!units?\b|shares?\b|common\b|and\b|or\b|warrants?\b|the\b|its\b)[\w./-]+%?,?\s+){0,4}"
    r"(?:convertible|exchangeable)\s+(?:[\w-]+\s+){0,4}?(?:notes|debentures|bonds)\b"
    # (not an offering of notes and warrants together)
    r"(?!\s+and\s+(?:[\w-]+\s+){0,3}warrants\b)"
)


def _face_amount(left: str, right: str) -> bool:
    """The amount a note's face states, beside its title or its date."""
    title = rx.search(
        r"\b(?:promissory|convertible|secured)\s+(?:note|debenture)\s*$", left
    )
    dated = rx.search(r"\b(?:19|20)\d{2}\s*\|?\s*$", left)
    return bool(
        (title and rx.match(rf"^\s*\|?\s*{_MONTH_WORDS}", right, re.IGNORECASE))
        or (
            dated
            and rx.match(
                r"^\s*\|?\s*this\s+(?:[\w-]+\s+){0,4}(?:note|debenture)", right
            )
        )
        or (dated and rx.match(r"^[^.$]{0,60}\bfor value received", right))
        # ("US$1,505,192.55 Date: September 30, 2019")
        or (
            not left.strip()
            and rx.match(rf"^\s*\|?\s*date:\s*{_MONTH_WORDS}", right, re.I)
        )
    )


def _another_amount(before: str, right: str) -> bool:
    """An amount the words around it give another role: the investor's note,
    a balance at a date, interest, a part of the debt, a note redeemed."""
    # "a secured promissory note payable by the Investor to the Company (the
    # "Investor Note") in the principal amount of $8,800,000": the note the
    # holder gave the company to pay for this one
    if rx.search(_INVESTOR_NOTES + r"[\"”)\s]{0,4}[^$.;]{0,40}$", before.lower()):
        return True
    # a balance at a date: "The principal balance was $2,000 as of June 30,
    # 2018"
    if rx.match(
        rf"^\s*,?\s*(?:as of\s+(?:{_MONTH_WORDS}|\d)|at\s+{_MONTH_WORDS})",
        right,
        re.IGNORECASE,
    ):
        return True
    # interest: "incurred interest charges of $15,948"; "A one-time interest
    # charge of $7,757"; "interest expenses were US$15.4 million"
    if rx.search(
        r"\binterest (?:charges?|expenses?)\s+(?:of|were|was|amounted to)?\s*$",
        before[-60:],
        re.IGNORECASE,
    ):
        return True
    # an advance under a credit line: "Investors Fiduciary, LLC loaned $75,000
    # to the Company under the existing credit line"
    if rx.match(
        r"^\s*(?:to the company\s+)?under (?:the|an|its) (?:existing )?(?:credit line|line of credit|"
        r"credit facility|revolving)",
        right,
    ):
        return True
    # a part of the debt: "A total of $16,048,939 in principal from the
    # convertible debt noted above is convertible"
    if rx.match(r"^\s*in principal from\b", right):
        return True
    # a note redeemed or repaid: "to redeem the convertible loan of S$1.95
    # million on the listing date"
    return (
        rx.search(
            r"\b(?:redeem|redeemed|repay|repaid|retire|retired)\s+(?:the|its|a|an)\s+"
            r"(?:[\w-]+\s+){0,2}(?:loan|note|debenture|bond)s?\s+(?:of|in the amount of)\s*$",
            before,
            re.IGNORECASE,
        )
        is not None
    )


#: The whole issue's size after an exercised option: "raising the issue size
#: to $500 million"; "resulting in a total deal size of $300 million".
WHOLE_ISSUE_SIZE = (
    r"\b(?:raising|increasing|bringing|lifting)\s+the\s+(?:issue|offering|deal)\s+size\s+to\b"
    # ("exercised their over-allotment option in full ..., increasing the
    # size of the issue to €1 billion")
    r"|\b(?:raising|increasing|bringing|lifting)\s+the\s+size\s+of\s+the\s+(?:issue|offering|deal)\s+to\b"
    r"|\bresulting\s+in\s+a\s+total\s+(?:issue|offering|deal)\s+size\b"
)


#: An offering's size raised before it is issued, then its final size: "to
#: raised the size of the bond from $200 million to $215.8 million"; "its
#: five-year convertible note offering has been upsized to US$1.5 billion"
#: (not a headline's "increases debenture offering to CAD$950k", an offering
#: still open).
_AN_OFFERING_RAISED_TO = re.compile(
    r"\bsize\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:bonds?|notes?|debentures?|offering|issue)\s+"
    r"from\s+\S{0,5}\d[\d,.]*(?:\s+(?:million|billion))?\s+to\s*$"
    r"|\b(?:notes?|bonds?|debentures?|convertibles?)\s+offering\s+(?:has\s+been\s+|was\s+|is\s+)?"
    r"(?:upsized|increased)\s+to\s*$"
    rf"|(?:{WHOLE_ISSUE_SIZE})(?:\s+of)?\s*$",
    re.IGNORECASE,
)


def _a_changed_or_summed_amount(before: str, left: str, right: str) -> bool:
    """An amount the note was changed to later or left after conversions, or
    a period's issues together: not what the note was issued for. ``before`` is the sentence
    up to the amount, ``left`` its last words in lower case."""
    # (not an offering's size raised before it is issued: "to raised the
    # size of the bond from $200 million to $215.8 million")
    if _AN_OFFERING_RAISED_TO.search(before[-200:]):
        return False
    # an amount changed later: "Effective August 31, 2016, the Company
    # increased the amount of the unsecured loan to $197,358"
    # ("to increase the principal amount outstanding under the Original
    # Esenjay Note from $750,000 to $1,400,000")
    if (
        rx.search(
            r"\b(?:increased|decreased|reduced|raised)\b[^$.;]{0,60}\bto\s*$", left
        )
        or rx.search(
            r"\b(?:increase|decrease|reduce)[sd]?\b[^.;]{0,80}\bfrom\s+\S{0,5}\d[\d,.]*"
            r"(?:\s+(?:million|billion))?\s+to\s*$",
            before[-200:],
            re.IGNORECASE,
        )
    ) and not rx.search(r"\bprincipal amount\b", right):
        return True
    # ("amended and restated the terms of the Convertible Notes ... to change
    # the principal amount of the Convertible Notes to an aggregate principal
    # amount of $5,000,000")
    if rx.search(
        r"\bto\s+change\s+the\s+principal\s+amount\b[^$.;]{0,80}\bto\s+(?:an?\s+)?"
        r"(?:aggregate\s+)?(?:principal\s+amount\s+of\s*)?$",
        before[-200:],
        re.IGNORECASE,
    ):
        return True
    # (a headline's amount after the change: "Cash Systems amends
    # convertible notes, now in principal of $22 million")
    if rx.search(
        r"\bamend\w*\b[^.;]{0,60}\bnow\s+(?:in\s+)?(?:a\s+)?principal\s+(?:amount\s+)?of\s*$",
        left,
    ):
        return True
    # the size before an upsizing: "the Notes Offering was upsized from an
    # aggregate principal amount of US$100.0 million"; "The size of the
    # offering was increased from the previously announced $300 million
    # aggregate principal amount"; "The size of the transaction was increased
    # from the previously announced aggregate principal amount of $150 million"
    # ("has increased its previously announced offering of $75 million
    # aggregate principal amount ... to $150 million")
    if rx.search(
        r"\bupsized\s+from\b[^$.;]{0,60}$"
        r"|\b(?:increased|upsized|expanded)\s+(?:its|the)\s+(?:previously\s+announced\s+)?"
        r"(?:[\w-]+\s+){0,2}offering\s+of\s*$"
        # ("The aggregate principal amount offered was increased from the
        # previously announced $100 million")
        r"|\b(?:offering|issue|notes?|transaction|deal|placement|financing|amount\s+offered)\b"
        r"[^$.;]{0,40}\b(?:increased|expanded)\s+from\b"
        r"[^$.;]{0,60}$"
        # ("to raised the size of the bond from $200 million to $215.8
        # million")
        r"|\b(?:rais|increas|upsiz|lift)\w*\s+the\s+size\s+of\s+the\s+(?:[\w-]+\s+){0,2}"
        r"(?:bonds?|notes?|debentures?|offering|issue)\s+from\s*$",
        left,
    ):
        return True
    # by how much an offering grew: "representing an increase of $25,000,000
    # aggregate principal amount from the previously announced proposed
    # offering size"
    if rx.search(r"\ban?\s+(?:increase|decrease|reduction)\s+of\s*$", left):
        return True
    # what is left after conversions: "a total of £162,500 principal amount
    # remains outstanding under the Convertible Loan"
    if rx.match(
        r"^\s*(?:in\s+)?(?:aggregate\s+)?(?:principal amount\s+)?(?:of\s+[^$.;]{0,40}\s+)?"
        r"(?:remains?|remained|is still|was still)\s+outstanding\b",
        right,
    ):
        return True
    # a period's total: "During the year ended December 31, 2016, the
    # Corporation issued $973,611 of its convertible promissory notes"
    summed = rx.search(
        r"\b(?:during|in) the (?:year|quarter|period|three months|six months|nine months)\b"
        r"[^$]{0,80}\bissued\s*$",
        left,
    )
    return bool(
        summed
        and rx.match(r"^\s*of (?:its|the|our)\s+(?:[\w-]+\s+){0,3}notes\b", right)
    )


#: After an amount a holder advanced, the offering it is part of: "the
#: Company advanced $10 million to Gold X as part of a $20 million 10%
#: secured convertible debenture private placement".
ADVANCED = re.compile(r"\b(?:advanced|invested|lent|loaned)\s*$", re.IGNORECASE)
PART_OF_AN_OFFERING = re.compile(
    r"^\s*to\s+[^.;$]{1,60}?\bas (?:a )?part of an?\b", re.IGNORECASE
)


def _a_buyers_part_or_a_later_sale(left: str, right: str) -> bool:
    """One buyer's part of the issue ("Bulldog Investors, LLC, who purchased
    $9.2 million of the Convertible Notes"), more notes sold later ("the
    Company received an additional $15.0 million in gross proceeds from
    issuing additional Convertible Notes"), or what a holder demanded on a
    default."""
    return (
        bool(
            rx.search(r"\bwho\s+(?:purchased|acquired|bought|subscribed for)\s*$", left)
            and rx.match(r"^\s*of\s+the\b", right)
        )
        or bool(ADVANCED.search(left) and PART_OF_AN_OFFERING.match(right))
        # "In December 2014, the Company obtained a further loan of GBP200,000
        # from Shard": an earlier loan's addition
        or rx.search(
            r"\b(?:obtained|received|took out)\s+an?\s+(?:further|additional)\s+loan\s+of\s*$",
            left,
        )
        is not None
        or bool(
            rx.search(r"\breceived an additional\s*$", left)
            and rx.match(r"^\s*(?:in\s+)?(?:gross\s+|net\s+)?proceeds\b", right)
        )
        # a financing announced before, closed in tranches: "the second
        # tranche of $2 million of its previously announced $6 million
        # convertible debenture financing"
        or bool(
            rx.search(r"\bpreviously announced\s*$", left)
            and rx.match(r"^\s*(?:[\w-]+\s+){0,3}financing\b", right)
        )
        # what a holder demanded on a default: "As a result of this default
        # ... the principal amount of $71,250 was demanded by the holder"
        or rx.match(r"^\s*(?:was|were)\s+demanded\b", right, re.IGNORECASE) is not None
    )


def _a_later_balance_or_the_series(left: str, right: str) -> bool:
    """A balance after a payment ("After such payment is made, the
    outstanding principal amount of the Original Note will be $468,749.99";
    "amended the C$7 million of outstanding 9% convertible redeemable
    debentures"), an amount converted ("following the conversion of
    convertible bonds with an aggregate principal amount of S$500,000"), the
    series the note is one of ("and is part of a total issue of an aggregate
    of $500,000 principal amount of debentures"), or an equivalent ("$100
    million equivalent denominated in Japanese yen")."""
    return bool(
        rx.search(
            r"\boutstanding principal (?:amount|balance) of (?:the|this)\s+(?:[\w-]+\s+){0,3}"
            r"(?:note|debenture|loan)\s+(?:will|shall) be\s*$"
            r"|\bpart of (?:a|an|the) (?:total |whole )?(?:issue|series|offering) of\s+"
            r"(?:an aggregate of\s+|up to\s+)?$"
            r"|\bconversion of (?:[\w-]+\s+){0,3}(?:bonds|notes|debentures) with an? "
            r"(?:aggregate )?principal amount of\s*$",
            left,
        )
        or (
            rx.match(r"^\s*of\s+outstanding\b|^\s*equivalent\b", right)
            and not rx.search(r"\bexchang", left)
        )
        # what is outstanding today: "Currently, there are C$45 million
        # principal amount of Debentures outstanding"
        or (
            rx.search(r"\bthere\s+(?:are|is|were|was)\s*$", left)
            and rx.match(
                r"^\s*(?:(?:in\s+)?(?:aggregate\s+)?principal amount of\s+)?(?:the\s+)?"
                r"(?:[\w%.-]+\s+){0,3}(?:notes|debentures|bonds)\s+outstanding\b",
                right,
            )
        )
    )


def _the_option(left: str, right: str) -> bool:
    """The underwriters' option: "their option to purchase an additional
    $5,200,000 aggregate principal amount of Notes" (part of the total), or
    the total if it is exercised: "$300,000,000 aggregate principal amount of
    Notes (or $345,000,000 aggregate principal amount if the underwriters'
    over-allotment option ... is exercised in full)"."""
    return bool(
        rx.search(
            r"\b(?:option|over-allotment|greenshoe)\b[^$]{0,40}\b(?:an?\s+)?additional\s*$"
            # ("the initial purchaser's exercise of an overallotment option
            # granted by the Company to purchase $60.0 million in principal
            # amount of the Notes")
            r"|\bexercise\s+of\s+(?:an?|the|its|their)\s+(?:over-?allotment\s+)?option\b[^$.;]{0,40}"
            r"\bto\s+purchase\s*$",
            left,
            re.IGNORECASE,
        )
        # the base size an exercised option added to: "The company offered
        # €300 million of the Ornanes (BBB-//) with an over-allotment option
        # that was fully exercised"
        or rx.match(
            r"^[^.;$]{0,80}\bwith\s+an?\s+(?:over-allotment|overallotment|greenshoe)\s+option\s+"
            r"(?:that|which)\s+(?:was|has\s+been)\s+(?:fully|exercised)\b",
            right,
            re.IGNORECASE,
        )
        or (
            # ("(or a total of $345 million aggregate principal amount if the
            # underwriters exercise their over-allotment option in full)")
            # ("($46 million aggregate principal amount of notes if the
            # initial purchaser exercises its 30-day option")
            rx.search(r"\(\s*(?:or\s*(?:a\s+total\s+of\s*)?)?$", left)
            and rx.match(
                # ("if the underwriter exercises its option")
                # (the words cut short after them: "if the underwriters' ove")
                r"^[^()]{0,80}\bif the (?:underwriters?|initial purchasers?)['’]?\s+"
                r"(?:exercises?\b|(?:over-allotment\s+|overallotment\s+)?option\b|\S{0,12}$)",
                right,
                re.IGNORECASE,
            )
        )
    )


def _a_part_or_another_sale(left: str, right: str) -> bool:
    """A part of the note or of an offering, an earlier sale, an offering's
    size or an interest payment's amount: not what the note was issued
    for."""
    # a part of the note: "a ... note in the principal amount of $2,000,000
    # ..., of which $500,000 was funded on December 5, 2023 and $500,000 was
    # funded on December 27, 2023"
    # (not the notes issued of an instrument constituted for more: "a £2
    # million convertible loan note ... of which £0.5 million loan notes are
    # intended to be issued")
    # (nor the convertible part of a financing: "financing up to SEK75m, of
    # which SEK25m is a convertible loan")
    if rx.search(
        r"\bof which\s*$|\bof which\s+\S{0,4}\d[^;()]{0,80}\band\s*$", left
    ) and not rx.match(
        "^" + _OF_WHICH_ISSUED + r"|^\s*" + IS_A_CONVERTIBLE,
        right,
    ):
        return True
    # the option's part of the whole: "$860 million aggregate original
    # principal amount of its 3.125% exchangeable senior debentures ...,
    # inclusive of Debentures in an aggregate original principal amount of $60
    # million issued pursuant to the exercise of an option"
    if _a_buyers_part_or_a_later_sale(left, right) or rx.search(
        r"\binclusive\s+of\b[^$;]{0,80}$",
        left,
    ):
        return True
    # one subscriber's part of an offering: "P. Peter Pascali, President,
    # CEO, and Director subscribed for C$2,000,000 of Convertible Debenture
    # Units"; "David Green intends to subscribe for £0.07 million of
    # Convertible Loan Notes"
    if rx.search(r"\b(?:subscribed|intends? to subscribe) for\s*$", left) and rx.match(
        r"^\s*of (?:the\s+)?(?:[\w-]+\s+){0,3}(?:units|debentures|notes|offering)\b",
        right,
        re.IGNORECASE,
    ):
        return True
    # one holder's part, or a part the text goes on to break down: "C$7,500,000
    # of the convertible debentures was acquired by an investment vehicle";
    # "Of the $125,000 Convertible Debentures, $50,000 is owed to a Director"
    if rx.match(
        r"^\s*of (?:the\s+)?(?:[\w-]+\s+){0,3}(?:units|debentures|notes|bonds)\s+"
        r"(?:was|were)\s+(?:acquired|purchased|subscribed(?: for)?|taken up)\s+by\b",
        right,
        re.IGNORECASE,
    ) or (
        rx.search(r"(?:^|[·;:]\s*)of the\s*$", left, re.IGNORECASE)
        and rx.match(
            r"^\s*(?:[\w-]+\s+){0,3}(?:notes|debentures|loans?)\s*,\s*\S{0,4}\d[\d,.]*\s+"
            r"(?:is|was|were|are)\b",
            right,
            re.IGNORECASE,
        )
    ):
        return True
    # (or notes sold before beside these: "is in addition to $55 million
    # principal amount of similar convertible debentures previously sold by
    # the Company")
    if _the_option(left, right) or rx.match(
        r"^\s*(?:million\s+)?(?:principal amount of\s+)?(?:[\w-]+\s+){0,4}"
        r"(?:notes|debentures|bonds)\s+previously\s+(?:sold|issued)\b",
        right,
        re.IGNORECASE,
    ):
        return True
    # a part passed on: "Pala syndicated an aggregate principal amount of
    # US$13,400,000 of the Convertible Loan to Castlelake"
    if rx.search(
        r"\b(?:syndicated|transferred|assigned)\b[^$]{0,40}$", left, re.IGNORECASE
    ) and rx.match(
        r"^\s*of\s+(?:the|its|this|his|her|their)\s+(?:[\w-]+\s+){0,3}"
        r"(?:loans?|notes?|debentures?|bonds?)\b",
        right,
        re.IGNORECASE,
    ):
        return True
    # a loan the company made: "Trenchant also made a loan in the principal
    # amount of C$1.5 million to ABO Investments"
    if rx.search(r"\bmade a loan\b[^$]{0,40}$", left, re.IGNORECASE) and rx.match(
        r"^\s*to\s+(?!the company\b|us\b|our\b|the issuer\b)", right, re.IGNORECASE
    ):
        return True
    # the note an amended one restates: "that certain promissory note dated
    # July 23, 2020 ... for a principal amount of $23,831,553.98 (the
    # "Original Note")"; an offering's least size: "in a minimum aggregate
    # amount of $2,500,000 up to a maximum amount of $12,000,000"
    if rx.match(
        r"^\s*\((?:the\s+)?[\"“](?:original|existing|prior|old)\s+(?:note|debenture)",
        right,
        re.IGNORECASE,
    ) or rx.search(r"\bminimum (?:aggregate )?amount of\s*$", left, re.IGNORECASE):
        return True
    # a total of several kinds of debt: "raised new debt totaling EUR 7.5
    # million via convertible bond and loan"
    if rx.match(
        r"^\s*(?:via|through|in|from)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:bonds?|notes?|debentures?)"
        r"\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:loans?|warrants?|shares|equity)\b",
        right,
        re.IGNORECASE,
    ):
        return True
    # an earlier sale ("The Company previously issued $3,623,700 of the
    # Convertible Notes"), an offering's size ("an aggregate offering size
    # of $3.0 million"), the total after an addition ("Immediately after
    # giving effect to the issuance of the Additional Notes, the Company has
    # $362,500,000 aggregate principal amount")
    # (and an offering closed before this one: "following the exercise ... of
    # their over-allotment option granted in connection with ReneSola's
    # recently-closed offering of US$175 million of convertible senior
    # notes"; a headline's "Over-Allotment Option from its US$175 Million
    # Convertible Senior Notes Offering")
    if rx.search(
        r"\bpreviously (?:issued|sold)\b[^$]{0,30}$|\boffering (?:size|amount) of\s*$"
        r"|\b(?:recently|previously)[- ](?:closed|completed) (?:offering|sale|placement) of\s*$"
        r"|\b(?:option|over-allotment)\s+from\s+(?:its|the)\s*$"
        r"|\bafter giving effect to the (?:issuance|issue|sale)\b[^$]{0,120}$",
        left,
        re.IGNORECASE,
    ):
        return True
    # an instalment: "shall be paid in ten (10) payments each in the amount
    # of $19,288.30"
    if rx.search(
        # ("six installment payments of principal, each in the amount of")
        r"\b(?:payments|installments|instalments)\s+(?:of principal(?: and interest)?,?\s+)?"
        r"(?:each\s+)?(?:in the amount of|of)\s*$"
        r"|\b(?:payment|installment|instalment)s?\s+each\s+(?:in the amount of|of)\s*$",
        left,
        re.IGNORECASE,
    ):
        return True
    # an interest payment: "Accrued and unpaid interest of the Note shall be
    # payable to the Holder on December 31 of each year ... in the amount of
    # $1,950.00"
    return (
        rx.search(
            r"\binterest\b[^$.]{0,40}\b(?:payable|paid)\b[^$.]{0,120}\bin the amount of\s*$",
            left,
            re.IGNORECASE,
        )
        is not None
    )


def _a_cap_or_bought_back(sentence: str, money: Money, left: str, right: str) -> bool:
    """A most that may be issued or lent, one holder's part, or notes bought
    back: not the note's face."""
    after = sentence[money.end :]
    return bool(
        # a balance interest accrued on: "to pay an aggregate of $51,967.42 in
        # interest accrued on the $1,374,500 of Convertible Debentures"
        rx.search(r"\binterest\s+(?:accrued|accruing|owing)\s+on\s+(?:the\s+)?$", left)
        # an instalment: "Monthly payments of principal of US$128,920 plus
        # interest due"
        or rx.search(
            r"\b(?:monthly|quarterly|annual|semi-annual|weekly)\s+(?:instal\w+|payments?)\s+of\s+"
            r"(?:principal\s+(?:of\s+)?)?$",
            left,
        )
        # an existing note extended: "extended the maturity of its existing
        # Convertible Debentures ..., in the total amount of $1,941,176"
        or rx.search(
            r"\bexten\w*\s+the\s+maturit(?:y|ies)\s+of\s+(?:its|the|our)\s+existing\b[^$;]{0,200}$",
            sentence[: money.start],
            re.IGNORECASE,
        )
        # an accounting entry's amount: "recorded as a derivative liability
        # in the amount of $73,000 with a related debt discount of $73,000"
        or rx.search(
            r"\b(?:derivative liabilit(?:y|ies)|debt discounts?|beneficial conversion features?)\b"
            r"[^$.;]{0,30}$",
            left,
        )
        # a balance owed: "total principal of $7,778 and total accrued and
        # unpaid interest of $2,867 was owed on the notes"
        or rx.match(r"[^.;]{0,80}\b(?:was|were)\s+owed\b", after)
        # a further note to come: "the Company will issue Bellridge another
        # Note in the amount of $47,500"
        or rx.search(
            r"\banother\s+(?:[\w-]+\s+){0,2}(?:note|debenture)\s+in\s+the\s+"
            r"(?:principal\s+)?amount\s+of\s*$",
            left,
        )
        # a facility: "a £500,000 unsecured convertible loan note funding
        # facility"
        or rx.match(r"^\s*(?:[\w-]+\s+){0,5}?(?:funding|credit)\s+facility\b", right)
        # another debt the proceeds repay: "for the repayment of a certain
        # convertible debenture in the principal amount of $500,000"
        # ("the proceeds of the convertible bonds were used to partly pay and
        # retire $100 million in company-guaranteed convertible bonds issued
        # in 1996")
        or rx.search(
            r"\brepayment of (?:a|an|the)\s+(?:certain\s+)?(?:[\w-]+\s+){0,3}"
            r"(?:note|debenture|loan)s?\s+in the (?:principal\s+)?amount of\s*$"
            r"|\bto\s+(?:(?:partly|partially|fully)\s+)?(?:(?:re)?pay\s+and\s+)?"
            r"(?:retire|refinance)\s*$",
            left,
        )
        # notes called for redemption: "MDC Partners announces early
        # redemption of C$45 million convertible debentures"
        # (not the notes' own terms: "upon the conversion or redemption of
        # US$10,520,000 aggregate principal amount")
        or rx.search(
            # ("in connection with the early redemption of the company's
            # $600 million 0% convertible notes due 2019")
            r"\b(?:early\s+redemption|announces?\s+(?:the\s+)?redemption)\s+of\s+"
            r"(?:the\s+|its\s+|(?:the\s+)?[\w.&-]+['’]s?\s+)?$",
            left,
        )
        # a cap: "convertible bonds in four (4) series, each with a maximum
        # nominal value of EUR 25 million"
        or rx.search(
            r"\bmaximum (?:nominal |principal |aggregate )?(?:value|amount) of\s*$",
            left,
        )
        # a part converted: "$625,000 in principal amount, plus accrued
        # interest thereon, of the 2.45% Convertible Note converted into 66,913
        # shares"
        or rx.match(
            r"^\s*in\s+principal\s+amount\b(?:[^.;]|\.(?=\d)){0,120}\bconverted\s+into\b",
            after,
        )
        # a loan to pay the notes' interest: "a $1.15 million loan it received
        # from Evergreen Clean Energy, LLC to make the interest payment on the
        # 8% notes"
        or rx.match(
            r"^\s*loan\b[^.;]{0,80}?\bto\s+(?:make|pay|fund)\s+the\s+(?:\w+\s+)?interest\s+"
            r"payments?\b",
            after,
        )
        # notes bought back: "a partial buyback of US$294.031 million of the
        # guaranteed convertible notes due 2023"
        or rx.search(
            # ("the repurchase by LDK Solar of $351,775,000 of the convertible
            # notes")
            # ("and Repurchase of Approximately $300 Million Aggregate
            # Principal Amount of Convertible Senior Notes due 2024")
            # ("the concurrent repurchase of its outstanding 225,000,000 euros
            # 3.375 percent convertible bonds due 2018")
            r"\b(?:buy-?back|repurchase)\s+(?:by\s+[^$;.]{2,40}?\s+)?of\s+"
            r"(?:(?:its|the|our)\s+outstanding\s+)?(?:approximately\s+|about\s+)?$"
            # ("Reebok intends to redeem its $250 million of 4.25% convertible
            # debentures")
            r"|\b(?:intends|plans)\s+to\s+redeem\s+(?:its|the|our)\s+$"
            r"|\b(?:repurchased|repurchases|bought back|buys back)\s*$"
            # ("to repurchase for approximately $1,131.3 million in cash
            # approximately $1,187.7 million aggregate principal amount of its
            # 0.00% convertible senior notes due 2026")
            r"|\brepurchase\s+for\s+[^;]{0,60}\bin cash\s+(?:approximately\s+)?$"
            # ("repurchased a principal amount equal to $920 thousand of the
            # Exchangeable Notes"; "it repurchased on April 15, 2011 an
            # aggregate principal amount of $351,775,000")
            r"|\b(?:repurchased|bought back|redeemed)\s+(?:on\s+[^$;]{4,30}?\s+)?(?:an?\s+)?"
            r"(?:aggregate\s+)?principal\s+amount\s+(?:equal\s+to|of)\s*$",
            left,
        )
        # an instrument constituted for more than is issued: "a £2 million
        # convertible loan note ("Loan Note") of which £0.5 million loan notes
        # are intended to be issued"
        or rx.match(
            r"^[^.;$]{0,60}\bof which\s+\S{0,4}\d[\d.,]*" + _OF_WHICH_ISSUED, after
        )
        # a facility's most: "Eight Million United States dollars
        # (U.S.$8,000,000.00) or so much thereof as may be loaned by Holder"
        # (not a note's sum "or so much thereof as the holder demands": a
        # demand note's face)
        or rx.match(
            # ("($25,300,000.00) DOLLARS, or so much thereof as the Payee
            # advances to the Maker")
            r"^\W{0,3}(?:dollars\W{0,3})?or so much (?:thereof|of it) as\b[^.;]{0,40}?"
            r"\b(?:loaned|advanced|advances|lent|lends|drawn|disbursed|borrowed|funded)\b",
            right,
        )
        # one holder's part, its name in brackets: "Principal Amount:
        # GBP500,000 (Tenstar Trading Limited) AUD1,250,000 (DGR Global
        # Limited)"
        or rx.match(
            r"^\s*\(\s*[A-Z][^()]{1,60}\b(?:Limited|Ltd\.?|LLC|Inc\.?|L\.?P\.?|Corp\.?|plc)\s*\)",
            after,
        )
    )


def _settled_amount(before: str, right: str) -> bool:
    """An amount settled ("were settled by issuing 141,782 common shares
    ..., representing loans of HK$4 million"; not "settled a $400,000
    initial tranche": a placement closed; nor the new notes that settled
    them: "have now been settled ... through the issuance of $2,423,000 New
    Debentures")."""
    return bool(
        # (not the kind of bond: "non-dilutive cash-settled convertible bonds
        # for a principal amount of EUR 75 million")
        # (nor a placement closed: "settled its previously announced private
        # placement of convertible loan notes for $45 million")
        rx.search(
            r"(?<!cash-)(?<!cash )\bsettled\b(?!\s+(?:a|an|the)\s*$)"
            r"(?!\s+its\s+(?:previously\s+announced\s+)?(?:private\s+)?(?:placement|offering)\b)"
            r"[^$]{0,120}$",
            before,
        )
    ) and not (
        rx.search(r"\bthrough the issuance of\s*$", before)
        and rx.match(r"^\s*new\s+(?:[\w-]+\s+){0,3}(?:notes|debentures)\b", right)
    )


#: An earlier note exchanged for the new one: "exchanged the Original Note
#: solely for an 8.875% amended restated senior convertible note".
_EXCHANGED_FOR_A_NEW = re.compile(
    r"\bexchang\w*\s+(?:the\s+)?(?:original|existing|prior|old)\s+(?:notes?|debentures?|bonds?)\b"
    r"[^.;]{0,40}\bfor\b",
    re.IGNORECASE,
)


def _exchanged_or_the_options_part(sentence: str, money: Money, left: str) -> bool:
    """The note a new one is exchanged for, or the part of an offering the
    underwriters' option added."""
    # the note a new one is exchanged for: "of Image's 7.875% senior
    # convertible note due 2011 (the “Original Note”) in the principal amount
    # of $13 million, pursuant to which Image exchanged the Original Note
    # solely for an 8.875% amended restated senior convertible note"
    exchanged = rx.search(
        r"\(\s*the\s+[\"“](?:original|existing|prior|old)\s+(?:notes?|debentures?|bonds?)[\"”]\s*\)"
        r"\s*(?:in\s+the\s+)?(?:aggregate\s+)?(?:outstanding\s+)?principal\s+amount\s+of\s*$",
        left,
    ) and _EXCHANGED_FOR_A_NEW.search(sentence)
    # the part the underwriters' option added: "$460 million aggregate
    # principal amount ..., of which an aggregate principal amount of $60
    # million of Notes was issued pursuant to the exercise by the initial
    # purchasers ... of their option"
    the_options = rx.search(
        r"\bof which\s+(?:an?\s+)?(?:aggregate\s+)?(?:principal\s+amount\s+of\s+)?$",
        left,
    ) and rx.match(
        r"^[^;.]{0,200}\b(?:option|over-allotment|greenshoe)\b",
        sentence[money.end :],
        re.IGNORECASE,
    )
    return bool(exchanged or the_options)


#: Notes a text names as not convertible beside its convertible ones: "$1
#: billion aggregate principal amount of unsecured 2.950% Senior Notes due
#: 2031 (the "Senior Notes")".
_NOT_CONVERTIBLE_NOTES = re.compile(
    r"\s*(?:aggregate\s+)?principal\s+amount\s+of\s+(?:(?!convertible\b|exchangeable\b)[\w%.-]+\s+){0,5}"
    r"notes\s+due\s+\d{4}\s*(?:\(\s*the\s+[\"“](?:senior\s+)?notes[\"”]\s*\)"
    # (or listed before the convertible ones: "$248,653,000 principal amount
    # of its Senior Secured Notes due 2020 and Ps. 283,533,200 ... principal
    # amount of its ... Senior Secured Convertible Dollar-indexed Notes")
    r"|and\s+(?=[^;]{0,300}?\b(?:convertible|exchangeable)\s+(?:[\w-]+\s+){0,2}notes\b))",
    re.IGNORECASE,
)


#: Other bonds a repurchase beside the new ones takes in: "Concurrent Open
#: Market Repurchase in respect of EUR 100 million in aggregate principal
#: amount of Wereldhave's EUR 230 million 2.875% Convertible Bonds".
_REPURCHASE_OF = r"\brepurchase\s+in\s+respect\s+of\b"


#: A fee withheld, whatever holds it: "The OID includes $5,000 withheld for
#: legal fees".
_WITHHELD_FOR_FEES = re.compile(
    r"^\s*withheld\s+for\s+(?:[\w'’-]+\s+){0,2}(?:fees|costs|expenses)\b"
)


def _not_issued(sentence: str, money: Money, left: str, right: str) -> bool:
    """An amount that is not what the note was issued for: a facility, an
    amount repaid, converted or outstanding, a valuation's input, a balance
    at a date, a funding, several notes' or several dates' total."""
    before = sentence[: money.start]
    # (nor the least one draw may be: "with a minimum advance of CAD 500,000";
    # nor a non-convertible note's: "issue of he non-convertible note in
    # principal amount of hk$110 million")
    if (
        _another_amount(before, right)
        or rx.search(
            r"\bminimum (?:advance|drawdown|draw-down|tranche|subscription|investment)"
            r"(?:\s+amount)?\s+of\s*$"
            # (nor the part a holder asks to convert: "Negma has requested
            # conversion of five (5) convertible bonds ..., corresponding to SEK
            # 125,000 of the convertible loan amounting to a total of SEK
            # 5,825,000")
            r"|\brequest(?:ed|s)?\s+(?:the\s+)?conversion\s+of\b[^.;]{0,200}$"
            # (nor each holder's part of the issue: "in the aggregate principal
            # amount of $250,000 to Deerwood Partners LLC and Deerwood Holdings
            # LLC ..., with each Investor purchasing a Note in the aggregate
            # principal amount of $125,000")
            r"|\bwith\s+each\s+(?:investor|holder|purchaser|lender|subscriber)\s+"
            r"(?:purchasing|subscribing\s+for|receiving|acquiring)\s+an?\s+(?:note|debenture)\b[^$.;]{0,60}$"
            # (nor what is left to issue: "the Company has the remaining amount
            # for the issuance and offering of convertible debentures of THB 1,240
            # million")
            r"|\bremaining amount for the (?:issuance|issue|offering)\b[^$.;]{0,80}$"
            # (nor bonds issued before: "FECON earlier issued bonds worth
            # VND195.6 billion")
            r"|\b(?:earlier|previously)\s+issued\s+(?:[\w-]+\s+){0,3}(?:bonds|notes|debentures)\s+worth\s*$"
            # (nor the size an offering opened at before it was upsized: "The
            # offering commenced on June 12, 2008 at 4,708,500 shares of common
            # stock and $225.0 million aggregate principal amount of notes")
            r"|\b(?:offering|deal)\s+(?:commenced|launched|began)\b[^.;$]{0,100}$"
            # (nor older notes whose terms were changed: "The re-negotiated
            # debentures in the amount of US$ 782,000")
            r"|\bre-?negotiated\s+(?:[\w-]+\s+){0,3}(?:debentures|notes|bonds)\s+in\s+the\s+"
            r"(?:aggregate\s+)?amount\s+of\s*$"
            r"|\bnon-convertible\s+(?:[\w-]+\s+){0,2}(?:notes?|bonds?|debentures?)\s+in\s+(?:the\s+)?"
            r"(?:aggregate\s+)?principal\s+amount\s+of\s*$",
            left,
            re.IGNORECASE,
        )
        or rx.search(
            # (nor what each old note is exchanged for: "all existing notes would
            # be exchangeable for $150 cash, $850 of consideration for new 8%
            # second-lien convertible notes ... and $35 of additional cash"; nor
            # a plan's total: "a part of a plan, which was approved in the FECON
            # shareholder meeting in 2014 and 2015, to issue convertible bonds
            # worth VND500 billion")
            r"\bexchangeable\s+for\s+\$\d[\d,.]*\s+(?:in\s+)?cash\b(?:[^.;]|\.(?=\s*\d)){0,200}$"
            r"|\ba\s+plan\b[^$.;]{0,100}\bto\s+issue\s+(?:[\w-]+\s+){0,3}(?:bonds|notes|debentures)"
            r"\s+worth\s*$"
            # (nor what a holder's notice converts: "issued the First Notice of
            # Conversion to the Company to convert part of the principal amount
            # of the Promissory Note of $500 plus interest of $3,613 and legal
            # fees of $375")
            r"|(?i:\b(?:notices?\s+of\s+conversion|conversion\s+notices?)\b[^.;]{0,80}"
            r"\bto\s+convert\b[^.;]{0,200})$",
            before,
        )
        # (nor a hypothesis's: "Assuming the exercise in full of the
        # Conversion Right ... and the aggregate principal amount of
        # HK$135,000,000 of the Convertible Bonds is issued, a total of ...")
        or rx.match(r"\W*assuming\b[^,;]{0,200}$", before, re.IGNORECASE) is not None
        # (nor a concurrent offering's notes that do not convert: "$1
        # billion aggregate principal amount of unsecured 2.950% Senior Notes
        # due 2031 (the "Senior Notes")" beside the convertible notes)
        or (
            _NOT_CONVERTIBLE_NOTES.match(sentence, money.end) is not None
            and "convertible" in sentence.lower()
        )
        # (nor other bonds bought back beside the new ones: "Concurrent Open
        # Market Repurchase in respect of EUR 100 million in aggregate
        # principal amount of Wereldhave's EUR 230 million 2.875% Convertible
        # Bonds")
        or rx.search(rf"{_REPURCHASE_OF}[^.;]{{0,120}}$", left, re.I) is not None
        # (nor the part of an issue called for redemption: "Teva calls $36
        # million of 0.375% convertible debentures due 2022")
        or (
            rx.search(r"\b(?:calls|called|calling)\s+$", left, re.IGNORECASE)
            is not None
            and rx.match(r"\s*of\b", right) is not None
        )
    ):
        return True
    if _a_cap_or_bought_back(
        sentence, money, left, right
    ) or _exchanged_or_the_options_part(sentence, money, left):
        return True
    # earlier notes, gone since: "we issued $575.0 million of 0% convertible
    # senior notes (the 2018 Notes ...), which were earlier converted prior
    # to, or settled on November 1, 2018"
    if rx.match(
        r"^[^.]{0,160}\bwhich were (?:\w+ )?(?:converted|settled|repaid|redeemed|retired)\b"
        # ("..., was amended to allow for immediate conversion of the 2022
        # Palladium Note and which, simultaneously, converted the 2022
        # Palladium Note in full")
        r"|^[^.]{0,200}\bconverted\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?i:notes?|debentures?)\s+"
        r"in full\b",
        sentence[money.end :],
    ):
        return True
    # amounts a note replaced: "accrued salaries of $617,915, ... and cash
    # advances of $110,245 were converted to promissory notes"
    if rx.match(
        r"^[^.]*?\b(?:were|was|have been|has been) (?:converted|exchanged) (?:in)?to\b"
        # "$6.1 million of Convertible Notes converted into 1.2 million shares"
        r"|^\s*of\s+(?:\w+\s+){0,3}notes?\s+(?:converted|exchanged)\s+(?:in)?to\b",
        sentence[money.end :],
        re.IGNORECASE,
    ):
        return True
    # (or a lender's earlier borrowing restated: "restructured its cumulative
    # borrowing with its senior secured lender ... into a note for the
    # principal amount of $6,309,823 ... and a debenture of $3,483,851")
    if (
        _a_part_or_another_sale(left, right)
        or _a_later_balance_or_the_series(left, right)
        or _a_changed_or_summed_amount(before, left, right)
    ) or rx.search(
        r"\brestructured\s+(?:its|the|their)\s+(?:\w+\s+){0,2}(?:borrowings?|debts?|loans?)"
        r"\b[^;]{0,120}?\binto\b"
        # (or a placement beside the offering: "The Company also effected a
        # concurrent private placement to the underwriter of Debentures in
        # the aggregate principal amount of NIS 500,000")
        r"|\b(?:also|concurrent(?:ly)?)\b[^$.;]{0,30}\bprivate placement\b[^$.;]{0,80}$",
        before,
        re.IGNORECASE,
    ):
        return True
    # a price a third party paid the holder: "Pala received cash
    # consideration in the amount of US$12,472,600 (...) from Castlelake"
    if rx.search(r"\bcash consideration in the amount of\s*$", left) and rx.match(
        r"^(?:[^.]|\.\d){0,200}?\bfrom\s+(?!the\s+company\b|us\b)[A-Z]",
        sentence[money.end :],
    ):
        return True
    # interest owed, not principal: "interest payable to Chardan in the
    # amount of $561,585"; an option's amount: "the exercise ... of its
    # option to purchase $25.0 million aggregate principal amount of the Notes
    # to cover over-allotments" ("Retirement of $180 Million of Existing
    # Convertible Senior Notes"); insiders' part of an offering: "Certain
    # directors and officers subscribed for a total of $46,000 in principal
    # amount of the Debentures"
    if (
        (
            rx.search(r"\binterest payable\b[^$]{0,40}$", left)
            # bonds bought back: "it received interest for this for USD78
            # million in principal ... and accepted all of these bonds for
            # repurchase"
            or rx.search(
                r"^[^.;]{0,120}\baccepted\b[^.;]{0,60}\bfor repurchase\b",
                sentence[money.end :],
            )
            # what is outstanding: "a restructuring of all of the Company's
            # outstanding convertible Loan Notes, amounting to £3.54 million"
            # ("to capitalise its only outstanding debt facilities,
            # comprising the £150,000 of unsecured convertible loan notes")
            or rx.search(
                r"\boutstanding\s+(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds|facilities),?\s+"
                r"(?:amounting to|totall?ing|comprising(?:\s+the)?)\s*$",
                left,
            )
            # the issuer's other bonds: "Gome has 4.6 billion yuan of zero-coupon
            # convertible bonds due May 2014"
            or (
                rx.search(r"\b(?:has|had)\s+(?:outstanding\s+)?$", left)
                and rx.match(
                    r"^\s*(?:[a-z]+\s+)?of\s+(?:outstanding\s+)?(?:[\w%-]+\s+){0,3}"
                    r"(?:bonds|notes|debentures)\s+(?:due|outstanding)\b",
                    right,
                )
            )
        )
        or rx.search(
            r"\boption\s+to\s+(?:purchase|buy)\s+(?:up\s+to\s+)?(?:an?\s+additional\s+)?$"
            r"|\bretirement\s+of\s*$"
            r"|\b(?:certain|some)\b[^.;$]{0,60}\bsubscribed for\s+(?:a total of\s+|an aggregate of\s+)?$",
            before,
            re.IGNORECASE,
        )
    ):
        return True
    # a threshold: "if the outstanding principal amount of the Note is
    # US$30,000,000 or less"
    if rx.match(r"^\s*or (?:less|more|greater|lower|higher|above|below)\b", right):
        return True
    # a balance beside an earlier date's: "Principal amount: $1,035,479
    # (12.31.2016: $1,035,479)"; "At June 30, 2019 the Company is obligated
    # for one note payable ... in the total amount of $10,303"
    if rx.match(r"^\s*\(\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*:", right) or rx.match(
        rf"^\W*at\s+(?:{_MONTH_WORDS}|\d{{1,2}}[./])", sentence, re.IGNORECASE
    ):
        return True
    # "notes ... in the aggregate principal amount of approximately $6,978,000
    # issued from September 2005 through December 2007": several dates' total
    if rx.match(r"^[^.$]{0,30}\bissued\s+(?:from|between)\b", right):
        return True
    # An amount in a sentence about a facility ("up to $355,000"), or one
    # repaid or converted, is not the note's principal or price.
    # ("notes of the Company in the maximum aggregate principal amount of
    # US$25,000,000")
    # (not a day: "FOR VALUE RECEIVED up to September 30, 2012")
    # (the last such words before the amount: "to issue up to 1,480,349 new
    # shares ... and to issue a convertible bond of up to EUR 2.4 million")
    facility = rx.search(
        # ("plans to raise as much as HK$15.4 billion"; "The total face value
        # of the Bonds to be issued is capped at NT$ 6,000,000,000")
        rf"^.*(?:\b(?:up to|as much as|capped at)\b(?!\s+(?:{_MONTH_WORDS}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORDS}))(?P<after>.*)$"
        r"|\bgrid note\b(?P<grid>.*)$"
        # ("having a total available principal amount of $50,000 each of
        # which the Company borrowed $29,500")
        r"|\b(?:maximum\s+aggregate|total\s+available)\s+principal\s+amount\s+of\b(?P<most>.*)$)",
        before,
        re.I,
    )
    # (unless a new item of a list comes between: "(i) a Loan Agreement
    # under which HEP has agreed to advance up to $20,000,000 ..., (ii) an
    # 11% Convertible Secured Promissory Note in the principal amount of")
    # (a grid note is drawn like a facility)
    # (nor the first sale under it: "up to $3 million of 6% convertible
    # debentures, with the initial issuance of a $1 million debenture")
    if (
        facility is not None
        and not rx.search(
            r"pursuant to which|whereby|under which|of which|;\s|\((?:i{1,3}|iv|vi{0,3}|ix|x|[b-h]|[2-9])\)\s"
            r"|\bwith the (?:initial|first) issuance of an?\s*$",
            facility.group("after")
            or facility.group("grid")
            or facility.group("most")
            or "",
        )
        # (not shares: "the offer and resale ... of up to an aggregate of
        # 4,081,672 shares of common stock ..., consisting of 4,081,672 shares
        # issuable upon conversion of the convertible note (the "Note"), in
        # the principal amount of $3,272,966")
        and not rx.match(
            r"\s*(?:an?\s+)?(?:aggregate\s+(?:of\s+)?)?[\d,]+\s+(?:[\w-]+\s+){0,2}shares\b",
            facility.group("after") or "",
            re.IGNORECASE,
        )
    ):
        return True
    return bool(
        rx.search(
            # ("the note holder elected to convert $7,500 in principal")
            # (not a note's face: "notes with an aggregate principal balance of")
            # ("exercised its right to convert its C$2,671,487 of 8% ...
            # debentures")
            # ("the assumption by us of $8.5 million in senior secured notes")
            # ("converted an aggregate of $295,000 of their convertible notes")
            r"(?:repaid|repayment of|(?<!have )(?<!has )paid|"
            # ("converted an additional $3,600 in principal")
            r"converted(?: (?:an aggregate|a total) of| an additional)?|assumption(?: by \w+)? of|"
            r"\bconverts?(?:\s+(?:all\s+(?:of\s+)?)?(?:its|the|their|our))?|conversion of|"
            # (the window's 30 characters keep "...gregate principal ")
            # (not the face a note carries: "The note carries a principal
            # balance of $53,000")
            r"(?<!gregate principal )(?<!ith a principal )(?<!ies a principal )"
            r"(?<!follows: principal )balance of|"
            r"(?:outstanding|current) principal(?: amount| balance)? of|the (?:then[- ])?outstanding|"
            # ("the settlement of its outstanding loan of USD1.28 million to him")
            r"\boutstanding (?:loans?|debts?|advances?) of|"
            r"conver\w+ of (?:the )?(?:principal|notes?)[^$]{0,20}|"
            r"total face (?:value|amount) of|tranches? of|the remaining|"
            # ("The remaining note of $19,500 is in default")
            r"remaining (?:notes?|balance|principal)(?: amount)? of|"
            # ("gross proceeds equal to or greater than $500,000"; "subject to
            # subscription of a minimum of GBP2million Convertible Notes")
            r"(?:more|less|greater) than|at least|exceed(?:ing|s)?|in excess of|\bminimum of|"
            # ("The Notes issued on December 21, 2021 include $40,000,000
            # principal amount of Notes issued pursuant to the ... option")
            r"\binclud(?:e|es|ed|ing))\s*$",
            left[-30:],
        )
        # ("paid the remaining principal balance of convertible notes payable
        # of $400,000")
        or rx.search(
            r"\b(?:remaining|outstanding|unpaid)\s+principal\s+balances?\s+of\s+"
            r"(?:the\s+)?(?:[\w-]+\s+){1,4}of\s*$",
            left[-100:],
        )
        or rx.search(
            # "a beneficial conversion feature ... in the amount of $283,500"
            r"carrying (?:value|amount)|fair value"
            # ("representing the conversion of the principal amount of
            # $240,135")
            r"|\bconver\w+ of (?:the )?principal (?:amount|balance|sum) of\s*$",
            left[-70:],
        )
        # a part converted: "to convert a proportion of EUR 60,000 of the
        # convertible notes"; "have elected to convert CLNs with a nominal
        # value of £650,545"
        or rx.search(
            r"\bconvert\s+(?:a\s+)?(?:proportion|portion|part)\s+of\s*$"
            # ("elected to convert their Note balances in an aggregate amount
            # of $400,000")
            r"|\b(?:elected|agreed|requested) to convert\b[^$.;]{0,60}\b"
            r"(?:(?:nominal|principal|face)\s+(?:value|amount)|aggregate\s+amount)\s+of\s*$",
            left,
        )
        # "in the event the Issuer conducts a qualified equity financing in the
        # aggregate amount of $20 million": a threshold
        or rx.search(
            r"\bqualified\s+(?:equity\s+|debt\s+)?(?:financing|offering)\b[^$.;]{0,80}$",
            sentence[: money.start].lower()[-160:],
        )
        # several notes' total (not "issued a total of $26 million in
        # convertible debentures", one issue)
        or (
            rx.search(r"issued a total of\s*$", left) is not None
            and not (
                rx.match(
                    r"^\s*in\s+(?:[\w-]+\s+){0,2}(?:notes|debentures|bonds)\b", right
                )
                # (not "During the first nine months of 2017, the Company
                # issued a total of $370,800 in convertible notes as follows")
                and not rx.search(
                    r"as follows|\bduring (?:the )?(?:first |last |fiscal )?(?:[\w-]+ )?"
                    r"(?:months?|quarters?|years?)\b",
                    sentence,
                    re.IGNORECASE,
                )
            )
        )
        or rx.search(r"beneficial conversion feature|intrinsic value", before, re.I)
        # ("Since 31st January the Company has repurchased 11,021,191 shares
        # and GBP10,329,634 nominal of CULS")
        or rx.search(
            r"\b(?:has|have|had)\s+repurchased\b[^.;$£€]{0,60}$", before[-90:], re.I
        )
        or _settled_amount(before, right)
        # "used proceeds ... to pay off the entire balances of all outstanding
        # convertible notes payable, ... totaling $1,650,616 in principle"
        or rx.search(
            r"\b(?:pa(?:y|id|ying) off|repa(?:y|id|ying))\b[^$]{0,200}$", before
        )
        # several notes' total: "the Company issued various convertible
        # debentures in the total amount of $514,476"
        or rx.search(
            r"\b(?:issued|sold)\s+(?:various|several|multiple|numerous|a number of)\s+"
            r"(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds)\b[^$.;]{0,60}$",
            before,
            re.I,
        )
        # the part insiders took: "Insiders subscribed an aggregate of
        # $10,195,000 principal amount of unsecured convertible debentures"
        or rx.search(
            r"\b(?:insiders?|directors?|officers?|management)\s+(?:have\s+|has\s+)?"
            r"(?:subscribed|purchased|acquired|took up)\b[^$.;]{0,30}$",
            before,
            re.I,
        )
        # a company's value: "current market cap is $700 million with the
        # convertible notes reflecting a market cap of over $1 billion"
        or rx.search(r"\bmarket\s+cap(?:itali[sz]ation)?\b[^$]{0,20}$", before, re.I)
        # the inputs of a valuation: "estimate of fair value based on ... a
        # face value of US $240,000"
        or rx.search(
            r"fair value based on|estimate of fair value|valuation model",
            sentence,
            re.I,
        )
        # "As of June 30, 2025, there were RMB 52,687,296 ... outstanding": a
        # balance at a date, not what was issued
        or rx.match(r"^\W*as (?:of|at)\b", sentence, re.IGNORECASE)
        # "Out of the above Bonds, ... subsidiary ... will acquire Bonds
        # amounting to euro 60 million": a part of the issue
        or rx.match(
            r"^\W*out of the (?:above|said|total|aggregate)\b", sentence, re.IGNORECASE
        )
        or rx.match(r"^.{0,70}?\b(?:notes?|bonds?|debentures?)\s+outstanding\b", right)
        # "Consideration Paid at Close: $25,000": a funding, not the face
        or rx.search(r"consideration paid\b[^$]{0,20}$", left[-40:])
        # "From February 2, 2018 through March 22, 2018, the Company sold
        # additional convertible promissory notes in the aggregate principal
        # amount of $1,219,704": sales on several dates
        or (
            rx.search(
                rf"\b(?:from|between)\s+{_MONTH_WORDS}[^.]{{0,12}}?\s+(?:through|to|until|and)\s+"
                rf"{_MONTH_WORDS}",
                sentence,
                re.IGNORECASE,
            )
            # ("From May 2012 through May 2013, the Company issued notes
            # payable to unrelated parties in the amount of $459,000")
            and rx.search(r"aggregate|total|\b(?:issued|sold) notes\b", left)
        )
        # "In October and November 2018, ... sold an aggregate of
        # $10,000,000": sales on several dates
        # (or "In 2009 and 2010 the Company borrowed $1,067,500")
        or (
            rx.search(
                rf"\bIn\s+(?:{_MONTH_WORDS}(?:\s+\d{{4}})?|\d{{4}})\s+and\s+"
                rf"(?:{_MONTH_WORDS}|\d{{4}})\b",
                sentence,
            )
            and rx.search(r"aggregate|total|borrowed|advanced|loaned", left)
        )
        # "issued two convertible promissory notes in the aggregate amount of
        # $7,000,000": the total of several notes
        or rx.search(
            # (not a year: "2016 Convertible Notes"; nor a series: "Series B-2
            # Senior Convertible Notes")
            r"\b(?<!-)(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|"
            # (nor the denominations of one issue: "issued 112,500 Debentures in
            # the aggregate principal amount of NIS 61.9 million")
            r"(?!(?:19|20)\d\d\b)\d{1,2}(?![\d,]))\s+"
            # (not a term: "5 year non-amortising secured bonds")
            r"(?!(?:year|month|day)s?\b)"
            # ("two unsecured, partially convertible, promissory notes")
            # ("multiple Convertible Promissory Note agreements")
            r"(?:[\w-]+,?\s+){0,4}(?:notes|debentures|bonds|note agreements)\b[^$]{0,60}"
            r"(?:aggregate|total|combined|(?<!each )in the amount of)[^$]{0,30}$",
            before.lower()[-200:],
        )
        # one of several notes' amounts: "by issuing $660,000 and $13,750
        # unsecured convertible notes"; "borrowed $284,760 and $256,760 from a
        # third party totaling $541,520"
        or rx.match(
            r"^\s*(?:and|or)\s+\S{0,4}\d[\d,.]*\s+(?:(?:[\w-]+\s+){0,3}notes\b|"
            r"(?:from\b[^.;$]{0,40})?totall?ing\b)"
            # ("in the amount of $371,362 and $70,000, respectively")
            r"|^\s*(?:and|or)\s+\S{0,4}\d[\d,.]*(?:\s+(?:million|billion))?,?\s+respectively\b",
            right,
        )
        or (
            rx.search(r"\d\s+(?:and|or)\s*\S{0,4}$", left[-30:]) is not None
            and rx.match(r"^\s*(?:[\w-]+\s+){0,3}notes\b", right) is not None
        )
        # a carrying amount: "two convertible note payable in the amount of
        # $98,000 net of unamortized debt discount of $57,551"
        or rx.match(r"^\s*net\s+of\s+(?:the\s+)?unamortized\b", right) is not None
    )


#: A term sheet's underwriting discount, its label and what follows up to
#: the amount (no other label between).
_UNDERWRITING_LABEL = re.compile(
    r"\bunderwriting\s+discounts?\s+and\s+commissions\s*:(?:[^.:]|\.(?=\d)){0,100}$"
)


def _fee_role(sentence: str, before: str, right: str) -> str | None:
    """ "fee" for a cost withheld from the note's price; "" for one the
    company paid itself or in a repayment; None when the words name no fee.
    ``before`` is the sentence up to the amount, in lower case."""
    left = before[-90:]
    # a total that includes the discount: "the purchase price for the Senior
    # Note was $230,000, less $21,900 in fees, which consisted of an 10%
    # “original issue discount” of $18,400 and $3,500 for the Investor's
    # legal fees"
    if rx.match(
        r"^\s*in fees,?\s+which (?:consisted|consists|comprised|included) of\b"
        r"[^.]{0,40}\boriginal issue discount\b",
        right.replace("\u201c", "").replace("\u201d", ""),
        re.IGNORECASE,
    ):
        return None
    # a fee for changing the note later: "an extension fee equivalent to 1% of
    # the total principal amount ... (the “Extension Fee“), being
    # U.S.$105,685.62"
    if rx.search(
        # ("to pay Utilico a renewal fee of \u00a350,000")
        r"\b(?:extension|amendment|waiver|consent|forbearance|renewal)\s+fee\b[^$.;]{0,200}$"
        # the period's charges: "The Company's charges for interest, fees and
        # accretion totalling $162,927 for the six months"
        r"|\bcharges\s+for\s+interest\b[^$.;]{0,60}$"
        # (and interest and fees owed: "The accrued and unpaid interest and
        # fees were $2.6 million as at October 19, 2023")
        r"|\baccrued\s+(?:and\s+unpaid\s+)?interest\s+and\s+fees\b[^$.;]{0,30}$"
        # a valuation booked as an asset: "calculated fair value of the
        # convertible note at $2,400,000 as prepaid expenses and the excess
        # value of $2,000,000 over the value of note"
        r"|\b(?:prepaid|deferred)\s+expenses?\b[^$.;]{0,60}$"
        # a court's award: "recommend that plaintiff be awarded: ... (3)
        # $10,744.80 in attorneys' fees and costs"
        r"|\b(?:be|was|were|is|are)\s+awarded\b(?:[^.]|\.(?=\d)){0,400}$",
        before[-500:],
    ):
        return ""
    # a prospectus's fee table: "Proposed Maximum Aggregate Offering Price |
    # Amount of Registration Fee | ... $138,000,000": the columns, not a fee
    # withheld; a share's price: "£1.9 million (before expenses) to be raised
    # at an Issue Price of 0.8p"
    # (nor what is left after the costs: "a gross amount of £925,000 in cash
    # (net amount after costs of £900,500)")
    if rx.search(
        r"\bamount of registration fee\b|\bcalculation of registration fee\b"
        r"|\b(?:issue|placing|subscription|offer)\s+price\s+of\s*$"
        r"|\bnet\s+(?:amount|proceeds|sum)\s+after\s+(?:costs|expenses|fees)\s+of\s*$"
        # (nor the net proceeds the sentence is about, after the fees: "Net
        # proceeds to Cyberonics after issuance of $125 million of the
        # Notes, ... and payment of all other related fees and expenses
        # exceeded $97 million")
        r"|^\W*net proceeds\b[^;]{0,240}\b(?:exceeded|totall?ed|amounted to)\s*"
        r"(?:approximately\s*)?$",
        before,
    ):
        return None
    # the cost of shares bought back with the proceeds: "to repurchase
    # 1,795,444 shares of common stock ... at an aggregate cost of $11,401
    # thousand"; or of a hedge: "purchasing cash-settled call options at a
    # cost of approximately $35.36m"
    if rx.search(
        r"\b(?:repurchas\w*|buy\s*back|bought\s+back|call\s+options?|capped\s+calls?)\b"
        r"[^$.;]{0,120}\bcost\s+of\s*(?:approximately\s*)?$",
        before[-200:],
    ):
        return None
    # notes issued for expenses: "issued ... notes payable, some of which
    # were for contract work ... in lieu of compensation and expense
    # reimbursement, totaling approximately $338,000"; a use of the proceeds:
    # "5 billion KRW was intended for operating funds such as preclinical and
    # clinical expenses ..., and 20 billion KRW was allocated for debt
    # repayment" (not a fee paid with it: "$3,000 was used to pay the
    # investor's legal fees")
    # (nor a term sheet's estimate of the issuer's own costs: "Estimated
    # Expenses of Issuer, excluding Underwriting Discounts and Commissions:
    # $610,000"; nor the discount per note: "$26.25 per Note / $8.5 million
    # total")
    if (
        rx.search(
            r"\bin lieu of\b[^$.;]{0,90}$|\bestimated\s+expenses\b[^$.;]{0,80}$", left
        )
        or rx.match(
            r"^\s*(?:was|were|is|are|will be)\s+"
            r"(?:(?:allocated|intended|earmarked)\s+(?:for|to)|used for)\b",
            right,
        )
        or (
            _UNDERWRITING_LABEL.search(before[-160:])
            and rx.match(r"^\s*per\s+(?:note|bond|debenture|security)\b", right)
        )
    ):
        return None
    # what a commission is charged on: "the placing commission on the
    # initial $300m issue is only 1%"
    if rx.search(
        r"\b(?:commissions?|fees?)\s+on\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,2}$", left
    ):
        return None
    # a yearly fee, and its total over a term: "a commitment fee equal to
    # £100,000 per annum, being a total commitment fee of £300,000 for the
    # full term of the facility"
    if rx.match(r"^\s*(?:per annum|per year|a year)\b", right) or rx.search(
        r"\bper annum,\s+being\s+(?:a\s+)?total\b[^$.;]{0,40}$", left
    ):
        return None
    # a fee paid in shares: "1,800,000 shares ... issued to the investor as
    # commitment fee shares in respect of a $450,000 commitment fee"
    if rx.search(
        r"\bfee shares\b[^$.;]{0,40}$|\bshares\b[^$.;]{0,80}\bin respect of an?\s*$",
        left,
    ):
        return None
    # "net cash proceeds of $75,000 after payment of fees of $3,000": the
    # words right before the amount name it a fee
    named = rx.search(
        r"\b(?<!before )(?:fees?|commissions?|costs?|expenses)\s+(?:of|totaling|were)\s*"
        r"(?:approximately\s*)?$",
        left,
    )
    # ("The net proceeds ... after the initial purchaser discount and issuance
    # costs were approximately $245,158": the proceeds)
    if (
        named is not None
        and "were" in named.group(0)
        and rx.search(r"\bproceeds\b", before[-200:])
    ):
        named = None
    if (
        not (
            _FEE.search(left[-45:])
            or _FEE_AFTER.match(right)
            or _less_a_fee(left, right)
            or _FEE_FOR.match(right)
            # an underwriting discount: "The initial purchaser of the Notes
            # received an aggregate discount of $7,500,000"
            or rx.search(
                r"\b(?:initial purchasers?|underwriters?)\b[^$.;]{0,40}\breceived\s+an?\s+"
                r"(?:aggregate\s+)?discount\s+of\s*$",
                left,
            )
            # a term sheet's label: "Underwriting Discounts and Commissions:
            # $26.25 per Note / $8.5 million total"; "2.50% of price to public
            # (...); $5,555,000"
            or _UNDERWRITING_LABEL.search(before[-160:])
            # "pay an arrangement fee to the lender for the facility as a
            # whole in the amount of CHF 325,000"
            or rx.search(
                r"\b(?:arrangement|commitment|structuring|origination|facility)\s+fee\b"
                r"[^$.;]{0,60}\bin the amount of\s*$",
                left,
            )
        )
        # fees the note pays: "to issue the firm a 3% note payable in
        # satisfaction of $212,400 in fees"
        or rx.search(r"\bin (?:satisfaction|settlement|payment) of\s*$", left)
        # the proceeds: "The net proceeds of the sale of the Note, after
        # deducting the expenses payable by us, are expected to be $162,250"
        or (
            not named
            and rx.search(
                # ("estimates the proceeds (net of expenses) to be approximately
                # $982.1 million")
                r"offering costs|(?:net (?:cash )?proceeds|proceeds\s*\(\s*net of\b|after (?:deducting|payment of))"
                # (not "$97,250 net cash proceeds, as there was a deduction
                # from proceeds to the Company of $2,750 for legal fees")
                r"(?:(?!\bdeduction\b|\bwithheld\b|\bretained\b)[^$])*$",
                # ("received net proceeds after discounts and commissions, but
                # before expenses and payment of the structuring fee, of
                # approximately $53,268,000")
                before[-250:],
            )
        )
        # "The net proceeds ..., after deducting underwriting discounts and
        # other offering expenses, are expected to be approximately $428.3
        # million": the proceeds, however long the sentence
        or rx.search(
            r"\b(?:are|is|were|was|will be) (?:expected to be|estimated (?:at|to be))\s+"
            r"(?:approximately\s+)?$",
            left,
        )
        # ("The estimated net proceeds from the issue of the Convertible
        # Bonds, after deduction of commissions and expenses, would be
        # approximately HK$1.379 billion")
        or rx.search(
            r"\bnet proceeds\b[^$.;]{0,160}\b(?:would|will) be\s+(?:approximately\s+)?$",
            before[-250:],
        )
        # "for net proceeds following underwriting expenses of approximately
        # $582.0 million": the proceeds
        or rx.search(r"\bnet proceeds (?:following|after)\b[^$]{0,60}$", left)
        # (and the proceeds with an option: "net proceeds of $120.2m after
        # fees and expenses, rising to around $144.4m"); the cost of a hedge
        # bought with them: "to fund capped call transactions at an estimated
        # cost of $12m"
        or rx.search(
            r"\bnet proceeds\b(?:[^.;]|\.(?=\d)){0,120}\b(?:rising|increasing)\s+to\s+"
            r"(?:around\s+|about\s+|approximately\s+)?$"
            r"|\bcapped call\b[^$.;]{0,80}$"
            # (nor a regulator: "in a filing with the US Securities & Exchange
            # Commission (SEC) that it has closed on a $250 Million ... loan")
            r"|\b(?:exchange|securities)\s+commission\b[^$.;]{0,40}$",
            before[-250:],
        )
        # "which included $15,000 of L2's legal expenses, was purchased for a
        # price of $500,000": the price, after the fee
        or rx.search(r"(?:purchase price|for a price|purchased for)\b[^$]{0,20}$", left)
        # a fee the face includes: "The principal sum of the Iliad Note
        # reflects the amount invested, plus a 2.25% OID and a $10,000
        # reimbursement of Lender's legal fees"
        or rx.match(
            r"^\W*the principal (?:sum|amount)\b[^.]{0,80}\b(?:reflects|includes)\b",
            sentence,
            re.I,
        )
    ):
        return None
    # a placement agent's or finder's fee is the company's own contract, not
    # a cost withheld from this note's price; costs in a repayment are not
    # the note's issue costs
    if (
        rx.search(
            # ("Estimated offering expenses: $5,000,000": the issuer's own bills;
            # "(iii) a guaranteed commitment fee in the amount of $150,000": a fee
            # the holder earns, often in shares, not one withheld)
            r"placement agent|finder|broker|advis[oe]r|\b(?:the company|we) (?:also )?paid\b"
            r"|\bestimated offering expenses\b|\bguaranteed commitment fee\b"
            # ("before deducted estimated costs of $50,000": the issuer's estimate)
            r"|\bestimated\s+(?:costs|expenses|fees)\s+of\s+\S{0,4}\d"
            # (nor a licence's: "This license amendment required an upfront fee
            # of $7.0 million payable to Hanmi")
            r"|\b(?:license|licence|licensing)\b[^.;]{0,60}\b(?:upfront|up-front|milestone)\s+fee\b"
            r"|\b(?:was|were|been)\s+(?:re)?paid\b|\brepaid\b"
            # "Upon maturity ... the Company shall pay a loan participation fee of
            # $101,250": paid at the end, not withheld from the price
            # ("On the maturity date, Eos further agreed to pay to Clouding a
            # loan fee of $25,000")
            r"|\b(?:upon|at|on) (?:the )?maturity(?: date)?\b[^.;]{0,80}"
            r"\b(?:shall|will|must|(?:further )?agreed to) pay\b",
            sentence,
            re.I,
        )
        or rx.search(
            r"\bpaid\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:fees?\s+of\s+)?$|in payment of\s+(?:an?\s+)?$",
            left[-60:],
        )
    ) and not _less_a_fee(left, right):
        return ""
    return "fee"


def _less_a_fee(left: str, right: str) -> bool:
    """A fee taken from the proceeds, whoever earns it: "the Company received
    $50,000 proceeds less the $3,000 finder's fee pursuant to the terms of
    this convertible note"."""
    return bool(
        rx.search(r"\bproceeds\s+less\s+(?:the\s+|an?\s+)?$", left)
        and rx.match(r"^\s*(?:[\w’'-]+\s+){0,2}(?:fees?|commissions?)\b", right)
    )


#: The words before and after a principal, together (lower case):
#: After an amount: the notes of it issued ("of which £0.5 million loan notes
#: are intended to be issued").
_OF_WHICH_ISSUED = (
    r"(?:\s+(?:million|thousand))?\s+(?:loan\s+)?notes?\s+"
    r"(?:are|were|will be|have been)\s+(?:intended to be\s+|to be\s+)?issued\b"
)
#: The amount a defined term names: "$250,000___ (the “Principal Amount”)",
#: "GBP 95,000 (the "Loan")", "a £950,670 loan ( the "Loan")", "$3,500,000
#: (the “Note”)", "(US$7,634,700.00) in United States dollars (the
#: "Principal")" (not one of several: "$250,000 (the “First Note”) and
#: $150,000 (the “Second Note”)").
_DEFINED_PRINCIPAL = re.compile(
    # ("($111,109.00) in accrued and unpaid wages (the “Principal Amount”)":
    # what the sum is owed for)
    # ("Five Hundred Thousand ($500,000) Dollars (the "Principal Amount")")
    r"^[_\s]*\)?\s*(?:in united states dollars\s*|dollars\s*)?(?:(?:[\w-]+\s+){0,2}loan\s*)?"
    r"(?:in\s+(?:accrued\s+and\s+)?(?:unpaid\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:wages|salary|compensation|fees|rent)\s*)?"
    r"\(\s*(?:the\s+)?[\"“](?:[\w-]+\s+){0,3}(?:principal(?: amount)?|loan|note)[\"”]\s*\)"
    r"(?!\s*,?\s*and\s+\S{0,4}\d)"
)
_PRINCIPAL_AROUND = (
    # what investors provided in convertible debt: "Uber, ... and Highbridge
    # Capital Management provided $418m in convertible debt while UBS
    # O'Connor supplied a $105m term loan" (not "raised $523m in convertible
    # debt and term loan financing")
    (
        r"\bprovided\s*$",
        r"^\s*(?:million\s+|billion\s+)?in\s+convertible\s+debt\b(?!\s+and\b)",
    ),
    # "the successful placement of its EUR 1.1 billion bonds convertible
    # and/or exchangeable into new and/or existing shares"
    (
        r"\b(?:placement|issue|issuance|offering)\s+of\s+(?:its|the|their)\s*$",
        r"^\s*(?:[\w%.-]+\s+){0,3}(?:bonds|notes|debentures)\s+(?:convertible|exchangeable)\b",
    ),
    # "for the private placement of $25,750,000 of the Company's 6.25%
    # Convertible Senior Subordinated Secured Notes due 2027"
    (
        r"\b(?:private placement|offering|sale|issuance|issue)\s+of\s*$",
        r"^\s*of\s+(?:the\s+company['’]s|its|our)\s+(?:[\w.%-]+\s+){0,6}"
        r"(?:notes|debentures|bonds)\b",
    ),
    # a pricing's size after the notes: "priced its previously announced
    # offering of convertible senior notes at $100 million" (not a price:
    # "at $1,000 per note")
    (
        r"\bpriced\s+(?:its|the|an?)\s+(?:previously\s+announced\s+|proposed\s+)?"
        r"(?:private\s+)?offering\s+of\s+(?:[\w%.-]+\s+){0,4}(?:notes|debentures|bonds)\s+at\s*$",
        r"^\s*(?:[.,;]|$)",
    ),
    # a closing's part of a placement: "has completed the initial closing of
    # $1,475,000 of its previously announced private placement of up to
    # $4,000,000 in secured convertible promissory notes"
    (
        r"\b(?:initial|first|second|final)\s+closing\s+of\s*$",
        r"^\s*of\s+(?:its|the)\s+(?:previously\s+announced\s+)?(?:private\s+)?(?:placement|offering)\b",
    ),
    # money raised by one convertible issue: "has raised $100m from Germany's
    # Deutsche Bank through a convertible loan"; "has raised US$1 million via
    # the issue of secured Convertible Loan Notes"
    (
        r"\b(?:has|have|had)\s+raised\s*$",
        r"^\s*(?:from\s+[^$.;]{2,80}?\s+)?(?:through|via|by way of)\s+(?:the\s+issue\s+of\s+)?"
        r"(?:an?\s+)?(?:[\w-]+\s+){0,3}convertible\s+(?:loan|note|bond|debenture)",
    ),
    # a debt for services paid with a note: "the Company agreed to pay Cross
    # & Company $400,000 payable by the issuance of a convertible note"
    (
        r"\bagreed to pay\b[^$.;]{0,60}$",
        r"^\s*payable by (?:the\s+)?(?:issuance|issue) of an?\s+(?:[\w-]+\s+){0,3}"
        r"(?:note|debenture)\b",
    ),
    # "a non-brokered financing of $13 million by way of issuance of
    # convertible debentures"
    (
        r"\bfinancing of\s*$",
        r"^\s*(?:million\s+)?by way of (?:the\s+)?(?:issuance|issue) of (?:[\w-]+\s+){0,3}"
        r"convertible\b",
    ),
    # a private placement's size, as S&P Capital IQ summaries give it:
    # "announced a private placement of KRW 30,000,000,000 round seven
    # unregistered coupon unguaranteed private convertible bonds"
    (
        r"\bannounced a private placement of\s*$",
        r"^\s*(?:[\w-]+\s+){0,8}convertible bonds?\b",
    ),
    # "11 764 705 secured F series registered bonds, ... with the nominal
    # value of PLN 1.70 each and with the total value of PLN 19,999,998.50"
    (r"\beach,? and with the total (?:nominal )?value of\s*$", r""),
    # "The Offering comprises of 900 Bonds with issuance price of 5,000
    # euros, total of 4,500,000 euros"
    (
        r"\b[\d,]+\s+(?:[\w-]+\s+){0,2}(?:bonds|notes|debentures)\b[^$.;]{0,80},\s+"
        r"(?:a\s+|in\s+)?total of\s*$",
        r"",
    ),
    # "issuing a convertible note to Kim Brangstrup covering the remaining
    # loan amount of DKK 1,912,048"
    (
        r"\bconvertible (?:note|loan|bond)\b[^$.;]{0,60}\bcovering the "
        r"(?:remaining |outstanding )?(?:loan |debt )?amount of\s*$",
        r"",
    ),
    # an offering's size: "priced its foreign currency convertible bonds
    # (FCCB) offering of € 30 million"
    (
        r"\b(?:convertible|exchangeable)\s+(?:bonds|notes|debentures)\s*(?:\([^()]{1,20}\)\s*)?"
        r"offering of\s*$",
        r"",
    ),
    # a closing's size in the notes' defined name: "The closing was comprised
    # of an aggregate of Cdn.$500,000 of Debentures"; "the Company issued an
    # aggregate of $500,000 of Debentures"
    (
        r"\b(?:closing|offering|issue)\s+(?:was\s+)?(?:comprised|composed|consisted)\s+of\s+"
        r"(?:an aggregate of\s+|a total of\s+)?$"
        r"|\b(?:company|we)\s+issued\s+(?:an aggregate of|a total of)\s+$",
        r"^\s*of\s+(?:the\s+)?(?:convertible\s+)?(?:debentures|notes|bonds)\b",
    ),
    # "announces the pricing of its USD 1,000,000,000, 3-year bond
    # exchangeable for up to 204,081,633 VimpelCom ADSs"
    (
        r"\bpricing of (?:its|the|an?)\s*$",
        r"^,?\s*(?:[\w%.-]+\s+){0,4}(?:bonds?|notes?|debentures?)\b"
        r"(?!\s+(?:offering|programme|program|facility)\b)",
    ),
    # a disclosure form's row of a bond issued abroad: "2-1 (Overseas
    # issuance of convertible bonds) Total face value of bonds (or
    # electronically registered bonds) (currency unit) 205,804,332 USD"
    (r"\btotal face value of bonds\b[^.;]{0,60}\(currency unit\)\s*$", r""),
    # (a 6-K's line under "*Details of issuance of exchangeable bonds": "-
    # Issuance amount : Won 344,409,633,900")
    (r"^\W*issuance amount\s*:\s*$", r""),
    # an issue's size in a news report: "plans to sell five-year Hong
    # Kong-dollar denominated convertible bonds worth HK$1.5 billion"; "the
    # one per cent FCCB worth $110 million"
    (
        # ("exchangeable bonds (EB) worth 600 billion won"; "private CBs worth
        # 26 billion won")
        # (not "non-convertible debentures (NCDs) worth Rs 460 crore", nor "a
        # series of foreign currency convertible bonds (FCCBs) worth USD
        # 242.57 million in 2012": several issues' total)
        r"(?<!non-)(?<!series of )(?<!series of foreign currency )"
        r"\b(?:(?:convertible|exchangeable)\s+(?:[\w-]+\s+){0,2}(?:bonds?|notes?|debentures?)"
        # ("convertible bonds (CB) worth a total of 10 billion KRW")
        r"(?:\s*\([a-z]{2,6}\))?|fccbs?|cbs?|ebs?)\s+worth(?:\s+a\s+total\s+of)?\s*$",
        # (nor the part holders will convert: "Convertible bonds (CB) worth 1
        # billion KRW of NSN ... will be converted into stocks")
        # ("NSN's 21st series CB worth 1 billion KRW has been requested for
        # conversion")
        r"^(?![^.;]{0,80}\b(?:will be|were|was|have been|has been|are to be) "
        r"(?:converted|requested for conversion)\b)",
    ),
    # a tranche as a sentence's subject: "The $750 million of seven-year
    # bonds pay a coupon of 0.25% and priced at par"; "The $750 million of
    # 0% five-year paper was issued at 101.265"
    (
        r"^\W{0,3}the\s*$",
        r"^(?:\s*million|\s*billion)?\s+of\s+(?:[\w%.-]+\s+){0,4}"
        r"(?:bonds|notes|debentures|paper|convertibles)\s+"
        r"(?:pays?|bears?|carry|carries|was\s+issued|were\s+issued|(?:was\s+|were\s+)?priced)\b",
    ),
    # ("upsized from the initial offer size of US$65m to a final offer size
    # of US$75m")
    (r"\bfinal offer(?:ing)? size of\s*$", r""),
    # ("we resolved to issue the euro-yen denominated convertible bonds ...
    # with the aggregate face amount being 25 billion yen")
    (r"\b(?:aggregate|total)\s+(?:face|principal|nominal)\s+amount\s+being\s*$", r""),
    # (an offering's final size, see _AN_OFFERING_RAISED_TO)
    (_AN_OFFERING_RAISED_TO.pattern, r""),
    # ("the closing of the $115,000,000 notes offering and the over-allotment
    # option took place simultaneously today")
    (
        r"\bthe\s+closing\s+of\s+the\s*$",
        r"^\s*(?:[\w%.-]+\s+){0,3}(?:notes|debentures|bonds)\s+offering\s+and\s+the\s+"
        r"(?:over-allotment|underwriters['’]?|initial purchasers['’]?)\b",
    ),
    # ("tied-up with Citigroup ... for the issuance of foreign currency
    # convertible bonds (FCCBs) for US dollars 125 million")
    (
        r"\bissuance of\s+(?:[\w-]+\s+){0,4}(?:bonds|notes|debentures)\s*(?:\([^()]{1,20}\)\s*)?"
        r"for\s*$",
        r"",
    ),
    # ("has issued convertible loan notes ("CLNs") totalling £845,000")
    (
        r"\bissued\s+(?:[\w-]+\s+){0,3}(?:loan\s+)?notes\s*(?:\([^()]{1,20}\)\s*)?totall?ing\s*$",
        r"",
    ),
    # ("a convertible note agreement for total principal borrowings of JPY
    # 200,000,000")
    (r"\b(?:note|loan) agreement for total principal borrowings of\s*$", r""),
    # ("“Conversion Amount” means the aggregate amount of the Loan, being
    # S$200,000")
    (r"\baggregate amount of the (?:loan|note|debenture),\s+being\s*$", r""),
    # a headline's "Straits Trading prices S$370 million secured
    # exchangeable bonds"
    (
        # (or "Baidu Announces Pricing of US$2 Billion Offering of Zero Coupon
        # Exchangeable Bonds")
        r"\bprices\s*$|\bpricing\s+of\s*$",
        r"^\s*(?:of\s+)?(?:offering\s+of\s+)?(?:[\w%.-]+\s+){0,3}(?:convertible|exchangeable)\s+"
        r"(?:[\w-]+\s+){0,2}(?:notes|bonds|debentures)\b",
    ),
    # ("had issued convertible loan notes valued at €6 million to
    # shareholders"; "has raised Rmb680 million ($100 million) from the sale
    # of convertible bonds")
    (r"\bissued\s+(?:[\w-]+\s+){0,3}(?:notes|bonds|debentures)\s+valued\s+at\s*$", r""),
    (
        r"\braised\s*$",
        r"^\s*(?:\([^()]{0,30}\)\s*)?from\s+the\s+sale\s+of\s+(?:[\w-]+\s+){0,3}"
        r"(?:convertible|exchangeable)\s+(?:bonds|notes|debentures)\b",
    ),
    # ("its private offering (the “Convertible Notes Offering”) of $900
    # million, which was increased from the previously announced offering
    # size, aggregate principal amount of convertible unsecured 0% Senior
    # Notes")
    (
        r"\bconvertible\s+(?:senior\s+)?notes\s+offering[\"”]?\)?\s+of\s*$",
        r"^\s*,\s*which\s+was\s+(?:increased|upsized)\s+from\b",
    ),
    # ("in exchange for its issuance of $100 million in aggregate principal
    # of new 3.75% Convertible Subordinated Debentures"; "has today issued the
    # Convertible Note to Foley Family Wines Holdings, New Zealand Limited
    # (Foley Holdings) for $11.8 million")
    (
        r"\bissuance of\s*$",
        r"^\s*in\s+aggregate\s+principal\s+of\s+new\s+(?:[\w%.-]+\s+){0,3}convertible\b",
    ),
    # ("The aggregate principal amount of the offering was US$625 million";
    # "it priced its senior subordinated notes offering of $175 million")
    (
        r"^\W*the\s+aggregate\s+principal\s+amount\s+of\s+the\s+(?:offering|notes|bonds|debentures)\s+"
        r"(?:was|is|will\s+be)\s*$"
        r"|\bpriced\s+its\s+(?:[\w-]+\s+){0,3}(?:notes|bonds|debentures)\s+offering\s+of\s*$",
        r"",
    ),
    # ("had issued 1,500 unsecured foreign currency convertible bonds (of
    # $10,000 each), aggregating $15 million, to IFC")
    (
        r"\bissued\s+[\d,]+\s+(?:[\w-]+\s+){0,5}(?:bonds|notes|debentures)\b[^.;]{0,40},\s+"
        r"aggregating\s*$",
        r"",
    ),
    # ("has priced a US $90 million, five-year, zero-coupon overseas
    # convertible bond")
    (
        r"\bpriced\s+an?\s*$",
        r"^\s*,?\s*(?:[\w%.-]+,?\s+){0,5}(?:convertible|exchangeable)\s+(?:[\w-]+\s+){0,2}"
        r"(?:bonds?|notes?|debentures?)\b",
    ),
    # the part of an instrument issued: "of which £0.5 million loan notes are
    # intended to be issued"
    (r"\bof which\s*$", "^" + _OF_WHICH_ISSUED),
    # a holder converting a part "of its £2,500,000 Loan Note Instrument"
    (
        r"\bconvert\b[^$.;]{0,60}\bof its\s*$",
        r"^\s*(?:[\w-]+\s+){0,2}(?:loan\s+)?(?:notes?|debentures?)\b",
    ),
    # "completed a $3 million Bridge Note financing with OJSC Pharmsynthez"
    (r"\bcompleted an?\s+$", r"^\s*(?:[\w-]+\s+){0,2}note financing\b"),
    # "to issue a five-year unsecured convertible note in order to raise an
    # initial A$55.8-million"
    (
        r"\b(?:issue|sell)\s+an?\s+(?:[\w-]+\s+){0,5}(?:note|debenture)\s+"
        r"(?:in order\s+)?to raise\s+(?:an initial\s+)?$",
        r"",
    ),
    # a numbered instrument's face: "No. CCP-1 $5,625,000 TELEPLUS
    # ENTERPRISES, INC. Secured Convertible Debenture"; "No. 1 US$1,500,000
    # This 10.0% Secured Convertible Debenture"
    (r"\bno\.\s*[a-z0-9-]{1,10}\s*$", r"\b(?:note|debenture)\b"),
    # "the Company refinanced its $300,000 note payable with Jack Petersen":
    # the replacement's principal, unless the text says otherwise
    (r"\brefinanced\s+(?:its|the|an?)\s+$", r"^\s*(?:[\w-]+\s+){0,3}notes?\b"),
    # "invested $101,000 via a one year convertible note"
    # a term sheet's line: "Amount:$5 million" (Prospect News: "Issue:
    # Convertible secured debt", "Amount:$5 million", "Maturity:Two years")
    # ("• Total Issuance Amount: R$1,745,900,000.00.")
    # (a numbered line of a Taiwan announcement: "4.Total amount
    # issued:NT$1,000,000,000")
    (
        # (a Vietnamese board's plan: "- Total offering value: VND900 billion";
        # "- Total value: USD300,000,000")
        # ("Offering Size: $200,000,000 aggregate principal amount (or
        # $230,000,000 aggregate principal amount if the underwriter exercises
        # its option ... in full)")
        r"^\W*(?:\d{1,2}\.\s*)?(?:amount|issue size|size|offering size|total issu(?:e|ance) amount"
        # ("Issue value: VND234,000,000,000")
        # (a term table's row: "Issue size | Eur 750,000,000")
        # ("- Total par value issued: VND254,446,660,000")
        r"|total amount issued|total par value issued|total (?:offering )?value|issue value)\s*[:|]\s*$",
        # ("Size: $150,000,000 or $172,500,000 if the Underwriters exercise in
        # full their over-allotment option": the size before the option)
        r"^\s*\.?\s*$|^\s*(?:aggregate\s+principal\s+amount\s*\(\s*)?or\s+\S{0,4}\d[\d,.]*\s*"
        r"(?:million\s+|billion\s+)?(?:aggregate\s+principal\s+amount\s+)?if\s+the\s+"
        r"(?:underwriters?|initial\s+purchasers?)\b",
    ),
    # the press's words for an issue: "completed a previously announced
    # $201.25 million offering of 2.625% convertibles"; "priced a $420
    # million offering of its first unsecured foreign currency convertible
    # bonds" (not "a $1.5 billion offering of five- and seven-year senior
    # convertible bonds": two tranches)
    (
        r"",
        # ("closed its $400 million offering of its 3.875% Convertible Senior
        # Subordinated Notes due 2017")
        # ("$600 million offering of 4 3/4% Senior Unsecured Convertible
        # Notes due 2023")
        r"^\s*offering\s+of\s+(?:its\s+|their\s+)?(?:(?!and\b)[\w%./-]+\s+){0,6}?"
        r"(?:convertibles\b|convertible\s+(?:(?:senior|subordinated|unsecured)\s+){0,2}"
        # ("the €175 million offering of net share settled bonds convertible
        # into new shares")
        r"(?:bonds|notes|debentures)\b|(?:bonds|notes|debentures)\s+convertible\s+into\b)",
    ),
    # ("Züblin Immobilière France SA issued 10-year Mandatory Convertible
    # Securities for EUR 35.5 million")
    (
        r"\bissued\s+(?:[\w-]+\s+){0,4}convertible\s+(?:securities|notes|bonds|debentures)\s+for\s*$",
        r"",
    ),
    # ("advised Suez Environnement on its €350 million issuance of bonds
    # convertible into and/or exchangeable for new or existing shares")
    (
        r"",
        r"^\s*issu(?:ance|e)\s+of\s+(?:(?!and\b)[\w%.-]+\s+){0,3}?"
        r"(?:(?:bonds|notes|debentures)\s+convertible\b|convertible\s+(?:bonds|notes|debentures)\b)",
    ),
    # ("the energy company has priced its senior unsecured convertible notes
    # at $200 million")
    (
        r"\bpriced\s+(?:its|the)\s+(?:[\w-]+\s+){0,4}(?:notes|bonds|debentures)\s+at\s*$",
        r"",
    ),
    # ("The original issue size was $687.8 million", in a later notice)
    (r"\boriginal issue size (?:was|of|is)\s*$", r""),
    # ("the company has agreed on a debt of EUR 10 million with a right to
    # conversion with the Finnish Industry Investment Ltd")
    (
        r"\b(?:a|an)\s+(?:debt|loan)\s+of\s*$",
        r"^\s*with\s+(?:a|the)\s+right\s+(?:to|of)\s+conver(?:sion|t)\b",
    ),
    # ("Piraeus Bank subscribed to 251,835,900 Tranche A bonds of the
    # Convertible Bond Loan ... issued by MIG, covering an amount of
    # €251,835,900")
    (
        r"\b(?:bonds|notes|debentures)\b[^;$€£]{0,80}?,?\s+covering\s+an?\s+"
        r"(?:total\s+|aggregate\s+)?amount\s+of\s*$",
        r"",
    ),
    # ("has successfully placed the convertible bond with a volume of CHF 50
    # million")
    # ("The CBs were issued in October 2024 with a total size of KRW 4
    # trillion")
    (
        r"\b(?:bonds?|notes?)\s+with\s+a\s+(?:total\s+)?volume\s+of\s*$"
        r"|\b(?:bonds|notes|cbs)\s+were\s+issued\s+(?:in|on)\s+[\w ,]{4,20}?\s+with\s+a\s+"
        r"(?:total\s+)?size\s+of\s*$",
        r"",
    ),
    # a Swiss issuer's list of its bonds: "CHF 175 million paid up on 30 June
    # 2015, subordinated convertible bond"
    (r"", r"^\s*,?\s*paid up on\b(?=[^.;]{0,60}\bconvertible\b)"),
    # "raising £300,000 in convertible debt"
    (
        r"\brais(?:e|ed|ing)\s+$",
        r"^\s*(?:in|of|through|via)\s+(?:new\s+)?(?:convertible|secured|unsecured)\s+"
        r"(?:debt|notes?|loan notes?|debentures?|bonds?|loans?)\b",
    ),
    # ("raised Rs 300 crore last June through placement of secured
    # optionally fully convertible debentures")
    # (not "looking to raise HK$46 million through the placement of
    # convertible bonds": a plan's size)
    (
        r"\braised\s+$",
        r"^\s*(?:(?:last|this)\s+\w+\s+)?through\s+(?:the\s+)?(?:placement|issue|issuance|sale)\s+"
        r"of\s+(?:[\w-]+\s+){0,5}?(?:convertib|debentures\b|notes\b|bonds\b)",
    ),
    # ("to raise GBP400,000 by way of a five year convertible loan"; "A
    # further $5 million will be raised by way of a capital convertible note")
    (
        r"(?:\brais(?:e|ed|ing)\s+|^\W*(?:an?\s+)?(?:further|additional)\s+)$",
        r"^\s*(?:(?:will be|was|is) raised\s+)?by way of an?\s+(?:[\w-]+\s+){0,3}?"
        r"convertible\s+(?:loan notes?|notes?|loans?|bonds?|debentures?)\b",
    ),
    # "a concurrent private placement of US$5 million of convertible senior
    # notes"
    (
        # ("priced a private placement of $1.3 billion of its series 2024A 4.5%
        # convertible senior notes")
        r"\bprivate placement of\s*$",
        r"^\s*of\s+(?:[\w%.-]+\s+){0,6}(?:notes|debentures|bonds)\b",
    ),
    # "through the issuance of $2,423,000 New Debentures"
    (
        r"\bissu(?:ance|e) of\s*$",
        r"^\s*(?:of\s+)?(?:(?:new|convertible|senior|secured|unsecured|subordinated)\s+)+"
        r"(?:[\w%-]+\s+){0,3}(?:notes|debentures|bonds)\b",
    ),
    # ("the $150m investment comes via secured exchangeable notes")
    (
        r"",
        r"^\s*(?:investment\s+comes\s+)?(?:via|through)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}"
        r"(?:note|debenture)s?\b",
    ),
    # a running total after an addition: "has issued an additional £20,000 of
    # Loan Notes taking the total number of Loan Notes outstanding to £149,000"
    # ("exercised their option to purchase an additional $86.3 million ...,
    # bringing the total aggregate principal amount of the 2028 Notes issued
    # and outstanding to $661.3 million")
    (
        r"\b(?:taking|bringing) the total (?:number |amount |(?:aggregate )?principal amount )?"
        r"of (?:the )?(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds)"
        r"(?: issued and outstanding| outstanding)? to\s*$",
        r"",
    ),
    # "The Company received $50,000 which bears interest at 10% per annum"
    (r"\breceived\s+$", r"^\s*,?\s*which bears interest\b"),
    # "The Note was purchased for, and has an initial face amount of,
    # $400,000"
    (r"\b(?:initial|original)\s+face\s+amount\s+of,?\s*$", r""),
    # "a new Convertible Debenture payable to the Purchaser, in the gross
    # amount of $411,764 (resulting in a net amount of $350,000)"
    (r"\b(?:note|debenture)\b[^$.;]{0,60}\bin the gross amount of\s*$", r""),
    # the notes' count and their total: "400,000 Loan Notes each having
    # nominal value of £1, being in aggregate £400,000"
    (
        r"\b(?:notes|debentures|bonds)\b[^$.;]{0,60},?\s+being\s+in\s+(?:the\s+)?aggregate\s*$",
        r"",
    ),
    # "additional investment of £400,000 by way of issue and subscription of
    # Convertible Loan Notes"
    (
        r"\binvestment of\s*$",
        r"^\s*by way of (?:an? |the )?(?:issue|subscription)\b[^.;$]{0,40}"
        r"\b(?:notes|debentures|bonds)\b",
    ),
    # "it received a $100,000 loan from Toucan Partners, L.L.C."
    (r"\breceived\s+an?\s+$", r"^\s*(?:(?:convertible|bridge|unsecured)\s+)?loan\b"),
    # "the Company received $100,000 from Paul Beckman, a director of the
    # Company, under a convertible promissory note"
    (
        r"\breceived\s+$",
        r"^\s*from\b[^.;$]{0,60}\bunder an?\s+"
        r"(?:convertible|promissory|secured|unsecured|note|debenture)\b",
    ),
)


#: A conversion rate's numerator: "the conversion rate is equal to $1,000
#: principal amount of debentures divided by the conversion price" (a unit,
#: neither the note's face nor its price).
_RATE_NUMERATOR = re.compile(
    r"\s*(?:in\s+)?principal amount of (?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:debentures?|notes?|bonds?)\s+divided\s+by\b",
    re.IGNORECASE,
)


def _an_older_notes(sentence: str, money: Money, left: str, right: str) -> bool:
    """Whether a principal amount is an older note's, which the new one
    replaces or a debt assigned from it is evidenced by."""
    # the older note a debt assigned from it is evidenced by: "a portion
    # ($27,500) of debt due by the issuer to ICG USA, LLC evidenced by a
    # certain convertible promissory note issued on February 16, 2012 in the
    # original principal amount of $200,000"
    if _EVIDENCED_BY_AN_OLDER_NOTE.search(sentence[: money.start][-220:]):
        return True
    # a note not convertible converted away: "and convert a $360,000
    # promissory note dated November 1, 2013 (the "Note") into Units of the
    # Company" (not "will convert an A$1.5 million secured convertible note")
    if rx.search(
        r"\bconvert(?:ed|s|ing)?\s+(?:a|an|the|its|their)\s*$", left
    ) and rx.match(
        r"^\s*(?!(?:[\w-]+\s+){0,2}convertible\b)(?:[\w-]+\s+){0,2}(?:notes?|debentures?|loans?)\b",
        right,
    ):
        return True
    # a debt that is not a note converted into the new notes: "convert the
    # unsecured interest-bearing debt facility with Sentient, in the
    # aggregate principal amount of US$3,000,000, ... into 9.0% senior
    # unsecured convertible debentures"
    if rx.search(
        r"\bconvert(?:ed|s|ing)?\s+(?:a|an|the|its|their)\s+(?:(?!convertible\b)[\w-]+,?\s+){0,5}"
        r"(?:facility|loan|debt|indebtedness)\b[^$;]{0,80}$",
        sentence[: money.start][-200:],
        re.IGNORECASE,
    ) and rx.match(r"^[^;]{0,200}\binto\b", sentence[money.end :]):
        return True
    # an exchange's two amounts: the first, swapped, is the older notes', the
    # second, given for them, the new notes' ("Emcore swaps $14.43 million
    # convertibles due 2006 for convertibles due 2011"; "exchanged $14.425
    # million of its existing 5% convertible subordinated notes due May 15,
    # 2006 for $16.580 million of 5% convertible senior subordinated notes")
    # the notes a new issue refinances: "the successful refinance of its
    # A$26.5 million Fixed Rate Unsecured ASX-listed Convertible Notes due 31
    # March 2020 via the issue of A$27 million Fixed Rate Unsecured Notes"
    if rx.search(
        r"\brefinanc(?:e|ing)\s+of\s+(?:its|the|their)\s*$", left
    ) and rx.match(
        r"^[^$;.]{0,160}\b(?:via|through|by|with)\s+(?:the\s+)?(?:issue|issuance)\s+of\b",
        sentence[money.end : money.end + 200].lower(),
    ):
        return True
    swapped = r"\b(?:swap|swaps|swapped|exchange|exchanges|exchanged)\s+"
    if rx.search(swapped + r"$", left) and rx.match(
        r"^[^$;.]{0,120}\bfor\b", sentence[money.end : money.end + 160].lower()
    ):
        return True
    if rx.search(
        swapped
        # ("will exchange $46,035,000 aggregate principal amount of Existing
        # Convertible Notes for $46,035,000 aggregate principal amount of its
        # new 6.00% Convertible Senior Notes")
        + r"\S{0,4}\d[\d.,]*\s*(?:million|billion)?\s+(?:aggregate\s+principal\s+amount\s+)?of\s+"
        r"(?:(?:its|the|our)\s+)?existing\b"
        r"[^$;]{0,120}\bfor\s*$",
        sentence[: money.start][-220:],
        re.IGNORECASE,
    ):
        return False
    # the existing notes' balance, named further back than the words before
    # it: "holders of its existing 6.00% guaranteed convertible bonds due 6
    # March 2019 with an outstanding principal amount of 140 million euros"
    if rx.search(r"\boutstanding\s+principal\s+amount\s+of\s*$", left) and rx.search(
        r"\b(?:its|the|their|our)\s+existing\b[^$;]{0,160}$",
        sentence[: money.start],
        re.IGNORECASE,
    ):
        return True
    return bool(
        _EXCHANGED.search(left)
        # ("existing credit facility, as well as the issuance to the seller
        # by Mad Catz of $14.5 million of convertible notes")
        # (not a place's name: "New York, Nov. 16 - Emcore Corp. said it
        # exchanged")
        and not rx.search(
            r"\bnew\b(?!\s+(?:york|jersey|zealand|south\s+wales|hampshire|mexico|brunswick|delhi)\b)"
            r"|\bissu(?:ed?|ance)\b[^$]{0,60}$",
            left[-70:],
        )
        # ("exchange $31,975,000 ... of the existing notes for $33,574,000
        # aggregate principal amount of new 8% convertible senior notes")
        and not rx.match(r"^[^.;$]{0,40}\bof\s+(?:the\s+)?new\b", right)
        # (the existing note amended, with no new one: "to further restructure
        # its existing 7.5% £2,000,000 Convertible Secured Loan Note")
        and not rx.search(
            r"\b(?:restructure|amend|extend|vary|modify)\s+(?:its|the)\s+existing\s+"
            r"(?:[\d.]+\s*%\s+)?$",
            left,
        )
        # ("which was exchanged for a convertible note in the principal
        # amount of $2,079,686", "exchanged a previously issued warrant for a
        # Convertible Promissory Note in the principal amount of $115,000": the
        # note given in exchange)
        and (
            not (
                rx.search(
                    # ("$8 million in funding from Lind in exchange for a Senior
                    # Secured Convertible Promissory Note in the amount of
                    # $9,600,000")
                    # ("proceeds of $125,000 ... in exchange for the issuance
                    # of a secured convertible promissory note in the
                    # principal amount of $138,889"; "in exchange for a 10%
                    # interest bearing; unsecured convertible promissory note
                    # with a face value of $105,000")
                    r"\bexchanged?\b[^$;]{0,80}?\bfor\s+(?:the\s+issuance\s+of\s+)?an?\s+"
                    r"(?:[\w%;,-]+\s+){0,6}(?:note|debenture)\b[^$]{0,40}$",
                    sentence[: money.start][-200:],
                    re.IGNORECASE,
                )
                # ("agreed to exchange the Notes (the “Debt Exchange”) for a
                # $275,000 principal amount convertible note")
                or (
                    rx.search(
                        r"\bexchanged?\b[^$;]{0,80}?\bfor an?\s*$",
                        sentence[: money.start][-200:],
                        re.IGNORECASE,
                    )
                    and rx.match(
                        r"^\s*(?:(?:aggregate\s+)?principal\s+amount\s+)?(?:[\w-]+\s+){0,3}"
                        r"(?:note|debenture|bond)\b",
                        right,
                        re.IGNORECASE,
                    )
                )
            )
            # (unless that note is the earlier one: "in exchange for a demand
            # promissory note in the principal amount of $250,000 previously
            # issued to the Reporting Person")
            or rx.match(
                r"^[^.;]{0,40}\b(?:previously|originally) (?:issued|sold|held|granted)\b",
                right,
            )
        )
    )


def _series_unit_or_part(sentence: str, money: Money, left: str) -> str | None:
    """An amount the whole sentence shows is the series', a unit's or some
    holders' part, not the note's own: "series", "unit" or "part"."""
    # one tranche's: "the company issued 10,755 notes for proceeds of AUD
    # 1,075,500 in its first tranche"
    # (a count of the issue's notes before it)
    if rx.match(
        r"\s*in\s+(?:its|the)\s+(?:first|initial|second|third|final)\s+tranche\b",
        sentence[money.end :],
        re.IGNORECASE,
    ) and rx.search(
        r"\bissued\s+[\d,]+\s+(?:convertible\s+|converting\s+)?(?:notes|bonds|debentures|securities)\b"
        r"[^.;$]{0,40}$",
        left,
        re.IGNORECASE,
    ):
        return "part"
    # principal and interest together: "all the principals and accrued
    # interests owed by the Company ... of an aggregate amount of
    # US$7,003,834"
    if rx.search(
        r"\bprincipals?\s+and\s+(?:the\s+)?accrued\s+interests?\b[^$;]{0,160}"
        r"\b(?:of\s+)?an?\s+aggregate\s+amount\s+of\s*$",
        sentence[: money.start],
        re.IGNORECASE,
    ):
        return "part"
    # the part some holders hold: "A total of $500,000 principal amount of
    # Debentures, and 3,333,334 underlying Warrants are held by parties who
    # are considered to be "related parties""
    if rx.match(
        r"^\s*(?:in\s+)?principal amount of\s+(?:the\s+)?(?:debentures|notes|bonds)\b"
        r"[^.;]{0,80}\b(?:are|is|were|was)\s+held\s+by\b",
        sentence[money.end : money.end + 200],
        re.IGNORECASE,
    ):
        return "part"
    # the series, described at length first: "THIS DEBENTURE is one of a
    # series of duly authorized issued debentures of ..., designated as its
    # 6% Convertible Debentures, due April 30, 2001 (the "Debentures"), in an
    # aggregate principal amount of $2,000,000"
    if rx.search(r"\baggregate principal amount of\s*$", left) and rx.search(
        r"\bis one of a (?:duly authorized\s+)?series of\b",
        sentence[: money.start],
        re.I,
    ):
        return "series"
    # the programme a tranche is part of: "has subscribed for the first
    # tranche of the EUR21.0 million convertible bond cum warrant"
    if rx.search(
        r"\b(?:first|second|third|initial|next|further|new)\s+tranche\s+of\s+(?:the|an?|its)\s*$",
        left,
    ) and rx.match(
        r"^\s*(?:convertible\s+)?(?:bonds?|notes?|debentures?|loans?|facility|programme)\b",
        _right(sentence, money.end),
    ):
        return "series"
    # a unit's part: "each Unit consisting of a Debenture in the principal
    # amount of $1,000 and one thousand (1,000) shares"
    if rx.search(
        r"\beach\s+unit\s+(?:consisting|comprised|composed)\s+of\b[^$;]{0,80}$", left
    ):
        return "unit"
    # the denomination a conversion counts in: "if the portion to be
    # converted is $1,000 principal amount or an integral multiple thereof"
    if rx.match(
        r"\s*(?:in\s+)?principal amount\s+or\s+(?:an?\s+)?integral multiples?\b",
        sentence[money.end :],
        re.I,
    ):
        return "unit"
    # some holders' notes among several: "the Loan Notes issued to
    # Fairbairn, amounting to £238,750 in aggregate"
    if rx.search(
        r"\b(?:notes|debentures|bonds)\s+issued\s+to\s+[^,;$]{2,60},\s+amounting\s+to\s*$",
        left,
    ) and rx.match(r"\s*in aggregate\b", sentence[money.end :], re.I):
        return "part"
    # notes one holder passes to another: "through the transfer of $50
    # million of Convertible Notes to an unaffiliated third party"
    if rx.search(r"\b(?:through|by) the transfer of\s*$", left):
        return "part"
    # some holders' part of the offering: "Tony Pialis, ... participated (via
    # their respective investment vehicles) in the Offering through a
    # subscription of $20m in aggregate principal amount of the Bonds"
    if rx.search(
        r"\bparticipated\b[^.;$]{0,120}\b(?:through|by way of|via)\s+(?:a\s+)?subscription\s+"
        r"(?:of|for)\s*$",
        sentence[: money.start].lower()[-200:],
    ):
        return "part"
    return None


_INTEREST_INTO_A_NOTE = re.compile(
    r"\s*of\s+(?:outstanding|accrued)\s+(?:and\s+unpaid\s+)?interest\s+(?:will|shall)\s+be\s+"
    r"(?:cleared|settled|satisfied|paid)\s+(?:through|by|via)\s+(?:the\s+issuance\s+of\s+)?"
    r"an?\s+(?:[\w-]+\s+){0,3}convertible\s+(?:promissory\s+)?(?:note|debenture)\b",
    re.IGNORECASE,
)

#: Debts an amount converts into a note: "$226,785 advances to a convertible
#: promissory note", "$50,000 of accrued salary into a convertible note".
_DEBT_INTO_A_NOTE = re.compile(
    r"\s*(?:of\s+)?(?:(?:the|its|outstanding|unpaid|accrued|related[- ]party)\s+)*"
    r"(?:advances|loans?|debts?|payables?|salar(?:y|ies)|fees|amounts?\s+owed)\s+"
    r"(?:in)?to\s+an?\s+(?:[\w-]+\s+){0,3}convertible\s+(?:promissory\s+)?(?:note|debenture)\b",
    re.IGNORECASE,
)


def _owed_into_a_note(sentence: str, money: Money, left: str) -> bool:
    """Whether an amount owed is turned into the note: interest "cleared
    through a 12-month convertible note", or debts converted ("to convert
    $226,785 advances to a convertible promissory note")."""
    right = sentence[money.end :]
    return bool(
        _INTEREST_INTO_A_NOTE.match(right)
        or (
            rx.search(r"\bconvert(?:ed|s|ing)?\s*$", left)
            and _DEBT_INTO_A_NOTE.match(right)
        )
    )


def _placement_size(sentence: str, money: Money) -> str | None:
    """ "principal" for a placement's size as S&P Capital IQ summaries give
    it: "announced a private placement of 9th series ... convertible bonds
    for gross proceeds of KRW 1,600,000,000"."""
    if rx.search(
        # ("... private convertible bonds with bearer interest for gross
        # proceeds of"; "... convertible bonds with warrants for the gross
        # proceeds of")
        r"\bprivate placement of\b[^$.;]{0,120}\bconvertible bonds"
        r"(?:\s+with\s+(?:bearer\s+interest|warrants))?\s+for (?:the\s+)?gross proceeds of\s*$"
        # ("a private placement of 185 convertible bonds at €100,000 per bond
        # for gross proceeds of €18,500,000"; "... convertible securities with
        # par value of AUD 1 per security for gross proceeds of")
        r"|\bprivate placement of\b[^$.;]{0,120}\bconvertible (?:bonds?|notes|debentures|securities)\b"
        r"[^.;]{0,60}?\bper (?:bond|note|debenture|security)\s+for (?:the\s+)?gross proceeds of\s*$"
        # (a Korean brief: "Says it will issue 25th unregistered and unsecured
        # private convertible bonds, to raise 10 billion won in proceeds")
        # ("announced that it will issue Series 4 Unregistered nonguaranteed
        # private convertible bonds for gross proceeds of KRW 5,000,000,000")
        # (and a second series beside it: "... for gross proceeds of KRW
        # 8,000,000,000 and series 5 non-guaranteed private equity
        # convertible bonds for gross proceeds of")
        r"|\b(?:will issue|and series \w+)\b[^.;$]{0,100}\bconvertible bonds,?\s+(?:to raise|raising|"
        r"for (?:the\s+)?gross proceeds of)\s*$",
        sentence[: money.start],
        re.IGNORECASE,
    ):
        return "principal"
    return None


def _promised_or_loaned(sentence: str, money: Money) -> bool:
    """A face a note's own words state ("promises to pay to the order of
    ... Dollars ($406,137.00)"), or a loan's to a borrower named between
    ("Adar Bays loaned GeneSYS $35,000")."""
    before = sentence[: money.start]
    # ("promises to pay to the order of Primordia, LLC (“Holder”) Four
    # Hundred Six Thousand One Hundred Thirty-Seven Dollars ($406,137.00)")
    promised = rx.search(
        r"\bpromises? to pay\b[^$.;_]{0,160}\bdollars\s*\(\s*(?:u\.s\.\s*)?$"
        # ("promises to pay to the order of ASHER ENTERPRISES, INC., a
        # Delaware corporation, or registered assigns (the "Holder") the
        # sum of $22,500.00")
        r"|\bpromises? to pay\b[^$;_]{0,200}\bthe (?:principal )?sum of\s*$"
        # ("a Convertible Promissory Note (the "March Note") promising to
        # pay HWH International Inc., a Delaware corporation ("HWH"),
        # $250,000.00")
        r"|\bnote\b[^$;_]{0,40}\bpromising to pay\b[^$;_]{0,120},\s*$",
        before.lower()[-260:],
    )
    loaned = rx.search(r"\bloaned\s+(?:[A-Z][\w.&-]*\s+){1,3}$", before)
    return bool(promised or loaned)


#: What an exchange leaves: "Following this transaction, the company will
#: have $59.9 million principal amount of 6.5% convertibles outstanding".
_AFTER_AN_EXCHANGE = (
    r"\W*(?:following|after)\s+(?:this|the)\s+(?:transaction|exchange)s?\b[^;]{0,40}"
    r"\bwill\s+have\b"
)


def _a_balance_or_a_basis(sentence: str, left: str, right: str) -> bool:
    """An amount that is no issue's: a balance at a reporting date ("At 30
    June 2014 secured convertible notes with a face value of $1,675,000 were
    outstanding"), or one something else is counted from ("warrants ... for
    a variable number of shares based on the principal amount of $20.9
    million")."""
    balance = (
        rx.match(r"^\s*(?:were|was)\s+outstanding\b", right)
        and rx.match(
            r"^\W*(?:at|as at|as of)\s+(?:\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{1,2},\s+\d{4})\b",
            sentence.lower(),
        )
    ) or (
        # what an exchange leaves: "Following this transaction, the company
        # will have $59.9 million principal amount of 6.5% convertibles
        # outstanding"
        rx.match(r"^(?:[^.;]|\.(?=\d)){0,80}\boutstanding\b", right)
        and rx.match(_AFTER_AN_EXCHANGE, sentence.lower())
    )
    basis = rx.search(
        r"\bbased on (?:the|an?)\s+(?:aggregate\s+)?(?:outstanding\s+)?principal amount of\s*$"
        # the size of an agreement a note is issued under: "issued pursuant
        # to ... the Note Purchase Agreement for $17 Million Senior Secured
        # Convertible Promissory Notes dated as of January 5, 2005"
        r"|\b(?:note|securities|subscription)\s+purchase\s+agreement\s+for\s*$"
        # a part converted: "issued ... new shares ... by conversion of debt
        # in the total amount of DKK 150,000"; "it wishes to convert in the
        # total amount of DKK 150,000"
        r"|\bconver(?:sion|t|ted)\b[^.;$]{0,40}\bin the (?:total |aggregate )?amount of\s*$"
        # interest accrued: "the Company accrued interest in the amount of
        # $11,197"
        r"|\b(?:accrued|recorded|recognized|recognised|incurred)\s+(?:interest|interest\s+expense)\s+"
        r"(?:in\s+the\s+amount\s+)?of\s*$"
        # a security's amount: "secured by a hypothec in the amount of
        # US$60,000,000 over the universality of the Company's movable assets"
        r"|\b(?:hypothec|mortgage|pledge|lien|security interest)\s+in\s+the\s+"
        r"(?:aggregate\s+)?(?:amount|sum)\s+of\s*$"
        # interest that joins the principal: "along with interest of
        # US$55,065 thereon"
        r"|\b(?:along|together) with (?:accrued\s+(?:and\s+unpaid\s+)?)?interest of\s*$"
        # loans owed at a reporting date: "The Company had short-term loans
        # outstanding to corporate officers at May 31, 2013 in the amount of
        # $320,036"
        r"|\b(?:loans?|advances?|debts?)\s+outstanding\b[^$.;]{0,80}\bin\s+the\s+amount\s+of\s*$"
        # a company's valuation a conversion price is set from: "based on a
        # valuation equal to 80% of US$260,400,000"
        # ("a valuation lower than 80% of US$260,400,000")
        r"|\bvaluation\s+(?:equal\s+to|of|at|(?:lower|less|higher|greater)\s+than)\b[^$.;]{0,30}$",
        left,
    )
    # bank loans, not notes: "to acquire $285 million of $570 million
    # principal amount of loans outstanding under its credit facilities"
    loans = rx.match(
        r"^\s*(?:million\s+|billion\s+)?(?:aggregate\s+)?principal\s+amount\s+of\s+"
        r"(?:(?:term|bank|revolving)\s+)?loans\s+(?:outstanding\s+)?under\b",
        right,
    )
    # a registration fee table's fee column, after the offering price:
    # "Offering Price(1) Fee(2) 3.50% Convertible Notes due 2012 $
    # 230,000,000 $ 12,834"
    fee_column = rx.search(r"\$\s?\d[\d,.]*\s*\|?\s*$", left) and rx.search(
        r"\bfee\s*\(\d\)|\bregistration fee\b", sentence, re.IGNORECASE
    )
    return bool(balance or basis or loans or fee_column)


def _rough_role(left: str, right: str) -> str | None:
    """What an amount given roughly is: "approximate" (a face, which no other
    amount outranks), "principal" (a face the note defines) or None."""
    # ("approximately $2.12 million principal amount of 12% ...
    # Debentures": a face given roughly, which no other amount outranks)
    # (not "approximately $0.2 million principal amount of the Notes
    # remained outstanding")
    # (nor "notes due 2016 that remain outstanding (approximately $28.8
    # million aggregate principal amount)", nor "approximately $5.5
    # million in aggregate principal amount of the Prior Notes have been
    # exchanged": old notes)
    if rx.match(
        # (nor "Approximately $213 million in aggregate principal amount, or
        # 94.4% of the total outstanding amount of the Existing Notes was
        # tendered": a decimal point between)
        r"^\s*(?:in\s+)?(?:aggregate\s+)?principal amount\b(?!(?:[^.;]|\.(?=\d)){0,60}"
        r"\b(?:remain|outstanding|exchanged|tendered|repurchased|redeemed))",
        right,
        re.I,
    ) and not rx.search(
        r"\b(?:remain|remaining|outstanding)\s*\(\s*approximately\s*$"
        # ("The issuer will exchange about $96.2 million principal amount
        # of the 2023 notes for ... new 6% exchangeable senior notes")
        # ("to repurchase, in separate, privately negotiated transactions,
        # approximately $340.2 million in principal amount of FireEye's 1.00%
        # Convertible Senior Notes")
        # (not the new notes an exchange gives: "agreed to exchange ... its
        # Existing Exchangeable Bonds for (i) approximately $230.1 million")
        r"|\b(?:exchang(?!eable)|repurchas|redeem|retir|tender)\w*\b[^.;$]{0,80}?"
        r"\s(?:about|approximately)\s*$",
        left,
    ):
        return "approximate"
    # ("The New Convertible Notes Class B were issued in an aggregate
    # amount of approximately $1,372,840,000")
    if rx.search(
        r"\b(?:notes|debentures|bonds)\b[^.;]{0,40}\b(?:were|was)\s+issued\s+in\s+an?\s+"
        r"aggregate\s+(?:principal\s+)?amount\s+of\s+approximately\s*$",
        left,
    ):
        return "approximate"
    # the note defines it: "in the aggregate principal amount totaling
    # approximately $5,443,333.33 (the “Principal Amount”)"
    if _DEFINED_PRINCIPAL.match(right) and rx.search(r"\bprincipal amount\b", left):
        return "principal"
    return None


def _said_of_the_amount(sentence: str, money: Money) -> str | None:
    """The role the words right after an amount give it outright: the old
    notes given for as many new ("$26.625 million in principal amount of the
    Existing Debentures was exchanged for an equal principal amount of New
    Debentures": the new notes' principal), or a face marked rough ("Amount:
    $18,576,000 (approximate)", not a price's "(approximately) per share")."""
    after = sentence[money.end : money.end + 200]
    if rx.match(
        r"^\s*(?:million\s+)?in\s+(?:aggregate\s+)?principal\s+amount\s+of\s+the\s+"
        r"(?:existing|old|original)\s+(?:[\w-]+\s+){0,2}(?:notes|debentures|bonds)\s+"
        r"(?:was|were)\s+exchanged\s+for\s+an\s+equal\s+principal\s+amount\s+of\s+(?:the\s+)?new\b",
        after,
        re.IGNORECASE,
    ):
        return "principal"
    if rx.match(
        r"^\s*\(\s*approximate(?:ly)?\s*\)(?!\s*(?:per|a|each|for each)\b)", after, re.I
    ):
        return "approximate"
    return None


def _an_amount_aside(sentence: str, money: Money) -> str | None:
    """The role of an amount of notes the text sets aside, from a wider
    window than the role's words: "" for one redeemed, "part" for a part of
    notes issued, "exchanged" for a loan an amendment made convertible (and
    what another amount beside it explains, see
    :func:`_beside_another_amount`); None for any other."""
    beside = _beside_another_amount(sentence, money)
    if beside is not None:
        return beside
    said = _said_of_the_amount(sentence, money)
    if said is not None:
        return said
    # the notes a hedge beside them covers: "has entered into a capped call
    # transaction relating to US$100 million in aggregate principal amount of
    # the notes"
    if rx.search(
        r"\b(?:capped\s+calls?|call\s+spreads?|note\s+hedges?)\b[^$.;]{0,80}"
        r"\b(?:relating|related)\s+to\s*$",
        sentence[: money.start][-160:],
        re.IGNORECASE,
    ):
        return ""
    # the amount of notes redeemed: "has redeemed the final tranche of its
    # foreign currency convertible bonds (FCCBs) amounting to $44.22 million"
    if rx.search(
        # the notes a holder converts: "has today issued conversion notices in
        # respect of an aggregate of £450,000 convertible redeemable loan
        # notes"
        # ("has issued notices of conversion in respect of a total of
        # £371,388 nominal of convertible loan notes")
        r"\b(?:conversion\s+notices?|notices?\s+of\s+conversion)\s*in\s*respect\s+of\s+"
        r"(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?$|"
        # ("announced the repayment of FCCBs amounting to US$ 50 million")
        r"\b(?:redeemed|repaid|repurchased|bought back|(?:repayment|redemption) of)\b[^.;$]{0,120}"
        r"\bamounting to\s*$"
        # loans turned into shares, not the note: "to capitalise its loans
        # amounting to 58.6 million euros ... by issuing new shares"
        r"|\bcapitali[sz]e\w*\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}(?:loans?|debts?"
        r"|borrowings)\s+amounting\s+to\s*$"
        # what remains outstanding and is redeemed: "to redeem the remaining
        # outstanding Convertible Bonds against cash in the principal amount
        # of EUR 2,200,000"
        r"|\bremaining\s+outstanding\b[^.;$]{0,80}\bprincipal\s+amount\s+of\s*$"
        # ("issued a clean-up call for the remaining outstanding $20.8 million
        # of its 1.5% convertible bonds")
        r"|\bthe\s+remaining\s+outstanding\s*$"
        # ("announced the redemption of its remaining HK$82.72 million of
        # zero-coupon secured convertible bonds")
        r"|\b(?:redemption|redeem|repurchase|call)\w*\s+(?:of\s+)?(?:its|the|all)\s+remaining\s*$"
        # what remains at maturity and is redeemed: "the Issuer has redeemed at
        # maturity on 29 July 2015 ... all outstanding Convertible Bonds in
        # full at the redemption price equal to its aggregate principal
        # amount of HK$1,206,500,000"
        r"|\bredeemed\b[^.;$]{0,80}\ball\s+outstanding\b[^.;$]{0,120}\bprincipal\s+amount\s+of\s*$"
        # ("Sosei has determined that it will repurchase ¥15,750,000,000 in
        # aggregate principal amount of the outstanding ... Bonds")
        # ("will redeem all its $14.95 million outstanding 6% convertible
        # subordinated debentures")
        # ("to use the net proceeds ... to repurchase all of its currently
        # outstanding $60.115 million principal amount of 3.25% Convertible
        # Senior Notes"; "proposed to repurchase EUR1 billion zero coupon
        # guaranteed convertible bonds due 2025")
        # (not "has served notice to redeem the £3 million convertible loan":
        # the note itself, at its end)
        r"|\b(?:will\s+(?:repurchase|redeem|buy\s+back)|to\s+(?:repurchase|buy\s+back))(?:\s+all)?"
        r"(?:\s+of)?(?:\s+(?:its|the|their))?"
        r"(?:\s+(?:currently\s+)?outstanding)?\s*$"
        # older bonds the new issue redeems: "the proceeds from the issue would
        # be utilised towards redemption of the outstanding portion of the USD
        # 20 million foreign currency convertible bonds raised in 2006"
        r"|\bredemption\s+of\s+the\s+outstanding\s+portion\s+of\s+the\s*$"
        # what a restructuring converts: "for the conversion (the "Debenture
        # Conversion") of the CAD$23,725,000 aggregate principal amount of
        # Debentures into an aggregate of approximately 33.2 million common
        # shares"
        r"|\bthe\s+conversion\s*(?:\([^()]{0,40}\)\s*)?of\s+the\s*$"
        # a holder's stake in listed debentures: "Amaya also owns $3,850,000
        # aggregate principal amount of 5.0% unsecured subordinate convertible
        # debentures of the Issuer"
        r"|\b(?:also\s+)?(?:owns|holds)\s*$"
        # what holders converted: "converted Convertible Bonds with a nominal
        # value of EUR 197,800,000 into 7,616,849 bearer shares"
        r"|\bconverted\s+(?:[\w-]+\s+){0,2}(?:bonds|notes|debentures)\s+with\s+a\s+"
        r"(?:nominal|principal|face)\s+(?:value|amount)\s+of\s*$",
        _left(sentence, money.start, 200),
    ):
        return ""
    # a part of notes issued: "Of the convertible bonds issued, an aggregate
    # principal of $24.0 million were issued to related parties"
    if rx.match(
        r"^\W*of the (?:[\w-]+\s+){0,3}(?:notes|bonds|debentures)(?:\s+issued)?,",
        sentence,
        re.IGNORECASE,
    ):
        return "part"
    # a loan an amendment made convertible, beside the note the text is
    # about: "entered into an amendment to its loan agreement with Mr. Bryant
    # dated August 14, 2013, in the original principal amount of $417,762"
    if rx.search(
        r"\bamendment to (?:its|the|a|their) (?:[\w-]+\s+){0,2}(?:loan|note) agreement\b"
        r"(?:[^.;$]|\.(?=\s*[a-z\d])){0,80}\boriginal principal amount of\s*$",
        _left(sentence, money.start, 200),
    ):
        return "exchanged"
    return None


#: The words before each unit's note and its face: "each Unit comprising a
#: C$1,000 convertible debenture"; "Each Debenture Unit consists of: (i) one
#: C$1,000 principal amount unsecured convertible debenture".
EACH_UNITS_NOTE = re.compile(
    r"\beach\s+(?:[\w-]+\s+){0,2}?unit\s+(?:comprising|consist(?:s|ed|ing)?\s+of|"
    r"compris(?:es|ed)(?:\s+of)?|is\s+comprised\s+of|composed\s+of):?\s*"
    r"(?:\((?:i|a|1)\)\s*)?(?:a|an|one)\s*$",
    re.IGNORECASE,
)


def _a_reopened_series(sentence: str, money: Money) -> bool:
    """Whether an amount is the series an issue reopens, defined as the
    existing or original notes: "a reopening of, and will form a single
    series with, ... Apellis' $220 million aggregate principal amount of
    3.500% convertible senior notes due 2026 (the “existing notes”)"; "form
    a single series with the EUR 375 million ... convertible bonds ... (the
    “Original Bonds” and together with the New Bonds, the “Bonds”)" (not
    notes a later text amends, named so when first issued: "issued ...
    $3,350,000 in aggregate principal amount of Senior Convertible Notes (the
    “Existing Notes”)")."""
    return bool(
        rx.search(
            r"\b(?:reopening|single series|fungible)\b", sentence[: money.start], re.I
        )
        and (
            rx.match(
                r"^[^$;()]{0,160}\(\s*the\s+[\"“](?:existing|original|old|prior)\s+"
                r"(?:notes|debentures|bonds)[\"”]",
                sentence[money.end : money.end + 240],
                re.IGNORECASE,
            )
            # ("The add-on will be fully fungible and carry the same terms as
            # the €200 million 1% Oceanes due 2025 initially priced in January
            # 2021")
            or rx.search(
                r"\bsame\s+terms\s+as\s+the\s*$", sentence[: money.start], re.I
            )
        )
    )


def _called_announced_or_original(
    sentence: str, money: Money, left: str, right: str
) -> str | None:
    """An amount of notes a notice calls, or of notes announced before
    ("exchanged": not this issue's face), or the original face of notes the
    text sets against what is left of them ("principal"); None otherwise."""
    # notes a notice calls: "plans to redeem $35 million of its 4.5%
    # convertible senior notes due 2035"; "will redeem on March 1 its $1.5
    # million of 5% convertible subordinated debentures"; what is
    # outstanding of them: "of the $44,705,000 aggregate principal amount of
    # its 6.00% convertible unsecured subordinated debentures due June 30,
    # 2017 (the "Debentures") outstanding"
    if (
        rx.search(
            r"\b(?:to|will|shall)\s+(?:redeem|call)\s+(?:on\s+[\w.]+\s+\d{1,2}(?:,\s*\d{4})?\s+)?"
            r"(?:its\s+|the\s+|all\s+)?$"
            # ("its planned redemption of $103.2 million of 5 1/2% Convertible
            # Subordinated Notes due 2005")
            r"|\b(?:planned|proposed)\s+redemption\s+of\s+$",
            left,
        )
        and rx.match(
            r"^\s*(?:million\s+|billion\s+)?of\s+(?:its\s+|the\s+|our\s+)?(?:[\w./%-]+\s+){0,4}"
            r"(?:notes|debentures|bonds|convertibles)\b",
            right,
        )
    ) or rx.match(
        r"^\s*(?:aggregate\s+)?principal amount of (?:its|the|our)\b[^$;()]{0,150}"
        r"\([^()]{0,40}\)\s+outstanding\b",
        sentence[money.end : money.end + 240],
        re.IGNORECASE,
    ):
        return "exchanged"
    # (or a size first proposed: "initially proposed a private offering of
    # $300 million of convertible senior notes", then increased; or the issue
    # a tap increases: "The convertible bonds will increase the issue of EUR
    # 58,800,000 convertible bonds issued by KUKA Aktiengesellschaft on
    # February 12, 2013")
    # (or older notes the proceeds redeem: "The net proceeds from this
    # offering will be applied to redeem Alexion's outstanding $120 million
    # principal amount of 5.75% Convertible Subordinated Notes")
    if rx.search(
        r"\bproposed\s+an?\s+(?:[\w-]+\s+){0,2}offering\s+of\s+$"
        # ("the pricing of its offering of $70 million ... of convertible
        # senior notes due 2017, which was previously announced as $60 million
        # aggregate principal amount of notes")
        r"|\b(?:previously|originally|initially)\s+announced\s+(?:as|at)\s+$"
        r"|\bincrease\s+the\s+(?:issue|amount|size)\s+of\s+$"
        r"|\b(?:applied|used)\s+to\s+(?:redeem|repurchase|repay)\s+(?:[\w.-]+['’]s\s+|its\s+|the\s+)?"
        r"outstanding\s+$"
        # ("the voluntary early redemption on June 1st, 2018, of the bond
        # issued on October 30th, 2015, for an amount of € 250 MM")
        r"|" + _RETIRED_ISSUE + r"(?:on|in)\b[^.;]{0,40}\bfor\s+an?\s+amount\s+of\s+$"
        r"|" + _EARLIER_ISSUE + r"[^.;]{0,60}\bfor\s+an?\s+amount\s+of\s+$",
        left,
    ) or rx.search(
        # ("completed its previously announced non-brokered refinancing of its
        # unsecured convertible subordinated debentures in the aggregate
        # principal amount of $10,150,000 with an original maturity date")
        r"\b" + _RETIREMENT + r"\s+of\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,4}"
        r"(?:debentures|notes|bonds)\s+in\s+(?:the\s+|an\s+)?aggregate\s+principal\s+amount\s+of\s+$",
        sentence[: money.start][-200:],
        re.IGNORECASE,
    ):
        return "exchanged"
    # (or the series an issue reopens; or notes a tender offer buys back:
    # "accepted for purchase $47.5 million principal amount of bonds";
    # "wraps tender offer for $47.5 million of 2.75% convertibles"; "have
    # increased the maximum aggregate purchase price for the Tender Offers
    # from $1.0 billion to $1.1 billion")
    if _a_reopened_series(sentence, money) or rx.search(
        r"\baccepted\s+for\s+(?:re)?(?:purchase|payment)\s+$|\btender\s+offer\s+for\s+(?:up\s+to\s+)?$"
        r"|\bpurchase\s+price\s+for\s+(?:the\s+|its\s+)?tender\s+offers?\s+(?:from\s+|of\s+|is\s+|was\s+)?$",
        left,
    ):
        return "exchanged"
    # each holder's part after the total: "A total of $22.4-million (U.S.)
    # of convertible notes, with $16-million (U.S.) of convertible notes
    # issued to ECAM LP, $4-million (U.S.) ... and $2.4-million"
    if rx.search(
        r"\ba total of\s+\S*\d[^,;]{0,40}\bof\s+(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds),?\s+"
        r"with\b[^;]*$",
        sentence[: money.start],
        re.IGNORECASE,
    ):
        return "part"
    # notes announced before, beside these: "Together with the A$70 million
    # in convertible notes and the NZ$45 million bank project debt facility
    # announced on 19 December 2006"
    if rx.search(r"\btogether with the\s*$", left) and rx.match(
        r"^\s*in\s+(?:[\w-]+\s+){0,2}(?:notes|debentures|bonds)\b[^.;]{0,80}\bannounced\b",
        sentence[money.end : money.end + 160],
        re.IGNORECASE,
    ):
        return "exchanged"
    # the notes beside shares offered at once, not a part of a total:
    # "offerings of (a) 375,000 shares of its common stock ... and (b) $150
    # million aggregate principal amount of its 1.375% convertible senior
    # notes"
    if (
        rx.search(r"\band\s+\(b\)\s*$", left)
        and rx.match(
            r"^\s*(?:aggregate\s+)?principal amount of\s+(?:its|the|our)\b", right
        )
        and rx.search(
            r"\(a\)\s+[\d,]+\s+(?:[\w-]+\s+){0,3}shares\b", sentence[: money.start]
        )
    ):
        return "principal"
    # the face the text sets against what is left of it: "the principal
    # amount remaining outstanding of the original $95.0 million worth of the
    # debentures was $79.0 million"
    if rx.search(r"\bof\s+the\s+original\s*$", left) and rx.match(
        r"^\s*(?:worth|(?:aggregate\s+)?principal amount)\s+of\s+the\s+(?:[\w%.-]+\s+){0,3}"
        r"(?:notes|debentures|bonds)\b",
        right,
    ):
        return "principal"
    # ("by June 16, CHF 122 million of the originally issued CHF 152 million
    # had been converted")
    if rx.search(
        r"\d[\d.,]*\s*(?:million|billion)?\s+of\s+the\s+originally\s+issued\s*$", left
    ):
        return "principal"
    return None


def _plain_notes_beside_convertible(sentence: str, money: Money) -> bool:
    """Whether an amount is of notes that do not convert, offered beside
    convertible ones: "$5,355,999,854 Aggregate Principal Amount of 10.75%
    Senior Secured Notes due 2029 and $29,999,993 Aggregate Principal Amount
    of 3.875% Convertible Senior Secured Notes due 2030"."""
    # ("$300 million principal amount of 8.75 percent Senior Notes due 2019"
    # after "$150 million principal amount of 5.50 percent Convertible Senior
    # Notes due 2029")
    plain = rx.match(
        r"\s*(?:million\s+|billion\s+)?(?:in\s+)?(?:aggregate\s+)?principal\s+amount\s+of\s+"
        rf"(?:its\s+|our\s+)?{_A_PERCENT}\s+"
        r"(?!(?:[\w-]+\s+){0,4}?(?:convertible|exchangeable)\b)"
        r"(?:[\w-]+\s+){0,4}notes\s+due\b",
        sentence[money.end :],
        re.IGNORECASE,
    )
    if plain is None:
        return False
    end = money.end + plain.end()
    return bool(
        CONVERTS.search(sentence, end)
        or _A_CONVERTIBLE_TITLE.search(sentence[: money.start])
    )


#: A convertible issue's title: "5.50 percent Convertible Senior Notes due
#: 2029".
_A_CONVERTIBLE_TITLE = re.compile(
    rf"{_A_PERCENT}\s+(?:[\w-]+\s+){{0,3}}?(?:convertible|exchangeable)\s+"
    r"(?:[\w-]+\s+){0,3}?notes\s+due\b",
    re.IGNORECASE,
)


#: One holder's part of an issue, placed with it: "plans to issue $16
#: million of the $25 million additional convertibles to Meadowstream Ltd."
#: (the part is that holder's note; the part it is of, not), matched after
#: the amount.
PLACED_WITH_A_HOLDER = re.compile(
    r"\s*of\s+the\s+\S{0,4}\d[\d.,]*\s*(?:million|billion)?\s+"
    r"(?:additional\s+)?(?:[\w-]+\s+){0,2}(?:convertibles|notes|bonds|debentures)\s+to\s+[A-Z]"
)


def _beside_another_amount(sentence: str, money: Money) -> str | None:
    """The role of an amount another amount beside it explains: "" for none,
    "principal", or None when there is no such amount."""
    left = _left(sentence, money.start)
    right = _right(sentence, money.end)
    # what is left beside the size at issue: "Amount CHF 199.95 million
    # (originally CHF 200.0 million)"
    if rx.match(r"^\s*\(\s*originally\s", right):
        return ""
    if rx.search(r"\(\s*originally\s*$", left) or PLACED_WITH_A_HOLDER.match(
        sentence, money.end
    ):
        return "principal"
    # a holder's sale of its notes, not their price at issue: "to divest 51%
    # of its VND 500 billion ... convertible bonds ... for a consideration of
    # VND393 billion"
    if rx.search(
        r"\b(?:divest|dispose\s+of|sell)\b[^;]{0,260}\bfor\s+a\s+(?:total\s+)?consideration\s+of\s*$",
        sentence[: money.start],
        re.IGNORECASE,
    ):
        return ""
    return None


def money_role(sentence: str, money: Money) -> str | None:
    """What an amount is, from the words around it: "principal",
    "purchase", "oid", "fee", "exchanged" (the notes a new note replaces),
    "unit" (per $1,000, per share), "approximate" (a face given roughly),
    "series" (the whole series a note is one of), "part" (a part of the
    notes), or None."""
    # ("Principal Amount: U.S. $3,900,000.00": the country is the amount's)
    left = rx.sub(r"\bu\.\s?s\.\s*$", "", _left(sentence, money.start))
    # (and the amount in words before its figures: "a convertible note of
    # twenty thousand dollars ($20,000)")
    left = rx.sub(
        r"(\b(?:note|debenture|loan)s?\s+of\s+)(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
        r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|and)[\s-]+){1,12}"
        r"(?:u\.?s\.?\s+)?dollars\s*\(\s*$",
        r"\1",
        left,
    )
    right = _right(sentence, money.end)
    aside = _an_amount_aside(sentence, money)
    if aside is not None:
        return aside or None
    # the option's part of the issue: "EXERCISE OF $40 MILLION OPTION TO
    # PURCHASE ... NOTES"; "including the full exercise of the $18 million
    # aggregate principal amount of Exchangeable Notes pursuant to the
    # initial purchasers' right"
    if (
        rx.match(
            r"^\s*(?:over-allotment\s+|greenshoe\s+|upsize\s+|purchase\s+)?option\b",
            right,
        )
        or rx.search(
            r"\bincluding\s+the\s+(?:full\s+|partial\s+)?exercise\s+of\s+the\s*$"
            # (and the base it adds to: "The Notes offering was comprised of (i)
            # a base offering of $650.0 million in aggregate principal amount")
            r"|\bbase\s+(?:offering|deal|issue)\s+of\s*$"
            # (or the first of several notes: "seven convertible notes in the
            # aggregate principal amount of $300,000 ..., with the first Note
            # being in the amount of $75,000")
            r"|\b(?:first|initial|second)\s+(?:note|tranche|debenture)\s+being\s+"
            r"(?:in\s+the\s+amount\s+of|for)\s*$",
            left,
        )
        # ("including gross proceeds of $6.0 million from the exercise of the
        # over-allotment option in full")
        or rx.match(
            r"^\s*from\s+the\s+(?:full\s+|partial\s+)?exercise\s+of\s+the\s+"
            r"(?:[\w-]+\s+){0,2}option\b",
            right,
        )
        or rx.match(
            # (and the base deal the option adds to: "The offering represented
            # $800 million aggregate principal amount of Notes plus the full
            # exercise of the initial purchasers' option")
            r"^[^.;$]{0,60}\bplus\s+(?:the\s+)?(?:full\s+|partial\s+)?exercise\s+of\b",
            sentence[money.end : money.end + 140],
            re.IGNORECASE,
        )
        # (or notes traded after issue: "purchased $3 million of the
        # convertibles for $1.38 million in cash in open-market transactions")
        or (
            rx.search(
                r"\bopen[- ]market\s+(?:transactions?|purchases?)\b", sentence, re.I
            )
            and rx.search(
                r"\b(?:purchased|bought|acquired|repurchased)\b",
                sentence[: money.start],
                re.I,
            )
        )
        # (or the option's part after the base: "(ii) an additional $97.5
        # million in aggregate principal amount of Notes purchased by the
        # initial purchasers in the offering pursuant to full exercise of their
        # option")
        or (
            rx.search(r"\ban\s+additional\s*$", left)
            and rx.match(
                r"^(?:[^.;$]|\.(?=\d)){0,160}\b(?:pursuant\s+to|upon|on)\s+(?:the\s+)?(?:full\s+|partial\s+)?"
                r"exercise\s+of\s+(?:their|its|the)\b[^.;$]{0,40}\boption\b",
                sentence[money.end : money.end + 260],
                re.IGNORECASE,
            )
        )
        # (or the part holders put: "holders of $125.66 million of its
        # zero-coupon convertible bonds due 2014 exercised their put option")
        or (
            rx.search(r"\bholders\s+of\s*$", left)
            and rx.match(
                r"^(?:[^.;$]|\.(?=\d)){0,120}\bexercised\s+(?:their|the|its)\s+put\b",
                sentence[money.end : money.end + 180],
                re.IGNORECASE,
            )
        )
        # (or the size before an option exercised in full: "in connection
        # with its previously announced registered public offering of
        # $150,000,000 aggregate principal amount of 4.00% Convertible Senior
        # Notes due 2017 (the "Notes"), the underwriters exercised in full its
        # over-allotment option")
        or (
            rx.search(
                r"\bpreviously announced\s+(?:[\w-]+\s+){0,4}offering\s+of\s*$", left
            )
            and rx.match(
                r"^(?:[^.;$]|\.(?=\d)){0,300}\bexercised\s+in\s+full\b",
                sentence[money.end : money.end + 360],
                re.IGNORECASE,
            )
        )
    ):
        return "part"
    other = (
        ("series" if _plain_notes_beside_convertible(sentence, money) else None)
        or _called_announced_or_original(sentence, money, left, right)
        or _other_notes_role(left, right, sentence[money.end : money.end + 160].lower())
        or _series_unit_or_part(sentence, money, left)
        or _placement_size(sentence, money)
    )
    if other is not None:
        return other
    if (
        _PER_UNIT.search(left)
        # a face value the notes each have: "The convertible notes will be
        # issued with a face value of $1.00"
        or rx.search(
            r"\b(?:notes|debentures|bonds)\s+(?:will be|are|were|to be)\s+issued\s+with\s+a\s+"
            r"(?:face|nominal|par)\s+value\s+of\s*$",
            left,
        )
        # "Conversion Price (subject to adjustment herein): CDN$0.05"
        or rx.search(r"conversion price\s*(?:\([^)]{0,80}\)\s*){0,2}:\s*$", left)
        # ("at an issue price of S$2.81 per Ordinary Shares")
        # ("US$1,000 per Convertible Debenture (the "Issue Price")")
        or rx.match(
            r"^\s*(?:per|a|for each)\s+(?:(?:class [a-z]\s+)?(?:ordinary|common|preferred)\s+)?"
            # ("of face value Rs 1 lakh per CCD": an Indian debenture's)
            # ("EUR 100,000 per New Bond")
            # ("at a nominal value of SEK 1,000,000 per convertible instrument")
            r"(?:new\s+)?(?:convertible\s+)?(?:shares?|debenture|note|bond|unit|ads|ccd|ocd|ncd|fccb"
            r"|instrument)\b",
            right,
            re.IGNORECASE,
        )
        # (not a definition: "(each, a “Note” and collectively, the “Notes”)")
        or rx.match(r"^\s*\(\s*each\b(?!,?\s+(?:an?|the)\s+[\"“‘'])", right)
        # ("the A$1,000 Face Value per Note")
        or rx.match(r"^\s*face\s+value\s+(?:per|of\s+each)\b", right)
        # ("their nominal value of 1 pence apiece")
        or rx.match(r"^\s*apiece\b", right)
        # a holder's entitlement per share held: "the ratio of 3.886 yuan of
        # convertible bonds per share"
        or rx.match(
            r"^\s*of\s+(?:[\w-]+\s+){0,3}(?:bonds|notes|debentures)\s+(?:per|for each)\s+"
            r"(?:(?:ordinary|common)\s+)?share\b",
            right,
        )
        # ("payment of coupon ... for RM1.00 nominal value Irredeemable
        # Convertible Unsecured Loan Stocks": each stock's)
        or (
            rx.search(r"\bfor\s*$", left) is not None
            and rx.match(
                r"^\s*nominal\s+value\s+(?:[\w-]+\s+){0,3}(?:loan\s+stocks|iculs|rculs)\b",
                right,
                re.IGNORECASE,
            )
            is not None
        )
        # ("225 bonds with a €100,000 face amount each")
        or rx.match(
            r"^\s*(?:face|nominal|principal)\s+(?:value|amount)\s+each\b", right
        )
        or _RATE_NUMERATOR.match(right)
        # ("400,000 Loan Notes each having nominal value of £1"; "each
        # Convertible Note has a face value of $1,000")
        # ("each Unit comprising a C$1,000 convertible debenture")
        or EACH_UNITS_NOTE.search(left)
        or rx.search(
            # ("Convertible Notes each with an initial face value of $1")
            r"\beach\s+(?:having|with)\s+(?:an?\s+)?(?:initial\s+)?(?:nominal|face|par)\s+value\s+of\s*$"
            # ("issued in 20 separate successive tranches, each tranche having
            # an aggregate principal amount of S$2 million")
            r"|\beach\s+tranche\s+(?:having|with|of)\s+(?:an?\s+)?(?:aggregate\s+)?"
            r"(?:principal|nominal|face)\s+(?:amount|value)\s+of\s*$"
            r"|\beach\s+(?:[\w-]+\s+){0,2}(?:note|debenture|bond)\s+has\s+a\s+(?:nominal|face|par)"
            r"\s+value\s+of\s*$",
            left,
        )
        # a tranche's: "convertible notes with a first tranche face value of
        # $3,333,333 (to be split into two separate closings)"
        or rx.search(
            r"\b(?:first|initial|second|third)\s+tranche\s+(?:face\s+value|principal"
            r"(?:\s+amount)?)\s+of\s*$"
            # ("Total Face Value of Note: $110,000", then "Initial
            # Consideration: $30,000" and "Initial Principal Sum Due: $33,000")
            r"|^\W*initial\s+principal\s+(?:sum|amount)(?:\s+due)?\s*:\s*$",
            left,
        )
        is not None
        # ("allotted 42,69,984 compulsorily convertible debentures with face
        # value of Rs 1,000")
        or rx.search(
            r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds)\s+with\s+(?:a\s+)?"
            r"(?:face|nominal|par)\s+value\s+of\s*$",
            left,
        )
        is not None
        # each note's face after the notes' count: "250 million 10 year
        # NZ$1.00 convertible notes"
        or (
            rx.search(
                r"(?<![$£€\w.,])\d[\d,]*(?:\.\d+)?\s+(?:million|billion)\s+(?:\d+[- ]years?\s+)?$",
                left,
            )
            is not None
            and rx.match(
                r"^\s*(?:[\w-]+\s+){0,2}(?:notes|bonds|debentures)\b", right, re.I
            )
            is not None
        )
        # one end of an offer's range: "$0.75m to $1.2m (max) in Secured
        # Convertible Notes"
        # (not an offering "upsized ... from $600 million to $650 million")
        or rx.search(
            # (nor with the dollar's letters: "from US$200 million to")
            r"(?<!from )(?<!from [a-z])(?<!from [a-z]{2})(?<!from [a-z]{3})[$£€]\s?\d[\d.,]*"
            r"\s*(?:m|mn|million|k)?\s+to\s*$",
            left,
        )
        is not None
        or (
            rx.match(
                r"^\s*(?:m|mn|million|k)?\s*to\s+(?:[a-z]{1,3}\s?)?[$£€]\s?\d", right
            )
            is not None
            and not rx.search(r"\bfrom\s*$", left)
        )
        # ("subscriptions for a total of $1 million ... in $1 convertible
        # notes": the notes' denomination)
        or (
            rx.search(r"\bin\s*$", left) is not None
            and rx.match(r"^\s*(?:convertible\s+)?(?:notes|bonds|debentures)\b", right)
            is not None
            and money.number < 1000
        )
        # a rate per period: "Principal: $2,000/week"
        or rx.match(r"^\s*/\s*(?:day|week|month|year|share)\b", right)
        # each bond's: "a par value of €30.41 per OCEANE"
        or rx.match(
            r"^\s*(?:per|each)\s+(?:oceane|ornane|bond|note|debenture)\b", right
        )
        # each one's face: "with a face value of $1,000 principal amount per
        # Firm Debenture"
        or rx.match(
            r"^\s*principal\s+amount\s+per\s+(?:[\w-]+\s+){0,2}(?:debenture|note|bond)\b",
            right,
        )
        # a denomination: "in integral multiples of US$100,000 principal
        # amount"; "in denominations of $1,000"
        # ("The Bonds will have a denomination of €100,000 in principal amount")
        # ("Denomination:100,000 Euro")
        # ("The denomination of each bond is $200,000 in principal amount")
        or rx.search(
            r"\b(?:integral\s+)?multiples of\s*$|\bdenominations?(?: of|\s*:)\s*$"
            r"|\bdenomination of each (?:note|bond|debenture)\s+(?:is|will be)\s*$"
            # ("the parity value ... in respect of a Bond in the principal
            # amount of €100,000 exceeds €130,000")
            r"|\bin\s+respect\s+of\s+(?:a|each|one)\s+(?:note|bond|debenture)\s+in\s+the\s+principal\s+"
            r"amount\s+of\s*$"
            # ("a conversion ratio of 20,283.97565 IGD shares for each
            # convertible bond of a nominal amount of Eur 100,000")
            r"|\b(?:for|of)\s+(?:each|every|one)\s+(?:convertible\s+)?(?:note|bond|debenture)\s+"
            r"(?:of|with)\s+a\s+(?:nominal|principal|face)\s+(?:amount|value)\s+of\s*$",
            left,
        )
        # a share's price: "Last reported sale price of RMBS common stock:
        # $14.85"
        or rx.search(
            r"\b(?:sale|closing|trading) price of\b[^$;]{0,40}\b(?:stock|shares?)\W{0,3}$",
            left,
        )
        # each note's face: "The notes have a face value of AUD 0.25"; "650,000
        # convertible notes ... with a face value of $1.00 each"
        # (not "The unsecured notes have a face value of A$21-million": the
        # issue's, a figure no single note's face reaches)
        # ("The zero-coupon bonds due Oct. 24, 2028 will be issued at par with
        # a face value of $200,000")
        or (
            rx.search(
                r"\b(?:notes|debentures|bonds)\s+(?:have|carry)\s+a\s+face\s+(?:value|amount)\s+of\s*$"
                r"|\bissued\s+at\s+par\s+with\s+a\s+face\s+value\s+of\s*$",
                left,
            )
            and money.number < 1_000_000
        )
        # each note's face after a count of notes: "7.5 million unsecured
        # convertible promissory notes ("Notes") with a face value of A$1.00"
        or (
            rx.search(
                # ("2,392,047 Unlisted Convertible Notes at a price of AUD 1
                # and a face value of AUD 1")
                r"\b(?:notes|debentures|bonds)\b(?:\s*\([^)]{0,40}\))?(?:[^.;$]|\$\s?1\b|"
                r"\b[a-z]{3}\s1\b){0,40}"
                r"\b(?:with|and)\s+a\s+(?:face|nominal|par)\s+value\s+of\s*$",
                left,
            )
            and money.number < 1_000
        )
        # each bond's face in apposition: "the unsecured convertible bonds,
        # with a face value of ¥1 million, carry a coupon of 1%"; or after
        # their count: "8,000, 0.5% per annum Series B Unsecured Foreign
        # Currency Convertible Bonds ('Series B Bonds') of the face value of
        # US $ 1000 aggregating to USD 20,000,000"
        or (
            rx.search(
                r"\b(?:notes|debentures|bonds),\s+with\s+a\s+face\s+value\s+of\s*$",
                left,
            )
            and right.startswith(",")
        )
        or (
            rx.search(
                r"\b(?:notes|debentures|bonds)\b(?:\s*\([^)]{0,40}\))?\s+of\s+the\s+face\s+"
                r"value\s+of\s*$",
                left,
            )
            and money.number <= 100_000
        )
        # one unit's nominal: "the convertible loan has a nominal value of 1
        # SEK"
        or (
            rx.search(
                r"\b(?:note|debenture|bond|loan)\s+has\s+a\s+(?:nominal|face)\s+"
                r"(?:value|amount)\s+of\s*$",
                left,
            )
            and money.number < 1_000
        )
        # ("The New Bonds have a principal amount of €100,000 each")
        or (
            rx.search(
                # ("The Convertible Notes shall have a nominal value of €10,000
                # each")
                r"\b(?:face|nominal)\s+(?:value|amount)\s+of\s*$"
                # ("The Bonds, with a principal amount of EUR 100,000 each")
                r"|\b(?:have|has|with)\s+a\s+principal\s+amount\s+of\s*$",
                left,
            )
            and rx.match(r"^\s*each\b", right)
        )
        # a share's par: "at a price of Rs 605 a share of face value Rs 10
        # each"
        or rx.search(r"\bshares?\s+of\s+face\s+value\s*(?:of\s*)?$", left) is not None
        # (or a premium over it: "a premium of Dh6.15 per share over and above
        # the face value of Dh1")
        or rx.search(
            r"\bper\s+share\s+(?:over\s+and\s+above|above|over)\s+the\s+(?:face|par|nominal)\s+"
            r"value\s+of\s*$",
            left,
        )
        is not None
        # "Units of C$1,000 principal amount of convertible debentures and
        # warrants": what one unit holds
        or (
            rx.search(
                r"\bunits?\s+(?:of|consisting of|comprising)\s*$", left, re.IGNORECASE
            )
            and rx.match(r"^\s*(?:principal|face)\s+amount\b", right, re.IGNORECASE)
        )
        # "a purchase price of $1,000 in cash per $1,000 principal amount"
        or rx.match(r"^\s*(?:in cash\s+)?per\s+\S{0,4}\d", right)
        # ("FACE VALUE OF THE BONDS AT EUR 4.85 EACH")
        or (
            rx.search(
                r"\bface value of the (?:notes|bonds|debentures) at\s*$", left, re.I
            )
            and rx.match(r"^\s*each\b", right, re.I)
        )
        # "an issue price of $1,000 principal amount per debenture"; "the
        # holder of such note will receive cash equal to the $1,000 principal
        # amount of the note": each note's
        # (not the whole note: "the holder of the G-Max note converted the
        # entire $500,000 principal amount of the note")
        or (
            rx.search(r"\bequal to the\s*$", left) is not None
            and rx.match(
                r"^\s*principal amount of (?:the|each|such|a) (?:convertible )?"
                r"(?:note|debenture|bond)\b(?!s)",
                right,
            )
            is not None
        )
        or rx.match(
            r"^\s*(?:principal|face) amount\s+(?:per|for each)\s+(?:debenture|note|bond|unit)\b",
            right,
        )
        # each bond's: "an offer price of €190.11, or 107.75% of their
        # nominal value of €176.44"
        or rx.search(r"\bof\s+their\s+(?:nominal|par|face)\s+value\s+of\s*$", left)
        # a rights offering's entitlement: "€11 principal amount of
        # convertibles for every 10 shares held"
        or rx.match(
            r"^\s*principal amount of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
            r"(?:convertibles|notes|bonds|debentures)\s+for\s+(?:every|each)\b",
            right,
        )
        # a price: "with conversion price of $HK6.84 (US$0.88) for the
        # convertible bonds due 2019"
        or rx.search(r"\bconversion\s+price\s+(?:of|is|was|at)\s*$", left) is not None
        # a denomination: "Face value: VND1,000,000/bond"; "Face value:
        # US$200,000 or integral multiples"
        or rx.match(
            r"^\s*/\s*(?:bond|note|debenture|unit)\b|^\s*or\s+(?:in\s+)?integral\s+multiples\b",
            right,
        )
        is not None
        # a denomination: "78.3% of the $100 face value SCNs"
        or (
            rx.search(r"\bthe\s*$", left) is not None
            and rx.match(
                r"^\s*face\s+value\s+(?:[\w-]+\s+){0,3}(?:notes|bonds|debentures|(?-i:[A-Z]{2,5}s))\b",
                sentence[money.end :],
                re.IGNORECASE,
            )
            is not None
        )
        # ("(a)Each Note will have a face value of $0.02")
        # (not "Each Investor provided financing of $360,000": a holder's)
        or rx.match(
            r"^\W*(?:\([a-z0-9]{1,3}\)\s*)?each\b"
            r"(?!\s+(?:investor|holder|purchaser|lender|buyer|subscriber)s?\b)",
            sentence,
            re.IGNORECASE,
        )
        # "the holder of $100,000 in principal amount of Notes shall receive
        # Common Stock representing ___%": an illustration per amount held
        or (
            rx.search(r"\b(?:a|the|each|any)\s+holder\s+of\s*$", left)
            and rx.match(
                r"^\s*(?:in\s+)?(?:aggregate\s+)?principal amount of\s+(?:the\s+)?notes\b",
                right,
            )
        )
    ):
        return "unit"
    # interest owed turned into a new note: "$200,000 of outstanding
    # interest will be cleared through a 12-month convertible note"
    if _owed_into_a_note(sentence, money, left):
        return "principal"
    # (a fee withheld is one, whatever includes it or holds it: "The OID
    # includes $5,000 withheld for legal fees")
    if _not_issued(sentence, money, left, right) and not _WITHHELD_FOR_FEES.match(
        right
    ):
        return None
    if (
        _OID.search(left[-50:]) or _OID_AFTER.match(right)
    ) and not _WITHHELD_FOR_FEES.match(right):
        return "oid"
    fee = _fee_role(sentence, sentence[: money.start].lower(), right)
    if fee is not None:
        return fee or None
    # an amount given roughly is not a note's face or price ("approximately
    # $3.6 million", "approximately US$7.7 million (S$10,300,083)")
    # ("it raised over Rs 600 crore through a convertible bond issue")
    if rx.search(
        # ("Wendel launches a circa €750m issue of bonds exchangeable")
        r"\b(?:approximately|about|roughly|nearly|almost|some|circa)\s*$|\braised over\s*$",
        left,
        re.I,
    ):
        return _rough_role(left, right)
    if (
        (
            _PURCHASE.search(left[-55:])
            or _RECEIVED_FOR.search(left)
            # ("Purchase Price: 97% of the principal amount of the Purchased
            # Notes ($50,658,250 in cash)")
            or rx.search(
                r"\bpurchase price\s*:?\s*\d[\d.]*\s?%\s+of\s+the\s+principal\s+amount\s+of\s+"
                r"(?:the\s+)?(?:[\w-]+\s+){0,2}notes\s*\(\s*$",
                left,
            )
            or rx.match(r"^\s*in\s+gross\s+proceeds\b", right)
            # ("the Investor purchased from the Company for an aggregate of
            # $1,500,000 in subscription amount, an unsecured debenture")
            or rx.match(r"^\s*in\s+subscription\s+amounts?\b", right)
            or (
                rx.search(r"\b(?:for|will pay|pays?|collected)\s*$", left)
                and _PAID_IN_CASH.match(right)
                and "tranche" not in left
            )
            # "The Debenture was sold to Peak One Investments (the
            # "Purchaser") for $1,000,000, reflecting a 10% original issue
            # discount"
            or (
                rx.search(
                    r"\b(?:notes?|debentures?)\s+(?:was|were)\s+sold\s+to\b[^$.;]{2,80}\bfor\s*$",
                    left,
                    re.IGNORECASE,
                )
                is not None
            )
            # ("with a $1,100,000 face-amount note issued for $1,000,000": the
            # note's own amount first, then what was paid for it)
            or (
                rx.search(
                    r"\$\s?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,4}?"
                    r"(?:note|debenture)\s+(?:was\s+)?(?:issued|sold)\s+for\s*$",
                    left,
                )
                is not None
            )
            # ("for an aggregate amount of $15,000,000, Senior Secured
            # Convertible Notes representing an aggregate principal amount of
            # $15,789,473.68": the price, then the face)
            or (
                rx.search(
                    r"\bfor\s+an?\s+(?:aggregate\s+|total\s+)?amount\s+of\s*$", left
                )
                is not None
                and rx.match(
                    r"^\s*,?\s*(?:[\w-]+\s+){0,5}(?:notes|debentures|bonds)\s+representing\s+an?\s+"
                    r"(?:aggregate\s+)?principal\s+amount\s+of\b",
                    sentence[money.end : money.end + 140],
                    re.IGNORECASE,
                )
                is not None
            )
            # ("Net of an original issue discount, the Company received $565.7
            # million in proceeds from the Offering")
            or (
                rx.search(
                    r"(?:^|[.;]\s)\W*net of an? original issue discount,\s+(?:the company|we|it)\s+"
                    r"received\s*$",
                    left,
                )
                is not None
                and rx.match(r"^\s*in\s+proceeds\b", right) is not None
            )
            # "a total of $2,550,000 was funded"; "we were provided $261,000
            # upon the Note's execution"; "received $45,000 from a third party
            # investor against a $50,000 Convertible Promissory Note"
            or (
                rx.search(r"\b(?:a total of|such that)\s*$", left)
                and rx.match(r"^\s*was funded\b", right)
            )
            or (
                rx.search(r"\bwe were provided\s*$", left)
                and rx.match(r"^\s*upon\b", right)
            )
            # ("the Investors advanced the Company an aggregate of $1,250,000
            # gross proceeds and the Company issued each Investor an ...
            # Original Issue 20% Discount Convertible Promissory Note")
            or (
                rx.search(
                    r"\badvanced\s+(?:to\s+)?the\s+company\s+(?:an?\s+(?:aggregate|total)\s+of\s+)?$",
                    left,
                )
                and rx.match(r"^\s*(?:in\s+)?gross\s+proceeds\b", right)
            )
            or (
                rx.search(r"\breceived\s*$", left)
                and rx.match(r"^\s*from\b[^.;$]{0,60}\bagainst an?\s+\$", right)
            )
            or (rx.search(r"\breceived\s*$", left) and _RECEIVED_WITH_OID.match(right))
            # "a note with a face amount of $4,330,000, with a $4,000,000
            # initial purchase price and a $320,000 original issue discount"
            or (
                rx.search(r"\bwith an?\s*$", left)
                and rx.match(r"^\s*(?:initial\s+)?purchase price\b", right)
            )
            # "the Company received $750,000 (less $10,000 of Investor's fees)
            # in exchange for the issuance of a ... Note"
            or (
                rx.search(r"\breceived\s*$", left)
                and rx.match(
                    r"^\s*(?:\([^()]{0,60}\)\s*)?in exchange for (?:the )?issuance of\b",
                    right,
                )
            )
        )
        and not (
            # "in exchange for $100,000, net of $10,000 for legal fees": net
            # proceeds; "paid the first consideration of $350,000": a part
            rx.match(r"^\s*,?\s*net of\b", right)
            # the new note's face, its name after the figure: "extinguished
            # the $250,000 principal amount 14% debenture in exchange for a
            # $350,000 principal amount convertible debenture"
            or (
                rx.search(r"\bin exchange for an?\s*$", left)
                and rx.match(r"^\s*(?:aggregate\s+)?principal\s+amount\b", right)
            )
            # ("received $869,972 in cash, net of the OID of $142,857 and
            # legal and other fees in the amount of $125,714": less the fees)
            or rx.match(
                r"^\s*in cash,?\s*net of\b[^.;]{0,80}\b(?:fees|costs|expenses|commissions)\b",
                right,
            )
            # "The purchase price for these notes totaled $59.3 million and
            # $52.1 million (including accrued interest)": a repurchase
            or rx.search(r"\brepurchas|including accrued interest", sentence, re.I)
            # (cash that old notes exchanged add to: "gross proceeds to the
            # Company of $87.8 million in cash and $2.4 million related to the
            # exchange of the Frazier Notes")
            or rx.match(
                r"^\s*in\s+cash\s+and\s+\S{0,4}\d[\d.,]*\s*(?:million\s+)?(?:related\s+to|from|in)\s+"
                r"(?:the\s+)?(?:exchange|conversion|cancellation)\b",
                right,
            )
            # (the face the price is computed from: "computed as follows:
            # $170,000.00 original principal balance, less the OID")
            or rx.match(r"^\s*original\s+principal\s+balance\b", right)
            # "in exchange for net proceeds of $1,242,000": the price less costs
            or rx.search(r"\bnet proceeds(?: of)?\s*$", left[-30:])
            # "issued 52,500 shares of Series A Preferred Stock on July 7, 2017
            # for cash proceeds of $50,000": shares' price
            or rx.search(
                r"\b(?:issued|sold)\s+[\d,]+\s+(?:shares|units)\b[^$;]{0,100}\bfor\s+"
                r"(?:cash\s+)?(?:proceeds\s+of\s+)?$",
                sentence[: money.start].lower()[-170:],
            )
            # ("and 1,541,850 registered convertible redeemable preferred
            # shares at a price of KRW 13,620 per share for gross proceeds of
            # KRW 20,999,997,000": the shares' beside the bonds')
            or rx.search(
                # ("255,787 common shares at an issue price of KRW 7,819 per
                # share for gross proceeds of")
                r"\b[\d,]+\s+(?:[\w-]+\s+){0,4}shares\s+at\s+(?:a|an\s+issue)\s+price\s+of\s+"
                r"\S{0,4}\s?[\d,.]+"
                # ("578,035 redeemable convertible preferred shares at a price
                # of KRW 21,625 for the gross proceeds of")
                r"\s+(?:per\s+share\s+)?for\s+(?:the\s+)?(?:gross\s+|total\s+)?proceeds\s+of\s*$",
                sentence[: money.start].lower()[-200:],
            )
            # ("25,000,000 new shares at an issue price of € 0.95 per new
            # share, or € 23,750,000 in total": the shares' price)
            or rx.search(
                r"\b[\d,]+\s+(?:[\w-]+\s+){0,4}shares\s+at\s+an?\s+(?:issue\s+)?price\s+of\s+"
                r"\S{0,4}\s?[\d,.]+\s+per\s+(?:new\s+)?share,?\s+or\s*$",
                sentence[: money.start].lower()[-200:],
            )
            # "the date the Company raises gross proceeds of $5,000,000
            # through private placements": a financing that triggers a term
            or rx.search(
                r"\b(?:company|we|it|issuer)\s+(?:raises|has raised|closes)\s+"
                r"(?:gross\s+|net\s+)?proceeds\s+of\s*$",
                left,
            )
            # "for an aggregate purchase price of $400,000, the Buyer purchased
            # (a) ... a Convertible Promissory Note ... and (b) 350,000
            # restricted shares": a note and shares together
            or rx.search(
                r"^[^.]{0,80}\(a\)[^.]{0,200}\band\s+\(b\)\s+[\d,]+\s+(?:[\w-]+\s+){0,3}"
                r"(?:shares|warrants)\b",
                sentence[money.end :],
                re.IGNORECASE,
            )
            # "a purchase price of $30,000,000 for all of the shares of RGN";
            # "acquiring RGN for an aggregate purchase price of": a business's
            or rx.match(
                r"^\s*for (?:all|100%)\b[^.;$]{0,40}\b(?:shares|stock|equity|assets)\b",
                right,
            )
            or rx.search(
                r"\b(?:acquisition of|acquiring|to acquire)\b[^$.;]{0,60}\bpurchase price of\s*$"
                # ("The total purchase price for the acquisition is $76
                # million")
                r"|\bpurchase price for the (?:acquisition|assets|business|property)\b[^$.;]{0,20}$",
                left,
            )
            # shares bought, not a note: "purchased additional shares of
            # Series B Preferred Stock for an aggregate purchase price of
            # $10.0 million"
            or rx.search(
                r"\b(?:purchased|bought|acquired)\s+(?:[\w,-]+\s+){0,3}shares\s+of\s+"
                r"(?:(?!\b(?:notes?|debentures?|bonds?)\b)[^$.;]){0,60}"
                r"\bfor\s+an?\s+(?:aggregate\s+|total\s+)?purchase price of\s*$",
                left,
                re.IGNORECASE,
            )
            or rx.search(
                r"\b(?:first|initial|additional)\s+consideration\b", left[-55:]
            )
            # (nor the price the issuer pays to redeem it: "will redeem the
            # Telstra Note upon its scheduled maturity on June 30, 2005 for
            # US$58,386,346.06 in cash, which is a 5% discount")
            # ("The bonds will be redeemed on Feb. 28 for a total purchase price
            # of ¥27,413,000,000")
            or rx.search(
                r"\b(?:redeem|repurchase|repay)\w*\b[^$;]{0,120}\bfor"
                r"(?:\s+an?\s+(?:total\s+|aggregate\s+)?(?:re)?purchase\s+price\s+of)?\s*$",
                left,
            )
            # "originally seeking to raise EUR 350 million in gross proceeds":
            # an aim, not the price paid
            or rx.search(
                r"\b(?:seeking|sought|aiming|aimed|looking|planned|planning|targeting)"
                r"\s+to\s+raise\s*$",
                left,
            )
        )
    ):
        return "purchase"
    principal = bool(
        # the Kazakhstan exchange's bracket after a bond's number: "(KZ2C00003770;
        # ..., KZT100, KZT7.5 bn; September 19, 2016 - September 19, 2031;
        # semi-annual coupon 15.0 % APR; 30/360)": the face value, then the
        # issue's
        (
            "KASE" in sentence
            and rx.search(r"\(\s*[^()]{0,160}?\bkzt\s?\d[\d,.]*,\s*$", left) is not None
            and rx.match(r"^\s*;\s*(?:\d+\s+years|[a-z]+\s+\d{1,2},\s+\d{4})", right)
            is not None
        )
        or _PRINCIPAL_BEFORE.search(left[-60:])
        or _AGREEMENT_TOTALING.search(left)
        # ("bringing the overall issue amount of its 6% convertible unsecured
        # subordinated debentures to C$34.5 million")
        or rx.search(
            r"\b(?:increasing|bringing|lifting) the (?:total|aggregate|overall) issue amount "
            r"of (?:its|the) [^$.;]{0,80}?(?:notes|debentures|bonds) to\s*$",
            sentence[: money.start][-200:],
            re.IGNORECASE,
        )
        or _PRINCIPAL_AFTER.match(right)
        # notes issued totaling a sum, more words than the window holds:
        # "the Company issued two 12% secured convertible promissory notes
        # totaling $150,000"
        or rx.search(
            r"\b(?:issued|sold)\s+(?:[\w%.-]+\s+){0,6}(?:notes|debentures),?\s+totall?ing\s*$",
            sentence[: money.start][-160:],
            re.IGNORECASE,
        )
        is not None
        # a note named by its face: "The $700,000 FMS Note to a related party
        # has an interest rate of ten percent (10%)"
        or (
            rx.match(r"\W*the\s*$", sentence[: money.start], re.IGNORECASE) is not None
            and rx.match(
                r"^\s*(?:[a-z]{2,8}\s+)?(?:promissory\s+)?note\s+"
                r"(?:to|has|bears|is|was|matures|carries|accrues)\b",
                right,
            )
            is not None
        )
        # (the whole offering, not a part of it: "the first $2.5 million of
        # the $4 million Non-brokered Private Placement of Convertible
        # Debenture Loan Notes"; nor a size given roughly)
        or (
            _OFFERING_OF_CONVERTIBLES.match(
                sentence[money.end : money.end + 200].lower()
            )
            and not rx.search(
                r"\b(?:of\s+the|approximate(?:ly)?|about|approx\.)\s*$", left
            )
        )
        or _PROVIDED_BY_AN_ISSUE.match(sentence[money.end : money.end + 160])
        # ("EUR 333 million (USD 365.0m) worth of new ... convertible bonds":
        # the words after an equivalent in brackets)
        or _PRINCIPAL_AFTER.match(
            _AN_EQUIVALENT.sub(
                "", sentence[money.end : money.end + 240].lower(), count=1
            )[:110]
        )
        or _DEFINED_PRINCIPAL.match(right)
        # a note's face: "$24,288.41 | Date of Issuance: ... FOR VALUE RECEIVED"
        or (not left.strip() and rx.match(r"^[^.$]{0,60}\bfor value received", right))
        # a note's face: "Series A Convertible Promissory Note $379,389.04
        # March 31, 2007"; "DECEMBER 17, 2018 | US$1,000,000 | THIS SENIOR
        # SECURED CONVERTIBLE PROMISSORY NOTE"; "Note Date: December 1, 2006
        # US $970,752.00 San Diego, California FOR VALUE RECEIVED"
        or _face_amount(left, right)
        # "The convertible notes carry a face value slightly above the issue
        # price at A$3.3 million"
        or rx.search(r"\bface value\b[^$.;]{0,40}\bat\s*$", left) is not None
        # a sum in words too long for the window: "the principal sum of Five
        # Million Six Hundred Twenty Five Thousand Dollars ($5,625,000)"
        or rx.search(
            # ("the sum of Two Million Dollars of the United States of America
            # (US$2,000,000)")
            r"\b(?:sum|amount) of [a-z0-9/ .,-]{0,160}\bdollars"
            # ("... DOLLARS in the lawful money of the United States of
            # America (U.S.$250,000.00)")
            r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:lawful\s+money\s+of\s+the\s+)?"
            r"united\s+states(?:\s+of\s+america)?)?" + _NO_CENTS + r"\s*\(?\s*"
            r"(?:u\.s\.\s*)?$",
            sentence[: money.start].lower()[-220:],
        )
        or _promised_or_loaned(sentence, money)
        # a headline's issue, "CB" for the bonds: "Jubilant Organosys sells
        # $200 million CB while pondering possible acquisition" (not another
        # issuer's, compared: "the slightly larger $503 million CB printed
        # by Shanghai Industrial")
        or (
            rx.search(
                r"\b(?:sells|sold|issues|issued|prices|priced|launches|launched|completes|completed)\s*$",
                left,
            )
            is not None
            and rx.match(r"\s*(?:million\s+|billion\s+|bn\s+)?cbs?\b(?!\s*\(|-)", right)
            is not None
        )
        # an investment a note evidences: "the Company received $1,100,000
        # in a convertible debt investment from Pandora Select Partners LP"
        or (
            rx.search(r"\breceived\s*$", left) is not None
            and rx.match(
                r"\s*in\s+an?\s+(?:[\w-]+\s+){0,2}convertible\s+(?:debt|note|loan)\s+"
                r"investment\s+from\b",
                right,
            )
            is not None
        )
        # the principal an amendment changed, as issued: "the principal
        # amount of the notes was increased to $22 million from $20 million"
        or rx.search(
            r"\bprincipal\s+amount\s+of\s+the\s+(?:[\w-]+\s+){0,3}(?:notes?|debentures?|bonds?)\s+"
            r"(?:was|were)\s+(?:increased|decreased|reduced|raised)\s+to\s+\S{0,5}\d[\d,.]*"
            r"(?:\s+(?:million|billion))?\s+from\s*$",
            left,
        )
        is not None
        # ("has today issued the Convertible Note to Foley Family Wines
        # Holdings, New Zealand Limited (Foley Holdings) for $11.8 million")
        or rx.search(
            # ("NBQ would issue convertible bonds to Global for Dh2.359 billion")
            r"\b(?:issued|issue|issues)\s+(?:the\s+)?convertible\s+(?:note|debenture|bond)s?\s+to\s+[^$.;]{2,120}"
            r"\s+for\s*$",
            sentence[: money.start].lower()[-200:],
        )
        is not None
        or any(
            rx.search(before, left) and rx.search(after, right)
            for before, after in _PRINCIPAL_AROUND
        )
        # ("has completed in escrow a US$5 million debt financing with two
        # major shareholders ... consisting of senior unsecured convertible
        # promissory notes")
        or (
            rx.search(r"\ban?\s*$", left) is not None
            and rx.match(
                r"\s*(?:million\s+|billion\s+)?(?:(?:debt\s+)?financing\b"
                r"(?:[^.;]|(?<=inc)\.|(?<=ltd)\.|(?<=corp)\.){0,200}\bconsisting\s+of"
                # ("has completed a US$440,000 working capital funding in the
                # form of unsecured convertible loan notes")
                r"|(?:[\w-]+\s+){0,3}(?:funding|financing)\s+in\s+the\s+form\s+of"
                # ("a US$20 million capital raise from the private placement of
                # 8.5 per cent unsecured convertible debentures")
                r"|capital\s+raise\s+from\s+the\s+(?:private\s+)?placement\s+of)\s+"
                r"(?:[\w.-]+\s+){0,5}convertible\s+(?:[\w-]+\s+){0,2}(?:notes|debentures|bonds)\b",
                sentence[money.end : money.end + 320],
                re.IGNORECASE,
            )
            is not None
        )
        # "The EUR100 million bond (ISIN DE000A1R0W05)"; "secured a AU$1.2
        # million loan with sophisticated and professional investors"
        # (a new instrument, not "the $1 Million Secured Note" nor "a holder
        # of a $100,000 Note would receive")
        or (
            # ("into a new $200,000 related party debenture"; a new note or
            # debenture only, not "a new $3 million loan" beside amendments)
            (
                rx.search(r"\ban?\s*$", left) is not None
                or (
                    rx.search(r"\ban?\s+new\s+$", left) is not None
                    and rx.match(r"^\s*(?:[\w-]+\s+){0,3}(?:note|debenture)\b", right)
                    is not None
                )
            )
            and rx.search(r"\b(?:holders?|owners?) of an?\s*$", left) is None
            and rx.match(
                r"^\s*(?:(?:convertible|unsecured|secured|bridge|term|senior|subordinated|"
                r"promissory|interest-free|related[- ]party|\d[\d.]*\s?%),?\s+){0,3}"
                # ("to issue a US$400,000 unsecured convertible instrument to
                # Bergen Global Opportunity Fund, LP")
                r"(?:bond|note|debenture|loan|(?<=convertible )instrument)\b"
                r"(?!\s+(?:facility|agreement|purchase|holders?|instrument|programme)\b)"
                r"(?![^.;]{0,30}\(\s*the\s+[\"“'‘](?:existing|original|prior))",
                right,
            )
            is not None
        )
        # ("under a convertible debenture (the "Debenture") for $600,000";
        # not "for $5,000 cash", a price)
        or (
            rx.search(
                # ("issued an unsecured convertible loan (the "Loan") of NOK
                # 34.4 million")
                r"\bconvertible (?:promissory )?(?:note|debenture|bond|loan)\s*"
                r"\((?:the\s+)?[\"“][^\"”]{1,30}[\"”]\)\s*(?:for|of)\s*$",
                left,
            )
            is not None
            and rx.match(r"^\s*(?:in\s+)?cash\b", right) is None
        )
        # "the Company issued all $75,000,000 of Additional Notes"; "it has
        # issued a further GBP262,000 of Loan Notes"
        or (
            rx.search(
                r"\bissued\s+(?:all\s+|a\s+further\s+|an\s+additional\s+)?$", left
            )
            is not None
            # ("which issued $55 million of the notes on March 26, 2008")
            and rx.match(
                r"\s*of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,3}Notes|notes\s+on)\b",
                sentence[money.end :],
            )
            is not None
        )
    )
    principal = principal and not _a_balance_or_a_basis(sentence, left, right)
    # (nor a bank's term loan beside convertible debt: "provided $418m in
    # convertible debt while UBS O'Connor supplied a $105m term loan")
    principal = principal and not (
        rx.match(r"^\s*(?:million\s+|billion\s+)?term\s+loan\b", right)
        and rx.search(
            r"\bconvertible\s+(?:debt|notes?|debentures?|bonds?|loans?)\b",
            sentence,
            re.I,
        )
    )
    # an aim, not the note's face: "The company aims to raise $1.1 million
    # through a convertible notes issue" (then "commitments to raise up to
    # $1,120,000 on a Convertible Note")
    principal = principal and not rx.search(
        r"\b(?:aims?|aiming|seeks?|seeking|hopes?|hoping)\s+to\s+raise\s*$", left
    )
    # (nor a size first assessed: "the Bonds are in the principal amount of
    # US$ 200 million ..., according to the company's initial assessment")
    principal = principal and not rx.search(
        r"\baccording to (?:the company['’]s|its|our) initial assessment\b",
        sentence,
        re.I,
    )
    # (nor new notes that fund the buy-back a text is about: "The
    # repurchase was funded by a concurrent equity-linked offering of $85
    # million 7.5% convertible notes due 2029")
    principal = principal and not rx.search(
        r"\b(?:repurchases?|buy-?backs?|redemption)\s+(?:was|were|is|will\s+be)\s+"
        r"(?:funded|financed)\s+(?:by|with|through)\s+(?:the\s+proceeds\s+of\s+)?"
        r"(?:a|the)\s+concurrent\s+(?:[\w-]+\s+){0,2}offering\s+of\s*$"
        # (nor the part holders sell back: "commitments from eligible
        # bondholders to sell back $182.83 million of the convertibles")
        r"|\b(?:to\s+)?sell\s+back\s*$"
        # (nor a state's aid to a sector: "The Israeli airlines will receive
        # additional financial aid from the Ministry of Finance amounting to
        # $41 million")
        r"|\b(?:aid|grants?|subsid(?:y|ies)|assistance)\b[^$.;]{0,60}\bamounting\s+to\s*$",
        left,
    )
    # (nor what a redemption pays: "The $63.3 million principal amount of
    # the Notes will be paid in cash, and the conversion premium ...")
    principal = principal and not rx.match(
        r"^\s*(?:million\s+|billion\s+)?(?:aggregate\s+)?principal\s+amount\s+of\s+the\s+"
        r"(?:notes|debentures|bonds)\s+will\s+be\s+(?:paid|repaid|settled)\b",
        right,
    )
    if principal and _an_older_notes(sentence, money, left, right):
        return "exchanged"
    return "principal" if principal and not _proposed_exchange(sentence, left) else None


def _a_part_of_the_issue(left: str, right: str) -> bool:
    """An amount that is one part of an issue the text gives whole: one
    subscriber's, a top-up, notes repaid early, one of the parts listed."""
    # one subscriber's part beside others': "Thorney Group, has agreed to
    # subscribe for $2 million worth of convertible notes, along with
    # $730,000 in subscriptions from Beonic directors"
    if rx.search(r"\bagreed to subscribe for\s*$", left) and rx.match(
        r"^\s*(?:worth\s+)?of\s+(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds),?\s+along with\b",
        right,
    ):
        return True
    # notes repaid early: "requested the early repayment of outstanding CLN
    # for a total principal amount of US$625,000 plus 5%"; the price of notes
    # bought back: "Repurchased $47.5 million aggregate principal amount of
    # 2026 Notes for $47.3 million in cash"
    if rx.search(
        r"\brepayment of (?:the\s+)?(?:outstanding\s+)?[^$.;]{0,30}\bfor a total "
        r"(?:principal )?amount of\s*$"
        r"|\brepurchas(?:e|ed|ing)\s+(?:an additional\s+)?\S+\s+(?:million\s+|billion\s+)?"
        r"(?:aggregate\s+)?principal amount of\b[^$;]{0,60}\bfor\s*$",
        left,
    ):
        return True
    # the parts of a total: "issued $325.0 million aggregate principal amount
    # ... consisting of (a) approximately $245.8 million ... issued in exchange
    # ..., and (b) approximately $79.2 million ... for cash"
    if rx.search(r"\bconsisting of\s*\((?:a|i|1)\)\s*(?:approximately\s*)?$", left) or (
        rx.search(r"\b(?:and|or|,)\s*\((?:b|c|ii|iii)\)\s*(?:approximately\s*)?$", left)
        and rx.match(r"^\s*(?:in\s+)?(?:aggregate\s+)?principal amount of\b", right)
    ):
        return True
    # the part one leg of an offer placed: "Valid applications under the
    # Open Offer were received for \u00a315.8 million nominal of CULS"
    if rx.search(r"\bapplications\b[^$.;]{0,60}\b(?:were\s+)?received\s+for\s*$", left):
        return True
    # one buyer's part of an issue the text defines: "As part of the
    # transaction, Morguard Corporation purchased $50 million aggregate
    # principal amount of the Debentures"
    if rx.search(r"\b(?:purchased|bought|acquired)\s*$", left) and rx.match(
        r"^\s*(?:aggregate\s+)?principal amount of the\s+(?:[\w-]+\s+){0,2}"
        r"(?:notes|debentures|bonds)\b",
        right,
    ):
        return True
    # one investor's part beside another: "has also invested 1.2 million
    # dirhams in the convertible bond alongside the Swiss Private Bank"
    if rx.search(r"\binvested\s*$", left) and rx.match(
        r"^\s*(?:[a-z]+\s+)?in\s+the\s+(?:[\w-]+\s+){0,2}(?:notes?|debentures?|bonds?)\s+alongside\b",
        right,
    ):
        return True
    # a top-up of an issue: "has secured an additional $440,000 in
    # subscriptions for convertible notes. This brings the total raised to
    # $4.18 million"
    return bool(
        rx.search(r"\ban additional\s*$", left)
        and rx.match(r"^\s*in subscriptions\b", right)
    )


def _other_notes_role(left: str, right: str, right_wide: str) -> str | None:
    """An amount of notes other than the one the text issues: "exchanged"
    (the notes a new note replaces, or already outstanding ones), "series"
    (the whole series a note is one of) or "part" (a part of the notes);
    ``right_wide`` is more of the words after it than ``right``."""
    # older notes the new ones refinance ("it would sell the bonds to
    # refinance $583 million in convertible bonds issued in 2007"), call
    # ("announced the redemption of all C$229 million of its 5%
    # convertible subordinated debentures": what is left of them) or retire
    # ("approximately $248.3 million to repurchase around $150.6 million of
    # its 1.50 percent convertible senior notes due 2024")
    of_its_notes = (
        r"^\s*(?:million\s+|billion\s+)?(?:in\s+)?(?:aggregate\s+)?(?:principal amount\s+)?"
        r"of\s+(?:its|our|{})\s+(?:[\w%.-]+\s+){{0,5}}(?:notes|bonds|debentures|convertibles)\b"
    )
    if (
        (
            rx.search(r"\brefinanc(?:e|es|ed|ing)\s+(?:the\s+|its\s+|our\s+)?$", left)
            and rx.match(
                r"^\s*(?:in|of)\s+(?:(?:its|the|our)\s+)?(?:[\w%.-]+\s+){0,3}"
                r"(?:notes|bonds|debentures|convertibles)\b",
                right,
            )
        )
        or (
            rx.search(
                r"\b(?:redemption|repurchase)\s+of\s+all\s+(?:of\s+)?(?:the\s+)?$", left
            )
            and rx.match(of_its_notes.format("the"), right)
        )
        or (
            rx.search(
                rf"\bto\s+{_RETIRING}\s+(?:around\s+|approximately\s+|about\s+)?$", left
            )
            and rx.match(of_its_notes.format("the\\s+company['’]s"), right)
        )
    ):
        return "exchanged"
    # "Quercus also bought $9.9 million principal amount of existing senior
    # secured convertible notes from other noteholders"
    if rx.match(
        r"^\s*(?:in\s+)?(?:aggregate\s+)?principal amount of\s+(?:the\s+)?(?:its\s+|our\s+)?"
        r"existing\b",
        right,
        re.IGNORECASE,
    ):
        return "exchanged"
    # the part holders offered in a tender: "received €15.9m in aggregate
    # principal amount of Bonds validly offered for sale pursuant to the
    # Invitations"
    if rx.match(
        r"^\s*(?:in\s+)?(?:aggregate\s+)?principal amount of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
        r"(?:notes|bonds|debentures)\s+(?:validly\s+)?(?:offered|tendered|submitted)\b",
        right,
        re.IGNORECASE,
    ):
        return "part"
    # what was outstanding of notes issued before: "a redemption notice in
    # respect of the aggregate principal amount of $79,578,000 of the 5.75%
    # Debentures that was outstanding"
    if rx.match(
        r"^\s*of\s+(?:the\s+)?(?:[^$.;]|\.(?=\d)){0,60}?\b(?:that|which)\s+(?:was|were)\s+"
        r"(?:then\s+)?outstanding\b",
        right,
        re.IGNORECASE,
    ):
        return "exchanged"
    if _a_part_of_the_issue(left, right):
        return "part"
    # "the first $100,000 of $3.5 million in secured convertible minimum
    # borrowing notes"
    # (not "borrowed $500,000 of the $2,500,000 principal": what is drawn
    # competes with the limit)
    # (but the part notes were issued for: "The first £425,000, which has
    # been received by the Company, has been provided via the issue of loan
    # notes")
    if rx.search(
        r"\b(?:the|on) (?:first|last|remaining)\s*$", left, re.IGNORECASE
    ) and not _PROVIDED_BY_AN_ISSUE.match(right_wide):
        return "part"
    # principal paid on an older note: "as payment for $30,000 in principal
    # and $100,000 in accrued interest on an existing promissory note"
    if rx.match(
        r"^\s*in\s+principal\b(?:[^.;]|\.(?=\d)){0,80}\b(?:on|of|under)\s+(?:an|the|its)\s+"
        r"existing\b",
        right,
        re.IGNORECASE,
    ):
        return "exchanged"
    # "This Debenture is one of a series of Debentures in the aggregate
    # principal amount of $1,000,000.00"
    if rx.search(
        r"\bone of a (?:duly authorized )?series of\b[^.;$]{0,60}\b(?:aggregate\s+)?"
        r"principal amount of\s*(?:up to\s*)?$",
        left,
        re.IGNORECASE,
    ):
        return "series"
    # "issued in exchange for $18,000,000 original principal amount of the
    # Company's 15% Senior Secured PIK Debentures": the notes exchanged; "in
    # exchange for $183.7 million worth of the holder's 2027 notes"
    if (
        _PURCHASE.search(left[-55:])
        and rx.match(r"^\s*(?:\w+\s+){0,2}principal amount of\b", right)
    ) or (
        rx.search(r"\bin exchange for\s*$", left)
        and rx.match(
            r"^\s*(?:worth\s+of|of|in)\b[^$;]{0,50}\b(?:notes?|debentures?|bonds?)\b",
            right,
        )
    ):
        return "exchanged"
    # notes already outstanding that changed hands or were converted: "Fir
    # Tree purchased from ACM Emerging Markets Master Fund I, L.P. $22 million
    # aggregate principal amount of the Company's outstanding convertible
    # notes" (not the notes issued beside them)
    if rx.match(
        r"^\s*(?:in\s+)?(?:aggregate\s+)?principal amount of\s+"
        r"(?:the company['’]s|its|our)\s+(?:then\s+)?outstanding\b",
        right,
        re.IGNORECASE,
    ):
        return "exchanged"
    # the old notes an exchange offer took: "accepted A$103 million principal
    # amount of bonds in the exchange offer for its A$208.5 million 8%
    # convertible bonds"
    if rx.search(r"\baccepted\s*$", left) and rx.match(
        r"^\s*(?:in\s+)?(?:aggregate\s+)?principal amount of\s+(?:[\w%.-]+\s+){0,3}"
        r"(?:notes|bonds|debentures|convertibles)\s+(?:in|for|tendered in)\s+(?:the\s+|its\s+)?"
        r"exchange\b",
        right,
    ):
        return "exchanged"
    return None


def _proposed_exchange(sentence: str, left: str) -> bool:
    """New notes a proposed restructuring would give for the existing ones,
    not issued: "Under the proposed restructuring, the existing $350 million
    of 4.25% convertibles due 2005 will be exchanged for 202,083,908 ordinary
    shares and $83.254 million principal amount of new 4% convertible
    notes"."""
    return bool(
        rx.search(r"\bwill be exchanged for\b[^.;]{0,120}$", left)
        and rx.search(r"\bproposed\b|\bplan\b", sentence, re.IGNORECASE)
    )


# -- stage 4: defined terms and names ------------------------------------------------

_LEGAL_FORMS = (
    # (a Luxembourg limited partnership after a fund's own form, before "LLC"
    # alone: "GEM Global Yield Fund LLC SCS")
    r"LLC\s+SCS",
    # (a Mexican bank, its group and its trust division, before "S.A." alone:
    # "Banco Actinver, S.A. Institución de Banca Múltiple, Grupo Financiero
    # Actinver, División Fiduciaria")
    r"S\.A\.,?\s+Instituci[oó]n\s+de\s+Banca\s+M[uú]ltiple(?:,\s+Grupo\s+Financiero\s+[A-Z][\w-]*)?"
    r"(?:,\s+Divisi[oó]n\s+Fiduciaria)?",
    "Limited Partnership", r"L\.\s?P\.?", "LP", "LLC", r"L\.L\.C\.", r"Inc\.?", "Incorporated", r"Corp\.?",
    # ("Power Up Lending Group, ltd.": typed in lower case)
    "Corporation", r"Ltd\.?", r"ltd\.", "Limited", r"Co\.", r"Pte\.?\s+Ltd\.?", r"S\.A\.",
    r"N\.V\.", r"B\.V\.", "BV", "GmbH", "AG", "plc", "PLC", "Plc", "SPC", "LLLP", "Trust",
    "Fund", "SE", "KG", r"S\.à\.?\s?r\.l\.", "Sarl", "ASA", r"S\.p\.A\.", "SpA",
    r"S\.r\.l\.", "Srl",
    # (the French and Luxembourg company in words: "Cencan Societe Anonyme")
    r"Soci[eé]t[eé] Anonyme",
    r"P\.C\.", "PC", "PLLC", "LLP", "Foundation", "Aktiengesellschaft",
    # (a Cayman limited duration company, "CAMOFI Master LDC")
    "Anstalt", "LDC",
    # (a Luxembourg specialised investment fund or an investment company
    # with variable capital: "Trafalgar Capital Specialized Investment Fund,
    # FIS")
    "FIS", "SICAV",
    # (a Guernsey protected or incorporated cell company: "Riverfort Global
    # Opportunities PCC")
    "PCC", "ICC",
    # (a Gulf company with limited liability: "HANA INVESTMENTS CO. WLL")
    "WLL", r"W\.L\.L\.",
    # (Nordic companies: "Turret Oy Ab", "Digitalist Group Oyj", "Nordea
    # Bank AB", "Danske Bank A/S")
    "Oy Ab", "Oyj", "Oy", "AB", "A/S", "ApS",
    # (a Norwegian company, "Dag Dvergsten AS", after a name in lower case,
    # never a capitals text's "AS")
    r"(?<=[a-z]\s)AS",
)  # fmt: skip


def _in_capitals(pattern: str) -> str:
    """A pattern's letters in capitals, its escapes as they are ("\\s" stays
    a space, never "\\S")."""
    return re.sub(
        r"\\.|[^\W\d_]",
        lambda match: (
            match.group() if match.group()[0] == "\\" else match.group().upper()
        ),
        pattern,
    )


#: A legal form as written, or in capitals ("DAVRIC CORPORATION", "BANCO
#: ACTINVER, S.A. INSTITUCIÓN DE BANCA MÚLTIPLE").
#: (each form's capitals right after it, so that a longer form is tried
#: before a shorter one either way: "S.A. INSTITUCIÓN ..." before "S.A.")
LEGAL_FORM = (
    "(?:"
    + "|".join(
        f"{form}|{_in_capitals(form)}" if form[0].isalpha() else form
        for form in _LEGAL_FORMS
    )
    + ")"
)
#: A fund's number after its name: "Merida Fund III", "Advanced
#: Opportunities Fund I" (the longest first).
FUND_NUMBER = r"(?:VIII|VII|III|II|IV|IX|VI|V|X|I)"
#: (a domicile in brackets is part of a name: "JGB (Cayman) Port Ellen Ltd")
# ("Hall Phoenix/Inwood, Ltd.": a slash between two capitalised words)
# ("reAlpha Tech Corp.": a name in lower case before a capital)
_WORD = r"(?:[A-Z0-9][\w&'’.-]*(?:/[A-Z][\w&'’.-]*)?|(?<![\w])(?!(?:of|to|by|in|on|at|an|or|as)[A-Z])[a-z]{1,2}[A-Z][\w&'’.-]*|\((?:Cayman|BVI|Bermuda|Jersey|Guernsey|Hong Kong|Singapore|"
_WORD += (
    r"Luxembourg|Ireland|Delaware|Canada|US|USA|UK|Asia|Europe|Holdings|International|"
    # ("RBC Trust (Trinidad & Tobago) Limited")
    r"Trinidad (?:&|and) Tobago|Barbados|Jamaica|Bahamas|Mauritius|Cyprus|Malta|Australia|"
    r"New Zealand|NZ|Netherlands|Switzerland|Israel|India|China|Japan|Korea|Malaysia|"
    r"South Africa|Mexico|Brazil|Panama|Middle East|Africa|"
)
# ("BCPE Nucleon (DE) SPV, LP"; "Public Investment Corporation (SOC) Limited",
# a South African state-owned company)
# ("D.B.W. Holdings (2005) Ltd.": a year in brackets)
_WORD += r"Group|HK|America|Pty|DE|SOC|(?:19|20)\d\d)\)"
# (a fund's own words in brackets: "Kreos Capital V (Expert Fund) Limited")
_WORD += r"|\((?!(?:Lender|Holder|Purchaser|Investor|Buyer|Subscriber|Payee)\))"
# ("RAB Special Situations (Master) Fund Limited")
_WORD += r"(?:[A-Z][a-z]+\s+){0,2}(?:Fund|Fonds|Partners|Capital|Master)\)(?=\s+[A-Z]))"
#: An organisation: capitalised words (a number may lead: "1800 Diagonal
#: Lending LLC") ending in a legal form, which a comma may precede.
ORGANISATION = re.compile(
    # (a space or a comma before the form: "LPC" is no "L" professional
    # corporation)
    # (a partners' firm: "Goldman, Sachs & Co.", a comma between its names)
    # (an Indonesian company, its form first: "PT Jayatama Tekno Sejahtera")
    # (and a Russian joint-stock company, its form first: "OJSC Pharmsynthez")
    r"((?-i:PT|OJSC|PJSC|CJSC|JSC)\s+(?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*(?:\s+Tbk)?|"
    rf"(?:[A-Z][a-z]+,\s+(?=[A-Z][a-z]+\s+&\s+))?"
    # ("DUTCHESS PRIVATE EQUITIES FUND, II, LP": a comma before the fund's
    # number)
    rf"(?:{_WORD}(?:(?<=Fund|FUND),(?=\s+{FUND_NUMBER},))?\s+(?:(?:of|and|&|de|du|for)\s+)?){{0,7}}"
    rf"(?:{_WORD}(?:,\s*|\s+))?{LEGAL_FORM}"
    # "Alto Opportunity Master Fund, SPC - Segregated Master Portfolio B"
    r"(?:\s*[\u2013\u2014-]\s*Segregated\s+(?:[A-Z]\w*\s+){0,3}Portfolio(?:\s+[A-Z0-9]\w*)?"
    # ("Cithara Global Multi-Strategy SPC \u2013 CMB Chung Wai Greater China
    # Alpha Strategy SP": the portfolio's name, "SP" for short)
    r"|(?<=SPC)\s*[\u2013\u2014-]\s*(?:[A-Z][\w&'-]*\s+){1,8}SP(?![\w]))?"
    # a fund's number: "Merida Fund III" (and a form after it: "Sigma
    # Opportunity Fund II, LLC")
    # ("Nordic Growth Fund 2")
    # ("Rhinos Vietnam Convertible Bond Private Investment Fund No.4")
    # ("Premier Equity Fund Sub Fund F": a sub-fund's letter)
    rf"(?:(?<=Fund)\s+(?:{FUND_NUMBER}|\d{{1,2}}(?![\d.,])|No\.\s?\d{{1,2}}(?![\d.,])"
    r"|(?<=Sub Fund |Sub-Fund )[A-Z](?![\w'’-]))"
    rf"(?:,?\s+{LEGAL_FORM}(?![\w]))?)?"
    # a partnership's number: "Kahn Family Limited PT II"
    rf"(?:(?<=Limited)\s+PT\s+{FUND_NUMBER})?"
    # a trust's date, part of its name ("David N. Siegel Dynasty Trust dated
    # November 16, 2015"; "Fink Family Trust Dated October 23, 2012")
    r"(?:(?<=Trust)\s+[Dd]ated\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d{1,2},\s+\d{4})?"
    r")(?![\w])"
)
_PERSON_NAME = re.compile(
    # (a first initial before the name: "A. Michael Stolarski", or two: "J.
    # R. Simplot Company")
    # (a word with a capital inside it, whole: "RemoteData Partners",
    # "Ronald McDonald")
    # ("H.F. Lenfest": initials run together)
    r"(?<![A-Za-z])((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:(?<![\w.])(?:[A-Z]\.){1,2}\s+){0,2}[A-Z][a-z'-]+"
    r"(?:[A-Z][a-z'-]+)*(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z][a-z'-]+(?:[A-Z][a-z'-]+)*){1,3})"
)
_ROLE_WORDS = (
    "Lender", "Holder", "Purchaser", "Investor", "Buyer", "Subscriber",
    "Noteholder", "Note Holder", "Payee", "Bondholder", "Debentureholder",
    "Debenture Holder", "Creditor",
)  # fmt: skip
#: "(the "Lender")", and "(Lender)" as a letter agreement writes it.
DEFINED_ROLE = re.compile(
    # ("(together with its permitted successors and assigns, the “Holder”)")
    # ("(together with its successors and representatives, the “Holder”)")
    # ("(together with its registered assigns, the “Holder”)"; "(together
    # with his respective successors, representatives, transferees and
    # permitted assigns, the “Holder”)")
    # ("(including its successors and assigns, the “Lender”)")
    r"\(\s*(?:(?:together with|including) (?:its|his|her|their)\b[^()\"“”]{0,120}?,\s*)?"
    # ("(“Aspen” or the “Holder”)": a short name, then the role)
    # ("(the “RVSN” or “Lender”)")
    r"(?:(?:the\s+)?[\"“][^\"”()]{1,40}[\"”]\s*(?:,\s*)?(?:or|and)\s+)?"
    # ("(together with any assignee, jointly or severally, the "Holder")")
    r"(?:together with any assignee,\s*(?:jointly or severally,\s*)?)?"
    # ("(hereinafter “Creditor”)")
    r"(?:hereinafter(?:\s+referred\s+to\s+as)?\s+)?"
    r"(?:the|a|each a|each,? a|together,? the|collectively,?(?: the)?)?\s*"
    # ("(the “Noteholder,” and together with the Borrowers, the “Parties”)")
    # ("(the “Registered Holder”)")
    # ("("the Lender")": the article inside the quotes)
    # ("(the “Original Noteholder”)": the holder a note was issued to; "(the
    # “Initial Noteholder”)")
    r"(?:[\"“](?:the\s+)?(?:Registered\s+|Original\s+|Initial\s+(?=(?:Note)?[Hh]older))?(?P<quoted>"
    + "|".join(_ROLE_WORDS)
    # ("(the "Holder'')": a typewriter's two single quotes to close)
    # ("(the “Purchaser)": the closing quote lost before the bracket)
    + r")s?,?(?:[\"”]|''|(?=\)))"
    # ("('Lender')": single quotes at both ends)
    + r"|['‘](?:the\s+)?(?P<single>"
    + "|".join(_ROLE_WORDS)
    # ("(the registered Holder hereof)")
    + r")s?['’]|(?:registered\s+)?(?P<plain>(?-i:"
    + "|".join(_ROLE_WORDS)
    + r"))(?:\s+hereof)?)"
    # ("(the “Holder” or “Lender”)", "(the “Investor” or “CD Financial”)": a
    # second role or a short name after the role)
    r"(?:\s+or\s+(?:the\s+)?[\"“][^\"”()]{1,40}[\"”])?"
    # ("(the “Purchaser” and together with the Company, the “Parties”)")
    # ("(“Payee”, and, collectively with the Company, the “Parties”)")
    r"(?:\s*,?\s+and,?\s+(?:together|collectively)\b[^()]{0,60})?\s*\)",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    # ("to the order of Lucayan Oil and Gas Investments, Ltd., a Bahamas
    # corporation": the name's own "and" begins no name)
    # ("by and between Iliad Research and Trading, LP, a Delaware limited
    # partnership")
    rf"(?:from|to|with|by|between|and|order of)\s+({_WORD}(?:[\s,]+(?:(?:of|and|&)\s+)?{_WORD})*?,?\s*"
    rf"{LEGAL_FORM}),\s+(?:a|an)\b[^()]*$"
)
_ASSIGNS = re.compile(
    # ("Ezra Dabah or permitted assigns")
    r",?\s+(?:and|or)\s+(?:(?:its|his|her|their)\s+)?(?:successors\s+(?:and|or)\s+)?"
    # ("Josh H. Buterin or his Permitted Transferee(s)")
    r"(?:registered\s+|[Pp]ermitted\s+)?(?:assigns|assignees?|[Tt]ransferees?(?:\(s\))?)"
    r"(?:\s+(?:and|or)\s+(?:its\s+)?successors(?:-in-interest)?)?\s*,?\s*$"
    # "Greggory Haugen its endorsees, successors and assigns"; "VANTAGE POINT
    # CONSULTING and or assignee"; "Rudy Hallenbeck or to his order,";
    # "ANTHONY M. FRANK, or holder"; "Alpha Capital Anstalt, as Lender"
    r"|,?\s+its endorsees,\s+successors\s+and\s+assigns\s*,?\s*$"
    r"|\s+and\s+or\s+assignees?\s*,?\s*$"
    r"|\s+or\s+to\s+(?:his|her|its)\s+order\s*,?\s*$"
    # ("Tara Gold Resources Corp., or order, (the "Holder”)")
    r"|,?\s+or\s+order\s*,?\s*$"
    r"|,\s+or\s+holder\s*,?\s*$"
    r"|,\s+as\s+(?:lender|holder|purchaser|investor|payee)\s*,?\s*$"
    # ("GREGORY SCHIFRIN, the registered holder hereof")
    r"|,\s+the\s+registered\s+holder\s+hereof\s*,?\s*$",
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(
    r",\s+(?:a|an)\s+[^,()]{0,120}$"
    # ("Bellridge Capital, LP a Delaware limited liability company": the
    # comma left out after a legal form)
    r"|(?:(?<=\bLP)|(?<=\bLLC)|(?<=\bInc\.)|(?<=\bLtd\.))\s+an?\s+(?:[A-Z][a-z]+\s+){1,2}(?:limited\s+liability\s+company"
    r"|limited\s+partnership|corporation)\s*$"
    # ("River Falls Financial Services, LLC, Kentucky limited liability
    # company": the article left out)
    r"|,\s+(?:[A-Z][a-z]+\s+){1,2}(?:limited\s+liability\s+company|limited\s+partnership"
    r"|corporation)\s*$"
    # "Peace Range Limited whose address is situated at [ ] (the "Bondholder")"
    r"|,?\s+(?:whose|with its)\s+(?:registered\s+)?(?:address|office)\b[^()]{0,120}$"
    # "Lycos Management, a BVI limited liability company having its principal
    # place of business at OMC Chambers, ..., Tortola, British Virgin Islands"
    # ("a company incorporated ... of Israel, with an office address of")
    r"|,\s+(?:a|an)\s+[^()]{0,80}?\b(?:having|with|whose)\s+(?:its\s+|an\s+)?(?:principal\s+)?"
    # (not past the maker's promise: "..., with an address at ..., promises
    # to pay Sphere Resources Inc.")
    r"(?:place of business|registered office|address|offices?)\b"
    # (nor past "HEREBY ACKNOWLEDGES ITSELF INDEBTED TO" the holder)
    r"(?:(?!\bpromises?\s+to\s+pay\b|(?i:\bindebted\s+to\b))[^()]){0,300}$"
    # "Mahmud Haq, an individual residing at 10 Beekman Road, Franklin Park,
    # New Jersey 08823"
    # ("an individual and resident of the United Kingdom,")
    r"|,\s+an?\s+(?:individual\s+(?:and\s+)?)?(?:residing|resident)\s+(?:at|of|in)\b[^()]{0,160}$"
)


def without_description(text: str) -> str:
    """The text before a description that ends it (", a Delaware limited
    partnership", ", whose address is ...")."""
    description = _DESCRIPTION.search(text)
    return text if description is None else text[: description.start()]


def _clean_name(name: str) -> str:
    name = rx.sub(r"\s+", " ", name).strip(" ,;:")
    # ("The Loev Law Firm, PC, , whose address is")
    name = rx.sub(r"(?:\s*,){2,}$", "", name).strip(" ,")
    # ("with the Sponsor and Polar Multi-Strategy Master Fund")
    # (or "by and between the Original Noteholder and Cap 1 Nu LLC")
    name = rx.sub(
        r"^(?:the\s+)?(?:Company|Sponsor|Borrower|Issuer|(?:Original\s+)?(?:Note)?holder)\s+and\s+",
        "",
        name,
    )
    # ("promises to PAY TO THE ORDER OF 3DFLOR OPPORTUNITY, LP")
    name = rx.sub(r"^(?i:pay\s+)?(?i:to\s+the\s+order\s+of)\s+", "", name)
    # ("HEREBY ACKNOWLEDGES ITSELF INDEBTED TO AZCO MINING INC.": the maker's
    # words in capitals before the name)
    name = rx.sub(
        r"^(?:[A-Z]+\s+){0,4}(?:INDEBTED|PROMISES\s+TO\s+PAY)\s+TO\s+", "", name
    )
    # a date's year before the name: "On November 10, 2011 Asher Enterprises
    # Inc. funded"
    name = rx.sub(r"^(?:19|20)\d{2},?\s+(?=[A-Z][a-z])", "", name)
    # "Mr. Timothy Honeycutt": the person's name (not "Mr. Carpenter", all
    # the text gives; a title stays: "Dr Charlie In")
    name = rx.sub(
        r"^(?:Mr|Ms|Mrs)\.?\s+(?=[A-Z][\w'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'-]+)){0,2}\s+[A-Z][\w'-]+$)",
        "",
        name,
    )
    # "The" begins a legal name that ends in a legal form ("The Loev Law
    # Firm, PC"), not a phrase ("The Lender")
    if name.startswith("The ") and rx.search(LEGAL_FORM + r"$", name):
        return name
    # (a role the sentence opens with: "Shareholder Moulton Goodies Ltd has
    # agreed to provide")
    name = rx.sub(r"^(?:Shareholder|Stockholder)\s+(?=[A-Z])", "", name)
    return rx.sub(r"^(?:the|The|and|And|with|With)\s+", "", name)


#: A fund's domicile its name ends with: "Trafalgar Capital Specialized
#: Investment Fund, Luxembourg".
DOMICILE = (
    r",\s*(?:Luxembourg|Cayman Islands|British Virgin Islands|Bermuda|Jersey|Guernsey|"
    r"Liechtenstein)"
)
_DOMICILE = re.compile(DOMICILE + "$")


def _organisation_ending(text: str) -> str | None:
    """The organisation whose name ends ``text``, with the series it is one
    of: "Helios Holdings XXI a series of Helios Holdings Master LLC"."""
    organisation = None
    for match in ORGANISATION.finditer(text):
        if match.end() == len(text):
            organisation = match.group(1)
            series = rx.search(
                r"\b((?:[A-Z][\w&.-]*\s+){0,5}[A-Z0-9][\w&.-]*),?\s+a series of\s+$",
                text[: match.start(1)],
            )
            if series is not None:
                organisation = f"{series.group(1)} a series of {organisation}"
    return organisation


def _public_or_numbered(text: str) -> str | None:
    """A name with no legal form that ends ``text``: a public body's
    ("promises to pay to West Virginia Jobs Investment Trust Board"), or a
    fund's, numbered ("warrants to Nordic Growth Opportunities 2 (the
    “Investor”)")."""
    match = rx.search(
        r"(?-i:\b(?:to|of|with|from|and))\s+(?:the\s+)?"
        r"((?:(?!Company\b)[A-Z][a-z&-]+\s+){1,7}(?:Board|Authority|Agency|Commission))$",
        text,
    ) or rx.search(
        r"(?-i:\b(?:to|of|with|from|and)\s+(?:the\s+)?"
        rf"((?:[A-Z][a-z&'-]+\s+){{1,5}}(?:\d{{1,2}}|{FUND_NUMBER})))$",
        text,
    )
    return match.group(1) if match is not None else None


def name_before(text: str) -> str | None:
    """The organisation or person whose name ends ``text``."""
    text = text.rstrip(" ,")
    # a generational suffix stays with the name: "John K. Scott, Jr."
    # (in capitals too: "JIM D. TILTON, JR.")
    suffix = rx.search(r",?\s+(?:Jr|Sr|JR|SR)\.?$|,?\s+(?:II|III|IV)$", text)
    if suffix is not None:
        person = name_before(text[: suffix.start()])
        if person is not None and not ORGANISATION.fullmatch(person):
            return person + suffix.group(0)
    domicile = _DOMICILE.search(text)
    if domicile is not None:
        organisation = name_before(text[: domicile.start()])
        if organisation is not None and ORGANISATION.fullmatch(organisation):
            return organisation + domicile.group(0)
    # "ConversionPoint Investments, LLC." ends with a stray full stop
    for candidate in (text, text.removesuffix(".")):
        organisation = _organisation_ending(candidate)
        if organisation:
            return _clean_name(organisation)
    named = _public_or_numbered(text)
    if named is not None:
        return named
    person = None
    for match in _PERSON_NAME.finditer(text):
        # (not the person an affiliate belongs to: "from an affiliate of
        # Remi Gaston-Dreyfus, a director (the “Holder”)")
        if match.end() == len(text) and not rx.search(
            r"\baffiliates?\s+of\s*$", text[: match.start()], re.IGNORECASE
        ):
            person = match.group(1)
            # (a fund's name after its sponsor's capitals: "and CMTF Private
            # Equity One (the “Subscriber”)"; not an office: "CEO John Smith")
            acronym = rx.search(
                r"(?-i:(?:^|[\s,])(?!(?:CEO|CFO|COO|CTO|CIO|EVP|SVP|VP|MR|MS|DR|THE)\b)"
                r"([A-Z]{3,6})\s+)$",
                text[: match.start()],
            )
            if acronym is not None and not rx.match(r"(?:Mr|Ms|Mrs|Dr)\b", person):
                person = acronym.group(1) + " " + person
    # a person's name in capitals after a lower-case word: "promises to pay
    # to MALCOLM CLAY"
    # (or with initials: "by and between ... and H.F. LENFEST")
    capitals = rx.search(
        # (and a title: "and DR. MICHAEL SHANNON")
        # ("to H.F. Lenfest (the “Lender”)": initials and a surname)
        r"(?-i:\b(?:to|of|with|from|and))\s+(?:the\s+)?((?:[A-Z]\.\s*){1,3}[A-Z](?:[A-Z'-]+|[a-z'-]+)|"
        r"(?:(?:MR|MS|MRS|DR)\.\s+)?[A-Z][A-Z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Z'-]+){1,2})$",
        text,
    )
    # (or a firm's name that starts with its capitals: "with ATW Partners
    # (the “Investor”)")
    other = capitals or rx.search(
        r"(?-i:\b(?:to|with|from)\s+([A-Z]{2,6}(?:\s+[A-Z][a-z'-]+){1,3}))$", text
    )
    if person is None and other is not None:
        person = other.group(1)
    return _clean_name(person) if person else None


def _named_whole(before: str, definition: str) -> str | None:
    """A holder whose name holds two names, named whole: two people holding
    together ("to Enoch S. Timothy and Dorothy Timothy (collectively,
    "Payee")"), a custodian for a beneficiary ("in favor of Digital Trust
    FBO Michael G. Hastings Traditional IRA (“Lender”)"), or a trustee for a
    trust."""
    # ("promises to pay to Paul and Jenny Mobley (the “Holder”)": two first
    # names before a surname they share)
    couple = rx.search(
        r"(?-i:\b(?:to|of|with|from)\s+)([A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+[A-Z][a-z'-]+),?\s*$",
        before,
    )
    if couple is not None:
        return couple.group(1)
    pair = rx.search(rf"\b({_PERSON})\s+and\s+({_PERSON}),?\s*$", before)
    if pair is not None and rx.search(
        r"\b(?:collectively|jointly)\b", definition, re.IGNORECASE
    ):
        return f"{pair.group(1)} and {pair.group(2)}"
    custodian = rx.search(
        r"\b(?:of|to|with|from)\s+([A-Z][^()]{1,60}?\s+(?:FBO|f/b/o)\s+[A-Z][^()]{1,80}?)\s*$",
        before,
    )
    if custodian is not None:
        return _clean_name(custodian.group(1))
    # a trustee for a trust: "to THEODORE STERN, TRUSTEE THE THEODORE STERN
    # REVOCABLE TRUST or its registered assigns (the “Holder”)"
    trustee = rx.search(
        r"\b(?:of|to|with|from)\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3},\s+"
        r"(?i:(?:as\s+)?trustee)\s+(?:(?i:of)\s+)?[A-Z][^(),]{2,80}?(?i:trust))\s*$",
        before,
    )
    return _clean_name(trustee.group(1)) if trustee is not None else None


def _no_holders_role(sentence: str, match: re.Match[str], role: str) -> bool:
    """A defined role that names no single holder: the maker's ("FOR VALUE
    RECEIVED, URGEMEDICAL GROUP INC., a Virginia corporation ("Buyer"), ...
    promises to pay to the order of"), or several holders under one plural
    role ("with Ianco Holdings Ltd. and Matco Holdings Ltd. (collectively,
    the “Lenders”)"), or a singular one said of them all ("(collectively,
    the "Purchaser")")."""
    # (not the payee the promise names: "HEREBY ACKNOWLEDGES ITSELF INDEBTED
    # TO AZCO MINING INC. (the "Lender"), ..., AND THE COMPANY PROMISES TO PAY
    # TO THE LENDER")
    maker = (
        rx.search(r"\bfor value received\b", sentence[: match.start()], re.IGNORECASE)
        and rx.search(
            r"^(?:(?!\bto pay\b).)*\bpromises?\s+to\s+pay\b",
            sentence[match.end() :],
            re.IGNORECASE,
        )
        and not rx.search(
            r"\bpromises?\s+to\s+pay\s+to\s+the\s+" + re.escape(role) + r"\b",
            sentence[match.end() :],
            re.IGNORECASE,
        )
    )
    # (or a singular role for them all: "funds managed or advised by Antara
    # Capital LP (collectively, the "Purchaser")")
    plural = rx.search(re.escape(role) + r"s[\"”]", match.group(0), re.IGNORECASE) or (
        rx.match(r"\(\s*collectively\b", match.group(0), re.IGNORECASE)
        and rx.search(
            r"\b(?:funds|entities|affiliates|accounts)\b",
            sentence[: match.start()][-120:],
        )
    )
    return bool(maker or plural)


def _before_the_address(before: str) -> str:
    """The text before an address that follows an organisation's name:
    "Longview Special Finance, Inc., Lindstrassse 6, 6341 Baar Switzerland"
    (unchanged when there is no such address)."""
    # (", located at Trust Company Complex, Ajeltake Road, ...")
    address = rx.search(r",\s+(?:located at\b|c/o\b|[^(),]*\d)[^()]{0,200}$", before)
    # ("Stichting Gemeenschappelijk Bezit LTC, with an address at Arch Hill
    # Capital N.V., Noordwal 10, ...": the address names its keeper)
    said = rx.search(
        r",\s+with an address at\b(?:(?!\bpromises?\b|\bto pay\b)[^()]){0,200}$", before
    )
    if said is not None:
        return before[: said.start()]
    if address is None:
        return before
    named = name_before(before[: address.start()])
    if named is None or not ORGANISATION.fullmatch(named):
        return before
    before = before[: address.start()]
    # "LAURUS MASTER FUND, LTD., M&C Corporate Services Limited, P.O. Box 309
    # GT": the agent whose office is the address, after the holder's name and
    # legal form
    agent = rx.search(LEGAL_FORM + r",\s+" + re.escape(named) + r"\s*$", before)
    if agent is not None:
        holder = before[: agent.end() - len(named)].rstrip(" ,")
        earlier = name_before(holder)
        if earlier is not None and ORGANISATION.fullmatch(earlier):
            return holder
    return before


def defined_holders(sentence: str) -> list[tuple[str, str]]:
    """(role, name) for each ``NAME (the "Lender")`` in the sentence. The
    role binds to the name it follows, or, when that name only describes an
    organisation introduced just before ("from Kalen Capital Corporation, a
    company wholly owned by ... Harmel S. Rayat (the "Lender")"), to that
    organisation; a description after the name (", a Delaware limited
    partnership") is skipped."""
    bound = []
    for match in DEFINED_ROLE.finditer(sentence):
        before = sentence[: match.start()]
        appositive = _APPOSITIVE.search(before)
        role = match.group("quoted") or match.group("single") or match.group("plain")
        if _no_holders_role(sentence, match, role):
            continue
        if appositive is not None:
            bound.append((role, _clean_name(appositive.group(1))))
            continue
        # "OrbiMed Royalty Opportunities II, LP, and its assigns, (the "Holder")"
        before = _ASSIGNS.sub("", before)
        # a party's number in an agreement's list: "...; and 3 Mobility
        # Innovation Fund, LLC (the “Purchaser”)"
        before = rx.sub(
            r"(;\s*(?:and\s+)?)\(?\d{1,2}[.)]?\s+(?=[A-Z][^;]{2,120}$)", r"\1", before
        )
        # "Helena Global Investment Opportunities 1 Ltd., organized and
        # existing under the laws of the Cayman Islands, or registered
        # assigns (the “Holder”)": the law the holder is formed under
        before = rx.sub(
            r",\s+(?:duly\s+)?(?:organi[sz]ed|incorporated|formed)(?:\s+and\s+existing)?\s+"
            r"(?:under\s+the\s+laws\s+of|in)\s+[^(),]{1,80},?\s*$",
            "",
            before,
        )
        # a stray bracket after the name: "by Ewave Mobile Ltd.) ("Lender")"
        if before.count(")") > before.count("("):
            before = rx.sub(r"\)\s*$", " ", before)
        # "LAURUS MASTER FUND, LTD. a Cayman Islands company c/o Ironshore
        # Corporate Services Ltd., P.O. Box 1234 G.T.": the agent whose office
        # is the address
        before = rx.sub(r",?\s+c/o\s+[^()]{1,250}$", "", before)
        # "MALCOLM CLAY, of ***, or its registered assigns": a residence
        # ("Continental Ingredients Inc., of Oakville, Ontario Canada")
        before = rx.sub(
            r",\s+of\s+[^(),]{1,80}(?:,\s*[A-Z][^(),]{1,40}){0,2},?\s*$", "", before
        )
        # "LIANG MEIHUA located at Flat B, 30/F, ..., Hong Kong": an address
        before = rx.sub(
            r"(?<!,)\s+(?:located|residing|resident)\s+at\s+"
            r"(?:(?!\bto the order of|\bpromises?\b)[^()]){1,160}?,?\s*$",
            "",
            before,
        )
        # "with Conrad Griffiths as lender (the "Lender")": the role in words
        before = rx.sub(
            r",?\s+as\s+(?:the\s+)?(?:lender|holder|investor|purchaser|subscriber|payee)\s*$",
            "",
            before,
            flags=re.IGNORECASE,
        )
        # "to the order of General Ventures LLC or any permitted holder of
        # this Convertible Promissory Note (the "Payee")"
        before = rx.sub(
            r",?\s+or\s+any\s+(?:future\s+|permitted\s+|subsequent\s+){0,2}holders?\s+of\s+"
            r"(?:this|the)\s+[^()]{0,60}$",
            "",
            before,
        )
        # a trade name after the name: "Hensley & Company, dba Hensley
        # Beverage Company (the “Holder”)"
        trading = rx.search(
            rf"((?:{_WORD}\s+(?:&\s+)?){{0,5}}{_WORD},?\s+(?:dba|d/b/a|doing business as)\s+"
            rf"(?:{_WORD}\s+(?:&\s+)?){{0,5}}{_WORD})\s*,?\s*$",
            before,
        )
        if trading is not None:
            bound.append((role, _clean_name(trading.group(1))))
            continue
        whole = _named_whole(before, match.group(0))
        if whole is not None:
            bound.append((role, whole))
            continue
        # "with Redwood Management, LLC and Dominion Capital, LLC (the
        # "Holder")": two holders under one role
        if rx.search(LEGAL_FORM + r",?\s+and\s+[A-Z][^()]{2,80}$", before):
            continue
        # "Lester E. Taylor, Jr. and Diane M. Taylor, Trustees of The Taylor
        # Family Trust dated March 3, 1994, or its assigns (“Holder”)": two
        # trustees for a trust, a person names the holder
        if rx.search(r"\band\s+[A-Z][^()]{2,60},\s+(?:as\s+)?trustees\b", before, re.I):
            continue
        # the company's own subsidiary: "1393631 B.C. Unlimited Liability
        # Company, a British Columbia ULC and indirect wholly owned
        # subsidiary of the Company (the "Purchaser")", a buyer of shares
        # "RBC Capital Markets in trust for Epic Limited Partnership (the
        # "Holder")": a nominee and its principal, a person names them
        if rx.search(
            r"\bsubsidiary\s+of\s+the\s+(?i:Company|Issuer)\s*,?\s*$"
            r"|\bin trust for\s+[^()]{2,80}$",
            before,
        ):
            continue
        before = without_description(before)
        # ("LC Capital Master Fund, Ltd., the Company's existing lender
        # (“Lender”)")
        before = rx.sub(
            r",\s+(?:the\s+company['’]s|its|our)\s+(?:existing\s+|current\s+|principal\s+)?"
            r"(?:lender|investor|noteholder)\s*$",
            "",
            before,
            flags=re.IGNORECASE,
        )
        before = _before_the_address(before)
        # "Rail Vision Ltd., No 515441541 (Nasdaq: RVSN)": a registration
        # number and a ticker after the name
        before = rx.sub(
            # ("Rimon Gold Assets Ltd. co. no. 514819424")
            r"(?:,?\s+(?:[Cc]o\.\s+)?[Nn]o\.?\s*\d[\d-]*)?(?:,?\s*\((?:Nasdaq|NYSE|NYSE American|TSXV?|ASX|"
            r"OTC\w*|CSE|LSE|AIM)\s*:\s*[A-Z.]{1,6}\))?,?\s*$",
            "",
            before,
        )
        # "in favor of Eric A. Wachter, the Company's Chief Technology Officer
        # ("Lender")": the person, not the office
        office = rx.search(
            rf"({_PERSON}),\s+(?:the\s+)?(?:Company['’]s|our|its)\s+[^,()]{{2,60}}$",
            before,
        )
        if office is not None:
            bound.append((role, _clean_name(office.group(1))))
            continue
        name = name_before(before)
        if name and not name.lower().startswith(("company", "our ", "the company")):
            bound.append((role, _joint_name(before, name, match.group(0))))
    return bound


def _joint_name(before: str, name: str, definition: str) -> str:
    """Two people a definition names together, both: "with Steven LaForgia
    and Patricia LaForgia (collectively, the “Buyer”)"."""
    joint = rx.search(
        r"(?<![\w.'’-])((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)\s+and\s+"
        + re.escape(name)
        + r"\s*,?\s*$",
        before,
    )
    if joint is not None and rx.match(r"\(\s*collectively\b", definition, re.I):
        return f"{joint.group(1)} and {name}"
    return name


_OFFICE = (
    r"(?:Chairman|Chairwoman|Chair|Chief Executive Officer|CEO|President|"
    r"(?:executive |non-executive |independent )?[Dd]irector|founder)"
)
#: A person named with their office: "to Leung Wing Kei, the Chairman",
#: "to the Company's Chairman, Mr. Tan"; or on the note's face: "promises
#: to pay ... to the order of James Graham Turner (...the "Holder")".
#: A person's name (not an organisation's: no "Fund", "Capital", ...).
_PERSON = (
    # (a first initial before the name: "J. Leonard Ivins")
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z]\.\s+)?(?!(?:The|Company)\b)[A-Z][a-z'-]+(?:\s+[A-Z]\.)?"
    # (nor a legal form without its stop: "Caterpillar Inc")
    r"(?:\s+(?!(?:Fund|Capital|Partners|Holdings|Group|Financial|Investments?|Ventures|"
    r"Trust|Bank|Limited|Enterprises|Funding|Lending|Management|Advisors|Inc|Corp|Ltd|Plc)\b)"
    r"[A-Z][a-z'-]+){1,2}"
)
_SEVERAL = re.compile(
    r"\ba group of (?:[\w-]+\s+){0,2}(?:investors|purchasers|lenders|holders)\b|"
    # ("participation from returning investor EMR Capital Pty. Ltd. for AUD
    # 18,000,000 and new investor Tectonic Investment Management for AUD
    # 7,000,000")
    r"\bparticipation\s+from\b[^;]{0,160}\band\s+(?:new|existing|returning)\s+investors?\b|"
    # ("participation from returning investors, Advance Opportunities Fund
    # and Advance Opportunities Fund 1")
    r"\bparticipation\s+from\s+(?:(?:new|existing|returning|current)\s+)?investors\b|"
    # ("Half of the bond was subscribed by SCI Invest Oy, a company to be
    # established, and the other half was subscribed by Savcor Group Oy")
    r"\b(?:half|part)\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:bond|notes?|loan|debentures?)\s+"
    r"(?:was|were)\s+(?:subscribed|purchased|taken)\b[^.;]{0,160}\bthe\s+other\s+half\b|"
    # ("purchased C$200 million in Initial Notes in the offering and the
    # remainder of the offering was widely allocated to institutions")
    r"\bthe\s+remainder\s+of\s+the\s+offering\s+was\s+(?:widely\s+)?(?:allocated|placed|sold)\b|"
    # ("issued secured guaranteed convertible notes to Jasper Lake Ventures
    # One LLC, Redwood Enhanced Income Corp., and Liminality Partners LP")
    r"\b(?:notes|debentures|bonds)\s+to\s+(?:[A-Z][\w&'-]*\s+){1,6}"
    r"(?:LLC|LP|L\.P\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|Fund),\s+"
    r"(?:[A-Z][\w&'-]*\s+){1,6}(?:LLC|LP|L\.P\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|Fund),?"
    r"\s+and\s+[A-Z]|"
    # ("$16-million (U.S.) of convertible notes issued to ECAM LP,
    # $4-million (U.S.) of convertible notes issued to JLE Property Ltd.")
    r"\b(?:notes|debentures|bonds)\s+issued\s+to\s+[A-Z][^;]{2,80}?,\s+[^;]{0,60}?"
    r"\b(?:notes|debentures|bonds)\s+issued\s+to\s+[A-Z]|"
    # ("with funds affiliated with Arena Investors, LP")
    r"\b(?:funds|entities|accounts)\s+affiliated\s+with\b|"
    # ("entered into two convertible notes, one with Ronald Guill ..., and
    # the other with Small Mine Development, LLC")
    r"\b(?:notes|debentures|bonds)\b[^.;]{0,10},\s+one\s+with\b[^.;]{2,200}\bthe\s+other\s+with\b|"
    # ("issued a convertible promissory note (each a "Note" and collectively,
    # the "Notes") to each of Poilasne Inc., ... and DMKT Ventures Corp.")
    r"\b(?:notes?|debentures?|bonds?)\b[^;]{0,80}\bto\s+each\s+of\s+[A-Z][^;]{2,200}?\band\s+[A-Z]|"
    # two people, theirs the note: "promises to pay to John E. Kingma and
    # Tamara J. Kingma or their permitted assigns (the “Holder”)"
    r"(?-i:\b[A-Z][a-z'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+\s+and\s+[A-Z][a-z'-]+(?:\s+[A-Z]\.)?"
    r"\s+[A-Z][a-z'-]+,?\s+or\s+their\s+(?:permitted\s+|registered\s+)?assigns\b)|"
    r"\b(?<!an )(?:accredited|institutional)\s+investors\s+(?:purchased|subscribed)\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|certain|"
    r"various|select(?:ed)?|\d+)\s+"
    # ("with certain existing third-party lenders and a new lender")
    r"(?:(?:institutional|accredited|individual|non-affiliated|unaffiliated|existing|"
    r"third[- ]party)\s+){0,2}"
    r"(?:(?:fund\s+)?companies|individuals|funds|entities|"
    r"investors|holders|purchasers|subscribers|lenders|noteholders|stockholders|"
    r"shareholders|officers and directors|directors)\b"
    # (not "the several purchasers party thereto, including the Purchaser":
    # the agreement's parties, of whom the note's holder is one)
    r"(?!\s+party thereto,\s+including the (?:purchaser|holder|investor|lender)\b)|"
    # ("an offering of Notes to certain of the Company's existing
    # shareholders")
    r"\bcertain\s+of\s+(?:the|its|our)\s+(?:company['’]s\s+)?(?:existing\s+)?"
    r"(?:shareholders|stockholders|investors|holders|noteholders)\b|"
    # "sold a series of convertible promissory notes to management, the
    # Company's Board of Directors and accredited investors"
    r"\ba series of (?:[\w-]+\s+){0,3}notes\s+to\b"
    # ("with HFS Minorplanet Funding LLC and other accredited investors which
    # it represents ("HFS")")
    r"|\band\s+other\s+(?:accredited|institutional)\s+(?:investors|lenders)\b"
    # ("a purchase agreement with Oversea-Chinese Banking Corporation Ltd
    # (OCBC) and TAEL One Partners Ltd (TAEL One) for the proposed issue of
    # new convertible bonds")
    r"|(?<!power purchase )\bagreement\s+with\s+[A-Z][^()]{2,80}?\s+(?:Ltd|Limited|LLC|Inc|Corp|plc|LP)\.?"
    r"\s*(?:\([^()]{1,40}\)\s*)?and\s+[A-Z][^()]{2,80}?\s+(?:Ltd|Limited|LLC|Inc|Corp|plc|LP)\.?"
    r"\s*(?:\([^()]{1,40}\)\s*)?for\s+the\s+(?:proposed\s+)?(?:issue|subscription|sale|purchase)\b"
    # an agent for lenders: "ALPINA LENDING, L.P. ..., on its own behalf and
    # as agent for those persons listed on Schedule 1 (collectively, the
    # “Lenders”)"
    # (not "Deerfield Partners, L.P. ..., as agent for itself and the
    # lenders": a lender itself)
    r"|\bas (?:collateral\s+|administrative\s+)?agent for (?:those|the) (?:persons|lenders|"
    r"holders|purchasers|investors) (?:listed|named|identified)\b"
    # lenders the note names together: "promise to pay to Golden Bridge, LLC,
    # W Capital, Inc., and John T. McDonald, an individual (each a "Lender
    # Party" and, together, the "Lender")"
    r"|\(\s*each\s+(?:a|an)\s+[\"“][^\"”]{1,30}[\"”],?\s+and,?\s+(?:together|collectively),?"
    r"\s+the\s+[\"“](?:lenders?|holders?|purchasers?|investors?|payees?)[\"”]"
    # ("a secured convertible loan agreement with David Rowe, a significant
    # shareholder and a director of the Company, and with Robert Keith")
    r"|\bagreement\s+with\s+(?-i:[A-Z])[^;]{2,120}?,\s+and\s+with\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
#: After the first of several organisations a text names together: "a
#: purchase agreement with Morgan Stanley & Co. LLC, J.P. Morgan Securities
#: LLC, ... (collectively, the Initial Purchasers)".
#: (Nor an adviser or agent a text names the same way: "an arrangement with
#: North Square Blue Oak Ltd. ("NSBO") to act as corporate financial
#: adviser and as agent to offer the Debentures".)
_FIRST_OF_SEVERAL = (
    r"(?!,\s+(?:[A-Z][\w.&'-]*\s+){0,5}(?:LLC|Inc\.|Corp\.|L\.P\.|Ltd\.|Limited|plc)"
    r"[^;]{0,200}?\(\s*collectively\b)"
    r"(?!\s*(?:\([^()]{0,40}\)\s*)?,?\s+to\s+act\s+as\b)"
)
_HOLDER_VERBS = (
    # the investor that agrees with the issuer to invest: "Queen's Road
    # Capital Investment Ltd. has entered into an agreement with Gold Royalty
    # Corp., whereby the company will invest $30-million (U.S.) in a Gold
    # Royalty convertible debenture"; "Deutsche Bank has entered into a
    # `subscription agreement' with Sical Logistics Ltd ... for investing $ 75
    # million in the foreign currency convertible bond issue"
    re.compile(
        rf"^\W*({ORGANISATION.pattern}|(?:[A-Z][\w&'-]*\s+){{1,3}}Bank)\s+has\s+entered\s+into\s+an?\s+"
        r"[^.;]{0,30}?agreement\W{0,2}\s+with\s+[^;]{1,160}?\b(?:for\s+investing|whereby\s+"
        r"(?:the\s+company|it)\s+will\s+invest)\b"
    ),
    # the buyer's own early warning report: "Beedie Investments Ltd.
    # ("Beedie Investments") announces that it has acquired Class B
    # Convertible Debentures (...) of Oceanic Iron Ore Corp."
    re.compile(
        rf"({ORGANISATION.pattern})\s*(?:\([^)]{{0,60}}\)\s*)?announces\s+that\s+it\s+has\s+"
        r"acquired\s+[^.;]{0,80}?\b(?i:debentures|notes|bonds)\b[^.;]{0,80}?\bof\s+[A-Z]"
    ),
    # the holder who converts: "today announced Wellford Capital Limited, a
    # wholly-owned subsidiary of ..., has fully exercised its rights in
    # converting the US$120 million principal amount of 4% convertible
    # notes"; "EGS Beteiligungen AG exercised its right to convert one of
    # the convertible bonds"
    re.compile(
        # (or after a headline run into the text: "... registered shares EGS
        # Beteiligungen AG exercised")
        rf"(?:^|\bannounced\s+|(?<=[a-z.]\s))({ORGANISATION.pattern})(?:,[^;]{{0,250}}?)?\s+(?:has\s+)?"
        r"(?:fully\s+)?exercised\s+its\s+rights?\s+(?:to\s+convert|in\s+converting)\b"
    ),
    # the buyer of a placement of one note: "completed a private placement to
    # Laurus Master Fund, Ltd. (“Laurus”) of (i) a Convertible Term Note"
    re.compile(
        rf"\bprivate\s+placement\s+to\s+({ORGANISATION.pattern})\s*(?:\([^)]{{0,40}}\)\s*)?of\s+"
        r"(?:\(i\)\s*)?an?\s+(?:[\w-]+\s+){0,3}(?i:note|debenture)\b"
    ),
    # (and "agreed to sell a 12% convertible promissory note ... to Auctus
    # Fund, LLC")
    re.compile(
        # ("after issuing the new loan note to German private equity firm
        # Deutsche Balaton AG"; a headline's "issues Amended Convertible
        # Debenture to Resource Capital Fund VII L.P.")
        # ("it would issue a convertible note worth A$6-million, with a zero
        # percent interest to Indonesia-based diversified investment group PT
        # Jayatama Tekno Sejahtera")
        # ("through the issue of 1,280,000 Convertible Loan Notes of $1 each
        # (the "CLN") to Sun Avenue Partners Corporation")
        # ("will raise $5 million by selling a three-year 5.05% unsecured
        # convertible note to ABB Technology Ventures Ltd.")
        rf"\b(?:issued|issuing|issues|sold|selling|(?:agreed|agrees) to (?:sell|issue)"
        r"|(?:will|would) issue(?=\s+an?\s+(?:[\w-]+\s+){0,3}(?:note|debenture|bond)s?\b)"
        # ("said it plans to issue up to S$40 million in redeemable
        # zero-coupon convertible bonds to Pacific Alliance Asia Opportunity
        # Fund"; "secured shareholder approval to issue P500 million worth of
        # corporate notes to BDO Unibank Inc.")
        # (not what it "planned" earlier: another tranche's holder)
        r"|(?:plans|proposes|intends|approval) to issue"
        r"(?=\s+(?:up to\s+)?\S{0,4}\d[^;]{0,60}\b(?i:notes|bonds|debentures|convertibles)\s+to\b)"
        r"|the issue of(?=\s+[\d,]+\s+(?:[\w-]+\s+){0,3}(?i:notes|bonds|debentures)\b)"
        # ("approved issuance of Foreign Currency Convertible Bonds (FCCBs) to
        # the International Finance Corporation (IFC)"; "the allotment of
        # second tranche of foreign currency convertible bonds (FCCBs)
        # aggregating to $15 million to International Finance Corporation")
        r"|(?:issuance|allotment) of(?=\s+(?:[\w-]+\s+){0,6}(?i:notes|bonds|debentures)\b))\b"
        # (not "issued 2,263,514 commitment shares ... to Bellridge Capital")
        r"(?!\s+(?:an aggregate of\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:shares|warrants)\b)"
        # ("... in the principal amount of $1,606,485.94, to the investor,
        # 0851229 BC Ltd")
        # (not "This news release is issued by Mitsui ... with respect to
        # Nouveau Monde Graphite Inc.")
        r"[^;]{0,180}?(?<!respect )(?<!pursuant )(?<!according )\bto\s+"
        # ("to its sponsor's member, Marblegate Special Opportunities Master
        # Fund, L.P.")
        r"(?:(?:[\w'’-]+\s+){0,3}?(?:firm|investor|lender|group|member|financier),?\s+"
        # ("selling HK$1.6 billion ... in convertible bonds to its parent
        # Shannxi Yanchang Petroleum Group Co.")
        r"|its\s+parent(?:\s+company)?,?\s+"
        # (an institution the press names with "the": "the International
        # Finance Corporation", "the European Investment Bank")
        r"|the\s+(?=(?:[A-Z][a-z]+\s+){1,4}(?:Corporation|Bank)\b))?"
        rf"({ORGANISATION.pattern})"
    ),
    # the holder in apposition: "SK Telecom Company Limited ("SKT"), the
    # holder of the Convertible Bonds"
    re.compile(
        rf"({ORGANISATION.pattern})\s*(?:\(\s*[\"“][^\"”]{{1,40}}[\"”]\s*\))?,\s+the\s+"
        r"(?:sole\s+)?holder\s+of\s+the\s+(?:(?i:convertible)\s+)?(?i:bonds|notes|debentures)\b"
    ),
    # the notes and who took them up: "The second tranche consisting of USD
    # 140 million convertible notes was fully subscribed to by Qatar National
    # Bank (QNB)"
    re.compile(
        r"\b(?i:notes|bonds|debentures|convertibles)\s+(?:was|were)\s+(?:(?i:fully)\s+)?"
        r"subscribed\s+(?:to\s+|for\s+)?by\s+"
        rf"({ORGANISATION.pattern}|(?:[A-Z][\w&'-]*\s+){{1,3}}Bank\b)"
    ),
    # "Only MP Beteiligungs-GmbH was admitted to subscribe for and underwrite
    # the convertible bonds."
    re.compile(
        r"\b(?i:only)\s+((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*-?(?:GmbH|AG|SA|Ltd\.?|Limited|Inc\.?|LLC))"
        r"\s+(?:was|were)\s+(?:admitted|allowed|entitled)\s+to\s+subscribe\b"
    ),
    # a party the text marks as the subscriber: "SA Investments (a
    # wholly-owned subsidiary of the company) (as subscriber) entered into a
    # subscription agreement"
    re.compile(
        r"(?<!\w)((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'.-]*)\s*(?:\([^()]{0,80}\)\s*)?"
        r"\(\s*as\s+(?:the\s+)?(?:subscriber|lender|holder|purchaser|investor)\s*\)"
    ),
    # the note's terms between the note and its holder: "issued a convertible
    # promissory note with a face amount of $4,330,000, with a $4,000,000
    # initial purchase price and a $320,000 original issue discount, to
    # Streeterville Capital LLC"
    re.compile(
        r"\bissued\s+an?\s+(?:[\w-]+\s+){0,4}(?i:note|debenture)\b[^.;]{0,200}?,\s+to\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # ("On June 26, 2008, Berg & Berg Enterprises, LLC (“Berg & Berg”)
    # advanced to the Company two million five hundred thousand dollars")
    re.compile(
        rf"({ORGANISATION.pattern})\s*(?:\(\s*[\"“][^\"”]{{1,40}}[\"”]\s*\))?\s+"
        r"(?:advanced|loaned|lent)\s+(?:to\s+)?the\s+(?i:company|borrower)\b"
    ),
    # "The Company's largest shareholder, LJ & K Thomson Pty Ltd, has agreed
    # to provide the above loan"
    # ("Empire Waste Technology Limited, an investment vehicle of Simon and
    # Paula Herbert, has agreed to subscribe to a $15 million convertible
    # note")
    re.compile(
        rf"({ORGANISATION.pattern})(?:,\s+(?:an?|the)\s+[^,;()]{{1,80}},)?,?\s+(?:has|have)\s+"
        r"agreed\s+to\s+(?:provide|make|advance|subscribe\s+(?:to|for))\s+"
        r"(?:the|a|an)\s+(?:above\s+|convertible\s+|new\s+|\S{0,4}\d[\d.,]*\s*(?:million\s+)?)?"
        r"(?:convertible\s+)?(?i:loan|note|facility)\b"
    ),
    # "Visiox issued SRIRAMA Associates, LLC, PowerUp's Sponsor, a secured
    # convertible promissory note"
    # (not "issued Convertible Debentures of Xxxxxx Capital Corp.": the
    # issuer's securities)
    re.compile(
        # ("The Company issued Sigma Opportunity Fund II, LLC (“Sigma II”) (i)
        # 350,000 shares ..., (ii) a 12% Senior Secured Convertible Note")
        # ("we sold Carebourn LP, a Delaware limited partnership
        # (“Carebourn”) a convertible promissory note")
        r"\b(?:issued|sold)\s+(?!(?:[\w-]+\s+){0,3}(?i:debentures?|notes?|securities)\b)"
        rf"({ORGANISATION.pattern})(?:,|\s*\(\s*[\"“][^\"”]{{1,30}}[\"”]\s*\)\s+(?=\((?:i|a|1)\)\s|an?\s))"
    ),
    # a heading: "Convertible Note with EMA Financial, LLC"; "Debt Financing
    # by Platinum Long Term Growth VII, LLC"
    # (the next sentence may follow on the same line: "... LLC On July 30")
    re.compile(
        # ("(1) Convertible Secured Promissory Note - Duma Holdings, LLC On
        # July 16, 2015")
        r"^\W*(?:\(\d{1,2}\)\s*)?(?:[A-Z][\w-]*\s+){0,4}(?:Notes?|Debentures?|Financing|Loans?)\s+"
        rf"(?:with|by|from|[\u2013\u2014-])\s+({ORGANISATION.pattern})(?:\s*$|\s+(?=On\s+[A-Z]))"
    ),
    # "On July 30, 2020, RespireRx and EMA Financial, LLC ("EMA") entered
    # into a Securities Purchase Agreement"
    re.compile(
        r"(?:^|\bOn\s+[^;]{4,30}?\d{4},\s+)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+and\s+"
        rf"({ORGANISATION.pattern})\s*(?:\([^()]{{1,40}}\)\s*)?entered into\b"
    ),
    # "the Company issued a convertible bridge note in the amount of $50,000
    # with Ascend Acquisition Corp."; "a $1,500,000 Subordinated Convertible
    # Promissory Note to Clarex Limited"
    re.compile(
        r"\bissued\s+an?\s+(?:[\w-]+\s+){0,4}(?i:note|debenture)\b[^.;]{0,60}?\bwith\s+"
        rf"({ORGANISATION.pattern})"
    ),
    re.compile(
        r"\$[\d,.]+\s+(?:[A-Z][\w-]*\s+){0,4}(?:Note|Debenture)\s+to\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "announced a financing of unsecured convertible securities with Mercer
    # Street Global Opportunity Fund 11, LP"
    re.compile(
        r"\bfinancing of\s+(?:[\w-]+\s+){0,2}(?i:convertible)\s+"
        r"(?i:securities|security|notes?|debentures?|bonds?|loans?)\s+with\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "through a convertible note issue to investment fund Mercer Street
    # Global Opportunity Fund"
    re.compile(
        r"\b(?i:note|debenture|bond)s?\s+issue\s+to\s+"
        r"(?:(?:[\w-]+\s+){0,3}?(?:firm|fund|investor|lender)\s+)?"
        rf"({ORGANISATION.pattern})"
    ),
    # "by X-Factor Communications, LLC as maker ("Maker") and the New Jersey
    # Economic Development Authority as lender ("Authority")"
    re.compile(
        r"\band\s+(?:the\s+)?((?:(?!Company\b)[A-Z][a-z&-]+\s+){1,7}(?:Board|Authority|Agency|Commission)"
        rf"|{ORGANISATION.pattern})\s+as\s+(?:the\s+)?(?:lender|holder|payee)\b"
    ),
    # "we entered into a convertible promissory note (the “December 2016
    # Note”) to Tangiers Investment Group, LLC"
    re.compile(
        r"\bentered into an?\s+(?:[\w-]+\s+){0,4}(?i:note|debenture)\s*"
        rf"(?:\([^()]{{1,40}}\)\s*)?to\s+({ORGANISATION.pattern})"
    ),
    # "Convertible Bonds 2021/1, 2021/3 and 2022/1 directed to Turret Oy Ab"
    # (a directed issue: the bonds offered to one subscriber)
    re.compile(
        r"\b(?i:bonds?|notes?|loans?)\s+(?:\d{4}/\d+(?:,\s*|\s+and\s+))*(?:\d{4}/\d+\s+)?"
        rf"directed\s+to\s+({ORGANISATION.pattern})"
    ),
    # "raised £1m by the issue of Loan Notes to Noble AIM VCT plc"
    # ("a directed issue of convertibles amounting to SEK 4.0 million to
    # Fenja Capital II A/S")
    re.compile(
        r"\bissue of\s+(?:[\w£$€.,-]+\s+){0,6}?(?i:loan notes?|notes?|debentures?|bonds?|convertibles)"
        r"\s+(?:amounting to\s+[^;]{1,30}?\s+)?to\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "two financing events, both with its main investor Alpha Capital
    # Anstalt"
    re.compile(
        r"\bwith\s+(?:its|our|the company['’]s)\s+(?:main|largest|principal|existing|major)\s+"
        rf"(?:investor|lender|shareholder|noteholder)\s+({ORGANISATION.pattern})"
    ),
    # "a senior secured note in the principal amount of $1,000,000 (the
    # "Additional Note") payable to The Longview Fund, L.P."
    re.compile(
        # ("that certain subordinated convertible promissory note ...
        # payable by the Company to SG Broadcasting LLC")
        r"\b(?i:notes?|debentures?)\b[^.;]{0,80}?\bpayable\s+(?:by\s+the\s+(?i:company)\s+)?to\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "a Securities Purchase Agreement between Asher Enterprises, Inc.
    # ("Asher"), a Delaware corporation, and Blue Water"
    re.compile(
        rf"\b(?i:purchase|subscription|note|loan) (?i:agreement) between\s+({ORGANISATION.pattern})"
        r"\s*(?:\([^()]{1,40}\)\s*)?,\s+an?\s+[^,;]{1,40},\s+and\b"
    ),
    # "demanded by the holder of the Note, Asher Enterprises, Inc."
    re.compile(
        rf"\bthe holder of (?:the|this) (?i:note|debenture),\s+({ORGANISATION.pattern})"
    ),
    # "Note for $78,750 to LG Capital Funding, LLC"
    re.compile(
        rf"\b(?i:notes?|debentures?)\s+(?:for|of|in the amount of)\s+\$[\d,.]+\s+"
        rf"(?:payable\s+)?to\s+({ORGANISATION.pattern})"
    ),
    # (not "entered into the Assignment of Promissory Note ... with" the
    # note's former holder)
    # ("entered into a securities purchase agreement with an accredited
    # investor Lind Global Fund II LP"; "has agreed an unsecured ...
    # convertible bridge loan ... of £500,000 with Prime Resources Limited")
    re.compile(
        # ("signed a convertible security funding agreement with Lind Global
        # Fund II LP")
        # ("Terms have been agreed with Molton Holdings Ltd.")
        r"\b(?:entered into|consummated|executed|completed|closed|finalized|agreed an?|signed"
        r"|(?:have|has) been agreed)\b"
        # (nor "a note transfer agreement with" the buyer of the notes)
        r"(?!\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}(?i:assignment|transfer)\b)"
        # (nor an agreement about anything but money: "entered into a farm-in
        # agreement with Metalicity Ltd")
        r"(?!\s+(?:the|an?)\s+(?i:farm-in|farm-out|joint venture|licen[cs]e|offtake|supply"
        r"|distribution|consulting|services|lease|merger|(?:master\s+)?development|collaboration)"
        r"\s+agreement\b)"
        # (nor a licensee's: "Memorandum of Understanding signed with
        # Taiwan-based Wistron Corporation to licence DDD's TriDef 3D
        # Experience software products")
        r"(?!\s+with\s+[^.;]{1,80}?\bto\s+(?i:licen[cs]e|supply|distribute|develop)\b)"
        # (nor a partner's: "entered into a strategic relationship with
        # Caterpillar Inc")
        r"(?!\s+(?:the|an?)\s+(?i:strategic|commercial)\s+(?i:relationship|partnership|alliance|"
        r"collaboration)\b)"
        # ("a convertible bond subscription agreement with the subscriber
        # Dansey P2 Limited")
        # (not past "a share subscription agreement with" the buyer of shares)
        # ("an unsecured convertible loan agreement of US$1.1 million with")
        r"(?:(?!\b(?i:share|stock) (?i:subscription) agreement\b)(?:[^.;]|\.(?=\d))){0,200}?"
        # ("with an unaffiliated third party, Whalehaven Capital Fund Limited")
        # ("in this placement with investor Rockridge Capital Holdings, LLC")
        r"\bwith\s+(?:(?:(?:an?|the)\s+)?(?:accredited\s+|institutional\s+|unaffiliated\s+)?"
        r"(?:investor|subscriber|lender|purchaser|third party),?\s+"
        # ("with independent, third-party Israeli finance provider, Telefox
        # Ltd."; "with a professional British Virgin Islands-registered fund
        # Lim Asia Special Situation Master Fund Ltd.")
        r"|(?:[\w-]+,?\s+){0,4}?(?:finance|financing|funding|capital)\s+provider,\s+"
        r"|an?\s+(?:[\w-]+\s+){0,5}?fund,?\s+)?"
        rf"((?>{ORGANISATION.pattern})){_FIRST_OF_SEVERAL}"
    ),
    # "The existing convertible revolving credit facility with Mercuria
    # Energy Netherlands BV"
    re.compile(
        r"\b(?i:convertible)\s+(?:[\w-]+\s+){0,3}(?i:facility|loan)\s+with\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "the Company has agreed with Boothbay Absolute Return Strategies LP to
    # increase the amount of the convertible loan note"
    re.compile(
        # ("it has agreed terms with its largest shareholder, Wyllie Group Pty
        # Ltd, to raise A$3.0m by issuance of secured Convertible Notes")
        r"\b(?:has|have|had)\s+agreed\s+(?:terms\s+)?with\s+"
        r"(?:its\s+(?:largest|major|principal|controlling|significant)\s+(?:share|stock)holder,\s+)?"
        rf"({ORGANISATION.pattern}),?\s+to\b"
        # ("to extend the term of the £4.04 million convertible loan")
        r"(?=(?:[^.;]|\.(?=\d)){0,80}\b(?i:notes?|debentures?|bonds?|loan)\b)"
    ),
    # "entered into a Securities Purchase Agreement (the “Diagonal Lending
    # SPA”) by and between the Company and 1800 Diagonal Lending LLC"
    re.compile(
        r"\bentered into\s+an?\s+(?i:securities purchase|note purchase|subscription|loan|note|debenture)"
        r"[^.;]{0,120}?\bby and between\s+(?:the\s+)?Company\s+and\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "a Loan Note Investment Agreement entered into on 12 July 2006 between
    # the Company and RAB Special Situations (Master) Fund Limited"
    re.compile(
        r"\b(?i:loan|note|investment|subscription|purchase|facility)\s+(?i:agreement)\s+"
        r"(?:entered into|dated|made)\s+(?:as of\s+|on\s+)?[^.;]{4,30}?\s+between\s+(?:the\s+)?"
        r"(?i:company|borrower|issuer)\s+and\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "... (now known as Marti Technologies, Inc., the “Company”) and
    # Callaway Capital Management LLC (“Callaway”) entered into a
    # convertible note subscription agreement"
    re.compile(
        r"\bCompany[”\"]\)\s+and\s+"
        rf"({ORGANISATION.pattern})\s*(?:\([^)]{{0,40}}\)\s*)?entered\s+into\s+an?\s+"
        r"(?:[\w-]+\s+){0,3}(?i:notes?|debentures?|loan)\b"
    ),
    # "The transaction includes participation from LG Energy Solution, Ltd."
    # (one participant, not "from X and Y")
    re.compile(
        # ("The transaction included participation from returning investor,
        # GEM Global Yield Fund LLC SCS")
        # ("participation from new current lender Atlas Special
        # Opportunities LLC")
        # ("The transaction will involve participation from new investor CCG
        # Investment Asia Limited.")
        r"\b(?:includ|involv)(?:e|es|ed) participation from\s+"
        r"(?:(?:(?:returning|existing|new|current)\s+){1,2}(?:investor|lender),?\s+)?"
        # (or a company known by its capitals, the sentence's last word: "from
        # new investor POSCO.")
        rf"({ORGANISATION.pattern}|(?<=investor )[A-Z][A-Z0-9&-]{{2,}}(?=\.(?:\s|$)))"
        # (the sentence may end after it: "from new investor, Chance Talent
        # Management Limited.")
        r"(?!\w)(?!\.\s*[a-z\d])(?!\.?\s*(?:\([^)]*\))?\s*(?:,|\band\b)\s+[A-Z])"
        # (nor one of several: "from new investor Alliance Semiconductor
        # Corporation which invested for $700,000 and existing investors")
        r"(?![^.;]{0,120}\band\s+(?:existing|other|new)\s+investors\b)"
        # (nor the first of a list with each one's amount: "from Shinhan
        # Financial Investment Co., Ltd. for KRW 1,300,000,000, returning
        # investors Samsung Securities Co. Ltd., ...")
        r"(?!\s+for\s+[^;]{1,40}?,\s+(?:(?:returning|existing|new|other)\s+investors?\b|[A-Z]))"
        # (nor the first of a list whose names each take their amount after
        # a word on each: "from Hyundai Season I Mezzanine Private Security
        # Investment Trust, a fund managed by Hyundai Asset Management Co.,
        # Ltd. for KRW 10,000,000,000, Pine Asia Asset Management Inc. for
        # KRW 5,000,000,000, and ...")
        r"(?![^;]*?\bfor\s+(?:[A-Z]{3}\s?|[$€£¥]\s?)\d[\d.,]*,\s+[A-Z][^;]*?\bfor\s+"
        r"(?:[A-Z]{3}\s?|[$€£¥]\s?)\d)"
    ),
    # "finalised terms for the previously announced additional investment
    # from its cornerstone investor CD Capital Natural Resources Fund III LP"
    re.compile(
        r"\b(?:investment|loan|funding|financing)\s+from\s+(?:its|an?|the)\s+"
        r"(?:cornerstone|major|largest|strategic|existing|substantial)\s+"
        r"(?:investor|shareholder|lender),?\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "entered into subscription agreement for a private placement of
    # guaranteed convertible bonds with new investor, Chance Talent Management
    # Limited for gross proceeds of $15,000,000"
    re.compile(
        r"\bsubscription agreement\b[^.;]{0,100}?\b(?i:notes|bonds|debentures)\s+with\s+"
        r"(?:(?:returning|existing|new)\s+)?(?:investor|lender|subscriber),?\s+"
        rf"({ORGANISATION.pattern})(?=\s+for\b)"
    ),
    # "Caterpillar's venture capital division (Caterpillar Venture Capital
    # Inc.) investing £5 million into the Company by means of senior secured
    # Convertible Loan Notes"
    re.compile(
        rf"\(?({ORGANISATION.pattern})\)?\s+(?:investing|lending|advancing)\s+\S{{0,4}}\d[\d,.]*\s*"
        r"(?:million|m|k)?\s+(?:in|into|to)\s+the\s+(?i:company)\s+by\s+(?:means|way)\s+of\s+"
        r"(?:[\w-]+\s+){0,4}(?i:notes?|debentures?|bonds?|loans?)\b"
    ),
    # ("entered into a Convertible Promissory Note (the "March Note")
    # promising to pay HWH International Inc.")
    re.compile(
        r"\b(?i:notes?|debentures?)\b[^.;]{0,60}\bpromising\s+to\s+pay\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # ("entered into a convertible promissory note with its sponsor, CO2
    # Energy Transition, LLC")
    re.compile(
        r"\b(?i:notes?|debentures?|loans?)\b[^.;]{0,40}\bwith\s+(?:its|our|the company['’]s)\s+"
        r"(?:sponsor|parent(?:\s+company)?|largest\s+shareholder|major\s+shareholder|"
        r"controlling\s+shareholder),\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # ("received proceeds of $300,000 on a secured convertible note that
    # carries a 6% interest rate from CSW Ventures, LP"; "raised US$375,000
    # by way of a subscription for loan notes (the 'Loan Notes') by Harbinger
    # Capital Partners Master Fund I, Ltd")
    re.compile(
        r"\breceived\s+(?:gross\s+|net\s+)?proceeds\s+of\s+\S{0,5}\d[\d,.]*\s+on\s+an?\s+"
        r"(?:[\w-]+\s+){0,3}(?i:note|debenture)\b[^.;]{0,80}?\bfrom\s+"
        rf"({ORGANISATION.pattern})"
    ),
    re.compile(
        r"\bsubscription\s+for\s+(?:[\w-]+\s+){0,2}(?i:notes|debentures|bonds)\b"
        r"(?:\s*\([^)]{0,40}\))?\s+by\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # ("received an interest free loan in the amount of $93,273 in the form
    # of a convertible promissory note with BioTech Knowledge LLC")
    re.compile(
        r"\bin\s+the\s+form\s+of\s+an?\s+(?:[\w-]+\s+){0,3}(?i:note|debenture)\s+with\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # ("a private placement of convertible securities ... for gross proceeds
    # of AUD 1,000,000 from Bergen Global Opportunity Fund II LLC")
    re.compile(
        r"\b(?i:convertible)\s+(?:[\w-]+\s+){0,2}(?i:securities|notes|debentures|bonds)\b"
        r"(?:[^.;]|\.(?=\d)){0,120}?\bproceeds\s+of\s+\S{0,5}\s?\d[\d,.]*\s*(?:million\s+)?from\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "a private placement of 50,000 convertible notes ... with individual
    # investor Lam Gim Hua"
    re.compile(rf"\bwith\s+(?:an?\s+)?individual\s+investor,?\s+({_PERSON})\b"),
    # "issued a Convertible Promissory Note in favor of LG Capital Funding LLC"
    re.compile(rf"\bin favou?r of\s+({ORGANISATION.pattern})"),
    # ("Promissory Note ... in the amount of $60,000 in favor of Debra
    # Ziemann dated July 1, 2019")
    re.compile(rf"\b(?i:note)\b[^;]{{0,80}}?\bin favou?r of\s+({_PERSON})\b"),
    # "new funding of £200,000 from Mr Trevor Brown by way of an unsecured
    # convertible loan note instrument"
    re.compile(
        r"\b(?i:funding|loan|advance|investment)\s+of\s+\S{0,4}\d[\d,.]*\s*(?:million|m|k)?\s+"
        rf"from\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?({ORGANISATION.pattern}|{_PERSON})\s+by\s+way\s+of\s+"
        r"an?\s+(?:[\w-]+\s+){0,3}(?i:convertible)\b"
    ),
    # "Asher Enterprises Inc. funded a promissory note"; "executed an 12%
    # convertible promissory note payable to Power Up Lending, LLC"; "the
    # sale and issuance to institutional investor Osher Capital Partners LLC";
    # "The investor, Atlas Special Opportunities, LLC, has received"
    re.compile(
        rf"({ORGANISATION.pattern})\s+(?:funded|purchased|subscribed for)\s+(?:a|an|the)\s+"
        r"(?:[\w$,.%-]+\s+){0,6}?(?i:notes?|debentures?)\b"
    ),
    re.compile(rf"\b(?i:notes?|debentures?)\s+payable\s+to\s+({ORGANISATION.pattern})"),
    re.compile(
        r"\bissuance to (?:(?:an?|the|institutional|accredited|existing)\s+)*investors?,?\s+"
        rf"({ORGANISATION.pattern})"
    ),
    re.compile(
        rf"^\W*The (?:investor|lender|holder|purchaser),\s+({ORGANISATION.pattern}),"
    ),
    # ("The lender was Eagle Equities, LLC.")
    re.compile(
        rf"^\W*The (?:investor|lender|holder|purchaser|noteholder) (?:was|is)\s+({ORGANISATION.pattern})"
        # (the sentence may run on past the form's full stop)
        r"(?=\.?\s*(?:$|[A-Z]))"
    ),
    # "At the option of the sole investor in the Financing, Reef Capital Inc.
    # ("Reef")"
    re.compile(
        r"\bthe sole (?:investor|lender|subscriber|purchaser)"
        r"(?:\s+in the (?:Financing|Offering|Placement|Private Placement))?,\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "E-Wilson LLC is the investor"
    re.compile(
        rf"^\W*({ORGANISATION.pattern})\s+(?:is|was)\s+the\s+(?:sole\s+)?"
        r"(?:investor|lender|holder|purchaser|noteholder)\b"
    ),
    # "the ... unsecured convertible note offering to Millstreet Credit Fund
    # LP"; "the ... secured convertible debentures ("Debentures") held by
    # Delbrook Capital Advisors Inc."
    re.compile(
        r"\b(?i:note|debenture|bond)s?\s+(?:offering|placement)\s+to\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # ("announces the placement of €5 million of secured convertible bonds
    # to Kreos Capital V (UK) Limited (“Kreos”)")
    re.compile(
        r"\bplacement of\s+\S{0,4}\d[\d,.]*\s*(?:million|m|bn|billion)?\s+(?:of\s+)?"
        r"(?:[\w-]+\s+){0,4}(?i:notes|bonds|debentures)\s+to\s+"
        rf"({ORGANISATION.pattern})"
    ),
    re.compile(
        r"\b(?i:notes?|debentures?)\b(?:\s*\([^)]{1,30}\))?\s+held\s+by\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "The Company had a Convertible Note outstanding with Alpha Capital
    # Anstalt"
    re.compile(
        r"\b(?i:notes?|debentures?)\s+outstanding\s+with\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "a non-brokered private placement (the "Transaction") of unsecured
    # debentures ..., for aggregate gross proceeds of USD$15,000,000 with U.S.
    # Global Investors, Inc."
    # (not a brokered one: "the brokered private placement of ... debentures
    # of the Company with Canaccord Genuity Corp.", its agent)
    re.compile(
        # (and the British "private placing ... with Odey European Inc")
        r"(?:(?<=non-brokered )|(?<!brokered ))\bprivate (?:placement|placing)\b"
        r"(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,200}?\bwith\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # "closed a securities purchase agreement with Hanover Holdings, LLC"
    # (and "a note payable agreement with", "a convertible loan agreement
    # with returning investor CHA Healthcare Singapore Pte. Ltd")
    re.compile(
        # ("extends EUR 5.0 million Convertible Notes agreement with Lansdowne
        # Investment Company Cyprus Limited")
        # (not "a share subscription agreement with ZX International Ltd")
        # ("a US$1.0 million convertible promissory note ... as part of the
        # financing agreement with Idaho State Gold Company, LLC")
        rf"\b(?i:purchase|(?<!share )(?<!stock )subscription|notes?|loan|exchange|financing)"
        r"(?i: payable)? "
        r"(?i:agreement)"
        rf"(?:\s*\([^)]{{0,20}}\))? with\s+"
        r"(?:(?:an?|its|existing|returning|new)\s+)*(?:(?i:investor|lender|shareholder)s?,?\s+)?"
        rf"((?>{ORGANISATION.pattern})){_FIRST_OF_SEVERAL}"
    ),
    # a note's own words: "promises to pay to LAURUS MASTER FUND, LTD.",
    # "to the order of Payee: DAVRIC CORPORATION"
    re.compile(
        # ("promises to pay to the order of the Amphion Innovations plc")
        rf"\b(?:promises? to|shall) pay to:?\s+(?:the order of\s+)?(?:Payee:\s*|the\s+(?=[A-Z]))?"
        rf"({ORGANISATION.pattern})"
    ),
    re.compile(
        # (not "received a credit rating of AAA from China Chengxin ...")
        # ("intends to borrow $15-million (U.S.) from CL Fertilizers Holding
        # LLC")
        rf"\b(?:borrow(?:ed)?|loan(?:ed)?|received)\b(?:(?!\brating\b)(?:U\.S\.|[^.;])){{0,80}}?"
        r"\bfrom\s+"
        # ("a loan of US $6 million from its controlling shareholder ZCI
        # Limited")
        r"(?:(?i:its|our|the company['’]s)\s+(?:[\w-]+\s+){0,2}?(?:shareholder|stockholder)"
        r",?\s+)?"
        rf"({ORGANISATION.pattern})"
    ),
    # ("borrowed $45,000 from Scott Silverman, as evidenced by a promissory
    # note")
    re.compile(
        rf"\bborrowed\s+\S{{0,4}}\d[\d,.]*(?:\s+(?:million|thousand))?\s+from\s+({_PERSON})"
        r"(?=\s*(?:,\s+as evidenced by\b|\())"
    ),
    re.compile(rf"\b(?:subscribed|purchased)\s+by\s+({ORGANISATION.pattern})"),
    # ("a subscription for £330,000 of convertible loan notes ... by an
    # individual, Mr John Story")
    re.compile(
        r"\bsubscription\b[^.;]{0,240}\bby an individual,\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
        rf"({_PERSON})\b"
    ),
    # the holder converting its note: "BGF Investments LP has exercised its
    # right to convert £1,000,000 of its £2,500,000 Loan Note Instrument"
    re.compile(
        rf"({ORGANISATION.pattern})\s+has\s+exercised\s+its\s+(?:right|option)\s+to\s+"
        r"convert\b[^.;]{0,60}\bof\s+its\b"
    ),
    re.compile(
        # ("Contango ORE, Inc. (the “Company”) and Queen's Road Capital
        # Investment Ltd. (“QRC”), entered into")
        rf"(?:\bthe Company|\(the\s+[\"“]Company[\"”]\))\s+and\s+({ORGANISATION.pattern})"
        r"(?=[^.]{0,80}\bentered into\b)"
    ),
    re.compile(
        # ("Greenberry S.A. ("Greenberry") has subscribed for")
        rf"({ORGANISATION.pattern}),?(?:\s*\([^()]{{1,40}}\))?\s+(?:has\s+|have\s+)?"
        # (not "Splunk Inc. (the "Issuer") purchased by SLP Spark Holdings":
        # the seller, in the passive)
        r"(?:purchased(?!\s+by\b)|subscribed|"
        r"agreed to purchase|lent|loaned"
        # ("Shareholder Moulton Goodies Ltd has agreed to provide the secured
        # loan note facility")
        r"|agreed to (?:provide|lend|advance)\b(?=[^.;]{0,60}\b(?i:loan|notes?|debentures?|bonds?)\b))"
    ),
    # a person named by a title, the note issued or sold to them and named
    # for them: "we issued a $2,000,000 face value secured convertible note,
    # due January 24, 2012, to Dr. Richard Merkin (the “Merkin Note”)"; or
    # the purchase agreed with them: "a Securities Purchase Agreement (the
    # “SPA”) with Mr. Whitmore pursuant to which he agreed to purchase a
    # Convertible Note"
    re.compile(
        r"\b(?:issued|sold)\s+(?:an?|the)\s+[^.;]{0,120}?\b(?:note|debenture)\b[^.;()]{0,60}?\bto\s+"
        r"((?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){0,2})"
        # (the note then named for them: "(the “Merkin Note”)")
        r"(?=\s*\(\s*(?:the\s+)?[\"“][^\"”]{0,30}\b(?:Note|Debenture)[\"”]\s*\))"
    ),
    re.compile(
        r"\bwith\s+((?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})\s+pursuant to which\s+"
        r"(?:he|she)\s+agreed to (?:purchase|lend|loan|advance)\b"
    ),
    # the lender a note was refinanced with: "has refinanced its £1.0
    # million secured 12 month convertible loan note (the "Loan Notes") with
    # Cornhill Capital Limited"
    re.compile(
        r"\brefinanced\s+(?:its|the|a)\s+(?:[^.;]|\.(?=\d)){0,120}?\b(?:note|loan|debenture)s?\b"
        rf"(?:\s*\([^()]{{0,40}}\))?\s+with\s+({ORGANISATION.pattern})"
    ),
    # the one placee a placing names: "Convertible Bonds ... have been
    # successfully placed to one placee, namely Pop Reach Limited"
    re.compile(
        r"\bplaced\s+to\s+(?:one|a\s+single)\s+placee,?\s+(?:namely|being)\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # the subscriber a law firm acted for: "Ashurst represented Far East
    # Consortium International Limited ("FEC", HKEx: 35), an international
    # company ..., on the subscription of HK$129.5 million convertible bonds"
    re.compile(
        rf"\b(?:represented|advised|acted for)\s+({ORGANISATION.pattern})"
        r"(?=(?:\s*\([^()]{0,40}\))?,?[^.;]{0,200}?\bon\s+(?:the|its)\s+subscription\s+(?:of|for)\b)"
    ),
    # the investor a convertible loan comes from: "has secured an additional
    # A$5m ($3.55m) convertible loan from strategic investor Pala
    # Investments"
    re.compile(
        r"\bconvertible\s+(?:loan|note|debenture|bond)s?\s+from\s+(?:strategic|major|existing|cornerstone)\s+"
        r"(?:investor|shareholder)\s+((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)"
        r"(?=\s*[,.(]|\s*$|\s+(?:to|for)\b)"
    ),
    # the shareholder that provides the note: "a short-term convertible
    # debenture to Cordoba provided by Cordoba's majority shareholder,
    # Ivanhoe Electric Inc."
    re.compile(
        r"\bconvertible\s+(?:debenture|note|loan)\b[^.;]{0,60}\bprovided\s+by\s+"
        r"(?:[\w'’]+\s+){0,3}(?:shareholder|stockholder|investor|partner),\s+"
        rf"({ORGANISATION.pattern})"
    ),
)


#: "Leslee Dart, a Director of the Company agreed to take a convertible
#: note instead of cash": the person who takes the note.
TAKES_A_NOTE = re.compile(
    rf"\b({_PERSON}),\s+(?:an?|the)\s+[^,.;]{{2,60}}?\s+agreed to (?:take|accept|receive)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:note|debenture)"
)
_ROLE_NAMES = "(?:Company|" + "|".join(_ROLE_WORDS) + ")"
#: Where a name ends: a stop, a bracket, a comma before a description (not
#: before another name: "to Greenwoods Asset Management, Hillhouse Capital
#: Management and Keywise"), or a preposition.
_NAME_ENDS = (
    r"(?=\s*(?:[.(]|,(?!\s+[A-Z])|$)|\s+(?:for|in|as|pursuant|under|to|whereby)\b"
    # ("with Richard A. Kaplan the Company's Chief Executive Officer")
    r"|\s+the\s+Company['’]s\s)"
)
#: A name as a filing may shorten it, with no legal form ("Kalen Capital",
#: "GBT", "Richard E. Uihlein"): capitalised words that name no security.
_SHORT_NAME = (
    # (nor a rule a sale is made under: "to a non-US resident accredited
    # investor pursuant to Regulation S")
    r"(?!(?:The|Company|Common|Holder|Lender|Investor|Purchaser|Series|Class|Notes?|"
    r"Debentures?|Shares?|Stock|Units?|Convertible|Securities|Agreement|Borrower|"
    r"Regulation|Rule|Section|Article|Exhibit|Item)\b)"
    r"[A-Z][\w&'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w&'-]*)){0,3}"
)
HOLDER_PERSON = (
    # "promises to pay to the order of DAVID R. BELDING (the Holder)"; "...
    # of Michael J. Gaughan., a Nevada resident (the "Lender")"
    re.compile(
        # ("to the order of Guus van Kesteren, its successors or assigns")
        # ("promises unconditionally to pay to the order of Michael Granito,
        # his successors or assigns (the “Lender”)")
        r"\bpromises?(?:\s+unconditionally)? to pay\b[^.;]{0,80}?\bto the order of\s+"
        r"((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][A-Za-z'-]+(?:\s+[A-Z]\.)?"
        r"(?:\s+(?:(?:van|von|de|der|den|da|di|del|du|la|le|ter)\s+)*[A-Z][A-Za-z'-]+){1,3})"
        r"\.?\s*[(,]"
    ),
    # a person the note promises to pay, the role after the name: "promises
    # to pay to Raymond J. BonAnno, (“Holder“)"; "promises to pay Carl
    # Slyde, Pihtikatu 6a 9 Lahti 15500 Finland, (the Holder)"
    re.compile(
        r"\bpromises?(?:\s+unconditionally)? to pay\s+(?:to\s+)?"
        r"((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?!X[Xx]{2})[A-Z][a-z'-]+(?:\s+[A-Z]\.)?"
        r"(?:\s+[A-Z][A-Za-z'-]+){1,2})"
        r"(?=,?\s*\(\s*(?:the\s+)?[\"“]?(?:Holder|Lender|Payee|Investor)\b"
        r"|,[^()]{1,80}\(\s*(?:the\s+)?[\"“]?(?:Holder|Lender|Payee|Investor)\b"
        # (or where they live: "promises to pay to Paul G. Begum a California
        # resident having the address of ..., or his assigns (the "Holder")")
        r"|\s+an?\s+[A-Z][a-z]+\s+(?:resident|citizen)\b[^()]{1,160}"
        r"\(\s*(?:the\s+)?[\"“]?(?:Holder|Lender|Payee|Investor)\b"
        # (or the successors after it: "promises to pay to Luis Michael Lu
        # (together with his respective successors, ..."; "promises to pay to
        # Harold K. Fletcher, or successors, the principal sum of $50,000")
        r"|\s*\(\s*together\s+with\s+(?:his|her)\b"
        r"|,\s*or\s+(?:his\s+|her\s+)?(?:successors|registered\s+assigns|assigns)\b)"
    ),
    # a holder known by its initials, the role after it: "promises to pay
    # EGFE ("Holder"), the principal sum of Two Hundred Fifty Thousand"
    re.compile(
        r"\bpromises?(?:\s+unconditionally)? to pay\s+(?:to\s+)?(?!X{2})([A-Z]{2,8})"
        r"(?=\s*\(\s*(?:the\s+)?[\"“](?:Holder|Lender|Payee)[\"”]\s*\))"
    ),
    # an insider named in apposition, agreeing to take the notes: "its
    # biggest shareholder, Mark Poole, has agreed to buy up to GBP450,000 in
    # new convertible loan notes"
    re.compile(
        r"\b(?:its|our|the company['’]s)\s+(?:[\w-]+\s+){0,2}(?:shareholder|stockholder|director|"
        rf"chairman|investor),\s+({_PERSON}),\s+(?:has\s+|have\s+)?agreed\s+to\s+"
        r"(?:buy|subscribe|purchase|lend|provide)\b"
    ),
    # "a convertible promissory note ... in favor of Clifford Neuman, the
    # Company's legal counsel"; "with existing investor Peter Knobel"; "the
    # debentures are held by Castlerigg Master Investments"
    re.compile(rf"\bin favou?r of\s+({_PERSON})(?=\s*[,.(])"),
    re.compile(
        rf"\bwith (?:an? |its )?(?:existing |accredited )?investor,?\s+({_PERSON})(?=\s*[,.(])"
    ),
    # (the notes held, not a company: "Irata (Atari backwards) is held by
    # Wade Rosen")
    re.compile(
        # ("The Convertible Promissory Note is held by the Ferrari Living
        # Trust")
        r"\b(?i:notes?|debentures?|bonds?|loans?)\b(?:\s*\([^()]{0,40}\))?\s+(?:are|is) held by\s+"
        r"(?:the\s+)?((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)(?=\s*[,.(])"
    ),
    # ("The 2.0% Mandatory Convertible Securities are held in their entirety
    # by Montalcino S.à.r.l., a company controlled by the Forum Group")
    re.compile(
        r"\b(?i:securities|notes|debentures|bonds)\s+(?:are|were)\s+held\s+"
        r"(?:in\s+their\s+entirety|in\s+full|entirely)\s+by\s+"
        rf"((?:[A-Z][\w&'-]*\s+){{0,3}}{LEGAL_FORM})(?=\s*[,.(])"
    ),
    # ("the Debentures issued in connection with the Existing Offering were
    # subscribed for by Telfer Hanson, the Chair of the Board")
    re.compile(
        r"\b(?i:notes|debentures|bonds)\b[^.;]{0,80}\b(?:were|was)\s+subscribed\s+(?:for\s+)?by\s+"
        rf"({_PERSON})(?=\s*[,.(])"
    ),
    # ("announces that Christopher Johnson has agreed to lend the Company up
    # to £200,000, by way of a convertible loan note")
    re.compile(
        rf"\b({_PERSON})\s+(?:has|have)\s+agreed\s+to\s+(?:lend|loan|advance)\s+the\s+(?i:company)\b"
    ),
    re.compile(
        r"\bentered into\b[^.]{0,120}?\bwith\s+(?:Mr|Ms|Mrs|Dr)\.\s+"
        r"([A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3})"
    ),
    re.compile(
        # (not the person an affiliate belongs to: "an entity affiliated to
        # Reeve Benaron, the Company's Chairman")
        r"(?<!affiliated )(?<!related )(?<!connected )\bto\s+"
        r"((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){1,3}),"
        # ("a ... note in the principal amount of $80,000 payable to Joseph
        # Spiteri, a sole officer and director")
        # ("convertible bonds to Ho Cheuk Fai, the company's executive
        # director, chairman")
        rf"\s+(?:the|our|its|an?)\s+(?:(?i:company)['’]s\s+)?(?:[\w-]+\s+){{0,3}}{_OFFICE}"
    ),
    re.compile(
        r"\b(?:to|by)\s+(?:the Company['’]s|our|its)\s+[\w\s,-]*?"
        rf"{_OFFICE}[,\s]+((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}})"
    ),
    # "the Company issued its President and CEO, Thomas Scozzafava, a
    # Convertible Debenture"
    re.compile(
        rf"\bissued\s+(?:the Company['’]s|our|its)\s+[\w\s,-]{{0,60}}?{_OFFICE},\s+({_PERSON}),"
        r"\s+an?\s+(?:[\w%$,.-]+\s+){0,4}(?i:notes?|debentures?)\b"
    ),
    # their sum between the notes and their holder: "the Company issued
    # convertible notes, totaling $300,000, to John Fife with the following
    # provisions"
    re.compile(
        r"\bissued\s+(?:[\w%-]+\s+){0,4}(?i:notes|debentures)\b,\s+(?i:totall?ing)\s+"
        rf"\S{{1,20}},\s+to\s+({_PERSON})(?=\s*[,.(]|\s+with\b)"
    ),
    # "The Company has conditionally placed all of the Convertible Notes with
    # Sir Michael Smurfit."
    re.compile(
        r"\bplaced\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:[\w-]+\s+){0,3}"
        rf"(?i:notes|debentures|bonds)\s+with\s+({_PERSON})(?=\s*[,.(])"
    ),
    # "a note purchase agreement with Anthony Scott, President, and Chief
    # Executive Officer of the Company"
    re.compile(rf"\b(?:with|from)\s+({_PERSON}),\s+(?:(?:the|our|its)\s+)?{_OFFICE}\b"),
    # "we memorialized certain short-term liabilities with one of our
    # directors, Charlie Davis, into a formal promissory note"
    re.compile(
        rf"\bwith\s+(?:one of\s+)?(?:our|its|the Company['’]s)\s+{_OFFICE}s?,\s+({_PERSON}),"
    ),
    # "obtained a convertible loan of S$2 million from Ang Liang Kim, a
    # substantial shareholder of the company"
    re.compile(
        r"\b(?:loan|note|debenture)s?\s+(?:of\s+\S{0,4}\d[\d,.]*\s*(?:m|million)?\s+)?"
        rf"from\s+({_PERSON}),\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_OFFICE}|shareholder|stockholder)\b"
    ),
    # "from existing investor Teo Soon Seng"; "the Company's Chief Technology
    # Officer and significant shareholder, John Hayes, invested $101,000"
    re.compile(
        rf"\bfrom (?:an? |its )?(?:existing |returning )?investor,?\s+({_PERSON})(?=\s*[,.(])"
    ),
    re.compile(
        rf"\b(?:the Company['’]s|our|its)\s+[\w\s-]{{0,60}}?{_OFFICE}[\w\s-]{{0,40}}?,\s+"
        rf"({_PERSON}),\s+(?:invested|loaned|advanced|purchased|lent)\b"
    ),
    # "the Company issued to Asher a convertible promissory note of $83,500"
    re.compile(
        rf"\bissued\s+to\s+(?!(?:the|its|our|their|each|such)\b|{_ROLE_NAMES}\b)"
        r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+an?\s+(?:[\w%$,.-]+\s+){0,4}"
        r"(?i:notes?|debentures?)\b"
    ),
    # "the Company received an amount of $250 in consideration for issuance
    # of a convertible note ... to Lee Pinkerton (“LP”)"; "entered into an
    # unsecured convertible note (“Note”) with Jerry Treppel (“Treppel”)"
    re.compile(
        r"\b(?:issued|issuance|sold|entered into)\b[^.;]{0,200}?\b(?:to|with)\s+"
        rf"({_PERSON})\s*\(\s*[\"“][A-Z][^\"”()]{{0,30}}[\"”]\s*\)"
    ),
    # "received $100,000 from Paul Beckman, a director of the Company"
    re.compile(
        rf"\bfrom\s+({_PERSON}),\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+){{0,2}}{_OFFICE}"
    ),
    # "promissory notes payable to Gerard J. Gallagher, a director"
    re.compile(
        rf"\b(?i:notes?|debentures?)\s+payable\s+to\s+({_PERSON}),\s+(?:a|an|the|our|its)\b"
    ),
    # a name with no legal form after its role: "entered into a subscription
    # agreement with the subscriber Guoyuan Securities Investment (Hong
    # Kong), which conditionally agreed to subscribe for Convertible Bonds"
    re.compile(
        r"\bwith the (?:subscriber|investor|lender|purchaser)\s+"
        rf"({_SHORT_NAME}(?:\s+\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\))?)(?=\s*[,.;]|\s*$)"
    ),
    # the buyer as the sentence's subject: "Elusys Holdings also, as a
    # post-closing covenant, on January 26, 2024 purchased from us a
    # convertible promissory note"
    re.compile(
        rf"^\W*({_SHORT_NAME})(?:\s+also)?(?:,[^,;]{{0,60}},)?(?:\s+on\s+[^;]{{4,25}}?)?"
        r"\s+purchased\s+from\s+(?:us|the Company)\s+an?\s+(?:[\w$,.%-]+\s+){0,5}?"
        r"(?i:notes?|debentures?)\b"
    ),
    # "an agreement to receive $12.0 million in financing from its largest
    # shareholder, Sellers Capital Master Fund, Ltd."
    re.compile(
        r"\b(?i:financing|funding|loans?|advances?)\s+from\s+(?i:its|our|the company['’]s)\s+"
        r"(?i:largest|majority|principal|major|controlling|significant)\s+(?i:share|stock)holder,\s+"
        rf"({ORGANISATION.pattern})"
    ),
    # the buyer's own release: "Cornwall Investments LLC ("Cornwall") will
    # acquire, pursuant to a non-brokered private placement, transferable
    # convertible promissory notes (the "Convertible Notes") of Viridis"
    re.compile(
        # (the sentence's subject, after a dateline if any; not "the
        # Company's Luxembourg incorporated subsidiary, Euromedica Finance No.
        # 1 S.A. will acquire Bonds amounting to euro 60 million")
        rf"(?:^\W*|\)\s+-\s+)({ORGANISATION.pattern})(?:\s*\([^)]{{0,30}}\))?,?\s+"
        r"(?:will|has agreed to|agreed to)\s+"
        r"(?:acquire|purchase|subscribe for)\b[^.;]{0,120}?\b(?i:notes?|debentures?|bonds?)\b"
    ),
    # ("Quercus Trust bought the debenture, which has a principal amount of
    # $18 million")
    re.compile(
        rf"^\W*({_SHORT_NAME})\s+(?:bought|purchased)\s+the\s+(?:[\w.%-]+\s+){{0,3}}?"
        r"(?i:note|debenture|bond)s?\b"
    ),
    # "signed a definitive agreement with L1 Energy for the purchase of $50m
    # of newly issued Convertible Notes"
    re.compile(
        rf"\bagreement\s+with\s+({_SHORT_NAME})\s+for the purchase of\b[^.;]{{0,60}}"
        r"\b(?i:notes|debentures|bonds)\b"
    ),
    # "a Convertible Secured Note and Warrant Purchase Agreement (the
    # "Purchase Agreement") with Rick Wilber."
    re.compile(
        rf"(?<!power purchase )\b(?i:agreement)(?:\s*\([^)]{{0,40}}\))?\s+with\s+({_PERSON})"
        r"(?=\s*(?:\.|\(|,\s+(?:a|an|the|our|its|who)\b))"
    ),
    # a lender named without a legal form: "issued a $100,000 convertible
    # promissory note to SCS, a related party"; "a loan facility with
    # Bukwang for"; "the Company and Richard E. Uihlein entered into"
    # ("sold a convertible promissory note with an aggregate principal amount
    # of $4.5 million (...) in a private placement to Yorkville under")
    re.compile(
        r"\b(?:issued|sold)\b(?:[^.;]|\.(?=\d)){0,120}?\b(?i:notes?|debentures?)\b"
        rf"(?:[^.;]|\.(?=\d)){{0,80}}?\bto\s+({_SHORT_NAME}){_NAME_ENDS}"
    ),
    # "through the issuance of a convertible promissory note in the amount of
    # $4,000,000 to GBT"; "registered in the name of CAMOFI"
    re.compile(
        r"\bissuance of an?\s+(?:[\w%-]+\s+){0,4}(?i:note|debenture)\b"
        rf"(?:[^.;]|\.(?=\d)){{0,80}}?\bto\s+({_SHORT_NAME}){_NAME_ENDS}"
    ),
    re.compile(rf"\bregistered in the name of\s+({_SHORT_NAME}){_NAME_ENDS}"),
    # the lender money is raised from through one convertible loan: "has
    # raised $100m from Germany's Deutsche Bank through a convertible loan"
    re.compile(
        r"\braised\s+\S{0,4}\d[\d.,]*\s*(?:m|mn|million|bn|billion)?\s+from\s+"
        rf"(?:[A-Z][a-z]+['’]s\s+)?({_SHORT_NAME})\s+(?:through|via)\s+an?\s+(?:[\w-]+\s+){{0,2}}"
        r"convertible\s+(?i:loan|note|bond|debenture)\b"
    ),
    # the lender a convertible debenture is taken from: "a $4,000,000
    # convertible debenture (the “Convertible Debenture”) from the Phoenix
    # Gold Fund (“Phoenix”)"
    re.compile(
        r"\bconvertible\s+(?i:debenture|note|loan)\s*(?:\([^()]{1,40}\)\s*)?from\s+(?:the\s+)?"
        rf"({_SHORT_NAME})(?=\s*\(\s*[\"“][A-Z])"
    ),
    # "the Company issued and sold to Yorkville the Convertible Debenture"
    re.compile(
        rf"\b(?:issued|sold)\s+to\s+({_SHORT_NAME})\s+(?:the|a|an)\s+"
        r"(?:[\w-]+\s+){0,3}(?i:notes?|debentures?)\b"
    ),
    # (a loan's or a purchase's agreement, not "an assignment agreement with
    # TRW" nor "the Company's existing agreement with" an agent)
    re.compile(
        # ("a significant refinancing agreement with Arena Investors LP")
        # (nor a power purchase agreement, a customer's)
        r"\b(?i:(?:(?<!power )purchase|(?<!share )(?<!stock )subscription|loan|note|financing|refinancing"
        r"|credit)"
        r"(?:\s+payable)?\s+agreement"
        # (not a bank's "credit facility with Bridge Bank", another debt)
        # (nor "existing working capital facility with Nedbank Namibia")
        r"(?:\s*\([^)]{0,60}\))?|(?<![Cc]redit )(?<![Rr]evolving )(?<![Cc]apital )facility|"
        # ("unsecured loan notes (the "Notes") with Yellow Dragon Holdings
        # Limited")
        r"note(?:\s+payable)?|notes\s*\(\s*the\s+[\"“]notes[\"”]\s*\))\s+with\s+"
        # (not one of two parties: "a convertible loan agreement with Haitong
        # International Financial Products (Singapore) and Tan June Teng Colin")
        rf"({_SHORT_NAME}){_NAME_ENDS}(?!\s*(?:\([^)]{{1,30}}\)\s*)?and\s+[A-Z])"
    ),
    # ("the Company and Ms. Liu Shu Juan, a director of the Company, entered
    # into"; "Galectin Therapeutics Inc. (the “Company”) and Richard E.
    # Uihlein, Chairman of our Board of Directors, entered into")
    re.compile(
        r"(?:\bthe Company|\(the [\"“]Company[\"”]\)) and "
        rf"(?:M[rs]s?\.\s+)?({_SHORT_NAME})(?:,\s+[^,]{{2,60}},)?"
        r"\s+entered into\b"
    ),
    # "is convertible, at any time, ..., at Alpha Capital's option" (not
    # "convertible into cash, shares ... or a combination of cash and shares
    # at Exact's election": the issuer settles as it elects)
    re.compile(
        # (nor the issuer's choice how to deliver: "each convertible senior
        # note, and any excess conversion value will be delivered, at CMS
        # Energy's option, in cash or ... shares")
        rf"\bconvertible\b(?!\s+(?i:senior|subordinated|secured|unsecured|promissory|notes?|bonds?|debentures?)\b)"
        rf"(?:(?!\bcash\b|\bdeliver)[^.]){{0,120}}?\bat\s+(?!(?:the|its|our|their|his|her)\b|{_ROLE_NAMES}\b)"
        r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+(?:sole\s+)?"
        r"(?:option|election|discretion)"
    ),
)


#: A note face's label inside a longer line: "Registered Holder of this
#: Secured Convertible Promissory Note: Frost Nevada Investments Trust".
_REGISTERED_HOLDER = re.compile(
    r"\b(?i:registered holder)(?:\s+(?i:of this)\s+(?:[\w-]+\s+){0,4}(?i:note|debenture))?\s*:\s*"
    rf"({ORGANISATION.pattern})"
)


#: A seller of the notes defined by its role: "WP Bronco Holdings, LLC (the
#: “Seller”)".
_THE_SELLER = re.compile(
    ORGANISATION.pattern + r"\s*\(\s*(?:the\s+)?[\"“]Seller[\"”]\s*\)"
)


def _the_seller_holding(reader: Reader) -> list[Found]:
    """The seller a repurchase agreement defines, where it says the seller
    holds the notes: "WP Bronco Holdings, LLC (the “Seller”)" and "Seller is
    the holder of $310,000,000 in aggregate principal amount of the
    Company's 6.50% Convertible Senior Notes"."""
    if not any(
        rx.search(
            # ("Seller is the legal owner of all of the Notes")
            r"\bSeller\s+is\s+the\s+(?:registered\s+|beneficial\s+|legal\s+)?(?:holder|owner)\s+of\b",
            sentence,
        )
        for sentence in reader.sentences
    ):
        return []
    # (above the buyer the same agreement defines, which is the notes' maker:
    # "Outbrain Inc. (“Outbrain” or “Buyer”) and Baupost Group Securities,
    # L.L.C. (“Seller”)")
    return [
        Found(f'"{_clean_name(match.group(1))}"', sentence, 4)
        for sentence in reader.sentences
        if (match := _THE_SELLER.search(sentence))
    ]


def labelled_holders(reader: Reader) -> list[Found]:
    """A term sheet's row: "Investor: Vista Capital Investments, LLC"; a
    note face's "Registered Holder of this ... Note: ..."; a repurchase's
    seller holding the notes."""
    return (
        _the_seller_holding(reader)
        + [
            Found(f'"{_clean_name(match.group(1))}"', sentence, 2)
            for sentence in reader.sentences
            if (match := _REGISTERED_HOLDER.search(sentence))
        ]
        + [
            Found(f'"{_clean_name(match.group(1))}"', sentence, 2)
            for sentence in reader.sentences
            if (
                match := rx.fullmatch(
                    # (or a table's cells: "Lender: | NCIM Limited |")
                    r"\s*(?:investor|lender|holder|purchaser|payee|buyer)\s*:\s*(?:\|\s*)?"
                    # ("HOLDER: SEAGEL INVESTMENT CORP. (the “CREDITOR”)": the
                    # name, not its defined term)
                    # (an abbreviated legal form keeps its full stop: "CORP.")
                    r"([A-Z][^:;|]{1,80}?(?:\b(?i:corp|inc|ltd|co)\.)?)\s*\.?"
                    # ("Lender: Realtek Semiconductor Corporation (Realtek)"; and
                    # the next line's number: "... PLLC (“GHPMA”)", "1. Draw
                    # Down.")
                    # ("Investor:Rockridge Capital Holdings, LLC (for $750,000)":
                    # its part of the issue)
                    r"(?:\s*\((?:the\s+)?(?:[\"“][^\"”()]{1,30}[\"”]|[A-Z][\w&-]{1,20}"
                    r"|for\s+[^()]{1,40})\))?"
                    r"(?:\s*\|)?(?:\s+\d{1,2}\.?)?",
                    sentence,
                    re.IGNORECASE,
                )
            )
        ]
    )


#: A release's announcer and the party it names after "with": "Aurora
#: Minerals Limited (Aurora, Company; ASX: ARM) is today pleased to announce
#: that it has entered into an A$3 million secured convertible Loan Agreement
#: with Golden Rim Resources Limited".
_ANNOUNCED_WITH = re.compile(
    rf"({ORGANISATION.pattern})\s*(?:\([^()]{{1,60}}\)\s*)?"
    r"(?:is\s+(?:today\s+)?pleased\s+to\s+announce|announce[sd]?)\s+(?:that\s+)?it\s+has\s+"
    r"entered\s+into\s+an?\s+[^.;]{0,80}?\b(?i:loan agreement|loan facility|promissory note)\s+"
    r"with\s+"
)


def _announced_with(reader: Reader) -> tuple[Found, str] | None:
    """The announcer of the first sentences that enter into a loan with a
    party named after "with", and that party (see :func:`lender_headline`)."""
    for sentence in reader.sentences[:8]:
        match = _ANNOUNCED_WITH.search(sentence)
        if match is None:
            continue
        other = ORGANISATION.match(sentence, match.end())
        if other is not None:
            return Found(f'"{_clean_name(match.group(1))}"', sentence, 1), other.group(
                1
            )
    return None


def lender_headline(reader: Reader) -> tuple[Found, str] | None:
    """The lender a lender's own release names in its headline: "Resource
    Capital Fund V L.P. Announces $6 Million Convertible Loan Facility with
    Forbes & Manhattan Coal Corp."; "Beedie Investments Ltd. Enters into an
    Amendment of Convertible Loan Facility with Metalla Royalty & Streaming
    Ltd.", with the borrower named after "with" (the caller checks it is the
    issuer: "Acme Inc. Announces Closing of Convertible Debenture with
    Leaddog Capital L. P." is the issuer's own release)."""
    if not reader.sentences:
        return None
    announced = _announced_with(reader)
    if announced is not None:
        return announced
    headline = reader.sentences[0]
    lender = ORGANISATION.match(headline)
    with_ = (
        rx.match(
            r"\s+(?:Announces|Enters\s+[Ii]nto|Provides|Extends)\b[^.;]{0,120}?"
            r"\b(?:Loan|Debenture|Note)s?(?:\s+(?:Facility|Agreement))?\s+with\s+",
            headline[lender.end() :],
        )
        if lender is not None
        else None
    )
    if lender is None or with_ is None:
        return None
    borrower = ORGANISATION.match(headline, lender.end() + with_.end())
    if borrower is None:
        return None
    return Found(f'"{_clean_name(lender.group(1))}"', headline, 1), borrower.group(1)


def heading_holders(reader: Reader) -> list[Found]:
    """A lender named by a footnote's heading, next to a dash or to the
    note's defined name: "Convertible Debt in Default - Asher Enterprises,
    Inc."; "HEP Investments, LLC - Related Party"; "Mast Hill Fund, L.P
    ("Mast note")" (a weak cue, scored 1). A heading naming only a company
    (the issuer's own name) is no cue."""
    for sentence in reader.sentences:
        if len(sentence) > 100 or rx.search(
            r"\b(?:is|was|were|has|have|had|issued|entered|agreed|agreement|warrants?)\b",
            sentence,
            re.IGNORECASE,
        ):
            continue
        names = list(ORGANISATION.finditer(sentence))
        if len(names) != 1:
            continue
        name = names[0]
        # (not a dateline: "SAN FRANCISCO - Sunrun Inc ." names the issuer)
        if rx.fullmatch(
            r"\s*[A-Z][A-Z .,'-]{2,40}\s+[\u2013\u2014-]+\s*", sentence[: name.start()]
        ):
            continue
        if (
            rx.search(r"[\u2013\u2014-]\s*$", sentence[: name.start()])
            or rx.match(
                r"^\s*(?:[\u2013\u2014-]\s*related part|\(\s*[\"“][^\"”]{0,30}\bnote)",
                sentence[name.end() :],
                re.IGNORECASE,
            )
        ) and (
            # (nor the issuer in a table's row after a dash, "Neopost S.A.
            # 3.50% (b)", where the text says "NEOPOST S.A. issued")
            reader.first(
                re.compile(
                    rf"\b{re.escape(name.group(1))}\s+(?:has\s+)?issued\b",
                    re.IGNORECASE,
                )
            )
            is None
        ):
            return [Found(f'"{_clean_name(name.group(1))}"', sentence, 1)]
    return []


def several_holders(reader: Reader) -> str | None:
    # (not the issuer and its investor: "The two companies also entered into
    # a ... services agreement")
    return next(
        (
            s
            for s in reader.sentences
            if any(
                (
                    not rx.match(r"two companies\b", m.group(0), re.IGNORECASE)
                    or not rx.search(r"\bthe\s+$", s[: m.start()], re.IGNORECASE)
                )
                # (nor the buyers a concurrent share repurchase is made from:
                # "to repurchase Class A ordinary shares worth about US$273.5
                # million from certain purchasers of the notes")
                and not rx.search(
                    r"\brepurchas\w*\s+(?:[\w-]+\s+){0,6}(?:shares|stock)\b(?:[^.;]|\.(?=\d)){0,120}"
                    r"\bfrom\s+$",
                    s[: m.start()],
                    re.IGNORECASE,
                )
                for m in _SEVERAL.finditer(s)
            )
        ),
        None,
    )


# -- stage 5: dates ------------------------------------------------------------------

_ISSUE_LABEL = re.compile(
    r"(?:issuance date|issue date|date of issuance|date of issue|original issue\.?\s+date|"
    # ("THE DATE OF THIS NOTE IS: September 3, 2002")
    # (not a date to come: "Expected Closing Date: September 18, 2020")
    r"note date|(?<!maturity )date of (?:the |this )?note|(?<!expected )(?<!anticipated )"
    r"(?<!scheduled )(?:closing date|funding date|settlement date)"
    # ("The placement of the Bonds was completed on 8 March 2013, while their
    # settlement took place on 15 March 2013")
    r"|settlement (?:took place|occurred) on)"
    # ("Closing date and issue date for the Bonds: September 21, 2010")
    r"(?:\s+(?:for|of)\s+(?:the|this)\s+(?:\w+\s+){0,2}(?:bonds?|notes?|debentures?))?"
    # ("Date of Note: | March 29, 2019 |": a table's cell)
    # ("The date of issue was set at 05.11.2021")
    r"\s*(?:\(.{0,30}\))?\s*(?:[:\-]|is:?|was(?:\s+set\s+at)?|of|shall be)?\s*\|?"
    # "Closing Date: Friday, April 8, 2022"
    r"\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?$"
)
#: The cells a table's row gives before a date, after its label: a row of
#: several notes ("|Issuance date |December 6, 2024 |June 13, 2025 |"), each
#: date as much the label's as the first.
_EARLIER_CELLS = re.compile(
    r"\|\s*(?:(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s*\|\s*)+$"
)


def _label_window(left: str, width: int) -> str:
    """The last ``width`` characters before a date as a label reads them,
    lower case: a table row's earlier date cells left out (the label is
    every cell's)."""
    lowered = left.lower()[-200:]
    cells = _EARLIER_CELLS.search(lowered)
    if cells is None:
        return lowered[-width:]
    return lowered[: cells.start()][-width:] + "|"


#: ("is issued, dated and effective as of December 19, 2014")
# ("This Debenture, dated effective October 23, 2019"; "dated effective as
# of January 1, 2004")
_DATED = re.compile(r"\bdated(?:\s+and\s+effective|\s+effective)?:?\s+(?:as of\s+)?$")
#: "the Purchase Agreement, dated", "the SPA dated", "Credit Agreement (the
#: "Credit Agreement") dated as of": an agreement's date, not the note's.
_AGREEMENT_DATED = re.compile(
    # ("pursuant to a prospectus supplement dated February 12, 2025")
    # ("APPROVED BY RESOLUTION OF THE DIRECTORS OF THE COMPANY DATED")
    r"(?:agreement|\bspa|indenture|prospectus(?: supplement)?|term sheet|offering memorandum"
    r"|resolution of the (?:board of )?directors(?: of the company)?"
    # ("as described in the Company Notice, dated November 16, 2011": a
    # notice's or letter's day)
    r"|\bnotice|\bletter)"
    # ("the Debenture Purchase Agreement dated effective February 21, 2020")
    r"(?:\s*\([^)]*\))?,?\s+dated\s+(?:effective\s+)?(?:as of\s+)?$"
    # "the Securities Purchase Agreement between Company and Oasis Capital
    # dated August 27, 2021"
    # ("a securities purchase agreement, or the Securities Purchase
    # Agreement, among us and the investors in the Notes, dated as of")
    r"|\bagreement,?\s+(?:between|by and between|among|with) [^.;()]{2,60}\bdated\s+"
    r"(?:effective\s+)?(?:as of\s+)?$"
    # (an amendment's own day: "This Amendment No. 1 to the 12% Senior
    # Secured Convertible Promissory Note (this “Amendment”), dated effective
    # March 6, 2019")
    r"|\bamendment\b[^.;]{0,120}\bdated\s+effective\s+(?:as of\s+)?$"
    # (a circular's: "the Circular under which these Debentures were issued
    # dated 17 January 2017")
    r"|\bcircular\b[^.;()]{0,60}\bdated\s+(?:as of\s+)?$"
)
_CLOSED = re.compile(
    # (a Swiss issuer's list of its bonds: "CHF 175 million paid up on 30 June
    # 2015, subordinated convertible bond")
    r"\bmillion,?\s+paid up on|"
    # ("The placement priced June 29 and settled June 30")
    r"\b(?:placement|offering|deal|notes)\s+priced\s+[a-z]+\.?\s+\d{1,2}\s+and\s+settled\s+(?:on\s+)?$|"
    # ("funded a promissory note executed by the Company on October 25,
    # 2011": the day it was signed competes with the day it was funded)
    # ("The closing of the sale of the Debenture occurred on August 3, 2020")
    # ("The closing of the transaction was held on August 13, 2010")
    # ("Phase 1 Completion took place on 17 December 2019 ..., pursuant to
    # which the Convertible Bonds ... have been allotted and issued")
    # (not "after the completion of the Acquisition which occurred on")
    # (not a figure's: "Net comprehensive income closed December 31, 2022
    # at US$823,520")
    r"\b(?:(?<!income )(?<!revenue )(?<!revenues )(?<!price )(?<!stock )(?<!shares )closed"
    r"|completed|closing(?: of [^.;,]{0,60}?)? (?:occurred|took place|was held)"
    # ("all conditions precedent under the Subscription Agreement have been
    # fulfilled and Completion has taken place on 13 August 2019")
    r"|completion (?:took|has taken) place|funded|"
    r"consummated|"
    r"executed(?: by the company)?|(?:has|have) issued|"
    # ("The EMA SPA and the EMA Note were signed on August 25, 2015")
    r"(?:note|debenture)s?\s+(?:was|were)\s+signed|"
    # "Convertible promissory note issued on May 5, 2017"; "a convertible
    # note entered into on August 8, 2011"; "issued by the Issuer on"
    r"(?:notes?|debentures?|bonds?) (?:issued|entered into)|"
    # ("This Debenture was issued by the Company as of August 15, 2012")
    # (not shares still to be: "the new Ordinary Shares arising on conversion
    # ... will be issued by the Company on 19 December 2000")
    r"(?<!will be )(?<!to be )issued by the (?:company|issuer)(?:\s+as of)?|"
    # ("the amount of $220,000 ... was issued to the Investor on")
    r"(?:was|were) issued to (?:the |an? )?[\w ]{1,40}?\s+on|"
    # "by way of the issuance on March 13, 2023, of a two year term Promissory
    # Note"
    r"the issuance on|"
    # ("today announced the closing on May 9, 2008 of a financing
    # transaction in which ... the initial issuance of a $1 million
    # debenture")
    r"announce[sd]? the closing|"
    # ("is issued this 31st day of March 2014")
    # ("the Tranche 2 Convertible Notes having being issued today (14
    # December 2021)")
    r"(?:was|were|is|having been|having being) issued)\s+"
    r"(?:on\s+|this\s+|today\s*\(\s*)?(?:or about\s+)?$"
)
_ISSUE_LABEL_AFTER = re.compile(
    # ("On July 2, 2014, (the “Closing Date”)"; "(the “Issuance Date)", its
    # closing quote lost; "(the "Initial Closing")")
    # ("(the “ Issuance Date ”)", spaced inside its quotes)
    r'^\s*,?\s*\((?:the\s+)?["“]\s*(?:(?:issue|issuance|closing|original issue|funding) date'
    # ("(the “Issue Date”" then a line "Amended and Restated as of ...)": the
    # bracket closes a line later)
    r'|date of issu(?:ance|e)|(?:initial|first) closing)\s*(?:["”]?\)|["”]\s*(?:\n|$))'
    # "accruing from December 1, 2011, the date of initial issuance"
    r"|^,\s*(?:being\s+)?the date of (?:initial |original )?issu(?:ance|e)\b"
    # an exhibit's title: "June 6, 2019 Note issued to Kahn Family Limited PT
    # II"
    r"|^\s+(?:(?:convertible|promissory|secured)\s+){0,3}(?:note|debenture)\s+issued\s+to\b"
    # a bare label in brackets: "commencing as of April 3, 2009 (Issue Date)"
    r"|^\s*\((?:issue|issuance) date\)",
    re.IGNORECASE,
)
_ON_THEN_ISSUED = re.compile(
    r"^\s*,?\s*(?:it|we|the company|the issuer|[A-Z][\w&.-]*(?:,?\s+[A-Z][\w&.-]*){0,4})"
    # ("Vivakor, Inc. (the "Company"), issued")
    r"(?:\s*\([^()]{0,40}\),?)?"
    # (not shares: "On April 3, 2017, Green EnviroTech Holdings Corp. issued
    # 1,300,000 shares of common stock")
    r"\s+(?:issued|closed|sold|completed|consummated"
    # the holder's act: "On March 30, 2015, Ortac subscribed for $600 000 of
    # secured convertible loan notes"
    r"|subscribed for(?=[^.;]{0,40}\b(?:notes|debentures|bonds)\b))\b"
    # (nor "we issued to APX Sponsor an aggregate of 4,312,500 Class B
    # Ordinary Shares")
    r"(?!\s+(?:to\s+[^.;,$]{1,60}?\s+)?(?:a total of\s+|an aggregate of\s+)?[\d,]+\s+"
    r"(?:[\w-]+\s+){0,3}(?i:shares)\b)"
    # "on April 27, 2007, it received a $100,000 loan from"
    r"|^\s*,?\s*(?:it|we|the company)\s+received\s+an?\s+\$?[\d,.]+\s+"
    r"(?:(?:convertible|bridge|unsecured)\s+)?loan\b"
    # ("On April 12, 2017, we received $100,000 from an unaffiliated third
    # party in exchange for a promissory note")
    r"|^\s*,?\s*(?:it|we|the company)\s+received\s+\$\s?[\d,.]+\b[^.;]{0,80}\bin exchange for\s+"
    r"an?\s+(?:[\w%-]+\s+){0,3}(?:note|debenture)\b"
)
#: "On <date>," opening a sentence, after a heading glued to it ("NOTE 10 -
#: CONVERTIBLE NOTE PAYABLE On March 14, 2014, ..."): a capital "On".
#: ("WHEREAS, on June 24, 2009, the Borrower issued to the Lender")
#: ("As previously disclosed, on July 12, 2016, the Company closed")
_ON_START = re.compile(
    # ("In February 20, 2024, the Company issued": "In" for "On" before a
    # day)
    r"(?:^|[\s(])(?:On|In|Effective(?: as of)?)\s+$|"
    # (not "As previously reported on August 24, 2017, ...": the report's
    # day)
    r"\b(?:WHEREAS|As previously (?:disclosed|reported|announced)(?=,)|In addition|"
    r"Accordingly|Subsequently|Thereafter),?\s+on\s+(?:or about\s+)?$"
    # ("Pursuant to these agreements, upon the Closing on December 8, 2021,
    # the Company issued")
    r"|\bupon the Closing on\s+$"
    # ("Dufry One launched, and on March 30, 2021, successfully completed the
    # issuance")
    r"|,\s+and\s+on\s+$"
    # ("Hi-Med, LLC ... announces that, on October 24, 2017, the Acquiror
    # completed the initial drawdown")
    r"|\b(?:announces|announced|reports|reported|confirms|confirmed) that,?\s+on\s+$"
    # ("The Company, on December 14, 2017, issued $135.0 million")
    r"|^\W*(?:The Company|We|The Group),\s+on\s+$"
)
_ISSUE_VERB = re.compile(
    r"\bexecuted\b(?=\s+(?:a|an|the)?[^.]{0,40}?\b(?:note|debenture)s?\b)|"
    # "On April 4, 2011, the Company signed a $25,000 convertible promissory
    # note" (not a note purchase agreement)
    # ("On July 18, 2024, Glucotrack, Inc. entered into a series of
    # convertible promissory notes with certain investors")
    r"\b(?:signed|entered\s+into)\b(?=\s+(?:an?|a\s+series\s+of)\s+(?:\$[\d,.]+\s+)?(?:[\w%-]+\s+){0,3}"
    r"(?:note|debenture)s?\b"
    # (not "entered into a convertible notes financing agreement")
    r"(?!\s+(?:and\s+\w+\s+)?(?:purchase|subscription|agreement|financing\s+agreement|facility)\b))|"
    # ("refinanced its $300,000 note payable with Jack Petersen": a
    # replacement note issued that day)
    # ("the Chief Technology Officer invested $101,000 via a one year
    # convertible note")
    # ("FirstFire Global Opportunities Fund, LLC purchased from Digital Brands
    # Group, Inc. a senior secured convertible note")
    r"\bpurchased from\b|"
    # ("On September 29, 2015, the Company received funding from existing
    # investors ..., in exchange for issuance of convertible promissory notes")
    r"\breceived funding\b(?=(?:[^.;]|(?<=\b[A-Z])\.){0,150}\bin exchange for\s+(?:the\s+)?"
    r"issuance of\b)|"
    # (not notes "to be issued", in the future; "newly issued" notes only
    # where none are: "we exchanged ... for ... newly issued 4.50% ... Notes")
    r"\b(?<!newly )(?<!be )(?:issued|sold|closed|consummated|funded|completed|refinanced|"
    r"invested|loaned|advanced|made (?:a )?loans?|executed and delivered|did loan)\b"
    # (not a notice: "the Corporation issued a redemption notice")
    r"(?!\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}notices?\b)"
    r"|\bnewly issued\b(?!.*\bto be issued\b)"
    # ("On 16 February 2007, the Corporation raised $165,000,000 by
    # completing the private placement of convertible bonds")
    r"|\bby\s+(?:completing|closing)\s+(?:the|a|an|its)\b"
    # ("On January 29, 2018, First Majestic announced the closing of its
    # previously announced offering of Notes")
    r"|\bannounced the closing of\b"
    # ("On October 26, 2012, the Company received a loan totaling $30,000")
    r"|\breceived\s+an?\s+(?:[\w-]+\s+){0,2}loan\b"
    # (not "entered into ... agreements for ... newly issued ... notes ... to
    # be issued": notes still to come)
    r"|\bentered into\b(?=.*\b(?<!be )(?:issued|purchased|sold)\b)(?!.*\bto be issued\b)"
    # ("borrowed $100,000 from an unrelated third party entity in the form of
    # a convertible note": a loan the note evidences, made that day)
    r"|\bborrowed\b(?=[^.]{0,140}?\b(?:in the form of|evidenced by|under|pursuant to)"
    r"\s+an?\s+(?:[\w%-]+\s+){0,5}(?:note|debenture)\b)"
    # "received $100,000 from Paul Beckman ... under a convertible promissory
    # note" (a note's funding; not "received $62,500 ... in exchange for" a
    # note, which may come before it is issued)
    r"|\breceived\b(?=[^.]{0,140}?\b(?:under|pursuant to)\s+an?\s+"
    r"(?:[\w%-]+\s+){0,5}(?:note|debenture)\b)"
    # ("received $30,000 cash from the issuance of a convertible promissory
    # note")
    r"|\breceived\b(?=[^.]{0,80}?\bfrom the (?:issuance|sale) of\s+(?:an?\s+)?"
    r"(?:[\w%-]+\s+){0,5}(?:note|debenture)s?\b)"
    # "entered into a two (2) year Promissory Note", "a Twenty-Five Thousand
    # Dollar ($25,000) Convertible Promissory Note" (not a note agreement:
    # an agreement's date)
    # ("entered into convertible debenture whereby", "entered into two
    # Secured Convertible Promissory Notes")
    # (not "entered into two Amended and Restated ... Notes", nor "entered
    # into for the extinguishment of a previous note")
    # ("entered into, an convertible promissory note")
    r"|\bentered into,?\s+(?:an?\s+|one\s+|two\s+|three\s+|four\s+|five\s+)?(?:\$[\d,.]+\s+)?"
    r"(?:(?!(?:for|of|with|by|to|the|and|amended|restated)\b)[\w%()$,.-]+\s+){0,6}?"
    r"(?:note|debenture)s?\b"
    r"(?!\s+(?:purchase|subscription|agreements?|exchange|financing|facility|and)\b)"
    # "entered into a securities purchase agreement and convertible note"
    r"|\bentered into an?\s+(?:[\w-]+\s+){0,3}agreement\s+and\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:note|debenture)s?\b"
    # (a note agreement that is the note, its principal beside: "entered
    # into a note agreement with J. Leonard Ivins, an Officer of the Company,
    # in the principal amount of $63,302")
    r"|\bentered into an?\s+(?:[\w-]+\s+){0,2}(?:note|debenture)\s+agreement\s+with\b"
    r"(?=[^;]{0,120}?\bin\s+the\s+principal\s+amount\s+of\b)",
    re.IGNORECASE,
)
#: A press release's dateline ("HONG KONG, April 8, 2024 --").
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]{1,40},\s*$")
_MATURITY_LABEL = re.compile(
    # (not "prepaid on or before January 22, 2023": a prepayment's window)
    # ("a maturation date of November 6, 2015")
    # ("Maturity / mandatory conversion date: June 15, 2012")
    r"(?:maturity\s*/\s*mandatory conversion date"
    r"|maturity date|maturation date|matur(?:e|es|ed|ing|ity)|due(?: and payable)?|repayable|"
    # ("Maturity Date. November 3, 2024": a section's heading)
    # ("- due date for redemption is July 26, 2012;")
    # ("falls due for repayment on 1 December 2019"; not "The loan is interest
    # free and due for repayment on", a director's other loan)
    r"payable in full|(?<!p)repaid|due for payment|falls due for repayment|due for redemption"
    r"|(?<!notes )(?<!note )payable"
    # ("Maturity Date | August 15, 2013.": a term sheet's row)
    r"|due date for redemption)\s*(?:in full\s*)?(?:date\s*)?[:.|]?\s*"
    # "The principal is repayable in one installment on December 31, 2017"
    r"(?:in (?:one|a single) (?:installment|instalment|payment)\s+)?"
    r"(?:\(.{0,30}\)\s*)?"
    # "The maturity date for the Notes will be", "of each of the January
    # 2019 Notes is"
    # ("The maturity date of bonds is"; "of the Notes and the Investor Note
    # is")
    r"(?:(?:of|for) (?:each of )?(?:(?:the|this|each|these) )?(?:[\w-]+ ){0,3}?"
    # ("The maturity date of the loan was September 27, 2021", after "a
    # convertible loan agreement")
    r"(?:notes?|debentures?|bonds?|loan)\s+(?:and the (?:[\w-]+ ){0,2}(?:notes?|debentures?)\s+)?)?"
    # "becomes due and payable with accrued interest on"; "The Convertible
    # Note is payable, along with any and all accrued interest, on"
    r"(?:,?\s*(?:together |along )?with (?:any and all |all )?(?:accrued|any|unpaid|principal)"
    r"[^,.$]{0,40}?\s*,?\s+)?"
    # ("were due and payable, including accrued interest, on August 8, 2019")
    r"(?:,\s*including (?:all\s+)?(?:accrued|unpaid)[^,.$]{0,30},\s+)?"
    # "Interest ... is payable, along with the principal on or before"
    r"(?:,?\s*along with the principal,?\s+)?"
    # ("with a maturity date due in December 31, 2019")
    # ("The maturity date for the notes is set for September 30, 2025")
    # ("as the maturity date stands at Dec 30, 2018")
    # ("will mature at par on March 29, 2011"; "The maturity date at issue was
    # November 1, 2017")
    r"(?:at (?:issue|issuance)\s+)?"
    r"(?:is|of|shall be|will be|on|at par|at|was|stands at)?\s*(?:by\s+or\s+on\s*|on\s*|by\s*|(?<=due )in\s*|"
    r"set (?:for|to|at)\s*)?"
    # ("Maturity date | Mar. 19, 2028": a table's cells)
    # ("due on or around 6 August 2025"; "The Debenture will mature on the
    # August 3, 2021")
    r"(?:or (?:before|prior to|about|around)\s*)?(?:(?<=on )the\s+)?,?\s*(?:\|\s*)?$"
    # ("The loan is required to be paid in full on February 15, 2020")
    r"|\b(?:required to|must|shall|will)\s+be paid in full on\s*$"
    # "is due and payable no later than July 26, 2023"
    r"|\bdue and payable no later than\s*$"
    # "with the final redemption date being 25th May 2012"; "the Company shall
    # redeem the Notes in full on 25th May 2012"
    r"|\bfinal redemption date\s+(?:being|is|of|will be)\s*$"
    # ("The Bonds are redeemable on 29 December 2017"; "The Bonds were issued
    # on 2 June 2011 ... with a redemption date of 15 July 2016"; not a call:
    # "may be redeemable on or after", "notices to redeem ... on")
    r"|\bthe (?:[\w-]+ ){0,2}(?:notes|debentures|bonds) (?:are|were|will be) redeemable on\s*$"
    # ("the Bonds will be redeemed at 145.058 per cent at par on June 27,
    # 2012": a redemption price, then the day)
    r"|\bthe (?:[\w-]+ ){0,2}(?:notes|debentures|bonds) will be redeemed at [\d.]+\s?"
    r"(?:%|per\s?cent\b)(?: at par)?\s+on\s*$"
    r"|\bwith a redemption date of\s*$"
    # ("They are due for repayment at 100% of the nominal amount on 5
    # October 2025")
    r"|\bdue\s+for\s+repayment\s+at\s+\d[\d.]*\s*%\s+of\s+the\s+(?:nominal|principal)\s+amount\s+on\s*$"
    # (a term list's bullet: "· Redemption date: 31 March 2014")
    r"|^\W*[·•●▪]\s*(?:final\s+)?redemption\s+date\s*:\s*$"
    # ("or redeem full on the maturity date (12 June 2011)"; "until the close
    # of business on the scheduled trading day immediately preceding the
    # maturity date (November 15, 2018)")
    r"|\b(?:on|preceding)\s+the\s+maturity\s+date\s*\(\s*$"
    # ("the bonds to run till maturity in 5 years time (July 13 2014)")
    r"|\b(?:till|until)\s+maturity\s+in\s+(?:[\w-]+\s+){1,3}\(\s*$"
    # ("Once the term expires on 7 August 2017, the securities must be
    # converted")
    r"|\bonce\s+the\s+term\s+expires\s+on\s*$"
    # ("the end of term will be on 22 April 2016")
    r"|\bthe\s+end\s+of\s+(?:the\s+)?term\s+(?:will\s+be|is|shall\s+be)\s+on\s*$"
    # ("The maturity is two years, until Oct. 31, 2027")
    r"|\bmaturity\s+is\s+[^.;$]{0,30}?,\s+until\s*$"
    # ("The loan period shall commence on the payment date and expire on 31
    # January 2024")
    r"|\bloan period\b[^.;]{0,60}\bexpire\s+on\s*$"
    r"|\bshall redeem the (?:notes|debentures|bonds) in full on\s*$"
    # "Maturity Date: Closing of debt financing, or May 31, 2023, whichever
    # comes first" (an outside date)
    r"|\bmaturity date:\s*[^.;:]{2,60},\s*or\s*$"
    # "on the one-year anniversary date of the Note, or July 20, 2017"
    r"|anniversary (?:date )?of (?:the|such|this) (?:[\w-]+ ){0,2}?"
    r"(?:notes?|debentures?|loans?|issuance date|issue date),?\s+or\s*$"
    # "twelve months from the issue date of the Note or May 10, 2023"
    r"|\bmonths? from the (?:issue|issuance) date of (?:the|this) (?:note|debenture),?\s+or\s*$"
    # "with a term to September 18, 2014"; "the term of the bond ... ends on"
    r"|\bwith a term (?:to|ending(?: on)?)\s*$|\bterm\b[^.]{0,120}\bends\s+on\s*$"
    # "the principal amount being due to be repaid in full by the Company on"
    r"|\bdue to be repaid in full\b[^.;]{0,30}\bon\s*$"
    # "is payable at the term end of 16 August 2021"
    r"|\b(?:payable|due|repayable) at the term end of\s*$"
    # "The loan's due date for full repayment is December 31, 2014"; "The
    # repayment date of the Loan is 31 December 2014"
    r"|\b(?:due|repayment) date(?: for (?:full )?(?:re)?payment)?(?: of (?:the|this) (?:loan|note))?"
    r"\s+(?:is|was|shall be|will be)\s*$"
    # "The Convertible Debentures will have a 5 year term ending August 31,
    # 2027"
    r"|\b(?:year|month)s?\s+term\s+(?:ending|expiring)(?: on)?\s*$"
    # "a maturity period of six years, from December 10, 2020, to"
    r"|\b(?:maturity period|term)\b[^.]{0,40}\bfrom\s+\w+\.?\s+\d{1,2},?\s+\d{4},?\s+"
    r"(?:to|until|through)\s*$"
    # "repayment of the principal amount ... is to be made on or prior to"
    r"|\bis to be made on or (?:before|prior to)\s*$"
    # "until maturity, redemption or conversion, which will be no later than
    # March 31, 2022"; "until the balance is paid in full on November 13, 2016"
    r"|matur\w*[^.]{0,60}\bno later than\s*$|\b(?:re)?paid in full\s+(?:on|by)\s*$"
    # "the balance of the principal sum, together with accrued interest, shall
    # be paid no later than April 1, 2008"
    r"|\b(?:principal(?: sum)?|balance|together with accrued interest),?\s+"
    r"shall be (?:re)?paid no later than\s*$"
    # "matured on the earliest to occur of (i) February 9, 2012"; "shall
    # mature on the earlier of August 27, 2010 or demand"
    # ("shall be payable by the Maker on the earlier of: (i) September 30,
    # 2023")
    # ("the maturity date of the CLA was established to be the earlier of
    # (i) January 1, 2023")
    r"|(?:matur\w*|due|payable)\b(?:\s+by the (?:maker|company|borrower))?"
    r"(?:[^.]{0,12}?|\s+date\s+of\s+the\s+\w+\s+(?:was|is)\s+(?:established|set|fixed)\s+to\s+be\s+(?:the\s+)?"
    # ("The Notes are due and payable, together with accrued interest, on the
    # earlier of (i) January 11, 2016")
    r"|,?\s+together\s+with\s+(?:all\s+)?(?:accrued\s+(?:and\s+unpaid\s+)?|unpaid\s+)?"
    r"interest(?:\s+thereon)?,?\s+on\s+the\s+)"
    r"\bearl(?:ier|iest)(?: to occur)? of:?\s*"
    r"(?:\((?:i|a|1)\)\s*)?$"
    # "on the date (the "Maturity Date") which is the first to occur of (i)
    # December 7, 2001 or (ii) the date on which Holder gives an Acceleration
    # Declaration"
    # ("until the maturity date which is defined as the earliest of December
    # 31, 2013, or the closing of any subsequent financing"; "The maturity
    # date is the earlier of December 31, 2013 or")
    r"|\bmaturity date\W{0,3}\)?,?\s+(?:which\s+)?(?:is|shall\s+be)\s+(?:defined\s+as\s+)?the\s+"
    r"(?:first\s+to\s+occur|earl(?:ier|iest)(?:\s+to\s+occur)?)\s+of:?\s*(?:\((?:i|a|1)\)\s*)?$"
)
#: Labels further from the date: "The term of the 2016/2021 convertible bond
#: begins on the date of its initial issue ... and ends on 31 December
#: 2020"; a note's face, "promises to pay to the order of X ... the principal
#: sum of ... on December 17, 2023".
_MATURITY_FAR = re.compile(
    r"\bterm\b[^.]{0,160}\bends\s+on\s*$"
    # "The convertible bond has a term until December 31, 2020"
    r"|\b(?:notes?|debentures?|bonds?|loans?)\s+(?:has|have)\s+a\s+term\s+(?:until|through|ending on)\s*$"
    # ("Amortization every two months and term until 31/03/2027")
    r"|\band term until\s*$"
    # ("The maturity date of the Convertible Notes is the earliest to occur
    # of: (1) June 22, 2023 or (2) an event of default")
    r"|\bmaturity date of the (?:[\w-]+\s+){0,3}?(?:notes?|debentures?|bonds?)\s+(?:is|shall\s+be)\s+"
    r"the\s+(?:first\s+to\s+occur|earl(?:ier|iest)(?:\s+to\s+occur)?)\s+of:?\s*(?:\((?:i|a|1)\)\s*)?$"
    # "The note matures on the earlier of (i) the date on which the Company
    # liquidates ..., or (ii) June 30, 2015"
    r"|\bmatur\w*\b[^.]{0,12}?\bearl(?:ier|iest)(?: to occur)? of\b[^.]{0,360}?"
    r",?\s*(?:or|and)\s+\((?:ii|b|2)\)\s*$"
    # either leg of a list the note is due on the earlier of: "is due on the
    # earlier of (x) the date on which our common stock is listed on Nasdaq
    # and (y) July 1, 2024"; "until the maturity date, being the earlier of:
    # (i) November 25, 2018"
    r"|\b(?:matur\w*|due(?: and payable)?(?: in full)?)\b[^.]{0,20}?\bearl(?:ier|iest)"
    r"(?: to occur)? of\b:?\s*(?:[^.]{0,200}?(?:,?\s*(?:or|and)\s+|;\s*(?:and|or)?\s*))?"
    r"\((?:i|ii|x|y|a|b|1|2)\)\s*$"
    # (and "... on or before September 20, 2006"; "on or before the earlier
    # of (a) February 4, 2001 or (b)")
    r"|\bpromises? to pay\b(?:(?!interest|commenc|beginning|each).){0,400}?\bon"
    # ("promise to pay ... on the earliest to occur of (the “Maturity Date”)
    # (i) December 31, 2012")
    r"(?:\s+or\s+before)?(?:\s+the\s+earl(?:ier|iest)(?:\s+to\s+occur)?\s+of\s*"
    r"(?:\([^()]{0,30}\)\s*)?\((?:a|i|1)\))?\s*$"
    # "ZAP will repay the unpaid principal, together with any then unpaid and
    # accrued interest, on or before December 31, 2012"
    r"|\b(?:will|shall) repay the (?:unpaid |outstanding )?principal\b[^.]{0,100}?"
    r"\bon or before\s*$"
    # "provides for the payment of the principal amount, together with
    # interest at the rate of 12% per annum, on April 7, 2020"
    # ("Payment of principal and accrued interest under the January Note is
    # due and payable by FlexShopper, LLC on")
    r"|\bpayment of (?:the )?(?:unpaid |outstanding )?principal(?: amount)?\b[^.]{0,100}?\bon\s*$"
)
#: "interest is payable on": an interest date, unless the principal is due too
#: ("the principal and accrued interest is due on").
_INTEREST_DUE = re.compile(
    r"^(?:(?!principal).)*\binterest\s+(?:is\s+|was\s+|shall\s+be\s+|will\s+be\s+)?"
    r"(?:due|payable)\b[^.]{0,30}$"
    # ("for the interest payment (the “Interest Payment”) due December 31,
    # 2024")
    r"|\binterest payment\s*(?:\([^)]{0,40}\)\s*)?(?:is\s+|was\s+)?(?:due|payable)\b[^.]{0,30}$"
)


#: Notes issued under an indenture of that day: "The Notes were issued
#: pursuant to an Indenture, dated June 12, 2020" (the notes' own day, not
#: a deed's).
_ISSUED_UNDER_INDENTURE = re.compile(
    r"\b(?:notes?|debentures?)\s+(?:were|was)\s+issued\s+(?:pursuant to|under)\s+"
    r"an?\s+indenture\W{0,3}dated(?: as of)?\s+$"
)


#: Notes issued after shares in the same sentence: "the Company issued
#: 37,500,000 shares of its common stock ..., and $150.0 million aggregate
#: principal amount of its 5.50% Convertible Senior Notes" (the shares do not
#: make the day theirs alone).
_NOTES_AFTER = (
    r"(?![^;]*\band\s+\S{0,4}\d[\d.,]*\s*(?:million\s+|billion\s+)?"
    r"(?:in\s+)?(?:aggregate\s+)?principal\s+amount\b)"
)


def _not_an_issue_date(lowered: str, left: str, window: str) -> bool:
    """A date that is not the note's: a dateline, a filing's date, an
    agreement's execution ("a convertible debenture purchase agreement
    ("Agreement") executed on July 18, 2011"), or the warrants' ("warrants to
    purchase 15,124 shares ... were issued on November 14, 2024")."""
    return bool(
        _DATELINE.match(left)
        or "filed" in window[-40:]
        # a preliminary prospectus's own day: "SUBJECT TO COMPLETION, DATED
        # FEBRUARY 28, 2003"
        or rx.search(r"\bsubject to completion,?\s+dated\s*$", window) is not None
        # older notes' day, defined so after it: "6 3/4% Convertible
        # Subordinated Debentures due 2009, issued on July 26, 1999 (the "Old
        # Debentures")"
        or rx.match(
            r"^[^()]{0,25}\(\s*(?:the\s+)?[\"“](?:old|existing|prior|historical)\b",
            lowered[len(left) :],
        )
        # a maturity: "received $50,000 from CaiE due on November 17, 2017"
        # ("exchangeable notes issued in May 2004 that are due to mature on
        # May 27, 2009")
        or rx.search(r"\b(?:due|maturing|matures?|due to mature)\s+(?:on\s+)?$", window)
        is not None
        # an agreement's later assumption: "under a Securities Purchase
        # Agreement (the “SPA”), assumed on August 21, 2019, GH Capital Inc.
        # issued"
        or rx.search(r"\bassumed\s+(?:by\s+[^,;]{1,60}\s+)?on\s*$", window) is not None
        # a redemption's or a conversion's day: "The redemption ... will be
        # consummated on Jan. 22 at par"
        or rx.search(
            r"^\W*the\s+(?:redemption|repurchase|conversion|repayment|cancellation)\b"
            r"(?:[^.;]|\.(?=\s?\d)){0,120}"
            r"\b(?:consummated|completed|closed|effected|made|settled)\s+on\s*$",
            lowered[: len(left)],
        )
        is not None
        # the issue a tap adds to: "The convertible bonds will increase the
        # issue of EUR 58,800,000 convertible bonds issued by KUKA
        # Aktiengesellschaft on February 12, 2013"
        or rx.search(
            r"\bincrease\s+the\s+(?:issue|amount|size)\s+of\b[^.;]{0,160}\bissued\b[^.;]{0,80}$",
            left.lower()[-240:],
        )
        is not None
        # a document still to be signed: "pursuant to the provisions of an
        # indenture to be dated as of December 22, 2009"
        or rx.search(r"\bto\s+be\s+dated\s+(?:as\s+of\s+)?$", window) is not None
        # "Following announcement on 15 September 2015 of entry into a
        # convertible note agreement": an earlier announcement's day
        or rx.search(
            r"\bannouncements?\s+(?:made\s+|released\s+)?(?:on|dated|of)\s*$", window
        )
        # ("the press releases (fatos relevantes) dated October 26 and
        # November 8, 2020": earlier releases' days)
        or rx.search(
            # ("In a letter dated February 11, 2015, the FRB granted the Company
            # permission to extend the note")
            # ("The Central Government vide press note dated February 15,
            # 2010 permits revision in the conversion price")
            # ("Pricing Term Sheet dated October 15, 2013")
            # ("further to the Company's Immediate Report dated November 29,
            # 2018")
            # ("(see RNS dated 11 July 2016)")
            r"\b(?:press releases?|news releases?|notices?|letters?|press notes?|term sheets?"
            r"|(?:immediate\s+)?reports?|rns)\b"
            r"(?:\s*\([^)]{0,30}\))?\s+dated\s+"
            r"(?:[a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\s+and\s+)?$",
            window,
        )
        # the day an option was exercised, not the notes issued: "Notes sold
        # to the Initial Purchaser to its option to purchase additional
        # Notes, ..., which was exercised in full on December21, 2016"
        or rx.search(
            r"\boption\b[^.;]{0,160}\b(?:which\s+was\s+|was\s+)exercised\s+(?:in\s+full\s+)?on\s*$",
            left.lower()[-240:],
        )
        # a prospectus's day: "(Supplementing the Preliminary Prospectus
        # Supplement related to the Senior Convertible Notes dated February
        # 20, 2007)"
        or rx.search(
            r"\bprospectus(?:\s+supplement)?\s+(?:related|relating)\s+to\b[^.;()]{0,80}\bdated\s*$",
            left.lower()[-200:],
        )
        # "(see press releases dated April 11, 2024, and May 13, 2024)"
        # ("disclosed in an 8-K SEC filing dated November 8, 2024")
        # (nor a trust's, part of its name: "Fink Family Trust Dated October
        # 23, 2012")
        or rx.search(r"\b(?:filing|trust) dated\s*$", window)
        # another document's: "the Company's subsidiaries entered into a
        # Subsidiary Guarantee, dated as of December 20, 2018"
        or rx.search(
            r"\b(?:guarantee|guaranty|pledge agreement|security agreement|escrow agreement|"
            r"registration rights agreement)(?:\s*\([^)]{0,30}\))?,?\s+dated(?:\s+as\s+of)?\s*$",
            window,
        )
        # a merger's: "as a result of its merger (the "Merger") with and into
        # Pine Merger Sub, Inc., ..., which consummated on August 7, 2017"
        or rx.search(
            r"\b(?:merger|acquisition|amalgamation)\b"
            r"(?:[^.;]|(?<=inc)\.|(?<=corp)\.|(?<=ltd)\.|(?<=co)\.){0,200}\b"
            r"(?:which|that)\s+(?:was\s+)?(?:completed|consummated|closed)\s+on\s*$",
            left.lower()[-240:],
        )
        # the issuer's own share offering or merger, done on its day: "The IPO
        # was completed on May 31, 2016"
        or rx.search(
            r"^\W*(?:the|its|our)\s+(?:initial\s+public\s+offering|ipo|merger|business\s+combination|"
            r"acquisition|listing|reverse\s+merger)\s+(?:was|has\s+been)\s+"
            r"(?:completed|consummated|closed|effected)\s+on\s*$",
            lowered[: len(left)],
        )
        is not None
        # a holder's resale: "which syndication was completed on July 15, 2021
        # through the transfer of $50 million of Convertible Notes"
        or rx.search(
            r"\b(?:syndication|transfer|resale)\b[^.;]{0,40}\b(?:was\s+)?"
            r"(?:completed|consummated|closed)\s+on\s*$",
            window,
        )
        # a resale hold's end: "subject to a four-month hold period expiring
        # on November 9, 2022"
        or rx.search(
            r"\bhold(?:ing)?\s+period\s+(?:that\s+|which\s+)?(?:expir\w*|end\w*)\s+on\s*$",
            window,
        )
        # the day the issue ended, not began: "On June 30, 2015 this issuance
        # was refinanced with the secured borrowings"
        or rx.search(
            r"^\W*on\s+[^;]{4,30}?,?\s+(?:this|the|such|these)\s+(?:issuance|notes?|"
            r"debentures?|loans?)\s+(?:was|were)\s+(?:refinanced|repaid|redeemed|retired|"
            r"prepaid|extinguished)\b",
            lowered,
        )
        # a facility's: "convert the unsecured interest-bearing debt facility
        # with Sentient, in the aggregate principal amount of US$3,000,000,
        # dated April 29, 2014 ... into 9.0% ... convertible debentures"
        or rx.search(
            r"(?<!convertible )\b(?:credit|debt|loan)\s+facility\b[^;]{0,120},\s*dated\s*$",
            left.lower()[-200:],
        )
        # ("Further to the TSX Venture Exchange bulletin dated March 25, 2024")
        or rx.search(
            r"\b(?:(?:press|news) releases?|bulletins?)\s+dated\b[^()]{0,60}$", window
        )
        # another issue's day on its like terms: "The company sold $5.5
        # million of convertible promissory notes with similar terms on March
        # 19"
        or rx.search(
            r"\b(?:with|on)\s+(?:similar|substantially similar|identical|the same)\s+terms\s+on\s*$",
            window,
        )
        # a conversion's day: "On March 1, 2011, upon the conversion of $6.4
        # million of the principal amount of the convertible notes, 907,708
        # common shares were issued"
        or rx.match(r"\W*on\s+[^;]{4,30}?,?\s+upon\s+(?:the\s+)?conversion\b", lowered)
        # an offering document's: "the placement memorandum issued by the
        # Company on December 29, 2009"
        or rx.search(
            r"\b(?:memorandum|prospectus|circular|offering document)\s+issued\b[^.;]{0,40}\bon\s*$",
            window,
        )
        # an acquisition's day: "On May 6, 2014, we completed our acquisition
        # of all of the issued and outstanding shares of common stock of LSI"
        or rx.match(
            r"\W*on\s+[^;]{4,30}?,?\s+(?:we|the company|it)\s+(?:completed|closed)\s+"
            # (not a note issued in it: "completed the acquisition of USU and,
            # as part of the consideration, a $2.0 million convertible note
            # ... was issued")
            r"(?:our|its|the)\s+(?:acquisition|merger|purchase)\s+of\b"
            r"(?![^;]*\b(?:notes?|debentures?|bonds?)\b)",
            lowered,
        )
        # another issue's: "Another convertible 7.44 million litas (€ 2.15
        # million) par value bond issue was issued on January 30th, 2010"
        or rx.match(r"\W*another\s+convertible\b", lowered)
        # a valuation's day: "On October 14, 2011, the Company determined a
        # fair value of $504,907 ... using the Black Scholes Option Pricing
        # Model"
        or rx.search(r"\bblack[- ]scholes\b|\boption pricing model\b", lowered)
        # a certificate reissued to a transferee: "CXI issued a fresh loan
        # note certificate, pursuant to the Deed, to Mr De Lorenzo on 8
        # February 2023"
        or rx.search(
            r"\b(?:fresh|replacement)\s+(?:[\w-]+\s+){0,2}certificate\b", lowered
        )
        # a shareholders' meeting's day: "On 15 May 2019, the annual general
        # meeting adopted a convertible debenture program"
        or rx.search(
            r"\d{4},?\s+(?:the\s+)?(?:annual|extraordinary|special)\s+general\s+meeting\s+"
            r"(?:of\s+(?:the\s+)?(?:share|stock)holders\s+)?(?:adopted|approved|resolved|authori[sz]ed)\b",
            lowered,
        )
        # a facility's announcement, before any note is drawn under it: "On
        # 31 July 2019 European Lithium Limited (Company) announced a $10
        # million funding facility with Winance Investment LLC"
        or rx.match(
            r"\W*on\s+[^.;,]{6,20}?\d{4},?\s+[^.;]{0,80}?\bannounced\s+an?\s+"
            r"(?:[\w$.,-]+\s+){0,4}facility\b",
            lowered,
        )
        # a debt the proceeds repaid: "to repay and satisfy the outstanding
        # indebtedness under a certain Loan Promissory Note dated September
        # 19, 2011"
        or rx.search(
            r"\b(?:repay|repaid|satisfy|satisfied|retire|retired)\b[^.;]{0,120}\bunder\s+"
            r"(?:a|the|that)\s+certain\s+(?:[\w-]+\s+){0,3}note\s+dated\s*$",
            left.lower()[-200:],
        )
        # a later agreement to convert the notes: "On December 26, 2013,
        # BioLife Solutions, Inc. ... entered into note conversion agreements"
        or rx.match(
            r"\W*on\s+[^.;]{6,20}?\d{4},?\s+[^;]{0,120}?\bentered into\s+"
            r"(?:[\w-]+\s+){0,3}(?:debt\s+|note\s+)?conversion agreements?\b",
            lowered,
        )
        # a closing to come: "The exchange and issuances are expected to close
        # on or about November 21, 2024"
        or rx.search(
            # ("The transaction is expected to be closed on October 25, 2021")
            r"\b(?:expected|anticipated|scheduled) to (?:close|be (?:completed|closed)|settle)\s+"
            r"(?:on or about\s+|on\s+|or about\s+)?$"
            # ("The settlement and delivery of the 2028 OCEANES is expected to
            # take place on April 19th 2021 (the “Issue Date”)")
            r"|\b(?:expected|anticipated|scheduled) to take place\s+(?:on or (?:about|around)\s+|on\s+)?$"
            # a deadline: "the funding of (i) $187,500 ... to take place no
            # later than November 10, 2025 (the "First Closing")"
            r"|\bto take place\s+(?:no later than|on or before|by)\s*$"
            # another deal's closing: "extended the completion date for the
            # reverse merger to the closing date of April 15, 2011"
            r"|\bmerger\b[^.;]{0,60}\bclosing date of\s*$",
            window,
        )
        or rx.search(
            r"agreement\W{0,3}(?:\([^)]{0,30}\)\s*)?executed\s+(?:on\s+)?$", window
        )
        # (not a heading's "NOTES AND WARRANTS Effective July 27, 2011"; nor
        # the warrants a convertible's hedge sells: "The offering ..., the
        # hedge transactions and the warrant transactions each closed on May
        # 11")
        or rx.search(
            # (nor "notes and accompanying warrants on May 30, 2008")
            r"(?:(?<!notes and )(?<!debentures and )(?<!notes and accompanying )"
            r"(?<!debentures and accompanying )\bwarrants?\b(?!\s+transactions?\b)"
            r"|\bwarrants?\s+(?:purchase\s+)?agreement\b)"
            r"(?:(?!\bnotes?\b|\bdebentures?\b).){0,100}$",
            left.lower()[-110:],
        )
        # "9,655,542 shares of the Company's restricted Common Stock were
        # issued on August 16, 2024"
        or rx.search(
            r"\bshares\b[^.]{0,80}\b(?:were|was) issued\s+(?:on\s+)?$",
            left.lower()[-140:],
        )
        # a prospectus's date; a hypothesis ("assuming all Notes ... were
        # issued on March 3, 2006"); an announcement ("reported that [it]
        # entered into"); a placement agent's agreement; the older debt an
        # amended note restates ("amends and restates ... securities issued
        # by the Company on May 31, 2006"); units issued to settle a debt
        or rx.search(
            # ("pursuant to the Company's Confidential Private Placement
            # Memorandum dated April 27, 2012")
            r"\b(?:prospectus|(?:offering|placement) memorandum)\s+dated\s+$"
            r"|\bpreviously (?:reported|disclosed|announced) on\s+$",
            window,
        )
        # "This Promissory Note hereby replaces and supercedes the promissory
        # note previously issued ...: that certain note ... dated June 30,
        # 2004": the note replaced
        # ("is being issued in substitution for the Promissory Note issued on
        # September 30, 2013")
        or rx.search(
            r"\b(?:replaces|supersedes|supercedes|in substitution for|in replacement of)\b",
            left,
            re.IGNORECASE,
        )
        # "The security derives from an original promissory note dated June 2,
        # 2014": the earlier note's day (not "the same terms as the original
        # note dated July 13, 2016", the note itself)
        or rx.search(
            r"\b(?:derives? from|replac\w*|in exchange for)\s+(?:an?|the)\s+"
            r"(?:original|earlier|prior|previous)\s+(?:[\w-]+\s+){0,2}notes?\s+dated\s+$",
            window,
        )
        # "Trust Deed, dated April 13, 2011 (as amend on May 11, 2011 ...)":
        # the deed's date and its amendments'
        # (not "The Notes were issued pursuant to an Indenture, dated June 12,
        # 2020": the notes' own day)
        or (
            rx.search(
                # ("issued pursuant to a subscription deed dated 21 January
                # 2020"; "pursuant to a Convertible Loan Note Deed dated 18 July
                # 2022": the deed's day, the notes issued under it later)
                # ("pursuant to a loan note instrument dated 7 March 2018")
                # ("Convertible Loan Note Instrument ("CLN") dated 17 June 2014")
                # ("as amended and restated pursuant to a supplemental
                # instrument dated 26 September 2014")
                r"\b(?:trust deed|indenture|deed of trust|subscription deed|loan note deed|"
                r"loan note instrument|supplemental (?:instrument|deed|indenture))"
                r"(?:\s*\([^)]{0,30}\))?"
                r"\W{0,3}dated(?: as of)?\s+$"
                # a resolution's day: "a written special resolution dated 3
                # October 2023 was proposed to ... the noteholders"
                r"|\bresolution dated\s+$"
                r"|\bas amend(?:ed)? on\s+$",
                window,
            )
            and not _ISSUED_UNDER_INDENTURE.search(window)
            # (nor the indenture the notes were issued under that day: "that
            # certain Indenture, dated as of August 15, 2023 (the Indenture),
            # pursuant to which the Company issued $750,000,000 ... Notes")
            and not rx.match(
                r"[\w ,]{4,20}(?:\([^)]{0,40}\)\s*)?,?\s*pursuant\s+to\s+which\s+(?:the\s+company|we)\s+issued\b",
                lowered[len(left) :],
            )
        )
        # ("the indenture entered into between Kalytera and TSX Trust Company
        # (the “Trustee”) dated December 20, 2017")
        or rx.search(
            r"\bindenture entered into\b[^.;]{0,120}\bdated(?: as of)?\s+$",
            left.lower()[-200:],
        )
        or rx.search(
            _THE_NOTE_AMENDS + r"(?:[^.;]|\.(?=\d)){0,160}$", left, re.IGNORECASE
        )
        # the amendment's own day: "THIS SECOND AMENDMENT TO SENIOR
        # CONVERTIBLE PROMISSORY NOTE (this “Amendment”), is dated as of
        # February 12, 2024"
        or rx.search(
            r"\(this [\"“]amendment[\"”]\),?\s+(?:is\s+)?dated\s+(?:as of\s+)?$", window
        )
        # an amendment's day: "(as amended by that certain First Amendment to
        # Senior Convertible Promissory Note, dated as of October 6, 2023"
        or rx.search(
            r"\bamendment (?:no\.\s*\d+\s+)?to (?:the\s+|that certain\s+)?(?:[\w-]+\s+){0,4}"
            r"(?:note|debenture)s?,?\s+dated\s+(?:as of\s+)?$",
            left.lower()[-140:],
        )
        or rx.search(
            r"\bassuming\b|\breported that\b|\bplacement agen\w* agreement\b"
            r"|\bamends and restates\b"
            r"|\bissued [\d,]+ units\b",
            lowered,
        )
    )


def _a_blank_forms_face(window: str, after: str) -> bool:
    """Whether a date heads a form's face, its amount left blank, above its
    title: "US$___________ July 11, 2006 CONVERTIBLE UNSECURED PROMISSORY
    NOTE"."""
    return (
        rx.fullmatch(r"\W*(?:u\.?s\.?)?\s?\$\s?_{3,}\W*", window) is not None
        and rx.match(
            r"\s*(?:[A-Z]+\s+){0,3}(?:PROMISSORY\s+)?(?:NOTE|DEBENTURE)\b", after
        )
        is not None
    )


def _issue_score(sentence: str, lowered: str, date: DateValue) -> int | None:
    """How firmly the words around a date make it the issue date: a label
    (4), the head of the note, "dated" or "closed on" (3), "On <date>, ...
    issued" (2); None when they do not."""
    left = sentence[: date.start]
    window = left.lower()[-60:]
    after = sentence[date.end : date.end + 80]
    # "A further issuance of $750,000 convertible notes occurred on 6
    # November 2023"
    # ("The initial closing of $1,500,000 occurred on November 29, 2024")
    if rx.search(
        r"\bissuance of\b[^.;]{0,80}\b(?:notes?|debentures?|bonds?)\b[^.;]{0,20}\boccurred\s+on\s*$"
        r"|^\W*the\s+(?:initial\s+|first\s+)?closing\s+of\s+\S{0,5}\d[\d,.]*\s+"
        r"(?:(?:million|billion)\s+)?(?:occurred|took place)\s+on\s*$"
        # ("At the initial closing, which occurred on November 30, 2012, the
        # Company issued"; "At the closing under the Purchase Agreement, which
        # occurred on July 20, 2022, the Company issued")
        r"|^\W*at\s+the\s+(?:initial\s+|first\s+)?closing"
        r"(?:\s+under\s+the\s+(?:[\w-]+\s+){0,3}agreement)?,\s+which\s+(?:occurred|took place)"
        r"\s+on\s*$"
        # ("At the time of issuance on October 17, 2024, HYBE shares closed
        # at KRW 192,100")
        r"|^\W*at\s+the\s+time\s+of\s+(?:issuance|issue)\s+on\s*$"
        # (a news service's words for a closing done that day: "has completed
        # a private placement and issued unsecured convertible debenture for
        # gross proceeds of CAD 520,000 on February 10, 2023"; not "announced
        # a private placement ... for gross proceeds of ... on": the
        # announcement's)
        r"|\b(?:has|have)\s+(?:completed|closed)\b[^.;]{0,120}\bfor\s+(?:total\s+)?(?:gross\s+)?"
        r"proceeds\s+of\s+(?:[a-z]{2,3}\s?)?\S?[\d,.]+\s*(?:million\s+|billion\s+)?on\s*$"
        # ("Settlement and delivery of as well as admission to trading of the
        # bonds on the regulated market of NYSE Euronext in Paris took place
        # on 18 September 2012")
        # ("Settlement of the bonds took place on January 15, 2014")
        r"|^\W*settlement\s+(?:and\s+delivery\s+)?of\b[^.;]{0,140}\b(?:bonds|notes|oceanes)\b"
        r"[^.;]{0,80}\b(?:took\s+place|occurred)\s+on\s*$"
        # (a French release's board decision of the day: "decided to issue on
        # June 13, 2022, 60 OCAs numbered from 241 to 300")
        r"|\b(?:decided|resolved)\s+to\s+issue\s+on\s*$"
        # ("We issued, on November 12, 2002, the 4.75% Convertible
        # Subordinated Notes due November 15, 2007 in a private placement")
        r"|\b(?:we|the\s+company)\s+issued,\s+on\s*$"
        # (a term list's line: "Issued 12 June 2006 and up for redemption in
        # 5 years")
        # (not a table's rows, "Issued on May 8, 2020 (8% interest) $
        # 3,000,000", one note's each)
        r"|^\W*issued\s+$"
        # ("$9 million convertible debentures of NYX bearing interest at 6% per
        # annum (the "Debentures") subscribed for by Amaya on November 17, 2014")
        r"|\b(?:debentures|notes|bonds)[\"”]?\)?\s+subscribed\s+(?:for\s+)?by\s+[a-z][^.;,]{0,60}?\s+on\s*$",
        left.lower()[-160:],
    ):
        return 2
    # ("has completed the initial closing of $1,475,000 of its previously
    # announced private placement of up to $4,000,000 in secured convertible
    # promissory notes and accompanying warrants on May 30, 2008")
    if rx.search(
        r"\b(?:has|have)\s+completed\s+the\s+(?:initial|first|second|final)\s+closing\s+of\s+"
        r"\S{0,4}\d(?:[^.;]|\.(?=\d)){0,200}\bon\s*$",
        left.lower()[-280:],
    ):
        return 2
    # earlier bonds the new ones resemble: "The terms and conditions of the
    # Bonds to be issued now are similar to the convertible bonds issued on
    # 16 June 2009"
    # ("additional convertible debt ... with the same terms as the $20
    # million initial Senior Convertible Notes issued April 21, 2011")
    if rx.search(
        r"\bsimilar to the\b[^.;]{0,40}\bissued on\s*$"
        r"|\b(?:same|identical)\s+terms\s+as\s+the\b[^.;]{0,80}\bissued\s+(?:on\s+)?$",
        left.lower()[-160:],
    ):
        return None
    # nor a bond the new one's funds retire: "used to finance the voluntary
    # early redemption on June 1st, 2018, of the bond issued on October 30th,
    # 2015"
    if rx.search(_RETIRED_ISSUE + r"on\s*$", left.lower()[-160:]):
        return None
    # another deal's closing: "the closing date of the business combination,
    # which occurred on July 10, 2023 (the “Closing Date”)"
    if rx.search(
        r"\bclos(?:ing|ed)\b(?:\s+date)?\s+of\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,2}"
        r"(?:business combination|merger|acquisition|amalgamation)\b[^.;]{0,40}$"
        # a deadline, not a closing: "Equity Raise is required to close by
        # July 30, 2020 (“Closing Date”)"
        r"|\b(?:required|expected|scheduled|due)\s+to\s+close\s+(?:by|on or before|no later than)\s*$",
        left.lower()[-120:],
    ):
        return None
    if _ISSUE_LABEL.search(_label_window(left, 60)) or _ISSUE_LABEL_AFTER.match(after):
        return 4
    # the indenture signed as the notes were issued: "On August 24, 2018, in
    # connection with the issuance of $800 million aggregate principal amount
    # of its 2.00% Convertible Senior Notes due 2028 (the "Notes"),
    # MercadoLibre, Inc. ... entered into an indenture"
    if (
        _ON_START.search(left)
        and rx.match(
            # ("On November 25, 2013, Cardtronics, Inc. (the “Company”), in
            # connection with the closing of the Company's private placement
            # of its 1.00% Convertible Senior Notes due 2020 (the “Notes”),
            # entered into an indenture")
            r",\s+(?:[^;]{0,80}?,\s+)?in connection with the (?:issuance|closing) of\b[^;]{0,300}?"
            r"\bentered into\s+"
            r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}indenture\b",
            sentence[date.end :],
            re.IGNORECASE,
        )
        is not None
    ):
        return 2
    # "The Notes have a term of 10 years from the date of issuance, being
    # December 18, 2023"; a signature block's "have executed and delivered
    # this Debenture as of September 17, 2018"
    if rx.search(
        # ("18 months from the date of issue, this being 23 October 2013")
        r"\bfrom the date of (?:issuance|issue),\s+(?:this\s+)?being\s*$"
        r"|\bexecuted and delivered this (?:debenture|note)\s+as of\s*$",
        window,
    ) or _a_blank_forms_face(window, after):
        return 3
    # (not "Convertible Promissory Note (December 7th, 2018)": a title's
    # bracketed date, as a listing gives it)
    if (
        "for value received" in lowered[date.end : date.end + 160]
        # (not the day it promises to pay: "On December 31, 2009, The Small
        # Business Company, Inc., ... for value received, hereby promises to
        # pay")
        and not rx.search(r"\bon\s*$", window)
        # ("... NOTE Due On or Before September 30, 2019 ... for value received")
        and not rx.search(
            # ("$4,150,000.00 Due Date: November 30, 2018 Dated: May 30, 2014")
            r"\bdue(?: on or before| date)?:?\s*$|maturity date:?\s*$",
            window,
        )
        and not rx.match(r'^\s*\((?:the )?["“]maturity date', after, re.IGNORECASE)
        and not window.endswith("(")
        # (nor a board's resolution "DATED JANUARY 25, 2006" above the face)
        and not _AGREEMENT_DATED.search(window)
    ):
        return 3  # the date at the head of the note itself
    if (
        (
            # a note's face: "SECURED CONVERTIBLE NOTE $1,604,000 | March 25, 2004 |"
            rx.search(r"\b(?:note|debenture)\s*(?:us)?\$\s?[\d,.]+\s*\|?\s*$", window)
            # "The Group issued a US$30 million promissory note on July 23, 2021";
            # "The 2018 notes were issued at the closing of the exchange on"; "The
            # Company completed the offering of ... Notes on November 21, 2022"
            or rx.search(
                # ("publicly issued 45574186 convertible corporate bonds on July 7,
                # 2021")
                # ("has issued and allotted USD 200 million Foreign Currency
                # Convertible Bonds (FCCBs) on May 16, 2006")
                # ("had issued USD 4,20,00,000, 7.25% unsecured Foreign
                # Currency Convertible Bonds (“FCCBs”) on October 05, 2007")
                r"\b(?:issued|completed)\b(?:[^.]|\.(?=\d)){0,80}\b(?:notes?|debentures?|bonds?|convertibles)"
                r"(?:\s*\(\s*[\"“]?[a-z]{2,6}[\"”]?\s*\))?"
                # ("issued the BWP 50 000 000 convertible bond in the local
                # Botswana capital market on 3 September, 2007")
                r"(?:\s+in\s+the\s+(?:[\w-]+\s+){0,3}(?:capital|debt|bond)\s+market)?\s+on\s*$"
                # ("the US$10-million non-voting convertible promissory note,
                # which was issued on December 9, 2020 to RBC Trust")
                r"|\b(?:note|debenture|bond)s?,\s+which\s+(?:was|were)\s+issued\s+on\s*$"
                # ("8.0% Senior Secured Convertible Notes due 2008, issued on
                # May 19, 2005")
                r"|\b(?:note|debenture|bond)s?\s+due\s+\d{4},\s+issued\s+on\s*$"
                # "sold a $61,000 10% convertible promissory note due Nov. 5,
                # 2016 to Auctus Fund, LLC on Feb. 5"; "settled a private
                # placement of a $275,000 convertible promissory note with
                # Vista Capital Investments, LLC on May 24"
                r"|\b(?:issued|sold|settled\s+an?\s+(?:[\w$,.]+\s+){0,3}?private "
                r"placement\s+of)\s+(?:an?\s+)?[^;]{0,120}?\b(?:note|debenture)s?\b"
                r"[^;]{0,100}?\b(?:to|with)\s+[^;]{2,60}?\bon\s*$"
                # "... Notes (the "Convertible Notes") on October 1, 2010";
                # "... in a private placement on July 7"; "convertible loan
                # notes issued by Diaceutics on 15 October 2018"
                r"|\b(?:issued|sold)\b[^;]{0,120}\b(?:notes?|debentures?)\s*\([^)]{0,40}\)\s+on\s*$"
                # ("issued an unsecured convertible promissory note (the “May
                # 2014 Note”), in the amount of $500,000 on May 2, 2014")
                r"|\bissued\s+an?\s+(?:[\w-]+\s+){0,4}(?:note|debenture)\s*(?:\([^)]{0,40}\))?,?\s+"
                r"in\s+the\s+(?:principal\s+)?amount\s+of\s+\S{0,4}\d[\d,.]*\s+on\s*$"
                # ("The Note was purchased by the Investor from us pursuant to
                # a securities purchase agreement on March 13, 2023"; "were
                # issued pursuant to a Convertible Notes Purchase Agreement we
                # entered into on June 3, 2011")
                r"|\b(?:note|debenture)s?(?:\s+due\s+[\w ,]{4,24}?)?\s+(?:was|were)\s+(?:purchased|issued)\b[^;]{0,60}"
                r"\bpursuant\s+to\s+an?\s+"
                r"(?:[\w-]+\s+){0,4}agreement\s+(?:(?:we|the\s+company)\s+entered\s+into\s+)?on\s*$"
                # ("made an investment of $50,000 in Isoprene in the form of a
                # convertible promissory note (the “Isoprene Note”) on
                # September 10, 2020"; "entered into a loan agreement evidenced
                # by a convertible secured promissory note with Advanced
                # Technology Materials, Inc. (“ATMI”) on February 14, 2012")
                r"|\bin\s+the\s+form\s+of\s+an?\s+(?:[\w-]+\s+){0,3}(?:note|debenture)\s*"
                r"\([^)]{0,40}\)\s+on\s*$"
                r"|\bentered\s+into\s+an?\s+(?:[\w-]+\s+){0,8}?(?:note|debenture)\s+with\s+"
                r"[^;()]{2,80}?(?:\s*\([^)]{0,40}\))?\s+on\s*$"
                # ("sold $75,000,000 ... Notes due 2026 in a private
                # transaction on May 30, 2006")
                # ("issued and sold $125 million ... in private placement
                # transactions on February 19, 2004")
                r"|\b(?:issued|sold)\b[^;]{0,160}\bin (?:a )?private (?:placement|transaction|offering)s?"
                r"(?:\s+transactions)?\s+on\s*$"
                # ("has successfully closed the issue of its FCCBs aggregating
                # $50 million on June 30, 2011")
                # ("has closed the offering of convertible note in principal
                # amount US $10 million on May 12, 2009")
                r"|\bclosed\s+the\s+(?:issue|issuance|offering|placement)\s+of\s+(?:(?:its|the)\s+)?"
                r"(?:[\w-]+\s+){0,3}(?:notes?|bonds?|debentures?|fccbs)\b[^;]{0,60}\bon\s*$"
                # ("pursuant to which the Company issued on November 16, 2017
                # for a purchase price of $3,000,000, $3,350,000 in aggregate
                # principal amount of Senior Convertible Notes")
                r"|\bpursuant to which (?:the company|we) issued on\s*$"
                # ("the Company sold to an investor (the "Investor") on June 7,
                # 2024, in a private placement, an aggregate of $3,300,000 in
                # principal amount of 8% Original Issue Discount Senior Secured
                # Convertible Debentures")
                r"|\b(?:issued|sold)\s+to\s+an?\s+(?:[\w-]+\s+){0,2}investor\s*"
                r"(?:\([^)]{0,40}\)\s*)?on\s*$"
                # ("Redfund and Cannaki signed the two-year term convertible
                # secured promissory note on March 27th 2019")
                r"|\bsigned\s+(?:the|an?)\s+(?:[\w-]+\s+){0,6}?(?:note|debenture)\s+on\s*$"
                r"|\b(?:notes?|debentures?) issued by (?!the\b)[a-z][\w.&-]*(?:\s+[a-z][\w.&-]*){0,2}\s+on\s*$"
                # ("The convertibles were issued by Joyo Bank, Ltd. on April 24,
                # 2014")
                r"|\b(?:notes|debentures|bonds|convertibles)\s+were\s+(?:originally\s+)?issued\s+by\s+"
                # ("The Regulation S convertibles were originally issued by wholly
                # owned subsidiary Weimob Investment Ltd. on June 8, 2021")
                r"(?:(?:its\s+|a\s+)?wholly[- ]owned\s+subsidiary\s+)?"
                r"(?!the\b)[a-z][\w.&-]*(?:,?\s+[a-z][\w.&-]*){0,3}\s+on\s*$"
                # ("the subordinated convertible bond loan issued by DOF ASA
                # ("DOF" or the "Company") on 5 August 2016")
                r"|\bconvertible (?:bond loan|bonds?) issued by (?!the\b)[a-z][\w.&-]*"
                r"(?:\s+[a-z][\w.&-]*){0,2}\s*(?:\([^)]{0,60}\)\s*)?on\s*$"
                # ("promissory note (the “Note”) issued by the Company to VPEG
                # on August 21, 2017")
                # (the note the text defines, not "the secured debenture issued
                # by the Company to Cornell ... on May 17, 2004" that it
                # consolidates)
                r"|\b(?:notes?|debentures?)\s*\(\s*(?:the\s+)?[\"“](?:[\w-]+\s+)?(?:note|debenture)s?"
                r"[\"”]\s*\)\s*issued by the company to\s+[^;]{2,60}?\s+on\s*$"
                # ("The First Notes were originally issued by the Corporation
                # on July 9, 2020")
                # ("The Bonds were issued on 10 October 2013")
                # ("The convertible notes were issued effective November 20,
                # 2015"; "our 8% convertible debentures we issued in our June
                # 12, 2006, financing")
                r"|\b(?:notes?|debentures?|bonds?)\b[^.]{0,20}\b(?:were|was)\s+issued\s+effective\s*$"
                r"|\b(?:notes|debentures|bonds)\s+we\s+issued\s+in\s+our\s*$"
                # ("the mandatory convertible bonds it issued on 15th June
                # 2016")
                r"|\b(?:notes|debentures|bonds)\s+(?:it|we)\s+issued\s+on\s*$"
                r"|\b(?:notes?|debentures?|bonds?)\b[^.]{0,20}\b(?:were|was)\s+(?:originally\s+|initially\s+)?issued\b"
                # ("The debentures were issued in principal of $15.5 million on")
                r"(?:(?!matur)(?:[^.]|\.(?=\d))){0,60}\bon\s*$",
                left.lower()[-160:],
            )
            # ("its convertible debentures originally issued on May 30, 2018";
            # "the senior secured note (the “Note”) issued to an institutional
            # investor (the “Investor”) on March 31, 2021"; "3.00% convertible
            # bonds due 2025 issued on 21 January 2020"; not the notes an
            # exchange or a further issue leaves aside: "in exchange for the
            # Revolving Promissory Note originally issued on June 7, 2013",
            # "the Company's outstanding 0.50% Convertible Senior Notes due
            # 2024 issued on February 19, 2019")
            or (
                rx.search(
                    # ("The notes, issued on March 29, 2005, bear interest")
                    # ("3.5% senior secured convertible debentures of the
                    # Company due November 11, 2024 (the “Maturity Date”)
                    # originally issued to the Debenture Holders on")
                    r"\b(?:notes?|debentures?|bonds?)\b(?:\s+of\s+the\s+company)?"
                    r"(?:\s+due\s+(?:[a-z]+\s+\d{1,2},\s+)?\d{4})?(?:\s*\([^)]{0,40}\))?"
                    # ("loan notes ("CULs") issued and announced on 19 January
                    # 2021")
                    r",?\s+(?:originally\s+|initially\s+)?issued(?:\s+and\s+announced)?\s+"
                    r"(?:to\s+[^;]{2,80}?\s+)?on\s*$"
                    # ("12% convertible note payable issued October 25, 2012")
                    r"|\b(?:notes?|debentures?)\s+payable\s+issued\s*$",
                    left.lower()[-160:],
                )
                and not rx.search(
                    r"\b(?:outstanding|existing|exchange for|in exchange|replac\w*|refinanc\w*|prior)\b",
                    left.lower()[-160:],
                )
            )
            # ("The £300 million Guaranteed Convertible Bonds were issued by
            # Intu (Jersey) Limited (...), a wholly-owned subsidiary of Intu
            # Properties plc incorporated in Jersey, on 4 October 2012")
            or rx.search(
                r"\b(?:bonds|notes|debentures) (?:was|were) issued by [^.;]{1,200}?,\s+on\s*$",
                left.lower()[-260:],
            )
        )
        or (
            (
                _DATED.search(window)
                # (or a note's own promise: "Principal Amount: $500,000 |
                # Dated as of January 27, 2023 | ... (the “Maker”), promises
                # to pay")
                and _has(sentence, "note", "debenture", "promises to pay")
                # ("the Securities Purchase Agreement between the Company, the
                # Holder and others dated as of January 6, 2000": wider)
                and not _AGREEMENT_DATED.search(left.lower()[-120:])
            )
            or _CLOSED.search(window)
            # ("The securities were issued in a Dec. 31, 2009 private
            # placement")
            or (
                rx.search(
                    # ("its convertible notes, which were issued in a June 19, 2009
                    # private placement")
                    r"\b(?:notes|debentures|securities),?\s+(?:which\s+)?were\s+issued\s+in\s+an?\s*$",
                    window,
                )
                is not None
                and rx.match(r"\s*private\s+placement\b", after, re.IGNORECASE)
                is not None
            )
            # "£5.5 million advanced to the Company on 16 August 2019"
            # ("the £4.04 million convertible loan made available to the
            # Company on 30 March 2012")
            or rx.search(
                r"\b(?:advanced|made available) to (?:the company|us) on\s*$", window
            )
            # ("agreed to loan up $20,000,000 to the Company, of which
            # $8,000,000 was loaned on February 28, 2017")
            or rx.search(r"\b(?:was|were) (?:loaned|advanced|funded) on\s*$", window)
            # ("Elusys Holdings also ... on January 26, 2024 purchased from us
            # a convertible promissory note")
            or (
                rx.search(r"\bon\s*$", window) is not None
                and rx.match(
                    r",?\s*(?:purchased|bought|subscribed for)\s+from\s+(?:us|the company)\s+"
                    r"an?\s+(?:[\w$,.%-]+\s+){0,5}?(?:note|debenture)s?\b",
                    after,
                    re.IGNORECASE,
                )
                is not None
            )
            # ("a Notes Exchange Agreement ... pursuant to which, on May 9,
            # 2018, we issued $164.746 million of Convertible Senior Notes")
            or (
                rx.search(r"\bpursuant to which,?\s+on\s*$", window) is not None
                and rx.match(
                    r",?\s*(?:the company|we)\s+(?:issued|sold)\b", after, re.IGNORECASE
                )
                is not None
            )
            # "The Notes were issued pursuant to an Indenture, dated June 12,
            # 2020"
            or _ISSUED_UNDER_INDENTURE.search(window)
            # ("that certain Indenture, dated as of August 15, 2023 (the
            # Indenture), pursuant to which the Company issued $750,000,000
            # aggregate principal amount of the Companys 1.00% Convertible
            # Senior Notes due 2028")
            or (
                rx.search(r"\bindenture,?\s+dated\s+(?:as\s+of\s+)?$", window)
                is not None
                and rx.match(
                    r"\s*(?:\([^)]{0,40}\)\s*)?,?\s*pursuant\s+to\s+which\s+(?:the\s+company|we)\s+issued\b",
                    after,
                    re.IGNORECASE,
                )
                is not None
            )
            # "received funding for a 9.875% Convertible Promissory Note issued
            # as of January 19, 2012"
            or rx.search(
                # ("Pursuant to the Convertible Promissory Note entered into as of
                # 7/18/11")
                r"\b(?:note|debenture)\s+(?:was\s+)?(?:issued|entered into)\s+as\s+of\s*$"
                # ("This Convertible Note (the “Note”) is made effective as of
                # 07 October 2024")
                r"|^\W*this\s+(?:[\w-]+\s+){0,3}(?:note|debenture)\b(?:\s*\([^)]{0,30}\))?\s+"
                r"is\s+made\s+(?:and\s+entered\s+into\s+)?(?:effective\s+)?as\s+of\s*$",
                window,
            )
            # a note's form: "Name of Issuer: ... Dated: March 11, 1998";
            # "Original Issue. Date: June 30, 2006"; its signing line "DATED
            # this 3rd day of June, 2011."
            # ("Dated:_April 25, 2014___": a form's blank filled in)
            or rx.search(r"\bdated(?:\s+as\s+of)?:[\s_]*$", window)
            # ("Dated 9th February 2024" on a line of its own; not "Dated
            # December 11, 2007 to the Preliminary Prospectus")
            or (
                # ("Made as of July 8, 2007" under the title)
                rx.fullmatch(
                    r"\W*(?:dated|made as of|issued as of)\s+(?:this\s+|as of\s+)?",
                    left,
                    re.IGNORECASE,
                )
                is not None
                and rx.match(r"\s*(?:[.|]|$)", after) is not None
            )
            # (not a signature block's "Date: March 15, 2024 ... By: /s/")
            # ("US$1,505,192.55 Date: September 30, 2019": a face)
            or (
                (
                    rx.fullmatch(
                        # ("No. 1 U.S. $10,000,000 Date: September 28, 2001")
                        # ("USD$750,000.00 DATE: SEPTEMBER 2, 2010")
                        r"\W*(?:no\.\s*\d+\s+)?(?:(?:US|U\.S\.|USD)?\s?\$\s?[\d,.]+\s+)?date:\s*",
                        left,
                        re.IGNORECASE,
                    )
                    is not None
                    # ("Date May 14, 2001 Maturity Date: January 2, 2002": a
                    # face's label without its colon, beside the maturity's)
                    or (
                        rx.fullmatch(r"\W*date\s+", left, re.IGNORECASE) is not None
                        and rx.match(r"\s+maturity date:", after, re.IGNORECASE)
                        is not None
                    )
                )
                and not rx.search(r"\bby:|/s/", sentence, re.IGNORECASE)
                # (nor a news page's: "Date:2006-08-02 Source:Sinochem Group")
                and not rx.match(r"\s*source\s*:", after, re.IGNORECASE)
            )
        )
    ):
        return 3
    if (
        (
            _ON_START.search(left)
            and _ISSUE_VERB.search(sentence[date.end :])
            # (not a launch: "On March 23, 2021, Dufry One launched, and on
            # March 30, 2021, successfully completed the issuance")
            and not rx.match(
                r"\s*,?\s*(?:[\w&.-]+\s+){1,4}(?:launched|priced)\b",
                sentence[date.end :],
            )
            # (not a commitment: "On February 26, 2017, Sky Rover ... agreed to
            # loan up $20,000,000 to the Company"; "On February 16, 2017, the
            # Company secured commitments for $1,900 in funding in the form of
            # loans")
            and not rx.match(
                r"^(?:[^.;]|(?<=Mr)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=Ltd)\.|(?<=Inc)\.){0,140}?"
                r"\b(?:agreed to (?:loan|lend|advance|provide)|secured (?:commitments|a commitment) for)\b",
                sentence[date.end :],
            )
            # ("the Company issued $275,000 of convertible debt")
            and _has(
                sentence,
                "note",
                "debenture",
                "bond",
                "loan",
                "transaction",
                "convertible debt",
                "sukuk",
            )
            and not _has(sentence, "press release")
            # "On February 2, 2012 Sionix received funding for a ... Note issued
            # as of January 19, 2012": the sentence names the issue date itself
            # (or "pursuant to which the Company issued on November 16, 2017")
            # ("On October 19, 2005, Kings Road ..., holder of $10 million
            # ... of ... Notes due 2008, issued on May 19, 2005 ..., delivered
            # to the Company a letter")
            and not rx.search(
                # ("On March 3, 2021, Fulcher acquired 1,923,076 Common Shares
                # pursuant to the forced conversion of an unsecured
                # convertible debenture issued on December 31, 2019")
                rf"\b(?:note|debenture)\s+issued\s+(?:as\s+of|on)\s+{_MONTH_WORDS}"
                rf"|\bpursuant to which (?:the company|we) issued on\s+{_MONTH_WORDS}"
                rf"|\b(?:note|debenture|bond)s?\s+due\s+\d{{4}},\s+issued\s+on\s+{_MONTH_WORDS}",
                sentence[date.end :],
                re.IGNORECASE,
            )
            # "loaned the Company an additional $13,000": a later advance (not
            # "issued US$300 million notes ... and an additional US$45 million");
            # "issued 3,068,673 common shares": a conversion
            # (unless a new note is issued for it: "loaned the Company an
            # additional $2.0 million, and the Company issued to Mr. LaPenta a
            # new promissory note")
            and not (
                rx.search(
                    # ("executed a Follow-on Convertible Note")
                    # (not the option's: "including $25,000,000 of the notes
                    # pursuant to the Initial Purchasers' option to purchase
                    # additional notes")
                    r"^(?:(?!\bissued\b).)*\b(?<!purchase )(?:additional|further|follow-on)\b"
                    # (not "the Note was issued further an Amended and Restated
                    # Securities Purchase Agreement": "pursuant to", misspelt)
                    r"|\b(?:issued|sold|loaned|advanced)\s+(?:an?\s+)?(?:additional|further)\b"
                    r"(?!\s+an?\b)",
                    lowered[date.end :],
                )
                and not rx.search(
                    r"\bissued\b[^;]{0,60}?\ba new\s+(?:[\w-]+\s+){0,3}(?:note|debenture)\b",
                    lowered[date.end :],
                )
            )
            # ("On May 21, 2021, we issued to APX Sponsor an aggregate of
            # 4,312,500 Class B Ordinary Shares")
            and not rx.search(
                r"\bissued\s+(?:to\s+[^.;,$]{1,60}?\s+)?(?:a total of\s+|an aggregate of\s+)?[\d,]+\s+"
                r"(?:[\w-]+\s+){0,3}shares" + _NOTES_AFTER,
                lowered,
            )
            # (nor shares a conversion brought: "Accordingly, on 9 September
            # 2020, 103,626,943 Conversion Shares ... were allotted")
            and not rx.match(
                r"^\s*,\s*[\d,]+\s+(?:[\w-]+\s+){0,3}shares\b", lowered[date.end :]
            )
        )
        or (
            rx.search(r"\bon\s+$", window)
            and _ON_THEN_ISSUED.match(sentence[date.end : date.end + 200])
        )
        # "In consideration of the Investors' funding under the SPA, on June
        # 27, 2024, the Company issued and sold to each Investor"
        or (
            rx.search(r",\s+on\s+$", window)
            and rx.match(
                # ("In connection therewith, on July 2, 2008, the Company
                # executed a promissory note")
                r"^\s*,\s*the company\s+(?:issued|sold|executed(?=\s+an?\s+(?:[\w-]+\s+){0,2}note))\b"
                r"(?!\s+(?:a total of\s+|an aggregate of\s+)?[\d,]+\s)",
                after,
                re.IGNORECASE,
            )
        )
        # the agreement's day and the issue in one clause: "entered into a
        # securities purchase agreement (the "Purchase Agreement") on August
        # 16, 2024 with Arena Investors LP ("Arena") whereby it issued a
        # convertible promissory note"
        or (
            rx.search(
                # ("have entered into a Securities Purchase Agreement dated as
                # of May 10, 2016 (as the same may be amended ...), whereby
                # the Company issued and sold to the Holder, and the Holder
                # purchased from the Company, a 9% Original Issue Discount
                # Senior Secured Convertible Debenture")
                r"\bentered into an?\s+(?:[\w-]+\s+){0,4}agreement\s*(?:\([^()]{0,60}\)\s*)?"
                r"(?:on|dated(?:\s+as\s+of)?)\s*$",
                left.lower()[-160:],
            )
            and rx.match(
                r"(?:\s*\([^()]{0,300}\),?)?[^.;]{0,160}?\b(?:whereby|pursuant to which)\s+"
                r"(?:it|we|the company)\s+(?:issued|sold)(?:\s+and\s+sold)?\s+"
                r"(?:to\s+[^.;]{1,100}?\s+)?an?\s+(?:[\w%-]+\s+){0,8}(?:note|debenture)\b",
                sentence[date.end :],
                re.IGNORECASE,
            )
        )
        # ("On July 12, 2024, SC Worx Corp. (...) entered into a Securities
        # Purchase Agreement ("SPA") with certain accredited investors (...),
        # and, pursuant to the SPA, sold to the Investors a new series of
        # senior secured convertible notes")
        or (
            rx.search(r"(?:^|[\s(])on\s+$", window)
            and rx.match(
                r"^,[^;]{0,140}?\bentered into an?\s+(?:[\w-]+\s+){0,4}agreement\b[^;]{0,160}?"
                r"\band,?\s+pursuant\s+to\s+(?:the|such)\s+[^,;]{1,40},\s+(?:sold|issued)\s+to\b"
                r"[^;]{0,80}?\b(?:notes?|debentures?|bonds?)\b",
                sentence[date.end :],
                re.IGNORECASE,
            )
        )
    ):
        return 2
    return None


#: An amount alone on a note's face: "$150,000", "US$1,300,000.00".
_FACE_AMOUNT = r"\W*(?:U\.?S\.?)?\s?\$\s?[\d,]+(?:\.\d\d)?"
#: The place a note is made, in capitals, beside its face amount:
#: "$500,000.00 NEW YORK,NEW YORK".
#: (not a maturity beside the amount: "$500,000.00 DUE MARCH 1, 2005")
_FACE_PLACE = (
    r"(?:\s+(?!(?:DUE|MATUR\w*|PAYABLE|ON|BY)\b)[A-Z][A-Z.]+"
    r"(?:[ ,]+(?!(?:DUE|MATUR\w*|PAYABLE|ON|BY)\b)[A-Z][A-Z.]+){0,4})?"
)
#: A town and its state or country after a note's date: "Greenacres,
#: Washington", "New York, New York".
_PLACE_LINE = r"\W*(?:[A-Z][A-Za-z.]+\s*){1,3},\s*(?:[A-Z][A-Za-z.]+\s*){1,3}\W*"


def face_date_line(reader: Reader, sentence: str) -> bool:
    """Whether a sentence is only a date and a face amount, as a note's face
    sets them under its title ("June 28, 2018 $500,000")."""
    rest = sentence
    for date in reversed(reader.dates(sentence)):
        rest = rest[: date.start] + rest[date.end :]
    return rest != sentence and (
        rx.fullmatch(
            # (a section's number after: "Section 1.", or a bare "1.")
            r"\W*"
            + _FACE_AMOUNT
            + _FACE_PLACE
            + r"\W*(?:(?:(?:Section|Article)\s+)?[\dIVX]+\W*)?",
            rest,
        )
        is not None
    )


def date_alone(reader: Reader, sentence: str) -> bool:
    """Whether a line is one date and nothing else ("November 7, 2007")."""
    dates = reader.dates(sentence)
    return (
        len(dates) == 1
        and not sentence[: dates[0].start].strip(" ,.")
        and not sentence[dates[0].end :].strip(" ,.")
    )


def _face_date(reader: Reader, index: int, sentence: str) -> DateValue | None:
    """The date of a note's face: on a line of its own above its title ("18
    January 2019" then "Convertible Promissory Note"), or under the title
    with the face amount ("US$1,300,000.00 | 13 April 2011 |"; "June 28,
    2018 $500,000", a section's number perhaps after: "Section 1.")."""
    dates = reader.dates(sentence)
    if len(dates) != 1 or _period_heading(reader.sentences, index):
        return None
    date = dates[0]
    # (or under the title and its face amount's line, above the promise:
    # "CONVERTIBLE SUBORDINATED DEBENTURE", "$215,000.000 MARINA DEL REY,
    # CALIFORNIA", "FEBRUARY 2, 2000", "... for value received hereby
    # promises to pay")
    if date_alone(reader, sentence) and (
        _beside_title(reader.sentences, index)
        or (
            _title_at(reader.sentences, index - 2)
            and _promise_at(reader.sentences, index + 1)
        )
    ):
        return date
    # (the place the note is made after it, under the title and above the
    # promise: "CONVERTIBLE PROMISSORY NOTE AGREEMENT", "March 15, 2006
    # Greenacres, Washington", "... hereby promises to pay")
    if (
        not sentence[: date.start].strip(" ,.")
        and rx.fullmatch(_PLACE_LINE, sentence[date.end :])
        and _title_at(reader.sentences, index - 1)
        and _promise_at(reader.sentences, index + 1)
    ):
        return date
    # (the title right above a date and the note's number: "FORM OF 13.0%
    # CONVERTIBLE PROMISSORY NOTE", "December 30, 2014 Note No. 2014-A-1")
    if (
        not sentence[: date.start].strip(" ,.")
        and rx.fullmatch(r"\W*Note No\.?\s*[\w-]+\W*", sentence[date.end :])
        and _title_at(reader.sentences, index - 1)
    ):
        return date
    # (the title right above, above a place line, or right below: "NOTE",
    # "Tinton Falls, New Jersey", "$150,000.00 July 31, 2012 1.")
    # (or the promise right below: "$3,000,000.00 September 15, 2020", "The
    # undersigned (“Borrower”) promises to pay to the order of")
    # (or the maker's name between it and the title below: "$2,000,000
    # April 27, 2001", "CANNONDALE CORPORATION", "8% CONVERTIBLE
    # SUBORDINATED DEBENTURE DUE JUNE 28, 2005")
    if face_date_line(reader, sentence) and (
        any(_title_at(reader.sentences, at) for at in (index - 1, index - 2, index + 1))
        or _promise_at(reader.sentences, index + 1)
        or (
            _maker_at(reader.sentences, index + 1)
            and _title_at(reader.sentences, index + 2)
        )
    ):
        return date
    # (a note's effective day under its title and its maker's name: "SECURED
    # CONVERTIBLE REDEEMABLE DEBENTURE", "NEW MEDIA LOTTERY SERVICES, INC.",
    # "Effective July 20, 2009")
    if (
        rx.fullmatch(r"\W*Effective(?:\s+as\s+of)?\s*", sentence[: date.start])
        and not sentence[date.end :].strip(" ,.")
        and _maker_at(reader.sentences, index - 1)
        and _title_at(reader.sentences, index - 2)
    ):
        return date
    return None


def _maker_at(sentences: list[str], at: int) -> bool:
    """Whether the line at ``at`` is an organisation's name alone."""
    return (
        0 <= at < len(sentences)
        and ORGANISATION.fullmatch(sentences[at].strip(" .")) is not None
    )


def _promise_at(sentences: list[str], at: int) -> bool:
    """Whether the line at ``at`` opens with a note's promise to pay."""
    return 0 <= at < len(sentences) and (
        rx.search(
            r"promises? to pay|for value received", sentences[at][:300], re.IGNORECASE
        )
        is not None
    )


def _title_at(sentences: list[str], at: int) -> bool:
    """Whether the line at ``at`` is a note's title (a short line)."""
    return (
        0 <= at < len(sentences)
        and len(sentences[at]) <= 80
        and _TITLE.match(sentences[at]) is not None
    )


#: A financial report's period heading above its closing date ("12 Months
#: Ended", "Dec. 31, 2022", as an XBRL page of a note heads its text).
_PERIOD_ENDED = re.compile(
    r"\W*(?:\d{1,2}|three|six|nine|twelve)\s+months?\s+ended\W*", re.IGNORECASE
)


def _period_heading(sentences: list[str], index: int) -> bool:
    """Whether the line at ``index`` is the date under a period heading."""
    return index > 0 and _PERIOD_ENDED.fullmatch(sentences[index - 1]) is not None


def _beside_title(sentences: list[str], index: int) -> bool:
    """Whether the line at ``index`` stands above a note's title, or below
    it and its face amount ("Convertible Note", "$150,000", "December 17,
    2007")."""
    return (
        _title_at(sentences, index + 1)
        or (
            index >= 2
            and rx.fullmatch(_FACE_AMOUNT + r"\W*", sentences[index - 1]) is not None
            and _title_at(sentences, index - 2)
        )
        # (or below the title and above its labelled face amount:
        # "CONVERTIBLE PROMISSORY NOTE", "October 15, 2008", "Amount:
        # $100,000.00")
        or (
            0 < index < len(sentences) - 1
            and _title_at(sentences, index - 1)
            and rx.fullmatch(
                r"\W*(?:amount|principal(?:\s+amount)?)\s*:\s*" + _FACE_AMOUNT + r"\W*",
                sentences[index + 1],
                re.IGNORECASE,
            )
            is not None
        )
        # the maker's name between them: "March 30, 1999", "ORGANOGENESIS
        # INC.", "FORM OF 7% CONVERTIBLE SUBORDINATED NOTE"
        # (or the title run into the promise: "$5,000,000.", "November 7,
        # 2007", "GENESIS PHARMACEUTICALS ENTERPRISES, INC.", "6% CONVERTIBLE
        # SUBORDINATED DEBENTURE DUE NOVEMBER 30, 2010 FOR VALUE RECEIVED")
        or (
            index + 2 < len(sentences)
            and _maker_at(sentences, index + 1)
            and (_title_at(sentences, index + 2) or _promise_at(sentences, index + 2))
        )
    )


#: A release that announces a closing as done: "is pleased to announce that
#: it has closed its previously announced public offering of ...
#: debentures"; "today announced the closing of".
_CLOSED_TODAY = re.compile(
    r"\bannounce[sd]?\s+(?:today\s+)?(?:that\s+it\s+has\s+(?:closed|completed)|"
    # (not shares issued for debts: "announces that it has closed certain of
    # its previously announced shares for debt transactions and its
    # previously announced private placement")
    r"the\s+(?:closing|completion)\s+of)\b(?![^.]{0,60}\bshares for debt\b)[^.]{0,160}"
    r"\b(?:offering|placement|notes|debentures)\b",
    re.IGNORECASE,
)
#: A closing the release says happened on its own day: "is pleased to
#: announce that it closed today an offering (the "Offering") of 6.5%
#: convertible debentures".
_CLOSED_ON_THE_DAY = re.compile(
    r"\b(?:closed|completed)\s+today\b[^.]{0,160}\b(?:offering|placement|notes|debentures)\b"
    # ("is pleased to announce closing today of a previously announced
    # private placement")
    r"|\bclosing\s+today\s+of\b[^.]{0,160}\b(?:offering|placement|notes|debentures)\b"
    # ("the net proceeds of today's closing"; not a price: "today's closing
    # common stock price of $24.15")
    r"|\btoday['’]s\s+closing\b(?!\s+(?:[\w-]+\s+){0,3}(?:price|bid|quote|rate)\b)"
    # ("the closing of the $115,000,000 notes offering and the over-allotment
    # option took place simultaneously today")
    r"|\bclosing\s+of\b[^.]{0,160}\b(?:offering|placement|notes|debentures)\b[^.]{0,80}"
    r"\btook\s+place\s+(?:simultaneously\s+)?today\b"
    # ("BlackBerry's private placement ... of $365,000,000 of Debentures
    # that closed today")
    r"|\b(?:offering|placement|notes|debentures)\b[^.]{0,40}\b(?:that|which)\s+closed\s+today\b"
    # ("The exchangeable secured debentures ... are issuable in two separate
    # tranches - $5 million 9% ESDs which were issued today")
    # ("convertible loan notes ('CLN') to Vision Blue which have today been
    # issued")
    r"|\b(?:notes|debentures|bonds)\b[^.]{0,160}\b(?:that|which)\s+(?:(?:were|was)\s+issued\s+today"
    r"|(?:have|has)\s+today\s+been\s+issued)\b"
    # ("The $50 million aggregate principal amount of 5.25% Debentures
    # issued today bear interest")
    r"|\b(?:notes|debentures|bonds)\s+issued\s+today\b"
    # ("the Company has today issued 2,000,000 convertible notes to David
    # Reed")
    r"|\b(?:has|have)\s+today\s+issued\b[^.]{0,160}\b(?:notes|debentures|bonds)\b"
    # ("Fortuna today issued 6,000 Additional Debentures to the Underwriters")
    r"|\btoday\s+issued\s+[\d,]+\s+(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds)\b"
    # ("In settlement of the Exchange Offers, the Company issued today
    # $248,653,000 principal amount of its Senior Secured Notes due 2020 and
    # Ps. 283,533,200 ...")
    r"|\b(?:the company|we|it)\s+issued\s+today\b[^;]{0,200}?\b(?:notes|debentures|bonds)\b"
    # ("the Company has today raised funding of £120,000 through an issue of
    # a convertible unsecured loan note")
    r"|\b(?:has|have)\s+today\s+raised\b[^.]{0,80}\bthrough\s+(?:an|the)\s+issue\s+of\b"
    r"[^.]{0,60}\b(?:notes?|debentures?|bonds?)\b",
    re.IGNORECASE,
)
#: A wire's dateline inside the text: "New York, New York--(Newsfile Corp. -
#: November 12, 2021) -"; "VANCOUVER, BC / ACCESSWIRE / February 29, 2024 /".
_WIRE_DATELINE = re.compile(
    # (or with en or em dashes: "Toronto, Ontario\u2013(Newsfile Corp. \u2013
    # December 18, 2017) \u2013")
    r"(?:--|[\u2013\u2014])\((?:[A-Z][\w&]*\.?\s+){1,4}[-\u2013\u2014]\s+"
    r"([A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\)"
    r"|/\s*ACCESSWIRE\s*/\s*([A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*/"
    # a wire's place and day before the text: "JIASHAN, China, April 7, 2011
    # /PRNewswire via COMTEX/ --"; "SAN MATEO, Calif., June 11, 2019\u2013"
    # ("CLEVELAND, Ohio - July 19, 2013 - Forest City ...": the state
    # before a dash; "THE WOODLANDS, TX \u2014 October 4, 2010 \u2014": an em
    # dash)
    r"|(?<![\w,])[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3},\s+(?:(?:[A-Z][\w.]*\s*){1,3}(?:,|\s[-\u2013\u2014])\s+)?"
    r"([A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*(?:/[^/]{2,40}/\s*|\((?:GLOBE NEWSWIRE|BUSINESS WIRE)\)\s*)?"
    # ("DENVER, CO, November 23, 2010: PDC Energy": a colon)
    r"(?:--|[\u2013\u2014-]|:)"
)


def _closed_on_publication(reader: Reader) -> list[Found]:
    """A release's date, when it announces the closing as done that day (a
    wire's dateline: only when it says the closing was "today")."""
    if reader.published is not None:
        day = reader.published.isoformat()
        # (a wire's dateline is the announcement's day, and only a closing
        # "today" happened on it: "PALO ALTO, Calif., Oct. 08, 2024 (GLOBE
        # NEWSWIRE) -- ... today announced the closing of its previously
        # announced ... offering")
        return [
            Found(day, s, 2)
            for s in reader.sentences
            if (reader.published_in_words and _CLOSED_TODAY.search(s))
            or _CLOSED_ON_THE_DAY.search(s)
        ]
    # (an RNS announcement's date may follow its title, source, number and
    # issuer, each a line of its own)
    for sentence in reader.sentences[:6]:
        dateline = _WIRE_DATELINE.search(sentence)
        written = dates_in(next(g for g in dateline.groups() if g)) if dateline else []
        # (or a letter's date on its first line: "22 November 2013")
        alone = dates_in(sentence) if not written else []
        if (
            len(alone) == 1
            and not sentence[: alone[0].start].strip(" ,.")
            and not sentence[alone[0].end :].strip(" ,.")
        ):
            written = alone
        # (or a news site's date in brackets under the title: "Axtel Announces
        # Closing of Exchange Offers and Tower Sale Transaction [January 31,
        # 2013]")
        if (
            len(alone) == 1
            and sentence[: alone[0].start].rstrip().endswith("[")
            and sentence[alone[0].end :].strip() == "]"
        ):
            written = alone
        if written:
            day = written[0].date.isoformat()
            return [
                Found(day, s, 2)
                for s in reader.sentences
                if _CLOSED_ON_THE_DAY.search(s)
            ]
    return []


def _amendment_dates(reader: Reader, sentence: str, lowered: str) -> list[Found] | None:
    """The dates an amendment's sentence gives the note (None: not an
    amendment's sentence)."""
    # "THIS AMENDMENT NO. 1 to the 5% CONVERTIBLE ... NOTE ..., dated as
    # of May 12, 2016": the amendment's date
    if rx.match(r"^\W*this amendment\b", lowered) or rx.search(
        r"\b(?:entered into|executed|signed) an? (?:[\w-]+ )?(?:addendum|amendment)\b",
        lowered,
    ):
        # (but the note it amends may be dated there: "is made with
        # reference to the Convertible Promissory Note issued as of May
        # 5, 2016 (the "Note")")
        return [
            Found(date.date.isoformat(), sentence, 3)
            for date in reader.dates(sentence)
            if rx.search(
                r"\b(?:note|debenture)\s+(?:issued|dated)\s+(?:as of\s+|on\s+)?$",
                lowered[: date.start],
            )
            and rx.match(
                r"^\s*\((?:the\s+)?[\"“](?:note|debenture)[\"”]\)",
                lowered[date.end :],
            )
        ]
    # "On March 13, 2019, the Company and Iliad ... amended the September
    # 28, 2018 Secured Convertible Promissory Note": the note's date, not
    # the amendment's
    amended = [
        date
        for date in reader.dates(sentence)
        if rx.search(r"\bamended\s+(?:the|its|that certain)\s+$", lowered[: date.start])
        and rx.match(
            r"\s*(?:[\w-]+\s+){0,4}(?:notes?|debentures?)\b", lowered[date.end :]
        )
    ]
    if amended:
        return [Found(date.date.isoformat(), sentence, 3) for date in amended]
    return None


def _dates_an_agreement(reader: Reader, index: int, left: str) -> bool:
    """A "Dated as of" line under an indenture's or an agreement's title
    ("INDENTURE", a blank line, "Dated as of February 24, 2005"): the
    agreement's date, not a note's."""
    return (
        index > 0
        and rx.fullmatch(r"\W*dated\s+(?:as\s+of\s+)?", left, re.IGNORECASE) is not None
        and rx.search(r"\b(?:INDENTURE|AGREEMENT)\W*$", reader.sentences[index - 1])
        is not None
    )


#: A text about a later tranche: "has completed a second tranche of $1.3
#: million".
_A_LATER_TRANCHE = re.compile(
    r"\b(?:second|third|fourth|final|subsequent)\s+tranche\b", re.IGNORECASE
)


#: An issue dated apart from the agreement the sentence opens with:
#: "entered into a Notes Exchange Agreement ... pursuant to which, on May 9,
#: 2018, we issued".
ISSUED_APART = re.compile(
    r"\bpursuant to which,?\s+on\s+[^;]{6,25}?,\s*(?:the company|we)\s+(?:issued|sold)\b",
    re.IGNORECASE,
)


def _a_documents_date_line(sentences: list[str], index: int, lowered: str) -> bool:
    """Whether a line dates the document whose title is the line above it
    ("Pricing Term Sheet", "dated October 15, 2013"), or that supplements
    the prospectus the line below it names."""
    # (or two lines above, over a registration number: "Pricing Term Sheet",
    # "Registration File No. 333-172558", "dated as of March 2, 2011")
    if index == 0 or rx.match(r"\W*dated\b", lowered) is None:
        return False
    return any(
        rx.search(
            r"\bterm sheet\b|\b(?:prospectus(?: supplement)?|memorandum|circular|"
            r"(?:press|news) release)\W*$",
            above,
            re.IGNORECASE,
        )
        for above in sentences[max(0, index - 2) : index]
    ) or any(
        # (or above the prospectus it supplements: "Dated October 21, 2009",
        # "(To Prospectus dated October 20, 2009)")
        rx.match(r"\W*to\s+(?:the\s+)?prospectus\b", below, re.IGNORECASE) is not None
        for below in sentences[index + 1 : index + 2]
    )


def _a_term_sheets_settlement(reader: Reader, sentence: str, date: DateValue) -> bool:
    """Whether a date is a pricing term sheet's expected settlement, dated in
    full ("Trade Date: May 29, 2014.", "Settlement Date: June 3, 2014."), or a
    news service's after the item's own day ("Settlement date: April 12" in
    an item of April 7), not a closing the text reports."""
    if (
        # (or a table's: "Settlement date | March 26, 2007.")
        rx.search(
            r"\bsettlement date\s*[:|]?\s*$", sentence[: date.start], re.IGNORECASE
        )
        is None
    ):
        return False
    # (a news service's settlement still to come: "Settlement date:June 15"
    # in an item published on 5/25/2006)
    if rx.search(r"\d{4}", sentence[date.start : date.end]) is None:
        return reader.published is not None and date.date > reader.published
    return (
        reader.first(
            re.compile(r"\b(?:Trade|Pricing)\s+Date\s*:|\bterm sheet\b", re.IGNORECASE)
        )
        is not None
    )


def issue_dates(reader: Reader) -> list[Found]:
    found = _closed_on_publication(reader)
    # (not a plain bond's: "On 21 March 2016 a CHF 125 million bond ... was
    # issued", beside the convertible)
    about_the_note = [
        (index, sentence)
        for index, sentence in enumerate(reader.sentences)
        if not _A_PLAIN_BOND.match(sentence)
        # (nor the collateral's: "The Notes are secured by the assignment of
        # the Company's interests in ... Demand Note dated as of December 1,
        # 2015")
        and not _SECURED_BY_ANOTHER_NOTE.match(sentence)
    ]
    for index, sentence in about_the_note:
        lowered = sentence.lower()
        face = _face_date(reader, index, sentence)
        if face is not None:
            found.append(Found(face.date.isoformat(), sentence, 3))
            continue
        amendment = _amendment_dates(reader, sentence, lowered)
        if amendment is not None:
            found += amendment
            continue
        for date in reader.dates(sentence):
            left = sentence[: date.start]
            # (nor a later assignment's: "On December 2, 2011, the Company
            # agreed to the assignment of $500,000 in principal amount of an
            # outstanding note")
            # (nor an advance's day on a form: "Final Advance: on April 21,
            # 2012")
            if (
                _not_an_issue_date(lowered, left, left.lower()[-60:])
                or _a_documents_date_line(reader.sentences, index, lowered)
                or _a_term_sheets_settlement(reader, sentence, date)
                or rx.match(
                    r"^\W*(?:the company\s+)?(?:agreed to\s+)?(?:the\s+)?assign(?:ed|ment)\b"
                    # (nor warrants': "On June 5, 2024, the Company issued (i) a
                    # warrant to purchase 66,667 shares")
                    # (nor shares': "On February 9, 2023, the company issued
                    # shares from treasury in relation to the conversion")
                    r"|^\W*(?:the company|we)\s+issued\s+(?:\(i\)\s+)?(?:an?\s+)?"
                    r"(?:warrants?|(?:[\d,.]+\s+(?:million\s+)?)?(?:common\s+|ordinary\s+)?shares)\b"
                    + _NOTES_AFTER
                    # (nor the day holders use their right: "on December 7,
                    # 2018 the bondholders (...) of the exchangeable bond loan
                    # ... exercised their right to exchange the bonds")
                    + r"|^\W*(?:the\s+)?(?:note|bond|debenture)?holders\b[^;]{0,200}?"
                    r"\b(?:exercised|converted|elected)\b"
                    # (nor a holder's notice: "On May 16, 2014, Southridge
                    # Partners II, LP issued the First Notice of Conversion")
                    r"|^\W*[^;]{0,80}?\b(?:issued|delivered|submitted|sent|gave)\s+"
                    r"(?:the\s+company\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}"
                    r"(?:notices?\s+of\s+conversion|conversion\s+notices?)\b"
                    # (nor the buyers' choice to take more: "On March 6, 2024,
                    # the initial purchasers elected to exercise the option")
                    r"|^\W*(?:the\s+)?(?:initial\s+purchasers|underwriters)\s+"
                    r"(?:elected|exercised|notified)\b"
                    # (nor the day older notes were changed: "On December 31,
                    # 2018, the Company amended the convertible notes it issued
                    # in 2017")
                    r"|^\W*(?:the company|we)\s+amended\s+(?!and\s+restated\b)(?:the|its|our|certain)\b",
                    lowered[date.end :],
                )
                # (nor the older note this one is carved from: "as a result of
                # the assignment of a portion of the Company's April 30, 2008
                # debenture"; "evidenced by a certain convertible promissory
                # note issued on February 16, 2012")
                or rx.search(
                    r"\b(?:assignment|portion|part)\s+of\s+(?:the\s+company['’]s|its|our)\s+$",
                    left.lower()[-60:],
                )
                or _EVIDENCED_BY_AN_OLDER_NOTE.search(left[-200:])
                # (nor the indenture's, named only as what a right is provided
                # for in: "as provided for in the Indenture governing the Notes
                # dated as of October12, 2010")
                or rx.search(
                    r"\bas provided (?:for )?(?:in|under) the indenture\b[^;]{0,60}\bdated\s+"
                    r"(?:as\s+of\s+)?$",
                    left,
                    re.IGNORECASE,
                )
                # (nor the day of the agreement for a larger sum the note is
                # issued under: "the Note Purchase Agreement for $17 Million
                # Senior Secured Convertible Promissory Notes dated as of
                # January 5, 2005")
                or rx.search(
                    r"\bpurchase\s+agreement\s+for\s+\S{0,4}\d[^;]{0,120}\bdated\s+(?:as\s+of\s+)?$",
                    left,
                    re.IGNORECASE,
                )
                # (nor the agreement's, before the issue's own: "On May 8, 2018,
                # we entered into a Notes Exchange Agreement ... pursuant to
                # which, on May 9, 2018, we issued")
                or ISSUED_APART.search(lowered[date.end :])
                # (nor the first of several closings: "The Agreement specified
                # an initial closing date of April 23, 2020 and allowed
                # additional closings within 90 days")
                or (
                    rx.search(
                        r"\binitial\s+closing\s+date\s+of\s*$", left, re.IGNORECASE
                    )
                    is not None
                    and rx.search(r"\badditional\s+closings\b", lowered) is not None
                )
                # (nor a note the text defines as an agreement, issued on a
                # later day another sentence gives: "On November 18, 2024, we
                # entered into an unsecured convertible promissory note (“Note
                # Purchase Agreement”) ..." then "On December 4, 2024, the
                # Company received $200,000 ... and issued")
                or (
                    rx.match(
                        r"^,?\s*(?:we|the company)\s+entered\s+into\s+an?\s+[^;.]{0,80}?\bnote\s*"
                        r"\(\s*(?:the\s+)?[\"“][^\"”]{0,40}\bagreement[\"”]\s*\)",
                        lowered[date.end :],
                    )
                    is not None
                    and any(
                        other != sentence
                        and rx.search(r"\b(?:issued|funded)\b", other) is not None
                        and reader.dates(other)
                        for other in reader.sentences
                    )
                )
                # (nor the first issue's, beside additional notes: "an
                # additional US$6 million ... in connection with the Company's
                # bought deal offering that closed on October 2, 2019")
                or (
                    rx.search(
                        r"\b(?:offering|placement)\s+(?:that|which)\s+(?:closed|was completed)"
                        r"\s+on\s*$",
                        left,
                        re.IGNORECASE,
                    )
                    and rx.search(r"\badditional\b", left, re.IGNORECASE)
                )
                # (nor an earlier tranche's, in a text about a later one:
                # "Including the initial tranche of $500,000 completed on
                # October 11th 2017")
                or (
                    rx.search(
                        r"\b(?:initial|first)\s+tranche\b(?:[^.;]|\.(?=\d)){0,60}"
                        r"\b(?:completed|closed)\s+on\s*$",
                        left,
                        re.IGNORECASE,
                    )
                    and reader.first(_A_LATER_TRANCHE) is not None
                )
                or rx.search(
                    r"\b(?:advance|tranche|drawdown)\s*:\s*(?:on\s+)?$",
                    (
                        reader.sentences[index - 1]
                        if index and not left.strip(" on")
                        else ""
                    )
                    + " "
                    + left,
                    re.IGNORECASE,
                )
            ):
                continue
            score = _issue_score(sentence, lowered, date)
            if score is None or _dates_an_agreement(reader, index, left):
                continue
            # a note disclosed before yields to one this text issues: "As
            # previously disclosed ..., the Company has issued a consolidated
            # note, dated as of November 21, 2018"
            if rx.search(r"(?:^|\|)\W*as previously (?:disclosed|reported)\b", lowered):
                score = 0
            # the day of a note the text names as an earlier one: "on November
            # 14, 2022, ... entered into a Secured Bridge Note (“Prior Note”)
            # financing" (not beside a new one: "in exchange for")
            if _earlier_note_only(lowered):
                continue
            found.append(Found(date.date.isoformat(), sentence, score))
            # "on June 30 and July 28, 2020"; "issued on September 26, 2014,
            # September 26, 2015, December 28, 2015 and August 9, 2016": all
            # the dates of the list
            end = date.end
            for other in reader.dates(sentence):
                if other.start < end:
                    continue
                if not rx.fullmatch(
                    r"\s*(?:,\s*(?:and\s+)?|and|through|to|or)\s*",
                    sentence[end : other.start],
                ):
                    break
                found.append(Found(other.date.isoformat(), sentence, score))
                end = other.end
    return found


#: A note the text defines as an earlier one: "(“Prior Note”)", "(the
#: "Previous Notes")" (not "Existing" or "Original": a text about an
#: amendment often drafts that note itself).
_EARLIER_NOTE = re.compile(
    r"\(\s*(?:the\s+)?[\"“](?:prior|previous)\s+"
    r"(?:[\w-]+\s+)?(?:notes?|debentures?)[\"”]\s*\)",
    re.IGNORECASE,
)


def _earlier_note_only(sentence: str) -> bool:
    """Whether a sentence is about a note it names as an earlier one, with no
    new note beside it ("in exchange for", "replaces")."""
    return bool(
        _EARLIER_NOTE.search(sentence)
        and not rx.search(r"\b(?:new|exchange|exchanged|replac\w*)\b", sentence, re.I)
    )


def agreement_dates(reader: Reader) -> list[Found]:
    """ "On <date>, the Company entered into a Securities Purchase Agreement
    ... pursuant to which the Company agreed to sell ... a Note": the date
    the sale was agreed, which competes with a later closing date."""
    found = []
    for sentence in reader.sentences:
        if _earlier_note_only(sentence):
            continue
        # "pursuant to a Securities Purchase Agreement, dated as of June 16,
        # 2011, ... we completed a private placement"
        for date in reader.dates(sentence):
            if (
                rx.search(
                    # (not "the Standby Equity Purchase Agreement dated as of": an
                    # equity line, whose date is not the note's sale)
                    r"(?<!equity )(?:purchase|subscription|note|loan|exchange) agreement"
                    r"(?:\s*\([^)]*\))?,?\s+dated\s+(?:as of\s+)?$|\bspa\b,?\s+dated\s+$"
                    # ("a convertible debenture purchase agreement ("Agreement")
                    # executed on July 18, 2011")
                    r"|(?:purchase|subscription|note|loan) agreement\s*(?:\([^)]*\)\s*)?"
                    r"(?:executed|signed)\s+on\s+$",
                    sentence[: date.start].lower()[-80:],
                )
                and not rx.search(
                    # ("On April 11, 2024, ... issued and sold ... a ... note ...,
                    # pursuant to a previously disclosed securities purchase
                    # agreement, dated November 16, 2023": the sale is dated)
                    # ("On December 12, 2023, the Company ... issued a Senior
                    # Secured Convertible Note ..., pursuant to the previously
                    # disclosed Stock Purchase Agreement dated October 6, 2023")
                    r"\b(?:issued(?: and sold)?|sold)\b[^;]{0,450}\b"
                    r"previously (?:disclosed|announced|reported)\s+(?:[\w-]+\s+){0,4}agreement,?\s+"
                    r"dated\s+(?:as of\s+)?$"
                    # ("WHEREAS, on October 24, 2025, the Company issued a
                    # Convertible Note ... pursuant to a Securities Purchase
                    # Agreement dated September 19, 2025")
                    r"|\bon\s+[a-z]+\.?\s+\d{1,2},\s+\d{4},\s+(?:the company|we)\s+issued\b[^;]{0,300}"
                    r"\bpursuant to (?:a|the)\s+(?:[\w-]+\s+){0,4}agreement,?\s+dated\s+(?:as of\s+)?$",
                    sentence[: date.start].lower(),
                )
                and not rx.match(
                    # (nor the underwriting: "The Company sold the Notes under a
                    # purchase agreement, dated April 30, 2015, to J.P. Morgan
                    # Securities LLC and Jefferies LLC as representatives of the
                    # several initial purchasers")
                    # ("..., by and among the Company, L-1 Identity Solutions
                    # Operating Company and Bear, Stearns & Co. Inc. and Banc of
                    # America Securities LLC, as representatives (the
                    # "Representatives") of the several initial purchasers")
                    r"[^;]{0,260}?\b(?:representatives? of the several|initial purchasers?\b"
                    r"|underwriters?\b)",
                    sentence[date.end :],
                    re.IGNORECASE,
                )
            ):
                found.append(Found(date.date.isoformat(), sentence, 2))
        if not rx.search(
            r"\bentered into\b[^.]{0,120}\bagreement\b[^.]{0,200}\bagree[sd]? to "
            r"(?:sell|issue)\b|\bentered into (?:a|the) private placement\b"
            # ("entered into a new Securities Purchase Agreement with Asher
            # Enterprises, Inc. (“Asher”), for the sale of an 8% convertible
            # note")
            r"|\bentered into\b[^.]{0,40}\bpurchase agreement\b"
            r"(?:[^.]|(?<=inc)\.|(?<=ltd)\.|(?<=corp)\.){0,120}\bfor the sale of\b",
            sentence,
            re.IGNORECASE,
        ):
            continue
        for date in reader.dates(sentence):
            if _ON_START.search(sentence[: date.start]):
                found.append(Found(date.date.isoformat(), sentence, 2))
    return found


def _gone_notes_day(sentence: str, date: DateValue) -> bool:
    """A maturity of notes other than the one drafted: repaid, given in
    exchange, taken by an exchange offer, or defined as earlier ones."""
    before = sentence[: date.start].lower()
    return bool(
        # a balance sheet's day: "the balances due at April 30, 2013"
        rx.search(
            r"\bbalances?\s+(?:due|owed|outstanding)\s+(?:at|as\s+of)\s*$", before
        )
        # "we repaid the aggregate $220.0 million principal amount of our
        # March 2018 convertible senior notes at maturity on March 15, 2023":
        # notes gone, perhaps not this one
        or rx.search(
            r"\b(?:repaid|redeemed|retired)\b(?:[^.;]|\.(?=\d)){0,150}\bat (?:their )?"
            r"maturity on\s*$",
            before,
        )
        # "in exchange for a promissory note (the "Note") that had matured on
        # September 30, 2012": the note given up
        or rx.search(r"\bin exchange for\b[^;]{0,120}\bmatured on\s*$", before)
        # ("in exchange for $176,551,000 principal amount of its 3.75%
        # convertible senior notes due Oct. 1, 2014")
        or rx.search(_GIVEN_UP_FOR + r"(?:[^.;$]|\.(?=\d)){0,80}\bdue\s*$", before)
        # ("to finance the repurchase by Cap Gemini of the bonds convertible
        # in and/or exchangeable for new or existing shares (OCEANE) due
        # January 1, 2014")
        or rx.search(
            r"\b(?:repurchase|buy-?back|redemption)\s+(?:by\s+[^.;]{1,40}?\s+)?of\s+the\s+"
            r"(?:[\w-]+\s+){0,3}(?:bonds|notes|debentures)\b[^.;]{0,160}\bdue\s+$",
            before,
        )
        # ("Cubist intends to use a portion of the net proceeds of the offering
        # to repurchase approximately $191 million ... of its 2.25% ... Notes
        # due June 15, 2013")
        or rx.search(
            r"\bproceeds\b[^.;]{0,80}\bto\s+(?:repurchase|redeem|repay|retire)\b(?:[^.;]|\.(?=\d)){0,200}"
            r"\b(?:due|maturing)\s+(?:on\s+)?$",
            before,
        )
        # ("There is an existing issue of Convertible Notes, S$477.25 mln
        # nominal issued in Feb '07 ... and maturing on Feb 6 2012")
        or rx.search(
            r"\ban?\s+existing\s+issue\s+of\b[^;]{0,200}\bmaturing\s+on\s*$", before
        )
        # (or the issue a tap joins: "with the same terms and conditions as the
        # issue carried out by the Issuer on April 2013 for an amount of
        # €300,000,000 and due 25 April 2013")
        or rx.search(
            _EARLIER_ISSUE + r"[^.;]{0,120}\b(?:due|maturing)\s+(?:on\s+)?$", before
        )
        # ("used to repay existing guaranteed non-convertible bonds maturing on
        # April 3, 2019")
        or rx.search(
            r"\b(?:repay|redeem|refinance|retire)\s+(?:the\s+|its\s+|our\s+)?existing\b[^.;]{0,100}"
            r"\b(?:maturing|due)\s+(?:on\s+)?$",
            before,
        )
        # a dividend's: "declared a quarterly cash dividend of $0.17 per share
        # payable on August 25, 2011"
        or rx.search(
            r"\bdividends?\b(?:[^.;]|\.(?=\d)){0,80}\bpayable\s+on\s*$", before
        )
        # a credit facility's: "to repay a portion of Jovian's existing $15
        # million credit facility with Edco Capital Corporation ..., which
        # comes due on April 1, 2011"
        or rx.search(
            r"\b(?:credit|loan|bank)\s+facility\b[^;]{0,200}\bwhich\s+(?:comes|falls|is)\s+"
            r"due\s+on\s*$",
            before[-260:],
        )
        # the notes the issue refinances: "The Notes are being issued to
        # refinance exchangeable notes issued in May 2004 that are due to
        # mature on May 27, 2009"
        or rx.search(
            r"\brefinanc\w*\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}"
            # ("to refinance existing Convertible Debt in principal due on 1
            # February 2023")
            r"(?:notes|bonds|debentures|debt)\b[^.;]{0,80}\b(?:due|matur\w*)(?:\s+to\s+mature)?\s+(?:on\s+)?$",
            before,
        )
        # the notes an exchange offer takes
        or rx.search(EXCHANGE_OFFER_FOR + r"[^.;$]{0,80}\bdue\s*$", before)
        # notes already matured, which these replace: "in replacement of
        # previously outstanding convertible debentures ..., which matured on
        # Jan. 14, 2016"
        or rx.search(
            # ("replacing the Company's financing under the Company's
            # convertible loan 2017:2 ..., which fell due for payment 18 April
            # 2018")
            rf"\b(?:{_RETIRING}|in exchange for)\b[^.;]{{0,200}}\bwhich\s+"
            r"(?:matured\s+on|fell\s+due(?:\s+for\s+payment)?(?:\s+on)?)\s*$",
            before,
        )
        # the notes the proceeds retire: "to use a portion of the net proceeds
        # ... to fund the redemption of all of the REIT's 4.85% convertible
        # ... debentures (...) which mature on October 31, 2017"
        or rx.search(
            rf"\bproceeds\b(?:[^.;]|\.(?=\d)){{0,120}}\b{_RETIRING}\b[^;]{{0,200}}"
            r"\b(?:which|that)\s+(?:mature|matures|are\s+due|fall\s+due)\s+on\s*$",
            before,
        )
        # an earlier note's, defined by name: "with a maturity date of
        # December 31, 2023 (the "Historical Debentures")"
        or rx.match(
            r"^\s*\((?:the\s+)?[\"“](?:historical|existing|old|prior|original)\b",
            sentence[date.end : date.end + 40].lower(),
        )
    )


def _a_tables_heading(window: str, after: str, date: DateValue) -> bool:
    """A date a table's headings give, not a maturity: the last heading,
    then the next row's first cell ("| Interest | Maturity" and "November
    21, 2016(1) | $ - |", the issue date); or the balance days of two years
    side by side ("Maturity date December 31, 2016 December 31, 2015")."""
    if rx.search(r"\|\s*maturity(?: date)?\s*$", window) and rx.match(
        r"^\s*(?:\(\d\)\s*)?\|", after
    ):
        return True
    previous_year = rx.match(
        rf"\s*\|?\s*({_MONTH_WORDS})\s+(\d{{1,2}}),\s+(\d{{4}})", after, re.IGNORECASE
    )
    return (
        previous_year is not None
        and previous_year.group(1) == calendar.month_name[date.date.month].lower()
        and int(previous_year.group(2)) == date.date.day
        and int(previous_year.group(3)) == date.date.year - 1
    )


#: The notes redeemed on their maturity: "the convertible bonds will be
#: redeemed at their nominal amount on 26 July 2031"; "The bonds will be
#: redeemed at 139.36% of par on or about 12 April 2011" (lower case).
REDEEMED_ON = (
    r"\bwill be redeemed at (?:their|its) (?:nominal|principal|par) amount on"
    # ("the Bonds will be redeemed at par on 6 August 2029"; "will be
    # redeemed at par on or before 16 October 2010")
    r"|\bwill be redeemed at par on(?: or before)?"
    # ("Any convertible notes not converted will be redeemed on 6 November
    # 2025"; "will be issued at 100% ... and will be redeemed on 15 November
    # 2028")
    r"|\bnot (?:previously )?converted will be redeemed on"
    # ("If not converted, the Loan Notes will be redeemed by the Company on
    # 31 December 2011"; "If the notes have not been converted, they will be
    # redeemed on 3 October 2020 at par")
    r"|\bif (?:not|the (?:[\w-]+ )?(?:notes|bonds|debentures) have not been) converted,\s+"
    r"(?:the (?:[\w-]+ )?(?:notes|bonds|debentures)|they) will be redeemed"
    r"(?: by the company)?(?: at par)? on"
    r"|\b(?:notes|bonds|debentures|oceanes)\b[^.;]{0,120}\band will be redeemed on"
    # ("The CLN has a redemption date of 30 November 2022")
    r"|\b(?:has|have) a redemption date of"
    # ("the Bonds will be redeemed at 100 per cent. of their principal
    # amount on November 30, 2017")
    # ("the Bonds will be repaid at 100 per cent of their principal amount on
    # 16 May 2013")
    r"|\b(?:bonds|notes|debentures) will be (?:redeemed|repaid) at [\d.]+\s?(?:%|per\s?cent\.?|percent) "
    r"of (?:par|the principal "
    r"amount|their principal amount) on"
)


def _accelerated(sentence: str, date: DateValue) -> bool:
    """A default's acceleration, not the maturity: "the missed June interest
    payment constitutes an Event of Default ... and accordingly, the
    outstanding $35,791,759 ... were due and payable by July 23, 2020"."""
    return bool(
        rx.search(r"\bevent of default\b", sentence, re.IGNORECASE)
        and rx.search(
            r"\b(?:accordingly|as a result|therefore|consequently)\b[^.;]{0,200}"
            r"\bdue and payable\s+(?:by|on)\s*$",
            sentence[: date.start].lower()[-260:],
        )
    )


#: The day named as the maturity beside it: "On June 30, 2011, the maturity
#: date of the note, the holder ... converted".
_NAMED_THE_MATURITY = re.compile(
    r"\s*,\s*(?:being\s+)?the\s+(?:stated\s+|original\s+)?maturity\s+date"
    r"(?:\s+of\s+(?:the|this|such)\s+(?:[\w-]+\s+){0,2}(?:notes?|debentures?|loans?|bonds?))?\s*,"
)


#: The words after a maturity's day that say so: the maturity in apposition
#: ("Instead, on May 9, 2021, the maturity date of the LYONs, a holder will
#: receive $1,000 per LYON"), or the day the loan period ends, the bond then
#: due ("ends on 7 September 2014 when the convertible bond will be due in
#: its entirety").
_MATURITY_AFTER_THE_DAY = re.compile(
    r"\s*,\s*the\s+(?:stated\s+|final\s+)?maturity\s+date\s+of\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:notes?|bonds?|debentures?|lyons|securities)\b"
    r"|\s*,?\s*when\s+the\s+(?:[\w-]+\s+){0,2}(?:bonds?|notes?|loans?|debentures?)\s+"
    r"(?:will|shall)\s+be\s+(?:due|repaid)\s+in\s+(?:its|their)\s+entirety\b"
    # ("with December 20, 2015 being the maturity date")
    r"|\s+being\s+the\s+(?:stated\s+|final\s+)?maturity\s+date\b"
)


def _maturity_of(sentence: str, date: DateValue) -> int | None:
    window = sentence[: date.start].lower()[-70:]
    after = sentence[date.end : date.end + 60].lower()
    if (
        _gone_notes_day(sentence, date)
        or _accelerated(sentence, date)
        # a cell that holds more than the date is a column's title: "Maturity
        # Date | March 31, 2021 Principal Balance"
        # (not a row's full stop: "Maturity Date | August 15, 2013."; nor its
        # remark in brackets: "Maturity | 15.01.2026 (approx. 5.3 years)")
        or (
            window.rstrip().endswith("|")
            and not rx.match(r"\s*\.?\s*(?:\([^()|]{0,40}\)\s*)?(?:\||$)", after)
        )
    ):
        return None
    if _a_tables_heading(window, after, date):
        return None
    # "The first such payment is due April 16, 2023": an instalment's day
    if rx.search(
        # ("with the first interest payment due May 1, 2019")
        # ("The first capital repayment of one-third of the outstanding loans
        # is due to be repaid on 30 September 2023")
        r"\bfirst\s+(?:such\s+)?(?:monthly\s+|quarterly\s+)?(?:interest\s+|capital\s+)?"
        r"(?:payment|repayment|installment|instalment)\b"
        r"[^.;]{0,50}\bdue\s+(?:and payable\s+|to be (?:re)?paid\s+)?(?:on\s+)?$"
        # ("Interest was first payable on September 3, 2013 and was payable
        # on the first trading day of each month thereafter")
        r"|\binterest\s+(?:was|is|will be|shall be)\s+first\s+(?:due\s+and\s+)?payable\s+on\s*$"
        # ("a pro rata temporis coupon will be payable on Jan. 1, 2011")
        r"|\b(?:pro rata temporis|first|initial|short)\s+coupon\b[^.;]{0,40}\b(?:payable|paid)\s+on\s*$"
        # ("Interest for the period from the date hereof through December 13,
        # 2002 shall be due and payable on December 14, 2002")
        r"|\binterest for the period\b[^;]{0,80}\b(?:due and payable|payable|due)\s+on\s*$"
        # ("would have amortized in four equal payments payable on January
        # 20, 2016, February 20, 2016, ...": instalments' days)
        r"|\b(?:amortized|amortize|repaid|repayable)\s+in\s+(?:[\w-]+\s+){1,3}"
        r"(?:payments|installments|instalments)\s+(?:payable|due)\s+(?:on\s+)?$"
        # ("The payments due on September 30, 2019, December 31, 2019, and
        # March 31, 2020 were not paid")
        r"|\b(?:payments|installments|instalments)\s+due\s+on\s*$",
        sentence[: date.start].lower()[-120:],
    ):
        return None
    # a term's start: "due eighteen (18) months from May 10, 2013 (the
    # “Maturity Date”)" (the term gives the maturity)
    if rx.search(r"\b(?:days?|months?|years?)\)?\s+(?:from|after)\s*$", window):
        return None
    # (the text may double a quote: "(the “Maturity Date””)"; a word may
    # come first: "(the “EMA Maturity Date”)", "(the “Scheduled Maturity
    # Date”)")
    # ("(in either case, the “Maturity Date”)")
    # ("(hereinafter: the “Repayment Date”)"; "March 3, 2005 or earlier if
    # accelerated in accordance with Section 1(b) of this Note (the
    # “Maturity Date”)")
    if rx.match(
        r"^\s*(?:,?\s*or (?:such )?earlier\b(?:[^()\"“;.]|\([a-z0-9]{1,3}\)){0,100})?"
        # ("(the `Maturity Date')": a typewriter's quotes)
        r"\((?:in (?:either|each|any) case,\s*)?(?:hereinafter:?\s*)?(?:the )?[\"“`‘']"
        r"(?:[\w-]+ ){0,2}?(?:maturity|due|repayment) date[\"”'’]+\)",
        sentence[date.end : date.end + 180].lower(),
    ):
        return 4
    # "For purposes of this Note, “Maturity Date” means December 7, 2014"
    # ("(a) Payment of Principal. The “Maturity Date” shall be March 30,
    # 2016.")
    # ("maturity date shall be ninety days after issuance of note, which is
    # July 12, 2023")
    if rx.search(
        r'["“]maturity date["”]\s+(?:means|shall mean|shall be)\s*$', window
    ) or rx.search(
        r"\bmaturity date\s+(?:shall be|is|will be)\b[^.;]{0,80},\s*which is\s*$",
        sentence[: date.start].lower()[-140:],
    ):
        return 4
    # "the maturity date of the Investor Notes is March 11, 2060": the notes
    # the holder gave the company, not this one
    # (not "The maturity date of the Notes and the Investor Note is": both)
    if rx.search(_INVESTOR_NOTES + r"[^.]{0,20}$", window) and not rx.search(
        r"\bnotes?\s+and\s+the\s+" + _INVESTOR_NOTES, window
    ):
        return None
    # ("The Debenture shall mature, unless extended by the holder in
    # accordance with the terms of the Debenture, on May 16, 2010"; "The
    # debentures, which expire on 19 October 2028")
    if (
        _MATURITY_FAR.search(sentence[: date.start].lower()[-400:])
        or rx.search(
            r"\b(?:shall|will)\s+mature,\s+unless\s+[^;.]{0,120}?,\s+on\s*$"
            r"|\b(?:debentures?|notes?|bonds?),?\s+which\s+expires?\s+on\s*$"
            # ("five (5) years counted from the Issuance Date, maturing,
            # therefore, on October 26, 2025")
            r"|\bmaturing,\s+therefore,\s+on\s*$"
            # ("matures 9 months from the date of issuance on March 24, 2011")
            r"|\bmatures?\s+[\w-]+(?:\s*\(\d{1,3}\))?\s+(?:days?|months?|years?)\s+(?:from|after)\s+"
            r"(?:the\s+)?(?:date\s+of\s+)?(?:issuance|issue)\s+on\s*$"
            # ("They are due for repayment at the nominal amount on 5 September
            # 2026")
            # (not an old loan's: "which was due for repayment on 31 December
            # 2011"; and only with the amount repaid or the notes as the
            # subject, not "The loan is interest free and due for repayment
            # on July 1, 2010": a director's other loan)
            r"|(?<!was )(?<!were )\bdue\s+for\s+repayment\s+at\s+(?:the\s+|their\s+)?(?:nominal|principal|face)\s+"
            r"(?:amount|value)\s+on\s*$"
            # ("The Loan Notes are due for repayment on 30 April 2013")
            r"|\b(?:notes|bonds|debentures|they)\s+(?:are|will be)\s+due\s+for\s+repayment\s+on\s*$"
            # ("convertible bonds ... with a term that runs until 29 March 2023")
            r"|\b(?:bonds?|notes?|debentures?)\b(?:[^.;]|\.(?=\d)){0,120}\bwith\s+a\s+term\s+"
            r"(?:that|which)\s+"
            r"(?:runs|expires|ends)\s+(?:until|on)\s*$"
            # ("issued a convertible loan of 175 million francs running until
            # March 31, 2025"; "has a term up until Dec. 11, 2020")
            r"|\b(?:loan|bonds?|notes?|debentures?)\b[^.;]{0,60}\brunning\s+until\s*$"
            r"|\b(?:has|with)\s+a\s+term\s+(?:up\s+)?until\s*$"
            # ("The bonds ... were to be redeemed with a premium of 28.03% on
            # April 14, 2011, if not converted earlier")
            r"|\bto\s+be\s+redeemed\s+(?:at|with)\s+a\s+premium\s+of\s+[\d.]+\s?%\s+on\s*$"
            # ("The Notes are repayable, if not previously converted, on 31
            # March 2021")
            r"|\brepayable,\s+(?:if|unless)\s+not\s+(?:previously\s+|earlier\s+)?converted,\s+on\s*$"
            # ("a Convertible Note ... with a face value of A$1.0 million, with
            # expiry on 31 December 2023")
            r"|\bconvertible\s+(?:loan\s+)?notes?\b(?:[^.;]|\.(?=\d)){0,80}\bwith\s+expiry\s+on\s*$"
            # ("The CLNs have an annual coupon of 6%, expire on 4 July 2020")
            r"|\b(?:clns|loan notes)\b[^.;]{0,60},\s+expire\s+on\s*$"
            + rf"|(?:{REDEEMED_ON})\s*(?:or about\s+)?$"
            # ("The Convertible Notes are due and payable, unless earlier converted
            # into common stock as discussed below, on September 2, 2027")
            r"|\b(?:notes?|debentures?|bonds?)\s+(?:are|is)\s+due and payable,\s+unless\s+[^,;.]{0,100},\s+on\s*$"
            # ("The principal amount owing under the Debenture will bear
            # interest at 2% and will be payable in cash on October 15, 2021")
            r"|^\W*the\s+principal\s+amount\s+(?:owing|outstanding)\s+under\s+the\s+"
            r"(?:debenture|note|bond|loan)\b[^;]{0,60}\b(?:will|shall)\s+be\s+(?:re)?payable\s+"
            r"(?:in\s+(?:full|cash)\s+)?on\s*$",
            sentence[: date.start].lower()[-160:],
        )
        or _NAMED_THE_MATURITY.match(after)
        or _MATURITY_AFTER_THE_DAY.match(after)
        # ("prior to the close of business on the business day immediately
        # preceding the October 1, 2017 maturity date"; not another note's:
        # "the March 15, 2023 maturity date of the 2018 notes")
        or (
            rx.search(r"\bthe\s*$", window)
            and rx.match(r"\s+maturity\s+date\b(?!\s+of\b)", after)
        )
    ):
        return 3
    # "Unless previously redeemed, converted or repurchased and canceled, the
    # Credit Enhanced Bonds will be redeemed on December 2, 2025 at 105.11%"
    if rx.search(r"\bwill be redeemed\s+(?:in full\s+)?on\s*$", window) and rx.match(
        r"\W*unless (?:previously|earlier) (?:redeemed|converted)\b", sentence.lower()
    ):
        return 3
    # "For value received, on or before March 4, 2004, the undersigned ...
    # promises to pay": the day the maker promises to pay by
    if rx.search(r"\bfor value received,?\s+on or before\s*$", window) and rx.match(
        r"[^.;]{0,240}\bpromises? to pay\b", sentence[date.end :].lower()
    ):
        return 3
    # (or a table row's later cell: "|Maturity date |June 15, 2030 |June 1,
    # 2032")
    # (an interest's day is no maturity, unless the principal is named before
    # it, beyond the label's window: "The unpaid principal amount and all
    # accrued and unpaid interest shall be due and payable on November 9,
    # 2020")
    if _MATURITY_LABEL.search(
        _label_window(sentence[: date.start], 70)
    ) and not _INTEREST_DUE.search(sentence[: date.start].lower()[-160:]):
        # a title, "CONVERTIBLE NOTE DUE JUNE 30, 2016", states it as
        # firmly as a defined Maturity Date
        # (not "These notes, as amended, are due December 31, 2019.": a
        # statement, with its verb)
        title = (
            len(sentence) <= 80
            and not sentence[date.end :].strip(" .")
            and not rx.search(r"\b(?:are|is|were|was|will|shall)\b", sentence, re.I)
        )
        # (and as firmly as a note named with its amount: "a Convertible
        # Promissory Note in the total amount of US$10,000,000 due June 30,
        # 2020")
        named = rx.search(r"\bnote\b[^.$]{0,40}\$\s?[\d,.]+\s+due\s*$", window)
        return 4 if (title or named) and rx.search(r"\bdue\s*$", window) else 3
    return None


def _maturity_dates(
    sentence: str, issue: datetime.date | None, dates: list[DateValue]
) -> tuple[list[Found], list[Found]]:
    """The maturity dates a sentence states, and the later dates it says a
    maturity was extended to (these compete with the first, so a person
    decides; alone, they are not the maturity the note was issued with)."""
    stated, extended = [], []
    previous: Found | None = None
    previous_end = 0
    for date in dates:
        score = _maturity_of(sentence, date)
        before = sentence[: date.start]
        # "are due on June 30, 2020 and July 28, 2020 respectively": two
        # notes' maturities
        if previous is not None and rx.fullmatch(
            r"\s*,?\s*(?:and|or)\s*", sentence[previous_end : date.start]
        ):
            score = previous.score
        previous_end = date.end
        # an option to extend, not an extension: "the Company has the option
        # to extend the maturity date of the New Note to November 30, 2023"
        if rx.search(
            # ("but may be extended at the sole discretion of the Company to
            # December 31, 2013")
            r"\b(?:option|right|elect(?:ion)?|may|can)\s+(?:\w+\s+){0,2}?(?:to\s+)?extend(?:ed)?\b"
            r"(?:[^.;]|\.(?=\d)){0,80}?\bto\s+$",
            before,
        ):
            previous = None
            continue
        # a balance at a reporting date: "The principal ... and accrued
        # interest payable at June 30, 2011 was $10,000 and $512"
        if rx.search(r"\bat\s+$", before) and rx.match(
            r"\s*,?\s*(?:was|were|amounted\s+to|totall?ed)\b", sentence[date.end :]
        ):
            previous = None
            continue
        # the notes the new one repays: "the repayment of the outstanding
        # principal amount of the secured convertible notes due March 30, 2022"
        # ("to fund the intended redemption of all of the Company's outstanding
        # convertible unsecured subordinated debentures due on June 30, 2022")
        if rx.search(
            r"\b(?:repayment|redemption|repurchase) of (?:all of )?(?:the )?(?:company['’]s )?"
            r"(?:outstanding )?(?:principal amount of )?(?:the |its )?"
            r"(?:[\w-]+\s+){0,4}(?:notes|debentures|bonds)\s+due\s+(?:on\s+)?$"
            # ("CONCURRENTLY REPURCHASED ITS OUTSTANDING OCEANES DUE 15 MARCH
            # 2021"; "the refinancing of the outstanding OCEANEs due March 15,
            # 2021")
            r"|\b(?:repurchased|redeemed|refinancing of)\s+(?:its|the|all of the)\s+outstanding\s+"
            r"(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds|oceanes)\s+due\s+(?:on\s+)?$"
            # ("by refinancing some of its OCEANE 2010 before their maturity
            # date of November 1, 2010")
            r"|\brefinanc\w*\b[^.;]{0,80}\bbefore their maturity date of\s+$"
            # ("including all or part being used to repurchase its 4.75% Oceane
            # convertible bonds due Jan. 1, 2011")
            rf"|\bto\s+{_RETIRING}\s+(?:its|the|our)\s+(?:outstanding\s+)?"
            r"(?:[\w.%-]+\s+){0,4}(?:notes|debentures|bonds|oceanes)\s+due\s+(?:on\s+)?$"
            # ("issued in settlement of the $500,000.00 Convertible Debenture,
            # No. D-001, between Company and Holder dated January 31, 2007 and
            # due January 31, 2009")
            r"|\bin settlement of (?:the|a|an)\b[^;]{0,160}\bdue\s+$"
            # a subscriber's payment for a tranche, not the bonds' repayment:
            # "The first installment, consisting of 3 convertible bonds ...,
            # will be payable by 1 September 2023"
            r"|^[^;]{0,30}\b(?:installment|instalment|tranche)\b[^;]{0,160}\b(?:will be|is|shall be)\s+"
            r"payable\s+by\s+$",
            before,
            re.IGNORECASE,
        ):
            previous = None
            continue
        # a day a maturity is extended until is no maturity at issue, nor one
        # to ask about: "agreed to extend the maturity date of the Debenture
        # until July 17, 2016"
        if rx.search(
            r"\bextend\w*\s+the\s+maturity\s+date\b(?:[^.;]|\.(?=\d)){0,60}?\buntil\s+$",
            before,
            re.IGNORECASE,
        ):
            previous = None
            continue
        # ("an extension of the maturity date to September 30, 2014"; "Amendment
        # to Maturity Date. The Maturity Date, as defined under the Note, shall
        # be August 15, 2013")
        # ("(with an extended maturity date on June 30, 2020 in the
        # circumstances ...)")
        if (
            rx.search(
                # ("the extension of the term in respect of the remaining £1.77
                # million of the Loan Notes to 31 October 2013")
                r"\bexten(?:d|sion)\w*\b(?:[^.;]|\.(?=\d)){0,80}?\bto\s+$"
                r"|\bextended maturity date\s+(?:on|of|is)\s+$"
                # ("The maturity date of the Clouding Loan was March 31, 2013
                # which was amended to August 31, 2013")
                r"|\bmaturity date\b[^.;]{0,80}\b(?:which|that)\s+was\s+amended\s+to\s+$",
                before,
            )
            or rx.match(
                # ("a new maturity date of 31 July 2013 (previously 31 July 2011)")
                r"\s*\(\s*previously\s",
                sentence[date.end :],
            )
            or rx.search(
                r"^\W*amendment to (?:the )?maturity date\b[^;]{0,120}\bshall be\s+$"
                r"|\bmaturity date,?\s+as defined (?:under|in) the (?:note|debenture),?\s+shall be\s+$",
                before,
                re.IGNORECASE,
            )
        ):
            extended.append(Found(date.date.isoformat(), sentence, 3))
            previous = None
        elif score is not None and (issue is None or date.date > issue):
            previous = Found(date.date.isoformat(), sentence, score)
            stated.append(previous)
        # the maturity a new one replaced: "a new maturity date of 31 July
        # 2013 (previously 31 July 2011)"; "the maturity date ... is extended
        # two years, from January 24, 2014 to January 24, 2016"
        elif rx.search(
            r"\bnew maturity date\b[^.;]{0,80}\(\s*previously\s+$"
            r"|\bmaturity\b[^;]{0,40}\bextended\b[^;]{0,60}?\bfrom\s+$",
            before,
        ):
            previous = Found(date.date.isoformat(), sentence, 3)
            stated.append(previous)
        else:
            previous = None
    return stated, extended


def _extended_without_date(reader: Reader) -> str | None:
    """A sentence saying the maturity "has been extended indefinitely", to
    no date the text gives."""
    for sentence in reader.sentences:
        match = rx.search(
            r"(?:matur|loan|note)\w*[^.]{0,200}\b(?:has|have) been (extended|renewed)\b"
            r"|(?:matur|loan|note)\w*[^.]{0,200}\b(?:was|were) (extended|renewed)\b",
            sentence,
            re.I,
        )
        if match is not None and not dates_in(sentence[match.end() :]):
            return sentence
    return None


def _after(start: datetime.date, duration: Duration) -> datetime.date:
    """The day a term of days, months or years after ``start`` ends."""
    if duration.unit == "days":
        return start + datetime.timedelta(days=duration.count)
    return add_months(start, duration.count * (12 if duration.unit == "years" else 1))


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
             "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}  # fmt: skip
#: "payable in full on the third anniversary of the date of issue"; "will
#: mature on the first anniversary of the closing date"; "the third-year
#: anniversary of the date of issuance"; "matures upon the anniversary of
#: its issue"; "mature on the one-year anniversary of its issuance" (not
#: "the four years and six month anniversary").
_ANNIVERSARY = re.compile(
    r"(?<!and )\b(?:the\s+)(?:(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|1st|2nd|3rd|4th|5th"
    r"|(?:one|two|three|four|five)(?=[- ]year))"
    r"(?:[- ]year)?\s+)?anniversary\s+(?:date\s+)?of\s+(?:the\s+|its\s+)?(?:date\s+of\s+)?"
    # ("due and payable in full on the fifth anniversary of the date of the
    # Notes"; a face's "on the one year anniversary date of the Effective
    # Date set forth above")
    # ("on the one-year anniversary of this Note")
    # ("on the seventh anniversary of the date hereof")
    r"(?:the\s+)?(?:issu|original issue|closing|date hereof\b"
    r"|(?<=date of the )(?:notes?|debentures?)\b"
    r"|(?<=of )this\s+(?:note|debenture)\b"
    r"|effective date set forth above\b)",
    re.IGNORECASE,
)


#: After a term's length: it runs from the issue ("from the date of
#: issuance", "a nine month maturity date from issuance"), or it is the
#: note's own ("a two (2) year Promissory Note", "a secured, two-year,
#: interest-free convertible promissory note", "have three-year terms").
_TERM_AFTER = re.compile(
    # ("due one year after the date of note issuance")
    r"^\s*(?:after|from|following)\s+(?:the\s+|its\s+|such\s+)?(?:date\s+of\s+)?(?:the\s+)?"
    r"(?:(?:note|debenture|loan)\s+)?"
    r"(?:issu|re-?issu|original issue|closing|funding|execution|date hereof|date of this)"
    r"|^\s*anniversary of (?:the\s+)?(?:issu|original issue|closing|date hereof)"
    r"|^\s*maturity(?: date)?\s+(?:from|after)\s+(?:the\s+)?(?:date\s+of\s+)?issu"
)
_TERM_OF_NOTE = re.compile(
    # (not a wait counted from the note: "at least 180 days from the note
    # date")
    r"^\s*,?\s*(?:(?!(?:from|after|following|since)\b)[\w-]+,?\s+){0,2}?(?:(?:convertible|promissory|secured|"
    r"unsecured|senior)\s+)*(?:note|debenture|loan)s?\b|^\s*terms?\b"
    # ("an unsecured convertible promissory note with a two-year maturity")
    r"|^\s*maturity\b(?!\s+(?:date|of)\b)"
)
#: The same with a rate between, after a term written as one word: "a $6.4M
#: two-year 8% Secured Convertible Note".
_RATED_TERM_OF_NOTE = re.compile(
    r"^\s*\d[\d.]*\s?%\s+(?:[\w-]+\s+){0,2}?convertible\s+(?:[\w-]+\s+){0,2}?"
    r"(?:note|debenture|loan)s?\b"
)
#: Before a term's length ("The term of the Caro Note was one year").
_TERM_BEFORE = re.compile(
    # ("issued a Convertible Promissory Note for $75,000 for a period of one
    # year at annual interest rate of 8% and to be payable on the due date")
    # (a note's own period, not an instalment's or a petition's)
    r"(?:maturity date of|matur\w* (?:date )?(?:in|of|after)|term of"
    r"|\b(?:note|debenture)\b[^.;]{0,40}\bfor a period of|"
    r"due (?:and payable )?(?:in|within|after)|"
    r"term of (?:the |this |each )?(?:[\w-]+ ){0,3}(?:note|debenture|loan)s? "
    r"(?:was|is|shall be|will be))\s*$"
)


#: A term that runs from the day the holder pays, not from issue: "a term of
#: twelve (12) months after the purchase price of the Note is delivered by
#: the Investor (the “Purchase Price Date”)".
FROM_THE_PRICE_PAID = re.compile(
    r"^\s*(?:\)\s*)?(?:months?|years?|days?)?\s*(?:after|from|following)\s+the\s+"
    r"(?:purchase\s+price\b|funding\b|purchase\s+price\s+date\b"
    r"|date\s+(?:on\s+which\s+)?the\s+(?:purchase\s+price|funds?|proceeds)\b)",
    re.IGNORECASE,
)


def _term_maturity(
    sentence: str, duration: Duration, issue: datetime.date | None, *, own: bool = False
) -> Found | None:
    """The maturity a term of days, months or years gives: from a date the
    sentence states ("matures 22 months from May 4, 2023"), or from the
    issue date. A Found with value "" when the issue date is needed but not
    known (or the end is beyond the calendar); None when it is no term.
    With ``own``, only the note's own term counts ("a two (2) year Promissory
    Note"), in a sentence that says nothing of a maturity."""
    right = sentence[duration.end : duration.end + 80].lower()
    left = sentence[: duration.start].lower()[-80:]
    if own and not (
        _TERM_OF_NOTE.match(right)
        or (
            "-" in sentence[duration.start : duration.end]
            and _RATED_TERM_OF_NOTE.match(right)
        )
    ):
        return None
    # a wait before conversion, not a term: "After 180 days from the note
    # date, the lender is entitled to convert"
    # (or "could exercise its option starting 180 days after the note was
    # issued")
    if rx.match(
        r"^[^.;]{0,60}?,\s*(?:the\s+)?(?:lender|holder|investor|purchaser)s?\s+"
        r"(?:is\s+|are\s+|shall be\s+|will be\s+)?(?:entitled to|may|can|has the right to)"
        r"\s+convert\b",
        right,
    ) or rx.search(r"\b(?:starting|beginning|commencing)\s+$", left):
        return None
    if not own:
        # ("three years from the effective date of July 7, 2012")
        since = rx.match(
            r"^\s*(?:from|after)\s+(?:the\s+(?:effective|issue|issuance|closing)\s+date\s+of\s+)?",
            right,
        )
        start = next(iter(dates_in(right[since.end() :])), None) if since else None
        if start is not None and start.start == 0:
            return Found(_after(start.date, duration).isoformat(), sentence, 2)
        # (not "a maximum maturity of seven (7) years": the limit of extensions;
        # nor a condition of acceleration: "if a grant ... is not approved
        # ... within 90 days after the loan proceeds are advanced")
        # (nor the usual term of several notes: "These notes are generally due
        # one year after the date of issuance")
        if (
            rx.search(r"\bmaximum\b[^.]{0,20}$", left)
            or rx.search(r"\bif\b[^.;]{0,120}\bwithin\s*$", left)
            # (nor a default's grace: "such default shall continue for a period
            # of 15 days, then this Promissory Note shall be in default")
            or rx.search(
                r"\bdefault\b[^.;]{0,60}\b(?:for a period of|within)\s*$", left
            )
            or rx.search(r"\bgenerally\s+(?:due|payable|matur\w*)\b[^.]{0,20}$", left)
            # (nor a hold before conversion: "is convertible, at the holder's
            # option, following four (4) months and one (1) day from issuance")
            # ("is convertible at the option of the holder at any point at
            # least 180 days from the note date")
            or rx.search(
                r"\bconvertible\b[^.;]{0,80}\b(?:(?:following|after)\s+(?:[\w()]+\s+){0,3}(?:and\s+)?"
                r"|at\s+least\s*)$",
                left,
            )
            # (nor an interest payment's: "with the initial interest payment
            # due 30 days from funding")
            or rx.search(
                r"\binterest(?:[- ]only)?\s+payments?\s+(?:is\s+|will be\s+|shall be\s+)?"
                r"(?:due|payable)\s*$",
                left,
            )
            # (nor the note the holder gave: "the issuance of an Investor note
            # to the Company with a one-year term")
            or rx.search(_INVESTOR_NOTES + r"[^.;]{0,60}$", left)
            # (nor when instalments begin: "Beginning with the date that is six
            # months from the issuance date ..., the Company shall pay")
            or rx.search(
                r"\b(?:beginning|commencing|starting)(?:\s+(?:with|on))?"
                r"(?:\s+the\s+date\s+(?:that|which)\s+is)?\s*$",
                left,
            )
        ) or not (
            _TERM_AFTER.match(right)
            or _TERM_OF_NOTE.match(right)
            or _TERM_BEFORE.search(left)
        ):
            return None
        if duration.unit == "days" and "trading" in right[:10]:
            return None
        # a warrant's term: "Labrys was issued a warrant granting the holder
        # the right to purchase ... for a term of 5-years"
        # ("The warrants are fully vested as of the date on the note with an
        # exercise term of three (3) years")
        if rx.search(
            r"\bwarrants?\b(?![^.;]*\b(?:notes?|debentures?)\b)"
            r"|\bexercis\w*\s+(?:term|period)\s+of\s*$",
            sentence[: duration.start].lower(),
        ):
            return None
        # "due and payable within ten (10) calendar days following demand": a
        # demand note's grace, no term
        if rx.match(
            r"^\s*(?:calendar\s+|business\s+)?\w*\s*(?:following|after|of)\s+"
            r"(?:the\s+)?(?:written\s+)?(?:demand|notice|request)\b",
            right,
        ):
            return None
    if issue is None or FROM_THE_PRICE_PAID.match(right):
        return None if own else Found("", sentence, 0)
    try:
        return Found(_after(issue, duration).isoformat(), sentence, 2)
    except (ValueError, OverflowError):
        return Found("", sentence, 0)  # beyond the calendar: a person decides


def _anniversary_maturity(sentence: str, issue: datetime.date | None) -> Found | None:
    """ "payable in full on the third anniversary of the date of issue"."""
    anniversary = _ANNIVERSARY.search(sentence)
    # (and a face's promise: "promises to pay ... on the first anniversary of
    # the issuance of this note")
    if anniversary is None or not rx.search(
        r"matur|\bdue\b|payable|\bpromises? to pay\b", sentence, re.I
    ):
        return None
    if issue is None:
        return Found("", sentence, 0)
    years = _ORDINALS.get((anniversary.group("nth") or "first").lower(), 1)
    return Found(add_months(issue, 12 * years).isoformat(), sentence, 2)


#: A table's row or a footnote's item about other debt than notes: "Related
#: party loans - unsecured (ii) 2,115,210", "(ii) Loan is interest bearing at
#: 10% per annum and repayable on or before 31 December 2012".
_OTHER_DEBT_ITEM = re.compile(
    r"^\W*(?:\((?:[ivx]{1,4}|[a-h])\)\s+(?:the\s+)?(?:related[- ]party\s+)?|related[- ]party\s+)"
    # ("(i) The short-term borrowings of RMB5,900 ... is due on September 30,
    # 2022")
    r"(?:loans?|(?:working capital\s+)?facilit(?:y|ies)|"
    r"(?:bank|short-term|long-term)(?:\s+bank)? (?:loans?|borrowings?))\b"
    r"(?![^.]{0,60}\b(?:convertible|notes?|debentures?)\b)"
    # (or a list's item of a note that does not convert, beside one that
    # does: "d. $3,000,000 five-year Promissory Note (PN), interest free for
    # years 1, 2 and 3")
    r"|^\W*(?:\(?[a-h]\)|[a-h]\.)\s+\S{0,4}\d[\d,.]*\s+(?:[\w-]+\s+){0,2}promissory\s+note\b"
    r"(?![^.]*\bconvertib)",
    re.IGNORECASE,
)


#: A sentence about other debt than a note: a loan at a bank's floating
#: rate ("This loan carries interest of EURIBOR (Euro Interbank Offer Rate)
#: plus 1.25% per annum ... and is payable on January 1, 2020", a secured
#: loan with Deutsche Bank beside the note); a revolving facility, which no
#: note is ("Aqtiq Solutions Sdn Bhd provided the Company with a revolving
#: loan facility to borrow up to RM 3,000,000 ... bearing interest at 3.5%
#: per annum"), unless it converts.
#: The collateral, another note the company holds: "The Notes are secured
#: by the assignment of the Company's interests in an Amended and Restated
#: Senior Secured Demand Note dated as of December 1, 2015, in the principal
#: amount of $497,190, issued by Trident Resources, LLC in favor of the
#: Company".
_SECURED_BY_ANOTHER_NOTE = re.compile(
    r"^\W*the\s+(?:notes|debentures|bonds)\s+(?:are|will be)\s+secured\s+by\s+(?:an?\s+|the\s+)?"
    r"(?:assignment|pledge)\s+of\s+the\s+company['’]s\s+(?:interests?|rights?)\s+in\b",
    re.IGNORECASE,
)
_OTHER_DEBT_SENTENCE = re.compile(
    _SECURED_BY_ANOTHER_NOTE.pattern + r"|"
    r"^\W*(?:this|the|such)\s+(?:bank\s+|secured\s+|term\s+)?loan\s+"
    r"(?:carries|bears|accrues)\s+interest\s+(?:of|at)\s+(?:the\s+)?"
    r"(?:EURIBOR|LIBOR|SOFR|HIBOR|SIBOR|prime)\b"
    r"|^(?![^.]*\b(?:convertib|notes?\b|debentures?\b|bonds?\b))"
    r"[^.]*\brevolving\s+(?:loan|credit)\s+facilit"
    # a bridge until the note is issued: "In the interim 4F Investments has
    # entered into a unsecured loan agreement ... at 12% p.a. interest"
    r"|^\W*in the interim\b(?![^.]*\b(?:convertib|notes?\b|debentures?\b))[^.]*\bloan\b"
    # other financing beside the note: "In addition to the convertible note,
    # LandOcean will continue to provide the Company with financing ... (10%
    # annual interest charge)"
    r"|^\W*in addition to the (?:convertible\s+)?(?:notes?|debentures?|loans?)\b[^.]{0,80}"
    r"\b(?:financing|credit|loans?|advances)\b"
    # a loan the investor makes as well: "The investor also will provide a
    # $10 million 8% loan due March 31, 2020."
    r"|^\W*the\s+(?:investor|lender|purchaser|holder)\s+(?:also\s+will|will\s+also|also)\s+"
    r"(?:provide|lend|make|extend|advance)\b(?![^.]*\bconvertib)[^.]*\bloan\b"
    # notes of another kind sold at the same time: "NCLC also priced $675
    # million aggregate principal amount of its 12.25% senior secured notes
    # due 2024 (the “Secured Notes”)"
    # ("The company concurrently priced $300 million of senior notes due
    # 2016 with a coupon of 10.875%")
    r"|^\W*(?:[A-Z][\w&.-]*\s+){1,3}(?:also|concurrently)\s+(?:priced|issued|sold|closed)\b"
    r"(?!(?:[^.]|\.(?=\d))*\b(?:convertib|exchangeab))(?:[^.]|\.(?=\d))*\b(?:notes|debentures|bonds)\b"
    # (and a term list's line: "Concurrent offering:$300 million of 10% senior
    # notes due 2015")
    r"|^\W*concurrent\s+(?:offering|issue|sale)\s*:"
    # ("Concurrently, Leap priced $300 million of 10% senior notes due 2015")
    r"|^\W*concurrently,\s+(?:[A-Z][\w&.-]*\s+){1,3}(?:also\s+)?(?:priced|issued|sold|closed)\b"
    r"(?!(?:[^.]|\.(?=\d))*\b(?:convertib|exchangeab))(?:[^.]|\.(?=\d))*\b(?:notes|debentures|bonds)\b"
    # ("In November 2011, we issued $300 million of Senior Notes due in
    # 2018", in a report that also tells of convertible notes)
    r"|^\W*(?:in\s+[^,.;]{2,30},\s+)?(?:we|the\s+company|it)\s+issued\s+\S{0,4}\d[\d.,]*\s*"
    r"(?:million\s+|billion\s+)?(?:aggregate\s+principal\s+amount\s+)?of\s+(?:[\d.]+\s?%\s+)?"
    r"senior\s+(?:secured\s+|unsecured\s+)?notes\s+due\b(?![^.]*\b(?:convertib|exchangeab))"
    # a plain bond placed beside the convertible: "At the same time, Deutsche
    # Post AG placed a senior bond with a 10-year term"; "In addition, a
    # senior corporate bond ... was placed"
    r"|^\W*(?:at the same time|in addition|additionally),?\s+(?![^.]*\bconvertib)[^.]{0,80}"
    r"\b(?:senior|corporate|straight)\s+(?:corporate\s+)?bond\b"
    # another company's issue a news report compares: "In May last year,
    # rival REIT Derwent London launched £175m of five-year convertible
    # bonds"
    r"|^\W*(?:in\s+[^,.;]{2,30},\s+)?(?:its\s+|a\s+)?(?:rival|competitor|peer)s?\b[^.;]{0,60}"
    r"\b(?:launched|issued|sold|priced|raised|placed)\b"
    # advances beside the notes: "The balance of the related party advances
    # was $116,175 as of December 31, 2014 and is non-interest bearing."
    r"|^\W*the\s+balance\s+of\s+(?:the\s+)?(?:related[- ]party\s+|shareholder\s+|officer\s+)?"
    r"advances\b(?![^.]*\b(?:convertib|notes?\b|debentures?\b))",
    re.IGNORECASE,
)


#: A plain bond in an issuer's list of its bonds, beside the convertible one.
_A_PLAIN_BOND = re.compile(
    # a plain bond in the issuer's list of its bonds: "On 21 March 2016 a CHF
    # 125 million bond with annual interest rate of 1.000% and a term of ten
    # years was issued"; "CHF 125 million, paid up on 15 October 2014, coupon
    # (cash-effective) 1.625%, term 2014-2024"
    r"^(?![^.]*\bconvert)(?:[^.]|\.(?=\d))*\b(?:a|an)\s+(?:[A-Z]{3}\s?|[$€£]\s?)\d[\d.,]*\s*"
    r"(?:million|billion)?\s+bond\b"
    r"|^\W*[A-Z]{3}\s?\d[\d.,]*\s*(?:million|billion)?,\s+paid up on\b(?![^.]*\bconvert)"
    # ("The first ever bond issued by Implenia, worth CHF 200 million and with
    # a coupon of 3.125%, fell due on 12 May 2016")
    r"|^(?![^.]*\bconvert)(?:[^.]|\.(?=\d))*\bbond\s+issued\s+by\s+[^,.;]{1,40},\s+worth\s+"
    # (or a government-backed loan: "On July 7, 2020, Legacy Canoo entered
    # into a promissory note for loan proceeds under the Paycheck Protection
    # Program")
    r"|^(?![^.]*\bconvert)(?:[^.]|\.(?=\d))*\bPaycheck Protection Program\b",
    re.IGNORECASE,
)


#: The notes of a first tranche: "The Debentures issued during the first
#: tranche of the Debenture Offering".
_AN_EARLIER_TRANCHES = re.compile(
    r"\b(?:issued|sold)\s+(?:during|in|under|at)\s+the\s+(?:first|initial)\s+tranche\b",
    re.IGNORECASE,
)


def other_debt_item(sentence: str) -> bool:
    """Whether a sentence is an item about other debt than the note."""
    return (
        _OTHER_DEBT_ITEM.match(sentence) is not None
        or _OTHER_DEBT_SENTENCE.match(sentence) is not None
        or _A_PLAIN_BOND.match(sentence) is not None
    )


def _without_a_coming_extension(
    found: list[Found], extended: list[Found]
) -> list[Found]:
    """No maturity, where the only one stated is the one an extension still
    to come brings: "the maturity date of the Debentures will be
    automatically extended to December 31, 2010", then "before maturity on
    December 31, 2010" (not one done: "The maturity date of the notes was
    extended to December 31, 1999")."""
    coming = {
        e.value
        for e in extended
        if rx.search(
            r"\b(?:will|would|shall)\s+(?:automatically\s+)?be\s+(?:automatically\s+)?extended\b",
            e.quote,
        )
    }
    return [] if coming and all(f.value in coming for f in found) else found


def maturities(
    reader: Reader, issue: datetime.date | None
) -> tuple[list[Found], str | None]:
    """Maturity dates stated, or computed from a term after issue; and the
    sentence of a term that cannot be computed (no issue date)."""
    found: list[Found] = []
    extended: list[Found] = []
    pending = None
    later_tranche = reader.first(_A_LATER_TRANCHE) is not None
    for sentence in reader.sentences:
        # (nor other debt the proceeds repay: "HK$57 million will be used for
        # the repayment of convertible bonds due June 6")
        if other_debt_item(sentence) or rx.search(
            r"\b(?:be|being|is|are)\s+used\s+(?:for|to)\s+(?:the\s+)?repay",
            sentence,
            re.I,
        ):
            continue
        # (nor an earlier tranche's, in a text about a later one: "The
        # Debentures issued during the first tranche of the Debenture
        # Offering will mature on May 27, 2028")
        if later_tranche and _AN_EARLIER_TRANCHES.search(sentence):
            continue
        lowered = sentence.lower()
        # (a sentence that says nothing of a maturity may still state the
        # note's own term: "entered into a two (2) year Promissory Note")
        # ("The note bears interest at 15% per annum and expires one year from
        # issuance")
        expires = rx.search(
            r"\b(?:note|debenture|loan|cln)s?\b[^.;]{0,80}\bexpires?\b"
            # ("a Convertible Note ... with expiry on 31 December 2023")
            r"|\b(?:note|debenture|loan|cln)s?\b(?:[^.;]|\.(?=\d)){0,80}\bwith\s+expiry\b",
            lowered,
        )
        own = not (
            expires
            or rx.search(
                # (a payee is no payment's term: "a one-year ... note ...
                # payable to Joseph Spiteri")
                r"matur|\bdue\b|repay|payable(?!\s+to\b)|\bterm\b|promise|payment of the principal|"
                # ("is required to be paid in full on February 15, 2020"; "All
                # interest and principal must be repaid on April 28, 2015"; not
                # "was repaid in full on July 7, 2014")
                r"\bto be paid in full\b|\b(?:must|shall|will|to) be repaid on\b|"
                r"anniversary of the issu|\bfinal redemption date\b|\bredeem the \w+ in full\b"
                r"|\bredeemable on\b|\bwith a redemption date of\b"
                r"|^\W*[·•●▪]\s*(?:final\s+)?redemption\s+date\s*:"
                r"|\brunning until\b|\bto be redeemed (?:at|with) a premium\b"
                r"|^\W*unless (?:previously|earlier) redeemed\b[^.]{0,120}\bwill be redeemed on\b"
                rf"|(?:{REDEEMED_ON})\b",
                lowered,
            )
        )
        if not own:
            stated, later = _maturity_dates(sentence, issue, reader.dates(sentence))
            found += stated
            extended += later
        else:
            # ("On December 10, 2023, the Loan agreement as extended until
            # June 30, 2024.": an extension in a sentence of its own)
            extended += [
                Found(date.date.isoformat(), sentence, 3)
                for date in reader.dates(sentence)
                if rx.search(
                    r"\b(?:loan|note|debenture|agreement)s?\b[^.;]{0,40}\bextended\s+until\s*$",
                    lowered[: date.start],
                )
            ]
        counted = (
            _has(sentence, "note", "debenture")
            if own
            # ("is payable nine months following its issuance")
            else bool(
                expires
                or rx.search(
                    r"matur|\bdue\b|\bterm\b|\b(?:re)?payable\s+(?:in\s+full\s+)?"
                    r"(?:[\w()-]+\s+){1,3}(?:months?|years?|days?)\s+(?:after|following|from)\b",
                    lowered,
                )
            )
        )
        terms = [
            _term_maturity(sentence, d, issue, own=own)
            for d in (durations_in(sentence) if counted else [])
        ]
        if not own:
            terms.append(_anniversary_maturity(sentence, issue))
        for term in terms:
            if term is not None and term.value:
                found.append(term)
            elif term is not None:
                pending = sentence
    found = _the_convertibles_maturity(reader, found)
    found = _without_a_coming_extension(found, extended)
    undated = _extended_without_date(reader)
    top = max((f.score for f in found), default=0)
    if found and undated is not None:
        found.append(Found("extended", undated, top))
    if found:
        # a later maturity ties with the first, whatever its wording
        found += [Found(e.value, e.quote, top) for e in extended]
    elif extended:
        pending = extended[0].quote
    return found, pending


def _the_convertibles_maturity(reader: Reader, found: list[Found]) -> list[Found]:
    """Of two notes' maturities in one sentence, the convertible one's:
    "new 9¼% Senior Secured Second Lien Notes due March 31, 2022 ... and up to
    approximately $147 million of new 5% Convertible Senior Notes due December
    15, 2023"."""
    kept = list(found)
    for quote in {f.quote for f in found}:
        values = {f.value for f in found if f.quote == quote}
        if len(values) < 2:
            continue
        convertible = set()
        start = 0
        for date in reader.dates(quote):
            between = quote[max(start, date.start - 120) : date.start]
            start = date.end
            if date.date.isoformat() in values and rx.search(
                r"\b(?:convertible|exchangeable)\b[^,;$]{0,60}\bdue\s*$",
                between,
                re.IGNORECASE,
            ):
                convertible.add(date.date.isoformat())
        # (not a note's caption against its own defined term: "CONVERTIBLE
        # PROMISSORY NOTE Due July 1, 2006 ... on the 10th day of December,
        # 2010 (the "Maturity Date")")
        top = max(f.score for f in found if f.quote == quote)
        if len(convertible) == 1 and any(
            f.score == top for f in found if f.quote == quote and f.value in convertible
        ):
            kept = [f for f in kept if f.quote != quote or f.value in convertible]
    return kept


# -- rates -----------------------------------------------------------------------------

RATE_ZERO = re.compile(
    # ("a zero percent stated interest rate"; "... and no interest")
    # (not "interest-free cash advances": other debt than the note)
    # (nor "non-interest bearing advances" from related parties)
    r"\b(?:zero[- ]interest|zero[- ]coupon|non-interest[- ]bearing(?!\s+(?:cash\s+)?advances)|"
    # (nor "an interest-free Short Term Loan of \u00a350,000" beside
    # "Convertible Loan Notes": a loan of its own)
    r"interest[- ]free(?!\s+(?:cash\s+)?advances|\s+(?i:short[- ]term|bridging)\s+(?i:loan)\b)|"
    # "promises to pay ... the principal amount of ... without interest
    # thereon"
    r"without (?:any )?interest(?: thereon)?\b(?!\s+(?:penalt|charge|or\b))|"
    # ("an aggregate original issuance discount of $438,000 and zero annual
    # interest rate")
    r"zero (?:percent )?(?:stated |annual )?interest rate|"
    # (not "no repayment and no interest paid for the financial year")
    # (nor a legend's "and no interest may be sold": an interest in the note)
    r"(?:with|and) no interest\b(?!\s+(?:for|paid|was|were|has|had|accrued|may|in|therein)\b)|"
    # ("did not bear stated interest")
    # ("The loan notes ... have no interest attached")
    r"\b(?:have|has) no interest attached\b|"
    # ("A loan notes are convertible at 3p a share and there is no interest
    # charge")
    r"\bthere (?:is|will be) no interest charge\b|"
    r"(?:does|do|did|shall|will) not bear (?:any )?(?:accrued )?(?:regularly scheduled |regular )?"
    r"(?:stated )?interest|(?:bears?|bore) no interest|carr(?:y|ies) no interest|(?:will |shall )?pays? no interest|"
    # ("The CBs will not bear any coupon"; "The convertibles accrue no
    # interest")
    # ("The bonds will not carry any coupon")
    # ("The convertible loan does not carry interest")
    r"(?:does|do|shall|will) not (?:bear|carry) (?:any|a) coupon\b|(?:does|do|shall|will) not incur (?:any )?interest\b|"
    r"(?:does|do|shall|will) not carry (?:any )?interest\b|\b(?:notes|bonds|debentures|convertibles) accrue no interest\b|"
    # ("This Note shall not accrue interest.")
    # ("The Loan does not accrue any interests")
    r"(?:note|debenture|loan) (?:shall|will|does) not accrue (?:any )?interests?\b(?![^.;]{0,100}\bunless\b)|"
    # (not the "0% interest" inside "5.0% interest")
    r"no interest (?:shall |will )?accrues?|(?<![\d.])0(?:\.0+)?\s?% interest"
    # ("The coupon rate and maturity interest rate both stand at 0 percent")
    r"|\bcoupon rate\b[^.;%]{0,60}\b(?:stands?|is|are)\s+(?:at\s+)?0(?:\.0+)?\s?(?:%|percent\b|per cent\b)"
    # "There is no coupon attaching to the Loan Notes"; "This debenture has no
    # interest rate"
    # ("The bond carries no coupon")
    r"|\bno coupon (?:attach|is payable|payable)|\b(?:has|have|carr(?:y|ies)) no interest rate\b"
    r"|\b(?:bonds?|notes?|debentures?)\s+(?:carr(?:y|ies)|bears?)\s+no\s+coupon\b"
    # ("The bonds carry no rate of interest"; "shall be unsecured,
    # convertible into new ordinary shares and not bear any interest")
    r"|\bcarr(?:y|ies) no rate of interest\b|\band not bear any interest\b"
    # ("Company will not pay interest during 5 year loan period")
    r"|\b(?:will|shall) not pay (?:any )?interest during (?:the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:period|term)\b"
    # (not "has no stated interest rate, an implied interest rate of 5%": the
    # text weighs it)
    # "Interest shall not accrue on the outstanding principal balance of the
    # Promissory Note unless and until there is an event of default"
    r"|interest (?:shall|will|does) not accrue\b[^.;]{0,100}\bunless\b[^.;]{0,30}"
    r"\bevent of default"
    # "Interest shall only begin to accrue upon the occurrence of an Event of
    # Default"
    r"|interest (?:shall|will) (?:only )?(?:begin to )?accrue only\b[^.;]{0,20}\bupon\b"
    r"[^.;]{0,30}\bevent of default"
    r"|interest (?:shall|will) only (?:begin to )?accrue\b[^.;]{0,20}\bupon\b"
    r"[^.;]{0,30}\bevent of default)",
    re.IGNORECASE,
)
#: A word of a number written out ("seven and one-half").
_NUMBER_WORD = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|and|a|half|quarter|one-half|one-quarter|"
    r"three-quarters"
)
_RATE_BEFORE = re.compile(
    # ("a holder of a $50,000 convertible note at 12% agreed")
    r"\bconvertible\s+(?:promissory\s+)?notes?\s+at\s*$|"
    # ("Interest will accrue and be payable on a quarterly basis in kind at
    # 3.4%")
    r"\binterest\s+(?:will|shall)\s+accrue(?:\s+and\s+be\s+payable)?\b[^.;%$]{0,60}\bat\s*$|"
    # a reference rate fixed at issue: "bear interest at the three month LIBOR
    # rate (London Interbank Offered Rate) on the date of issuance which was
    # 2%"
    r"\binterest at the\b[^.;%]{0,100}\brate\b[^.;%]{0,80}\bwhich (?:was|is)\s*$|"
    # ("The Debenture has a term of twelve months and an annual interest
    # payable of 5%")
    r"\b(?:annual\s+)?interest\s+payable\s+of\s*$|"
    # ("The debentures will carry a fixed rate of 9.50% payable annually")
    r"\b(?:notes|debentures|bonds)\s+(?:will\s+)?carry\s+a\s+fixed\s+(?:interest\s+)?rate\s+of\s*$|"
    # a reporter's words between: "The coupon rate on the bonds is a
    # reasonable looking 5.5 per cent"
    r"\b(?:coupon|interest) rate (?:on|of) the (?:bonds|notes|debentures) is an?\s+"
    r"(?:[a-z-]+\s+){1,3}$|"
    # two rates stated as one: "The bonds will carry surface interest rate and
    # interest rate both of 8%"
    r"\b(?:coupon|interest) rate\b[^.;%]{0,40}\bboth (?:of|at)\s*$|"
    # (a German term sheet's "Kupon: 2.00 % p.a.")
    # ("The fixed coupon rate of the bond is 6.5%")
    # ("The annual interest on the loan continues to be nine percent (9%)")
    r"(?:(?:interest|coupon|kupon)(?:\s+(?:rate|of|on|at|a|an|the|fixed|simple|annual|annualized|"
    r"continues to be|"
    # ("Interest Rate Per Bond: 0% (zero percent)")
    r"equal to|per annum|per year|per (?:bond|note|debenture)|was|is|stated percentage|"
    # ("The annual interest of the debt is 10%")
    r"(?:convertible\s+)?(?:bonds?|notes?|debentures?|loans?|debt)(?=\s+(?:is|was|will be|continues)\b)|will be|"
    # ("ANNUAL COUPON FOR THE BONDS AT 3.75 PERCENT")
    r"for the (?:convertible\s+)?(?:bonds?|notes?|debentures?)(?=\s+at\b)))*"
    r":?[\s|]*"
    # "accrues interest on the outstanding principal balance at an annual
    # rate equal to 0%"; "shall accrue at the rate of 7.88%"; "at a rate per
    # annum equal to"
    # ("Borrower shall pay interest from the date of this Convertible
    # Promissory Note (this "Note") on the principal amount outstanding from
    # time to time at a rate per annum equal to Twenty-One percent (21%)")
    # (not "interest thereon by the lesser of: (i) the lowest VWAP ...,
    # discounted at a rate of 25%")
    # ("interest thereon accruing on and from the date hereof until the entire
    # Principal Amount is paid (or converted, as provided in Section 2
    # hereof), at an annual rate equal to 9.0%")
    # ("with interest thereon ... at a per annum rate equal to 12 percent")
    r"|\binterest\b(?:(?!discount)[^.%]){0,170}?\bat\s+(?:an?|the)\s+"
    # ("accrue interest at a stated annualized rate of 5%")
    # ("bear interest at an annual nominal rate of 1.125%")
    r"(?:stated\s+)?(?:(?:annual|yearly|fixed|annualized|per annum)\s+)?(?:nominal\s+)?"
    # ("shall accrue at a rate per annum (the "Interest Rate") of eight
    # percent (8%)")
    r"rate\s+(?:per annum\s+)?(?:\((?:the\s+)?[\"“][^\"”]{1,30}[\"”]\)\s*)?(?:equal\s+to\s+|of\s+)?"
    # "Interest is payable semiannually at 10%"
    r"|\binterest\b[^.%,]{0,40}\bat\s+"
    # ("Interest payable on the unsecured note is 11.75%"; "The annual fixed
    # interest to be paid on the principal of the convertible capital notes
    # is 5.75 per cent")
    r"|\binterest (?:payable|to be paid) on the (?:principal of the )?(?:[\w-]+\s+){0,3}"
    r"(?:notes?|bonds?|debentures?|loans?)\s+(?:is|will be|shall be)\s+"
    # "The coupon of the Convertible Bonds has been set at 4%"
    # ("The coupon rate of the bonds was set at 1.00%"; "with the nominal
    # rate of 1%")
    r"|\bcoupon(?:\s+rate)?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:notes|bonds|debentures)\s+)?"
    r"(?:has been|was|is|will be)\s+(?:set|fixed)\s+at\s+"
    r"|\bwith\s+(?:a|the)\s+nominal\s+(?:interest\s+)?rate\s+of\s+"
    # "Twelve Month Fixed Rate (12%)"; "Stated Percentage 12.00%"
    # ("Twelve Month Fixed Rate (12%)": a worded percentage's span starts at
    # its bracket)
    r"|\bfixed rate\s*(?:\(\s*)?|\bstated percentage[\s|:]+"
    # "“Applicable Rate” means the rate equal to six percent (6.0%)"
    r"|\b(?:applicable|interest) rate[\"”]?\s+(?:means|shall mean)\s+(?:the\s+)?"
    r"(?:rate\s+)?(?:equal to\s+|of\s+)?"
    # ("Annual interest rate charge of 10 per cent."; "attract an annual
    # interest charge of 2.33 per cent.")
    r"|\bannual interest (?:rate )?charge of\s+"
    # ("DIA borrowed $150,000 in Convertible Notes from Knightsgate Ventures
    # II, LP, a third-party lender at a rate of 8%")
    r"|\bborrowed\b[^.%;]{0,150}\bat a rate of\s+"
    # (a term sheet's dash: "- Interest - 8.00 % (eight percent) on an
    # annual basis")
    r"|(?:^|[;•·*])\s*-?\s*interest\s*[-–]\s*)"
    # a number in words first: "ten percent (10%)", "eight (8%) percent",
    # "seven and one-half percent (7.5%)", "nine and a half percent"
    r"(?:[a-z-]+(?:\s+[a-z-]+)?\s+(?:percent\s+|per cent\s+)?\(\s*"
    r"|(?:" + _NUMBER_WORD + r")(?:[\s-]+(?:" + _NUMBER_WORD + r"))*\s+"
    r"(?:(?:percent|per cent)\s+)?)?$"
)
_RATE_AFTER = re.compile(
    # (a defined term may come first: "9% (the “Interest Rate”) per annum")
    # (and the stop of "per cent.": "with 6.5 per cent. per annum coupon")
    r"^\.?\s*(?:\((?:the\s+)?[\"“][^\"”]{1,30}[\"”]\)\s*)?"
    # ("a 12% (per annum) coupon")
    r"(?:\(per annum\)\s*)?"
    # ("a 6% cumulative interest rate"; "5 % accrued interest")
    # ("bearing 5.25% APR simple interest"; "with 6% compound interest")
    # ("a 7.5% pa interest rate")
    # ("carry a 9 per cent a-year compound interest charge")
    r"(?:per annum|per year|a[- ]year|p\.a\.|pa\b|annual|annually|simple interest|apr\b|"
    r"(?:(?:cumulative|accrued|simple|fixed|stated|annual|compound|compounded)\s+)?interest|"
    # "the 4.0% unsecured and subordinated Convertible Note"; "8.00 per
    # cent. Convertible Bonds due 2019"
    # (not "a 10% Original Discount Unsecured Convertible Promissory Note")
    # ("10% PIK-Election Convertible Notes"; "3.25% Notes due September 2012")
    # ("a one year 8% $100,000 Convertible Note")
    # ("8 per cent. coupon per annum")
    # ("carries an 8% cash coupon")
    # ("offering of 5% 5.5-year convertible bonds")
    # ("a 12%, $200,000 face value promissory note")
    r"\.?\s*(?:cash\s+)?coupon|\.?\s*(?:,\s*(?=\$))?(?:\$[\d,.]+\s+)?(?:(?!original|discount|oid)(?:\d+\.)?[\w-]+\s+){0,4}"
    # ("2.625 per cent. Equity Linked Bonds due 2019")
    r"(?:convertible|exchangeable|promissory|equity[- ]linked)\s+"
    # ("6.25% Convertible Senior Subordinated Secured Notes due 2027")
    # ("8.500% perpetual subordinated non-preferred contingent convertible
    # Additional Tier 1 capital notes")
    r"(?:\w+\s+){0,4}"
    # ("its five-year 5% redeemable convertible unsecured loan stocks")
    # ("a previously announced $201.25 million offering of 2.625%
    # convertibles")
    r"(?:notes?|debentures?|bonds?|loan\s+stocks?)|(?:(?:senior|subordinated|secured)\s+)?notes\s+due\b"
    r"|convertibles\b"
    # ("to issue the firm a 3% note payable in satisfaction of $212,400")
    r"|note\s+payable\b"
    # a bond desk's words for the issue: "The $750 million of 0% five-year
    # paper was issued at 101.265"
    r"|(?:[\w-]+\s+){0,3}paper\b"
    # ("8% Senior Secured Original Issue 20% Discount Convertible Promissory
    # Note": the discount's own percentage inside the title)
    r"|\s*(?:(?:senior|secured|unsecured|subordinated)\s+){0,3}original\s+issue\s+"
    r"\d+(?:\.\d+)?\s?%\s+discount\s+(?:secured\s+|senior\s+)*(?:convertible|promissory)\b"
    # a UK loan stock's or notes' title: "2.25 per cent. Convertible Unsecured
    # Loan Stock 2025"; "9 per cent 2013 CLNs"
    r"|\.?\s*(?:\d{4}\s+)?(?:convertible\s+)?(?:unsecured\s+)?(?:loan\s+stock|clns?\b|culs\b)"
    # ("The convertible note carries an 8% rate of interest")
    r"|\s*rate of interest\b)"
)
#: A weaker cue after the rate, a debt's rank and kind: "two-year 11% Senior
#: Debentures" (another debt of the passage may be named so too: "redeem
#: its 8.00% Senior Secured Notes").
_RATE_RANKED = re.compile(
    # ("8 per cent. secured loan notes")
    # ("The five-year, 3-percent notes were priced")
    r"^\.?\s*(?:(?:senior|subordinated|secured|unsecured)\s+){0,2}(?:loan\s+)?"
    r"(?:notes?|debentures?|bonds?)\b"
)
#: A default rate's words (not "is currently in default, and carries an
#: interest rate of 8%": the note's status).
_DEFAULT = re.compile(
    # (not "any interest, fees, charges, and late fees accrued hereunder": what
    # the note owes)
    # (but "While in default, amounts outstanding ... shall bear interest at
    # the rate of twelve percent")
    r"(?<!\bin )\bdefault|\b(?:while|when|whilst) in default\b|"
    # (nor a news report's "said late Monday")
    r"\bpenalt|\blate\b(?! fees accrued)"
    r"(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last)\b)"
    r"|\boverdue|\bpast due|"
    r"maximum (?:rate )?permitted"
    # "Upon the occurrence of a Trigger Event, the Outstanding Balance ...
    # shall accrue simple interest at the rate of 18.00%"
    r"|\bupon the occurrence of an? trigger event\b"
    # ("If this Note is not paid in full at Maturity, the foregoing interest
    # rate shall be increased to eight (8) percent")
    r"|\bnot (?:re)?paid (?:in full )?(?:at|on|by|upon) (?:the )?maturity\b"
    # ("Any unpaid amount as of the maturity date bears an interest rate of
    # 22%")
    r"|\bunpaid\s+(?:amounts?|balance|principal)\s+(?:as\s+of|after|at|on)\s+(?:the\s+)?maturity\b"
)
_NOT_A_RATE = re.compile(
    r"^\s*(?:\(.{0,20}\)\s*)?(?:of the (?:lowest|average|market|closing|volume|vwap|"
    r"outstanding|issued|then|two|principal|purchase)|discount|of (?:the )?(?:common|"
    r"ordinary|shares)|beneficial|premium|(?:initial\s+)?(?:conversion|redemption)\s+premium|"
    r"of the (?:gross|net)|interest in\b(?! cash)|"
    r"interest (?:charge|penalty)|internal rate|"
    # ("The 1-per-cent interest rate increase will be in effect until")
    r"(?:interest\s+)?rate\s+(?:increase|decrease|reduction|step-up)\b|"
    # ("accrues 1.7% annual simple interest and 2.3% annual success fee")
    r"(?:annual\s+)?success\s+fee\b|"
    # interest on other liabilities: "had agreed to pay interest of 8% on
    # certain accrued liabilities aggregating $410,500"
    r"(?:per annum\s+)?on\s+(?:certain\s+)?(?:accrued liabilities|accounts payable|"
    r"(?:trade\s+)?payables|past[- ]due))"
)


_BEFORE_DEFAULT = (
    r"(?:through|until|prior to|before)\s+(?:the\s+)?(?:date of\s+)?"
    r"(?:an?\s+)?(?:event of\s+)?default"
    # a maturity's words: "matures on October 14, 2014, or upon default,
    # whichever is earlier"
    r"|\bor upon (?:an?\s+)?(?:event of\s+)?default,?\s+whichever (?:is|occurs) "
    r"(?:earlier|first|sooner)"
    # the note's clauses: "The Convertible Note contains customary events of
    # default, bears interest at an annual rate of 12.0%"
    r"|\b(?:contains?|includes?|provides? for)\s+(?:customary\s+|standard\s+|certain\s+)?"
    r"events?\s+of\s+default\b"
    # what a note promises to pay: "$170,000.00 and any interest, fees,
    # charges, and late fees on February 28, 2017"
    r"|\bfees,\s+charges,?\s+and\s+late\s+fees\b"
)


def _after_default(lowered: str, start: int, right: str) -> bool:
    """A rate that applies on a default, or when a payment is late ("0.41%
    per annum prior to default" is the rate before a default)."""
    before = rx.sub(_BEFORE_DEFAULT, "", lowered[:start])
    # ("12% per annum, increasing to 22% per annum upon the occurrence of an
    # Event of Default": the words after the rate reach its default)
    after = rx.sub(_BEFORE_DEFAULT, "", right[:80])
    return bool(
        _DEFAULT.search(before)
        # "18% upon an Event of Default" (not "8%, default interest rate of
        # 22%": the next rate's words)
        or rx.match(
            # ("eighteen (18%) per annum if unpaid following the maturity date")
            # ("fourteen percent (14%) payable from the date of any default")
            r"^\s*\)?\s*(?:per annum|per year|interest|payable)?[\s,]*(?:upon|after|on|following|during|"
            r"in the event of|if|until|from the date of)\b[^.;]{0,40}?(?:default|late|overdue|not (?:re)?paid|(?<=if )unpaid)",
            after,
        )
        # (a text may have lost its spaces: "isnotpaidwhen dueshall")
        or rx.search(
            r"not\s*paid\s*when|unpaid\s*when|when\s*(?:it\s*)?becomes\s*due", before
        )
        # "22% per annum from the due date ... ("Default Interest")"
        or rx.match(r"^[^.;]{0,80}\(\s*[\"“]default", after)
        # "(22% per annum default interest rate)" (not "8% per annum, default
        # interest rate of 22%")
        or rx.match(
            r"^\s*%?\s*(?:per annum|per year|annual)\s+default\s+(?:interest\s+)?rate\b",
            right,
        )
        # a rate a default raises the note's to, the default named further
        # on: "seven percent (7%), which increases to twenty-four percent
        # (24%) per annum, or the maximum rate permitted under any
        # applicable law, in the event of default"
        or (
            rx.search(
                r"\b(?:increas(?:es|ing)|ris(?:es|ing)|steps?\s+up)\s+to\s+(?:[a-z-]+\s+percent\s+)?\(?\s*$",
                before[-60:],
            )
            is not None
            and rx.match(
                r"^[^.;]{0,140}\b(?:default|late|overdue)\b",
                lowered[start : start + 200],
            )
            is not None
        )
        # "20% per annum, shall accrue monthly only if the Commitment is not
        # repaid by the Maturity Date"
        or rx.match(
            r"^[^.;]{0,80}\bonly if\b[^.;]{0,60}\bnot (?:re)?paid\b",
            lowered[start : start + 200],
        )
    )


#: The reference rates a floating coupon is set over ("12% plus STIBOR 3M",
#: "1.25% above 6 months HIBOR"): Hong Kong, London, US, euro, Swedish,
#: Norwegian, Danish, Australian and sterling.
_REFERENCE_RATES = "hibor|libor|sofr|euribor|stibor|nibor|cibor|bbsy|bbsw|sonia"


#: The nouns of other debt retired: "the redemption of", "a refinancing of".
_RETIREMENT = r"(?:redemption|repurchase|repayment|refinancing)"
#: An earlier issue the new one's funds retire, before the day it was issued:
#: "the voluntary early redemption on June 1st, 2018, of the bond issued on".
_RETIRED_ISSUE = (
    r"\b" + _RETIREMENT + r"\b[^.;]{0,60}\bof\s+the\s+"
    r"(?:[\w-]+\s+){0,3}?(?:bonds?|notes?|debentures?)\s+issued\s+"
)


#: The earlier issue a tap joins: "with the same features ... as the issue
#: carried out by the Issuer on April 2013".
_EARLIER_ISSUE = (
    r"\bas\s+the\s+(?:issue|bonds?|notes?)\s+(?:carried\s+out|issued|made)\b"
)


#: The verbs of other debt the proceeds retire ("to repurchase", "to repay",
#: "to refinance", "to replace" ...).
_RETIRING = r"(?:repurchas\w*|repay\w*|redeem\w*|redemption|retir\w*|refinanc\w*|address\w*|replac\w*)"


def _not_the_note_rate(lowered: str, start: int, left: str, right: str) -> bool:
    """A percentage that is no rate this note bears: per month, on a default,
    an increase after an event, the rate of notes the holder gave the
    company to pay for this one ("promissory notes (the Investor Notes),
    aggregating $1,000,000, bearing interest at the rate of 10%")."""
    return bool(
        _NOT_A_RATE.match(right)
        # plain notes sold beside the convertible ones, each with its rate:
        # "$250 million principal amount of 6.95% Senior Notes due 2018 and
        # $250 million principal amount of 2.00% Convertible Senior Notes due
        # 2020"
        or (
            rx.match(
                # ("of 8.875% senior notes due March 15, 2011 and ... of 5.00%
                # convertible senior notes")
                r"^\s*(?:(?!convertible|exchangeable)[a-z-]+\s+){0,3}notes\s+due\s+"
                r"(?:[a-z]+\.?\s+\d{1,2},\s+)?\d{4}",
                right,
            )
            and rx.search(
                # ("5.50 percent Convertible Senior Notes")
                rf"{_A_PERCENT}\s+(?:[\w-]+\s+){{0,2}}(?:convertible|exchangeable)\s+"
                r"(?:[\w-]+\s+){0,2}notes\b",
                lowered,
            )
        )
        # a yield's later step: "The yield on the OCEANs ... will be
        # approximately 3.83% per annum through March 6, 2007, and
        # approximately 2.28% per annum thereafter"
        or rx.search(
            r"\bthe\s+yield\s+(?:on|of)\s+the\s+(?:[\w-]+\s+){0,2}(?:notes|bonds|debentures|oceans|lyons)\b"
            r"(?![^.;]*\b(?:coupon|interest rate)\b)",
            lowered[:start],
        )
        is not None
        # a later coupon: "pays a cash coupon for five years, then reverts to
        # a 0% coupon"
        or rx.search(r"\breverts?\s+to\s+an?\s*$", left) is not None
        # a stake bought: "the company's recent purchase of a 12.25 per cent
        # interest, plus 15 million options, in Petsec Energy's Beibu Gulf
        # development"
        or (
            rx.search(
                r"\b(?:purchase|acquisition|sale)\s+of\s+an?\s*$"
                r"|\b(?:acquire|acquired|buy|bought|sell|sold)\s+an?\s*$",
                left,
            )
            is not None
            and rx.match(
                r"^\s*(?:working\s+|equity\s+|participating\s+)?interest\b", right
            )
            is not None
        )
        # the rate of older notes left: "$68.1 million of the 5.5%
        # convertibles will remain outstanding"
        or rx.match(
            r"^\s*(?:[\w-]+\s+){0,3}(?:convertibles|notes|debentures|bonds)\s+(?:will\s+)?"
            r"remain\s+outstanding\b",
            right,
        )
        is not None
        # a premium in a term list: "conversion premium: 20% Interest rate:
        # 1.00% p.a."
        or rx.search(r"\bpremium\s*:\s*$", left) is not None
        # a yield, not the coupon: "The bond has a face value of VND1 million
        # ($53) and will yield 8 per cent per annum"; "an additional amount
        # necessary to result in a yield of 16.75% per annum" (but a note
        # "carrying a yield of 8% per annum" states its coupon so)
        or rx.search(
            # ("This investment will offer a yield of approximately 8.6% per
            # annum")
            r"\b(?:will\s+yield|(?<!carrying a )(?<!bearing a )yield\s+of)\s*"
            r"(?:approximately\s+|about\s+|around\s+|roughly\s+)?$",
            left,
        )
        is not None
        # the older notes an exchange offer takes: "its exchange offer for up
        # to C$300 million of its 6% convertible unsecured subordinated
        # debentures"; a headline's "Sherritt says exchange for 6%
        # convertibles"
        or rx.search(EXCHANGE_OFFER_FOR + r"$|\bsays\s+exchange\s+for\s+$", left)
        is not None
        # other bonds bought back: "Concurrent Open Market Repurchase in
        # respect of EUR 100 million in aggregate principal amount of
        # Wereldhave's EUR 230 million 2.875% Convertible Bonds"
        or rx.search(rf"{_REPURCHASE_OF}[^.;%]{{0,160}}$", left) is not None
        # the interest a holder agreed to take when the issuer buys the bonds
        # back: "agreed to receive guaranteed interest of 7.33% on the
        # remaining 80 billion won"
        or rx.search(
            r"\bagreed\s+to\s+receive\s+(?:guaranteed\s+)?interest\s+of\s*$", left
        )
        is not None
        # a price's step: "convertible ... at $0.34 USD per share during the
        # first and second year, increasing in price by 10% per year"
        or rx.search(r"\bincreas\w*\s+in\s+price\s+by\s*$", left) is not None
        # a charge only on notes not repaid at the end: "if they are not
        # redeemed by then an annual interest charge of 8.75% is payable"
        or rx.search(
            r"\bif\s+(?:they|it|the\s+(?:[\w-]+\s+){0,2}notes?)\s+(?:are|is)\s+not\s+"
            r"(?:redeemed|repaid|converted)\b[^.;%]{0,60}$",
            left,
        )
        is not None
        # the rate of the notes the guarantors guarantee already: "guaranteed
        # by the MasTec subsidiaries that guarantee MasTec's 7.625% senior
        # notes"
        # (and "... 9.250% Senior Notes due 2030 and 9.000% Senior Notes due
        # 2031")
        or rx.search(
            r"\bthat\s+guarantee\s+[^.;%]{0,40}(?:\d[\d.]*\s?%[^.;%]{0,40}\band\s+)?$",
            left,
        )
        is not None
        # the rate of other bonds the issuer buys back: "it will repurchase
        # ¥15,750,000,000 in aggregate principal amount of the outstanding
        # ¥16,000,000,000 0.5% Convertible Bonds due 2025"
        or rx.search(
            r"\bwill\s+(?:repurchase|redeem|buy\s+back)\b[^.;%]{0,120}\boutstanding\s+"
            r"\S{0,4}\d[\d,.]*\s*(?:million|billion)?\s*$"
            # ("has agreed to repurchase approximately USD109.1 million of its
            # outstanding 9% convertible senior notes due 2038"; "to pay any
            # amounts due upon conversion or at maturity of its 1.00%
            # Convertible Senior Notes due 2021")
            # (nor the notes an exchange takes in: "Alkermes starts exchange for
            # 3.75% convertibles")
            r"|\bexchange\s+for\s+(?:its\s+|the\s+)?$"
            r"|\b(?:agreed\s+to|will)\s+(?:repurchase|redeem|buy\s+back)\b[^;%]{0,40}\d[^;%]{0,60}\bof\s+"
            r"(?:its|the)\s+outstanding\s+$|\bat\s+maturity\s+of\s+its\s+$"
            # ("to purchase approximately $433.6 million face value of
            # outstanding senior notes, including $200.0 million of 4%
            # convertible senior notes")
            r"|\bpurchase\b(?:[^.;%]|\.(?=\d)){0,80}\boutstanding\b[^.;%]{0,60}\bincluding\s+\S{0,4}\d[\d,.]*\s*"
            r"(?:million|billion)?\s+of\s+$"
            # ("and its planned redemption of $103.2 million of 5 1/2%
            # Convertible Subordinated Notes due 2005")
            r"|\bredemption\s+of\s+\S{0,4}\d[\d,.]*\s*(?:million|billion)?\s+of\s+(?:its\s+|the\s+)?$"
            # (nor interest paid only in some periods: "contingent interest for
            # specified periods at an annual rate of 0.25%")
            r"|\bcontingent\s+interest\b[^.;%]{0,100}$",
            left,
        )
        is not None
        # (nor old notes an exchange takes in: "offered to exchange any and
        # all of its outstanding $328.1 million of 6¼% senior notes due 2021
        # for the new convertibles"; "an offer to exchange up to $94.1 million
        # ... of its new convertible Plus Cash Notes for up to $114.1 million
        # aggregate principal amount of its currently outstanding 4½%
        # Convertible Notes due 2005")
        or rx.search(
            r"\bexchange\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:its|our|the|their)\s+(?:currently\s+)?"
            r"outstanding\s+(?:\S{0,4}\d[\d,.]*\s*(?:million|billion)?\s+of\s+)?$",
            lowered[:start],
        )
        is not None
        # the cash and in-kind parts of a rate paid either way: "paying 9%
        # per year entirely in cash or by paying 6.25% per year in cash and
        # 2.75% per year by increasing the principal amount"
        or rx.search(r"\bor\s+by\s+paying\s*(?:[\d.]+\s*%[^.;%]{0,40}\band\s*)?$", left)
        is not None
        # (nor an accretion's rate: "their principal will accrete at a rate
        # of 3.9755% per year"; nor notes the proceeds redeem: "used to fund
        # the redemption of our 6.125% notes due December 2008")
        or rx.search(
            r"\baccrete\s+at\s+a\s+rate\s+of\s*$|\bredemption\s+of\s+(?:our|its|the)\s*$",
            left,
        )
        is not None
        # (nor interest paid in kind instead of cash: "may elect to pay
        # interest-in-kind (PIK) in the third and fourth years at a rate of
        # 11.00% in lieu of cash interest payments"; nor the rate a loan
        # changes to on an event: "the interest rate on the loan will be
        # changed from 6% per year to 12% per year")
        or rx.search(
            r"\b(?:interest[- ]in[- ]kind|pik)\b[^.;%]{0,80}\bat\s+a\s+rate\s+of\s*$"
            r"|\bwill\s+be\s+(?:changed|increased)\s+from\s+[\d.]+\s*%\s*(?:per\s+(?:year|annum)\s+)?to\s*$",
            left,
        )
        is not None
        # (or a concurrent offering's notes that do not convert: "unsecured
        # 2.950% Senior Notes due 2031 (the "Senior Notes")" beside the
        # convertible ones)
        or (
            rx.match(
                r"^\s*senior\s+notes\s+due\s+\d{4}\s*\(\s*the\s+[\"“]senior\s+notes[\"”]\s*\)",
                right,
            )
            is not None
            and "convertible" in lowered
        )
        # a premium, not a coupon: "may be redeemed at a premium of 12 per
        # cent per annum"
        or rx.search(r"\bpremium\s+of\s*$", left) is not None
        # a note that does not convert, beside one that does: "the balance of
        # $11.5M is in the form of a senior secured non-convertible note that
        # pays a coupon of 7.5% per annum"
        or rx.search(
            r"\bnon-convertible\s+(?:[\w-]+\s+){0,3}(?:notes?|bonds?|debentures?|loans?)\b[^.;%]{0,60}$",
            left,
        )
        is not None
        # a comparison: "a coupon of 5.25%, which is 4.50% lower than the
        # 9.75% coupon paid on the outstanding senior secured debt"
        or rx.search(r"\b(?:lower|higher|less|more)\s+than\s+(?:the\s+)?$", left)
        is not None
        or rx.match(r"\s*(?:lower|higher|less|more)\s+than\b", right) is not None
        # the rate of older notes the proceeds retire: "intends to use ... the
        # net proceeds ... to repurchase a portion of Silicon Labs'
        # outstanding 1.375% convertible senior notes due 2022"; "to use the
        # proceeds ... to fund ... tender offers ... to purchase for cash
        # certain of its 6.35% senior notes due 2017, 6.00% senior notes due
        # 2018"
        or (
            rx.search(
                rf"\bproceeds\b[^;]*\b(?:{_RETIRING}|tender\s+offers?|purchase)\b[^;]*$",
                lowered[:start],
            )
            is not None
            and rx.match(
                r"^\s*(?:[\w-]+\s+){0,3}(?:notes|bonds|debentures|convertibles)\s+due\s+\d{4}\b",
                right,
            )
            is not None
        )
        # a part of the notes: "Converts Approximately 60% of Convertible
        # Promissory Notes"; "the conversion ... of 75% of the convertible
        # notes"
        or rx.match(
            r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}"
            r"(?i:notes?|debentures?|bonds?)\b",
            right,
        )
        is not None
        # an accounting average or fair value's rate: "Debt, weighted average
        # interest rate | 55.00%"
        or rx.search(
            r"\b(?:weighted average|fair value)\s+interest\s+rate\s*\|?\s*$", left
        )
        is not None
        # a rate on what is unpaid at maturity: "Any amounts not paid on or
        # before the Maturity Date ... shall accrue interest at six percent"
        or rx.search(
            r"\bnot\s+paid\s+(?:on or before|by|when due|at)\b[^.;%]{0,80}\baccrue\s+interest\s+at\b"
            r"[^.;%]{0,30}$",
            left,
        )
        is not None
        # a price, not a coupon: "issued at 92% of Par Value" (not "interest
        # at 12.5% of face amount")
        or (
            rx.match(r"^\s*of\s+(?:the\s+)?(?:par|face|nominal)\b", right) is not None
            and rx.search(r"\binterest\b[^.;]{0,20}$", left) is None
        )
        # a stake held: "the company's controlling shareholder, holding a
        # 22.89% interest"
        or (
            rx.search(
                r"\b(?:holding|holds|held|owning|owns|owned|acquiring|retaining)\s+"
                r"(?:an?\s+)?(?:approximately\s+|about\s+)?$",
                left,
            )
            is not None
            and rx.match(r"^\s*(?:equity\s+)?(?:interest|stake)\b", right) is not None
        )
        # a stake the conversion gives: "expected to give Agronomics an
        # approximate interest of 2.3% In Shiok Meats on conversion"
        or (
            rx.search(r"\b(?:give|giving|gives)\b[^.;%]{0,60}\binterest of\s*$", left)
            is not None
            and rx.match(r"^\s*in\s+[a-z]", right) is not None
        )
        # a floating rate's cap: "3-month NIBOR plus 5.75%, with an upper
        # maximum of 10% interest"
        or rx.search(
            r"\b(?:upper\s+)?(?:maximum|cap(?:ped)?|ceiling)\s+(?:of|at)\s*$", left
        )
        # an XBRL row of the stepped rate: "Increase in interest rate | 12.00%"
        or rx.search(
            r"\bincrease\s+in\s+(?:the\s+)?interest\s+rate\s*(?:\|\s*[\d.]+\s*%\s*)*\|?\s*$",
            left,
            re.I,
        )
        # a rate while the term is extended: "the right to extend the maturity
        # date ..., with interest accruing at a rate of 10% during any such
        # extension periods"
        or rx.match(
            r"^\s*(?:per annum\s+)?(?:during|for|in)\s+(?:any\s+)?(?:such\s+)?"
            r"(?:extension|extended)\s+(?:periods?|terms?)\b",
            right,
        )
        # a rate per period shorter than a year: "ten percent (10%) per
        # thirty-day period"
        or rx.match(
            r"^\s*(?:per|for each|every)\s+(?:(?:thirty|sixty|ninety|30|60|90)[- ]day|month(?:ly)?"
            r"|quarter(?:ly)?)\s*(?:period|month)?\b",
            right,
        )
        # one of two rates, by series or tenor: "bearing interest at the rates
        # of 10% or 11% p.a."
        or rx.match(r"^\s*(?:p\.a\.|per annum)?\s*or\s+\d[\d.]*\s*%", right)
        or rx.search(r"\brates of \d[\d.]*\s*%\s+or\s+$", left)
        # ("EUR 150,000,000 4.00 per cent./8.00 per cent. PIK Mandatory
        # Convertible Notes": a cash rate or a higher one paid in kind)
        or rx.match(r"^\s*\.?\s*/\s*\d[\d.]*\s*(?:%|per\s*cent)", right)
        or rx.search(r"\d[\d.]*\s*(?:%|per\s*cent)\.?\s*/\s*$", left)
        # notes offered beside these that do not convert: "together with the
        # net proceeds from the concurrent offering of 8.875% Senior Notes due
        # 2029"
        or (
            rx.search(r"\bconcurrent\s+(?:offering|issuance|sale)\s+of\s+$", left)
            is not None
            and rx.match(r"^[^.;]{0,60}\b(?:convertible|exchangeable)\b", right) is None
        )
        # the old notes a notice calls in: "BAA has also given notice today
        # that all of the outstanding 4.875 per cent. Convertible Bonds due
        # 2004 ... will be redeemed"
        or rx.search(
            r"\balso\b[^.;]{0,60}\ball\s+of\s+(?:the|its|our)\s+outstanding\s+$", left
        )
        is not None
        # other notes the proceeds retire: "The remaining net proceeds will be
        # used to repurchase $400.0 million of Omnicell's outstanding 0.25%
        # Convertible Senior Notes"; "may use ... the net proceeds ... to
        # address ... its 6.25% Convertible Senior Notes"; "to use ... the net
        # proceeds of this offering to replace its existing contractual
        # obligation to issue 6% senior convertible notes"
        or rx.search(
            rf"\bproceeds\b(?:[^.;]|\.(?=\d)){{0,120}}\b{_RETIRING}\b"
            r"(?:[^.;%]|\.(?=\d)){0,120}$"
            # ("to use the proceeds from the offering to acquire outstanding
            # 4.5% notes due 2008")
            r"|\bproceeds\b(?:[^.;]|\.(?=\d)){0,120}\bto\s+(?:acquire|purchase|buy)\s+"
            r"(?:(?:its|the|our)\s+)?outstanding\s+$"
            # (and the next notes in the same list: "to refinance all of its
            # outstanding 3.800% Senior Notes due 2024 (...) and a portion of
            # its 5.000% Senior Notes due 2025")
            # ("... its existing 3½% Convertible Senior Notes due 2011 and 3½%
            # Convertible Subordinated Notes due 2011")
            rf"|\b{_RETIRING}\b(?:[^.;]|\.(?=\d)){{0,200}}\band\s+"
            r"(?:(?:a\s+portion\s+of\s+|all\s+of\s+)?(?:its|the|their)\s+)?$",
            left,
        )
        # other securities' holders: "a similar consent and waiver from the
        # holders of its 5% Convertible Debentures Due 2004"
        or rx.search(
            r"\b(?:consents?|waivers?|approvals?)\b[^.;%]{0,40}\bfrom\s+the\s+holders\s+of\s+"
            r"(?:its|our|the company['’]s)\s+(?:outstanding\s+|existing\s+)?$"
            # ("a restructuring support agreement ... between the company, and
            # certain holders of the 9% secured convertible debentures")
            r"|\bcertain\s+holders\s+of\s+(?:the|its|our)\s+(?:outstanding\s+|existing\s+)?$"
            # ("Entered into PSA with investors, holders of outstanding 7%
            # second lien senior secured convertible pik notes due 2025")
            r"|\bholders\s+of\s+(?:(?:the|its|our)\s+)?outstanding\s+$"
            # ("certain institutional holders of an aggregate of approximately
            # $47 million in face value of its 2.625 percent senior convertible
            # debentures due 2024 to exchange")
            r"|\bholders\s+of\s+(?:an\s+aggregate\s+of\s+)?(?:approximately\s+)?\S{0,4}[\d.,]+"
            r"\s*(?:million|billion)?\s+(?:in\s+)?(?:face value|(?:aggregate\s+)?principal amount)"
            r"\s+of\s+(?:its|our|the company['’]s)\s+$"
            # (or given up for the new: "in exchange for $176,551,000 principal
            # amount of its 3.75% convertible senior notes due Oct. 1, 2014")
            r"|" + _GIVEN_UP_FOR + r"$"
            # ("three investors holding approximately $11.0 million of the
            # principal amount of the Company's 3.25% Convertible Senior Notes
            # due 2020")
            r"|\b(?:investors|holders)\s+holding\b(?:[^.;%]|\.(?=\d)){0,80}\bof\s+"
            r"(?:the\s+company['’]s|its|our)\s+$",
            left,
        )
        # the notes given up: "Avadel to swap $96.2 million 4.5% notes due
        # 2023 for 6% notes due 2027"
        or (
            rx.search(r"\b(?:swap|exchange)s?\s+(?:\S+\s+){0,3}$", left) is not None
            and rx.match(
                r"^\s*(?:[\w-]+\s+){0,4}(?:notes|bonds|debentures)\b(?:\s+due\s+\d{4})?"
                r"\s+for\s+(?:new\s+)?\d",
                right,
            )
            is not None
        )
        # other debt the note ranks against: "senior to the Existing Notes
        # and the Company's 3.875% Convertible Subordinated Notes due 2027"
        or rx.search(
            r"\b(?:senior|subordinated?|junior)\s+(?:in right of payment\s+)?to\b[^.;%]{0,100}$"
            r"|\bpari\s+passu\s+with\b[^.;%]{0,100}$",
            left,
        )
        # a floating rate's floor, in the words of a price's: "provided that
        # such rate will never be less than 0% per annum"
        or _FLOOR.search(left[-60:])
        # a range marketed: "a coupon of 2.125 - 2.625% per annum"; the first
        # of rates stepping up: "Coupon: 0.8% initially, stepping up to 1% in
        # year two"
        or rx.search(r"\b\d[\d.]*\s*(?:%|per\s*cent)?\s*[-\u2013]\s*$", left)
        or rx.match(
            r"^\s*(?:[-\u2013]\s*\d[\d.]*\s*%"
            r"|(?:per annum\s+)?initially,?\s+step(?:ping|s)\s+up\b)",
            right,
        )
        # the rate of notes renewed later: "The new interest rate for
        # investors who renew the notes will be 6% a year"; "The rate for the
        # renewed notes had been set at 6%"
        or rx.search(
            r"\bnew\s+interest\s+rate\b[^.;%]{0,60}$"
            r"|\brenewed\s+(?:notes|debentures|bonds|capital\s+notes)\b[^.;%]{0,40}$",
            left,
        )
        # notes bought back: "the concurrent repurchase of its outstanding
        # 225,000,000 euros 3.375 percent convertible bonds"
        # ("Reebok intends to redeem its $250 million of 4.25% convertible
        # debentures due 2021"; "eligible holders of the outstanding €300
        # million 0.75% convertible bonds due 2018 accepted the company's
        # offer to repurchase")
        or rx.search(
            r"\b(?:buy-?back|repurchase)\s+of\s+(?:its|the|our)\s+outstanding\b[^.;%]{0,60}$"
            r"|\b(?:intends|plans|will|to)\s+(?:to\s+)?redeem\s+(?:its|the|our)\s+\S{0,4}\d[^.;%]{0,30}$"
            r"|\bholders\s+of\s+the\s+outstanding\s+\S{0,4}\d[^.;%]{0,30}$"
            # ("completion of a privately negotiated exchange of its 2.50%
            # Convertible Senior Subordinated Notes due 2014")
            r"|\bexchange\s+of\s+(?:its|the|our)\s+(?:outstanding\s+)?$",
            left,
        )
        # ("offered in exchange ... for up to $122,549,019 aggregate principal
        # amount of its outstanding 4.875% Senior Notes due 2009")
        or (
            rx.search(
                r"\bamount\s+of\s+(?:its|our|the company['’]s)\s+outstanding\s+$", left
            )
            is not None
            and rx.search(r"\bexchang", lowered) is not None
        )
        # another convertible the issuer has: "WPP already has a convertible
        # outstanding, the $270 million of 3% convertibles due 2005"
        or rx.search(
            r"\balready has an?\s+(?:[\w-]+\s+){0,2}outstanding\b[^.;%]{0,80}$", left
        )
        # a call's make-whole: "then with 200% trigger and 50% coupon
        # make-whole"
        or rx.match(r"^\s*coupon\s+make-?whole\b", right)
        # notes redeemed early: "in connection with the early redemption of
        # the company's $600 million 0% convertible notes due 2019"
        or rx.search(r"\bearly\s+redemption\s+of\b[^.;%]{0,80}$", left)
        # notes invited back: "results of the invitation to sell the
        # outstanding 0.875% convertible notes due 2021"
        # (not the new notes an exchange offer gives: "its offer to exchange
        # its 6.25% Convertible Subordinated Debentures due 2008 (the "New
        # Debentures") for its existing 6.25% ... Debentures due 2006")
        or (
            rx.search(
                r"\b(?:invitation|offer)\s+to\s+(?:sell|tender|exchange)\b[^.;%]{0,60}$",
                left,
            )
            and not rx.match(r"^%?[^.;%()]{0,60}\(\s*(?:the\s+)?[\"“]new\b", right)
        )
        # a penalty: "including interest and a 40% prepayment penalty"
        or rx.match(r"^\s*(?:prepayment\s+)?(?:penalty|premium)\b", right)
        # a rate on a failure to pay: "If the Company fails to make payment,
        # interest accrues at a rate of 18% per annum"; a cap: "increased each
        # year ... up to a maximum of 12% per annum"; an amended note's old
        # rate: "Original interest rate: 8 per cent per annum"
        or rx.search(
            r"\bif (?:the company|we|it|the borrower|the issuer) fails? to\b[^.;]{0,120}$"
            r"|\ba maximum of\s*$|\boriginal (?:interest )?rate\s*:?\s*$"
            # (a premium on top of the rate: "This annual rate will be
            # increased by a non-conversion premium ... equal to an
            # additional interest of 0.1%")
            r"|\b(?:an?\s+)?additional interest (?:rate\s+)?of\s*$"
            # ("The maximum interest rate, which was formerly 12% per annum")
            r"|\b(?:which was |previously |was )?formerly\s*$",
            left,
        )
        # the first coupon's alone: "a coupon ranging between 8% and 40% ...;
        # the first coupon payment will have an interest rate of 12%"
        or rx.search(
            r"\bfirst (?:coupon|interest)(?: payment)? will (?:have|bear|carry) an? "
            r"(?:interest )?rate of\s*$",
            left,
        )
        # a rate on a condition: "If shareholder approval is not obtained
        # prior to the 135th day after closing ..., the notes will bear
        # interest at 20 percent per annum"
        or rx.search(
            r"\bif\b[^.;]{0,160},\s+(?:the\s+)?(?:notes?|debentures?)\s+(?:will|shall)\s+"
            r"bear\s+interest\s+at\s*$",
            left,
        )
        # a conversion's: "converted into shares ... at a rate of 55%
        # multiplied by the market price"
        or rx.match(r"^\s*(?:multiplied by|times)\s+the\b", right)
        # a dividend's growth: "the right to increase its dividend payouts by
        # 25% a year"; a one-time charge: "a one-time interest charge on the
        # principal amount of the Note at a rate of 5%"
        or rx.search(
            r"\bdividends?\b[^.;%]{0,40}$|\bone[- ]time interest charge\b[^.;%]{0,80}$",
            left,
        )
        # a default's: "will also bear interest at a rate of 22% per annum if
        # any amount thereunder is not paid when due"
        or rx.match(
            r"^\s*(?:per annum\s+)?if any amount\b[^.;]{0,40}\bnot paid when due\b",
            right,
        )
        # notes the text names as the old ones: "1.25% Convertible Senior
        # Notes due 2026 (the “Existing Convertible Notes”)"
        or rx.match(
            r"^\s*(?:[\w-]+\s+){0,4}notes\s+due\s+\d{4}\s*\((?:the\s+)?[\"“](?:existing|old|"
            r"original|prior|outstanding)\b",
            right,
        )
        # the notes the buyers already hold: "to issue and sell ... new notes
        # ... to holders of our 6.25% convertible senior notes due June 15,
        # 2026"
        or rx.search(r"\bto\s+(?:the\s+)?holders\s+of\s+(?:our|its)\s+$", left)
        # the issuer's existing bonds: "of existing USD100 million 9.00%
        # convertible bonds due in 2020"
        or rx.search(
            r"\bexisting\s+(?:\S{0,4}\d[\d.,]*\s*(?:million|billion)?\s+)?$"
            # (an existing note the new one pays off: "... under an existing
            # convertible promissory note issued ... in the principal amount
            # of $25,000 and bearing interest at the rate of 15.0% per annum")
            r"|\bexisting\s+(?:[\w-]+\s+){0,3}(?:note|debenture)\s+issued\b[^.;]{0,170}$",
            left,
        )
        or rx.search(EXCHANGE_OFFER_FOR + "$", left)
        # the balances an exchange leaves: "Following this transaction, the
        # company will have $59.9 million principal amount of 6.5% convertibles
        # outstanding and $168.7 million principal amount of 8.5% convertibles
        # outstanding"
        or rx.match(_AFTER_AN_EXCHANGE, lowered)
        # what the new notes are swapped for: "BPZ to exchange 8.5% convertibles
        # for $26 million 6.5% convertibles"
        or rx.search(
            r"\b(?:exchange|swap)\s+(?:\S{0,4}\d[\d.,]*\s*(?:million\s+|billion\s+)?)?"
            r"(?:[\w.%-]+\s+){1,4}for\s+\S{0,4}\d[\d.,]*\s*(?:million\s+|billion\s+)?"
            r"(?:of\s+(?:its|the|our)\s+(?:outstanding\s+|existing\s+)?)?$"
            # ("moved to exchange more than $1 billion of new 10-year
            # zero-coupon convertible debt for all of its 8% senior notes due
            # 2011 and some of its 12.5% springing lien notes")
            r"|\b(?:exchange|swap)\s+[^;]{0,80}?\bnew\b[^;]{0,80}?\bfor\s+(?:all|some|part)\s+of\s+"
            r"(?:its|the|our)\s+(?:[^;]{0,80}\band\s+(?:all|some|part)\s+of\s+(?:its|the|our)\s+)?"
            r"(?:outstanding\s+|existing\s+)?$",
            left,
        )
        # the notes an offering refinances: "Convertible Senior Note Offering
        # to Refinance 4.50% Convertible Subordinated Notes Due 2006"
        or rx.search(
            r"\bto\s+"
            + _RETIRING
            + r"\s+(?:its\s+|the\s+|our\s+)?(?:outstanding\s+|existing\s+)?$",
            left,
        )
        # the rate before a change: "raising the coupon to 14% from 10%"
        or rx.search(r"\bto\s+\d[\d.]*\s*%\s+from\s*$", left)
        # a floating rate's margin written after it: "at a rate of prime
        # interest rate plus two percent (2%)"; the rate after a floating
        # one: "at the rate of 7% per annum above the base rate ..., and
        # thereafter at 10% per annum"
        or rx.search(
            r"\b(?:prime|base|libor|sofr|euribor|hibor)(?:\s+(?:interest|lending))?\s+rate\s+"
            r"(?:plus|\+)\s+(?:[a-z-]+\s+(?:percent|per cent)\s*\(?\s*)?$"
            r"|\b(?:above|over|plus)\s+(?:the\s+)?(?:base|prime)\s+rate\b[^.;%]{0,80}\bthereafter\s+at\s*$",
            left,
        )
        # interest charged once, in advance: "together with interest thereon in
        # advance in the amount of fifteen percent (15%) simple interest"
        or rx.search(r"\binterest\s+(?:thereon\s+)?in advance\b[^.;%]{0,40}$", left)
        # a floating rate's margin: "1.25% (above 6 months HIBOR)", "LIBOR
        # plus 4%"
        or rx.match(
            # ("1.5 per cent. over three month LIBOR": the full stop "per
            # cent." ends with)
            r"^\s*\.?\s*(?:per annum\s*)?\(?\s*(?:above|over|plus|\+)\s+(?:the\s+)?"
            # ("8 per cent above the USD Libor")
            r"(?:usd\s+|us\s+dollar\s+|sterling\s+)?"
            # ("3.5% plus three months $ Libor")
            r"(?:(?:\d+|one|three|six|twelve)[- ]months?\s+)?(?:(?:\$|us\$|usd)\s*)?(?:"
            + _REFERENCE_RATES
            + r"|prime|base rate|the prime rate)",
            right,
        )
        or rx.search(
            # ("one-month LIBOR (to the extent in excess of 1.10%) plus 9.50%")
            # ("Israeli prime plus 4% per annum")
            r"\b(?:" + _REFERENCE_RATES + r"|prime rate|prime)"
            r"\s*(?:\([^)]{0,60}\)\s*)?(?:plus|\+)\s*$",
            left,
        )
        # the rate of notes a tender offer buys: "its concurrent tender offer
        # to purchase any and all of its outstanding 4.750% senior notes due
        # 2024"
        or rx.search(
            r"\btender\s+offer\s+(?:to\s+(?:purchase|repurchase|acquire)|for)\s+"
            r"(?:any\s+and\s+all\s+(?:of\s+)?|all\s+(?:of\s+)?)?(?:its|the|our|their)\s+"
            r"(?:outstanding\s+)?"
            # (each of a list: "a tender offer for its 6.625% notes due 2007,
            # its 6.75% bonds due 2008, the 6.8% bonds due 2009 and the 7.125%
            # notes due 2009")
            r"(?:\d[\d.]*\s*%\s+(?:[\w-]+\s+){0,4}?(?:notes|bonds|debentures)\s+due\s+\d{4},?\s+"
            r"(?:and\s+)?(?:its|the|our|their)\s+)*$",
            left,
        )
        is not None
        # one leg of a rate that floats: "at the lesser of 8% per annum or the
        # applicable federal rate"
        or (
            rx.search(r"\b(?:lesser|lower|greater|higher)\s+of\s*(?:\(i\)\s*)?$", left)
            and rx.match(
                r"^\s*(?:per\s+annum\s+)?(?:or|and)\s+(?:\(ii\)\s*)?(?:the\s+)?"
                r"(?:applicable\s+federal\s+rate|prime|base\s+rate|"
                + _REFERENCE_RATES
                + r")",
                right,
            )
        )
        # ("applied imputed interest on this convertible note using an
        # interest rate of 1.75%")
        or rx.search(r"\bimputed interest\b[^.;%]{0,80}\brate of\s*$", left)
        # "effective interest rate of 4.9%", "imputed an effective interest
        # rate of 10%", "a discount rate of 12%", "is being amortized ...
        # Accordingly, the annual interest rate is 20%": an accounting rate
        # ("a new effective annual interest rate of 9.15%")
        or rx.search(
            r"effective (?:annual |annualized )?(?:interest )?rate|imputed|implied|"
            # (an assumption a registration is sized on: "based on an assumed
            # interest rate of 8.28%")
            r"discount rate|\bassumed (?:annual )?(?:interest )?rate"
            # a yield, not a coupon: "maturity interest rate of 2 percent",
            # "a yield to maturity of 3%"
            # (not both: "have a yield to maturity and coupon rate of 5%")
            # ("investors' yield-to-maturity or expected gain ... is 2.875 percent")
            # ("marketed to investors at a yield of 7.875% per annum")
            r"|maturity interest rate|yield[- ]to[- ]maturity(?!\s+and\s+(?:the\s+)?coupon)"
            r"|\bat\s+a\s+yield\s+of\s*$",
            # (after the last percentage before it: "Discount Rate: 20.0%
            # Annual Interest Rate: 6.0%", a term sheet's next line)
            left[-45:].rsplit("%", 1)[-1],
        )
        # ("The effective interest rate on the notes is approximately 7.72%")
        # ("The yield to maturity (YTM) of the bonds is set at 6.05 per cent")
        or rx.search(
            r"\beffective (?:annual |annualized )?(?:interest )?rate\b[^%.;]{0,50}$"
            r"|\byield[- ]to[- ]maturity\b(?!\s+and\s+(?:the\s+)?coupon)[^%.;]{0,50}$",
            left,
        )
        # the rate in the name of notes others hold: "with certain holders of
        # the Company's 0.25% Convertible Senior Notes due 2026 (the "2026
        # Notes")", exchanged for the new ones
        or (
            rx.search(r"\bholders of (?:the company['’]s|its|our)\s*$", left)
            is not None
            and rx.search(r"\bexchang", lowered) is not None
        )
        # a rate for a fair value: "An interest rate of 8.19 per cent was used
        # to measure the debt at fair value"
        or rx.match(
            r"^\s*(?:per cent|percent)?\s*(?:was|is|has been) used to (?:measure|value|"
            r"discount|calculate the fair value)\b",
            right,
        )
        # (not "Senior Amortizing Convertible Notes" nor "Self-Amortization
        # Promissory Note": the notes' name)
        # (not "Accordingly, on March 27, 2014 the Company issued": an act)
        or rx.search(
            # (but "the discount ... will be amortized over the life of the
            # Convertible Note and have an interest rate of 10%": the note's)
            r"\b(?<!self-)amortiz(?!ing)(?![^;]*\b(?:have|has|bears?|carry|carries)\s+an?\s+"
            r"interest\s+rate\s+of\s*$)|\baccordingly,?\s+the\s+(?:\w+\s+){0,2}rate\b",
            lowered[:start],
        )
        or rx.match(
            r"^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:per|a|each)\s+(?:month|quarter|day|week)\b|monthly)",
            right,
        )
        # "Interest is calculated at 8% semiannually": per half-year, or a
        # year's rate paid twice? (unless the text says the rate is annual)
        or (
            rx.match(r"^\s*(?:semi-?annually|quarterly)\b", right) is not None
            and not rx.search(r"per annum|\bannual\b|\ba year\b|per year", lowered)
        )
        or _after_default(lowered, start, right)
        # a floor under a rate another lender sets: "10% per annum, or the
        # interest rate paid to any unrelated third party lender or investor,
        # whichever is higher"
        or rx.match(
            r"^[^%]{0,20}%\s*(?:per annum|per year|a year)?,?\s+or\s+(?:the\s+)?(?:interest\s+)?"
            r"rate\b[^.;%]{0,150}?,?\s+whichever\s+is\s+(?:higher|greater)\b",
            lowered[start : start + 260],
        )
        is not None
        # the rate of a debt the proceeds repay: "to repay the currently
        # outstanding loan held by Sprott ..., which currently bears interest
        # at 12%"
        or rx.search(
            r"\bto repay\b[^.;]{0,120}\b(?:loan|debt|facility|notes?|debentures?)\b"
            r"[^.;]{0,160}\bbears interest at\s*$",
            lowered[:start],
        )
        # a rate after maturity: "The notes matured in January 2020 and
        # continue to accrue interest at an annual rate of eight percent";
        # "12% per annum to the Maturity Date and 24% per annum on any
        # remaining balance thereafter"
        or rx.search(
            r"\b(?:after|following) (?:the )?maturity\b|"
            r"\bmatured\b[^.;]{0,60}\bcontinues? to (?:accrue|bear)\b|"
            r"\bto the maturity date and\s*$",
            left,
        )
        or rx.match(
            r"^\s*(?:per annum\s+)?on any (?:remaining|unpaid) balance thereafter\b",
            right,
        )
        # a rate paid in kind beside the cash rate: "cash interest at the rate
        # of 8.5% per annum with an additional PIK of 3.5% per annum"; a rate
        # on a condition: "may pay an interest rate of 12% per annum in the
        # event that the Company makes a Paid In Kind election"
        or rx.search(r"\bpik(?: interest)?(?: of| at)?\s*$", left)
        # ("has an ability for the company to pay interest in the form of
        # additional "pay-in-kind" debentures at a rate of 10%")
        or rx.search(
            r"\bpay(?:able)?\s+interest\s+in\s+the\s+form\s+of\s+(?:additional\s+)?\W?"
            r"pay[- ]in[- ]kind\W?\s+(?:[\w-]+\s+){0,2}at\s+(?:a|the)\s+rate\s+of\s*$",
            left,
        )
        or rx.match(r"^\s*(?:per annum\s+)?in the event (?:that|of)\b", right)
        # a charge, not a rate: "a one-time interest of 19% on the date of
        # issuance"
        or rx.search(r"\bone[- ]?time interest(?: charge)?(?: of)?\s*$", left)
        # a rate after an extension: "In the event that the maturity date is
        # extended, the note will bear interest at 15%"
        or rx.search(
            r"^\W*(?:in the event|if|upon|should)\b[^.;]{0,80}\bextend(?:ed|s)?\b",
            lowered,
        )
        # a margin over another rate: "five percent (5.00%) per annum in
        # excess of the non-default rate of interest ... under the Credit
        # Agreement"
        or rx.match(
            r"^\W*(?:per annum\s+|per year\s+)?(?:in excess of|above|over)\s+(?:the|a)\b"
            r"[^.;]{0,40}\brate\b",
            right,
        )
        # "increase to 18%" after an event: not the rate a note bears ("The
        # interest rate increased from 18% per annum to 22% per annum")
        # (nor a coupon cut later from the one stated beside it: "The
        # annualised coupon rate of the Loan Notes has been reduced to 13.75
        # per cent. (from 15 per cent.)")
        or (
            rx.search(r"\b(?:reduced|decreased|lowered)\s+to\s*$", left) is not None
            and rx.match(
                r"^\s*\.?\s*(?:per annum\s+|per year\s+)?\(?\s*from\s+\d[\d.]*\s*(?:%|per\s?cent\b)",
                right,
            )
            is not None
        )
        or rx.search(
            r"(?:increase[sd]?|rise|adjust\w*)\s+to\s+(?:an?\s+(?:annual\s+)?rate\s+of\s+)?$",
            left,
        )
        or rx.search(r"\b(?:increased|rose|raised)\s+from\b[^.;]{0,40}\bto\s*$", left)
        # (or a ceiling an increase may reach: "10% of the principal amount,
        # but this may be increased by the Minister up to a maximum amount of
        # 18% per annum")
        or rx.search(
            r"\b(?:increased|raised)\b[^.;]{0,60}\bup\s+to\s+(?:a\s+maximum\s+(?:amount\s+|rate\s+)?of\s+)?$",
            left,
        )
        # a rate to come on a condition: "8% per annum, which will scale down
        # to 5% per annum following the delisting of Matador"
        or rx.search(
            r"\bwill\s+(?:scale|step|be stepped)\s+down\s+to\s*$"
            r"|\bwill\s+(?:decrease|be reduced|reduce|fall)\s+to\s*$",
            left,
        )
        # the rate of a note exchanged for the new one: "Image's 7.875% senior
        # convertible note due 2011 (the “Original Note”) ..., pursuant to
        # which Image exchanged the Original Note solely for an 8.875% ...
        # note"
        or (
            rx.match(
                r"^[^.;%]{0,60}\(\s*the\s+[\"“](?:original|existing|prior|old)\s+"
                r"(?:notes?|debentures?|bonds?)[\"”]\s*\)",
                right,
            )
            and _EXCHANGED_FOR_A_NEW.search(lowered) is not None
        )
        # "8% for the first 18 months and 15% for the continuing 12 months":
        # a stepped rate, which the language cannot hold
        or rx.match(r"^\s*(?:per annum\s+)?(?:for|during) the first\b", right)
        # interest on a condition: "plus, under certain circumstances ...,
        # contingent interest of 0.50% per annum"
        or rx.search(r"\bcontingent\s+(?:cash\s+)?interest\s+(?:of|at)\s*$", left)
        # (and the rate after it: "11% per annum for the first two years and
        # then at the rate of 8% per annum thereafter")
        or rx.search(
            r"\b(?:for|during) the first\b[^.;%]{0,40}\band\s+then\s+"
            r"(?:at\s+(?:the|a)\s+rate\s+of\s+)?$",
            left,
        )
        # ("8.00% per annum during the first 12 months and 7.00% per annum
        # thereafter")
        or (
            rx.search(r"\b(?:for|during) the first\b[^.;%]{0,40}\band\s+$", left)
            is not None
            and rx.match(r"^\s*(?:per annum\s+)?thereafter\b", right) is not None
        )
        or rx.search(_INVESTOR_NOTES, left)
        # a range: "a guaranteed interest rate between 5% and 10%"; "interest
        # rates varying from 6% to 15%"
        or rx.search(r"\bbetween\s*$", left)
        # a rate for an optional extension: "has the option to extend the
        # maturity for an additional year at an interest rate of 12%"
        or rx.search(r"\boption to extend\b[^.;%]{0,80}$", left)
        # a part of the coupon: "Two-thirds of the Interest (equal to 6% per
        # annum) is payable in cash"
        or rx.search(
            r"\b(?:thirds?|halves|half|quarters?|portion|part)\s+of\s+the\s+interest\b[^.;%]{0,30}$",
            left,
        )
        # an earlier issue: "The company raised 1.59 billion yuan in June from
        # a sale of 5-percent convertible notes"
        or rx.search(
            rf"\braised\b(?:[^.;%]|\.(?=\d)){{0,80}}\bin\s+{_MONTH_WORDS}\b[^.;%]{{0,20}}\bfrom\s+(?:a|the)\s+"
            r"sale\s+of\s*$",
            left,
            re.IGNORECASE,
        )
        # a holding, not a rate: "while its equity interest in Hastings
        # remains at 12.5% or more"
        or rx.search(
            r"\b(?:equity|ownership|voting|economic|shareholding)\s+interest\b[^.;%]{0,60}$",
            left,
        )
        or rx.match(r"^\s*or (?:more|less|greater|higher|lower|above|below)\b", right)
    )


def _rate_sentence(sentence: str, lowered: str) -> bool:
    """A sentence that may state the note's rate: not a valuation's inputs
    ("Risk Free Interest rate of .0012, volatility of 323%"), nor a floating
    rate ("the prime rate plus 4.0%, with a minimum rate of 8.5%"), which
    the language cannot hold."""
    # ("Twelve Month Fixed Rate (12%) Convertible Loan")
    return _has(
        sentence,
        "interest",
        "coupon",
        "kupon",
        "note",
        "debenture",
        "paper",
        "bond",
        "convertible loan",
        # (the press's "offering of 2.625% convertibles")
        "convertibles",
        "applicable rate",
        # (a UK loan stock's or notes' title: "2.25 per cent. Convertible
        # Unsecured Loan Stock 2025", "9 per cent 2013 CLNs")
        "loan stock",
        "clns",
        # (an Islamic bond's profit rate: "Convertible Sukuk due on 24
        # September 2017 of 4.50% per annum")
        "sukuk",
        # a term table's line, its label lost: "8% per annum, payable
        # annually in arrears"
        "per annum, payable",
    ) and not (
        rx.search(
            r"fair value (?:of|was|is)\b[^.]{0,80}\b(?:using|based on)|valuation|"
            r"risk[- ]free|volatility",
            lowered,
        )
        or rx.search(
            r"\b(?:prime rate|libor|sofr|secured overnight financing rate|euribor|hibor|base rate"
            r"|federal funds)\b"
            r"[^.;]{0,60}\bplus\b",
            lowered,
        )
    )


def in_a_range(text: str, start: int, end: int) -> bool:
    """Whether the percentage at ``text[start:end]`` is one end of a range
    or of a pair: "rates of 1% to 12%", "57% to 61% of the market price",
    "between 8% and 12%", "at 8% and 10% per annum, respectively", "rates
    ranging up to 10%"."""
    return (
        rx.search(r"\d\s*%\s*(?:to|-|–|and)\s*$", text[:start]) is not None
        # ("with various interest rates ranging up to 10% per annum")
        or rx.search(
            r"\branging\s+up\s+to\s*$|\brates\s+(?:of\s+)?up\s+to\s*$", text[:start]
        )
        is not None
        or rx.match(r"\s*(?:to|-|–|and)\s*\d[\d.]*\s*%", text[end:]) is not None
    )


#: The issuer's other bonds: "Gome has 4.6 billion yuan of zero-coupon
#: convertible bonds due May 2014".
_EXISTING_BONDS = re.compile(
    r"\b(?:has|had)\s+(?:an?\s+)?(?:outstanding\s+)?\S{0,4}\d[\d.,]*\s*(?:million|billion)?"
    r"\s*(?:[a-z]+\s+)?of\s+(?:outstanding\s+)?(?:[\w%-]+\s+){0,3}(?:bonds|notes|debentures)\s+"
    r"(?:due|outstanding)\b"
)


def _states_zero(sentence: str, lowered: str) -> bool:
    """Whether a sentence states the note bears no interest."""
    # (not "No interest accrues ... if borrowings are repaid within 90
    # days": a condition, after which a charge or a rate applies)
    return bool(
        RATE_ZERO.search(sentence) is not None
        and not _EXISTING_BONDS.search(lowered)
        and not rx.search(
            r"\bif\b[^.]{0,60}\b(?:(?:re)?pa(?:y|id)|converted)\b[^.]{0,40}"
            r"\b(?:within|on or before|prior to)\b"
            # ("provided, however, that no interest shall accrue if this Note
            # is converted ... prior to March 24, 2022"; "Provided that the
            # debentures are paid in full on or before the maturity date, no
            # interest")
            # (not "bears no interest provided that any amount ... not paid when
            # due shall bear interest": the zero, then a default's rate)
            r"|\bprovided\b[^.]{0,30}\bthat\b[^.]{0,80}\b(?:(?:re)?pa(?:y|id)|converted)\b"
            r"[^.]{0,80}\bno interest\b"
            # (nor a zero from a later day on: "Upon the three month
            # anniversary ... the note will bear no interest")
            r"|^\W*(?:upon|after|following|from)\b[^,]{0,60}\banniversary\b"
            # (nor an extension's: "no interest shall accrue or be payable
            # during the extension period")
            r"|\bduring (?:the|any|such) extension period\b"
            # (nor some of several notes': "Two of the notes bear interest
            # at rates ranging from 8% to 12% per annum; the remaining
            # notes were issued at a discount and bear no interest")
            r"|\b(?:the\s+)?(?:remaining|other)\s+(?:[\w-]+\s+){0,2}notes\b[^.]{0,60}"
            r"\bno interest\b"
            # (nor other debt's: "Advances are secured by a charge over the
            # Intellectual Property ..., are non-interest bearing")
            r"|\badvances\b(?:(?!\bnotes?\b)[^.]){0,120}\bnon-interest[- ]bearing\b"
            # (nor preference shares': "issued zero-coupon optionally
            # convertible redeemable preference shares")
            r"|\bzero[- ]coupon\s+(?:[\w-]+\s+){0,4}(?:preference|preferred)\s+(?:shares|stock)\b",
            lowered,
        )
    )


#: The coupon named beside the yield, as S&P Capital IQ summaries give them:
#: "The bonds bear a coupon rate and interest rate to maturity of 2% and 3%
#: respectively"; "The bonds will carry both interest coupon and yield to
#: maturity of 1%".
_COUPON_BESIDE_YIELD = re.compile(
    r"\bcoupon(?: rate)? and (?:the )?(?:interest rate|yield(?: rate)?) to maturity of "
    r"(\d[\d.]*)\s*%\s+and\s+\d[\d.]*\s*%\s*,?\s*respectively\b"
    r"|\bboth (?:the )?(?:interest )?coupon(?: rate)? and (?:the )?yield to maturity of "
    r"(\d[\d.]*)\s*%"
    # ("Both the coupon rate and yield-to-maturity on the CBs were set at 0%")
    r"|\bboth (?:the )?coupon(?: rate)? and (?:the )?yield-to-maturity on the "
    r"(?:cbs|bonds|notes) (?:were|are) set at (\d[\d.]*)\s*%"
    # ("The coupon and maturity interest rates were 0% and 3%, respectively")
    r"|\bcoupon(?: rate)? and (?:the )?maturity interest rates? (?:were|are|of) "
    r"(\d[\d.]*)\s*%\s+and\s+\d[\d.]*\s*%\s*,?\s*respectively\b"
    # ("with a coupon rate and guaranteed yield of 0%")
    r"|\bcoupon(?: rate)? and (?:the )?guaranteed yield of (\d[\d.]*)\s*%"
    # (one figure for both: "The bonds carry a coupon rate and interest rate
    # to maturity of 2.1%")
    r"|\bcoupon(?: rate)? and (?:the )?(?:interest rate|yield(?: rate)?) to maturity of "
    r"(\d[\d.]*)\s*%(?!\s*and\s+\d)",
)


#: A disclosure form's coupon row, the unit in the label: "Coupon rate (%)
#: 2.5" (as Korean issuers file their decisions on bonds).
_FORM_COUPON = re.compile(r"\bcoupon rate \(%\)\s*(\d{1,2}(?:\.\d+)?)(?![\d.,])")
#: A disclosure form's price row, the currency in the label: "Exchange price
#: (KRW/share) 61,965".
_FORM_PRICE = re.compile(
    r"\b(?:exchange|conversion) price \((?P<code>[A-Z]{3})/share\)\s*"
    r"(?P<price>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d.,])",
    re.IGNORECASE,
)


def _stated_outright(sentence: str, lowered: str) -> list[Found]:
    """A zero the sentence states, or the coupon it names beside the yield or
    in a form's row."""
    found = [Found("0", sentence, 3)] if _states_zero(sentence, lowered) else []
    # (or a Korean disclosure form's row: "4. Interest rate Coupon rate (%)
    # 2.5")
    for pattern in (_FORM_COUPON, _COUPON_BESIDE_YIELD):
        stated = pattern.search(lowered)
        if stated is not None:
            percent = Decimal(next(g for g in stated.groups() if g))
            found.append(Found(rate_text(percent), sentence, 3))
    return found


#: A coupon set year by year: "0.2% in year one", "0.3% in the first year".
_COUPON_BY_YEAR = re.compile(
    r"\d\s?%\s+(?:per annum\s+)?(?:in|for)\s+(?:year\s+one|the\s+first\s+year)\b"
    r"(?:[^.;]|\.(?=\d)){0,40}\d\s?%"
)


def rate_text(percent: Decimal) -> str:
    """A rate a text gives in percent as the language writes it: "12%" is
    0.12, "0.000000%" is 0."""
    rate = (percent / 100).normalize()
    return format(rate, "f") if rate else "0"


def rates(reader: Reader) -> list[Found]:
    found = []
    for sentence in reader.sentences:
        if other_debt_item(sentence):
            continue
        lowered = sentence.lower()
        found += _stated_outright(sentence, lowered)
        if not _rate_sentence(sentence, lowered):
            continue
        # a Chinese issuer's coupon for each year, all of them competing: "a
        # coupon of 0.2% in year one, 0.4% in year two"; "The coupon rate is
        # 0.3% in the first year, 0.8%, 1.5%, 2.3%, 3.2% and 4.0% respectively
        # in the following five years"
        if _COUPON_BY_YEAR.search(lowered):
            found += [
                Found(format((p.value / 100).normalize(), "f"), sentence, 3)
                for p in percents_in(sentence)
                if 0 < p.value < 100
            ]
            continue
        for percent in percents_in(sentence):
            # (wide enough for "Interest shall accrue on the outstanding
            # principal balance hereof at an annual rate equal to twelve
            # percent (12%)")
            left = lowered[: percent.start][-180:]
            right = lowered[percent.end : percent.end + 60]
            # a changed rate, a person decides: "subsequently reduced to
            # 6.75%"; "allowed for an interest rate increase from 12% to 16%
            # effective March 14, 2016" (an amendment's, which the range and
            # increase exclusions below would otherwise drop)
            # ("a 10% interest rate per annum, which increased to 12% per annum
            # on April 30, 2020": on a day, not on an event)
            # ("with a annual rate decrease dropping from 14% to 12%")
            amended = rx.search(
                r"\brate (?:increase|decrease|reduction) (?:(?:dropping|rising|going) )?from\s+"
                r"\d[\d.]*\s*%\s+to\s*$",
                left,
            ) or (
                rx.search(r"\bwhich (?:increased|decreased|was increased) to\s*$", left)
                and rx.match(
                    rf"^\s*(?:per annum\s+)?(?:on|effective|from|as of)\s+(?:{_MONTH_WORDS}|\d)",
                    right,
                    re.IGNORECASE,
                )
            )
            # (no note bears 100% a year: "repaid ... at 115% of the principal")
            # (nor one end of a range: "bear interest at rates of 1% to 12% per
            # annum")
            if not amended and (
                percent.value >= 100
                or in_a_range(lowered, percent.start, percent.end)
                or _not_the_note_rate(lowered, percent.start, left, right)
            ):
                continue
            value = rate_text(percent.value)
            # a coupon that steps up: "a coupon of 0% per annum for the
            # initial 3 years and 5% thereafter" (both compete)
            # rates that step, written in a row: "the 6.0%/8.0%/10.0% Senior
            # Secured Convertible Notes" (all compete)
            if rx.match(r"^/\d", right) or rx.search(r"%/$", left):
                found.append(Found(value, sentence, 3))
                continue
            step = rx.match(
                # ("Annual interest of 5% in the first two years and 10% in the
                # remaining period")
                r"^\s*(?:per annum\s+)?(?:for|in|during) the (?:initial|first)\b[^.;%]{0,40}\band\s+"
                r"(\d[\d.]*)\s*%\s+(?:per annum\s+)?(?:thereafter\b|(?:in|for|during) the remaining\b)",
                right,
            )
            if step is not None:
                later = (Decimal(step.group(1)) / 100).normalize()
                found += [
                    Found(value, sentence, 3),
                    Found(format(later, "f"), sentence, 3),
                ]
                continue
            # the rate the note defines as its own: "at a rate equal to 12.0%
            # per annum (the “Interest Rate”)" (beside a title's "10%")
            if rx.match(
                r"^\s*(?:per annum|per year|annually)?,?\s*\(\s*(?:the\s+)?[\"“]interest rate[\"”]\s*\)",
                right,
            ):
                found.append(Found(value, sentence, 4))
                continue
            if (
                amended
                or rx.search(r"(?:reduced|lowered|amended|changed)\s+to\s*$", left)
                # ("agreed to extend the maturity date ... and increase the
                # interest rate to 10%")
                # ("raising the coupon to 14% from 10%")
                or rx.search(
                    r"\b(?:increas|decreas|reduc|lower|rais|chang|amend)(?:e|es|ed|ing|s)?\s+"
                    r"the\s+(?:coupon|(?:annual\s+)?(?:interest\s+)?rate)\s+"
                    r"(?:on\s+the\s+\w+\s+)?to\s*$",
                    left,
                )
                or _RATE_BEFORE.search(left)
                or _RATE_AFTER.match(right)
                # (a title longer than the window: "8.500% perpetual subordinated
                # non-preferred contingent convertible Additional Tier 1 capital
                # notes")
                or _RATE_AFTER.match(lowered[percent.end : percent.end + 120])
                # a term sheet's label of the payments, the rate first:
                # "Interest payments: 1.25% payable in cash semiannually in
                # arrears"
                or (
                    rx.search(r"(?:^|\|)\W*interest payments?:\s*$", left) is not None
                    and rx.match(r"^\s*payable\b", right) is not None
                )
                # the rate a later change started from: "has been reduced to
                # 13.75 per cent. (from 15 per cent.)"
                or rx.search(
                    r"\b(?:reduced|decreased|lowered)\s+to\s+\d[\d.]*\s*(?:%|per\s?cent\b)\.?\s*"
                    r"(?:per annum\s+|per year\s+)?\(\s*from\s*$",
                    left,
                )
                # a yield at par is the coupon: "priced €215 million of
                # five-year ... convertible bonds at par to yield 3.25%"
                or rx.search(r"\bat par to yield\s*$", left)
                # each column of a table's rate row: "Interest rate | 7.50% |
                # 6.35% | 7.00%" (series side by side: they compete)
                or rx.search(r"\binterest rate\s*\|(?:\s*\d[\d.]*\s*%\s*\|)+\s*$", left)
            ):
                found.append(Found(value, sentence, 3))
            elif _RATE_RANKED.match(right):
                found.append(Found(value, sentence, 2))
    # a rate the text calls one for six months is no annual rate wherever it
    # is written ("6 MONTH 12% SECURED CONVERTIBLE DEBENTURE" beside "a 12%
    # six month rate (24% annual rate)")
    periodic = {
        format((Decimal(m.group(1)) / 100).normalize(), "f")
        for sentence in reader.sentences
        for m in _PERIOD_RATE.finditer(sentence)
    }
    return [f for f in found if f.value not in periodic]


#: A rate for a period shorter than a year: "a 12% six month rate".
_PERIOD_RATE = re.compile(
    r"\b(\d{1,2}(?:\.\d+)?)\s?%\s+(?:six|three|6|3)[- ]month\s+rate\b", re.I
)


# -- market-priced conversion ------------------------------------------------------------

_REFERENCE = re.compile(
    # ("80% of the 20-day average closing sales price"; "90% of the 90 day
    # average closing price"; "80% of the daily average of the bid and ask")
    # ("59% of the "Market Price""; "58% of the trading price of the
    # Company's shares ... on the conversion date")
    # ("fifty-five percent (55%) of the of the lowest trading price": a
    # doubled word)
    r"^\s*(?:\(.{0,20}\)\s*)?(?:of|multiplied by|times)\s+(?:the\s+of\s+)?(?:either\s+)?(?:the\s+)?[\"“]?"
    r"(?:calculated\s+)?(?:\w+[- ]day\s+|daily\s+)?(?P<ref>(?:average|arithmetic average|mean)\s+of\s+the\s+two\s+lowest|"
    # ("58% of the 3 lowest closing bid prices": the average of three,
    # which the language has no reference for)
    r"two lowest|(?:three|3)\s+lowest|lowest|lesser|lower|average|arithmetic average|"
    r"volume[- ]weighted average|vwap|"
    r"closing|market|(?-i:trading price))\b",
    re.IGNORECASE,
)
_DISCOUNT_TO = re.compile(
    # ("at a 25% discounted price of the 5 day average closing bid price")
    # ("converted into shares at a 7% discount in relation to the market
    # price")
    r"discount\s+of\s*$|^\s*discount(?:ed)?\s+(?:price\s+)?(?:to|from|of|off|in relation to)\b",
    re.IGNORECASE,
)
_TRADING_DAYS = re.compile(
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|sixty)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s*(?:\(\d{1,3}\))?|\d{1,3})"
    # "for 20 prior trading days", "the eighteen prior trading days"
    # ("the twenty-five-day trading period")
    r"[\s-]*(?:\(\d{1,3}\)\s*)?(?:(?:prior|preceding|previous|latest)\s+)?(?:consecutive\s+)?"
    r"(?:trading[- ]days?|days?\s+(?:of\s+)?trading"
    # ("for the 20 days on which the Company's shares traded")
    r"|days?\s+on\s+which\s+(?:the\s+|its\s+|our\s+)?(?:[\w'’]+\s+){0,2}"
    r"(?:shares|stock)\s+(?:traded|(?:were|was)\s+traded))",
    re.IGNORECASE,
)
#: "the lowest bid price less fifty (50%) percent": the discount itself.
_PRICE_LESS = re.compile(
    r"(?P<ref>lowest|average|closing|market|bid)\b[^.%]{0,40}?\bprices?\s+less\s+"
    r"(?:[a-z-]+\s*)?$",
    re.IGNORECASE,
)
_TIMES_AFTER = re.compile(
    # ("... multiplied by sixty-five percent (65%)")
    # (with the days before: "the 10 day average closing price multiplied by
    # 75%")
    r"(?:\b\w+(?:\s*\(\d{1,3}\))?[- ]day\s+)?"
    r"(?P<ref>lowest|average|volume[- ]weighted|vwap)\b[^%.;]{0,200}?\bmultiplied by\s*"
    r"(?:[a-z-]+(?:\s+[a-z-]+)?\s+(?:percent|per cent)\s*(?:\(\s*)?)?$",
    re.IGNORECASE,
)
_FLOOR = re.compile(
    # ("but no less than $0.65 per share"; "shall never be lower than $0.10";
    # "is at least $0.095"; "a floor of one dollar ($1 USD)")
    # ("with a floor on the conversion price of $0.00005")
    r"(?:floor(?:\s+(?:on|for|to)\s+the)?(?: conversion)?(?: price)?|minimum (?:conversion )?price|"
    # ("shall not be greater than $0.20 or less than $0.08": a cap's decimal
    # point on the way)
    # ("However, it amounts to at least EUR 10.47")
    r"(?:not|no|never|in no event)(?:[^.]|\.(?=\d)){0,50}?(?:less|lower) than|below|\bis at least"
    r"|\bamounts to at least)"
    # ("The minimum conversion price was set at 11.9 euros per share")
    r"\s*(?:of|equal to|is|,?\s*(?:currently\s+|was\s+)?set\s+at)?\s*(?:[a-z]+ dollars?\s*\()?$",
    re.IGNORECASE,
)


#: "during the prior 10 days", "the ten-day period": days, not said to be
#: trading days.
_PLAIN_DAYS = re.compile(
    r"\b(?:prior|previous|preceding|last)\s+(?P<before>\w+(?:\s*\(\d{1,3}\))?)\s+"
    r"(?:consecutive\s+)?days?\b|\b(?P<period>\w+(?:\s*\(\d{1,3}\))?)[- ]day\s+"
    r"(?:pricing\s+)?period\b"
    # "85 per cent of the five-day volume weighted average price"
    # ("seventy percent (70%) of the three day average of the closing bid
    # price")
    r"|\b(?P<vwap>\w+(?:\s*\(\d{1,3}\))?)[- ]day\s+(?:volume[- ]weighted\s+average|vwap|average)\b"
    # "during the 20 days prior to conversion", "the ten (10) latest
    # consecutive business days preceding the conversion"
    # ("the lowest trading price in five days prior to date of notice")
    # ("at a 25% discount of the average of 30 days prior to the conversion
    # date")
    # ("over the past ten days prior to the conversion")
    # ("55% of lowest average 3 trading price over 10 days preceding")
    # ("at a 25% discount to the Volume Weighted Average Price ("VWAP") on the
    # thirty days immediately preceding the date of the conversion notice")
    r"|\b(?:the|in|of|over)\s+(?:past\s+)?(?P<count>\w+(?:\s*\(\d{1,3}\))?)\s+(?:(?:latest|consecutive)\s+)*"
    # ("60% of the lowest trade price in the 25 days previous to the
    # conversion")
    r"(?:(?:business\s+)?days?\s+|days?\s+immediately\s+)(?:prior|preceding|before|leading|previous)\b"
    # ("the average of the 3 lowest quoted closing prices 20 days immediately
    # preceding the conversion date")
    r"|\bprices\s+(?P<prices>\d{1,3})\s+days\s+immediately\s+(?:prior|preceding|before)\b"
    # ("a 45% discount to the lowest closing bid price with a 20 day look
    # back")
    r"|\ban?\s+(?P<look>\w+(?:\s*\(\d{1,3}\))?)[- ]day\s+look[- ]?back\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Market:
    discount: str
    reference: str
    lookback: str | None
    quote: str
    #: The lookback counts days the text does not call trading days.
    plain_days: bool = False


#: The reference a formula leaves unsaid ("a 30% discount to market price").
UNSTATED = "unstated"


def _reference_kind(words: str, around: str, lookback: str | None) -> str:
    """The language's reference for the words of a formula ("" when it has
    none: the average of the three lowest, or a price over several days
    that is neither their lowest nor their average; nor one day's price,
    whose lookback says all)."""
    if lookback == "1":
        return ""
    # ("the average of the three (3) lowest closing bid prices", "the
    # average of the lowest three trading days bid price")
    averaged = rx.search(
        r"(?:average|mean)\s+of\s+(?:the\s+)?(?:(?P<n>three|four|five|[345])\s+"
        r"(?:\([345]\)\s+)?lowest|lowest\s+(?P<m>three|four|five|[345])\b)",
        f"{words} {around}",
    )
    counted = (
        count_at(f"{averaged.group('n') or averaged.group('m')} ") if averaged else None
    )
    if counted is not None:
        return f"average-{counted[0]}-lowest"
    # (the lowest few, not said to be averaged: asked about)
    if rx.search(
        # ("the average of the lowest six trading prices")
        r"\b(?:three|four|five|3|4|5)\s+(?:\(\d\)\s+)?lowest|lowest\s+(?:three|four|five)"
        r"|lowest\s+(?:six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:prices|trades|vwaps)\b",
        f"{words} {around}",
    ):
        return ""  # the average of three lowest
    if "two lowest" in words or rx.search(r"lowest two|two lowest", around):
        return "average-2-lowest"
    # a few prices the holder picks: "the average of three daily VWAP's,
    # chosen by the Investor, during the 20 trading days"
    if rx.search(
        r"\baverage of (?:any\s+)?(?:two|three|four|five|2|3|4|5)\s+(?:\(\d\)\s+)?"
        r"(?:daily\s+)?(?:vwap|closing|trading|prices?)[^.;]{0,40}\b(?:chosen|selected|"
        r"picked|elected)\b",
        f"{words} {around}",
        re.IGNORECASE,
    ):
        return ""
    if words in ("lesser", "lower") or rx.search(r"\blowest average\b", around[:80]):
        # "85% of the lesser of (a) ... and (b) ...": two prices; "the
        # lowest average closing bid price": the lowest or the average
        return ""
    if rx.search(r"average of the (?:daily )?lowest", f"{words} {around[:40]}"):
        return ""  # the average of each day's lowest price
    if "low" in words or rx.search(r"\blowest\b", around[:60]):
        return "lowest"
    # (not a rate's: "at a discount of 20% off-market, a weighted average
    # interest rate of approximately 7%")
    if rx.search(
        r"average|vwap|volume[- ]weighted|mean",
        words
        + " "
        + rx.sub(
            r"\b(?:weighted\s+)?average\s+(?:annual\s+)?(?:interest|coupon)\s+rate\b",
            "",
            around[:60],
        ),
    ):
        return "average"
    # one day's closing or market price: the lowest of one price; with no
    # number of days stated, the reference is not stated either
    if lookback is None:
        return UNSTATED
    return "lowest" if lookback == "1" else ""


def _reference_unsaid(before: str, right: str) -> str | None:
    """The words for a discount whose reference the text leaves unsaid: ""
    when the next sentence may give it ("The conversion price shall be
    subject to a discount of 50%."), "market" when nothing does ("The note is
    convertible at a 42% discount any time during the period"); None for
    neither."""
    if rx.search(
        r"\bconversion\s+price\s+(?:shall|will)\s+be\s+subject\s+to\s+a\s+discount\s+of\s*$",
        before,
        re.IGNORECASE,
    ) and not rx.match(r"\s*(?:to|from|of|off)\b", right, re.I):
        return ""
    if rx.search(r"\bconvertible\s+at\s+an?\s*$", before[-40:], re.I) and rx.match(
        r"^\s*discount\b(?!\s+(?:to|from|of|off)\b)", right, re.I
    ):
        return "market"
    return None


def _formula(sentence: str, percent: Percent) -> tuple[Decimal, str] | None:
    """The discount a percentage states in a conversion formula, and the
    words naming the reference price; None when it is no such formula."""
    # (one of two percentages the text leaves open: "70% or 80% of the market
    # price"; each is a formula, and they compete)
    right = rx.sub(
        r"^\s*or\s+\d{1,3}(?:\.\d+)?\s*%", "", sentence[percent.end : percent.end + 160]
    )
    left = sentence[: percent.start][-40:]
    # "80% times the lowest per unit purchase price of the equity securities
    # issued ... in the Qualified Financing": a financing's price, not the
    # market's
    if rx.search(
        r"\b(?:qualified|next|subsequent|equity)\s+financing|financing round|"
        r"purchase price of the (?:equity )?securities|offering price"
        # ("shall automatically convert at 90% of the lowest price per share
        # paid by any Investor", after a "Qualified Financing")
        r"|price (?:per share )?paid by (?:the |any )?(?:investors?|purchasers?)\b"
        # (nor a company's valuation: "the per share price based on valuation
        # of the Company at 80% of lower of US$260,400,000 or the pre-money
        # valuation")
        r"|^\s*of\s+(?:the\s+)?(?:lower|lesser)\s+of\s+\S{0,4}\s?\d[^.;]{0,40}\bvaluation\b",
        right[:140],
        re.IGNORECASE,
    ) or rx.search(
        r"\bqualified\s+financing\b[^.;]{0,160}\bconver\w*\s+at\s*$"
        r"|\bvaluation\b[^.;%]{0,60}$",
        sentence[: percent.start],
        re.IGNORECASE,
    ):
        return None
    # a fixed price described against one day's price: "The Conversion Price
    # represents a discount of 60.0 per cent. to the closing mid-market price
    # of 1.25 pence on 24 October 2013"
    # ("at $5.00 per share, which is a 52.15% discount to the Jan. 13
    # closing share price of $10.45")
    if rx.search(
        # ("The conversion price is set at NT$14.61, a discount of 4.5% to the
        # stock's closing price on Thursday, June 19")
        r"\bconversion price (?:is|was) set at \S{0,4}\s?\d[\d,.]*,\s+an?\s+(?:discount|premium)\s+of\s*$|"
        # ("represents an initial conversion discount of 17.4 per cent to KTL's
        # volume-weighted average price of S$0.048 on March 1")
        # ("has been set at EUR 17.43, representing a premium of 25% of the
        # volume weighted average price")
        r"\b(?:represents?|representing|reflecting)\s+(?:an?\s+)?(?:initial\s+)?"
        r"(?:conversion\s+)?(?:discount|premium)\s+of\s*$",
        sentence[: percent.start][-80:],
        re.I,
    ) or (
        rx.search(r"\b(?:which is|which represents|representing)\s+an?\s*$", left, re.I)
        and rx.match(
            r"\s*(?:discount|premium)\s+to\s+the\b(?:[^.;]|\.(?=\s*\d)){0,60}\bprice of\b",
            right,
            re.I,
        )
    ):
        return None
    # a reset the issuer may make later, not the formula: "Conversion
    # price:NT$100.86 (Adjustable at issuer's option to 92.3% of market
    # price, ...)"; a rule the price was set by, not a formula: "convertible
    # into 99,630,078 shares at a price of not less than 90% of the market
    # price"
    if rx.search(r"\badjustable\b[^.;%]{0,40}\bto\s*$", left, re.I) or (
        rx.search(r"\bnot\s+(?:be\s+)?less\s+than\s*$", left, re.I)
        and rx.match(
            # (unless the text says how the market price is taken: "not less
            # than 90 percent of the market price, which is calculated from the
            # weighted average price")
            r"\s*of\s+(?:the\s+)?market\s+price\b(?!,?\s+(?:on|during|over|for|of|which|calculated|"
            r"based|being)\b)",
            right,
            re.I,
        )
    ):
        return None
    # a contingent-conversion trigger: "if the average trading price per
    # $1,000 principal amount of the notes is less than or equal to 97% of
    # the average conversion value of the notes"
    if rx.match(
        r"^\s*of\s+(?:the\s+)?(?:average\s+)?(?:conversion value|(?:product of )?the last)",
        right,
        re.IGNORECASE,
    ) or rx.search(r"per \$1,000 principal amount", sentence[: percent.start], re.I):
        return None
    # (first: "at a discount of 39% of the Market Price" is a discount)
    if _DISCOUNT_TO.search(left) or _DISCOUNT_TO.match(right):
        named = rx.search(
            r"(?P<ref>two lowest|lowest|average|volume[- ]weighted|vwap|closing|market)",
            right,
            re.IGNORECASE,
        )
        if named is not None:
            return percent.value / 100, named.group("ref")
    unsaid = _reference_unsaid(sentence[: percent.start], right)
    if unsaid is not None:
        return percent.value / 100, unsaid
    reference = _REFERENCE.match(right)
    if reference is not None:
        return 1 - percent.value / 100, reference.group("ref")
    # "(A) the lowest market closing price ... in the 60 trading days ...
    # (B) multiplied by 70%"
    # (the words before, for "the average of the two lowest closing bid
    # prices during the ten (10) prior trading days ... multiplied by
    # sixty-five percent (65%)")
    times = _TIMES_AFTER.search(sentence[: percent.start][-260:])
    if times is not None:
        return 1 - percent.value / 100, times.group(0)
    # "the lowest VWAP of the Common Stock, discounted at a rate of 25%"
    discounted = rx.search(
        r"(?P<ref>lowest|average|volume[- ]weighted|vwap)\b[^%.;]{0,120}?\bdiscounted\s+"
        r"(?:at\s+a\s+rate\s+of|by)\s*$",
        sentence[: percent.start][-120:],
        re.IGNORECASE,
    )
    if discounted is not None:
        # (the words before, for "the average of the lowest three trading
        # prices ..., discounted by 49%")
        return percent.value / 100, discounted.group(0)
    less = _PRICE_LESS.search(left)
    if less is not None:
        return percent.value / 100, less.group("ref")
    return None


_FIXED_AT_SIGNING = re.compile(
    r"preceding the (?:date of (?:the|this) )?(?:securities purchase agreement|"
    r"agreement|spa|issuance|closing|issue date|effective date)"
    # (not a conversion request's issuance: "the 10 consecutive trading days
    # preceding the issuance of conversion request by Negma")
    r"(?!\s+of\s+(?:an?\s+|the\s+)?conversion\s+(?:request|notice)s?\b)"
    # ("the average closing price ... for the five trading days immediately
    # prior to the execution of and entry into the Convertible Notes")
    r"|\bprior to the (?:execution|signing)\b(?: of)?(?: and entry into)?"
    r"|\bon the (?:effective |closing |issue |signing )?date of (?:the|this) "
    r"(?:[\w-]+ ){0,4}(?:agreement|amendment|spa)\b"
    # a window that ended on a given day: "a 20% discount to the average
    # five-day VWAP ending 6 September 2024, namely A$0.1239"
    r"|^[^.;]{0,80}\b(?:ending|ended)\s+(?:on\s+)?"
    r"(?:\d{1,2}\s+[a-z]+,?|[a-z]+\s+\d{1,2},)\s+(?:19|20)\d{2}\b"
    # (or between two given days: "90% of the average of the closing prices
    # per share from 31 May 2022 to 7 June 2022")
    r"|^[^.;]{0,80}\bfrom\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}),?\s+(?:(?:19|20)\d{2}\s+)?"
    r"(?:to|until|through)\s+(?:\d{1,2}\s+[a-z]+,?|[a-z]+\s+\d{1,2},)\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


#: "the average of the lowest 5 trading days during the 10 day trading
#: period": the period looked back over, not the days averaged.
_LOWEST_WITHIN = re.compile(
    r"\blowest\s+(?:[a-z-]+\s+)?(?:\(\d{1,2}\)\s+)?\d{0,2}\s*trading\s+days?\s+"
    r"(?:during|in|within|of)\s+the\s+(?:(?:prior|preceding|previous)\s+)?"
    r"(\d{1,3})[\s-]*(?:trading[\s-]*)?day\s+(?:trading\s+)?period\b",
    re.IGNORECASE,
)

#: "the volume-weighted average prices of the Shares on three trading days
#: (selected at the discretion of Darwin) during the 20 trading days
#: preceding": days chosen within a window, the window looked back over.
_CHOSEN_WITHIN = re.compile(
    r"\bon\s+(?:any\s+)?[\w-]+(?:\s*\(\d{1,2}\))?\s+(?:separate\s+)?trading\s+days?\b"
    r"[^.;]{0,70}?\b(?:during|within|in|out of)\s+the\s+"
    r"(?:(?:prior|preceding|previous|last)\s+)?(?P<window>[\w-]+(?:\s*\(\d{1,3}\))?)"
    r"\s+(?:consecutive\s+)?trading\s+days?\b",
    re.IGNORECASE,
)


#: One day's price: "the stock's volume weighted average price (VWAP) for
#: the business day before the date of the company's receipt of the
#: conversion notice"; "the closing price ... on the day immediately prior
#: to conversion".
_ONE_DAY = re.compile(
    r"^[^.;%]{0,120}?\b(?:for|on|of)\s+the\s+(?:(?:last|full|single)\s+)?"
    r"(?:(?:trading|business|market)\s+)?day\s+(?:immediately\s+)?(?:before|preceding|prior\s+to)\b",
    re.IGNORECASE,
)


def _lookback(right: str) -> tuple[str | None, bool]:
    """The number of days a formula looks back, from the words after its
    percentage, and whether they count plain days (not trading days)."""
    within = _LOWEST_WITHIN.search(right)
    if within is not None:
        return within.group(1), False
    chosen = _CHOSEN_WITHIN.search(right)
    window = count_at(chosen.group("window") + " ") if chosen is not None else None
    if window is not None:
        return str(window[0]), False
    # (not the days chosen within the window: "the average of the lowest
    # three trading days bid price during the ten trading days")
    days = next(
        (
            match
            for match in _TRADING_DAYS.finditer(right)
            if not rx.search(r"\b(?:lowest|highest)\s+$", right[: match.start()], re.I)
        ),
        None,
    )
    counted = count_at(days.group(0) + " ") if days is not None else None
    if counted is not None:
        return str(counted[0]), False
    if _ONE_DAY.search(right):
        return "1", False
    plain = _PLAIN_DAYS.search(right)
    if plain is None:
        return None, False
    number = (
        plain.group("before")
        or plain.group("period")
        or plain.group("count")
        or plain.group("prices")
        or plain.group("vwap")
        or plain.group("look")
    )
    counted = count_at(number + " ") if number else None
    return (str(counted[0]), True) if counted else (None, False)


#: "“Market Price” means the average of the lowest three trading prices ...
#: during the ten trading day period": a reference defined apart.
_MARKET_PRICE_DEFINED = re.compile(
    r"[\"“]?market price[\"”]?\s+(?:means|is|shall mean|shall be)\b", re.IGNORECASE
)


def _next_reference(reader: Reader, sentence: str) -> str:
    """The sentence after a discount that says what the conversion price is
    based on ("The conversion price shall be determined on the basis of the
    lowest VWAP ..."), or ""."""
    index = reader.sentences.index(sentence)
    after = reader.sentences[index + 1 : index + 2]
    if after and rx.match(
        r"\W*the\s+conversion\s+price\s+(?:shall|will)\s+be\s+(?:determined|calculated|based)\b",
        after[0],
        re.IGNORECASE,
    ):
        return after[0]
    return ""


def _defined_reference(reader: Reader, words: str) -> str | None:
    """The words defining the "Market Price" a formula multiplies, when the
    formula's own sentence does not say over how many days."""
    if "market" not in words.lower():
        return None
    for sentence in reader.sentences:
        match = _MARKET_PRICE_DEFINED.search(sentence)
        if match is not None:
            return sentence[match.end() : match.end() + 200]
    return None


#: A price that is the reference itself, with no discount: "a conversion
#: price equal to the 30-day volume-weighted average price", "convertible ...
#: based on the volume weighted average price per share for the ten
#: preceding trading days".
_AT_REFERENCE = re.compile(
    r"\bconver\w*\b[^.]{0,120}?\b(?:equal to|based (?:up)?on|at)\s+(?:the\s+)?"
    # ("equal to the greater of: (i) the 20-day trailing volume-weighted
    # average trading price ..., and (ii) the minimum conversion price
    # permitted by the Canadian Securities Exchange")
    r"(?:(?:greater|higher) of:?\s+(?:\(i\)\s+)?(?:the\s+)?)?"
    r"(?:(?P<days>\w+(?:\s*\(\d{1,3}\))?)[- ]day\s+)?(?:trailing\s+)?"
    r"(?P<words>volume[- ]weighted average(?:\s+trading)?\s+price|vwap|"
    r"average\s+(?:of\s+the\s+)?(?:daily\s+)?closing\s+(?:market\s+)?price|"
    r"lowest\s+(?:traded|trading|closing)\s+price)",
    re.IGNORECASE,
)


def _undiscounted(sentence: str) -> Market | None:
    """A conversion price that is a market reference over a number of days,
    with no discount stated (a person confirms a discount of 0)."""
    match = _AT_REFERENCE.search(sentence)
    if match is None:
        return None
    right = sentence[match.end() : match.end() + 200]
    if _FIXED_AT_SIGNING.search(right):
        return None
    days = match.group("days")
    counted = count_at(days + " ") if days else None
    within = _LOWEST_WITHIN.search(sentence[match.start() : match.end() + 200])
    if within is not None:
        counted = (int(within.group(1)), 0, 0)
    lookback, plain = (str(counted[0]), False) if counted else _lookback(right)
    if lookback is None:
        return None
    kind = _reference_kind(match.group("words").lower(), right[:160].lower(), lookback)
    return Market("", f'"{kind}"', lookback, sentence, plain_days=plain)


def _no_holders_formula(sentence: str, percent: Percent, right: str) -> bool:
    """A percentage of a market price that is no conversion formula of the
    holder's: one end of a range ("at 57% to 61% of the market price ...,
    depending on the specific note being converted"), a discount to the
    company's own sales of shares, the company paying in
    shares ("the right to satisfy the payment of the principal ... through
    the issuance of ordinary shares at a 20% discount to the ... VWAP"), or a
    price fixed when the note (or an amendment) was signed ("to a fixed price
    equal to the lower of (a) the mean ... VWAP ... or (b) 90% of the VWAP on
    the effective date of the Amendment"; "The fixed conversion price in
    effect was set at 90% of the 20-day VWAP ... on February 5, 2014, or
    $0.30753")."""
    return (
        in_a_range(sentence, percent.start, percent.end)
        # a discount to another deal's price: "the lower of a 25% discount to
        # the price implied by a change of control transaction ..., and a 10%
        # discount to the price of any future equity capital raising"
        or rx.match(
            r"^\s*discount\s+to\s+the\s+price\s+(?:implied\s+by|of)\s+(?:a|any|the)\s+"
            r"(?:change\s+of\s+control|takeover|future|subsequent|next|qualified)\b",
            right,
            re.IGNORECASE,
        )
        is not None
        # a discount to the company's own sales: "80% of the lowest price per
        # share that we sell shares of our common stock"
        or rx.match(
            r"^\s*of\s+the\s+(?:lowest\s+)?price\s+(?:per\s+share\s+)?(?:that|at which)\s+"
            r"(?:we|the company)\s+(?:sells?|issues?)\b",
            right,
            re.IGNORECASE,
        )
        is not None
        or rx.search(
            r"\b(?:satisfy|pay|repay)\b[^.]{0,100}\b(?:through|by) the issuance of\b"
            # ("Interest Rate: 11%, payable in arrears in cash or stock (at a 15%
            # discount to market price")
            r"|\binterest\b[^.;]{0,80}\bpayable\b[^.;]{0,40}\bin\s+(?:cash\s+or\s+)?"
            r"(?:stock|shares)\s*\(?\s*at\s+an?\s*$"
            # ("if the company chooses to make principal payments in stock, the
            # price will be equal to the lower of $0.275 or 93% of ...")
            # ("allows Spectre ... to make monthly installment payments with
            # its common stock at a price per share equal to 90% of")
            r"|\b(?:make|pay)\s+(?:its\s+|the\s+)?(?:principal|interest|scheduled|"
            r"(?:monthly\s+|quarterly\s+)?install?ment)\s+"
            r"(?:and\s+interest\s+)?payments?\s+(?:in|with)\s+(?:its\s+)?(?:stock|shares|common stock)\b"
            # a stated price the discount explains: "at a price per share of
            # 22.87 cents, which represented a 10% discount to"
            r"|\b(?:per share|a share|cents|pence)\b[^.;%]{0,20}?,?\s+which\s+"
            r"represent(?:s|ed)\s+an?\s*$"
            # a price only a default brings: "Holders may force redemption in
            # the event of a default. The alternate conversion price in such
            # an event is the lower of ... 80% of the lowest stock price"
            r"|\balternate conversion price in such an? event\b",
            sentence[: percent.start],
            re.IGNORECASE,
        )
        is not None
        # a trading-price condition for converting, not a price: "the trading
        # price for the notes ... was less than 97% of the closing sale price
        # of our common stock on such date multiplied by the then current
        # conversion rate"
        or rx.search(
            r"\bmultiplied by the (?:then[- ])?(?:current\s+|applicable\s+)?conversion rate\b",
            sentence[percent.end : percent.end + 160],
            re.IGNORECASE,
        )
        is not None
        or _FIXED_AT_SIGNING.search(right) is not None
        or rx.search(
            r"\bfixed (?:conversion )?price (?:equal to|(?:in effect )?(?:was )?set at)\b"
            # a reset on given days: "Conversion price reset:To 95% of 30-day
            # average stock price on Oct. 9, 2005 and Oct. 9, 2007"
            r"|\bconversion price reset\s*:\s*(?:to\s*)?$",
            sentence[: percent.start][-250:],
            re.IGNORECASE,
        )
        is not None
    )


def _to_a_stated_price(right: str) -> bool:
    """Whether a discount is to a price the text states, which sets a fixed
    price: "at 0.15p per share, a discount of 6.25 per cent. to the closing
    bid price of 0.16p per share on 8 September 2016"."""
    return bool(
        rx.match(
            r"\W*(?:per\s*cent\.?|percent)?\s*(?:discount\s+)?to\s+(?:the\s+)?"
            # ("a 17.58% discount to the Sept. 23 closing share price of $0.91")
            r"(?:[\w-]+\.?\s+){0,4}price\s+(?:of\s+\S{0,4}\d|on\s+(?:\d|[A-Z]))",
            right,
        )
    )


#: Preferred shares as a sentence's subject: "The preferreds are convertible".
_PREFERRED_ONLY = re.compile(
    # (or the British "preference shares": "Such convertible preference shares
    # will have an initial conversion price of $13.8671 per ordinary share")
    r"\bpreferred (?:stock|shares?)\b|\bpreferreds\b|\bpreference shares?\b",
    re.IGNORECASE,
)


#: Notes that convert into preferred shares: "guaranteed secured debentures,
#: convertible into preferred shares".
_NOTES_INTO_PREFERRED = re.compile(
    r"\b(?:notes|debentures|bonds)\b,?\s+convertible into (?:[\w-]+\s+){0,2}preferred shares\b",
    re.IGNORECASE,
)


def _preferreds_own(sentence: str) -> bool:
    """A sentence about preferred shares that names no note: their own
    conversion ("The new preferreds have a conversion price of $0.05")."""
    return bool(
        _PREFERRED_ONLY.search(sentence)
        and not rx.search(
            r"\b(?:notes?|debentures?|bonds?|loans?)\b", sentence, re.IGNORECASE
        )
    )


def _anothers_conversion(sentence: str) -> bool:
    """A conversion that is not the note's: preferred shares' own ("The
    preferreds are convertible at the greater of 70% of the market price of
    the stock and $0.25"); or the interest's own ("Accrued and unpaid
    interest on the principal amount is also convertible ... at a conversion
    price equal to the volume weighted average trading price")."""
    return _preferreds_own(sentence) or bool(
        rx.match(
            r"^\W*(?:all\s+)?(?:accrued\s+)?(?:and\s+unpaid\s+)?interest\b[^.;]{0,60}?"
            r"\b(?:is|shall be|will be|may be)\s+(?:also\s+)?convertible\b",
            sentence,
            re.IGNORECASE,
        )
        # ("Lind will have the option ... to convert accrued Pre-Paid Interest
        # into Common Shares at a price equal to 90% of the market closing
        # price")
        # (or interest paid in shares: "If it is paid in common stock, the
        # price per share will be the lower of (i) the then-current conversion
        # price and (ii) 88% of the average of the VWAP")
        or rx.search(
            r"\bto\s+convert\s+(?:the\s+)?accrued\s+(?:[\w-]+\s+){0,2}interest\s+into\b"
            r"|^\W*if\s+(?:it|interest)\s+is\s+paid\s+in\s+(?:common\s+)?(?:stock|shares)\b",
            sentence,
            re.IGNORECASE,
        )
    )


def market_terms(reader: Reader) -> list[Market]:
    found = []
    for sentence in reader.sentences:
        if (
            not _has(sentence, "conversion price", "convert", "conversion")
            or _anothers_conversion(sentence)
            # how a fixed price was set once: "The initial conversion price
            # was determined based on the average closing prices of the Class
            # A Common Stock during the 20 trading days prior to June 26, 1998"
            or rx.search(
                r"\binitial\s+conversion\s+price\s+was\s+(?:determined|set|calculated|fixed)\b"
                # (nor a price a later financing sets, capped against the
                # market: "will receive a 10-per-cent discount to the equity
                # financing price not to exceed a discount of more than 25 per
                # cent from the VWAP")
                r"|\bdiscount\s+to\s+the\s+(?:equity\s+)?financing\s+price\b",
                sentence,
                re.IGNORECASE,
            )
        ):
            continue
        if not any(_formula(sentence, p) for p in percents_in(sentence)):
            undiscounted = _undiscounted(sentence)
            if undiscounted is not None:
                found.append(undiscounted)
            continue
        for percent in percents_in(sentence):
            formula = _formula(sentence, percent)
            if formula is None or not (0 <= formula[0] < 1):
                continue
            discount, words = formula
            # (the reference in the next sentence: "The conversion price shall
            # be determined on the basis of the lowest VWAP ... during the
            # prior twenty (20) trading day period")
            words = words or _next_reference(reader, sentence)
            right = sentence[percent.end : percent.end + 200]
            if _no_holders_formula(sentence, percent, right) or _to_a_stated_price(
                right
            ):
                continue
            lookback, plain = _lookback(right)
            # (one day's price among other legs is one leg's: "90% of the
            # three lowest daily VWAPs of the 15 trading days ... or (iii) 90%
            # of the VWAP of the trading day prior to payment date")
            # (nor the market's price itself, undiscounted: "equal to 100% of
            # the closing price ... on the trading day immediately preceding
            # the submission of a conversion notice", a floating price)
            if lookback == "1" and (
                not discount
                or rx.search(
                    r"\b(?:lesser|lower|greater|higher|lowest)\s+of\b|\((?:ii|b|2)\)",
                    sentence,
                    re.IGNORECASE,
                )
            ):
                lookback, plain = None, False
            # (a reference stated before its percentage holds its days)
            if lookback is None:
                lookback, plain = _lookback(words)
            defined = _defined_reference(reader, words) if lookback is None else None
            if defined is not None:
                right = defined
                lookback, plain = _lookback(defined)
            kind = _reference_kind(words.lower(), right[:160].lower(), lookback)
            # "80% of the lowest of (A) the 15-day average closing price,
            # (B) the 10-day ...": the lowest of several references
            if rx.match(
                r"^\W*(?:of\s+)?(?:the\s+)?lowest of\s*\((?:a|i|1)\)", right, re.I
            ):
                kind, lookback = "", None
            found.append(
                Market(
                    format(discount.normalize(), "f"),
                    f'"{kind}"',
                    lookback,
                    sentence,
                    plain_days=plain and lookback is not None,
                )
            )
    return found


def fixed_leg(sentence: str, amounts: list[Money]) -> Money | None:
    """The fixed price of "the lesser of $0.09 or 60% of the lowest ...",
    "the lower of (i) $0.014, being ..., or (ii) ...", "the lesser of Ten
    cents ($0.10) or ..."; None when the fixed leg is not an amount."""
    for money in amounts:
        left = sentence[: money.start][-40:]
        # (not a valuation cap's ratio: "multiplied by the lesser of (i)
        # eighty percent (80%) and (ii) $4.0 million divided by the pre-money
        # valuation")
        if rx.match(r"\s*divided\s+by\b", sentence[money.end :], re.IGNORECASE):
            continue
        if (
            rx.search(
                # ("at a conversion price of, the lower of, £1.10 or a 20%
                # discount")
                r"\b(?:lower|lesser) of[:,]?\s+(?:\((?:i|1|a)\)\s*)?(?:[a-z -]{0,20}\(\s*)?$",
                left,
                re.IGNORECASE,
            )
            or rx.search(
                r"\b(?:lower|lesser) of\b[^$]{0,300}?\((?:ii|2|b)\)\s*$"
                # ("the lower of 80% of the per share purchase price paid for
                # by the new investors in the subsequent financing, or $0.50
                # per share")
                r"|\b(?:lower|lesser) of\s+\d[\d.]*\s?%[^$;]{0,200}?,?\s+or\s*$",
                sentence[: money.start],
                re.IGNORECASE,
            )
            or (
                # ("at a forty percent (40%) discount to the market price ... or
                # $.50 per share, whichever is lower")
                rx.search(r"\bor\s*$", left)
                and rx.match(
                    r"\s*(?:per\s+share\s*)?,?\s*whichever\s+is\s+(?:lower|less|lesser|the\s+lower)\b",
                    sentence[money.end :],
                    re.IGNORECASE,
                )
            )
        ):
            return money
    return None


#: The words before a price named as a fixed one: "a fixed conversion
#: price of", "the".
_A_FIXED_PRICES_WORDS = (
    r"(?:an?\s+|the\s+)?(?:fixed\s+)?(?:conversion\s+)?(?:price\s+of\s+)?"
)


def _a_greater_of_leg(sentence: str, start: int) -> bool:
    """Whether the price at ``start`` is a leg of "the greater of" a fixed
    price and a market formula, a floor under the formula: "the greater of a
    fixed conversion price of $.00009 or 55% of ..."; "the greater of: (i)
    ... multiplied by 90%; or (ii) $0.25"."""
    before = sentence[:start]
    return bool(
        rx.search(
            r"\b(?:greater|higher) of[:;]?\s+(?:\((?:i|x|a|1)\)\s*)?"
            + _A_FIXED_PRICES_WORDS
            + "$",
            before[-100:],
            re.I,
        )
        or rx.search(
            # (the second leg, after the formula: "the greater of; (i) the
            # variable conversion price (58% multiplied by the market price)
            # ... or (ii) the fixed conversion price of $.00005")
            r"\b(?:greater|higher) of[:;]?\s+\((?:i|x|a|1)\)[^$]{0,300}?;?\s+or\s+"
            r"\((?:ii|y|b|2)\)\s*" + _A_FIXED_PRICES_WORDS + "$",
            before,
            re.I,
        )
        # (or after the formula, chosen by "whichever is greater": "the
        # lowest closing price ... for the 20 days ... or at a price of
        # $0.0005 per share whichever is greater")
        or (
            rx.search(
                r"\bor\s+(?:at\s+)?(?:a\s+)?(?:(?:fixed\s+)?price\s+of\s+)?$", before
            )
            and rx.match(
                r"\S+(?:\s+per\s+share)?,?\s+whichever\s+is\s+(?:greater|higher)\b",
                sentence[start:],
                re.I,
            )
        )
    )


def floor_prices(reader: Reader) -> list[Found]:
    found = []
    for sentence in reader.about(
        "floor",
        "less than",
        "lower than",
        "below",
        "greater of",
        "higher of",
        "whichever is greater",
        "minimum",
        "at least",
    ):
        if not _has(sentence, "conversion", "convert"):
            continue
        for money in reader.money(sentence):
            left = sentence[: money.start][-100:]
            greater = _a_greater_of_leg(sentence, money.start)
            # "if the closing price is trading below US$ 1.50": a condition
            # ("provided we are not in default and our stock is trading at or
            # below $.20 per share": a call's)
            trading = rx.search(
                r"\btrad(?:ing|es)\s+(?:at\s+or\s+)?(?:below|between|above)", left[-40:]
            )
            # "If the Conversion Price ... is less than $3.00 per share, the
            # Company ... may elect to pay in cash": a condition
            # ("If the mid-market price is below £1.10 the Company has the
            # option to cancel the Lenders' conversion rights")
            condition = rx.search(
                r"\bif\b[^.;]{0,100}\bis (?:less than|below)\s*$", left, re.I
            )
            # ("multiplied by 75% with a $0.125 floor and a $0.50 ceiling")
            # ("the higher of the average 3 lowest closing prices or $0.12
            # floor price")
            named_after = rx.search(r"\b(?:an?|or)\s*$", left) and rx.match(
                r"\s*(?:per\s+share\s+)?floor\b", sentence[money.end :], re.I
            )
            if (
                (_FLOOR.search(left) or greater or named_after)
                and not trading
                and not condition
            ):
                found.append(Found(money.text(places=None), sentence, 2))
    return found


def _not_the_note_price(lowered: str, money: Money, warrants: bool) -> bool:
    """A warrant's exercise price, a price that applies only after a
    default, or a floor under a market price."""
    left = lowered[: money.start][-230:]
    if warrants and (
        rx.search(r"warrant|exercise", left[-80:])
        or not rx.search(
            r"convert\w*[^.]{0,80}?\bat\s+a\s+(?:fixed\s+)?price\s+(?:per share\s+)?of\s*$"
            # "(the "Note") convertible at $0.30 per share, and a warrant"
            r"|\bconvertible\s+at\s*$|\bat\s+a\s+conversion\s+(?:rate|price)\s+of\s*$"
            # "(ii) convertible at any time prior to maturity at $1.50 per
            # share ...; (iii) a warrant"
            r"|\bconvertible\s+at any time(?: prior to maturity)?\s+at\s*$"
            # ("The conversion price of the April 2015 Bridge Notes and the
            # exercise price of the April 2015 Warrants is $2.00 per share")
            r"|\bconversion price of\b[^.;$]{0,80}\band the exercise price of\b[^.;$]{0,80}"
            r"\b(?:is|was|are|were|will be)\s*$"
            # ("the option to convert debt into equity at $0.36 per share, and
            # 1,600,000 warrants")
            # ("investors can convert the New Bridge Note into common stock at
            # $0.18 per share and the investors received warrants")
            r"|\bconvert\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:debt|notes?|debentures?)\s+into\s+"
            r"(?:equity|(?:[\w-]+\s+){0,2}(?:stock|shares))\s+at\s*$"
            # ("convertible into approximately 670,000 shares of the
            # Company's common stock, par value $0.001 per share (the "Common
            # Stock") at $5.00 per share and five-year warrants")
            # ("convertible at the Investor's discretion into shares of the
            # Company's common stock at $0.03 per share with warrant coverage")
            r"|\bconvertible\s+(?:at\s+the\s+[\w'’]+\s+(?:discretion|option|election)\s+)?"
            r"into\s+[^;$]{0,80}?\b(?:shares|stock)\b"
            r"(?:,\s*par value\s*\$\s?[\d.]+\s+per share)?(?:\s*\([^)]{0,40}\))?\s+at\s*$",
            left,
        )
    ):
        return True
    return bool(
        # ("In the event of a default, the Conversion Price shall be reduced
        # to CAD$0.05 per Unit")
        rx.search(
            r"(?:upon|in the event of) (?:an? )?(?:event of )?default", left[-90:]
        )
        # an actual conversion's shares: "approved allotment of 14.16 lakh
        # fully paid-up equity shares at a conversion price of Rs 518"
        or rx.search(
            r"\ballot(?:ment|ted)\b(?:[^.;$]|\.(?=\d)){0,100}\bat a conversion price of\s*$",
            left,
        )
        or _FLOOR.search(left[-60:])
        # the price adjustments have brought it to by the report's day: "As
        # of the filing date of this report, the effective Conversion Price is
        # $0.5066"
        or rx.search(
            r"\bas of\b[^.;$]{0,80}\b(?:effective|current|adjusted)\s+conversion\s+price\s+"
            r"(?:is|was)\s*$",
            left,
        )
        # a company's valuation: "based on valuation of the Company at 80% of
        # lower of US$260,400,000"; "a valuation equal to 80% of US$260,400,000"
        or rx.search(r"\bvaluation\b[^.;$]{0,60}$", left)
        # a leg of "the greater of" a fixed price and a formula: its floor
        or _a_greater_of_leg(lowered, money.start)
        # a share price that triggers a forced conversion: "the daily volume
        # weighted average price of our common shares remaining at or above
        # the mandatory conversion price of $32.50"
        or rx.search(r"\bmandatory conversion price of\s*$", left)
        # a range marketed before pricing: "Pricing came at the rich end of
        # talk, which was for an initial exchange price of KRW 9,919 to KRW
        # 10,491"
        or (
            rx.search(r"\btalk\b", left) is not None
            and rx.match(r"\s*(?:to|-|–)\s*\S{0,4}\s?\d", lowered[money.end :])
            is not None
        )
        # the price interest is paid at in shares: "Interest shall be payable
        # at the option of the Borrower in cash or in Borrower common stock
        # issued at a conversion price of $2.11 per share"
        # (unless it is the note's own, defined: "Interest will be paid in
        # cash or Shares based on a conversion price of US$2.54 (the
        # “Conversion Price”)")
        or (
            rx.search(
                r"^\W*interest\s+(?:shall|will|may)\s+be\s+(?:payable|paid)\b[^.;]{0,80}"
                r"\bin\s+(?:[\w-]+\s+){0,3}(?:stock|shares)\b[^.;]{0,60}$",
                left,
            )
            is not None
            and not rx.match(
                r"\s*\(\s*(?:the\s+)?[\"“]\s*conversion price", lowered[money.end :]
            )
        )
        # a debenture's denomination: "sold on an instalment basis at a price
        # of C$1,000 principal amount of debenture"
        or rx.match(
            r"\s*principal amount (?:of|per) (?:each )?(?:debenture|note|bond)\b",
            lowered[money.end :],
        )
        # a conversion agreed on: "have agreed to immediately convert
        # approximately $25.6 million of ... notes into shares of common stock
        # at $11.00 per share"
        or rx.search(
            r"\bagreed to (?:immediately )?convert\b(?:[^.;]|\.(?=\d)){0,160}\bat\s*$",
            left,
        )
        # a price per ADS beside the price per share it gives: "$300 per ADS
        # ($150 per ordinary share)" (the share's is the note's price)
        or rx.match(
            r"\s*per\s+ads\s*\(\s*(?:us\s?)?\$\s?[\d.,]+\s+per\s+(?:class\s+[a-z]\s+)?"
            r"(?:ordinary\s+)?share\b",
            lowered[money.end :],
        )
        # a trigger: "The Company has the right to elect conversion of the Bond
        # if the share price trades at 80 pence per Ordinary Share"
        or rx.search(
            r"\bif the (?:share|stock|closing|trading) price (?:trades|is|closes)\s+"
            r"(?:at|above|over|at or above)\s*$",
            left[-80:],
        )
        # ("The Warrant Exercise Price will be amended to US$0.14")
        or rx.search(r"\bwarrant exercise price\b[^$;]{0,40}$", left)
        # the notes' own issue price: "16M unsecured convertible notes issued
        # at 60c each"
        or rx.search(
            r"\b(?:notes|debentures|bonds)\s+(?:(?:being|to be|are|were)\s+)?"
            r"(?:issued|offered|sold)\s+at\s*$",
            left,
        )
        # a note's own price against its par: "The Convertible Loan Notes are
        # issuable at a price of £22,500 (representing a discount of 10% to par
        # value)"; a currency's rate: "At a conversion rate of INR 85.3 per
        # USD"
        or rx.match(
            r"\s*\(\s*(?:representing|being|equal to)\s+(?:an?\s+)?(?:discount|premium)\b"
            r"[^)]{0,40}\bto\s+(?:the\s+)?(?:par|face|nominal)\b"
            r"|\s*per\s+(?:usd|us\s?\$|u\.s\.\s+dollar|dollar|eur|euro|gbp|pound)\b",
            lowered[money.end :],
        )
        # the price of the bonds the holder already has: "the subscriber is the
        # holder of existing Convertible Bonds with an unpaid principal amount
        # of 10 million USD, which can be converted into 54.1379 million shares
        # at the conversion price of 1.45 HKD"
        or rx.search(
            r"\bholders? of (?:the |its |their )?existing\s+(?:[\w-]+\s+){0,2}"
            r"(?:notes|bonds|debentures)\b(?:[^.;]|\.(?=\d)){0,200}$",
            left,
        )
        # a cap on a market price: "subject to a minimum conversion price of
        # $0.12 and a maximum conversion price of $0.25"
        or rx.search(r"\bmaximum\s+conversion\s+price\s+(?:of\s+)?$", left)
        # a price assumed for an illustration: "Assuming a conversion price of
        # $8.2909 per share (which is the maximum conversion price ...)"
        or rx.search(
            r"\bassuming\s+(?:an?\s+|the\s+)?conversion\s+price\s+of\s*$"
            # ("on the basis of a price theoretical conversion rate of 1.2527
            # euros, or 100% of the lowest volume-weighted average daily price")
            r"|\btheoretical\s+conversion\s+(?:price|rate)\s+of\s*$"
            # (nor shares sold beside the bonds: "833,333 registered convertible
            # preferred shares at an issue price of KRW 19,800 per share")
            # (not "may be converted into fully paid ordinary shares at an
            # issue price of AU$0.10 per share")
            r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}shares\s+at\s+an?\s+issue\s+price\s+of\s*$",
            left,
        )
        # one conversion's price: "The company will accordingly issue just
        # over 96.5mln new shares at a conversion price of 0.1036p"
        or rx.search(
            r"\b(?:issue|issued|allot|allotted)\b[^.;]{0,30}?\d[\d,.]*\s*(?:mln|million|m)?\s+"
            r"(?:new\s+)?(?:ordinary\s+)?shares\s+at\s+a\s+conversion\s+price\s+of\s*$",
            left,
        )
        # the price of a debenture or a unit of them ("at a price of $1,000
        # per convertible debenture unit")
        or rx.match(
            r"\s*per\s+(?:convertible\s+)?(?:debenture|note|bond)s?\b(?!\s+shares?\b)",
            lowered[money.end : money.end + 40],
        )
        # ("15,000 convertible unsecured debentures at C$1,000 each")
        or (
            rx.search(r"\b(?:debentures|notes|bonds|units)\s+at\s*$", left) is not None
            and rx.match(r"\s*each\b", lowered[money.end :]) is not None
        )
        # a share's par value: "into new ordinary shares of 0.01p each"
        or (
            rx.search(r"\bshares\s+of\s*$", left) is not None
            and rx.match(r"\s*(?:each|nominal)\b", lowered[money.end :]) is not None
        )
        # a rate in nominal: "at the rate of 26.6667 pence nominal of ordinary
        # share capital of the Company for every £1 nominal of the Notes"
        or rx.match(
            r"\s*nominal\s+of\s+(?:[\w-]+\s+){0,2}share\s+capital\b",
            lowered[money.end :],
        )
        is not None
        # an exchange done: "notes ... were exchanged for 1,475,258 shares of
        # the Company's common stock at a weighted average exchange price of
        # $1.10"
        or rx.search(
            r"\b(?:were|was) exchanged for\b(?:[^.;]|\.(?=\d)){0,200}$"
            r"|\bweighted average (?:exchange|conversion) price of\s*$",
            left,
        )
        is not None
        # an amendment's price: "On January 15, 2015, the Company amended the
        # convertible debenture of a shareholder ... so that the debenture
        # became anti-dilutive with a conversion price set at $0.35"
        or rx.search(
            r"\bamended the (?:convertible\s+)?(?:debenture|note)\b(?:[^.;]|\.(?=\d)){0,200}"
            r"\bconversion price (?:set|fixed|reset) at\s*$",
            left,
        )
        is not None
    )


#: The words of a price changed: "adjusted", "reduces", "reset", "cut".
# ("alter the conversion price of the Debenture to $0.20"; not
# "alternative")
_CHANGED = r"(?:(?:adjust|reduc|reset|amend|lower|increas|decreas|chang|cut)\w*|alter(?:s|ed|ing)?\b)"


#: A market formula's result, not a fixed price, the words after it: "The
#: conversion price per share is SEK 1.19, equivalent to 92% of the lowest
#: closing volume weighted average share price" (not a premium that fixes
#: one: "an initial conversion price of $12.0741, which is equal to 125% of
#: the Average VWAP").
_A_FORMULAS_RESULT = re.compile(
    r"\s*,?\s*(?:which is\s+)?(?:equivalent|equal|corresponding)\s+to\s+\d{1,2}(?:\.\d+)?\s*%"
    r"\s+of\s+the\b"
)


def _price_before_its_name(left: str, after: str) -> re.Match[str] | None:
    """The words after a price that name it the conversion price: "The
    $58.24 conversion price represents a 33% premium over the closing
    price"; "convertible with a $0.20 conversion price"."""
    # (or a note's: "convertible with a $0.20 conversion price", "at a $0.20
    # conversion price")
    # ("318.75 million common shares with P38 conversion price"; "in new
    # fully paid ordinary shares ("Common Shares") at a £0.0008 conversion
    # price"; "into newly issued share capital of the Company at the
    # previously agreed 0.5p conversion price")
    if rx.search(
        # ("a $6.4M two-year 8% Secured Convertible Note with a $0.15
        # conversion price")
        r"\b(?:convertible|convert(?:ed)?)\s+(?:with|at)\s+an?\s*$|\bshares\s+with\s*$"
        r"|\bconvertible\s+(?:[\w-]+\s+)?(?:note|debenture|bond|loan)s?\s+with\s+an?\s*$"
        r"|\bshares\b[^.;$]{0,40}\bat\s+(?:an?|the\s+previously\s+agreed)\s*$"
        r"|\bshare\s+capital\b[^.;$]{0,40}\bat\s+the\s+previously\s+agreed\s*$",
        left,
    ):
        return rx.match(r"\s*(?:initial\s+)?conversion price\b", after)
    # the words before that name it: "conversion is triggered at HK$98.21";
    # "The convertible debt has a strike of NOK 0.37 per share"
    named = rx.search(
        r"\bconversion\s+is\s+triggered\s+at\s*$"
        r"|\b(?:convertible|notes?|bonds?|debentures?|debt)\b[^.;]{0,40}\bhas\s+a\s+strike\s+of\s*$",
        left,
    )
    if named is not None:
        return named
    # the face of the notes one share takes, as Israeli issuers write it:
    # "Each NIS1.47 par value in Notes into convertible into one Elbit
    # Medical ordinary share"; "each NIS 10 par value of the debentures is
    # convertible into one share"
    # ("bonds with a face value of 2.3 shekels ($0.63) will be convertible
    # into a single company share")
    if rx.search(
        r"\b(?:notes|bonds|debentures)\s+with\s+a\s+(?:face|par|nominal)\s+value\s+of\s*$",
        left,
    ):
        return rx.match(
            r"\s*(?:\([^)]{0,30}\)\s*)?(?:will\s+be|shall\s+be|are|is)\s+convertible\s+into\s+"
            r"(?:a\s+single|one|1)\s+(?:[\w-]+\s+){0,3}?shares?\b",
            after,
        )
    if rx.search(r"\beach\s*$", left):
        return rx.match(
            r"\s*par\s+value\s+(?:in|of)\s+(?:the\s+)?(?:notes|debentures|bonds)\b"
            r"[^.;$]{0,40}?\bconvertible\s+into\s+(?:one|1)\s+(?:[\w-]+\s+){0,4}?shares?\b",
            after,
        )
    if rx.search(r"(?:^|\bthe)\s*$", left) is None:
        return None
    # ("traded above the 46.54 euro per share conversion price.")
    return rx.match(
        r"\s*(?:initial\s+)?conversion price\s+(?:represents|is|was|equals)\b"
        r"|\s*per share (?:initial\s+)?conversion price\s*(?:[.;]|$)"
        # ("exceeded $20.725 (125% of the $16.58 conversion price)")
        r"|\s*(?:initial\s+)?conversion price\s*(?:[.;)]|$)",
        after,
    )


#: A note that converts into warrants, as a sponsor's loan to a blank-check
#: company does: "convert the balance and interest into warrants".
_INTO_WARRANTS = re.compile(
    r"\bconvert\b[^.;]{0,80}\binto\s+(?:[\w-]+\s+){0,2}warrants\b"
)


#: A change of control that moves a price: "Following the occurrence of a
#: change of control of Avianca".
_ON_A_TAKEOVER = re.compile(
    r"\b(?:following|upon|on|after|in the event of)\s+(?:the\s+occurrence\s+of\s+)?"
    r"an?\s+(?:change of control|fundamental change)\b"
)


#: A reset a share price would trigger, not the price at issue: "if during
#: the period ... the closing price ... is ... below the conversion price ...
#: for at least 20 trading days ..., the conversion price will immediately be
#: reduced to $2.31 per share".
_ON_A_PRICE_TRIGGER = re.compile(
    r"\bif\b[^;]{0,300}\btrading days?\b[^;]{0,200}\bconversion price will\s+"
    r"(?:immediately\s+)?be\s+(?:reduced|reset|adjusted)\s+to\s*$"
)


#: A premium added to a price: "C$0.1995 plus the applicable Conversion
#: Premium".
_PLUS_A_PREMIUM = re.compile(
    r"\s*(?:per\s+share\s+)?plus\s+(?:the\s+|an?\s+)?(?:applicable\s+)?conversion\s+premium\b"
)


def _original_or_changed(found: Found, left: str, changed: bool) -> Found | None:
    """The price at issue, named so beside a later one ("at a conversion
    price of $10.212, which is 96% of the original conversion price of
    $10.637"), ranked above it; or a price that changed (the definition and
    an adjust event); None for neither."""
    if rx.search(r"\bof\s+the\s+original\s+conversion\s+price\s+of\s*$", left):
        return Found(found.value, found.quote, 4)
    if changed:
        return Found(found.value, found.quote, 3, changed=True)
    return None


def _price_readings(sentence: str, lowered: str, money: Money) -> list[Found]:
    """What the words around an amount say it is as a conversion price."""
    value = money.text(places=None)
    left = lowered[: money.start][-230:]
    right = lowered[money.end : money.end + 40]
    found: list[Found] = []
    # ("per Class A Ordinary Share"; "24,193,548 shares at $0.62 each"; "at a
    # price per share equal to $0.55")
    # ("ten ($0.10) cents per share": the amount in words, then its unit)
    per_share = bool(
        rx.match(
            # ("at US $0.1912 (CDN $0.2573) per share": an equivalent between)
            r"^\s*(?:\(\s*[a-z]{0,4}\s?\$\s?[\d.,]+\s*\)\s*)?(?:\)?\s*cents\s+)?"
            # ("convertible at $0.03 per ZYL share": the issuer's ticker)
            # ("at 8 pence per new Ordinary Share")
            # ("at an initial rate of HK$17.83 per H share")
            r"(?:(?:per|a|for each)\s+(?:class [a-z]\s+)?(?:new\s+)?(?:ordinary\s+|common\s+|equity\s+|h\s+|[a-z]{2,5}\s+)?share"
            r"|each\b"
            # ("new shares at HK$0.25 apiece")
            # ("at the fixed rate of $1.00 per principal value")
            r"|apiece\b|/\s*share\b|per principal value\b"
            # ("at C$1.25 per Rusoro share": the issuer's name)
            r"|per\s+[a-z]{3,16}\s+share\b"
            # ("at a rate of $20.00 per Voluntary Conversion Share")
            r"|per\s+(?:[a-z]+\s+)?conversion\s+share\b"
            # ("on the basis of $0.055 of debt to 1 share")
            r"|of (?:debt|principal) (?:to|for) (?:1|one|each) (?:common )?share\b)",
            right,
        )
        or rx.search(r"\bper share (?:price )?(?:of|equal to)\s*$", left)
    )
    # ("convertible into 1,111 common shares of the Company at C$0.90": the
    # shares each note converts into, then their price)
    # (or a term list's line: "• Convertible at 15 cents into common shares;")
    if rx.search(
        r"\b(?:shall|will|is|are|may)\s+be\s+convertible\s+into\s+[\d,]+\s+(?:[\w-]+\s+){0,3}"
        r"shares\b[^.;$]{0,40}\bat\s*$",
        left,
    ) or (
        rx.match(r"^\W*convertible\s+at\s+$", left)
        and rx.match(r"^\s*into\s+(?:[\w-]+\s+){0,2}shares\b", right)
    ):
        per_share = True
    # ("convertible into units at a price of $0.05 per unit"; "convert the
    # balance and interest into warrants ... at $1 per warrant")
    if (
        (rx.search(r"\binto\s+units\b", left) and rx.match(r"^\s*per unit\b", right))
        or (
            # ("convertible ... into trust units of the REIT at $5.65 per trust
            # unit")
            rx.search(r"\binto\s+(?:[\w-]+\s+)?trust\s+units\b", left)
            and rx.match(r"^\s*per\s+(?:trust\s+)?unit\b", right)
        )
        or (_INTO_WARRANTS.search(left) and rx.match(r"^\s*per warrant\b", right))
    ):
        per_share = True
    # (nor one end of a range: "Conversion price:€154.50 (minimum) and
    # €185.40 (maximum)", a mandatory note's)
    if (
        _RATE_NUMERATOR.match(lowered[money.end : money.end + 90])
        or rx.match(r"^\s*\((?:minimum|maximum|min\.?|max\.?)\)", right)
        or (
            # a bond's own price: "sold 2,019,504 convertible bonds at €1.00
            # apiece"
            rx.search(r"\b(?:bonds|notes|debentures)\s+at\s*$", left) is not None
            and rx.match(r"^\s*(?:apiece|each)\b", right) is not None
        )
    ):
        return found
    # a floor under the price: "with a floor on the conversion price of
    # $0.00005"
    # (or one conversion's price: "received a conversion notice in respect
    # of an additional £0.8 million, at a conversion price of 1.28 pence")
    if rx.search(
        r"\bfloor\s+(?:on|for|to)\s+the\s+conversion\s+price\s+of\s*$"
        r"|\bconversion notice\b(?:[^.;]|\.(?=\d)){0,160}$",
        left,
    ):
        return found
    labelled = rx.search(
        # "Conversion Price (subject to adjustment herein): $0.85"; "The
        # initial conversion ratio shall be equal to $1.00 per unit"
        # "conversion rate of $2.17275 per share"; "The conversion price
        # per unit is fixed at $0.80"; "will initially be US$12.00"; "a
        # conversion price of twelve cents ($0.12)"; "equal to par value,
        # $0.001 per share"
        # ("The initial conversion price for the bonds is set at RMB 13.33")
        # ("The Conversion Price as defined in Section 2.1(b) of the Note is")
        # ("an initial conversion share price of A$6.35")
        # ("at an initial exchange price of USD0.1350")
        # ("carries a fixed convertible price of $0.01": the same, misworded)
        # ("Convertible price: VND29,228/share", a Vietnamese board's plan)
        # ("The notes are convertible at a share price of $61.32")
        # ("at a fixed conversation rate of $0.01": the same, misspelt)
        r"(?:conver(?:sion|sation) (?:share )?(?:price|ratio|rate)|exchange price|exchangeable price"
        r"|\b(?:notes|bonds|debentures|convertibles)\s+are\s+convertible\s+at\s+a\s+share\s+price"
        r"|(?:fixed )?convertible price"
        r"|\bprice for the conversion of (?:the|each) (?:[\w-]+\s+){0,2}?(?:notes?|bonds?|debentures?)"
        r"(?:\s+into\s+(?:[\w-]+\s+){0,3}?(?:shares|stock)(?:\s+of\s+the\s+(?:issuer|company))?)?)"
        # ("a conversion price per Subordinate Voting Share of the Company
        # equal to US$3.29 per share")
        # ("Conversion price per ADS $ 4.00": an XBRL fact's label)
        r"(?:\s+per (?:(?:[\w-]+\s+){0,3}?share(?:\s+of\s+the\s+company)?|unit|ads))?"
        # ("a conversion price per share in NIS equal to $ 0.716": paid in
        # another currency, priced in this one)
        r"(?:\s+in\s+(?:nis|rmb|hkd|usd|cad|eur|gbp|aud))?"
        # ("Conversion price applicable to converting the CN to EX1 shares is
        # $0.008")
        r"(?:\s+applicable to (?:converting\s+)?[^,;.$]{0,50}?)?"
        # ("The conversion price at which the Bonds will be convertible into
        # new and / or existing ordinary shares of ACCIONA will be €63,02")
        r"(?:\s+at which (?:the\s+)?(?:[\w-]+\s+){0,2}(?:notes|bonds|debentures)\s+(?:will|shall|may)\s+"
        r"be\s+(?:convertible|converted)\s+into\s+[^;.$]{0,80}?)?"
        # ("Initial conversion price at issue US$0.5200"; "The conversion
        # price at the time of issue was 2,050p")
        # ("The conversion price on the issue is $6.92": a bond desk's word
        # for the bonds)
        r"(?:\s+at (?:the time of )?issue|\s+on the issue)?"
        # ("the initial conversion price into British Land ordinary shares had
        # been set at 693.07p")
        r"(?:\s+into\s+(?:[\w-]+\s+){0,3}(?:ordinary|common)\s+shares)?"
        # ("The initial conversion price in respect of such optional
        # conversion by investor is Rs. 18 per Equity share")
        r"(?:\s+in respect of\s+(?:[\w-]+\s+){0,5}?(?:[\w-]+))?"
        # ("The conversion price for each $1,000 aggregate principal amount of
        # notes is initially $20.43")
        r"(?:\s+for each \S{0,4}[\d,]+ (?:aggregate )?principal amount of (?:the )?notes"
        r"(?:\s+is\s+initially)?)?"
        # ("Conversion price (approximately) (subject to adjustment): $28.20")
        r"(?:\s*\([^)]{0,120}\)){0,2}"
        # ("at an initial Conversion Price (...), subject to adjustment in
        # certain events as set out herein, of ¥957 per Share")
        # ("at a conversion price, subject to the occurrence of certain
        # corporate events, of $1.75 per share")
        r"(?:,\s+subject to [^,;.]{0,80},)?"
        r"(?:\s+as defined in (?:[\w.()-]+\s+){1,6}?(?:of (?:the|this) (?:note|debenture))?)?"
        # ("The initial conversion price of the convertibles is $19.22")
        # ("The conversion price for each Subordinate Voting Share to be
        # issued is $28.00")
        # ("set the conversion price for its new third issue domestic
        # convertible bonds at NT$116.1")
        r"(?:\s+(?:for|of)\s+(?:the|this|each|its)\s+(?:[\w-]+\s+){0,5}?(?:notes?|bonds?|debentures?"
        # ("The conversion price for the FCCBs is Rs 737.40 a share")
        # ("The initial conversion price of this CB was 1,210 KRW")
        # ("The initial conversion price for each unit is S$2.189")
        r"|convertibles|fccbs?|cbs?)|\s+for\s+each\s+(?:[\w-]+\s+){0,3}(?:shares?|units?)"
        r"(?:\s+to be issued)?)?"
        # ("The initial exchange Price of the Bonds (the “Exchange Price”)
        # amounts to €2.7189 per each share")
        r"(?:\s*\([^)]{0,60}\))?"
        # ("The conversion price of the April 2015 Bridge Notes and the
        # exercise price of the April 2015 Warrants is $2.00 per share")
        r"(?:\s+and\s+the\s+exercise\s+price\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?warrants)?"
        # ("The conversion price of the shares that the Bonds may be converted
        # into is EUR 1.30")
        r"(?:\s+of\s+the\s+shares\s+(?:that|which)\s+the\s+(?:notes|bonds|debentures)\s+may\s+be\s+"
        r"converted\s+into)?"
        # ("The conversion price of the convertible bonds, which have
        # denominations of € 100,000, has been set at EUR 17.43")
        # ("The initial conversion price, being the price at which a holder
        # of convertible bonds may exercise the stock acquisition rights, is
        # ¥2,820")
        r"(?:,\s+(?:which|being)\s+(?:[^;.]|\.(?=\d)){0,120}?,)?"
        # (or a table's cell: "Conversion Price | $1.70"; a list's dash:
        # "Conversion Price \u2013 $4.6217 per ADS")
        # ("Conversion Price. $0.027 per share": a term's heading)
        r"\s*[:.|\u2013\u2014]?"
        # (an XBRL page's unit column between: "Conversion Price | $ / shares
        # | $ 0.10")
        r"(?:\s*\$\s*/\s*(?:shares?|shr)\s*\|?)?"
        # ("save for the conversion price, which is 70 pence per Ordinary Share")
        r"(?:,? which)?"
        # ("at a conversion price equivalent to 40 pence per Ordinary Share")
        # ("the conversion price for the loan notes would be 2.14p per share")
        r"(?: of| equal to| equivalent to| is| that is| that was| shall| will| would| now| initially| be|"
        # ("The initial conversion price being HK$1.00 per share")
        # ("the conversion price was going to be HK$0.1563 per conversion
        # share")
        r" was| has been| had been| amounts to| being| going to be)*"
        # ("The conversion price is fixed equal to $0.70 per share")
        # ("Conversion price is set at price of 9 pence")
        # ("Initial conversion price has been set to INR 125 per share")
        r"(?:(?: set| fixed)(?: at| equal to| to)?| at| equal to)?(?: (?:a )?price of)?\s*"
        r"(?:initially\s*)?"
        # ("an initial conversion price of about US$7.43 per share")
        # ("The initial conversion price was fixed at around EUR 55.69")
        r"(?:approximately\s*|roughly\s*|about\s*|around\s*)?"
        # ("a conversion price equal to ten ($0.10) cents per share")
        # ("the initial conversion price of Two Dollars and Twenty Five Cents
        # ($2.25) per share")
        r"(?:(?:[a-z-]+\s+){1,7}cents?\s*\(\s*|[a-z-]+\s*\(\s*|par value,?\s*)?$"
        # "The fixed conversion price ... was set at 90% of the 20-day VWAP of
        # our common stock on February 5, 2014, or $0.30753 per share"
        r"|\bfixed conversion price\b[^.$]{0,120},\s+or\s+$"
        # ("at the agreed conversion rate, which is equivalent to an initial
        # price of US$ 29 per share")
        r"|\bconversion\s+(?:rate|ratio),\s+which\s+is\s+equivalent\s+to\s+an?\s+(?:initial\s+)?"
        r"price\s+of\s*$"
        # ("have a conversion premium of 35% or HK$25.995"; "carry a low
        # conversion premium of 7.9% to HK$5.20")
        r"|\bconversion premium of \d[\d.]*\s*%\s+(?:or|to)\s*$"
        # ("They convert into 124.0695 shares per $1,000 principal amount, a
        # price of $8.06 per share")
        # ("6257 shares of common stock per $1,000 of principal, or a price of
        # approximately $23.46 per share")
        # ("3636 shares of Class C common stock per $1,000 principle amount of
        # notes, or an approximate price of $27.50 per Class C common share")
        r"|\bshares\s+(?:of\s+(?:[\w-]+\s+){0,3}(?:stock|shares)\s+)?per\s+\$1,000\s+(?:of\s+)?"
        r"princip(?:al|le)(?:\s+amount)?(?:\s+of\s+(?:the\s+)?(?:notes|debentures|bonds))?,\s+"
        r"(?:or\s+)?an?\s+(?:initial\s+|approximate\s+)?"
        r"(?:conversion\s+)?price of\s*(?:approximately\s*)?$"
        # ("at a rate of 413.2231 shares per $1,000 original principal amount
        # of Notes, or approximately $2.42 per share")
        r"|\bshares\s+per\s+\$1,000\s+(?:original\s+)?principal\s+amount\s+of\s+(?:the\s+)?"
        r"(?:notes|debentures|bonds),\s+or\s+approximately\s*$"
        # ("at a rate of 83.07 shares per $1000 principal amount of notes,
        # which is equivalent to $12.04 per share")
        r"|\bshares\s+per\s+\$1,?000\s+(?:original\s+)?principal\s+amount\b[^;$]{0,40}?,\s+"
        r"which\s+is\s+equivalent\s+to\s*(?:approximately\s*)?$"
        # ("is convertible into the Company's common stock at a purchase
        # price of $0.70 per common share")
        r"|\bconvertible\s+into\s+(?:the\s+company['’]s\s+)?(?:[\w-]+\s+){0,2}(?:stock|shares)\s+"
        r"at\s+an?\s+purchase\s+price\s+of\s*$"
        # ("A 100 pct conversion rate of bonds to common shares at 6,245 won
        # per share")
        r"|\bconversion rate of (?:the )?(?:bonds|notes|debentures) (?:in)?to "
        r"(?:common |ordinary )?shares at\s*$"
        # (a definition: "“Conversion Price” shall mean $.08 per share"; not
        # "“Fixed Conversion Price” shall mean $0.00005", a leg of a formula)
        # ("“Conversion Price” means, on any date, $6.80 per Common Share")
        r"|[\"“]conversion price[\"”]\s+(?:shall\s+)?means?(?:,\s*(?:on|as of)\s+any\s+date,)?\s*$"
        # ("at the Average Market Price (the “AMP”) as of the day immediately
        # preceding the closing date (the “Conversion Price”), defined as
        # $.5627")
        r"|\(the\s+[\"“]conversion price[\"”]\),?\s+defined\s+as\s*$"
        # "the same conversion rate (96.3879 shares of common stock per $1,000,
        # equivalent to a strike price of approximately $10.37 per share"
        # ("The initial conversion rate is 24.6914 shares per each $1,000 of
        # notes, or the equivalent to an initial share price of $40.50")
        r"|\bequivalent to (?:a|an initial) (?:strike|conversion|share) price of\s*"
        r"(?:approximately\s*|about\s*)?$"
        # the price beside a rate, unnamed: "an initial conversion rate of
        # 17.7494 of Snap Class A common stock per $1,000 principal amount of
        # notes (equivalent to ~$56.34/share)"
        r"|\bconversion rate\b[^;]{0,160}?\bper\s+\S{0,4}1,000\b[^;$]{0,60}?[(,]\s*"
        r"(?:which\s+(?:is|represents)\s+)?(?:equivalent to|representing)\s+"
        r"(?:approximately\s*|about\s*|~\s*)?$"
        # ("convertible ... into 5.6024 shares of the Company's common stock per
        # $1,000 face amount of Debenture (equivalent at issuance to $76.02 per
        # share")
        r"|\bconvertible\b[^;]{0,120}?\binto\s+[\d.,]+\s+shares\b[^;$]{0,80}?\bper\s+\S{0,4}1,000\b"
        r"[^;$]{0,60}?\(\s*equivalent\s+at\s+issuance\s+to\s*$"
        # ("Investors have the right to exchange the bond into Deutsche Post
        # shares during a fixed term of five years for a price of 19.38
        # euros")
        r"|\bright\s+to\s+(?:convert|exchange)\b[^.;]{0,160}?\binto\s+(?:[\w-]+\s+){0,3}shares\b"
        r"[^.;$]{0,60}\bfor\s+a\s+price\s+of\s*$"
        # ("The exchangeable bonds ... will be issued on 27 June 2017 with an
        # initial exercise price of 389 pence": an exchangeable's price)
        r"|\b(?:exchangeable|convertible)\s+(?:[\w-]+\s+){0,2}bonds\b[^;$]{0,160}\bwith\s+an\s+"
        r"initial\s+exercise\s+price\s+of\s*$"
        # ("at the conversion price of $300 per ADS ($150 per ordinary share)")
        r"|\bconversion price of\s+(?:us\s?)?\$\s?[\d.,]+\s+per\s+ads\s*\(\s*$"
        # (after a rate of conversion: "This equates to a price per ordinary
        # share of 3.75p per share")
        r"|^\W*this equates to a price per (?:ordinary |common )?share of\s*$"
        # ("the price at which the conversion shares will be issued will
        # initially be $6.216")
        r"|\bthe price at which the conversion shares (?:will|shall) be issued (?:will|shall)\s+"
        r"(?:initially\s+)?be\s*$",
        left,
    )
    labelled = labelled or _price_before_its_name(left, lowered[money.end :])
    # (not a row of several columns: "Conversion price per share | $ 4.08 |
    # $ 6.00 | $ 4.20", one price for each series)
    if (
        labelled
        and "|" in labelled.group(0)
        and rx.match(r"\s*\|\s*\S{0,4}\s?\d", lowered[money.end :])
    ):
        labelled = None
    at_price = rx.search(
        # ("convertible into shares of Series D-1 Convertible Preferred Stock,
        # par value $0.001 per share (...) at a price per share equal to")
        # ("the conversion into Class A Ordinary Shares of the Company, at an
        # issue price of S$2.81 per Ordinary Shares")
        # ("The ESDs are exchangeable into common shares of the Company at a
        # price of $0.05 per share")
        # ("convertible at the seller's option into common shares of Mad Catz
        # Interactive, Inc. at $1.42 per share": a legal form's stop)
        r"\b(?:conver(?:t|sion)\w*|exchangeable\s+into)(?:[^.]|\.(?=\d)|(?<=\binc)\.|(?<=\bcorp)\.|(?<=\bltd)\.)"
        r"{0,210}?\bat\s+"
        # ("at price of $1.00 per share": the article dropped)
        # ("at a per share price of $0.90")
        r"(?:(?:a )?(?:per share )?(?:fixed )?(?:price|rate) (?:per share )?(?:of|equal to)\s+|a\s+"
        # "convert their Notes into shares ... at an exercise price of $2.00
        # per share"; "at an initial price per share of $2.44"
        # ("at a strike price of $18 per share"; "at the issue price of
        # $0.942 per share")
        # ("at an initial rate of HK$17.83 per H share")
        r"|(?:an?|the) (?:exercise|initial|issue|strike) price (?:per share )?(?:of|equal to)\s+"
        r"|an? initial rate of\s+)?$"
        # "said note shall be convertible into $0.06 per common share"
        r"|\bconvertible\s+into\s*$"
        # ("The Debentures are convertible ... into shares of common stock, par
        # value $0.01 per share, of the Company at the price of $3.46 per
        # share"; not a later undertaking "to covert ... at the price of")
        r"|\b(?:is|are|shall be|will be)\s+convertible\b(?:[^.]|\.(?=\d)){0,210}?\bat\s+the\s+price\s+of\s+$"
        # ("Crossover may convert the Notes into Common Shares for CDN $0.20
        # per Common Share")
        # ("convert all or a portion of the loans into warrants for $1.00 per
        # warrant": a sponsor's loan)
        r"|\bconvert\w*\b[^.;]{0,120}?\binto\s+(?:[\w-]+\s+){0,3}(?:shares|warrants)\s+for\s+$"
        # "at a 25% discount to the IPO price ..., being a price of £0.57 per
        # Ordinary Share"
        r"|\bconvert\w*[^;]{0,200}?\bbeing a price of\s*$"
        # "may be converted into common stock ... on the basis of $0.055 of
        # debt to 1 share"
        # ("(convertible on the basis of $0.003 per share)")
        r"|\bconvert(?:ed|ible)\b[^.;]{0,120}?\bon the basis of\s*$"
        # ("convertible ... (subject to the limitations on conversion
        # hereinafter set forth), at the rate of $0.82 per share")
        r"|\bconver(?:t|sion)\w*[^.]{0,80}?\bat (?:a|the) (?:fixed |conversion )?(?:price|rate) of\s+$"
        # ("convertible ... into shares of the Company's Class A common stock
        # at a deemed price of $0.15 per share"; "may convert ... into common
        # stock in the Company at a value equal $0.50 per share"; not units,
        # nor a debt converted: "converted US$255,000 of accounts payable ...
        # at a deemed price")
        r"|\bconvert(?:ible)?\b(?:(?!\binto\s+units\b)(?:[^.]|\.(?=\d))){0,160}?\bat\s+a\s+"
        r"(?:deemed\s+price\s+of|value\s+equal(?:\s+to)?)\s+$"
        # a term list's line: "• Convertible at 15 cents into common shares;"
        r"|^\W*convertible\s+at\s+$",
        left,
    )
    # "one share for every $1.00"; "one share of common stock for each $2.01
    # of principal amount"; "one share of common stock per $1.00 of
    # converting principal"; "Each $3.20 of the principal amount will be
    # convertible into one common share"
    one_share = rx.search(
        # ("one (1) share of common stock for every $0.35")
        r"\b(?:one|1)\s+(?:\(1\)\s+)?(?:ordinary\s+|common\s+)?share(?P<named>\s+of\s+(?:the\s+)?"
        r"(?:company['’]s\s+)?(?:common|ordinary)\s+(?:stock|shares))?\s+"
        r"(?P<by>for\s+(?:every|each)|per)\s+$",
        left,
    )
    each_into_one = rx.search(r"\beach\s+$", left) and rx.match(
        r"^\s*of\s+(?:the\s+)?principal amount\s+(?:will|shall|may|is)\s+be\s+"
        r"convertible\s+into\s+one\b",
        lowered[money.end : money.end + 90],
    )
    of_principal = rx.match(
        r"^\s*(?:of|in)\s+(?:converting\s+)?(?:the\s+)?principal\b", right
    )
    # (a bare "one share for each $X" names a price by itself; the longer
    # forms with the principal after the amount)
    for_every = bool(
        (one_share and not one_share["named"] and one_share["by"] != "per")
        or ((one_share or each_into_one) and of_principal)
    )
    # "the number of shares equal to (i) the unpaid principal ... divided by
    # (ii) $0.32 (the "Conversion Price")" ("... the number of Converted
    # Shares multiplied by $6.24" states a second price, which competes)
    # (not a valuation that gives a stake: "equity interest of E-surer that
    # represents a percentage of equity ownership obtained by dividing the
    # aggregate outstanding principal ... by RMB 100,000,000")
    divided = rx.search(
        r"\bdivid\w*\b[^.]{0,200}?\bby\s+(?:\((?:ii|2|b|y)\)\s*)?$"
        r"|\bshares\s+multiplied\s+by\s+$",
        left,
    ) and not rx.search(r"\bpercentage of (?:the\s+)?(?:equity|ownership)", left)
    # ("(“the Conversion Price”)")
    if rx.match(
        r"^\s*(?:per\s+(?:common\s+)?share\s*)?\(\s*[\"“]?(?:the\s+)?[\"“]?"
        r"(?:fixed\s+)?conversion price[\"”]\)",
        right,
    ):
        found.append(Found(value, sentence, 3))
    elif for_every or divided:
        found.append(Found(value, sentence, 2))
    adjusted = (
        rx.search(
            rf"\b{_CHANGED}\s+(?:the\s+conversion\s+price\s+)?to\s+$"
            # ("the latest conversion price is RMB 8.09")
            # ("The conversion price of the Debentures moves from $0.40 per
            # Debenture Share to $0.10 CAD")
            r"|\bconversion\s+price\b[^.;]{0,40}\b(?:moves|moved|changes|changed|goes|went)\s+"
            r"from\s+\S{0,4}\d[^.;]{0,40}?\bto\s+$"
            # ("the prevailing conversion price of HK$6.61")
            r"|\b(?:revised|adjusted|amended|reduced|reset|new|latest|prevailing)\s+conversion\s+price"
            # ("The new conversion price will be $41.49, adjusted from $4.158")
            r"(?:\s+of|\s+is|\s+will\s+be)?(?:\s+approximately)?\s*$"
            # a prospectus's price in force after adjustments: "at a current
            # conversion rate of 62.431 shares for each $1,000 principal amount
            # of notes, which is equal to a current conversion price of
            # approximately $16.0176" (not an anti-dilution clause's "below the
            # current conversion price of $20.00")
            r"|\bcurrent\s+conversion\s+rate\b[^;]{0,200}\bcurrent\s+conversion\s+price\s+of"
            r"(?:\s+approximately)?\s*$"
            # ("In May 2008, the conversion price was amended to provide a fixed
            # conversion price of $0.001 per share")
            r"|\bconversion\s+price\s+(?:was|were|has\s+been|had\s+been)\s+(?:subsequently\s+)?"
            # ("now conversion price has been reset to Rs. 228.04/- per share")
            r"(?:amended|adjusted|reduced|reset|lowered|changed)\s+to\b(?:[^.;$]|\brs\.){0,60}$"
            # "resets the conversion price to the 10 day volume weighted average
            # price ..., plus a 25% conversion premium, or $1.66"
            rf"|\b{_CHANGED}\s+the\s+conversion\s+price\s+"
            r"to\b[^.;$]{0,200}?,?\s+or\s+$"
            # ("has agreed to vary the terms of the Loan Notes issued to
            # Fairbairn, ..., such that they will convert into ordinary shares
            # in the Company at a price of 1.5 pence per share")
            r"|\bvary\s+the\s+terms\b[^.;]{0,160}\bconvert\b[^.;]{0,80}\bat\s+a\s+price\s+of\s*$"
            # ("the Company entered into an amendment agreement with the
            # debenture holder whereby the debenture shall be convertible at a
            # fixed conversion price $0.005 per share")
            r"|\bentered into an?\s+(?:[\w-]+\s+){0,2}amendment\b(?:[^.;]|\.(?=\d)){0,160}"
            r"\bconvertible at\b[^.;$]{0,40}$",
            lowered[: money.start][-260:],
        )
        or rx.match(
            # ("The conversion price of 1.25p has been agreed between the YA II
            # and the Company and supersedes the conversion formulae stated in the
            # announcement dated 2 September 2016")
            r"[^.;]{0,80}\b(?:supersedes?|superseding|replaces?|replacing)\s+the\s+"
            r"(?:original\s+|previous\s+|earlier\s+)?conversion\b",
            lowered[money.end :],
        )
        or rx.search(
            # ("The conversion price is now $5.03, reduced from $5.07": both are
            # later prices)
            # ("The conversion price is now $6.451, retroactive from April 1,
            # adjusted from $6.477")
            r"\bconversion\s+price\s+is\s+now\s+\S{0,4}\d[\d.,]*,?\s+(?:[^.;]{0,40},\s+)?"
            r"(?:reduced|lowered|adjusted|increased|changed)\s+from\b",
            lowered,
        )
    )
    converted = rx.search(
        # ("On April 2, 2012, the Company converted the $10,000 convertible
        # note into 5,263,158 common shares at $.0019 per share")
        r"\b(?:holders?|creditor|lender|investor|noteholders?|it|they)(?:\s+\d+)?\s+"
        r"converted\b"
        r"|\b(?:the company|we)\s+converted\b(?:[^.;]|\.(?=\d)){0,120}\binto\s+[\d,]+\s"
        r"|\b(?:was|were|has been|have been)\s+converted\b"
        # ("The shares were swapped at the conversion price of P4.485030 per
        # common share")
        r"|\b(?:shares|notes)\s+were\s+swapped\s+at\b"
        # ("$1.2M OF $2.2M CREDIT FACILITY CONVERTED TO COMMON STOCK AT $5.00
        # PER SHARE": a stamp on the note)
        r"|\d[\d.,]*\s*[mk]?\s+of\s+\S{0,4}\d[\d.,]*\s*[mk]?\s+(?:credit\s+)?"
        r"(?:facility|notes?|debentures?|loans?)\s+converted\s+(?:in)?to\b"
        r"|\b(?:satisfied|settled|repaid|paid)\s+by\s+(?:\w+\s+)?converting\b"
        r"|\b(?:agreed|elected) to convert\b"
        # ("received a request on November 29, 2024, from Riverfort ... to
        # convert a proportion of EUR 60,000 of the convertible notes")
        r"|\brequest\b[^.;]{0,160}\bto convert\b"
        # "The outstanding notional amount ... as at June 30, 2022 was
        # $2,075,151, which can be converted into 12,206,768 ordinary shares at
        # an exercise price of $0.17": the price as it stands now
        # (not notes still to be issued: "An additional $36 million ... will
        # be raised through a private placement of convertible notes which
        # can be converted into 45 million ordinary shares at 80c each")
        r"|^(?!.*\bwill\s+be\s+(?:raised|issued)\b).*\b(?:can|could|may) be converted into [\d,]+ "
        # ("As of March 31, 2025, the Note is convertible into shares of
        # Common Stock at a conversion ratio of $1.10, subject to adjustment")
        r"|^\W*as\s+(?:of|at)\s+[^;.]{4,30}?,\s+the\s+(?:[\w-]+\s+){0,2}(?:note|debenture|bond)s?\s+"
        r"(?:is|are|was|were)\s+convertible\b"
        # ("As at 31 December 2014, the conversion price per Unit (“Conversion
        # Price”) is $1.1199 (2013: $1.1642)")
        r"|^\W*as\s+(?:of|at)\s+[^;.]{4,30}?,\s+the\s+conversion\s+price\b"
        # ("Alpha converted $770,000 and $100,000 of outstanding principal
        # into ... shares of Common Stock at a conversion rate of $1.10 and
        # $62.50, respectively")
        r"|\bconverted\s+\S{0,4}\d[\d,.]*\s+(?:and\s+\S{0,4}\d[\d,.]*\s+)?of\s+(?:the\s+)?"
        r"(?:outstanding\s+)?principal\b"
        # "issued an aggregate of 6,162 shares of common stock based on a
        # conversion price of $1.00 per share pursuant to the conversion of"
        r"|\bissued\b[^.]{0,80}\bshares\b[^.]{0,120}\b(?:upon|pursuant to|on) the conversion of\b",
        lowered,
    ) and not rx.search(
        # (a conversion "at a conversion rate of $0.70 per share in accordance
        # with the terms of the note" states the note's own price)
        r"\bin accordance with the (?:original )?terms of the (?:note|debenture)"
        # (nor one "at a fixed conversion price of CHF10.18 per share")
        r"|\bat\s+(?:a|the|its)\s+fixed\s+conversion\s+price\s+of\b",
        lowered,
    )
    # "... into 236,498 shares of common stock resulting in a conversion
    # price of $1.21 per share": the quotient of a settlement, not a term
    # (but "a 30% conversion premium, resulting in a conversion price of EUR
    # 15.73": the premium's price, the note's own)
    resulting = rx.search(
        r"\bresulting in an? (?:effective\s+)?conversion price of\s+$", left
    )
    # (nor a price only a takeover would bring: "Following the occurrence of
    # a change of control of Avianca, the conversion price will be reduced to
    # $4.1595")
    # (nor a price a premium defined elsewhere is added to: "a conversion
    # price per share of C$0.1995 plus the applicable Conversion Premium")
    if (
        (resulting and not rx.search(r"\bpremium,?\s*$", left[: resulting.start()]))
        or (adjusted and _ON_A_TAKEOVER.search(lowered[: money.start]))
        or _ON_A_PRICE_TRIGGER.search(lowered[: money.start][-600:])
        or _PLUS_A_PREMIUM.match(lowered, money.end)
    ):
        return found
    later = _original_or_changed(
        Found(value, sentence, 3),
        left,
        bool(
            (adjusted and (per_share or "conversion price" in left))
            or (converted and (labelled or per_share))
        ),
    )
    if later is not None:
        return [*found, later]
    # "the conversion price then in effect (initially $0.12 per share)": the
    # price the note was issued with
    # ("The convertibles were issued in 2021 at a conversion price of HK$60")
    if (rx.search(r"\(\s*initially\s*$", left) and per_share) or rx.search(
        r"\b(?:were|was)\s+(?:originally\s+|initially\s+)?issued\b[^.;$]{0,40}\bat\s+an?\s+"
        r"(?:initial\s+)?conversion\s+price\s+of\s*$",
        left,
    ):
        found.append(Found(value, sentence, 4))
    elif (
        labelled
        or (at_price and per_share)
        # ("Each note is convertible into common stock at an exercise price
        # of $.39.": the price the sentence ends with)
        or (
            rx.search(
                r"\bconvertible\s+into\s+(?:common|ordinary)\s+(?:stock|shares)\s+at\s+an?\s+"
                r"(?:exercise|conversion)\s+price\s+of\s+$",
                left,
            )
            and rx.match(r"^\s*\.?\s*$", right)
        )
        # "The Note converts at a fixed rate of $1.08 into common stock": the
        # words name a price (not "debentures at a price of $1,000 per
        # debenture", an offering's; nor "$0.06 to US $0.08", a range)
        or (
            rx.search(
                r"\bconvert\w*[^.]{0,120}?\bat (?:a|the) (?:fixed |conversion |effective )?"
                r"(?:price|rate) of\s+$",
                left,
            )
            and not rx.match(
                r"^\s*(?:(?:per|a|for each)\s+(?:convertible\s+)?(?:\w{1,4}\s+)?(?:debenture|note|bond|unit|\$)|to\s+(?:us\s?)?\$)",
                right,
            )
        )
        # "convert the note to common stock at $.05."
        or (
            at_price
            and rx.search(
                # ("to Company's Class A ordinary shares at $0.213, or 150% of
                # the VWAP": the fixed leg)
                r"\b(?:to|into)\s+(?:shares of\s+)?(?:(?:the\s+)?company\S{0,2}s\s+)?"
                # ("are convertible into Novellus shares at $76.36, a 52 percent
                # premium": the issuer's name alone)
                r"(?:[a-z]{2,12}\s+(?=(?:(?:common|ordinary)\s+)?(?:stock|shares)\s+at\b))?"
                # ("into ETI ordinary shares at an exercise price of 6 US cents
                # during the conversion period")
                r"(?:class [a-z]\s+)?(?:(?:common|ordinary)\s+)?(?:stock|shares)\s+at\s+"
                r"(?:an?\s+(?:exercise|conversion)\s+price\s+of\s+)?$"
                # ("The bonds will initially be convertible at HK$38.56.")
                r"|\b(?:notes|bonds|debentures)\s+(?:will|shall|are)\s+(?:initially\s+)?"
                r"(?:be\s+)?(?:initially\s+)?convertible\s+at\s+$"
                # ("Each \u20ac100,000 convertible bond will last seven years,
                # paying two per cent interest and can convert at \u20ac54.99, a
                # 30 per cent premium")
                r"|\b(?:notes?|bonds?|debentures?)\b[^.;$]{0,100}\b(?:can|may)\s+convert\s+at\s+$",
                left,
            )
            # ("can be converted into shares at HK$2.838, a 29-percent
            # premium")
            and rx.match(
                r"^\s*(?:\.|$|,\s+or\b|,\s+an?\s+[\d.]+[- ]?(?:%|percent|per cent)\s+premium\b"
                r"|during\s+the\s+conversion\s+period\b)",
                right,
            )
        )
    ):
        found.append(Found(value, sentence, 3 if labelled else 2))
    return found


_STEPPED_PRICE = re.compile(
    r"\S{0,4}\d[\d.]*\s+per\s+(?:[\w-]+\s+)?(?:share|unit)s?\s+(?:in|for|during)\s+the\s+"
    r"(?:first|initial)\b[^.;$]{0,40}?\band\s+\S{0,4}\d[\d.]*\s+per\s+(?:[\w-]+\s+)?"
    r"(?:share|unit)s?\s+thereafter\b"
    # ("a conversion price of 95p per Ordinary Share at any time on or after
    # the first anniversary of their issue and at 120p per Ordinary Share at
    # any time on or after the second anniversary"; "at US$0.067 per share
    # until July 8, 2023 and thereafter at US$0.078 per share")
    r"|\S{0,4}\d[\d.]*p?\s+per\s+(?:[\w-]+\s+)?(?:share|unit)s?\s+(?:until|up to|through|"
    r"(?:at any time\s+)?on or after)\b[^.;]{0,80}?\band\s+(?:thereafter\s+)?at\s+"
    r"\S{0,4}\d[\d.]*p?\s+per\s+(?:[\w-]+\s+)?(?:share|unit)s?\b",
    re.IGNORECASE,
)


def fixed_prices(reader: Reader) -> list[Found]:
    found = [
        Found(f"{row['price'].replace(',', '')} {row['code'].upper()}", sentence, 3)
        for sentence in reader.sentences
        for row in _FORM_PRICE.finditer(sentence)
    ]
    tranches = reader.first(TRANCHES) is not None
    for sentence in reader.about(
        "conversion price",
        "convert",
        "conversion into",
        "strike price",
        "conversion premium",
        # (exchangeable notes: "equivalent to an initial exchange price of
        # approximately $13.75 per ordinary share")
        "exchange price",
        # ("The ESDs are exchangeable into common shares of the Company at a
        # price of $0.05 per share")
        "exchangeable into",
        # (after a rate of conversion: "This equates to a price per ordinary
        # share of 3.75p per share")
        "equates to a price per",
        # ("A 100 pct conversion rate of bonds to common shares at 6,245 won
        # per share")
        "conversion rate of",
        # ("The initial conversion rate is 17.7494 of Snap Class A common
        # stock per $1,000 principal amount of notes (equivalent to
        # ~$56.34/share)")
        "conversion rate is",
        # ("The initial conversion rate will be 36.3636 shares of Class C common
        # stock per $1,000 principle amount of notes, or an approximate price
        # of $27.50 per Class C common share")
        "conversion rate will be",
        # ("The initial price for the conversion of the Bonds into Ordinary
        # Shares of the Issuer was EUR 12.93")
        "price for the conversion",
        "convertible price",
        # (an exchangeable's: "the right to exchange the bond into Deutsche
        # Post shares ... for a price of 19.38 euros"; "The exchangeable
        # bonds ... with an initial exercise price of 389 pence")
        "right to exchange",
        "exchangeable bond",
        # ("(i) conversion at a price of Rs.115 per Equity Share")
        "conversion at a price",
        # ("exchangeable into Dexus Stapled Securities at an initial
        # exchangeable price of A$15.05 per security")
        "exchangeable price",
        # ("conversion is triggered at HK$98.21"; "The convertible debt has a
        # strike of NOK 0.37 per share")
        "conversion is triggered at",
        "has a strike of",
    ):
        lowered = sentence.lower()
        # a valuation's inputs: "using the weighted-average Black-Scholes
        # option pricing model with the following assumptions: ... (vi) per
        # share conversion price of $0.00912"
        # (nor the price a refinancing set: "The annualised coupon rate of the
        # Loan Notes has been reduced to 13.75 per cent. ... and are now
        # convertible into new ordinary shares ... at a conversion price of
        # 0.55 pence")
        if rx.search(
            r"black[- ]scholes|option pricing model|valuation model", lowered
        ) or (
            rx.search(r"\b(?:are|is)\s+now\s+convertible\b", lowered)
            and rx.search(
                r"\b(?:reduced|increased|amended|changed|lowered)\s+to\b", lowered
            )
        ):
            continue
        # preferred stock's conversion ("one share of Series B Convertible
        # Preferred Stock ... convertible into common stock at an assumed
        # conversion price of $0.20"), in a sentence naming no note
        # ("The new preferreds have a conversion price of $0.05")
        # (unless the notes themselves convert into preferred shares:
        # "debentures, convertible into preferred shares" and "Conversion
        # Price: R$32.2649 per preferred share")
        if _preferreds_own(lowered) and reader.first(_NOTES_INTO_PREFERRED) is None:
            continue
        # a sentence about warrants states their exercise price, unless it
        # names the conversion price or converts "at a price of"
        # (or options: "10,000,000 unquoted options with a right to acquire
        # one ordinary share ... at an exercise price of $0.05 per share")
        warrants = (
            # (not "at the option of the holder into ETI ordinary shares at an
            # exercise price of 6 US cents": the holder's choice)
            bool(
                rx.search(
                    r"warrant|\boptions?\b(?!\s+of\s+the\s+(?:holder|company|issuer)\b)"
                    r"[^.;]{0,80}\bexercise price",
                    lowered,
                )
            )
            # ("convert the Notes ... at a conversion rate of the lesser of
            # (i) C$1.25 ... and ... receive a warrant")
            and not rx.search(r"\bconversion (?:price|rate)\b", lowered)
            # (nor a sponsor's note converting into warrants: "Pala may opt to
            # convert the balance and interest into warrants ... at $1 per
            # warrant")
            and not _INTO_WARRANTS.search(lowered)
        )
        lower_of = rx.search(r"\b(?:lower|lesser) of\b", lowered) is not None
        formula = lower_of and any(
            _formula(sentence, percent) for percent in percents_in(sentence)
        )
        # a price that steps up: "at a conversion rate of $0.05 per Unit in
        # the first year and $0.10 per Unit thereafter" (both compete)
        stepped = _STEPPED_PRICE.search(sentence)
        if stepped is not None:
            found += [
                Found(money.text(places=None), sentence, 3)
                for money in reader.money(sentence)
                if stepped.start() <= money.start < stepped.end()
            ]
            continue
        previous: tuple[Money, list[Found]] | None = None
        for money in reader.money(sentence):
            # (no price is nothing: "a conversion price of $0. 145 per Unit",
            # a figure broken by a space)
            # (nor a rate per ounce of a metal a holder may take instead: "into
            # ounces of silver at a conversion rate of US$17.50 an ounce")
            # (nor a mandatory convertible's bound: "The minimum conversion
            # price has been initially set to EUR 13.22")
            if (
                money.number == 0
                or _not_the_note_price(lowered, money, warrants)
                or rx.match(r"\s*(?:an|a|per)\s+(?:ounce|oz)\b", lowered[money.end :])
                # (nor the face a rate divides: "Initial Conversion Price:
                # $1,000 divided by the Initial Conversion Rate, which will be
                # approximately $18.91 per share")
                or rx.match(r"\s*divided\s+by\b", lowered[money.end :])
                # (nor a valuation the balance is divided by: "divided by
                # $5,000,000, times the fully diluted equity of the company")
                or rx.match(
                    r"\s*,?\s*(?:times|multiplied\s+by)\s+the\s+(?:fully[- ]diluted|total|outstanding)\b",
                    lowered[money.end :],
                )
                # (nor a market average a payment is divided by: "an additional
                # number of shares equal to C$200 ... divided by C$23.16, which
                # is the average of the daily volume-weighted average trading
                # price")
                or rx.match(
                    r"\s*,\s*which\s+(?:is|was|represents)\s+the\s+average\s+of\b",
                    lowered[money.end :],
                )
                or rx.search(
                    r"\b(?:minimum|maximum)\s+conversion\s+price\s+(?:has\s+been\s+|was\s+|is\s+)?"
                    r"(?:initially\s+)?set\s+(?:to|at)\s*$",
                    lowered[: money.start],
                )
            ):
                continue
            if lower_of:
                if formula:
                    continue  # a fixed price or a market formula: see _conversion
                # "The minimum conversion price ... set at the lesser of A$0.09
                # per share and the price of any subsequent equity": a floor
                # that a later price may lower, no price of the note's own
                if rx.search(r"\bminimum conversion price\b", lowered[: money.start]):
                    continue
                # the lower of a fixed price and a financing's price: the
                # fixed price is the note's own
                if fixed_leg(sentence, [money]) is money:
                    found.append(Found(money.text(places=None), sentence, 2))
                    continue
            readings = (
                []
                if _A_FORMULAS_RESULT.match(lowered[money.end : money.end + 60])
                else _price_readings(sentence, lowered, money)
            )
            # a pair, one price each for two notes: "The initial conversion
            # price will be set at €135.58 and €144.93"
            if (
                not readings
                and tranches
                and previous is not None
                and previous[1]
                and rx.fullmatch(
                    r"\s*(?:and|or)\s*", sentence[previous[0].end : money.start]
                )
            ):
                readings = [
                    Found(money.text(places=None), sentence, f.score, f.changed)
                    for f in previous[1]
                ]
            found += readings
            previous = (money, readings)
    return _without_later_prices(reader, _without_reference_prices(reader, found))


def _without_reference_prices(reader: Reader, found: list[Found]) -> list[Found]:
    """The prices less the share's closing price a premium is added to,
    which a news service's table may call the conversion price
    ("Conversion price:Rs. 101.35" beside "at a premium of 60% of
    Welspun-Gujarat's Nov. 7 closing price of Rs. 101.35")."""
    references = {
        money.text(places=None)
        for sentence in reader.sentences
        if rx.search(r"\bpremium\s+of\s+[1-9][\d.]*\s?%", sentence, re.IGNORECASE)
        for money in reader.money(sentence)
        if rx.search(
            r"\bclosing\s+(?:share\s+|stock\s+)?price\s+of\s*$",
            sentence[: money.start],
            re.IGNORECASE,
        )
    }
    return [f for f in found if f.value not in references]


#: A price changed from one figure to another, the words before the second:
#: "has been adjusted downwards from €12.93 to".
_FROM_ONE_PRICE_TO = re.compile(
    rf"\b{_CHANGED}\s+(?:(?:down|up)wards?\s+)?from\s+"
    r"\S{0,4}\d[\d.,]*\s*(?:pence\s+|p\s+|cents?\s+)?"
    r"(?:per\s+(?:ordinary\s+)?share\s+)?to\s*$",
    re.IGNORECASE,
)
_INITIAL_PRICE = re.compile(
    # ("At issue, the bonds had a conversion price of 7.35 dirhams")
    r"\binitial conversion price\b|\bat issue,? the (?:bonds|notes|debentures) had a "
    r"conversion price\b",
    re.IGNORECASE,
)
#: A price changed down, the words before the new one: "the conversion price
#: was re-fixed (adjusted) down to".
_PRICE_DOWN_TO = re.compile(
    rf"\bconversion price (?:was|has been|had been) (?:re-?fixed|{_CHANGED})"
    r"(?:\s*\([\w\s-]{1,20}\))?\s+down(?:wards?)?\s+to\s*$"
    # ("At issue, the bonds had a conversion price of 7.35 dirhams but the
    # price automatically adjusted to 6.11 dirhams")
    rf"|\bbut the (?:conversion )?price (?:\w+ly\s+)?(?:was\s+|has been\s+)?{_CHANGED}\s+to\s*$",
    re.IGNORECASE,
)


def _without_later_prices(reader: Reader, found: list[Found]) -> list[Found]:
    """The prices less one the text says a price was changed to, from the
    sentence that says so on: "adjusted downwards from €12.93 to €12.6631"
    names the price before the change, and "At the conversion price of
    €12.6631, the Convertible Bonds will be convertible into ..." after it
    is the later one (before that sentence, the same figure may be another
    note's price, which an older note's was changed to). A price a text says
    the initial one was changed down to ("The initial conversion price of
    this CB was 1,210 KRW. ... the conversion price was re-fixed (adjusted)
    down to 1,010 KRW") is the later one in every sentence."""
    order = {sentence: index for index, sentence in enumerate(reader.sentences)}
    initial = reader.first(_INITIAL_PRICE) is not None
    later = [
        (index, money.text(places=None))
        for index, sentence in enumerate(reader.sentences)
        if "from" in sentence
        for money in reader.money(sentence)
        if _FROM_ONE_PRICE_TO.search(sentence[: money.start][-120:])
    ] + [
        (0, money.text(places=None))
        for sentence in (reader.sentences if initial else ())
        for money in reader.money(sentence)
        if _PRICE_DOWN_TO.search(sentence[: money.start][-120:])
    ]
    return [
        f
        for f in found
        if not any(_same(f.value, v) and order.get(f.quote, -1) >= i for i, v in later)
    ]


# -- payments, costs, the price paid --------------------------------------------------------

#: The words of a payment's frequency ("bi-annual" is twice a year).
_EVERY = r"monthly|quarterly|semi-annual|semiannual|bi-?annual|annual"
_PAYMENT = re.compile(
    # ("A simple rate of 5% per annum ..., payable by the Company
    # semi-annually")
    # ("The Convertible Notes pay interest at a rate of 7.95% per year
    # semi-annually in arrears")
    # ("8 per cent. coupon per annum, paid quarterly in arrears")
    # ("interest payments will be made semi-annually in arrears")
    # ("will bear interest of 3.75 per cent per annum, paying semi-annually
    # in arrears")
    r"(?:(?:interest|\brate\b|\bcoupon\b|\bkupon\b).{0,100}?(?:payable|paid|paying|due|"
    # ("the Company must pay daily accrued interest at a rate of 15% per annum
    # quarterly")
    # ("Interest payments are to be made quarterly beginning October 2008")
    # ("Interest only payments shall be required on a quarterly basis")
    # ("Interest payments occur every six months starting from the date of
    # issuance")
    r"payments (?:will be|are to be|shall be) (?:made|required)|payments occur)"
    # ("the ... convertible bonds will pay the coupon semi-annually in
    # arrears")
    # ("will pay interest to investors semi-annually at a rate of 7%")
    # ("The Bonds ... will pay a coupon of 4.5 % annually in arrears")
    # ("will pay cash interest semiannually at a rate of 2 percent")
    r"|\bpays?\s+(?:daily\s+)?(?:accrued\s+)?(?:cash\s+)?(?:interest|the coupon|a coupon of [\d.]+\s?%)"
    r"(?:\s+to\s+(?:the\s+)?(?:investors|holders|noteholders|bondholders))?"
    # ("to pay interest at the rate of 8 percent per annum semiannually")
    # ("We will pay interest on the Debentures at a rate of 1 5/8% per annum
    # semi-annually")
    r"(?:\s+on (?:the|these|such) (?:notes|debentures|bonds))?"
    r"(?:\s+at (?:a|the) rate of [\d.]+(?:\s[1-9]/[1-9])?\s?(?:%|percent\b|per cent\b)"
    r"(?: per (?:year|annum))?,?)?)\s+"
    # ("interest will be paid by the Company, quarterly in arrears")
    r"(?:by the company,?\s+)?"
    # ("a 6% coupon payable in US dollars quarterly in arrears")
    r"(?:in (?:cash|(?:US|U\.S\.|Canadian|Australian)\s+dollars)\s+)?"
    # "due and payable on this Note (i) semi-annually"
    # ("The Company will pay interest on this Note semi-annually in arrears")
    r"(?:on (?:this|the|each) (?:note|debenture|bond)s?\s+(?:\(i\)\s+)?)?(?:in arrears\s+)?"
    r"(?:on a\s+|on the (?:last|first) (?:business )?day of\s+)?"
    # ("12% per annum payable bi-annually": twice a year)
    # ("payable yearly, in cash, in arrears")
    # ("to be paid every month"; "payable semi annually in cash")
    # ("8% per annum, payable half yearly in arrears")
    r"(?P<when>monthly|quarterly|semi-annually|semi annually|semiannually|bi-?annually|annually|"
    r"half[- ]yearly|"
    # ("will pay interest every quarter")
    r"yearly|every (?:three|six|twelve) months|each (?:calendar )?quarter|each month|every month"
    # ("Coupon rate: 7.00 per cent, payable at the end of each year")
    r"|every quarter|at the end of each (?:calendar )?year)"
    # "thirty-six (36) monthly installments of principal and interest"
    # ("a semi-annual coupon of 4.65 per cent"; not "an annual coupon of 5%"
    # nor "one percent (1%) monthly coupon": a rate's period)
    # ("pays a semi-annual fixed rate coupon of 13.20%")
    # ("will have a semi-annual cash interest coupon of 4.5% per annum")
    # ("to make the quarterly principal and interest payment of US$2.72
    # million")
    r"|\b(?P<coupon>semi-annual|semiannual|quarterly)\s+(?:(?:fixed(?:[- ]rate)?\s+|cash\s+(?:interest\s+)?)?"
    # ("will carry quarterly coupons of 6.75-7.25% per annum")
    r"coupons?|(?:principal\s+and\s+)?interest\s+payments?)\b"
    # ("a cash interest coupon of 4.25% per annum, with semi-annual payments
    # starting on 15 March 2026")
    r"|\bcoupon\b(?:[^.;]|\.(?=\d)){0,40},\s+with\s+(?P<withpay>semi-annual|semiannual|quarterly)\s+"
    r"payments\b"
    # ("a coupon rate of 1 per cent per year ... and interest payment in
    # every six months")
    r"|\binterest payments?\s+in\s+(?P<inevery>every (?:three|six|twelve) months|every month)\b"
    # ("At the earliest of each Conversion Date ..., quarterly in arrears,
    # commencing July 1, 1998, or the Maturity Date, ..., the Borrower shall
    # pay interest")
    r"|\b(?P<inarrears>monthly|quarterly|semi-annually|semiannually|annually)\s+in\s+arrears\b"
    r"[^.;]{0,120}\b(?:shall|will)\s+pay\s+interest\b"
    rf"|\b(?P<installments>{_EVERY})\s+"
    r"(?:installments|payments) of (?:principal and )?(?:accrued )?interest"
    r"|\binterest is payable in (?P<annual>monthly|quarterly|semi-annual|annual) installments"
    # "will be paid in arrears in equal quarterly payments"; "payable in
    # lawful money of Canada in equal semi-annual instalments in arrears"
    # (not "bond interest would be paid once in every six months while bank
    # loans are paid back in monthly installments": other debt's)
    r"|\binterest\b(?:(?!\b(?:while|whereas)\b).){0,250}?\b(?:paid|payable)\b"
    r"(?:(?!\b(?:while|whereas)\b)[^;]){0,60}?\bin\s+(?:equal\s+)?"
    rf"(?P<equal>{_EVERY})\s+"
    r"(?:payments|instal?lments)"
    # ("accrues interest at 5.0% per annum, payable in regular monthly
    # installments of $3,125")
    r"|\binterest\b(?:[^.;]|\.(?=\d)){0,100}\bpayable\s+in\s+regular\s+"
    r"(?P<regular>monthly|quarterly)\s+(?:installments|instalments|payments)\b"
    # "This note requires monthly interest payments"; "equal monthly
    # installment payments that include principal and interest"; "repay the
    # Notes principal and interest in six (6) monthly installments"
    # ("36 monthly-accrued interest-only payments")
    rf"|\b(?P<req>{_EVERY})(?: interest|-accrued interest(?:[- ]only)?) "
    r"(?:payments|distributions)\b"
    # ("would not make the quarterly interest payment due to Debenture
    # Holders on June 30, 2020": one of the periodic payments)
    # ("Teva will pay its regular semiannual interest payment of $1.875")
    rf"|\b(?:the|its)\s+(?:next\s+|regular\s+)?(?P<the>{_EVERY})\s+interest\s+payment\b"
    r"(?=\s+(?:due|payable|of)\b)"
    # "The Company can elect to pay semi-annual interest on the Notes"
    # ("the Company will pay the semi-annual interest due on the Notes")
    rf"|\bpay\s+(?:the\s+)?(?P<pay>{_EVERY}) interest\b"
    # "Interest payments quarterly in cash or shares"
    # ("interest payments only shall be made quarterly beginning September
    # 30, 2019")
    # a term table's line: "8% per annum, payable annually in arrears"
    r"|^\W*\d[\d.]*\s?%\s+per annum,?\s+(?:payable|paid)\s+"
    r"(?P<line>monthly|quarterly|semi-annually|semiannually|annually)\b"
    # (a term sheet's "Interest Payments: Semi-annually in arrears on June
    # 30 and December 31")
    # (a term table's row: "Coupon dates | Semi annually"; "Interest due
    # dates | annually in arrear on 15 January in each year")
    r"|\b(?:interest payments:?|(?:coupon|interest) (?:payment |due )?dates\s*[:|])\s+(?:only\s+)?"
    r"(?:(?:shall|will) be made\s+)?"
    r"(?P<payments>monthly|quarterly|semi-annually|semi annually|semiannually|annually)\b"
    # ("The Notes will bear cash interest semi-annually at a rate of 1.875%")
    # ("The Notes pay 2.0% interest semi-annually in arrears")
    # ("will pay a 5.50% interest semi-annually in arrears")
    r"|\b(?:bear(?:s|ing)?|pay(?:s|ing)?\s+(?:an?\s+)?\d[\d.]*\s*%)\s+(?:cash\s+)?interest\s+"
    r"(?P<bears>monthly|quarterly|semi-annually|semiannually|annually)\b(?!\s+compound)"
    r"|\b(?P<inst2>monthly|quarterly) installment payments that include (?:principal and )?"
    r"interest"
    r"|\bprincipal and interest in (?:\w+ (?:\(\d+\) )?)?(?:equal )?"
    r"(?P<inst3>monthly|quarterly) (?:installments|payments)"
    # "was due on the first of each month"; "payable in arrears on the first
    # calendar day of each calendar quarter"; "paid once a year"
    # ("and on the last business day of each calendar quarter thereafter")
    # (not a day interest is only worked out: "which interest shall be
    # computed on the last day of each calendar month")
    # ("accrue interest at an annual rate of 10% on the aggregate unconverted
    # and outstanding principal amount, payable in cash or, should the
    # Company's common stock be listed on a national exchange, in common
    # stock, on the first day of each calendar month")
    # (not past a proviso: "...; provided, however, that on the last business
    # day of each month")
    r"|\binterest\b(?:.{0,150}?|[^;]{151,250}?)(?<!computed )(?<!calculated )\b"
    r"(?:on the (?:first|last) (?:calendar |business )?day of each "
    r"(?:consecutive )?(?:calendar )?|on the first of each )(?P<first>month|quarter)\b"
    # (not "on the last day of each month of March, June, September and
    # December": the months name the period)
    r"(?!\s+of\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b)"
    # ("shall be payable twice yearly on the 31st day of January and ...")
    # ("a fixed coupon rate of 2.75%, paid twice a year")
    r"|\b(?:interest|coupon)\b.{0,80}?\b(?P<times>once a year|once per year|once yearly|twice a year"
    r"|twice yearly)"
    # "payable to the holder at 1% per month"; "due and payable in arrears
    # within five (5) days after the end of each calendar month"
    r"|\binterest\b[^.]{0,80}\bpayable\b[^.]{0,30}\bper (?P<per>month|quarter)\b"
    # ("interest ... compounded daily and payable within five (5) days of the
    # end of each calendar quarter")
    r"|\binterest\b(?:.{0,120}?\bafter|.{0,240}?\bpayable within\s+[\w\s()]{1,20}?\bdays\s+"
    r"(?:of|after))\s+the end of each (?:calendar )?(?P<end>month|quarter)\b"
    # "to pay interest which shall accrue beginning the date hereof,
    # quarterly in arrears"
    # ("to pay interest on the principal sum outstanding from time to time
    # quarterly in arrears")
    r"|\binterest\b[^.;]{0,80}?(?:,|\bfrom time to time)\s+(?P<arrears>monthly|quarterly|semi-annually|semiannually|"
    r"annually)\s+in\s+arrears\b"
    # "accrue interest at the rate of 6% per annum payable on a semi-annual
    # basis"; "Payments of accrued interest shall be made quarterly"
    # ("payable in arrears on a semi-annual basis")
    # ("shall be paid on the last business day on a calendar monthly basis")
    # ("interest is payable, on an annual basis, at LIBOR plus 2%")
    # ("have a 1% coupon (payable on a semi-annual basis)")
    # ("shall make payments of interest only on the then outstanding
    # principal amount to Payee on a monthly basis")
    # ("bear an annual interest rate of 12%, payable in cash on a
    # semi-annual basis")
    # ("Distributions are non-discretionary, fixed rate, paid on a
    # semi-annual basis in arrears": a listed note's interest)
    # ("bear interest at a rate of 12.0% per annum from the date of issue,
    # payable on a semi-annual basis": a rate's decimal point)
    r"|\b(?:(?:interest|coupon|distributions)\b(?:[^.]|\.(?=\d)){0,140}?\b(?:payable|paid),?\s+(?:in arrears\s+|in cash\s+)?"
    r"(?:on the (?:last|first) (?:business )?day\s+)?|payments of interest\b[^.;]{0,100}?\b)"
    rf"on\s+an?\s+(?:calendar\s+)?(?P<basis>{_EVERY})\s+basis\b"
    # ("The coupon rate has been fixed at 4.2 percent per annum on the
    # outstanding unconverted amount of FCCBs, on a semi-annual basis on each
    # interest payment date")
    r"|\b(?:coupon|interest)\b(?:[^.;]|\.(?=\d)){0,140}?\bon\s+an?\s+(?P<dates>"
    rf"{_EVERY})\s+basis\s+on\s+each\s+interest\s+payment\s+date\b"
    # ("with such accrued and unpaid interest payable on each annual
    # anniversary of this Note")
    r"|\binterest\b[^.;]{0,60}\bpayable\s+on\s+each\s+(?P<anniv>annual)\s+anniversary\b"
    # ("Fifth annual payment of coupon of 3.25% per annum": one of a loan
    # stock's yearly payments)
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?P<nthpay>annual|semi-annual|quarterly)\s+payment\s+of\s+(?:the\s+)?(?:coupon|interest)\b"
    # ("The CB will bear coupon rate of 2.5% on a semi-annual basis")
    r"|\bcoupon(?:\s+rate)?\s+of\s+\d[\d.]*\s?(?:%|per\s?cent\b)\s+on\s+an?\s+"
    rf"(?P<cbasis>{_EVERY})\s+basis\b"
    # a German text's "Die Zinsen sind halbjährlich nachträglich zahlbar"
    r"|\bZinsen\s+sind\s+(?P<de>halbjährlich|jährlich|vierteljährlich|monatlich)\b"
    r"|\bpayments of (?:accrued )?interest (?:shall|will) be made\s+"
    r"(?P<made>monthly|quarterly|semi-annually|semiannually|annually)\b"
    # "Interest for each six-month period ... shall be payable in arrears on
    # the last day of such six-month period"
    r"|\binterest\b.{0,160}?\bpayable\s+(?:in arrears\s+)?on the last day of\s+"
    r"(?:each|such)\s+(?P<period>one-month|three-month|six-month|twelve-month)\s+period\b"
    # "on the 19th day of each month thereafter ..., accrued and unpaid
    # interest only shall be due and payable"; "interest ... payable on the
    # 15th day of each calendar quarter"
    r"|\bon the \d{1,2}(?:st|nd|rd|th)? (?:calendar )?day of each (?:calendar )?"
    r"(?P<nth>month|quarter)\b[^.;]{0,80}?\binterest\b[^.;]{0,40}?\b(?:due|payable|paid)\b"
    r"|\binterest\b[^.;]{0,120}?\b(?:payable|paid|due)\b[^.;]{0,40}?\bon the "
    r"\d{1,2}(?:st|nd|rd|th)? (?:calendar )?day of each (?:calendar )?(?P<nth2>month|quarter)\b",
    re.IGNORECASE,
)
_MONTH_WORDS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
_AT_MATURITY = re.compile(
    # (not "bears interest at 10% per annum, is due upon maturity": the
    # note is due)
    # ("payable in arrears on the maturity date of the Debentures")
    # ("interest ... is to be accrued and paid only upon the earlier of
    # maturity or conversion")
    # ("is 11.75% to be capitalised and paid out at maturity")
    # (nor "will bear interest ... at a rate of 5% per annum ... and will be
    # due on the Maturity Date": the bonds are due)
    # (but "interest shall accrue on this Note and shall be due and payable at
    # the Maturity Date": the interest)
    r"interest(?:(?!,\s*(?:and\s+)?is\b|\band\s+(?:will|shall)\s+be\s+due\s+on\b).){0,200}?"
    # ("which is to be paid with principal in full on the maturity date")
    r"(?:payable|paid|due)\s+(?:only\s+|out\s+)?(?:(?:together\s+)?with\s+(?:the\s+)?principal\s+)?"
    r"(?:in full\s+|in arrears\s+|in a single (?:installment|instalment|payment)\s+)?"
    # ("shall be due and payable immediately on maturity of the principal")
    # ("payable in cash at maturity"; "payable either in cash on the
    # maturity date or upon conversion"; "payable upon redemption or
    # maturity")
    # ("payable in cash on the new maturity date")
    # ("paid in cash or shares at maturity or redemption")
    # ("payable in cash via wire on the Maturity Date")
    # ("bore interest of 5% per annum payable in common stock upon maturity or
    # conversion")
    r"(?:either\s+)?(?:in (?:cash|shares|(?:common\s+)?stock|cash or (?:common\s+)?(?:shares|stock))\s+)?"
    r"(?:(?:via|by)\s+wire(?:\s+transfer)?\s+)?"
    # ("with interest payable in cash by capitalizing it and adding it to the
    # principal of the outstanding Notes at the Maturity Date")
    r"(?:by\s+capitali[sz]ing\s+it\s+and\s+adding\s+it\s+to\s+the\s+principal\s+of\s+(?:the\s+)?"
    r"(?:outstanding\s+)?(?:notes?|debentures?)\s+)?"
    r"(?:immediately\s+)?(?:up)?(?:on|at)\s+"
    # ("capitalised and payable at the time of redemption or conversion")
    # ("Interest is due on the notes maturity date")
    r"(?:the\s+)?(?:new\s+)?(?:notes?\s+)?(?:(?:redemption|conversion) or\s+)?(?:time of (?:the\s+)?(?:repayment|redemption)"
    # ("accruing daily and payable on the repayment date"; "payable on
    # redemption or conversion")
    # (not "payable upon redemption" alone: an early redemption may be
    # meant)
    # ("Interests will fall due on the due date together with the
    # principal"; not "on the due date of each instalment")
    r"|repayment(?:\s+date)?\b|redemption\s+(?:date|or\s+conversion)\b"
    r"|due\s+date\b(?!\s+of\b)"
    # ("interest will be payable upon conversion or at maturity")
    r"|(?:their\s+)?conversion or (?:at\s+)?(?:the\s+)?"
    # ("an annual gross interest rate of 6%, payable at loan maturity")
    r"(?:stated\s+)?maturity|(?:stated\s+|loan\s+)?maturity"
    # "due upon the earlier of the maturity date or conversion date"
    r"|earlier of (?:the\s+)?maturity"
    # "payable on the earlier of the Notes' conversion to common stock or the
    # maturity date"
    r"|earlier of (?:the\s+)?(?:notes?['’]?\s+|debentures?['’]?\s+)?conversion\b[^.;]{0,40}?"
    r"\bor (?:the\s+)?maturity"
    # "The interest shall be due on the first to occur of (i) the Maturity Date"
    # ("payable on the earlier of: (a) the Maturity Date ..., or (b) the
    # date of conversion")
    r"|(?:first to occur|earliest|earlier) of:?\s+(?:\((?:i|a|1)\)\s*)?(?:the\s+)?maturity)"
    # "Interest on the notes ... are payable when the notes mature"
    r"|\binterest\b[^.]{0,100}\b(?:payable|due) when the (?:notes?|debentures?) matures?\b"
    # ("Accrued interest on this Note shall be payable together with all
    # principal hereon at maturity")
    # ("interest at a rate of 15% per annum, which will be payable, together
    # with the principal, on the maturity date")
    r"|\binterest\b[^.;]{0,60}\b(?:payable|due),?\s+together\s+with\s+(?:all\s+)?(?:the\s+)?"
    r"principal\b[^.;]{0,20}\b(?:at|on|upon)\s+(?:the\s+)?maturity\b"
    # ("interest of 12% ..., payable with the note's aggregate principal
    # amount outstanding on the maturity date")
    r"|\binterest\b[^.;]{0,80}\b(?:payable|due|paid)\s+with\s+(?:the\s+)?(?:note['’]s\s+)?"
    r"(?:aggregate\s+)?principal(?:\s+amount)?(?:\s+outstanding)?\s+(?:at|on|upon)\s+"
    r"(?:the\s+)?maturity\b"
    # the note repaid with its interest on one day: "The CULS are repayable,
    # together with accrued interest on 13 August 2014"
    # ("due and payable in full, together with accrued interest thereon on
    # October 31, 2008")
    r"|\b(?:repayable|payable|repaid|due)\b(?:\s+in\s+full)?,?\s+together\s+with\s+(?:all\s+)?"
    r"(?:accrued\s+(?:and\s+unpaid\s+)?|unpaid\s+)?interest\b(?:\s+thereon)?,?\s+"
    rf"(?:on|at|upon)\s+(?:the\s+)?(?:maturity\b|\d{{1,2}}\s+{_MONTH_WORDS}\s+\d{{4}}"
    rf"|{_MONTH_WORDS}\s+\d{{1,2}},?\s+\d{{4}})"
    # "simple interest ... at the rate of Five percent (5.00%) per annum
    # (365-day year basis) payable on December 31, 2007 (the "Maturity Date")"
    rf"|\binterest\b[^;]{{0,120}}?\brate\b[^;]{{0,100}}?\bpayable on\s+{_MONTH_WORDS}\s+\d{{1,2}},?\s+\d{{4}}\s*"
    r"\(\s*(?:the\s+)?[\"“]maturity date[\"”]\s*\)"
    # "The Company shall pay all Interest on the Maturity Date"; "(ii) pay
    # accrued but unpaid interest on the principal sum ... on or before the
    # Maturity Date"
    # ("The Company shall pay such Interest in cash on the Maturity Date")
    r"|\b(?:shall|will)\s+pay\s+(?:all|such)\s+interest\s+(?:in\s+cash\s+)?on\s+the\s+maturity\s+date\b"
    # ("a coupon of 12% payable at maturity")
    r"|\bcoupon\s+of\s+[\d.]+\s?%\s+(?:per\s+annum\s+)?payable\s+(?:at|on|upon)\s+(?:the\s+)?maturity\b"
    # ("The Borrower shall pay accrued and unpaid interest on the Maturity
    # Date")
    r"|\bpay\s+(?:all\s+)?accrued\s+(?:and|but)\s+unpaid\s+interest\b[^.;]{0,80}?"
    r"\bon\s+(?:or\s+before\s+)?the\s+maturity\s+date\b"
    # ("promises to pay ... the principal amount of ... ($192,054.02) plus
    # interest thereon as set forth herein, on the Maturity Date")
    r"|\bpromises?\s+to\s+pay\b[^;]{0,400}?\bprincipal\s+(?:amount|sum)\s+of\b[^;]{0,200}?"
    r"\bplus\s+interest\s+thereon\b[^;.]{0,40}?,?\s+on\s+the\s+maturity\s+date\b"
    # ("promises to pay to Greenhill ... the principal amount of ... (U.S.
    # $22,900,000), on the Maturity Date, together with accrued interest")
    r"|\bpromises?\s+to\s+pay\b[^;]{0,400}?\bprincipal\s+(?:amount|sum)\s+of\b[^;]{0,200}?"
    r",?\s+on\s+the\s+maturity\s+date,?\s+together\s+with\s+(?:all\s+)?accrued\s+interest\b"
    # ("The debenture from IE bears interest at 12 per cent per annum payable
    # on its maturity date")
    r"|\bbears?\s+interest\s+at\s+[^.;]{0,40}?\bpayable\s+on\s+(?:its|the)\s+maturity\s+date\b"
    # "Borrowings under the line bear interest at 8% upon maturity"
    r"|\bbears? interest at (?:a rate of\s+)?[\d.]+\s?%\s+(?:payable\s+)?(?:up)?on maturity\b"
    # "Interest on this Debenture is payable at a 12% six month rate ... and
    # is payable upon payment of principal whether at maturity or otherwise"
    r"|\binterest\b[^.;]{0,200}\bpayable upon (?:the\s+)?payment of (?:the\s+)?principal\b"
    # "promises to pay to ... the sum of ... ($225,000.00), with simple
    # interest accruing at the annual rate of eight percent (8%), on December
    # ___, 2006 (the "Maturity Date")": the sum and its interest at a stated
    # rate on one day
    r"|\bpromises?\s+to\s+pay\b[^;]{0,500}?\bsum\s+of\b[^;]{0,200}?,?\s+(?:together\s+)?with\s+"
    r"(?:simple\s+)?interest\b[^;]{0,60}?\brate\s+of\b[^;]{0,60}?%\)?,?\s+on\s+(?:the\s+maturity\s+date\b"
    rf"|{_MONTH_WORDS}\s+(?:_+|\d{{1,2}}),?\s+\d{{4}}\s*\(\s*(?:the\s+)?[\"“]maturity date[\"”]\s*\))"
    # ("all principal and interest due hereunder shall be paid in one payment
    # on the one-year anniversary of this Note")
    r"|\bprincipal and interest\b[^.;]{0,40}\b(?:shall|will) be paid in (?:one|a single) payment\b"
    # ("interest shall accrue on this Note, but shall not be due and
    # payable until the Maturity Date"; "shall not be payable until the Note
    # becomes payable")
    r"|\binterest\b[^.;]{0,120}\b(?:shall|will)\s+not\s+be\s+(?:due\s+and\s+)?payable\s+until\s+"
    r"(?:the\s+)?(?:maturity|(?:note|debenture)\s+becomes\s+(?:due\s+and\s+)?payable)\b"
    # ("Interest shall accrue and be added to the principal amount of the
    # Note at the Maturity Date")
    r"|\binterest\s+shall\s+accrue\s+and\s+be\s+added\s+to\s+the\s+principal\b[^.;]{0,60}"
    r"\bat\s+the\s+maturity\b"
    # ("a 4% annual interest rate, payable at the end of the term")
    r"|\binterest\b[^.;]{0,100}\b(?:payable|paid|due)\s+at\s+the\s+end\s+of\s+the\s+(?:term|loan)\b"
    # the principal and its interest due on one day: "The principal and
    # accrued unpaid interest shall be due and payable on October 22, 2011"
    r"|\bprincipal\s+and\s+(?:all\s+)?(?:accrued\s+(?:and\s+)?)?(?:unpaid\s+)?interest\s+"
    r"(?:shall|will)\s+be\s+due\s+and\s+payable\s+(?:in\s+full\s+)?on\s+"
    rf"(?:the\s+maturity\s+date\b|{_MONTH_WORDS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_WORDS}\s+\d{{4}})"
    # interest rolled up into one payment at the end: "calculated monthly and
    # rolled up with the payment at the end of the term"; "rolled up and
    # paid on redemption"
    # ("rolled up and satisfied by the issue of Ordinary Shares at the end
    # of the 2-year term")
    r"|\binterest\b(?:[^.;]|\.(?=\d)){0,120}\brolled[- ]up\b[^.;]{0,80}?\b(?:at the end of the (?:[\w-]+\s+)?term|"
    r"(?:on|at|upon) (?:maturity|redemption|repayment))\b",
    re.IGNORECASE,
)
#: "..., and interest and principal ... is payable monthly": a second
#: frequency later in the sentence.
_PAYMENT_THEN = re.compile(
    r"(?:\band\b[^.]{0,80}?(?:payable|paid)\s+"
    # ("be payable in arrears commencing December 31, 2002 and quarterly
    # thereafter")
    r"|\bpayable\b[^.;]{0,30}\bcommencing\s+[^.;]{4,30}?\s+and\s+(?=\w+\s+thereafter\b))"
    r"(?P<when>monthly|quarterly|semi-annually|semiannually|annually)",
    re.IGNORECASE,
)
_PAYMENT_WORDS = {
    "monthly": "monthly", "each month": "monthly", "quarterly": "quarterly",
    "every three months": "quarterly", "each quarter": "quarterly",
    "each calendar quarter": "quarterly", "every quarter": "quarterly",
    "semi-annually": "semiannually",
    "semiannually": "semiannually", "every six months": "semiannually",
    "semi annually": "semiannually", "every month": "monthly",
    "annually": "annually", "yearly": "annually", "every twelve months": "annually",
    "semi-annual": "semiannually", "semiannual": "semiannually", "annual": "annually",
    "month": "monthly", "quarter": "quarterly", "once a year": "annually",
    "one-month": "monthly", "three-month": "quarterly", "six-month": "semiannually",
    "twelve-month": "annually",
    # (German)
    "halbjährlich": "semiannually", "jährlich": "annually",
    "vierteljährlich": "quarterly", "monatlich": "monthly",
    "once per year": "annually", "twice a year": "semiannually",
    "once yearly": "annually", "twice yearly": "semiannually",
    "at the end of each year": "annually", "at the end of each calendar year": "annually",
    # ("bi-annual interest payments": twice a year, as "biennial" is every
    # two years)
    "bi-annual": "semiannually", "biannual": "semiannually",
    "bi-annually": "semiannually", "biannually": "semiannually",
    "half yearly": "semiannually", "half-yearly": "semiannually",
}  # fmt: skip


#: "payable on May 15th of each year"; "payable in cash on each February 28,
#: May 31, August 31 and November 30": the number of dates a year.
#: A month in a list of payment dates, its name perhaps cut short ("Sept
#: 30").
_PAY_MONTH = (
    rf"(?:{_MONTH_WORDS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s))"
)
_PAYMENT_DATES = re.compile(
    # ("We will pay interest on the notes on February 15 and August 15 of
    # each year"; "We will pay cash interest on the notes on February 1 and
    # August 1 of each year")
    # ("We will pay cash interest at an annual rate of 3.00% of the principal
    # amount of the notes, from the issue date through maturity, payable on
    # May 15 and November 15 of each year")
    # ("a 5% annual coupon, payable in arrears on 30 June and 31 December")
    # ("We will pay interest in cash on the notes on May 15th and November
    # 15th of each year")
    rf"(?:(?:interest|coupon).{{0,140}}?(?:payable|paid)"
    rf"|\bpay (?:cash )?interest (?:in cash )?on the (?:notes|debentures|bonds))"
    # ("Keane will pay interest ... at 2.0% per annum on June 15 and December
    # 15 of each year": a rate's decimal point between)
    # ("Interest will be payable Jan. 1 and July 1": no "on")
    rf"\b(?:[^.]|\.(?=\d)){{0,40}}?(?:\bon\s+|\b(?={_PAY_MONTH}\s+\d))(?:each\s+)?"
    # ("payable in cash on March 31 and Sept 30 of each calendar year")
    rf"(?P<dates>{_PAY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:(?:,\s*|,?\s+and\s+){_PAY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)*"
    # ("payable on 31 March and 30 September": the day first)
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORDS}"
    rf"(?:(?:,\s*|,?\s+and\s+)\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORDS})+(?!\s*,?\s*\d{{4}}))"
    r"(?P<each>\s+of\s+each\s+(?:calendar\s+)?year)?"
    # "payable in cash at the end of June and December annually"; "payable on
    # the last day of March, June, September, and December"
    rf"|interest.{{0,100}}?(?:payable|paid)\b[^.]{{0,30}}?"
    r"\b(?:at the end of|on the (?:last|first) (?:business )?day of)\s+(?:each\s+)?"
    rf"(?P<months>{_MONTH_WORDS}(?:(?:,\s*|,?\s+and\s+){_MONTH_WORDS})+)(?!\s*\d)"
    r"(?P<yearly>\s+(?:annually|of each year|each year))?"
    # a note's face: "Interest Payment Dates: June 15 and December 15"
    # (or its row: "Interest Payment Dates | Each February 15 and August 15";
    # or a misspelt label: "Interest Payments Dates: June 1 and December 1")
    rf"|interest payments? dates\s*[:|]\s*(?:each\s+)?(?P<label>{_MONTH_WORDS}\s+\d{{1,2}}"
    rf"(?:(?:,\s*|,?\s+and\s+){_MONTH_WORDS}\s+\d{{1,2}})+)",
    re.IGNORECASE,
)
_PER_YEAR = {1: "annually", 2: "semiannually", 4: "quarterly", 12: "monthly"}
#: Part of the interest paid on dates, the rest with the principal.
_PART_AT_MATURITY = re.compile(
    r"\b(?:a portion|part) of which\b[^.]{0,200}\b(?:the rest|the remainder|the balance)\b"
    r"[^.]{0,30}\b(?:due|payable)\b[^.]{0,20}\bmaturity",
    re.IGNORECASE,
)
#: Interest due with the principal: "principal and interest due in full on
#: January 2, 2012", "at which time the entire amount of principal and
#: accrued interest is due and payable", "payable upon the earlier of
#: maturity or conversion", "payable April 18, 2018 plus accrued interest".
_WITH_PRINCIPAL = re.compile(
    # ("the outstanding principal of, and interest accrued on, this Note")
    # ("the principal amount of the Note, and accrued interest at the rate of
    # 8% per annum, are payable on the one-year anniversary")
    # ("Any unpaid principal amounts and accrued interest under the
    # Promissory Notes will be payable in full on September 30, 2023")
    # ("the unpaid principal amount, together with any then unpaid accrued
    # interest shall be due and payable on August 27, 2016")
    # ("The outstanding principal balance of the credit facility and accrued
    # interest are payable in full on the termination date")
    r"\bprincipal\s+(?:amounts?,?\s+(?:of\s+(?:the|this)\s+(?:note|debenture),?\s+)?"
    r"|balance\s+(?:of\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:note|debenture|loan|facility)\s+)?"
    r"|of,?\s+)?"
    r"(?:(?:and|along with|together with|plus)\s+(?:all\s+)?(?:the\s+)?(?:accrued\s+)?"
    r"|together with any then unpaid accrued\s+)"
    r"(?:(?:and|but)\s+unpaid\s+)?interest\b[^.;]{0,60}?"
    # ("is due and payable by FlexShopper, LLC on April 30, 2020")
    # ("Principal and accrued interest is repayable one year from the date of
    # issuance")
    # ("All principal and accrued interest will be due and payable in a
    # single lump sum on the one year anniversary date")
    r"\b(?:due|payable|repayable)(?:\s+and\s+payable)?"
    r"(?:\s+in\s+(?:full|(?:a|one)\s+(?:single\s+)?lump\s+sum))?\s+(?:by\s+[^.;]{1,40}?\s+)?"
    # ("with principal and interest due and payable on or before January 1,
    # 2019")
    # ("principal and interest due on the earlier of March 19, 2016 or the
    # next equity financing")
    rf"(?:(?:on|at|upon)\s+(?:or\s+before\s+)?(?:the\s+)?(?:earlier\s+of\s+)?(?:(?:stated\s+|initial\s+)?maturity"
    rf"|termination\s+date|{_MONTH_WORDS}|\d|"
    r"(?:[\w-]+\s+){0,2}anniversary)"
    rf"|{_MONTH_WORDS}"
    # ("all principal and accrued interest due and payable one year from the
    # dates of execution"; "is due nine months from date of execution")
    r"|(?:[\w-]+\s+)(?:\(\d+\)\s+)?(?:years?|months?|days)\s+(?:from|after)\s+(?:the\s+)?"
    r"dates?\s+(?:hereof|of))\b"
    # ("All interest and principal must be repaid on November 9, 2011")
    r"|\b(?:all\s+)?(?:accrued\s+)?interest\s+and\s+principal\s+(?:must|shall|will|are\s+to)\s+be\s+"
    rf"(?:re)?paid\s+(?:in\s+full\s+)?(?:on|at|by)\s+(?:the\s+)?(?:maturity|{_MONTH_WORDS}|\d)"
    # ("the principal amount of this Note shall be payable in full on the
    # Maturity Date, together with all interest accrued and unpaid thereon")
    r"|\bprincipal\b[^.;]{0,60}\b(?:payable|due)\s+(?:in full\s+)?(?:on|at|upon)\s+(?:the\s+)?"
    r"maturity(?: date)?,?\s+together with\s+(?:all\s+)?(?:the\s+)?(?:accrued\s+)?"
    r"(?:and\s+unpaid\s+)?interest\b"
    # ("On December 2, 2008 (the "Maturity Date"), the Company shall pay to
    # the Holder an amount equal to the Principal plus accrued Interest")
    r"|\bmaturity date[\"”]\),?\s+the company shall pay to the holder an amount equal to "
    r"the principal plus (?:all\s+)?accrued (?:and unpaid\s+)?interest\b"
    r"|\bat which time\b[^.;]{0,30}\bprincipal and (?:accrued\s+)?interest\b[^.;]{0,20}"
    r"\b(?:due|payable)\b"
    r"|\binterest\b[^.;]{0,60}?\bpayable\s+upon\s+the\s+earlier\s+of\s+(?:the\s+)?maturity"
    rf"|\bpayable\s+(?:on\s+)?{_MONTH_WORDS}\s+\d{{1,2}},?\s+\d{{4}},?\s+"
    r"(?:plus|together with)\s+(?:all\s+)?(?:accrued|unpaid)"
    # "No payments of principal or interest are due until the maturity";
    # "It becomes due and payable with accrued interest on August 30, 2019";
    # "to pay the principal amount and all accrued and unpaid interest on or
    # before the due date"
    # ("No repayment of principal or interest was due until maturity")
    r"|\bno (?:re)?payments? of principal or interest (?:are|is|was|were) due until "
    r"(?:the )?maturity"
    # "interest accruing ..., payable until such time as all accrued interest
    # and the Principal Amount is paid in full on the Outside Maturity Date"
    r"|\binterest and the principal amount\b[^.;]{0,40}\b(?:paid|payable|due)\b[^.;]{0,20}"
    r"\b(?:on|at)\s+the\s+(?:[\w-]+\s+)?maturity date"
    # "All amounts outstanding under this Note (including unpaid principal
    # indebtedness, interest accrued thereon, ...) shall be due and payable on
    # or before August 31, 2021 (the “Maturity Date”)"
    r"|\ball amounts outstanding under this note\b[^;]{0,160}\binterest\b[^;]{0,120}"
    r"\b(?:due|payable)\b"
    # "bears interest at a rate of 10% per annum, calculated monthly and
    # initially payable on February 22, 2023, being the maturity date"
    rf"|\binterest\b[^.;]{{0,120}}\bpayable on\s+{_MONTH_WORDS}\s+\d{{1,2}},?\s+\d{{4}},?\s+"
    r"(?:being|which is) the maturity date"
    # "ZAP will repay the unpaid principal, together with any then unpaid and
    # accrued interest, on or before December 31, 2012"
    r"|\brepay the (?:unpaid |outstanding )?principal,?\s+together with (?:any )?(?:then )?"
    r"(?:unpaid and )?accrued interest\b"
    # ("with the principal and accrued interest due and payable in October
    # 2017")
    rf"|\bprincipal and accrued interest (?:are |were )?due and payable in {_MONTH_WORDS}"
    # "which principal shall be repaid along with ... all accrued interest on
    # or before December 31, 2016"
    r"|\bprincipal shall be (?:re)?paid along with\b[^.;]{0,30}\binterest\b"
    # "Interest ... is payable, along with the principal on or before
    # December 31, 2014"
    r"|\binterest\b[^.;]{0,60}?\bpayable,?\s+along with the principal\b"
    # "The maturity date ... is the date on which principal and interest will
    # be due and payable"
    r"|\bthe date on which (?:the )?principal and (?:accrued )?interest "
    r"(?:will|shall) be due and payable"
    # ("are due and payable with accrued interest thereon on September 24,
    # 2026")
    r"|\bdue and payable with (?:all )?accrued interest (?:thereon\s+)?on\b"
    r"|\bprincipal amount and all accrued (?:and|but) unpaid interest on or before the "
    r"(?:due|maturity) date"
    # "matures on June 26, 2024, on which the principal balance and accrued
    # but unpaid interest under the Note shall be due and payable"
    r"|\bon which\b[^.;]{0,30}\bprincipal\b[^.;]{0,20}\band\b[^.;]{0,30}\binterest\b"
    r"[^.;]{0,40}\b(?:due|payable)\b"
    # "the principal sum of ... together with all accrued but unpaid interest
    # thereon, if any, on the Maturity Date"; "All then outstanding principal,
    # together with any then unpaid and accrued interest ... shall be due and
    # payable at the earlier of"
    # (not "together with all accrued but unpaid interest thereon, if any,
    # when due, whether upon the Maturity Date or upon acceleration": when due)
    r"|\bprincipal\b[^;]{0,150}?\btogether with\b[^;]{0,60}?\binterest\b"
    r"(?:(?!when due)[^;]){0,100}?"
    r"(?:\b(?:on|at|upon)\s+the\s+(?:stated\s+)?maturity\b"
    # ("shall be due and payable on the earlier to occur of (i) December 31,
    # 2013, and (ii) ...")
    r"|\bdue and payable (?:on|at|upon) the (?:earlier|earliest|first)(?: to occur)? of\b)"
    # "a term of one year when payment of principal and interest is due"
    r"|\bwhen payment of principal and interest is due\b"
    # a note's face: "The principal hereof and any unpaid accrued interest
    # thereon shall be due and payable on or before 5:00 p.m., Pacific
    # Standard Time, on June 30, 2014 (the “Maturity Date”)"
    r"|\bprincipal\s+hereof\s+and\s+(?:any|all)\s+(?:unpaid\s+)?accrued\s+(?:and\s+unpaid\s+)?"
    r"interest\s+thereon\s+shall\s+be\s+due\s+and\s+payable\s+on\b[^;]{0,80}?"
    r"\(\s*(?:the\s+)?[\"“]maturity date[\"”]\s*\)"
    # "pay the unpaid principal balance of this Note and all accrued and
    # unpaid interest on the date that is the earlier of"
    r"|\bprincipal\b[^.;]{0,40}\band all accrued (?:and|but) unpaid interest on the "
    r"(?:date|maturity)\b"
    # "Payment of principal and interest shall be made in full upon the
    # earlier of"; "interest ... payable at the time the principal amount
    # hereof shall have become due and payable"
    r"|\bpayment of principal and (?:accrued )?interest shall be made in full\b"
    r"|\bpayable at the time the principal(?: amount)?(?: hereof)? shall (?:have )?become due\b"
    # "The loan, together with interest at 12% per year, was payable on May
    # 10, 2017"; "The company will repay the loan including the interest in
    # cash in one lump sum"
    r"|\b(?:loan|note|debenture)s?,?\s+together with (?:all\s+)?(?:accrued\s+)?interest\b"
    r"[^;]{0,60}?\b(?:was|is|shall be|will be)\s+(?:due and\s+)?payable\s+(?:in full\s+)?"
    r"(?:on|at|upon)\b"
    r"|\brepay the (?:loan|note)s? (?:including|together with|plus) (?:the |all )?(?:accrued )?"
    r"interest\b[^;]{0,40}\bin one lump sum\b",
    re.IGNORECASE,
)


def _with_principal(sentence: str) -> bool:
    """Interest due with the principal, not on an acceleration, a default, a
    prepayment or a redemption (the words near the match say which)."""
    match = _WITH_PRINCIPAL.search(sentence)
    if match is None:
        return False
    # (a new clause starts the match: "8% per year or 24% upon an event of
    # default, and the principal and all accrued but unpaid interest are due
    # on December 2, 2023")
    before = sentence[max(0, match.start() - 40) : match.start()]
    if rx.search(
        r"\b(?:upon|on|after|following)\s+(?:an?\s+)?(?:event\s+of\s+)?default,\s+and\s+(?:the\s+)?$",
        before,
        re.IGNORECASE,
    ):
        before = ""
    # (nor the last of several payments: "a final payment of all unpaid
    # principal and accrued interest shall be due and payable on or before
    # the Maturity Date")
    return not rx.search(
        r"default|accelerat|immediately|prepa(?:y|id|ment)|redeem|redemption"
        r"|\b(?:final|balloon|last)\s+payment\b",
        before + sentence[match.start() : match.end()],
        re.IGNORECASE,
    )


def _evenly_spaced(listed: str, count: int) -> bool:
    """Whether the months of payment dates fall 12 / count months apart (the
    months of a year's payments: "June 30 and December 31")."""
    # (the listed months are names, full or cut short, written in any case)
    names = [name[:3].lower() for name in calendar.month_name]
    months = sorted(
        names.index(word[:3].lower())
        for word in rx.findall(_PAY_MONTH, listed, re.IGNORECASE)
    )
    if count < 2 or len(months) != count:
        return True
    step = 12 // count
    return all(b - a == step for a, b in itertools.pairwise(months))


#: A yield paid, in a sentence that names no interest: a zero coupon's.
_YIELD_ONLY = re.compile(
    # (a coupon's sentence is not: "They carry a coupon of 3.75 per cent,
    # payable semi-annually, which gives a yield of 4.75 per cent"; but a
    # zero coupon's is)
    r"^(?!.*\b(?:interest|(?<!zero )(?<!zero-)coupon)\b).*\byield\b",
    re.IGNORECASE,
)


def interest_payments(reader: Reader) -> list[Found]:
    found = []
    for sentence in reader.about(
        "interest",
        "coupon",
        "per annum, payable",
        "zinsen",
        "kupon",
        "distributions are",
    ):
        # (not a zero coupon's yield: "the bonds have a yield to maturity or
        # put of 5.15%, paid semi annually")
        if _YIELD_ONLY.search(sentence):
            continue
        # (nor another debt's in a table of debts: "(2) - Consists of
        # equipment financing debt agreements ..., and requiring monthly
        # payments of interest and principal")
        if rx.search(r"\bequipment\s+financ", sentence, re.I) and not rx.search(
            r"\bconvertible\b", sentence, re.I
        ):
            continue
        matches = [*_PAYMENT.finditer(sentence), *_PAYMENT_THEN.finditer(sentence)]
        dates = _PAYMENT_DATES.search(sentence)
        listed = (
            dates.group("dates") or dates.group("months") or dates.group("label")
            if dates
            else ""
        )
        count = len(rx.findall(_PAY_MONTH, listed, re.IGNORECASE))
        # one date, not "of each year": the day principal and interest fall due
        # (nor two instalments a month apart: "repayable in two equal payments
        # on 1 August and 1 September")
        periodic = (
            dates is not None
            and (count > 1 or dates.group("each"))
            and (count in _PER_YEAR)
            and _evenly_spaced(listed, count)
        )
        # "a portion of which is payable in cash at the end of June and
        # December annually and the rest due on the Maturity Date": both
        if periodic and _PART_AT_MATURITY.search(sentence):
            found.append(Found(f'"{_PER_YEAR[count]}"', sentence, 2))
            found.append(Found('"maturity"', sentence, 2))
            continue
        # (not interest paid in kind on a day of each quarter: "Interest is
        # payable in kind in arrears on the last business day of each
        # calendar quarter")
        if rx.search(r"\bin[- ]kind\b", sentence, re.I):
            matches = [m for m in matches if not m.groupdict().get("first")]
        if matches:
            for match in matches:
                word = (
                    match.groupdict().get("installments")
                    or match.groupdict().get("annual")
                    or match.groupdict().get("equal")
                    or next(
                        (
                            match.group(name)
                            for name in (
                                "req",
                                "the",
                                "pay",
                                "inst2",
                                "inst3",
                                "first",
                                "times",
                                "per",
                                "end",
                                "basis",
                                "dates",
                                "regular",
                                "de",
                                "made",
                                "payments",
                                "period",
                                "nth",
                                "nth2",
                                "line",
                                "arrears",
                                "coupon",
                                "withpay",
                                "bears",
                                "inevery",
                                "inarrears",
                                "cbasis",
                                "anniv",
                                "nthpay",
                            )
                            if match.groupdict().get(name)
                        ),
                        None,
                    )
                    or match.group("when")
                )
                # ("payable annually in arrears on December 30, 2018 and
                # thereafter semi-annually": the first payment's, then the
                # note's own)
                later = rx.search(
                    rf"\bthereafter\s+(?P<word>{_EVERY})(?:ly)?\b",
                    sentence[match.end() :],
                    re.IGNORECASE,
                )
                if later is not None:
                    word = later.group("word")
                when = _PAYMENT_WORDS[word.lower()]
                found.append(Found(f'"{when}"', sentence, 2))
        elif periodic:
            found.append(Found(f'"{_PER_YEAR[count]}"', sentence, 2))
        elif _AT_MATURITY.search(sentence) or _with_principal(sentence):
            found.append(Found('"maturity"', sentence, 1))
    return found


#: A note's title on its face: "9% SECURED CONVERTIBLE DEBENTURE DUE ...".
#: (not an XBRL page's member label, "Promissory Note With Third Party Dated
#: February 28, 2017 [Member]", below another item's figures)
_TITLE = re.compile(
    # ("3.875% Exchangeable Senior Debentures due 2025")
    r"^\W*(?:[\w./%-]+\s+){0,6}(?:convertible|exchangeable|promissory)\s+(?:[\w-]+\s+){0,3}"
    r"(?:note|debenture)s?\b(?![^\n]*\[member\])",
    re.IGNORECASE,
)


def _title_follows(following: list[str]) -> bool:
    """A note's title on the next line, or after the issuer's name ("No. 18
    $900,000.00", "XG SCIENCES, INC.", "Secured Convertible Promissory
    Note")."""
    # (a cover's logo between: "$200,000,000", "LOGO", "3.5% Convertible
    # Subordinated Notes due 2006")
    if following and rx.fullmatch(r"\W*(?:[\w ]{0,40}\s)?LOGO\W*", following[0]):
        following = following[1:]
    if following and _TITLE.match(following[0]):
        return True
    return (
        len(following) == 2
        and ORGANISATION.fullmatch(following[0].strip()) is not None
        and _TITLE.match(following[1]) is not None
    )


#: A note's date label on its face: "Date: July 9, 2003", "Original Issue
#: Date: March 31, 2006".
_DATE_LABEL = re.compile(
    # ("Effective Date: As of April 26, 2018"; "DATED: September 30th, 2007")
    r"^\W*(?:original\s+)?(?:(?:issue|issuance|effective)\s+)?dated?:\s*[\w ,.]{4,30}\b(?:19|20)\d{2}\W*$",
    re.IGNORECASE,
)
#: A note's title in capitals anywhere in a line ("... $1.345 AMENDED AND
#: RESTATED SENIOR SECURED CONVERTIBLE NOTE DUE JANUARY 1, 2010").
_CAPITAL_TITLE = re.compile(
    # ("10% ORIGINAL ISSUE DISCOUNT SENIOR SECURED NOTE")
    r"\b(?:CONVERTIBLE|PROMISSORY|SECURED|DISCOUNT)\s+(?:[A-Z-]+\s+){0,3}(?:NOTE|DEBENTURE)\b"
)


def _face_under_a_date(sentences: list[str], index: int, money: Money) -> bool:
    """The amount alone after a note's date label, beside its title: "SENIOR
    CONVERTIBLE NOTE", "Date: July 9, 2003", "$300,000.00"; "Original Issue
    Date: March 31, 2006 $6,051,250.00"."""
    sentence = sentences[index]
    if sentence[money.end :].strip():
        return False
    left = sentence[: money.start]
    alone = rx.fullmatch(r"\W*(?:U\.?S\.?)?\W*", left) is not None
    dated = bool(_DATE_LABEL.match(left)) or (
        index > 0 and alone and _DATE_LABEL.match(sentences[index - 1]) is not None
    )
    nearby = sentences[max(0, index - 3) : index + 3]
    if dated and any(
        _CAPITAL_TITLE.search(s) and not rx.match(r"^\W*THIS\b", s) for s in nearby
    ):
        return True
    # the text's first line, above its date ("US $292,229.83", "DATED:
    # September 30th, 2007"), where the note then names itself
    return (
        index == 0
        and alone
        and len(sentences) > 1
        and _DATE_LABEL.match(sentences[1]) is not None
        and any(
            rx.search(r"\bthis (?:[A-Z][a-z]+ ){0,3}(?:Note|Debenture)\b", s)
            for s in sentences[2:8]
        )
    )


#: Amounts the text states, each with its sentence.
Stated = list[tuple[Money, str]]


def _face_by_place(reader: Reader, index: int, sentence: str, money: Money) -> bool:
    """An amount no words name, which its place shows is a note's face."""
    sentences = reader.sentences
    return (
        # (a prospectus cover's "Registration No. 333-150027 $200,000,000"
        # above "3% Convertible Senior Subordinated Notes due 2038")
        # (a short line: not a flattened table's last figure, "... Loss on
        # settlement of liabilities $ 16,861,345" above "Convertible Notes
        # Payable")
        (
            not sentence[money.end :].strip()
            and _title_follows(sentences[index + 1 : index + 3])
            and len(sentence) <= 200
        )
        or _face_under_a_date(sentences, index, money)
        # an investment the next sentence says is made in convertible notes:
        # "it is to invest €500m ($710m) in European insurer Allianz", then
        # "The investment is to be made through the purchase of 30-year
        # convertible subordinated notes"
        or (
            rx.search(r"\binvest\s*$", sentence[: money.start]) is not None
            and index + 1 < len(sentences)
            and rx.match(
                r"\W*the\s+investment\s+(?:is|will|would|was)\s+(?:to\s+)?(?:be\s+)?(?:made\s+)?"
                r"(?:through|via|by\s+way\s+of|in\s+the\s+form\s+of)\b[^.;]{0,80}?"
                r"\b(?:convertible|exchangeable)\b",
                sentences[index + 1],
                re.IGNORECASE,
            )
            is not None
        )
        # a note's face under its title: "6% Convertible Promissory Note"
        # then "U.S. $50,000 Issuance Date: ..."
        or (
            rx.fullmatch(r"\W*(?:U\.?S\.?)?\W*", sentence[: money.start]) is not None
            and index > 0
            and len(sentences[index - 1]) <= 80
            and _TITLE.match(sentences[index - 1]) is not None
        )
    )


def amounts_after(reader: Reader, pattern: str) -> Stated:
    """Each amount the words before it in its sentence end as ``pattern``
    says (case aside: "in the maximum amount of", "up to"), with the
    sentence."""
    return [
        (money, sentence)
        for sentence in reader.sentences
        for money in reader.money(sentence)
        if rx.search(pattern, sentence[: money.start], re.IGNORECASE)
    ]


def amounts(reader: Reader, role: str) -> Stated:
    """The amounts in ``role``: named so by the words around them, or (a
    principal) placed as a note's face with no words naming them otherwise
    ("Initial Principal Sum Due: $33,000" is one tranche's, never the face)."""
    found = []
    for index, sentence in enumerate(reader.sentences):
        if other_debt_item(sentence):
            continue
        for money in reader.money(sentence):
            known = money_role(sentence, money)
            if known == role or (
                role == "principal"
                and known is None
                and _face_by_place(reader, index, sentence, money)
            ):
                found.append((money, sentence))
    return found
