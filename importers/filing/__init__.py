"""Draft a ``convertible-note`` definition from a filing's plain text.

``books draft-note FILE`` prints the draft; :class:`Importer` offers the same
to beangulp. Every value carries the sentence it came from. A term the text
does not state, states only as a formula the language cannot hold, or states
twice with different values, is left as a ``; TODO:`` comment quoting the
text: nothing is invented, and the accounts are always left for a person, so
a draft fails bean-check until someone completes it.

The reader works in stages (:mod:`importers.filing.values`, then
:mod:`importers.filing.reader`): sentences; candidate values (money with its
currency, percentages, dates, durations, numbers in words); the role cues
around each; defined terms (``(the "Lender")``); dates; scoring, where a tie
between different values is a TODO. It never evaluates or executes anything
from the input.
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
import re
import textwrap
from decimal import Decimal

import beangulp
from beancount.core import data
from beancount.core.amount import Amount
from beancount.parser.grammar import ValueType

from importers.filing import patterns as rx
from importers.filing.reader import _HOLDER_VERBS
from importers.filing.reader import _ROLE_WORDS
from importers.filing.reader import ADVANCED
from importers.filing.reader import COMPETING
from importers.filing.reader import CONVERTIBLE
from importers.filing.reader import DAY_OR_MONTH_FIRST
from importers.filing.reader import DOMICILE
from importers.filing.reader import EACH_UNITS_NOTE
from importers.filing.reader import FROM_THE_PRICE_PAID
from importers.filing.reader import FUND_NUMBER
from importers.filing.reader import HEADING
from importers.filing.reader import HOLDER_PERSON
from importers.filing.reader import ISSUED_APART
from importers.filing.reader import LEGAL_FORM
from importers.filing.reader import ORGANISATION
from importers.filing.reader import PART_OF_AN_OFFERING
from importers.filing.reader import PLACED_WITH_A_HOLDER
from importers.filing.reader import TAKES_A_NOTE
from importers.filing.reader import TRANCHES
from importers.filing.reader import UNSTATED
from importers.filing.reader import WHOLE_ISSUE_SIZE
from importers.filing.reader import DraftField
from importers.filing.reader import Found
from importers.filing.reader import Market
from importers.filing.reader import NoteDraft
from importers.filing.reader import Reader
from importers.filing.reader import Stated
from importers.filing.reader import _clean_name
from importers.filing.reader import _clip
from importers.filing.reader import _has
from importers.filing.reader import agreement_dates
from importers.filing.reader import amounts
from importers.filing.reader import amounts_after
from importers.filing.reader import date_alone
from importers.filing.reader import defined_holders
from importers.filing.reader import face_date_line
from importers.filing.reader import fixed_leg
from importers.filing.reader import fixed_prices
from importers.filing.reader import floor_prices
from importers.filing.reader import heading_holders
from importers.filing.reader import interest_payments
from importers.filing.reader import issue_dates
from importers.filing.reader import labelled_holders
from importers.filing.reader import lender_headline
from importers.filing.reader import market_terms
from importers.filing.reader import maturities
from importers.filing.reader import money_role
from importers.filing.reader import name_before
from importers.filing.reader import other_debt_item
from importers.filing.reader import rate_text
from importers.filing.reader import rates
from importers.filing.reader import several_holders
from importers.filing.reader import without_description
from importers.filing.values import DOLLARS
from importers.filing.values import Money
from importers.filing.values import durations_in
from importers.filing.values import normalise
from importers.filing.values import sum_in_words_differs
from importers.filing.values import written_bare
from importers.text import DocumentError
from importers.text import read_document
from plugins.convertible_note.terms import DEFINITION_KEYS

__all__ = [
    "FIELDS",
    "DraftField",
    "Importer",
    "InputError",
    "NoteDraft",
    "draft_note",
    "read_filing",
    "render_draft",
]

#: The fields of a draft, in the order of the directive.
FIELDS = (
    "date",
    "holder",
    "principal",
    "purchase-price",
    "issue-costs",
    "rate",
    "interest-payment",
    "maturity",
    "conversion-price",
    "conversion-discount",
    "conversion-lookback",
    "conversion-reference",
    "conversion-price-floor",
    "share-commodity",
    "par-value",
    "share-class",
    "day-count",
    "compounding",
    "related-party",
)

#: The account keys of a definition, from the language's one key table,
#: each with a hint of the account type it takes.
ACCOUNT_KEYS = tuple(
    (
        spec.name,
        " or ".join(f"{root.capitalize()}:..." for root in spec.roots)
        + ("" if spec.required else " (optional)"),
    )
    for spec in DEFINITION_KEYS
    if spec.kind == "account"
)


# -- each key -------------------------------------------------------------------------


def _issue_date(reader: Reader) -> datetime.date | None:
    # Two dates both read as the issue (an agreement "pursuant to which the
    # Company issued" and a later closing) are a choice for a person.
    found = issue_dates(reader)
    # A sale agreed on one date and closed on another: a person decides.
    agreed = agreement_dates(reader)
    # (A date the text labels the "Issue Date" stands.)
    top = max((f.score for f in found), default=0)
    # (and the date on a note's face, before "FOR VALUE RECEIVED", is the
    # note's own, whatever the purchase agreement's)
    # (a date alone under the title, "June 28, 2018 $500,000", too; or on a
    # line of its own beside it)
    labelled = any(
        f.score == top
        and (
            face_date_line(reader, f.quote)
            or date_alone(reader, f.quote)
            or rx.search(
                # (or the note an amendment amends: "the Convertible Promissory
                # Note issued as of May 5, 2016 (the "Note")")
                r"issu(?:e|ance) date|date of issu|for value received|[\"“]closing date"
                r"|\bnote issued as of\b"
                # (the note's own words: "This ... Note ... is issued this 31st day
                # of March 2014")
                r"|\bis issued this\b",
                f.quote,
                re.I,
            )
            is not None
            # (the issue dated apart from the agreement)
            or ISSUED_APART.search(f.quote) is not None
        )
        for f in found
    )
    if (
        top
        and not labelled
        and any(a.value not in {f.value for f in found} for a in agreed)
    ):
        found += [Found(a.value, a.quote, top) for a in agreed]
    # "On December 2, 2011, the Company and HEP entered into the following
    # documents, effective as of December 1, 2011": two dates for one act
    for date_found in list(found):
        for date in reader.dates(date_found.quote):
            before = date_found.quote[: date.start]
            # (not "a Securities Purchase Agreement (the "Purchase Agreement")
            # effective as of March 24, 2023": the agreement's date)
            # ("executed a master convertible note agreement, effective April
            # 1, 2011")
            # (nor the day interest starts: "with interest ... at a rate equal
            # to ten percent (10%) per annum commencing effective as of January
            # 1, 2017")
            if rx.search(r"\beffective\s+(?:as\s+of\s*)?$", before) and not rx.search(
                r"agreement\W{0,3}(?:\([^)]{0,40}\)\s*)?,?\s*effective\s+as\s+of\s*$"
                r"|\bcommencing\s+effective\s+as\s+of\s*$",
                before,
                re.IGNORECASE,
            ):
                found.append(
                    Found(date.date.isoformat(), date_found.quote, date_found.score)
                )
    # only a note disclosed before, in a text that amends and restates it:
    # "As previously disclosed, on February 1, 2024, ... sold ... a ... Note"
    # and "an Amended and Restated ... Note ... that amends and restates the
    # Original Note in its entirety": a person decides which note to book
    restated = reader.first(re.compile(r"\bamends and restates\b", re.IGNORECASE))
    if found and max(f.score for f in found) == 0 and restated is not None:
        reader.todo(
            "date",
            "the text amends and restates a note issued before: write the date of "
            "the note you are booking (the first note's, or the restated one's)",
            restated,
        )
        return None
    best = reader.decide("date", found, margin=1)
    if best is not None:
        return datetime.date.fromisoformat(best.value)
    if "date" not in reader.fields:
        reader.todo(
            "date",
            "the issue (closing) date is not stated; write it as the directive's date",
            next((s for s in reader.sentences if rx.search(r"\d{4}", s)), ""),
        )
    return None


def _a_buyer_of_part_or_one_of_a_group(sentence: str, match: re.Match[str]) -> bool:
    """Whether the name a holder cue found (group 1) buys only part of the
    issue, or is one of several parties the text names together."""
    after = sentence[match.end(1) :]
    # a buyer of part of an issue: "As part of the transaction, Morguard
    # Corporation purchased $50 million aggregate principal amount of the
    # Debentures" (beside a $175 million offering)
    part = rx.match(
        r"^\s+(?:purchased|bought|acquired)\s+\S+\s+(?:million\s+)?(?:aggregate\s+)?"
        r"principal amount of the\s+(?:[\w-]+\s+){0,2}(?i:notes|debentures|bonds)\b",
        after,
    ) and rx.search(r"\bas part of\b", sentence[: match.start(1)], re.I)
    # one of several parties under one name: "with its major shareholder,
    # Sentient Executive GP IV, Limited for the General Partner of Sentient
    # Global Resources Fund IV, L.P. (collectively, "Sentient")" (not the
    # holder and its assigns: "Bluewater Partners, S.A. ... or its affiliates
    # (collectively, "Lender")")
    group = rx.match(r"^(?:(?!\bor\s+its\b)[^;()]){0,120}\(\s*collectively\b", after)
    return bool(part or group)


def _first_match(reader: Reader, patterns: tuple[re.Pattern[str], ...]) -> list[Found]:
    """The name the first matching pattern finds, in the first sentence
    where one does (a weak cue: scored 1). Sentences about a note, a
    debenture, a bond or a loan come first: "entered into a securities
    purchase agreement with X" for preferred stock names no note holder."""
    # (and those about a convertible note before those about another debt)
    ranked = sorted(
        reader.sentences,
        key=lambda sentence: (
            not _has(sentence, "note", "debenture", "bond", "loan"),
            # (a revolving facility is no note: "provided the Company with a
            # revolving loan facility to borrow up to RM 3,000,000")
            _has(sentence, "revolving", "line of credit", "credit facility"),
            not _has(sentence, "convertib"),
            # (a heading after the sentences: "Convertible Promissory Note
            # with Carebourn Capital LLC" names the party less exactly than
            # "we sold Carebourn LP, a Delaware limited partnership")
            HEADING.match(sentence.strip()) is not None,
        ),
    )
    for sentence in ranked:
        for pattern in patterns:
            match = pattern.search(sentence)
            if match is None:
                continue
            # shares issued to someone ("issued 500,000 shares of its common
            # stock to Shenzhen Bayi Consulting Co. Ltd."): not a note's holder
            # (nor the last of several: "Condire Management LP ($31,082,927),
            # Nordlaks Holding AS ($13,466,260), and Strawberry Capital AS
            # ($4,088,130) subscribed")
            # (nor the lender of a loan the proceeds repay: "to be used to
            # repay the US$5 million term loan from Nostrum Oil & Gas PLC")
            if (
                rx.search(
                    r"\b(?:issued|sold)\s+[\d,]+\s+(?:shares|units)\b",
                    sentence[match.start() : match.start(1)],
                )
                or rx.search(
                    r"(?:,\s+and|\([^()]*\d[^()]*\)\s*,(?:\s+and)?)\s+$"
                    r"|\brepa(?:y|ys|id|ying|yment of)\b[^.;]{0,80}\bfrom\s+$",
                    sentence[: match.start(1)],
                )
                or _a_buyer_of_part_or_one_of_a_group(sentence, match)
                # (nor whom a statement is about: "The UK Financial Conduct
                # Authority (FCA) has issued a statement pertaining to EQONEX
                # Limited")
                or rx.search(
                    r"\bissued\s+an?\s+(?:[\w-]+\s+)?(?:statement|warning|notice|report|"
                    r"announcement|circular|order|ruling)\b[^.;]{0,30}$",
                    sentence[: match.start(1)],
                )
            ):
                continue
            # (nor "a proposed fundraise of £450,000 through the issue of
            # 418,604,651 new ordinary shares ... to Richard Parris, the
            # Company's Executive Chairman", in a sentence naming no note)
            if not _has(sentence, "note", "debenture", "bond", "loan") and rx.search(
                r"\b(?:issue|issuance|allotment|subscription)\s+(?:of|for)\s+[\d,]+\s+(?:new\s+)?"
                r"(?:ordinary\s+|common\s+)?shares\b",
                sentence[: match.start(1)],
                re.IGNORECASE,
            ):
                continue
            # warrants issued to someone, or an agent: not the holder (a
            # "loan and warrant agreement with" a lender names the holder;
            # so does "issued a convertible note ... and 500,000 warrants
            # ... to" one)
            if not rx.search(
                r"^\w+\s+an?\s+(?:[\w-]+\s+){0,3}(?i:note|debenture)\b[^;]*\band\s+[\d,]+\s+warrants\b",
                sentence[match.start() : match.start(1)],
            ) and rx.search(
                # (not a subscriber that also underwrites: "was admitted to
                # subscribe for and underwrite the convertible bonds")
                r"\bwarrants?\b(?!\s+(?:purchase\s+)?agreement)|placement agen"
                r"|(?<!subscribe for and )underwrit"
                # ("the Subscription Agreement with DBS Bank Ltd., the sole
                # global coordinator")
                r"|global coordinator|lead managers?\b|book\s?runners?\b",
                sentence[match.start() : match.end() + 40],
                re.IGNORECASE,
            ):
                continue
            # an owner named for what it owns: "a subscription agreement with
            # Austral Gold Limited's ("Austral") Argentine subsidiary Austral
            # Gold Argentina S.A.": the subsidiary, named after it
            owned = rx.match(
                r"['’]s\b(?:\s*\([^)]{1,40}\))?\s+(?:[\w-]+\s+){0,2}"
                rf"(?:subsidiary|affiliate)\s*,?\s+({ORGANISATION.pattern})",
                sentence[match.end(1) :],
            )
            if owned is not None:
                return [Found(f'"{_clean_name(owned.group(1))}"', sentence, 1)]
            # (nor the issuer a text marks as such: "a subscription agreement
            # with Suntrust (a non-wholly-owned subsidiary of LET) (as
            # issuer)")
            if rx.match(
                r"['’]s\b(?!\s+(?:sole\s+)?(?:option|election|discretion)\b)"
                r"|\s*(?:\([^()]{0,80}\)\s*)?\(\s*as\s+(?:the\s+)?(?:issuer|borrower)\s*\)",
                sentence[match.end(1) :],
            ):
                continue
            name = _clean_name(match.group(1))
            # (not a security's name: "Original Issue Discount Secured
            # Convertible Debentures of Beyond Commerce, Inc."; nor the first
            # of several: "with Greybrook Health Inc., MHP II and MHP II
            # Cayman", "with Bushido Capital Master Fund, LP and Gamma ...")
            # (nor two: "with Ianco Holdings Ltd. and Matco Holdings Ltd.")
            if (
                (
                    rx.search(r"\b(?:notes?|debentures?|bonds?)\s+of\b", name, re.I)
                    # (nor an amount: "(equivalent to RMB67,871) to one investor")
                    or any(money.start == 0 for money in reader.every_amount(name))
                    or rx.search(
                        rf"{LEGAL_FORM}(?:\s+{FUND_NUMBER})?,?\s+and\s+[A-Z]", name
                    )
                )
                or (
                    rx.match(
                        # ("Lester E. Taylor, Jr. and Diane M. Taylor, Trustees")
                        # (not offices: "Anthony Scott, President, and Chief
                        # Executive Officer")
                        # ("to Jasper Lake Ventures One LLC, Redwood Enhanced
                        # Income Corp., and Liminality Partners LP")
                        r"^\.?\s*(?:,\s*(?:Jr|Sr)\.)?(?:,\s*[A-Z][^,;.()]{0,40}?\.?){0,3}\s*,?\s+"
                        r"and\s+(?!its\b|Chief\b|CEO\b|President\b|Chairman\b|Director\b)[A-Z]"
                        # ("participation from Advance Opportunities Fund, a fund
                        # managed by ... Limited and Advance Opportunities Fund I,
                        # a fund managed by ...")
                        r"|^,\s+an?\s+[^,;.()]{1,80}?\s+and\s+[A-Z][^,;.()]{0,60},\s+an?\s"
                        # ("with Premier Equity Fund Sub Fund F and fund manager
                        # Value Capital Asset Management": a fund and its
                        # manager)
                        r"|^\s+and\s+(?:its\s+)?(?:fund|investment)\s+manager\s+[A-Z]"
                        # ("to Frost National Bank FBO Renaissance US Growth
                        # Investment Trust PLC (“RUSGIT”) and Frost National Bank
                        # FBO US Special Opportunities Trust PLC (“USSO”)")
                        # (not "1800 Diagonal Lending, LLC ("Diagonal"), and
                        # Diagonal purchased": the same one)
                        r"|^[^,;.()]{0,10}\(\s*[\"“](?P<short>[^\"”]{1,30})[\"”]\s*\)\s*,?\s+and\s+"
                        r"(?!its\b)(?!(?P=short)\b)[A-Z]",
                        sentence[match.end(1) : match.end(1) + 200],
                    )
                )
            ):
                continue
            if len(name) > 2 and not name.lower().startswith(
                ("company", "our ", "the company")
            ):
                if _repaid(reader, name) or _issuer(reader, name):
                    continue
                return [Found(f'"{name}"', sentence, 1)]
    return []


def _issuer(reader: Reader, name: str) -> bool:
    """ "the Vystar issued shareholder ... notes": the name the text gives
    the issuer ("convertible at Vystar's option" names no holder)."""
    # (or "the Note of NMG", "a convertible note (the "Note") of NMG")
    issued = re.compile(
        rf"\b{re.escape(name)}\s+(?:has\s+)?(?:issued|sold)\b|"
        # ("Junex Inc. has closed the second portion of the previously-announced
        # private placement"; "Junex may elect to pay up to 50% of the
        # interest charges in common shares")
        rf"\b{re.escape(name)}(?:,?\s+{LEGAL_FORM})?\s+(?:has\s+)?(?:closed|completed)\s+"
        r"(?:the|its|a)\b|"
        rf"\b{re.escape(name)}\s+may\s+elect\s+to\s+pay\b|"
        # ("ION Geophysical Corp. announced an amendment to the restructuring
        # support agreement for its ... notes": the announcer, then "at ION's
        # option")
        rf"\b{re.escape(name)}(?:\s+[A-Z][\w&-]*){{0,3}}(?:,?\s+{LEGAL_FORM})?\s+"
        r"(?:announced|announces)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:to|of)\s+"
        r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:agreement|notes|debentures|bonds)\b|"
        rf"\b(?:note|debenture)s?\b[\"”]?\)?(?:\s*\([^)]{{0,40}}\))?\s+of\s+{re.escape(name)}\b|"
        # ("through its wholly owned subsidiary Ranor, Inc.": the company's)
        rf"\b(?:its|our|the company['’]s)\s+(?:wholly[- ]owned\s+)?subsidiar(?:y|ies),?\s+"
        rf"{re.escape(name)}\b|"
        # ("the lender, ILC (Tlou's largest shareholder)": the company)
        rf"\b{re.escape(name)}['’]s\s+(?:largest\s+|major\s+|substantial\s+|principal\s+)?"
        r"(?:shareholder|stockholder)s?\b",
        re.IGNORECASE,
    )
    return any(issued.search(sentence) for sentence in reader.sentences)


def _repaid(reader: Reader, name: str) -> bool:
    """ "the Company voluntarily prepaid the entire balance ... of the Pfizer
    Note": the holder of a note the text says is gone holds no note now."""
    first = re.escape(name.split(maxsplit=1)[0].strip(","))
    return any(
        rx.search(
            # ("to repay in full the outstanding loan from CSS Alpha Global Pte
            # Ltd")
            rf"\b(?:prepaid|repaid|paid off|retired|(?:to\s+)?(?:re|pre)pay\s+in\s+full)\b"
            rf"[^.]{{0,100}}\b{first}\b",
            sentence,
        )
        for sentence in reader.sentences
    )


#: A lender the release opens with, defined by a short name it then lends
#: under: "Beedie Investments Limited (the “Beedie”) has entered into a
#: convertible loan agreement ... with Nova Royalty Corp. (“Nova”) pursuant
#: to which Beedie has agreed to loan up to $13 million"; "Intercap Equity
#: Inc. ("Intercap") has provided debt financing ... to E Automotive Inc.".
_LENDER_OPENS = re.compile(
    r"\(\s*(?:the\s+)?[\"“](?P<short>[^\"”]{1,30})[\"”]\s*\)\s+has\s+"
    # ("pursuant to which Beedie agreed to loan up to US$20 million")
    r"(?:entered into\b[^;]{0,220}?\bpursuant to which\s+(?P=short)\s+(?:has\s+)?agreed\s+to\s+"
    r"(?:loan|lend|advance)\b|provided\s+(?:[\w-]+\s+){0,2}(?:debt\s+)?financing\b[^.;]{0,80}?\bto\b)"
)


def _lender_opens(reader: Reader) -> list[Found]:
    """The lender a release opens with as the subject that lends."""
    for sentence in reader.sentences[:3]:
        opens = _LENDER_OPENS.search(sentence)
        if opens is None:
            continue
        name = name_before(sentence[: opens.start()])
        if name is not None:
            return [Found(f'"{name}"', sentence, 3)]
    return []


def _holder_candidates(reader: Reader) -> list[Found]:
    """Defined terms first ("X (the "Lender")"); else a name after "issued
    to", "with", "from"; else a person named with their office."""
    lender = _lender_opens(reader)
    if lender:
        return lender
    # (not the investor of an agreement about preferred stock: "an Amendment
    # to Securities Purchase Agreement with X (the "Investor") to change the
    # number of shares of the Company's Series A preferred stock")
    found = [
        Found(f'"{name}"', sentence, 3)
        for sentence in reader.sentences
        if not (
            _has(sentence, "preferred stock")
            and not _has(sentence, "note", "debenture", "loan", "bond")
        )
        for _, name in defined_holders(sentence)
    ] + labelled_holders(reader)
    named = found or _first_match(reader, (*_HOLDER_VERBS, TAKES_A_NOTE))
    person = _first_match(reader, HOLDER_PERSON)
    # the seller in an acquisition, beside the person the note is payable to:
    # "an Asset Purchase Agreement with Mobile Data Systems, Inc. ("MDS")" and
    # "a ... note ... payable to Joseph Spiteri, a sole officer and director"
    payee = [p for p in person if _payable_to(p)]
    if payee and named and all(_a_deal_counterparty(f) for f in named):
        return payee
    if found:
        return found
    if named and person:
        return named + _another_note_issued(named[0], person[0])
    named = named or _issued_to_a_short_name(reader)
    headline = _lender_by_headline(reader)
    return (
        named or person or heading_holders(reader) or ([headline] if headline else [])
    )


#: A lender's suit: the plaintiff in its caption ("LABRYS FUND, L.P.,
#: Plaintiff, v. ANVIA HOLDINGS CORPORATION, Defendant.") or named so in the
#: text ("Plaintiff Adar Bays, LLC ("Adar Bays" or "Plaintiff") commenced this
#: action").
_PLAINTIFF = re.compile(
    rf"^\W*({ORGANISATION.pattern}),\s+Plaintiffs?\s*,?\s+(?:v\.|vs\.?|against)\s"
    rf"|\bPlaintiffs?\s+({ORGANISATION.pattern})(?=\s*[(,]|\s+(?:filed|commenced|seeks|sued|brought|moves)\b)"
)
#: The text saying the plaintiff lent the money or holds the note: "a loan
#: which Plaintiff Labrys Fund issued to Defendant"; "the defendant issued
#: several convertible notes to the plaintiff"; "Plaintiff purchased a
#: Convertible Redeemable Promissory Note".
_PLAINTIFF_LENT = re.compile(
    r"\bloan\s+which\s+plaintiff\b"
    r"|\b(?:issued|sold|delivered)\b[^.;]{0,120}?\bto\s+(?:the\s+)?plaintiff\b"
    r"|\bplaintiff\b(?:\s+[A-Z][\w&'-]*){0,4}\s+(?:loaned|lent|purchased|advanced|funded|made\s+a\s+loan)\b",
    re.IGNORECASE,
)


def _plaintiff_lender(reader: Reader) -> list[Found]:
    """The lender a court names as the plaintiff, where the text says the
    plaintiff lent the money or was issued the note (by that word or its
    name: "Alpha Capital made a loan to Moocho"; "Drone received from Auctus
    loans"), and no other party holds it ("issued eight Notes to non-party
    Essex Global Investment Corp.")."""
    text = " ".join(reader.sentences)
    if rx.search(r"\bnon-?party\b", text, re.IGNORECASE):
        return []
    for sentence in reader.sentences:
        match = _PLAINTIFF.search(sentence)
        if match is None:
            continue
        name = next(group for group in match.groups() if group)
        first = re.escape(name.split()[0])
        lent = _PLAINTIFF_LENT.search(text) or rx.search(
            rf"\b{first}\b(?:\s+[A-Z][\w&'-]*){{0,3}}\s+(?:made\s+a\s+loan|loaned|lent|purchased"
            rf"|advanced|funded)\b|\b(?:received|borrowed)\s+from\s+{first}\b"
            rf"|\bissued\b[^.;]{{0,120}}?\bto\s+{first}\b",
            text,
            re.IGNORECASE,
        )
        return [Found(f'"{name}"', sentence, 1)] if lent else []
    return []


#: An organisation and the short name the text gives it: "Catalina LP
#: (“SunStream”)".
_SHORT_NAMED = re.compile(
    # ("International Finance Corporation's (IFC)": a possessive before)
    rf"(?P<full>{ORGANISATION.pattern})(?:['’]s)?\s*\(\s*(?:the\s+)?(?:[\"“]"
    r"(?P<short>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})[\"”]"
    # (or its letters unquoted: "the International Finance Corporation
    # (IFC)")
    r"|(?P<letters>[A-Z]{2,6})"
    # (or its words unquoted: "Ample Mark Enterprises Ltd. (Ample Mark)")
    r"|(?P<bare>[A-Z][a-z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}))\s*\)"
)


def _issued_to_a_short_name(reader: Reader) -> list[Found]:
    """The organisation a note is issued to by the short name the text gives
    it: "a $25.0 million financing from Catalina LP (“SunStream”)", then
    "Clever Leaves issued a secured convertible note (the “Convertible
    Note”) to SunStream"; or the lender that short name signs the loan with
    or may convert it ("IFC may convert all or portion of ... the loan")."""
    for sentence in reader.sentences:
        for defined in _SHORT_NAMED.finditer(sentence):
            name = (
                defined.group("short")
                or defined.group("letters")
                or defined.group("bare")
            )
            if name in (*_ROLE_WORDS, "Company", "Issuer", "Borrower"):
                continue
            # (a short name unquoted only for the full name it opens: "Ample
            # Mark Enterprises Ltd. (Ample Mark)", not a heading's words before
            # it, "Notes Payable - Related Party Hankey Capital LLC (Hankey
            # Capital)")
            if defined.group("bare") and not defined.group("full").startswith(
                name.split(maxsplit=1)[0]
            ):
                continue
            short = re.escape(name)
            issued = re.compile(
                r"\b(?:issued|sold)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?i:note|debenture)s?\b"
                rf"(?:\s*\([^()]{{0,40}}\))?[^.;()]{{0,40}}?\bto\s+{short}\b"
                # ("The convertible note issue to Goldman Sachs is subject to
                # final documentation")
                rf"|\b(?i:note|debenture|bond)\s+issue\s+to\s+{short}\b"
                # (or the lender that may convert the loan: "IFC has an option
                # to convert any unpaid part of the convertible loan"; "IFC
                # may convert all or portion of the outstanding principal
                # balance of the loan")
                rf"|\b{short}\s+(?:has|had|will\s+have)\s+an?\s+option\s+to\s+convert\b"
                rf"|\b{short}\s+may\s+convert\s+(?:all|any|the)\b[^.;]{{0,80}}\b(?i:loan|note|debenture)s?\b"
                # ("Ahli United Bank and IFC signed a $200 million subordinated
                # loan and conversion option agreement")
                rf"|\band\s+{short}\s+signed\s+an?\s+[^.;]{{0,80}}\bconver\w*\b"
                # (or the subscriber: "Ample Mark also agreed to subscribe and
                # pay for the Convertible Bonds issued by Skyfame")
                rf"|\b{short}\s+(?:has\s+)?(?:also\s+)?(?:has\s+)?(?:conditionally\s+)?agreed\s+to\s+"
                r"subscribe\b(?:[^.;]|\.(?=\d)){0,80}\b(?i:bonds|notes|debentures)\b"
            )
            # (the last of two parties joined: "among The City Bank Ltd and
            # International Finance Corporation's (IFC)")
            full = re.split(
                r"\b(?:Ltd|Limited|Inc|Corp|LLC|plc|PLC)\.?\s+and\s+",
                defined.group("full"),
            )[-1]
            for other in reader.sentences:
                # (not the issuer converting into its own stock: "CDL may
                # convert all or any part of the Note into fully paid shares of
                # CDL's stock")
                if issued.search(other) and not re.search(
                    rf"\b{short}['’]s\s+(?:[\w-]+\s+)?(?:stock|shares)\b", other
                ):
                    return [Found(f'"{full}"', other, 3)]
    return []


def _the_releases_lender(reader: Reader, best: Found | None) -> Found | None:
    """The lender its headline names, in place of the borrower found, in a
    lender's own release (the issuer found in "RCF entered into an amendment
    to its US$15 million convertible loan facility ... with Noront
    Resources Ltd."); else the name found."""
    headline = _lender_by_headline(reader)
    if (
        best is None
        or headline is None
        or headline.value == best.value
        or not _the_issuer(reader, best.value.strip('"'))
    ):
        return best
    reader.set("holder", headline.value, headline.quote)
    return headline


def _lender_by_headline(reader: Reader) -> Found | None:
    """The lender a lender's own release names in its headline, where the
    borrower it names after "with" is the company whose shares the note
    converts into."""
    headline = lender_headline(reader)
    if headline is None or not _the_issuer(reader, headline[1]):
        return None
    return headline[0]


def _payable_to(person: Found) -> bool:
    """Whether the note is said to be payable to the person found."""
    return bool(
        rx.search(r"\bpayable to\s+" + re.escape(person.value.strip('"')), person.quote)
    )


def _a_deal_counterparty(named: Found) -> bool:
    """Whether the party found is the other side of an acquisition, a merger
    or a joint venture ("an Asset Purchase Agreement with Mobile Data
    Systems, Inc."; "the proposed business combination with Fraser Mackenzie
    Accelerator Corp."; "a 50/50 unincorporated joint venture ('JV') with
    Blyvoor Gold Operations (Pty) Ltd"), not a lender."""
    return bool(
        rx.search(
            r"\b(?:(?:asset purchase|merger|share exchange|acquisition) agreement"
            r"|business combination|joint venture(?:\s+\([^)]{0,20}\))?)\s+with\s+"
            + re.escape(named.value.strip('"')),
            named.quote,
            re.IGNORECASE,
        )
        # (or a seller: "signed a binding memorandum of understanding with
        # Petronash Global Limited, or the seller, to acquire all of the
        # latter's outstanding shares", in a sentence about no debt)
        or (
            rx.search(
                r"\bwith\s+"
                + re.escape(named.value.strip('"'))
                + r"\b[^.;]{0,60}\bto\s+acquire\b",
                named.quote,
            )
            and not _DEBT_WORDS.search(named.quote)
        )
    )


#: A sentence that issues one note: "the Company issued a convertible
#: debenture".
_ISSUES_ONE_NOTE = re.compile(
    r"\b(?:company|we)\s+issued\s+an?\s+(?:[\w-]+\s+){0,3}(?:note|debenture)\b",
    re.IGNORECASE,
)
#: Its amount, next: "the Company issued a convertible promissory note in
#: the amount of" (and to a holder described first: "the Company issued a
#: convertible debenture to Pioneer Garage Limited (“Pioneer”), a
#: non-arm's length party to the Company, in the aggregate amount of").
_ISSUED_ONE_NOTE = re.compile(
    _ISSUES_ONE_NOTE.pattern + r"(?:[^.;$]{0,60}|\s+to\s+[^.;$]{0,120})$", re.IGNORECASE
)


def _another_note_issued(named: Found, person: Found) -> list[Found]:
    """The person named with their office, as a second candidate, where each
    is the holder of a note the text issues in a sentence of its own
    ("the Company issued a convertible debenture ... to Mr. David Joshua
    Bartch, the Company's Chief Executive Officer" and "the Company issued a
    convertible debenture to Pioneer Garage Limited"): a person decides."""
    if (
        person.value != named.value
        and person.quote != named.quote
        and _ISSUES_ONE_NOTE.search(person.quote)
        and _ISSUES_ONE_NOTE.search(named.quote)
    ):
        return [Found(person.value, person.quote, named.score)]
    return []


#: A note the company holds, not one it issued.
_RECEIVABLE = re.compile(
    r"\bconvertible notes? receivable\b|\binvestments? in convertibles? notes?\b",
    re.IGNORECASE,
)

#: What a person writes when the text names several holders.
_SEVERAL_HOLDERS = {
    "holder": "several holders: name them (one definition books the issue, "
    "its principal their total) or write one definition per holder",
    "principal": "several holders at several times, or each one's amount "
    "beside their total: write the issue's principal, or one definition per "
    "holder",
    "purchase-price": "several holders at several times, or each one's price "
    "beside their total: write the issue's price, or one definition per holder",
}


def _several_holders(reader: Reader, key: str) -> bool:
    """A TODO for ``key`` when the text names several holders."""
    several = several_holders(reader)
    if several:
        reader.todo(key, _SEVERAL_HOLDERS[key], several)
    return several is not None


def _aliased_name(reader: Reader, name: str) -> str | None:
    """The organisation a short name stands for after "or": "Magna Equities
    II, LLC, a New York limited liability company, or Magna"."""
    alias = re.compile(r",\s+or\s+[\"“]?" + re.escape(name) + r"[\"”]?\s*[.,;)]")
    for sentence in reader.every:
        for short in alias.finditer(sentence):
            full = name_before(without_description(sentence[: short.start()]))
            if full is not None and ORGANISATION.fullmatch(full) and name in full:
                return full
    return None


def _titled_in_full(reader: Reader, name: str) -> str | None:
    """A person called by title and surname ("Mr. LaPenta"), as the text
    names them in full ("Robert V. LaPenta, Sr.")."""
    titled = rx.fullmatch(r"(?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w'-]+)", name)
    if titled is None:
        return None
    person = re.compile(
        r"\b(?!(?:Mr|Ms|Mrs|Dr|The)\b)([A-Z][a-z'-]+(?:\s+[A-Z]\.)*\s+"
        + re.escape(titled.group(1))
        + r"(?:,\s+(?:Jr|Sr)\.|\s+(?:II|III|IV)\b)?)"
    )
    for sentence in reader.every:
        full = person.search(sentence)
        if full is not None:
            return full.group(1)
    return None


#: A purchase of shares with its total: "837,521 shares of Common stock ...
#: at a price per share in NIS equal to $ 0.597 ($ 500 in total)".
_SHARES_AT_A_TOTAL = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+)\s+(?:[\w-]+\s+){0,3}shares\b[^.;$]{0,80}\$\s?(\d*\.\d+)"
    r"\s*\(\s*\$\s?(\d{1,3}(?:,\d{3})*)\s+in\s+total\s*\)"
)


#: A conversion rate per a scaled $1,000 with its price: "a conversion rate
#: of 14.4927 shares per $0.001 principal amount of debentures, equivalent
#: to an initial conversion price of $69.00 per share" (a text in millions).
_RATE_PER_SCALED_THOUSAND = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+shares\s+per\s+\$\s?(0?\.001|1(?:\.00)?)\s+principal\s+amount\b"
    r"[^.;]{0,120}\bconversion\s+price\s+of\s+\$\s?(\d+(?:\.\d+)?)"
)


def _thousands_by_arithmetic(reader: Reader) -> str | None:
    """A sentence whose shares times their price is a thousand times the
    total it gives, or a conversion rate per "$1" or "$0.001" of principal
    whose shares times their price make $1,000: the text's figures are
    thousands or millions, though it does not say so."""
    for sentence in reader.sentences:
        for match in _SHARES_AT_A_TOTAL.finditer(sentence):
            shares, price, total = (
                Decimal(match.group(i).replace(",", "")) for i in (1, 2, 3)
            )
            if total and abs(shares * price / 1000 - total) <= total / 100:
                return sentence
        for rate in _RATE_PER_SCALED_THOUSAND.finditer(sentence):
            shares, price = Decimal(rate.group(1)), Decimal(rate.group(3))
            if abs(shares * price - 1000) <= 10:
                return sentence
    return None


def _full_name(reader: Reader, name: str) -> str | None:
    """The name with its legal form, where the text writes it so elsewhere
    ("Hankey Capital" and "Hankey Capital LLC"); None when it does not or
    the name has one already."""
    # "Trafalgar Capital Specialized Investment Fund, Luxembourg"
    for sentence in reader.sentences:
        domiciled = rx.search(re.escape(name) + f"({DOMICILE})\\b", sentence)
        if domiciled is not None:
            return name + domiciled.group(1)
    # "Deerfield Partners, L.P. (together with its affiliates, “Deerfield”)";
    # "Merida Capital Partners III LP (“Merida Fund III”)"
    # ("Pyxis Innovations Inc. (Pyxis)": a short name without quotes)
    defined = re.compile(
        r"\(\s*(?:the\s+)?(?:[^()\"“”]{0,60},\s*)?(?:[\"“]"
        + re.escape(name)
        + r"[\"”]|"
        + re.escape(name)
        + r")\s*\)"
    )
    organisation = ORGANISATION.fullmatch(name) is not None
    if not organisation:
        named = _titled_in_full(reader, name) or _aliased_name(reader, name)
        if named is not None:
            return named
    defined_full = _defined_in_full(reader, name, defined)
    if defined_full is not None:
        return defined_full
    # ("Pegasus Growth Capital Fund I" in a sentence, "Pegasus Growth
    # Capital Fund I, LP." in the terms table: a fund's form after its
    # number)
    if organisation and not rx.search(
        rf"(?<=Fund)\s+(?:{FUND_NUMBER}|\d{{1,2}})$", name
    ):
        return None
    for sentence in reader.sentences:
        for match in ORGANISATION.finditer(sentence):
            # (the name and a legal form only: "Panacea Venture Healthcare
            # Fund I L.P., an affiliate of Panacea" is another party)
            found = rx.search(
                rf"(?:^|\s)({re.escape(name)},?\s*{LEGAL_FORM})$", match.group(1)
            )
            if found is not None:
                return found.group(1).strip()
    # a one-word name the text writes in full once elsewhere: "Zeta was to
    # subscribe for AUD4.2 million of ... convertible loan notes" beside
    # "documents it has recieved from Zeta Resources Ltd"
    if not organisation and rx.fullmatch(r"[A-Z][\w&'-]+", name):
        # (not another party named after it: "Panacea Venture Healthcare
        # Fund I L.P., an affiliate of Panacea")
        fuller = {
            match.group(1)
            for sentence in reader.sentences
            for match in ORGANISATION.finditer(sentence)
            if match.group(1).startswith(name + " ")
            and not rx.match(
                r",?\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}(?:affiliate|subsidiary|parent|"
                r"manager|adviser|advisor)\b",
                sentence[match.end(1) :],
            )
        }
        if len(fuller) == 1:
            return fuller.pop()
    return None


def _defined_in_full(reader: Reader, name: str, defined: re.Pattern[str]) -> str | None:
    """The organisation a name is defined as short for, if any."""
    for sentence in reader.every:
        for short in defined.finditer(sentence):
            # (past a description: "H.F. LENFEST, an individual resident of
            # the Commonwealth of Pennsylvania (“Lenfest”)")
            before = without_description(sentence[: short.start()])
            full = name_before(before)
            # ("from JBB Partners (“JBB”)": a name the short one begins)
            begun = rx.search(
                rf"\b({re.escape(name)}(?:\s+[A-Z][\w&'-]*){{1,4}})\s*$", before
            )
            if full is None and begun is not None:
                return begun.group(1)
            if full is not None and (
                ORGANISATION.fullmatch(full)
                or name.lower() in full.lower() != name.lower()
            ):
                # ("Notes Payable - Related Party Hankey Capital LLC (Hankey
                # Capital)": a heading's words before the name)
                # (but a number that leads the name is part of it: "112359
                # Factor Fund, LLC ("Factor Fund")")
                start = full.find(name)
                if rx.fullmatch(r"\d+\s+", full[:start]):
                    return full
                return full[start:] if start > 0 else full
    return None


#: A lender named after its loan: "the £1.0 million loan from Burnbrae
#: Limited", "the convertible loan note from Jim Mellon".
_LOAN_FROM = re.compile(
    r"\b(?:loan|note)s?\s+from\s+([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})"
)


def _two_lenders(reader: Reader) -> bool:
    """Two loans from two lenders in one sentence: a person decides whose
    note the text is about."""
    for sentence in reader.sentences:
        names = {match.group(1) for match in _LOAN_FROM.finditer(sentence)}
        if len(names) >= 2:
            reader.todo(
                "holder",
                "two lenders are named: " + ", ".join(sorted(names)),
                sentence,
            )
            return True
    return False


def _the_issuer(reader: Reader, name: str) -> bool:
    """Whether a name is the issuer's, by its defined term's shares: a
    lender's release about its loan "with Noront Resources Ltd.
    ("Noront")", which speaks of "Noront's outstanding Common Shares"."""
    # (a wire brief names the issuer after its dateline: "Dec 11 (Reuters) -
    # Publity AG :")
    if any(
        # ("Sept 28 (Reuters) - China Putian Food Holding Ltd", the line
        # ending there)
        rx.search(r"\(Reuters\)\s*-\s*" + re.escape(name) + r"\s*(?::|$)", sentence)
        for sentence in reader.every
    ):
        return True
    # (a regulatory announcement opens with its issuer's name and the day:
    # "Hammerson PLC 9 November 2001")
    if reader.every and rx.match(
        re.escape(name) + r"\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b",
        reader.every[0],
        re.IGNORECASE,
    ):
        return True
    defined = next(
        (
            found
            for sentence in reader.every
            if (
                found := rx.search(
                    # (the rest of its name between: "Shenzen Cadro (Catic
                    # Group) Hydraulic Equipment Co. Limited ("Cadro")")
                    re.escape(name)
                    + r"(?:\s*\([^()\"“]{2,40}\)(?:\s+[A-Z][\w&.-]*){0,5})?"
                    + r"\W{0,3}\(\s*[\"“]([^\"”]{2,30})[\"”]\s*\)",
                    sentence,
                )
            )
        ),
        None,
    )
    # (or, undefined, by the first word of its name: "an agreement with
    # Woulfe Mining Corp." and "convertible ... into 16,667 common shares of
    # Woulfe")
    short = re.escape(defined.group(1) if defined else name.split(maxsplit=1)[0])
    if defined is None and len(short) < 4:
        return False
    # (or "convertible into common shares of Metalla")
    return any(
        rx.search(
            rf"\b{short}['’]s\s+(?:issued\s+and\s+)?(?:outstanding\s+)?"
            r"(?:common\s+|ordinary\s+)?shares\b"
            # ("one common share of NMG")
            rf"|\b(?:common|ordinary)\s+shares?\s+of\s+{short}\b"
            # ("the issue of ordinary fully paid shares in Golden Rim")
            rf"|\b(?:ordinary\s+)?(?:fully\s+paid\s+)?shares\s+in\s+{short}\b"
            # ("The loan is convertible, at the Company's discretion, into Cadro
            # equity")
            rf"|\bconvertible\b[^.;]{{0,60}}\binto\s+{short}\s+(?:equity|shares|stock)\b",
            other,
            re.IGNORECASE,
        )
        for other in reader.every
    )


def _asks_holder(reader: Reader, why: str, quote: str) -> bool:
    """Leave the holder to a person, saying why (the TODO replaces the name
    :meth:`Reader.decide` drafted); True, for the caller to stop."""
    reader.todo("holder", why, quote)
    return True


#: A new note given to whoever bought the old one: "The Company issued a 12%
#: replacement convertible note to JSJ (the “JSJ Replacement Note”)".
_REPLACEMENT_TO = re.compile(
    r"\breplacement\s+(?:convertible\s+)?(?:promissory\s+)?(?:note|debenture)s?\s+to\s+"
    r"([A-Z][\w&'’-]*)",
)


def _replaced_for_another(reader: Reader, best: Found) -> bool:
    """Whether a replacement note goes to another holder than the one found
    (the old note's "China Direct Investments, Inc." beside "a 12%
    replacement convertible note to JSJ"): a person decides which note is
    booked, and the TODO says so."""
    for sentence in reader.sentences:
        match = _REPLACEMENT_TO.search(sentence)
        if match is None or match.group(1) in best.value:
            continue
        return _asks_holder(
            reader,
            f"a replacement note goes to {match.group(1)}, not {best.value}: write "
            "the holder of the note you are booking",
            sentence,
        )
    return False


#: The party the text says may convert the note: "Redfund may convert the
#: note at any time during the term"; "should NGCTI exercise said
#: Conversion Right", "NGCTI served a Conversion Notice".
_MAY_CONVERT = re.compile(
    r"\b([A-Z][\w&'’-]+)\s+(?:(?:may|can|shall have the right to)\s+(?:elect\s+to\s+)?convert\s+"
    r"(?:the|this)\s+(?:note|debenture|loan)\b"
    r"|(?i:served\s+an?\s+conversion\s+notice|exercised?\s+(?:said|the|its)\s+conversion\s+right)\b)"
)


def _another_converts(reader: Reader, best: Found) -> bool:
    """Whether the text says another party than the one found may convert
    the note ("Redfund Capital ... announced its entry into a promissory
    note with Cannaki Beverage Inc." and "Redfund may convert the note"):
    the one found may be the note's maker, and the TODO says so."""
    for sentence in reader.sentences:
        match = _MAY_CONVERT.search(sentence)
        if (
            match is None
            or match.group(1) in best.value
            or match.group(1) in (*_ROLE_WORDS, "It", "He", "She", "They", "Company")
        ):
            continue
        return _asks_holder(
            reader,
            f"{match.group(1)} may convert the note, not {best.value}: write the "
            "holder's name",
            sentence,
        )
    return False


def _funds_it_manages(reader: Reader, best: Found) -> bool:
    """Whether the name found manages the funds that hold the note ("a Notes
    Exchange Agreement, with funds managed by Baupost pursuant to which ...
    we issued $164.746 million of Convertible Senior Notes ... to
    Baupost"): several funds, each a holder, and the TODO says so."""
    name = re.escape(best.value.strip('"').split()[0])
    funds = reader.first(
        re.compile(rf"\bfunds\s+(?:managed|advised)\s+by\s+(?:the\s+)?{name}")
    )
    return funds is not None and _asks_holder(
        reader,
        f"{best.value} manages the funds that hold the note: name the fund, or "
        "write one definition per fund",
        funds,
    )


def _several_under_one_name(reader: Reader, best: Found) -> bool:
    """Whether the holder drafted is a short name for several parties
    ("Sentient Executive GP IV, Limited for the General Partner of Sentient
    Global Resources Fund IV, L.P. (collectively, "Sentient")"), or signs
    a syndicated loan for its lenders: the TODO asks for the holder, True
    for the caller to stop."""
    name = best.value.strip('"')
    together = reader.first(
        re.compile(
            r"\(\s*collectively,?\s*(?:the\s+)?[\"“]" + re.escape(name) + r"[\"”]\s*\)"
        )
    )
    # (or the party a syndicated loan is signed with, for its lenders: "The
    # syndicated convertible loan agreement with Aleph Finance Ltd")
    syndicated = reader.first(
        re.compile(
            r"\bsyndicated\s+(?:convertible\s+)?(?:loan|facility)\b[^.;]{0,40}\bwith\s+"
            + re.escape(name)
        )
    )
    if syndicated is not None:
        return _asks_holder(
            reader,
            f"{best.value} signs a syndicated loan for its lenders: write the "
            "holder of the note you are booking",
            syndicated,
        )
    return together is not None and _asks_holder(
        reader,
        f"{best.value} names several parties together: write the holder of the "
        "note you are booking",
        together,
    )


def _holder(reader: Reader) -> str | None:
    if _several_holders(reader, "holder") or _two_lenders(reader):
        return None
    # a note the company holds ("CONVERTIBLE NOTES RECEIVABLE -AFFILIATE":
    # "The Company purchased a convertible note of TECO"): the one named is
    # the note's maker, the holder the company itself
    receivable = reader.first(_RECEIVABLE)
    if receivable is not None:
        reader.todo(
            "holder",
            "a note receivable: the company holds it; write the holder's name",
            receivable,
        )
        return None
    # (not a name a copy redacts: "Xxxxx Xxxxxxx"; nor a legal form alone:
    # "a convertible note payable to a Corporation (Holder)")
    found = [
        f
        for f in _holder_candidates(reader)
        if not rx.fullmatch(r'"?(?:X[x]*[\s,.]*)+"?', f.value)
        and not rx.fullmatch(rf'"?{LEGAL_FORM}"?', f.value)
        # (nor a role's word: "a Promissory Note and Loan Agreement with
        # Payee"; "issued in a series of multiple closings to Investors")
        and f.value.strip('"') not in _ROLE_WORDS
        and f.value.strip('"').removesuffix("s") not in _ROLE_WORDS
        # (nor the instrument: "the holder of a Convertible Debenture
        # (“Debenture Holder”)")
        and not rx.fullmatch(
            r'"?(?:(?:convertible|promissory|secured|unsecured|senior)\s+)*'
            r'(?:note|debenture|bond|loan)s?"?',
            f.value,
            re.IGNORECASE,
        )
        and not _the_offerings_agent(f.value.strip('"'), f.quote)
        # (nor the party a lender sues: "a loan which Plaintiff Labrys Fund
        # issued to Defendant Anvia Holdings Corporation")
        and not rx.match(r'"?(?:Defendants?|Respondents?)\s', f.value)
        # (nor the lender of a loan something else secures: "had used OTML as
        # collateral for a US$1.9 billion loan from UBS AG Switzerland", beside
        # the exchangeable bonds)
        and not rx.search(
            r"\bcollateral\s+for\s+an?\s+(?:\S+\s+){0,4}?loans?\s+from\s+"
            + re.escape(f.value.strip('"')),
            f.quote,
        )
        # (nor a market the text is announced to: "the Multi Finance Limited
        # Announced to Colombo Stock Exchange")
        and not rx.search(r"\b(?:Stock|Securities)\s+Exchange\W*$", f.value)
        and not _a_deal_counterparty(f)
        and not _the_trustee(reader, f.value.strip('"'))
        and not _the_maker(reader, f.value.strip('"'))
        and not _an_initial_purchaser(reader, f.value.strip('"'))
    ]
    # (a lender's suit: the plaintiff, where no holder is named otherwise)
    found = found or _plaintiff_lender(reader)
    best = reader.decide("holder", found)
    if best is not None and (
        _replaced_for_another(reader, best)
        or _funds_it_manages(reader, best)
        or _another_converts(reader, best)
        or _several_under_one_name(reader, best)
    ):
        return None
    # two holders under one plural term: "with Riverfort Global
    # Opportunities PCC and YA II PN Ltd (the 'Investors')"; a holder and
    # another's funds: "the issuance of the Notes to 3i LP and the
    # affiliates of Murchinson"
    two = best is not None and rx.search(
        rf"\b{LEGAL_FORM}\.?,?\s+(?:and|&)\s+[A-Z]", best.value
    )
    beside = best is not None and rx.search(
        re.escape(best.value.strip('"')) + r",?\s+and\s+(?:the\s+|certain\s+)?"
        r"(?:affiliates|funds|entities|accounts)\s+(?:of|managed|advised|affiliated)\b",
        best.quote,
    )
    if best is not None and (two or beside):
        _asks_holder(
            reader,
            f"{best.value} {'names two holders' if two else 'is one of two holders'}: "
            "write the holder of the note you are booking",
            best.quote,
        )
        return None
    # the announcer lends to the party named: "Catenai is proposing to lend
    # up to £450,000 to Klarian under the Proposed Convertible Loan Note"
    borrower = best.value.strip('"').split()[0] if best is not None else ""
    # (or invests in it by a loan note: "a proposed investment of £3 million
    # ... in Ardgowan by way of a Convertible Loan Note Agreement")
    lends = reader.first(
        re.compile(
            r"\b(?:is proposing to|proposes to|has agreed to|agreed to|will)\s+lend\b"
            rf"[^.;]{{0,80}}\bto\s+{re.escape(borrower)}\b"
            rf"|\binvestment\s+of\b[^.;]{{0,120}}\bin\s+{re.escape(borrower)}\b"
            r"[^.;]{0,20}\bby way of\b"
        )
    )
    if best is not None and lends is not None:
        reader.todo(
            "holder",
            f"{best.value} borrows: the company lends to it and holds the note; "
            "write the holder's name",
            lends,
        )
        return None
    best = _the_releases_lender(reader, best)
    if best is not None and _the_issuer(reader, best.value.strip('"')):
        reader.todo(
            "holder",
            f"{best.value} is the company whose shares the note converts into: "
            "name the lender",
            best.quote,
        )
        return None
    if best is not None:
        name = best.value.strip('"')
        fund = _the_fund_it_manages(reader, name)
        if fund is not None:
            reader.set("holder", f'"{fund}"', best.quote)
            return fund
        # "LABRYS FUND LP" in a sentence, "Labrys Fund, LP" in its heading
        cased = _in_its_case(reader, name)
        if cased is not None:
            reader.set("holder", f'"{cased}"', best.quote)
            return cased
        # "HEP Investments" in the text, "HEP Investments, LLC" in its heading
        full = _full_name(reader, name)
        if full is not None:
            reader.set("holder", f'"{full}"', best.quote)
            return full
        return name
    if "holder" not in reader.fields:
        reader.todo(
            "holder",
            "the holder is not named in a form this reader recognises",
            next(
                (
                    s
                    for s in reader.sentences
                    if _has(s, "holder", "investor", "purchaser", "lender")
                ),
                "",
            ),
        )
    return None


def _the_fund_it_manages(reader: Reader, name: str) -> str | None:
    """The fund a manager acts for, where the text names the manager "as
    manager of" it ("The Lind Partners, LLC, as manager of the Australian
    Special Opportunity Fund LP (ASOF)"): the fund holds the note; None when
    the text does not say so."""
    managed = re.compile(
        rf"{re.escape(name)},?\s+as\s+(?:the\s+)?(?:investment\s+|fund\s+)?"
        r"(?:manager|adviser|advisor|general partner)\s+(?:of|for|to)\s+(?:the\s+)?"
    )
    for sentence in reader.sentences:
        for match in managed.finditer(sentence):
            fund = ORGANISATION.match(sentence, match.end())
            if fund is not None:
                return fund.group(1)
    return None


def _in_its_case(reader: Reader, name: str) -> str | None:
    """A name written in capitals, as the text also writes it in its own
    case ("LABRYS FUND LP" and "Labrys Fund, LP"); None when it does not."""
    if not name.isupper() or len(name) < 4:
        return None
    words = [re.escape(word) for word in rx.findall(r"[A-Za-z0-9&'-]+", name)]
    spelled = re.compile(
        r"(?<![\w])(" + r"[\s,.]+".join(words) + r"\.?)(?![\w])", re.IGNORECASE
    )
    for sentence in reader.every:
        for match in spelled.finditer(sentence):
            if not match.group(1).isupper():
                return match.group(1)
    return None


def _the_offerings_agent(name: str, sentence: str) -> bool:
    """Whether the sentence names the organisation as the offering's agent
    or underwriter, not a buyer: "an engagement agreement with Haywood
    Securities Inc. (“Haywood”), to act as sole book runner"."""
    return (
        rx.search(
            # ("an agreement with Dundee Securities Ltd. as lead agent on
            # behalf of a syndicate of underwriters")
            re.escape(name)
            + r"(?:[^.;]{0,40}?,?\s+(?:to act|acting|who will act)|,?)\s+as\s+"
            r"(?:the\s+)?(?:sole\s+|lead\s+|co-lead\s+|joint\s+)*"
            r"(?:book ?runner|(?:placement\s+|selling\s+|lead\s+)?agent|underwriter)"
            # ("with Barclays Capital Inc., as representative of the several
            # initial purchasers named therein")
            r"|"
            + re.escape(name)
            # ("sold to BofA Securities, Inc., J.P. Morgan Securities LLC and
            # Morgan Stanley & Co. LLC, as representatives (the
            # "Representatives") of the several initial purchasers")
            + r"(?:,\s+[^;]{0,160}?)?,?\s+as\s+(?:the\s+)?representatives?\s+"
            r"(?:\([^)]{0,40}\)\s+)?of\s+the\s+"
            r"(?:several\s+)?(?:initial\s+purchasers|underwriters)\b"
            # the broker of a brokered placement: "completed the brokered
            # private placement of 10.0% unsecured convertible debentures of
            # the Company with Canaccord Genuity Corp."
            r"|(?<!non-)\bbrokered\s+(?:private\s+)?(?:placement|offering)\b[^;]{0,160}?\bwith\s+"
            + re.escape(name)
            # (or defined so: "with Citigroup Global Markets Inc. (the
            # “Initial Purchaser”)")
            + r"|"
            + re.escape(name)
            # (the quotes a copy may lose: "to Leerink Partners LLC (the
            # Initial Purchaser)")
            + r",?\s*\(\s*(?:the\s+)?[\"“]?(?:initial\s+purchaser|underwriter|placement\s+agent)s?[\"”]?\s*\)"
            # (or its task so: "a one-month agreement with South China
            # Securities Ltd. to procure placees for the bonds")
            + r"|"
            + re.escape(name)
            + r",?\s+to\s+(?:procure|find|solicit)\s+(?:placees|subscribers|investors|purchasers)\b",
            sentence,
            re.IGNORECASE,
        )
        is not None
    )


def _the_maker(reader: Reader, name: str) -> bool:
    """Whether the text names the organisation as the note's maker: "Buyer
    shall deliver to Seller a convertible promissory note ... made by Sebring
    Dental of Arizona, LLC" (the buyer of a business, not of the note)."""
    return any(
        rx.search(
            r"\b(?:note|debenture)s?\b(?:[^.;]|\.(?=\d)){0,200}\bmade by\s+"
            + re.escape(name),
            sentence,
        )
        for sentence in reader.sentences
    )


def _an_initial_purchaser(reader: Reader, name: str) -> bool:
    """Whether the organisation buys the notes to resell them: a purchase
    agreement's "to issue and sell to Jefferies & Company, Inc. (the
    "Purchaser") an aggregate of $225,000,000 principal amount", with "an
    option to purchase up to $25,000,000 additional principal amount of such
    Notes to cover over-allotments"."""
    return any(
        rx.search(
            re.escape(name) + r",?\s*\(\s*(?:the\s+)?[\"“]Purchasers?[\"”]\s*\)",
            sentence,
        )
        for sentence in reader.sentences
    ) and any(
        rx.search(r"\bto\s+cover\s+over-?allotments\b", sentence, re.IGNORECASE)
        for sentence in reader.sentences
    )


def _the_trustee(reader: Reader, name: str) -> bool:
    """Whether the name is a trust company the text calls the trustee, or a
    party it names "as trustee", not a holder: "received a Demand for
    Payment from Odyssey Trust Company Ltd." and "the Company received notice
    from the Trustee"."""
    # (or a bank named as it: "an indenture ... with Wilmington Trust,
    # National Association, as trustee")
    named = re.compile(
        # ("U.S. Bank Trust Company, National Association, as trustee", read
        # as far as "Trust")
        re.escape(name)
        + r"(?:\s+(?:Company|Co\.?))?(?:,\s+[^,();]{1,40})?,\s+as\s+(?:the\s+)?trustee\b"
    )
    return (
        rx.search(r"\btrust\s+(?:company|co\b)", name, re.IGNORECASE) is not None
        and any(
            rx.search(r"\b(?:the|as)\s+trustee\b", sentence, re.IGNORECASE)
            for sentence in reader.sentences
        )
    ) or any(named.search(sentence) for sentence in reader.sentences)


#: The whole issue after its parts or an option: "bringing the total
#: aggregate principal amount ... to $661.3 million"; "increasing the total
#: issue amount to US$ 60 million".
_WHOLE_ISSUE = (
    r"\bbringing the total\b|\b(?:increasing|lifting) the (?:total|aggregate)\b"
    # ("The Initial Purchasers exercised their option in full on June 6,
    # 2019, and a total of $316.25 million in aggregate principal amount of
    # Notes were issued")
    r"|\boption\b[^.;$]{0,20}\bin full\b[^.;$]{0,40}\band a total of\b"
    # ("exercised their $50 million over-allotment option in full, raising
    # the issue size to $500 million")
    rf"|{WHOLE_ISSUE_SIZE}"
)

_LATER_TRANCHE = re.compile(r"\bwill (?:issue|sell|purchase)|\bsecond\b|\badditional\b")


def _near(sentence: str, money: Money) -> str:
    """The words around an amount, lower case."""
    return sentence[max(0, money.start - 60) : money.end + 40].lower()


def _named_score(name: str) -> int | None:
    """How a defined name ranks the amount before it: a convertible note's
    high, an earlier note's, a loan's or a tranche's low; None when the name
    says neither."""
    # ("... $34.5 million (the "Initial Convertible Notes")" beside "...
    # $4.1 million (the "2024 Additional Notes")": the earlier notes)
    if rx.search(r"\b(?:initial|original|existing|prior|old)\b", name, re.I):
        return 2
    if rx.search(r"convertible|principal", name, re.I):
        return 5
    if rx.search(r"term|loan|advance|tranche|facility|warrant|credit", name, re.I):
        return 2
    return None


def _labelled_score(sentence: str, money: Money) -> int | None:
    """How a name or label beside an amount ranks it, or None."""
    # one holder's part placed with an issue competes with the whole issue:
    # "plans to issue $16 million of the $25 million additional convertibles
    # to Meadowstream Ltd."
    if PLACED_WITH_A_HOLDER.match(sentence, money.end):
        return 5
    # "a term loan of $15 million (the "Term Note") and a senior secured
    # loan of $10 million (the "Deerfield Convertible Note")"
    named = rx.match(
        r"^\s*\)?\s*\((?:the\s+)?[\"“](?P<name>[^\"”]{1,60})[\"”]\)",
        sentence[money.end :],
    )
    by_name = _named_score(named.group("name")) if named is not None else None
    if by_name is not None:
        return by_name
    # "settled a $400,000 initial tranche of a $1.58 million private
    # placement": the note issued is the tranche
    if rx.match(r"^\s*(?:initial|first)\s+tranche\b", sentence[money.end :], re.I):
        return 4
    # a term sheet's line, "Amount:¥50 billion" (a tranche's, or the base
    # before an option) ranks below any sentence; so does a translation, below
    # an amount in the note's own currency ("to raise the equivalent of USD 75
    # million via ... Sri Lankan Rupee (LKR) denominated unlisted convertible
    # debentures" beside "LKR 27.06 billion")
    if rx.fullmatch(
        r"\W*(?:amount|issue size|size)\s*:\s*\S{0,4}[\d,.]+\s*(?:million|billion)?\W*",
        sentence.strip(),
        re.IGNORECASE,
    ) or rx.search(r"\bthe\s+equivalent\s+of\s*$", sentence[: money.start]):
        return 1
    return None


def _later_score(sentence: str, money: Money) -> int | None:
    """How an amount of notes issued after the note ranks: lowest for notes
    the company only may issue or a part given as its share of the whole, low
    for a later tranche; None otherwise."""
    # a part of the whole, as its share: "a nominal amount of €85,699,696 or
    # 47.6 % of the Company's outstanding OCEANEs"
    if rx.match(
        r"\s*(?:,\s*)?(?:or|\(|representing)\s*(?:about\s+|approximately\s+)?"
        r"\d[\d.]*\s?%\s+of\b",
        sentence[money.end :],
    ):
        return 1
    # a series within the aggregate just stated: "in the aggregate principal
    # amount of $52,700,000 (...), consisting of a Series A Note in the
    # principal ... amount of $10,095,941 and (ii) a Series B Note in the
    # principal amount of $42,604,059"
    if rx.search(
        r"\baggregate principal amount of\s+\S{0,4}\d[\d,.]*[^;]{0,80}\bconsisting of\b"
        r"[^;]{0,200}$",
        sentence[: money.start],
        re.IGNORECASE,
    ):
        return 1
    # notes the company only may issue later: "The Company may issue to Group
    # 10 an addition $660,000 in Debentures ..., consisting of two additional
    # convertible debenture, each in the principal amount of $330,000"
    if rx.search(r"\bmay\s+(?:also\s+)?(?:issue|sell)\b", sentence[: money.start]):
        return 1
    # "the Company issued all $75,000,000 of Additional Notes": an issuance
    # (whatever the notes are called)
    if _LATER_TRANCHE.search(_near(sentence, money)) and not rx.search(
        r"\bissued\s+all\s+$", sentence[: money.start]
    ):
        return 2  # a later tranche ("completed the second close and issued")
    return None


def _principal_score(sentence: str, money: Money) -> int:
    """A principal amount named as such outranks "a note for $X", which
    outranks an amount in a sentence that names no note."""
    near = _near(sentence, money)
    by_label = _labelled_score(sentence, money)
    if by_label is not None:
        return by_label
    later = _later_score(sentence, money)
    if later is not None:
        return later
    if rx.search(
        r"\bissued\s+(?:to\s+(?:th(?:e|ose|ese)\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:investors?|holders?|purchasers?|lenders?)\s+)?(?:all\s+)?$"
        # ("the Company issued a note totaling $38,000 to a
        # shareholder/director", beside another note's "for the amount of")
        r"|\bissued\s+an?\s+(?:[\w%.-]+\s+){0,3}(?:note|debenture)\s+totall?ing\s*$",
        sentence[: money.start],
    ):
        return 4
    # "refinanced its $300,000 note payable with": a replacement, as firm as
    # a note's amount; "it has issued a further GBP262,000 of Loan Notes"
    # beside the first issue's amount: a second issue, as firm as the first
    # (a person decides)
    # (or an investment the next sentence says is made in the notes: "it is
    # to invest €500m ($710m) in European insurer Allianz", as firm as a
    # note's amount)
    if rx.search(
        r"\brefinanced\s+(?:its|the|an?)\s+$|\bissued\s+a\s+further\s+$|\bto\s+invest\s*$",
        sentence[: money.start],
    ):
        return 3
    if rx.search(r"(?:which included|including|of which)\s*$", sentence[: money.start]):
        return 2  # a part of the amount issued
    if rx.search(r"for value received", sentence[money.end :], re.IGNORECASE):
        return 5  # the amount on a note's face
    # the promise itself: "FOR VALUE RECEIVED, ... promises to pay to the
    # order of ... the principal sum of $100,000", as firm as the face
    if rx.search(
        r"for value received\b.{0,600}\bpromises? to pay\b.{0,400}\bprincipal "
        # (and in words first: "the principal sum of Four Hundred Four
        # Thousand Dollars ($404,004)")
        r"(?:sum|amount) of\s*(?:[a-z ,-]{3,120}\bdollars\s*\(\s*)?$",
        sentence[: money.start],
        re.IGNORECASE | re.DOTALL,
    ):
        return 5
    # the whole issue after an option's notes: "bringing the total aggregate
    # principal amount of the 2028 Notes issued and outstanding to $661.3
    # million"
    # (or "increasing the total issue amount to US$ 60 million")
    # (or the offering and its option closed together: "the closing of the
    # $115,000,000 notes offering and the over-allotment option")
    if rx.search(
        rf"(?:{_WHOLE_ISSUE})[^$]{{0,100}}$", sentence[: money.start], re.I
    ) or rx.match(
        r"\s*(?:[\w%.-]+\s+){0,3}(?:notes|debentures|bonds)\s+offering\s+and\s+the\s+"
        r"over-allotment\s+option\b",
        sentence[money.end :],
        re.I,
    ):
        return 5
    # the whole issue after its parts: "In total an aggregate of
    # U.S.$32,768,000 principal amount of Debentures were issued" (after the
    # offering's US$31.5 million and the underwriters' U.S.$1,078,000)
    if rx.search(
        r"\bin total,?\s+(?:an?\s+)?(?:aggregate\s+)?(?:of\s+)?$",
        sentence[: money.start],
        re.I,
    ) and rx.search(
        r"\b(?:were|was|have been|has been) issued\b", sentence[money.end :]
    ):
        return 5
    # ("taking the total number of Loan Notes outstanding to £149,000")
    if rx.search(
        r"\bprincip(?:al|le)\b|face (?:amount|value)|\btaking the total\b"
        # ("issuing a convertible note to Kim Brangstrup covering the
        # remaining loan amount of DKK 1,912,048")
        r"|\bcovering the (?:remaining |outstanding )?(?:loan |debt )?amount of\b",
        near,
    ):
        return 4
    # "a note payable of $300,000 payable in six quarterly payments" beside
    # "a $2,000,000 12% unsecured, convertible Debenture": the convertible
    # (exchangeable notes as well: "the sale of $75 million of 5.875%
    # exchangeable senior notes")
    if _has(sentence, "note", "debenture"):
        return 3 if rx.search(r"convertib|exchangeab", sentence, re.IGNORECASE) else 2
    return 2


#: An amount each of several holders gets: "issued and sold to each
#: Investor: (A) a ... Note in the aggregate principal amount of $400,000";
#: "each Investor provided financing of $360,000".
_EACH_HOLDER = re.compile(
    r"\beach\s+(?:of\s+(?:the\s+)?)?(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:investors?|holders?|purchasers?|lenders?|buyers?|subscribers?|individuals)\b"
    r"[^$]{0,160}$",
    re.IGNORECASE,
)


#: Notes sold to several holders at different times: "over two closings",
#: "over a period from April 2022 to July 20, 2022", "during the first half
#: of 2018".
#: Notes issued over a span of months: "During October and November 2011,
#: $1,500,000 of Convertible Notes ... were issued to investors".
_OVER_MONTHS = re.compile(
    r"\b(?:during|between|in)\s+(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\s+(?:and|through|to)\s+(?:january|february"
    r"|march|april|may|june|july|august|september|october|november|december)\b"
    r"(?=[^.;]{0,80}\b(?:notes|debentures|bonds)\b)",
    re.IGNORECASE,
)
_SEVERAL_CLOSINGS = re.compile(
    r"\b(?:two|three|four|five|several|multiple|separate|various)\s+"
    r"(?:separate\s+)?(?:closings|tranches|dates)\b|"
    r"\bover a period\b|\bduring the (?:first|second) half\b|"
    r"\bduring the (?:first|second|third|fourth) quarter\b",
    re.IGNORECASE,
)


def _each_holders(reader: Reader, stated: Stated) -> Stated:
    """The amounts of the note, with several holders: the issue is one note,
    its amount their total, unless the text states each one's amount (then
    that, identical notes), or sold to them at several times (then none)."""
    if several_holders(reader) is None:
        return stated
    # amounts the holders got one by one: "the existing lenders received ...
    # notes in the aggregate principal amounts of $537,955 and $264,625,
    # respectively, and the new lender received a convertible promissory
    # note in the aggregate principal amount of $164,000": a person decides
    if any(rx.search(r"\brespectively\b", s) for _, s in stated):
        return []
    each = [(m, s) for m, s in stated if _EACH_HOLDER.search(s[: m.start])]
    if each:
        # each one's amount beside their total ("to each of four individuals
        # $50,000 principal amount ... aggregating $200,000"): a person decides
        total = re.compile(r"\b(?:aggregating|totaling|totalling)\s*\S{0,4}\d")
        return [] if any(total.search(s[m.end :]) for m, s in each) else each
    if any(_SEVERAL_CLOSINGS.search(s) for s in reader.sentences):
        return []
    return stated


#: Why a principal waits for a person when the underwriters' option was
#: exercised.
OPTION_EXERCISED = "the underwriters' option was exercised"
IN_TRANCHES = "the notes are issued in tranches"
#: The underwriters' option to buy more notes, exercised.
_OPTION_EXERCISED = re.compile(
    r"\bexercised\b[^.;]{0,80}\b(?:option|over-allotment|greenshoe)\b[^.;]{0,40}\bin full\b"
    # ("the initial purchasers exercised in full their option to purchase up
    # to an additional $50 million")
    r"|\bexercised\s+in\s+full\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}(?:option|over-allotment|greenshoe)\b"
    # ("an option to purchase an additional $26.25 million aggregate
    # principal amount of Notes ..., which the Initial Purchasers exercised in
    # full on December 16, 2020")
    r"|\boption\b(?:[^.;]|\.(?=\d)){0,160}\bwhich\s+the\s+(?:initial\s+purchasers|underwriters)\s+exercised\s+in\s+full\b"
    # ("The Company received notice on November 18, 2004 of the Purchasers'
    # exercise of the over-allotment option")
    r"|\b(?:purchasers|underwriters)['’]\s+exercise\s+of\s+the\s+(?:over-?allotment\s+)?option\b"
    # ("in July 2015, the Company issued an additional $50 million principal
    # amount pursuant to the exercise of the overallotment option")
    r"|\bissued\s+an\s+additional\b[^.;]{0,80}\bpursuant\s+to\s+the\s+exercise\s+of\s+the\s+"
    r"(?:over-?allotment\s+)?option\b"
    # (not a hypothesis: "The issue could raise up to HK$1.75 billion with
    # full exercise of option")
    r"|(?<!with )\bfull exercise of\b[^.;]{0,80}\b(?:option|over-allotment|greenshoe)\b"
    # ("as well as the closing of an additional $25,000,000 aggregate
    # principal amount of notes in connection with the underwriter's exercise
    # in full of its over-allotment option")
    r"|\bas well as the closing of an additional\b[^.;]{0,160}\b(?:option|over-allotment|greenshoe)\b"
    r"|\bgreenshoe\s+(?:was\s+)?exercised\b|\bover-allotment option\s+was\s+exercised\b"
    # ("and an additional $22.50 million principal amount of Notes in
    # connection with the exercise by the initial purchasers of their
    # over-allotment option")
    r"|\bthe exercise by the (?:initial purchasers|underwriters)\b[^.;]{0,40}\bof their "
    r"(?:over-allotment\s+)?option\b"
    # ("On November 3, 2015, the initial purchasers in such offering
    # exercised their option to purchase an additional $48,750,000")
    r"|\b(?:initial purchasers|underwriters)\b[^.;]{0,40}\bexercised\s+their\s+"
    r"(?:over-allotment\s+)?option\s+to\s+purchase\s+an\s+additional\s+\S{0,4}\d"
    # ("the Company issued $75.0 million aggregate principal amount of
    # Convertible Senior Notes, and an additional $11.3 million principal
    # amount to cover over-allotments")
    r"|\ban\s+additional\s+\S{0,4}\d[\d.,]*\s*(?:million\s+)?(?:aggregate\s+)?principal\s+amount\s+"
    r"to\s+cover\s+over-?allotments?\b",
    re.IGNORECASE,
)


def _not_translations(reader: Reader, stated: Stated) -> Stated:
    """The principals stated, less those that repeat a bracketed translation
    ("Eltek Receives a $530,000 Bridge Loan" beside "a loan of NIS 2 million
    (approximately US$530,000)"), unless nothing else is left."""
    translations = [
        money
        for sentence in reader.sentences
        for money in reader.every_amount(sentence)
        if money.equivalent
    ]
    # (or round one: "CJ CGV to offer $269 mn convertible subordinate bonds"
    # beside "300 billion won ($268.8 million)")
    own = [
        (money, s)
        for money, s in stated
        if not any(
            money.text() == t.text()
            or (money.currency == t.currency and _rounded_to(money.number, t.number))
            for t in translations
        )
    ]
    return own or stated


def _rounded_to(
    figure: Decimal, exact: Decimal, within: int = 1, cut: bool = False
) -> bool:
    """Whether ``figure`` is ``exact`` rounded to its own last unit (22
    million for 22,182,000), ``within`` per cent of it; with ``cut``, or
    cut to it ("$2.4 Billion" for $2.455 billion)."""
    digits = str(int(figure))
    unit = Decimal(10) ** (len(digits) - len(digits.rstrip("0")))
    gap = abs(exact - figure)
    return (
        figure != exact
        and unit >= 1000
        and exact % unit != 0
        and (gap * 2 <= unit or (cut and figure < exact < figure + unit))
        and gap * 100 <= exact * within
    )


def _a_headline(reader: Reader, quote: str) -> bool:
    """Whether ``quote`` is the text's headline: its first line, no
    sentence ending it."""
    return (
        bool(reader.sentences)
        and quote == reader.sentences[0]
        and not quote.rstrip().endswith(".")
    )


#: A principal changed after issue: "an Allonge dated September 11, 2009
#: which among other things increased the Principal Amount under the Note to
#: Two Million Dollars ($2,000,000)".
_PRINCIPAL_CHANGED = re.compile(
    # ("amended this note to create a conversion feature and increased the
    # face amount to $41,500")
    r"\b(?:increased|decreased|reduced|raised)\s+the\s+(?:principal|face)\s+(?:amount|balance|sum)\b"
    r"[^.;]{0,60}\bto\b"
    # ("The convertible balance, including unpaid interests, moves from $1.2
    # million CAD to $1.345 million CAD")
    r"|\b(?:balance|principal(?:\s+amount)?)\b[^.;]{0,60}\b(?:moves|moved|changes|changed|goes|went)"
    r"\s+from\s+\S{0,4}\d[^.;]{0,30}?\bto\s+\S{0,4}\d",
    re.IGNORECASE,
)


#: A principal an amendment changes, in the present: "increases the
#: outstanding principal amount of the note from $6,250,000 to an aggregate
#: amount of $10,250,000" (the amount after "to" is the later one).
_PRINCIPAL_CHANGES_TO = re.compile(
    r"\b(?:increases?|decreases?|reduces?|raises?)\s+the\s+(?:outstanding\s+|aggregate\s+)?"
    r"(?:principal|face)\s+(?:amount|balance|sum)\b[^.;]{0,60}\bto\b(?P<later>[^;]{0,60})",
    re.IGNORECASE,
)


def _changed_to(reader: Reader, best: Found) -> str | None:
    """The sentence where an amendment changes the principal to the amount
    read: a later principal (not the one it was changed from)."""
    for sentence in reader.sentences:
        for match in _PRINCIPAL_CHANGES_TO.finditer(sentence):
            later = match.start("later")
            if any(
                money.text() == best.value and later <= money.start < match.end()
                for money in reader.money(sentence)
            ):
                return sentence
    return None


def _in_tranches_due(reader: Reader, best: Found) -> str | None:
    """The principal's sentence, where the amount is of an issue in tranches
    due in different years."""
    return next(
        (
            best.quote
            for money in reader.money(best.quote)
            if money.text() == best.value
            and _IN_TRANCHES_DUE.match(best.quote[money.end :])
        ),
        None,
    )


def _amended_to_read(reader: Reader, quote: str) -> str | None:
    """The sentence before the quote (or before a heading above it) where
    it amends the note's section the quote restates ("A. Section 1 of the
    Note shall be amended to read as follows:", "Principal.", then "the
    principal balance of this Note of $2,700,000"): a later principal."""
    if quote not in reader.sentences:
        return None
    index = reader.sentences.index(quote)
    # (a heading between: "Principal.")
    return next(
        (
            before
            for before in reader.sentences[max(0, index - 2) : index]
            if rx.search(
                r"\b(?:is|shall be|are)\s+(?:hereby\s+)?amended\s+(?:and\s+restated\s+)?"
                r"to read\b",
                before,
                re.IGNORECASE,
            )
        ),
        None,
    )


#: "Of the notes, $600,000 will mature in two years".
_A_PART_OF_THE_NOTES = re.compile(
    r"^\W*of the (?:notes|debentures|bonds),\s+\S{0,4}\d", re.IGNORECASE
)
#: An issue in tranches with maturities of their own, said of the amount:
#: "¥100 billion of new zero-coupon convertible bonds due in 2029 and 2031";
#: "¥120 billion of zero-coupon convertible bonds in tranches due 2020 and
#: 2022".
_IN_TRANCHES_DUE = re.compile(
    # ("€ 1,000 million Dual Series Convertible Bonds due 2028 and 2030")
    r"^\W*(?:of\s+)?(?:[\w%.-]+\s+){0,5}(?:notes|debentures|bonds|convertibles)\s+"
    r"(?:in\s+(?:two\s+|three\s+)?tranches\s+)?"
    r"due\s+(?:in\s+)?(?:19|20)\d\d,?\s+and\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: "this note was exchanged for a new promissory note in the amount of".
_REPLACED_LATER = re.compile(
    r"\b(?:this|such) (?:note|debenture|loan)s? (?:was|were|has been|have been) "
    r"exchanged for an? new\b[^.;$]{0,80}$",
    re.IGNORECASE,
)


#: Each holder's note: "sold an $875,000 note to David Zimel and a $125,000
#: note to Michael Ray".
_A_NOTE_TO_EACH = re.compile(
    r"\ban?\s+\S{0,4}\d[\d,.]*\s+(?:[\w-]+\s+){0,3}notes?\s+to\s+[A-Z][^.;]{1,60}?"
    r"\band\s+an?\s+\S{0,4}\d[\d,.]*\s+(?:[\w-]+\s+){0,3}notes?\s+to\s+[A-Z]"
)
#: The first of several advances: "The initial advance of £500,000".
_FIRST_ADVANCE = re.compile(
    r"\b(?:initial|first)\s+(?:advance|draw\s*down|drawdown|tranche)\s+of\s*$"
    # ("will be able to draw down £150,000 ("Initial Tranche")")
    r"|\bdraw\s*down\s*$",
    re.IGNORECASE,
)
#: Several notes, each its own amount: "executed convertible promissory notes
#: ... in the amounts of $50,000 and $30,000, respectively".
_NOTES_IN_THE_AMOUNTS = re.compile(
    r"(?i)(?:\bnotes\b[^.;]{0,120}?\bin\s+the\s+amounts"
    # (one note in parts: "issued ... a convertible promissory note (the
    # “Diagonal Lending Note”) in the principal amount of $90,000, $78,750
    # and $55,000, respectively")
    r"|\ba\s+(?:[\w-]+\s+){0,4}note\s*(?:\([^)]{0,60}\)\s*)?in\s+the\s+principal\s+amount)"
    r"\s+of\s+\S{0,4}\d[\d,.]*"
    r"(?:\s*,\s*\S{0,4}\d[\d,.]*)*,?\s+and\s+\S{0,4}\d[\d,.]*,?\s+respectively\b"
)
#: Notes of a series, each with its own day, maturity or discount: "The Notes ...
#: will mature on March 13, 2021 and March 19, 2021, respectively"; "an
#: original issue discount of $33,000 and $18,833.33, respectively".
_NOTES_EACH_THEIR_OWN = re.compile(
    # ("On August 27 and September 9, 2025, the Company issued ... Notes ...
    # in the aggregate principal amount of $0.7 million": notes issued on two
    # days)
    r"(?i)^\W*on\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?\s+and\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4},"
    r"[^.;]{0,80}?\bissued\b[^.;]{0,120}?\baggregate principal amount\b"
    r"|\bnotes\b[^.;]{0,120}?(?:\b(?:mature|are due|will be due)\s+on\s+"
    r"[A-Z][a-z]+\s+\d{1,2},?\s+\d{4},?\s+and\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}"
    r"|\boriginal issue discounts?\s+of\s+\S{0,4}\d[\d,.]*,?\s+and\s+\S{0,4}\d[\d,.]*)"
    r",?\s+respectively\b"
)
#: The principal written in words: "the principal amount of eight million five
#: hundred and fifty five thousand dollars".
_PRINCIPAL_IN_WORDS = re.compile(
    r"\bprincipal (?:amount|sum) of\s+((?:[a-z]+[\s,-]+){2,16}?)dollars\b",
    re.IGNORECASE,
)


def _each_note_drawn_or_in_words(reader: Reader, best: Found) -> tuple[str, str] | None:
    """Another reading of the principal than ``best``, and its sentence: each
    holder's note beside their total, the limit of a note whose first
    advance was read, or the principal in words beside a rounded figure."""
    each = reader.first(_A_NOTE_TO_EACH)
    if each is not None:
        return "each holder's note", each
    several = reader.first(_NOTES_IN_THE_AMOUNTS) or reader.first(_NOTES_EACH_THEIR_OWN)
    if several is not None:
        return "each note's own amount", several
    first = any(
        money.text() == best.value and _FIRST_ADVANCE.search(best.quote[: money.start])
        for money in reader.money(best.quote)
    )
    limit = _note_limit(reader)
    if first and limit is not None and limit[0].text() != best.value:
        return limit[0].text(), limit[1]
    # a facility drawn in tranches, the first still to come: "The two-year
    # facility ... The first tranche of £500,000 will be drawn down July 4"
    # (not another note's, drawn: "the first tranche of £1.5m has been drawn
    # down")
    drawn = next(
        (
            sentence
            for sentence in reader.sentences
            if sentence != best.quote
            for money in reader.money(sentence)
            if _FIRST_ADVANCE.search(sentence[: money.start])
            and rx.match(
                r"\s+(?:will|is\s+to)\s+be\s+drawn\s*down\b",
                sentence[money.end :],
                re.IGNORECASE,
            )
        ),
        None,
    )
    if drawn is not None:
        return "the tranches drawn", drawn
    # the note's limit, a part of it drawn: "it has drawn down A$350,000 of
    # the A$700,000 Convertible Note"
    if any(
        money.text() == best.value
        and rx.search(
            r"\bdrawn\s+down\s+\S{0,4}\d[\d,.]*(?:\s+(?:million|billion))?\s+of\s+the\s*$",
            best.quote[: money.start],
            re.IGNORECASE,
        )
        for money in reader.money(best.quote)
    ):
        return "the amount drawn of it", best.quote
    # (a rounded figure, "$8.55 million", beside the words alone)
    rounded = any(
        money.text() == best.value
        and rx.search(r"million|billion|mln", best.quote[money.start : money.end], re.I)
        for money in reader.money(best.quote)
    )
    words = next(
        (
            sentence
            for sentence in reader.sentences
            for match in _PRINCIPAL_IN_WORDS.finditer(sentence)
            if not rx.match(r"\s*\(", sentence[match.end() :])
        ),
        None,
    )
    if rounded and words is not None:
        return "the principal written in words", words
    return None


def _changed_or_drawn(reader: Reader, best: Found) -> bool:
    """A TODO when another principal than ``best`` may be the note's (see
    :func:`_another_principal`): which amount the books hold, a person
    decides."""
    another = _another_principal(reader, best)
    if another is not None:
        why, quote = another
        reader.todo("principal", why, quote)
    return another is not None


#: An issue the text recalls ("As previously disclosed, on October 26, 2022,
#: ... completed the sale of $200.0 million").
_PREVIOUSLY_DISCLOSED = re.compile(
    r"(?i)\bas previously (?:disclosed|reported|announced)\b"
    # ("Earlier today the Company announced that it has raised £358,500")
    r"|\bearlier today,? the company announced\b"
)
#: More notes of the same issue: "an aggregate additional $12,307,000.00 of
#: Notes (the “Additional Notes”)", "a further £109,987 nominal of the Notes".
_ADDITIONAL_NOTES = re.compile(
    r"(?i)\b(?:additional|further)\s+\S{0,4}\d[\d,.]*(?:\s+(?:million|billion))?\s+"
    r"(?:(?:in\s+)?(?:aggregate\s+)?principal\s+amount\s+|nominal\s+)?of\s+(?:the\s+)?notes\b"
)


NEW_MONEY = "is new money, and old notes were surrendered for the new ones as well"
#: Old notes given up for new ones: "the investors surrendered promissory
#: notes totaling $4,580,000 and warrants ... for a series of three year
#: promissory notes".
_SURRENDERED_FOR = re.compile(
    r"(?i)\bsurrender(?:ed|s)?\s+(?:[\w-]+\s+){0,3}(?:notes|debentures)\b[^.;]{0,200}?"
    r"\bfor\s+(?:a|an|the|new)\b"
)


#: A fundraising's ceiling: "Archangel Diamond Corp. announced it will
#: raise up to C$6 million" (under "Archangel plans to sell C$6 million of
#: convertible notes").
_RAISES_UP_TO = re.compile(r"\b(?:to|will) raise\s+up\s+to\s*", re.IGNORECASE)


def _a_balance_or_a_closing(reader: Reader, best: Found) -> tuple[str, str] | None:
    """Why ``best`` may be a balance outstanding or one closing's notes beside
    their total, and the sentence that shows it (see :func:`_another_principal`)."""
    # "repurchased ... $11-million (U.S.) of its outstanding $254-million
    # (U.S.) 6.00-per-cent convertible bonds": a balance left, which may or
    # may not be what the notes were issued for
    if any(
        money.text() == best.value
        and rx.search(
            r"\b(?:its|our|their)\s+(?:then\s+)?outstanding\s*$",
            best.quote[: money.start],
        )
        for money in reader.money(best.quote)
    ):
        return (
            f"{best.value} is the balance outstanding when the text was written: "
            "write the principal the notes were issued with",
            best.quote,
        )
    # "issued convertible promissory notes to such preferred stockholders in
    # the amount of $5,000,000 for an aggregate of $10,000,000": each
    # closing's notes beside their total
    for money in reader.money(best.quote):
        total = rx.match(
            r"\s*,?\s*for an aggregate (?:of|amount of)\s+", best.quote[money.end :]
        )
        if money.text() == best.value and total is not None:
            return f"{COMPETING}: {best.value}; their aggregate", best.quote
    return None


def _read_after(reader: Reader, best: Found, words: str) -> bool:
    """Whether the amount read as ``best`` follows ``words`` (a pattern
    ending at the amount, matched in any case) in its sentence."""
    return any(
        money.text() == best.value
        and rx.search(words, best.quote[: money.start], re.I) is not None
        for money in reader.money(best.quote)
    )


def _a_credit_line_or_new_money(reader: Reader, best: Found) -> tuple[str, str] | None:
    """Why ``best`` may be another debt's amount than the note's face: a
    credit line the text does not call convertible, or new money beside old
    notes surrendered for the new ones."""
    # a credit line the text does not call convertible, beside a convertible
    # note of its own: "Kreos extended a line of credit to the Company in the
    # amount of $20.0 million" and "a secured convertible promissory note
    # issued by the Company to Kreos"
    if best.score <= 2 and not CONVERTIBLE.search(best.quote):
        line = _read_after(
            reader,
            best,
            r"\b(?:line of credit|credit (?:facility|line)|term loan)\b[^$.;]{0,60}$",
        )
        note = reader.first(
            re.compile(r"(?i)\bconvertible\s+(?:[\w-]+\s+){0,2}(?:note|debenture)\b")
        )
        if line and note is not None:
            return (
                f"{best.value} is a line of credit the text does not call "
                "convertible: write the convertible note's principal",
                note,
            )
    # new money beside old notes given up for the new ones: "received new
    # financing in the amount of $625,000" where "the investors surrendered
    # promissory notes totaling $4,580,000 ... for a series of three year
    # promissory notes": the new notes' face is more than the money
    surrendered = reader.first(_SURRENDERED_FOR)
    if surrendered is not None and _read_after(
        reader, best, r"\b(?:financing|funding|funds)\b[^$.;]{0,40}$"
    ):
        return (
            f"{best.value} {NEW_MONEY}: write the new notes' principal",
            surrendered,
        )
    return None


def _another_principal(reader: Reader, best: Found) -> tuple[str, str] | None:
    """Why the principal read may not be the note's, and the sentence that
    shows it: a new note that replaced the one the text describes, each
    holder's note, a first advance, words beside a rounded figure, an issue
    whose parts have terms of their own, a change later, or a drawdown of a
    larger convertible facility the text states ("a US$6,000,000 unsecured
    convertible loan facility" beside "an initial immediate advance of
    US$2,000,000")."""
    # "this note was exchanged for a new promissory note in the aggregate
    # principal amount of $1,056,875": the note that replaced the one the
    # text is about, later
    if any(
        money.text() == best.value and _REPLACED_LATER.search(best.quote[: money.start])
        for money in reader.money(best.quote)
    ):
        return (
            f"{best.value} is a new note that later replaced the one the text "
            "describes: write the principal of the note you are booking",
            best.quote,
        )
    # "sold an $875,000 note to David Zimel and a $125,000 note to Michael
    # Ray" beside their $1 million total; "The initial advance of £500,000"
    # under a note of "up to £1.5mln"; "Principal Amount:$8.55 million"
    # beside "the principal amount of eight million five hundred and fifty
    # five thousand dollars"
    other = _each_note_drawn_or_in_words(reader, best)
    if other is not None:
        return f"{COMPETING}: {best.value}; {other[0]}", other[1]
    # "Archangel plans to sell C$6 million of convertible notes" above "it
    # will raise up to C$6 million": the same amount, a limit
    ceiling = reader.first(_RAISES_UP_TO)
    if ceiling is not None and any(
        money.text() == best.value
        and rx.search(_RAISES_UP_TO.pattern + "$", ceiling[: money.start], re.I)
        for money in reader.money(ceiling)
    ):
        return (
            f"{HOLDS_UP_TO} {best.value}: write the amount issued or drawn "
            "(the limit, when all of it is)",
            ceiling,
        )
    # "As previously disclosed, ... completed the sale of $200.0 million ...
    # of Notes" beside "options to purchase an aggregate additional
    # $12,307,000.00 of Notes": the text may be about the additional notes
    if any(
        money.text() == best.value
        and _PREVIOUSLY_DISCLOSED.search(best.quote[: money.start])
        for money in reader.money(best.quote)
    ):
        additional = reader.first(_ADDITIONAL_NOTES)
        if additional is not None:
            return f"{COMPETING}: {best.value}; the additional notes", additional
    # (or another debt's amount: a credit line, new money beside notes
    # surrendered)
    other_debt = _a_balance_or_a_closing(reader, best) or _a_credit_line_or_new_money(
        reader, best
    )
    if other_debt is not None:
        return other_debt
    # "Of the notes, $600,000 will mature in two years, with the remaining
    # notes maturing in one year": parts with terms of their own
    part = reader.first(_A_PART_OF_THE_NOTES) or _in_tranches_due(reader, best)
    if part is not None:
        return (
            f"{best.value} is an issue whose parts have terms of their own: write "
            "the part you are booking",
            part,
        )
    changed = (
        reader.first(_PRINCIPAL_CHANGED)
        or _changed_to(reader, best)
        or _amended_to_read(reader, best.quote)
    )
    if changed is not None:
        return (
            f"{best.value} was changed later: write the principal the note was "
            "issued with, and the change as an event",
            changed,
        )
    for sentence in reader.sentences:
        for money in reader.money(sentence):
            if (
                money.text() != best.value
                and rx.match(
                    r"\s*(?:[\w-]+\s+){0,2}convertible\s+(?:loan|credit|note)\s+facility\b",
                    sentence[money.end :],
                    re.IGNORECASE,
                )
                and not rx.search(r"\bup to\s*$", sentence[: money.start], re.I)
            ):
                return (
                    f"{best.value} is drawn under a facility of {money.text()}: write "
                    "the facility, or the amount drawn",
                    sentence,
                )
    return None


def _not_rounded(reader: Reader, found: list[Found]) -> list[Found]:
    """The candidates, a figure written with a scale word ("FCCBs worth $22
    mn", a headline's) read as the one another candidate writes in full
    digits within half its last unit and 1 % ("FCCBs aggregating USD
    22,182,000"): the same amount, rounded."""

    def scaled(f: Found) -> bool:
        return any(
            money.text() == f.value
            and rx.search(
                r"\d\s*-?(?:million|billion|mln|bln|mn|bn|m|b)\b",
                f.quote[money.start : money.end],
                re.IGNORECASE,
            )
            is not None
            for money in reader.money(f.quote)
        )

    def rounds(rounded: Found, exact: Found) -> bool:
        figure, code = rounded.value.split(" ", 1)
        other, other_code = exact.value.split(" ", 1)
        if code != other_code:
            return False
        # (a headline rounds harder: "to issue US$3m convertible bonds" above
        # "by issuing US$3.19 million in convertible bonds", or cuts: "Bell
        # Atlantic Issues $2.4 Billion in Exchangeable Notes" above "the sale
        # of $2.455 billion")
        if _a_headline(reader, rounded.quote):
            return _rounded_to(Decimal(figure), Decimal(other), within=10, cut=True)
        return not scaled(exact) and _rounded_to(Decimal(figure), Decimal(other))

    kept = []
    for f in found:
        exact = next(
            (
                g
                for g in found
                if g is not f
                and " " in f.value
                and " " in g.value
                and scaled(f)
                and rounds(f, g)
            ),
            None,
        )
        kept.append(f if exact is None else Found(exact.value, f.quote, f.score))
    return kept


#: The principal's TODO when no amount is stated.
NOT_STATED_PRINCIPAL = "the principal amount is not stated"

#: A tranche's own amount: "Tranche A consists of USD 150 Million".
_A_TRANCHES_AMOUNT = re.compile(
    r"\btranche\s+(?:[A-Z1-9]|one|two|I{1,3})\b[^.;]{0,20}?\b(?:consists?\s+of|comprises?|"
    r"of|is|was)\s+(?:[A-Z]{3}\s?|[A-Z]{0,3}\$\s?|[£€¥])\d"
    # ("priced S$690 million of five-year zero-coupon convertible ... bonds
    # in two tranches of S$345 million each")
    r"|\btranches\s+of\s+(?:[A-Z]{3}\s?|[A-Z]{0,3}\$\s?|[£€¥])\d[\d,.]*"
    r"(?:\s+(?:million|billion))?\s+each\b",
    re.IGNORECASE,
)


def _tranches_total(reader: Reader, best: Found) -> bool:
    """A TODO when the amount read is the total of tranches the text gives
    each its own amount ("USD 200 million Foreign Currency Convertible Bonds
    ... in two Tranches. Tranche A consists of USD 150 Million and Tranche B
    consists of USD 50 Million"): each tranche is its own note."""
    if TRANCHES.search(best.quote) is None:
        # (the amount, said again of an issue in tranches: "to issue Ps. 900
        # million convertible debentures", then "approved the issuance of Ps.
        # 900 million of series A subordinated convertible debentures in two
        # tranches")
        split = next(
            (
                sentence
                for sentence in reader.sentences
                if TRANCHES.search(sentence)
                and any(money.text() == best.value for money in reader.money(sentence))
            ),
            None,
        )
        if split is None:
            return False
        reader.todo(
            "principal",
            f"{IN_TRANCHES}: {best.value} may be their total; write the tranche the "
            "books hold",
            split,
        )
        return True
    each = reader.first(_A_TRANCHES_AMOUNT)
    if each is None:
        return False
    reader.todo(
        "principal",
        f"{best.value} is the total of tranches the text gives each its own "
        "amount: write the tranche the books hold",
        each,
    )
    return True


#: Words that count the option in the amount already: "The Notes issued ...
#: include $40,000,000 principal amount of Notes issued pursuant to the full
#: exercise"; "was comprised of (i) a base offering of $650.0 million ... and
#: (ii) an additional $97.5 million"; an amount "of which" the option's part
#: is one; "$800 million ... of Notes plus the full exercise of the initial
#: purchasers' option".
_THE_OPTION_COUNTED = (
    r"\binclud|\bcompris|\bupsized\b|\bof which\b"
    r"|\bplus\s+the\s+(?:full\s+|partial\s+)?exercise\b"
    # ("the closing of the $115,000,000 notes offering and the over-allotment
    # option took place simultaneously today")
    r"|\boffering\s+and\s+the\s+(?:over-?allotment|underwriters['’]?)\s+option\s+took\s+place\b"
    # ("The principal amount of the bond issue is €517.5 million, after full
    # exercise of an increase option of the initial amount")
    r"|\bafter\s+(?:the\s+)?full\s+exercise\s+of\b"
)


def _the_option_counted(quote: str, exercised: str) -> bool:
    """Whether the amount read or the option's sentence says the amount
    counts the option in (not an offering's proceeds that do: "resulting in
    total gross proceeds from the offering, including the proceeds from the
    exercise of the over-allotment option, of approximately C$690.2
    million")."""
    # (nor a list of underwriters: "co-led by Scotia Capital ... and
    # including BMO Capital Markets")
    exercised = rx.sub(r"\bincluding\s+[A-Z]", "", exercised)
    exercised = rx.sub(r"\bgross proceeds\b[^.;]*", "", exercised, flags=re.IGNORECASE)
    # (nor the defined term's notes: "$175 million ... of its 0.125%
    # Convertible Senior Notes due 2025 (such notes, including the notes sold
    # pursuant to the exercise ... of their option ..., the “Notes”)")
    quote = rx.sub(r"\bsuch\s+notes,\s+including\b", "", quote, flags=re.IGNORECASE)
    return (
        rx.search(_THE_OPTION_COUNTED, quote + " " + exercised, re.IGNORECASE)
        is not None
    )


def _the_options_amounts(reader: Reader, exercised: str) -> list[Money]:
    """The amounts an exercised option adds, in the sentence that says so:
    "purchased an additional $22,500,000 aggregate principal amount"."""
    return [
        money
        for money in reader.money(exercised)
        if rx.search(
            r"\badditional\s+(?:aggregate\s+)?(?:principal\s+amount\s+of\s+)?$",
            exercised[: money.start],
            re.IGNORECASE,
        )
    ]


def _with_the_option(reader: Reader, best: Found) -> Found | None:
    """The base issue and the option exercised in full at its closing, the
    one amount the option adds stated: "Concurrently with the closing, the
    underwriters exercised their over-allotment option in full in respect of
    the debentures (representing an additional aggregate principal amount of
    $7.5 million)" beside "$50 million CAD aggregate principal amount"."""
    # (the amount's own sentence may name the option only to define the notes:
    # "(such notes, including the notes sold pursuant to the exercise by the
    # Initial Purchasers ... of their option ..., the “Notes”)")
    exercised = next(
        (
            sentence
            for sentence in reader.sentences
            if _OPTION_EXERCISED.search(sentence) and sentence != best.quote
        ),
        None,
    )
    if (
        exercised is None
        or not (
            # ("Prior to the closing of the offering, the initial purchasers
            # exercised their over-allotment option to purchase an additional
            # $100 million")
            rx.search(
                r"\b(?:concurrently with|at|on|prior to|before) (?:the )?closing\b",
                exercised,
                re.IGNORECASE,
            )
            # (or the closing announced, then the option: "announced today
            # the closing of its previously announced offering of $450
            # million ... In addition, the Company announced that the initial
            # purchasers exercised in full their option to purchase up to an
            # additional $50 million")
            # (or the option's notes closed with the base: "which the Initial
            # Purchasers exercised in full on December 16, 2020 and which
            # additional purchase was also completed on December 17, 2020")
            or rx.search(
                r"\badditional\s+purchase\s+was\s+also\s+(?:completed|closed)\b",
                exercised,
                re.IGNORECASE,
            )
            or (
                rx.match(r"\W*in addition,", exercised, re.IGNORECASE) is not None
                and rx.search(
                    r"\bannounced\b[^.;]{0,40}\bclosing of\b", best.quote, re.IGNORECASE
                )
                is not None
            )
        )
        or _the_option_counted(best.quote, exercised)
    ):
        return None
    added = _the_options_amounts(reader, exercised)
    number, currency = best.value.split()
    if (
        len(added) != 1
        # (the same notes, in the same currency: a bare "$" beside "$50
        # million CAD" is that dollar)
        or (
            added[0].currency != currency
            and not (exercised[added[0].start] == "$" and currency in DOLLARS)
        )
        or added[0].number >= Decimal(number)
    ):
        return None
    whole = Money(Decimal(number) + added[0].number, currency, 0, 0)
    return Found(whole.text(), exercised, best.score)


def _the_base_beside(reader: Reader, best: Found, exercised: str) -> bool:
    """Whether the text states the issue before the option as well, the
    amount read less the one the option added: the amount read is the
    whole."""
    number = Decimal(best.value.split()[0])
    return any(
        money.number == number - extra.number
        for extra in _the_options_amounts(reader, exercised)
        for sentence in reader.sentences
        for money in reader.money(sentence)
    )


#: The option's notes still to come: "The closing of the over-allotment
#: option is expected to occur on or about June 25, 2019".
_OPTION_CLOSING_EXPECTED = re.compile(
    r"\bclosing of the (?:over-allotment |overallotment )?option is expected\b",
    re.IGNORECASE,
)


def _before_the_option(reader: Reader, best: Found) -> bool:
    """A TODO when the underwriters' option was exercised beside the amount
    read ("Closing of $700 Million ... and Full Exercise of Initial
    Purchasers' $105 Million Option"; "exercised their C$7.5 million
    over-allotment option in full"): the base amount is not the whole issue,
    unless the text says it includes the option ("The Notes issued on
    December 21, 2021 include $40,000,000 principal amount of Notes issued
    pursuant to the full exercise of the initial purchasers' option")."""
    exercised = reader.first(_OPTION_EXERCISED)
    if (
        exercised is None
        # (or that the option's part is one "of which": "$460 million ..., of
        # which ... $60 million of Notes was issued pursuant to the exercise by
        # the initial purchasers ... of their option")
        # (or that adds the option to the base: "The offering represented
        # $800 million ... of Notes plus the full exercise of the initial
        # purchasers' option to purchase up to an additional $120 million")
        or _the_option_counted(best.quote, exercised)
        # (the whole issue the option brought: "exercised their option in
        # full ..., and a total of $316.25 million ... were issued")
        or rx.search(_WHOLE_ISSUE, best.quote, re.IGNORECASE)
        # (or the base the option added to, stated as well: "offering of
        # $150,000,000 ..., the underwriters exercised in full its
        # over-allotment option and purchased an additional $22,500,000",
        # then "the closing of the $172,500,000 Notes offering")
        or _the_base_beside(reader, best, exercised)
        # (or the option's notes still to come: "Upon closing of the
        # over-allotment option, ... The closing of the over-allotment option
        # is expected to occur on or about June 25, 2019")
        or reader.first(_OPTION_CLOSING_EXPECTED) is not None
    ):
        return False
    reader.todo(
        "principal",
        f"{OPTION_EXERCISED}: {best.value} may be the issue before it; write the "
        "whole issue",
        exercised,
    )
    return True


def _listed_in_other_currencies(reader: Reader, stated: Stated) -> str | None:
    """The sentence of an amount listed above the same amount in other
    currencies, each on a line of its own ("Total face Amount: SEK
    8'650'000", "CHF 875'000", "EUR 825'000"): a lender's choice of
    currency."""
    for money, sentence in stated:
        index = reader.sentences.index(sentence)
        following = reader.sentences[index + 1 : index + 3]
        others = [
            found[0]
            for line in following
            if len(found := reader.money(line)) == 1
            and not line[: found[0].start].strip()
            and not line[found[0].end :].strip(" .")
        ]
        if others and all(other.currency != money.currency for other in others):
            return sentence
    return None


def _in_two_currencies(reader: Reader, stated: Stated) -> bool:
    """A TODO when the principal is stated in two currencies, or in a dollar
    the text does not name beside its US$ equivalent."""
    listed = _listed_in_other_currencies(reader, stated)
    if listed is not None:
        reader.todo(
            "principal",
            "the amount is stated in several currencies: write it in the "
            "note's own currency",
            listed,
        )
        return True
    # "$2,919 (US$2,200)": a dollar the text does not name, beside a US$
    # equivalent: a person decides which currency the note is in
    unnamed = [
        (money, sentence)
        for money, sentence in stated
        if written_bare(sentence, money)
        # (not the code alone, which names the amount's own dollar: "the
        # principal amount of $397,894 (USD)")
        and rx.match(r"\s*\(\s*(?:US\s?\$|USD(?!\s*\)))", sentence[money.end :])
    ]
    # "$304,926 (Cdn$300,000)": the reporting dollar, with the note's own
    # currency in brackets (not "CAD$6,838,000 (US$5,117,000)", which
    # names the note's currency first)
    translated = [
        (money, equivalent, sentence)
        for money, sentence in stated
        if written_bare(sentence, money) and money.currency == "USD"
        for equivalent in reader.every_amount(sentence)
        if equivalent.equivalent
        and equivalent.start > money.end
        and not sentence[money.end : equivalent.start].strip(" (")
        and equivalent.currency != money.currency
    ]
    if translated:
        money, equivalent, sentence = translated[0]
        reader.todo(
            "principal",
            f"the amount is stated in two currencies ({money.text()} and "
            f"{equivalent.text()}): write it in the note's own currency",
            sentence,
        )
        return True
    if unnamed:
        money, sentence = unnamed[0]
        reader.todo(
            "principal",
            f"the amount {money.number:,} is in a dollar the text does not name, "
            "with a US$ equivalent beside it: write the note's currency",
            sentence,
        )
        return True
    return False


def _promised_up_to(reader: Reader, found: list[Found]) -> bool:
    """A TODO when every amount read is one the note promises "the sum of up
    to THREE HUNDRED SIXTY THOUSAND Dollars ($360,000)", or "$250,000, or such
    lesser amount as shall have been advanced": its face is a limit, drawn in
    parts."""
    drawn_up_to = {
        money.text(): sentence
        for sentence in reader.sentences
        for money in reader.money(sentence)
        if rx.search(
            r"\bup to\s+(?:[a-z-]+\s+){1,12}dollars\s*\(\s*(?:u\.?s\.?\s*)?$"
            # (or a facility's: "secured a financing facility for up to $40
            # million"; "Drawdowns under the facility ... will take the form
            # of subordinated convertible notes")
            r"|\bfacility\s+(?:of|for)\s+up to\s*$",
            sentence[: money.start],
            re.IGNORECASE,
        )
        # ("the principal sum of $250,000, or such lesser amount as shall have
        # been advanced hereunder"; "($1,000,000.00), or so much thereof as
        # shall be advanced")
        or rx.match(
            r"\W{0,3}(?:or such lesser (?:amount|sum)|(?:dollars\W{0,3})?or so much (?:thereof|of it)) as\b"
            r"[^.;]{0,40}?\b(?:loaned|advanced|advances|lent|lends|drawn|disbursed|borrowed|funded)\b"
            # ("($1,500,000.00) or, if greater or less, the aggregate principal
            # amount of all advances made to Borrower")
            # ("($6,200,000) (the "Maximum Amount") or, if less, the aggregate
            # outstanding amount of funds advanced")
            r"|\W{0,3}(?:\(\s*(?:the\s+)?[\"“][^\"”]{1,30}[\"”]\s*\)\s*)?"
            r"or,? if (?:greater or less|less),? the (?:aggregate )?(?:(?:unpaid |outstanding )?"
            r"(?:principal )?)?amount of (?:all )?(?:advances\b|funds\s+advanced\b)",
            sentence[money.end :],
            re.IGNORECASE,
        )
    }
    # (beside the advances drawn under a limit the note names its "Maximum
    # Amount": "On the Closing Date, Holder shall make an advance to the
    # Borrower in the amount of Six Hundred Thousand Dollars ($600,000)")
    maximum = any(
        rx.search(r"[\"“]maximum\s+amount[\"”]", sentence, re.I)
        for sentence in drawn_up_to.values()
    )
    if not found or any(
        f.value not in drawn_up_to
        and not (maximum and rx.search(r"\badvance\b", f.quote, re.I))
        for f in found
    ):
        return False
    limit = next((f for f in found if f.value in drawn_up_to), None)
    if limit is None:
        return False
    reader.todo(
        "principal",
        f"{HOLDS_UP_TO} {limit.value}: write the amount issued or drawn "
        "(the limit, when all of it is)",
        drawn_up_to[limit.value],
    )
    return True


def _a_credit_line_drawn(reader: Reader, found: list[Found]) -> bool:
    """A TODO when the note is a line of credit with a maximum, drawn in
    parts ("a terminable, interest bearing and non-secured loan in the
    maximum amount of CHF 12,000,000" and "Once the entire amount of CHF
    10,000,000 has been drawn down"): the principal is what was drawn."""
    if not found:
        return False
    limit = next(
        (
            sentence
            for _, sentence in amounts_after(
                reader,
                r"\b(?:loan|credit|facility)\b[^$.;]{0,40}\bin the maximum (?:principal )?"
                r"amount of\s*$"
                # ("a 12% Senior Secured Convertible Promissory Note in the
                # principal amount of up to $3,400,000, ... in consideration of
                # an initial loan in the principal amount of $2,000,000")
                r"|\b(?:note|debenture)\s+in the (?:aggregate )?principal amount of up to\s*$",
            )
        ),
        None,
    )
    if limit is None or not reader.about(
        "drawn down", "draw down", "drawdown", "initial loan", "initial advance"
    ):
        return False
    reader.todo(
        "principal",
        "the note is a line of credit with a maximum, drawn in parts: write "
        "the amount drawn",
        limit,
    )
    return True


def _a_part_or_one_of_several(reader: Reader) -> tuple[str, str] | None:
    """Why a person writes the principal, and the sentence that says so:
    the holder advanced one part of an offering, or a table lists several
    notes by number."""
    # one holder's part of an offering: which is the note, a person decides
    part = next(
        (
            sentence
            for sentence in reader.sentences
            for money in reader.money(sentence)
            if ADVANCED.search(sentence[: money.start])
            and PART_OF_AN_OFFERING.match(sentence[money.end :])
        ),
        None,
    )
    if part is not None:
        return (
            "the holder advanced a part of a larger offering: write the note's "
            "own amount",
            part,
        )
    listed = _a_table_of_notes(reader)
    if listed is not None:
        return (
            "the text lists several notes, each with its amount: write the "
            "note's own amount, or one definition per note",
            listed,
        )
    return None


#: A table's row for one of several numbered notes: "Note 2 6/26/2024
#: 2,500,000 6/6/2027".
_NUMBERED_NOTE_ROW = re.compile(
    r"\bNote\s+(\d{1,2})\s+\d{1,2}/\d{1,2}/\d{2,4}\s+\$?\s*\d"
)


def _a_table_of_notes(reader: Reader) -> str | None:
    """The sentence of a table that lists several notes by number, each
    with its day and amount ("Note 1 6/4/2024 $ 5,000,000 6/6/2027 ..." to
    "Note 14 ..."), if the text has one."""
    for sentence in reader.sentences:
        if len({m.group(1) for m in _NUMBERED_NOTE_ROW.finditer(sentence)}) > 1:
            return sentence
    return None


def _issued_one_by_one(stated: Stated, found: list[Found], top: int) -> list[Found]:
    """The candidates, with notes the text says were issued one by one, in
    sentences of their own, raised to the top score: a person decides which
    note the text is about ("In November 2022, the Company issued a
    convertible promissory note in the principal of $135,000 ..." and "In
    February 20, 2024, the Company issued a convertible promissory note in
    the amount of $187,852"; or counted: "One $25,000 principal face amount
    note, which matured ..." and "A second $50,000 principal face amount
    note matures on")."""
    issued = {
        (money.text(), sentence)
        for money, sentence in stated
        if _ISSUED_ONE_NOTE.search(sentence[: money.start])
        or rx.search(
            r"(?:^|\.\s)\W*(?:one|an?\s+(?:second|third)|another)\s+$",
            sentence[: money.start],
            re.I,
        )
    }
    # (not notes the text does not call convertible beside a convertible one
    # that ranks first and is not among them: "In June 2011, we issued an
    # unsecured promissory note ... of $40,000" and "a second note payable"
    # before "The amount of the convertible secured promissory note was
    # $225,000")
    if any(
        CONVERTIBLE.search(f.quote) and (f.value, f.quote) not in issued
        for f in found
        if f.score == top
    ):
        issued = {(value, s) for value, s in issued if CONVERTIBLE.search(s)}
    if len({value for value, _ in issued}) < 2 or len({s for _, s in issued}) < 2:
        return found
    return [
        Found(f.value, f.quote, top) if (f.value, f.quote) in issued else f
        for f in found
    ]


#: Notes the text defines as an added issue: "an additional US$6 million
#: aggregate principal amount of 4.65% ... debentures (the "Additional
#: Debentures")"; "US$80,000,000 in aggregate principal amount of 3.75%
#: Exchangeable Senior Notes due 2024 (the "additional notes")".
_ADDITIONAL_DEFINED = re.compile(
    r"^(?:[^$;(]|\.(?=\d)){0,160}?\(\s*(?:the\s+)?[\"“](?P<term>additional\s+"
    r"(?:notes|debentures|bonds|convertible\s+notes))[\"”]\s*\)",
    re.IGNORECASE,
)


def _the_additional_notes(reader: Reader) -> tuple[Money, str] | None:
    """The amount of an added issue the text is about: defined as the
    "Additional Notes" and the subject of the terms that follow ("The
    Additional Debentures mature on October 31, 2024")."""
    for sentence in reader.sentences:
        for money in reader.money(sentence):
            defined = _ADDITIONAL_DEFINED.match(sentence[money.end :])
            if defined is None:
                continue
            term = defined.group("term")
            # (their own terms: not "The additional notes were sold on the
            # same terms and conditions as the notes sold previously", beside
            # the whole issue's "a total of $213.5 million")
            # ("Each Additional Debenture is convertible into units")
            subject = re.compile(
                rf"^\W*(?:the\s+{re.escape(term)}|each\s+{re.escape(term.removesuffix('s'))})\s+"
                r"(?:(?:will|shall)\s+)?(?:be\s+|is\s+|are\s+)?"
                r"(?:bear|mature|convertible|exchangeable|pay)\w*\b",
                re.IGNORECASE,
            )
            if any(subject.search(other) for other in reader.sentences):
                return money, sentence
    return None


#: The row of a Korean issuer's form that states the face of bonds issued
#: abroad in their own currency.
_ISSUED_ABROAD_ROW = re.compile(
    r"\((?:offshore|overseas) issuance\b[^)]{0,40}\)|\(currency(?: unit)?\)",
    re.IGNORECASE,
)


#: An exchange's volume outstanding beside the one registered: "-
#: outstanding: 150,000.0" (its dash an en dash).
_OUTSTANDING_VOLUME = re.compile(r"^\W*outstanding\s*:\s*\d", re.IGNORECASE)
#: A term list's closings of one issue in parts: "Settlement dates:April 21
#: (for C$545,000), May 20 (for C$158,000)".
_SETTLED_IN_PARTS = re.compile(
    r"^\W*settlement\s+dates?\s*:[^;]*\(for\s[^()]+\)[^;]*\(for\s", re.IGNORECASE
)


#: Notes issued under several agreements: "pursuant to a number of
#: Convertible Note Agreements".
_SEVERAL_AGREEMENTS = re.compile(
    r"\bpursuant\s+to\s+a\s+number\s+of\s+(?:[\w-]+\s+){0,3}agreements\b", re.IGNORECASE
)


#: A first part of an issue placed on a day of its own, and the rest
#: later: "The company placed €7,279,870 of the bonds on Dec. 30", "the
#: remaining 4,020,130 convertibles were subscribed to and placed".
_PLACED_IN_PART = re.compile(
    r"\bplaced\s+\S{0,4}\d[\d,.]*(?:\s+(?:million|billion))?\s+of\s+the\s+"
    r"(?:bonds|notes|debentures|convertibles)\s+on\b",
    re.IGNORECASE,
)
_THE_REST_PLACED = re.compile(
    r"\bthe\s+remaining\b[^.;]{0,60}\b(?:were|was)\s+(?:subscribed|placed|issued|sold)\b",
    re.IGNORECASE,
)


def _stated_principals(reader: Reader) -> Stated | None:
    """The amounts stated as a principal, in the note's currency and in
    units; None when they leave the principal to a person (each holder's,
    two currencies, figures in a table's scale)."""
    stated = _each_holders(reader, amounts(reader, "principal"))
    if not stated and _several_holders(reader, "principal"):
        return None
    # a total raised under several agreements: "the Company has raised $1
    # million Through the issue of Convertible Notes, pursuant to a number of
    # Convertible Note Agreements"
    agreements = next(
        (sentence for _, sentence in stated if _SEVERAL_AGREEMENTS.search(sentence)),
        None,
    )
    if agreements is not None:
        reader.todo("principal", _SEVERAL_HOLDERS["principal"], agreements)
        return None
    # an issue placed in parts on several days: "The company placed
    # €7,279,870 of the bonds on Dec. 30. ... the remaining 4,020,130
    # convertibles were subscribed to and placed"
    first_part = reader.first(_PLACED_IN_PART)
    if first_part is not None and reader.first(_THE_REST_PLACED) is not None:
        reader.todo(
            "principal",
            "the issue was placed in parts on several days: write the issue's "
            "principal, or one definition per part",
            first_part,
        )
        return None
    stated = _not_translations(reader, stated)
    # a Korean issuer's form states the face in won and, on a row of its own,
    # in the currency of bonds issued abroad ("2-1. (Offshore Issuance) |
    # Aggregate Principal Amount (Currency) | US$332,528,000"): the won is
    # the translation
    if reader.first(_ISSUED_ABROAD_ROW) is not None:
        stated = [item for item in stated if item[0].currency != "KRW"]
    if _in_two_currencies(reader, stated):
        return None
    # an exchange's issue volume "registered" beside the part "outstanding"
    # ("Issue volume, mln tenge: - registered: 244,000.0 - outstanding:
    # 150,000.0"): the registered volume is a ceiling
    outstanding = reader.first(_OUTSTANDING_VOLUME)
    if outstanding is not None and stated:
        reader.todo(
            "principal",
            "the exchange states a registered issue volume and a smaller one "
            "outstanding: write the amount issued",
            outstanding,
        )
        return None
    # a news service's "Amount:C$1 million" over "Settlement
    # dates:April 21 (for C$545,000), May 20 (for C$158,000)": the total of
    # several closings, not one issue's face
    if reader.first(_SETTLED_IN_PARTS) is not None:
        stated = [
            item for item in stated if not rx.match(r"\W*amount\s*:", item[1], re.I)
        ]
    # a table's figure in millions or thousands, its unit in a heading the
    # passage may not hold: "Principal amount $ 258.8 $ 258.8"
    in_scale = [
        (money, sentence)
        for money, sentence in stated
        if rx.search(r"\d\.\d$", sentence[money.start : money.end])
    ]
    stated = [item for item in stated if item not in in_scale]
    if in_scale and not stated:
        money, sentence = in_scale[0]
        reader.todo(
            "principal",
            f"{money.text()} has one decimal place and no unit: a figure in "
            "thousands or millions; write the principal",
            sentence,
        )
        return None
    return stated


def _words_and_figures_differ(reader: Reader, stated: list[tuple[Money, str]]) -> bool:
    """A TODO, and True, when the principal's sentence writes a sum in words
    and figures that differ ("the aggregate principal face amount of Two
    Million Dollars (U.S. $1,750,000.00)")."""
    text = " ".join(reader.every)
    typo = next(
        (
            s
            for _, s in stated
            if "principal" in s.lower() and sum_in_words_differs(s, text)
        ),
        None,
    )
    if typo is None:
        return False
    reader.todo(
        "principal",
        "the text writes the principal in words and in figures that differ: "
        "write the amount the note is for",
        typo,
    )
    return True


#: A note the text names after its amount: "in the principal amount of
#: $3.0 million (the “Second C5 Note”)".
#: ("issued $158,750 in New Bridge convertible notes (“New Bridge Notes”)")
_A_NAMED_NOTE = re.compile(
    r"^\s*(?:million\s+|billion\s+)?(?:in\s+(?:[\w-]+\s+){0,4}?notes\s+)?"
    r"\(\s*(?:the\s+)?[\"“]([^\"”]{1,40}?\bNotes?)[\"”]\s*\)"
)

#: A borrowing on a day of its own: "On June 1, 2010, the Company borrowed
#: $50,000 under a promissory note"; "On February 3, 2011, the Company
#: received $7,000 from the issuance of convertible debt".
_BORROWED_ON = re.compile(
    r"^\W*On\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),?\s+"
    r"(?:the\s+Company|we|it)\s+(?:(?:also|additionally)\s+)?"
    r"(?P<verb>borrowed|received|issued|sold|executed|entered\s+into)\b[^.;]{0,120}?"
    r"(?P<amount>\$\s?\d[\d,.]*)"
)
#: Not a note of its own: shares, a further tranche of the same notes, or a
#: facility's limit ("issued an additional $22.5 million aggregate principal
#: amount"; "for up to $1,500,000").
_NOT_A_BORROWING = re.compile(
    r"\b(?:shares?|stock|additional|further|up\s+to)\b", re.IGNORECASE
)


def _notes_on_days_of_their_own(reader: Reader, best: Found) -> bool:
    """A TODO when the text gives notes one by one, each issued on its own
    day with its own amount, and the amount read is one of them: notes it
    names ("on December 30, 2022, the Company issued a secured promissory
    note in the principal amount of $2.0 million (the “First C5 Note”)" and
    "On January 12, 2023, the Company issued to C5 a new secured convertible
    promissory note in the principal amount of $3.0 million (the “Second C5
    Note”)"), or borrowings each in a sentence of its own ("On June 1, 2010,
    the Company borrowed $50,000 under a promissory note" and "On February 3,
    2011, the Company received $7,000 from the issuance of convertible
    debt"): which note the books hold, a person decides."""
    named: dict[str, tuple[str, str, str]] = {}
    for sentence in reader.sentences:
        days = reader.dates(sentence)
        notes = [
            (match.group(1), money, on[-1].date.isoformat() if on else "")
            for money in reader.money(sentence)
            if rx.search(r"\bissued\b", sentence)
            and (match := _A_NAMED_NOTE.match(sentence[money.end :])) is not None
            # (the day nearest before the amount is the note's)
            and ((on := [d for d in days if d.end <= money.start]) or not days)
        ]
        for name, money, day in notes:
            named.setdefault(name, (money.text(), day, sentence))
        borrowed = _BORROWED_ON.search(sentence)
        if (
            notes
            or not days
            or borrowed is None
            or not _DEBT_WORDS.search(sentence)
            or _NOT_A_BORROWING.search(
                sentence, borrowed.end("verb"), borrowed.start("amount")
            )
        ):
            continue
        # (the amount the words give, its currency mark included: "US$50,000")
        sums = [m for m in reader.money(sentence) if m.end > borrowed.start("amount")]
        if sums:
            first = days[0].date.isoformat()
            named.setdefault(f"borrowed {first}", (sums[0].text(), first, sentence))
    amounts = {amount for amount, _, _ in named.values()}
    # (notes the text names need no day of their own: "the convertible note
    # subscription agreement issued on November 2, 2012 in the principal
    # amount of $520,000 (“November 2012 Notes”)" beside "During the second
    # quarter of 2014, the Company issued $158,750 in New Bridge convertible
    # notes (“New Bridge Notes”)")
    # (each a convertible note: not "a promissory note ... (the “October 26
    # Promissory Note”)" beside the convertible note issued the same day)
    names = {
        name
        for name, (_, _, sentence) in named.items()
        if not name.startswith("borrowed ") and CONVERTIBLE.search(sentence)
    }
    if (
        len(amounts) < 2
        or (len({day for _, day, _ in named.values()}) < 2 and len(names) < 2)
        or best.value not in amounts
    ):
        return False
    _ask_between(
        reader,
        "principal",
        [(amount, sentence) for amount, _, sentence in sorted(set(named.values()))],
        best.quote,
    )
    return True


#: Before the first of two amounts, each one loan's: "Drone received from
#: Auctus loans of $165,000 and $125,000".
_LOANS_OF = re.compile(
    r"\b(?:loans|notes|debentures|advances)\s+(?:in\s+the\s+(?:principal\s+)?amounts\s+)?of\s*$",
    re.IGNORECASE,
)


def _two_loans_in_one_breath(reader: Reader, best: Found) -> bool:
    """A TODO when the amount read is one of two loans the sentence gives
    together ("loans of $165,000 and $125,000"): which the books hold, a
    person decides."""
    amounts = reader.money(best.quote)
    for first, second in itertools.pairwise(amounts):
        if (
            best.value in (first.text(), second.text())
            and first.text() != second.text()
            and _LOANS_OF.search(best.quote[: first.start])
            and rx.fullmatch(r"\s*,?\s*and\s*", best.quote[first.end : second.start])
        ):
            _ask_between(
                reader,
                "principal",
                [(first.text(), best.quote), (second.text(), best.quote)],
                best.quote,
            )
            return True
    return False


def _decided(reader: Reader, found: list[Found]) -> Found | None:
    """The principal the candidates decide: the base issue and an option
    exercised in full at its closing read as their sum; None when they
    decide none, or a person must (an option's, a change's or tranches'
    TODO)."""
    best = reader.decide("principal", found)
    if best is None:
        return None
    summed = _with_the_option(reader, best)
    if summed is not None:
        reader.set("principal", summed.value, summed.quote)
        return summed
    if (
        _before_the_option(reader, best)
        or _changed_or_drawn(reader, best)
        or _tranches_total(reader, best)
        or _notes_on_days_of_their_own(reader, best)
        or _two_loans_in_one_breath(reader, best)
    ):
        return None
    return best


#: A further issue of notes already out, its amount before "more": "Molina to
#: issue $125 million more 1.625% convertibles due 2044".
_MORE_OF_THEM = re.compile(
    r"\b(?:to\s+(?:issue|sell)|sells|issues)\s+(\S{0,4}\d[\d.,]*\s*(?:million|billion)?)\s+more\b",
    re.IGNORECASE,
)


def _the_add_on(reader: Reader, found: list[Found]) -> list[Found]:
    """The further issue a text is about, above the issue it adds to ("The
    company issued on Sept. 8, as previously announced, $176,551,000
    principal amount of the 1.625% convertibles", beside "to issue $125
    million more"): the amount before "more", where another sentence states
    it as principal, outranks the others."""
    sentence = reader.first(_MORE_OF_THEM)
    if sentence is None:
        return found
    match = _MORE_OF_THEM.search(sentence)
    assert match is not None
    added = {
        money.text()
        for money in reader.money(sentence)
        if match.start(1) <= money.start < match.end(1)
    }
    if not any(f.value in added and f.quote != sentence for f in found):
        return found
    top = max(f.score for f in found)
    return [Found(f.value, f.quote, top + 1) if f.value in added else f for f in found]


def _undotted(heading: str) -> str:
    """A heading without the full stops of a company's abbreviations ("Sono
    Group N.V. to Raise $31.1 Million via Convertible Debentures")."""
    return rx.sub(r"\b(?:[A-Z]|Inc|Corp|Ltd|Co|Bhd)\.", lambda m: m[0][:-1], heading)


def _principal(reader: Reader) -> Decimal | None:
    additional = _the_additional_notes(reader)
    if additional is not None:
        money, sentence = additional
        reader.set("principal", money.text(), sentence)
        return money.number
    stated = _stated_principals(reader)
    if stated is None or _words_and_figures_differ(reader, stated):
        return None
    # a facility's limit in a heading: "£1.5m Convertible Loan Note
    # Agreement" where the text says "to raise up to £1.5 million" (and draws
    # £1 million); "Sono Group N.V. to Raise $31.1 Million via Convertible
    # Debentures" over "a gross aggregate principal amount of up to $31.1
    # million"
    limits = {money.text() for money, _ in amounts_after(reader, r"\bup to\s*$")}
    headed = [
        (money, sentence)
        for money, sentence in stated
        if money.text() in limits and HEADING.match(_undotted(sentence.strip()))
    ]
    found = [
        Found(money.text(), sentence, _principal_score(sentence, money))
        for money, sentence in stated
        if (money, sentence) not in headed
    ]
    if _promised_up_to(reader, found) or _a_credit_line_drawn(reader, found):
        return None
    if headed and not found:
        money, sentence = headed[0]
        reader.todo(
            "principal",
            f"the heading's {money.text()} is a limit the text says is drawn "
            '"up to": write the amount drawn, or the limit',
            sentence,
        )
        return None
    # a note the text calls convertible competes with a higher-scored amount
    # whose sentence does not ("a 14%, $100,000 convertible promissory note"
    # beside "a new note ... with a face value of $230,000"): a person decides
    # (not above the whole issue after its parts: "In total an aggregate of
    # U.S.$32,768,000 principal amount of Debentures were issued")
    whole = re.compile(rf"\bin total\b|{_WHOLE_ISSUE}", re.IGNORECASE)
    top = max((f.score for f in found), default=0)
    # (not an amount ranked lowest for what it is: notes the company only may
    # issue later)
    if (
        any(CONVERTIBLE.search(f.quote) and f.score > 1 for f in found)
        and not any(CONVERTIBLE.search(f.quote) for f in found if f.score == top)
        and not any(whole.search(f.quote) for f in found if f.score == top)
    ):
        top_convertible = max(
            f.score for f in found if CONVERTIBLE.search(f.quote) and f.score > 1
        )
        found = [
            Found(f.value, f.quote, top)
            if CONVERTIBLE.search(f.quote) and f.score == top_convertible
            else f
            for f in found
        ]
    # an offering in tranches, each with its amount ("a two-tranche
    # convertible bonds offer": "€600m ... due August 2025, and an additional
    # aggregate principle amount of €500m, due February 2028"): a person
    # decides which tranche the note is
    found = [
        Found(f.value, f.quote, top) if TRANCHES.search(f.quote) else f for f in found
    ]
    found = _issued_one_by_one(stated, found, top)
    found = _the_add_on(reader, found)
    # a face given only roughly competes with every other amount (at the top
    # score, which the step above leaves unchanged): a person decides which
    # note the text is about
    found += [
        Found(money.text(), sentence, top)
        for money, sentence in amounts(reader, "approximate")
    ]
    # each unit's note beside the notes' total over months ("Each unit
    # consisted of a convertible note in the principal amount of $50,000"
    # beside "During October and November 2011, $1,500,000 of Convertible
    # Notes ... were issued"): a person decides which is the note
    if any(_OVER_MONTHS.search(f.quote) for f in found):
        found += [
            Found(money.text(), sentence, top)
            for money, sentence in amounts_after(
                reader,
                r"\beach unit consist\w* of an? (?:[\w-]+\s+){0,3}note in the principal "
                r"amount of\s*$",
            )
        ]
    asked = _a_part_or_one_of_several(reader)
    if asked is not None:
        reader.todo("principal", *asked)
        return None
    best = _decided(reader, _not_rounded(reader, found))
    scale = next(
        (s for s in reader.sentences if rx.search(r"\bin thousands\b", s, re.I)), None
    ) or _thousands_by_arithmetic(reader)
    # (not a figure that names its own scale: "$86,250 thousand", "$370
    # million")
    scaled = best is not None and any(
        money.text() == best.value
        and rx.search(
            r"(?:\bthousands?|\bmillions?|\bbillions?|\d\s*(?:mln|bln|mn|bn|mm|m|b|k))\s*$",
            best.quote[money.start : money.end],
            re.I,
        )
        for money in reader.money(best.quote)
    )
    # (nor one a thousand times larger could not be: "In March 2014 we issued
    # $200,000,000 of 3.25% senior unsecured convertible notes", beside a
    # table "in thousands")
    written_whole = best is not None and (
        best.value.split()[1] in {"USD", "EUR", "GBP", "CAD", "CHF", "AUD"}
        and Decimal(best.value.split()[0]) >= 10**8
    )
    if best is not None and scale is not None and not scaled and not written_whole:
        # "(in thousands)": the text's figures may be thousands; a person
        # decides whether this one is
        reader.todo(
            "principal",
            (
                f"the text states amounts in thousands: {best.value} as written, or "
                "a thousand times more"
                if rx.search(r"\bin thousands\b", scale, re.I)
                else f"the text's arithmetic puts its amounts in thousands or "
                f"millions: {best.value} as written, or scaled up"
            ),
            best.quote,
        )
        return None
    if best is not None:
        return Decimal(best.value.split()[0])
    if "principal" not in reader.fields:
        return _units_or_the_most(reader)
    return None


def _units_or_the_most(reader: Reader) -> Decimal | None:
    """With no principal stated, the debenture units sold times each one's
    face, or a TODO quoting the most the note holds."""
    units = _units_times_face(reader)
    if units is None:
        _most_the_note_holds(reader)
        return None
    money, quote = units
    reader.set("principal", money.text(), quote)
    return money.number


#: The debenture units an offering issued: "has issued and sold 3,400
#: Debenture Units"; "the closing of its overnight marketed public offering
#: of 6,540 unsecured convertible debenture units" (not "up to 4,000").
_UNITS_SOLD = re.compile(
    r"\b(?:issued and sold|issued|sold|offering of|placement of|sale of)\s+"
    r"(?:an aggregate of\s+|a total of\s+)?(?P<count>\d{1,3}(?:,\d{3})*|\d+)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:debenture|note)\s+units\b",
    re.IGNORECASE,
)


def _units_sold(reader: Reader) -> tuple[int, str] | None:
    """The one count of debenture units the text says were sold, and its
    sentence; None for none, several counts or an offer "up to" a count."""
    counts: dict[int, str] = {}
    for sentence in reader.sentences:
        for match in _UNITS_SOLD.finditer(sentence):
            if rx.search(r"\bup to\s*$", sentence[: match.start("count")]):
                return None
            counts.setdefault(int(match.group("count").replace(",", "")), sentence)
    if len(counts) != 1:
        return None
    return next(iter(counts.items()))


def _unit_face(reader: Reader) -> tuple[Money, str] | None:
    """Each unit's debenture face, and its sentence: "(i) one C$1,000
    principal amount unsecured convertible debenture"."""
    return next(
        (
            (money, sentence)
            for sentence in reader.sentences
            for money in reader.money(sentence)
            if EACH_UNITS_NOTE.search(sentence[max(0, money.start - 120) : money.start])
            and rx.match(
                r"\s*(?:principal|face)\s+amount\b", sentence[money.end :], re.I
            )
        ),
        None,
    )


def _units_times_face(reader: Reader) -> tuple[Money, str] | None:
    """The issue's principal as the debenture units sold times each unit's
    debenture face ("issued and sold 3,400 Debenture Units" and "Each
    Debenture Unit consists of: (i) one C$1,000 principal amount unsecured
    convertible debenture": C$3,400,000), when the text states no total,
    and the two sentences that say so."""
    sold, face = _units_sold(reader), _unit_face(reader)
    if sold is None or face is None:
        return None
    (count, counted), (money, faced) = sold, face
    total = Money(money.number * count, money.currency, money.start, money.end)
    return total, " … ".join(dict.fromkeys((counted, faced)))


#: Why a principal waits for a person when the note holds "up to" a limit.
HOLDS_UP_TO = "the note holds up to"
#: The most a note holds, said of the note itself: "a convertible promissory
#: note ... in the amount of up to $100,000"; "the principal sum of up to
#: $110,000"; "may borrow up to an aggregate principal amount of $300,000";
#: "a working capital loan of up to $1 million"; "SENIOR SECURED LINE OF
#: CREDIT CONVERTIBLE PROMISSORY NOTE Up to $100,000".
_UP_TO_THE_NOTE = re.compile(
    r"(?:\b(?:principal\s+(?:sum|amount)|(?:aggregate\s+)?(?:principal\s+)?amount|"
    r"face\s+amount)\s*(?:of\s*|:\s*)?"
    r"|\b(?:may|can|will|agreed to)\s+borrow\s+"
    # ("The loan note will provide Amur with up to £1.5mln")
    r"|\bprovide\s+(?:[\w-]+\s+){0,2}with\s+"
    r"|\b(?:loan|note|debentures?|notes|bonds)\s+(?:of\s+|for\s+)?"
    r"|\b(?:to issue|to raise|is raising|offering of|placement of)\s+)"
    r"up\s+to(?:\s+an?\s+aggregate\s+principal\s+amount\s+of)?\s*$"
    # ("convertible promissory notes of the Company in the maximum aggregate
    # principal amount of US$25,000,000"; "MAXIMUM NOMINAL AMOUNT OF EUR 30
    # MILLION")
    r"|\bmaximum\s+(?:aggregate\s+)?(?:principal|nominal)\s+amount\s+of\s*$",
    re.IGNORECASE,
)


#: A note facility's total: "a Convertible Loan Note Facility with GEM Global
#: Yield LLC SCS ("GEM") for a total of £1,000,000".
_A_FACILITY_FOR = re.compile(
    r"\b(?:note|loan|convertible)\s+facility\b[^.;]{0,80}?\bfor\s+(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)


def _note_limit(reader: Reader) -> tuple[Money, str] | None:
    """The most the note holds, said of the note itself, and its sentence."""
    return next(
        (
            (money, sentence)
            for sentence in reader.sentences
            if rx.search(
                r"\b(?:note|loan|debentures?|bonds?|convertible)\b", sentence, re.I
            )
            for money in reader.money(sentence)
            if (
                _UP_TO_THE_NOTE.search(sentence[max(0, money.start - 80) : money.start])
                or _A_FACILITY_FOR.search(
                    sentence[max(0, money.start - 120) : money.start]
                )
            )
            and money_role(sentence, money) is None
        ),
        None,
    )


def _most_the_note_holds(reader: Reader) -> None:
    """With no principal stated, a TODO quoting the most the note holds when
    the text says it of the note ("up to"): whether the books hold the limit
    or the amount drawn, the text does not say (filings use both)."""
    found = _note_limit(reader)
    if found is None:
        reader.todo("principal", NOT_STATED_PRINCIPAL, "")
        return
    limit, quote = found
    reader.todo(
        "principal",
        f"{HOLDS_UP_TO} {limit.text()}: write the amount issued or drawn "
        "(the limit, when all of it is)",
        quote,
    )


def _prices_paid(reader: Reader, principal: Decimal | None, currency: str) -> Stated:
    """The prices paid the text states, in the principal's currency (another
    currency's is a translation: "Cdn$86.3 million ... for gross proceeds of
    $82.1 million"); with several holders, each one's price only."""
    paid = [
        (m, s)
        for m, s in amounts(reader, "purchase")
        if currency.strip() in ("", m.currency)
    ]
    if principal is None or not paid:
        return paid
    # each of several holders' price, or their total: a person decides
    each = _each_holders(reader, paid)
    if not each:
        reader.todo("purchase-price", _SEVERAL_HOLDERS["purchase-price"], paid[0][1])
    return each


def _price_without_principal(reader: Reader, found: list[Found]) -> bool:
    """A TODO for a price paid when no principal is decided beside it: none
    stated, several holders', or competing ones ("two tranches of principal
    amount of $197,500 and proceeds of $179,527.50, each" beside their
    total), where the price goes with the note a person picks."""
    if not found:
        return False
    stated = reader.fields["principal"]
    if not stated.quote or (stated.todo or "").startswith(
        ("several holders", HOLDS_UP_TO)
    ):
        reader.todo(
            "purchase-price",
            f"a price paid of {found[0].value} is stated but no principal: write "
            "both, or the principal alone if they are equal",
            found[0].quote,
        )
        return True
    # (competing amounts, or a base amount beside an option exercised: the
    # price goes with the principal written)
    if (stated.todo or "").startswith((COMPETING, OPTION_EXERCISED, IN_TRANCHES)) or (
        # (new money beside old notes surrendered: the price is more than
        # the money)
        NEW_MONEY in (stated.todo or "")
    ):
        reader.todo(
            "purchase-price",
            f"the principal is undecided: write the price paid for the note "
            f"chosen ({found[0].value} is stated)",
            found[0].quote,
        )
        return True
    return False


#: A sentence that opens with an issue on a day or in a month: "In January
#: 2014, the Company issued".
_AN_ISSUE_OF_ITS_OWN = re.compile(
    # ("On July 29, 2016, the Company entered in an agreement with a third
    # party for a convertible promissory note")
    r"\W*(?:In|On)\s+[^;.]{3,30}?\d{4},?\s+(?:the\s+company|we)\s+"
    r"(?:issued|entered\s+in(?:to)?\s+an?\s+agreement)\b",
    re.IGNORECASE,
)


def _near_the_principal(
    reader: Reader, found: list[Found], principal: Decimal | None
) -> list[Found]:
    """The prices paid, less those more than a tenth above the principal
    (rarely a premium, more often another note's or a package's price:
    "borrowed $250,000 ... in exchange for $200,000 in cash" beside a
    $125,000 note) or below a tenth of it (a figure missing its unit: "gross
    proceeds ... were NIS 59.87" for NIS 61.9 million). When none is left, a
    TODO quotes the first. A price in a sentence that opens with an issue of
    its own, on another day than the principal's, is another issue's."""
    if principal is None:
        return found
    # (nor the price of another issue, in a sentence of its own: "In
    # December 2013, the Company issued two 12% secured convertible
    # promissory notes totaling $150,000", then "In January 2014, the Company
    # issued two secured convertible promissory notes for cash proceeds of
    # $100,000 in total")
    issued = _AN_ISSUE_OF_ITS_OWN.match(reader.fields["principal"].quote)
    found = [
        f
        for f in found
        if issued is None
        or (other := _AN_ISSUE_OF_ITS_OWN.match(f.quote)) is None
        or other.group(0) == issued.group(0)
    ]
    high, low = principal * Decimal("1.1"), principal / 10
    outside = [f for f in found if not low <= Decimal(f.value.split()[0]) <= high]
    kept = [f for f in found if f not in outside]
    if outside and not kept:
        side = "above" if Decimal(outside[0].value.split()[0]) > high else "far below"
        reader.todo(
            "purchase-price",
            f"a price of {outside[0].value} is stated, {side} the principal: "
            "confirm it is this note's",
            outside[0].quote,
        )
    return kept


#: The price of an issue as a percentage of its principal: "The issue price
#: amounts to 100.377 percent of the principal amount"; "issued at 101% of
#: their principal amount".
_ISSUE_PRICE_PERCENT = re.compile(
    # (or a prospectus's cover: "OFFER PRICE: 102.5 PER CENT.")
    # ("The offering price of the notes is 95% of the principal amount of
    # notes")
    # ("$736 million of unsecured convertible notes due 2014, offered at
    # 83.9% of par")
    r"\b(?:(?P<label>offer(?:ing)? price:\s*)|(?:issue|offer(?:ing)?) price\b[^.;%]{0,30}?"
    r"|issued at\s+|(?<=notes|bonds)[^.;%]{0,20},\s+offered at\s+)"
    r"(?P<percent>\d{2,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\.?)"
    r"(?(label)|\s+of\s+(?:the\s+|their\s+|its\s+)?(?:principal|par|nominal|face)\b)",
    re.IGNORECASE,
)


#: A bond desk's bare price, in points of par: "Price:99.75" on a term
#: sheet; "The $750 million of 0% five-year paper was issued at 101.265"
#: (not a range of price talk, "an issue price of 99.75 to 100", nor a price
#: per share).
_ISSUE_PRICE_POINTS = re.compile(
    r"(?:^\W{0,3}price\s*:\s*|\bissued at\s+|\bissue price of\s+)"
    r"(?P<percent>\d{2,3}\.\d+)(?![\d%]|\.\d|\s*(?:%|percent|per\b|to\b|-|–))",
    re.IGNORECASE,
)


#: A sentence about notes that do not convert, named by their rate and rank.
_OTHER_NOTES_PRICE = re.compile(
    # ("$400 million offering of 9 7/8% Second Priority Senior Secured Notes
    # due 2011, offered at 98.01% of par")
    r"^(?![^.]*\bconver)[^.]*\b\d[\d./]*%\s+(?:(?!notes\b)[\w-]+\s+){0,2}(?:senior|secured|subordinated)\b"
    r"[^.]{0,30}\bnotes\b",
    re.IGNORECASE,
)


def _issue_price_percent(reader: Reader) -> tuple[Decimal, str] | None:
    """The percentage of the principal the notes were issued at, and its
    sentence; None when the text states none (or several)."""
    found = {
        (Decimal(match.group("percent")), sentence)
        for sentence in reader.sentences
        # (not other notes': "The 10.375% senior secured notes due July 2016
        # were issued at 90.588% of par", beside convertible notes)
        if not _OTHER_NOTES_PRICE.search(sentence)
        for pattern in (_ISSUE_PRICE_PERCENT, _ISSUE_PRICE_POINTS)
        for match in pattern.finditer(sentence)
        if pattern is _ISSUE_PRICE_PERCENT
        or 50 <= Decimal(match.group("percent")) <= 150
    }
    if len({percent for percent, _ in found}) != 1:
        return None
    return min(found)


#: A final issue price set after the text: "with the final issue price to
#: be determined following a reference period".
_FINAL_PRICE_LATER = re.compile(
    r"\bfinal\s+(?:issue|offer)\s+price\b[^.;]{0,60}\b(?:to\s+be\s+determined|would\s+be\s+announced"
    r"|will\s+be\s+announced)\b",
    re.IGNORECASE,
)


def _price_not_stated(reader: Reader, principal: Decimal | None, currency: str) -> None:
    """No price paid is stated as an amount: the principal at the issue
    price's percentage, a TODO beside an original issue discount, or the
    default (the principal)."""
    discounts = amounts(reader, "oid")
    at_percent = _issue_price_percent(reader)
    # only an initial issue price, the final one set later: "The initial
    # issue price of the new bonds would be 89% of their nominal value, with
    # the final issue price to be determined following a reference period"
    if at_percent is not None and _FINAL_PRICE_LATER.search(at_percent[1]):
        reader.todo(
            "purchase-price",
            "only an initial issue price is stated, the final one is set later: "
            "write the final price",
            at_percent[1],
        )
    elif at_percent is not None and principal is not None:
        percent, sentence = at_percent
        price = (principal * percent / 100).quantize(Decimal("0.01"))
        if price == principal:
            reader.absent("purchase-price")
        else:
            reader.set("purchase-price", f"{price:.2f} {currency}", sentence)
    elif discounts and principal is not None:
        money, sentence = discounts[0]
        # The price paid is not stated: the principal less the discount
        # is a suggestion, fees may also be netted: a person decides.
        reader.todo(
            "purchase-price",
            f"an original issue discount of {money.text()} is stated but "
            "not the price paid: the principal less the discount would be "
            f"{principal - money.number:.2f} {currency}",
            sentence,
        )
    else:
        reader.absent("purchase-price")


def _purchase_and_costs(reader: Reader, principal: Decimal | None) -> None:
    """The price the holder pays (stated, or the principal less a stated
    original issue discount) and the fees withheld from it."""
    currency = (reader.fields["principal"].value or " ").split(" ")[-1]
    paid = _prices_paid(reader, principal, currency)
    found = [
        Found(m.text(), s, 2 if _LATER_TRANCHE.search(_near(s, m)) else 3)
        for m, s in paid
    ]
    if principal is None and _price_without_principal(reader, found):
        found = []

    best = reader.decide(
        "purchase-price", _near_the_principal(reader, found, principal)
    )
    if (
        best is not None
        and principal is not None
        and (best.value == f"{principal:.2f} {currency}")
    ):
        reader.absent("purchase-price")  # the default: the principal
    elif best is None and "purchase-price" not in reader.fields:
        _price_not_stated(reader, principal, currency)
    fees: dict[Decimal, str] = {}
    incurred: list[str] = []
    # (with the principal stated but undecided between competing amounts,
    # the fees' own currency, if they share one)
    stated_fees = amounts(reader, "fee")
    fee_currencies = {money.currency for money, _ in stated_fees}
    if (
        not currency.strip()
        # (or not stated at all, beside costs the issue's: "Issue costs
        # amounted to $6,979,268 resulting in net proceeds of $158,020,732")
        and (
            (reader.fields["principal"].todo or "").startswith(COMPETING)
            or (
                reader.fields["principal"].todo == NOT_STATED_PRINCIPAL
                # ("received $50,000 proceeds less the $3,000 finder's fee")
                and all(
                    rx.search(r"\bnet proceeds\b|\bproceeds\s+less\b", s, re.I)
                    for _, s in stated_fees
                )
            )
        )
        and len(fee_currencies) == 1
    ):
        currency = fee_currencies.pop()
    # (a table row's per-note column beside its total: "Underwriting
    # discounts and commissions $26.25 $7,218,750.00")
    largest: dict[str, Decimal] = {}
    for money, sentence in stated_fees:
        largest[sentence] = max(largest.get(sentence, money.number), money.number)
    for money, sentence in stated_fees:
        # "net of debt issuance costs of $7,500"
        # ("... after deducting initial purchasers' discounts and commissions
        # and estimated debt issuance costs of $16.2 million"; "received
        # $199,000 ... less fees and debt issuance costs of $26,000")
        netted = rx.search(
            r"\b(?:net of|after deducting|less)\b[^$;]{0,80}$", sentence[: money.start]
        )
        if not netted and rx.search(
            r"\b(?:company|we)\s+(?:has\s+|have\s+)?incurred\b|amortiz|"
            r"debt issuance costs",
            sentence,
            re.I,
        ):
            incurred.append(sentence)  # costs booked, not said to be withheld
        # (not a fee per share or per note, under one unit: "Underwriting
        # discounts and commissions | $0.0603 | $3,000,000")
        elif (
            money.currency == currency
            and money.number >= 1
            and money.number * 1000 >= largest[sentence]
        ):
            fees.setdefault(money.number, sentence)
    if fees:
        total = sum(fees, Decimal(0))
        reader.set(
            "issue-costs",
            f"{total:.2f} {currency}",
            " … ".join(dict.fromkeys(fees.values())),
        )
        # "$52,500 less transaction costs of $2,500 ... for $50,000 in cash":
        # the cash is the price net of the costs; the price is the principal
        _price_before_costs(reader, principal, total)
    elif incurred:
        reader.todo(
            "issue-costs",
            "issuance costs are stated but not said to be withheld from the "
            "price: write them if they were",
            incurred[0],
        )
    else:
        reader.absent("issue-costs")


def _price_before_costs(
    reader: Reader, principal: Decimal | None, costs: Decimal
) -> None:
    """The price paid read as cash net of the costs withheld: "$52,500 less
    transaction costs of $2,500 ... for $50,000 in cash" is paid at the
    principal; "$200,000 less an original issue discount of $20,000 and
    transaction costs of $5,000 ... for $175,000 in cash" at $180,000, the
    cash and the costs, when they and the discount make up the principal."""
    price = reader.fields["purchase-price"]
    if price.value is None or principal is None:
        return
    amount, currency = price.value.split()
    paid = Decimal(amount) + costs
    discounts = {
        money.number for money, s in amounts(reader, "oid") if s == price.quote
    }
    if paid == principal:
        reader.absent("purchase-price")
    # (not a consideration the text states that the discount and a fee only
    # explain: "Investor gave consideration of US$1.0 million, reflecting
    # original issue discount of US$50,000 and Investor's legal fee")
    elif rx.search(r"\bless\b", price.quote, re.IGNORECASE) and any(
        paid + discount == principal for discount in discounts
    ):
        reader.set("purchase-price", f"{paid:.2f} {currency}", price.quote)


#: Interest as a flat amount over the term: "the note plus the 10% interest
#: amount will be repaid in full".
_FLAT_INTEREST = re.compile(
    r"\b\d[\d.]*\s*%\s+interest amount\b"
    # ("a fixed sum of interest of 8 per cent. of the gross amount of the
    # Second Draw")
    r"|\bfixed sum of interest of\s+\d[\d.]*\s*(?:%|per\s*cent)",
    re.IGNORECASE,
)


def _rate(reader: Reader) -> None:
    flat = reader.first(_FLAT_INTEREST)
    if flat is not None:
        reader.todo(
            "rate",
            "the interest is a flat amount over the term, not a rate a year: "
            "write the annual rate that gives it",
            flat,
        )
        return
    if reader.decide("rate", rates(reader)) is None and "rate" not in reader.fields:
        reader.todo(
            "rate",
            "the interest rate is not stated",
            next(iter(reader.about("interest")), ""),
        )


def _interest_payment(reader: Reader) -> None:
    if reader.decide("interest-payment", interest_payments(reader)) is None and (
        "interest-payment" not in reader.fields
    ):
        reader.absent("interest-payment")


#: How a maturity the text gives only as a term after an undated issue
#: competes with a dated one.
_A_TERM_AFTER_ISSUE = "a term after an issue date the text does not give"


def _maturity(reader: Reader, issue: datetime.date | None) -> None:
    found, pending = maturities(reader, issue)
    # two notes described alike, one maturity a term after an undated issue
    # and the other a date ("The Note had a maturity date of six (6) months
    # from the date of issue", then "The Note had a maturity date of April 4,
    # 2017"): a person decides which note the books hold
    if pending is not None and any(
        f.quote != pending and f.quote.split()[:5] == pending.split()[:5] for f in found
    ):
        found = [
            *found,
            Found(_A_TERM_AFTER_ISSUE, pending, max(f.score for f in found)),
        ]
    if reader.decide("maturity", found) is not None or "maturity" in reader.fields:
        return
    if pending is not None:
        why = (
            "the maturity is a term after issue, but the issue date is not stated"
            if issue is None
            else "the maturity is a term after issue that ends beyond the calendar"
        )
        if any(
            FROM_THE_PRICE_PAID.match(pending[duration.end :])
            for duration in durations_in(pending)
        ):
            why = (
                "the maturity is a term after the day the purchase price is "
                "paid, which the text does not give: write the maturity"
            )
        if rx.search(r"\bextend", pending, re.IGNORECASE):
            why = (
                "only a later, extended maturity is stated: write the maturity "
                "the note was issued with, and the extension as an event"
            )
        reader.todo("maturity", why, pending)
        return
    stated = next(iter(reader.about("matur")), "")
    reader.todo(
        "maturity",
        "the maturity date is written in figures that may be day/month or "
        "month/day: write it"
        if reader.abroad is not None and DAY_OR_MONTH_FIRST.search(stated)
        else "the maturity date is not stated",
        stated,
    )


_MARKET_KEYS = (
    "conversion-discount",
    "conversion-lookback",
    "conversion-reference",
    "conversion-price-floor",
    "share-commodity",
)


#: Parts of a note converting at different prices: "$1,600,000 of the note
#: was to be converted at $3.00 per share and $400,000 of the note was to be
#: converted at $0.375 per share".
_PARTS_AT_PRICES = re.compile(
    r"\$[\d,.]+\s+of the (?:note|debenture)\b[^.;$]{0,60}\bat\s+\$[\d.]+\s+per share\b"
    r"[^.;]{0,20}\band\s+\$[\d,.]+\s+of the (?:note|debenture)\b[^.;$]{0,60}\bat\s+\$[\d.]+",
    re.IGNORECASE,
)


#: A sentence that a default governs: "If the Company defaults on the
#: Convertible Note, ...", "Upon an event of default, ...".
_ON_DEFAULT = re.compile(
    r"\W*(?:if\s+(?:the\s+company|we|the\s+borrower|the\s+issuer)\s+defaults?\b"
    r"|(?:upon|following|after|in\s+the\s+event\s+of)\s+(?:an?\s+|any\s+)?(?:event\s+of\s+)?default\b)",
    re.IGNORECASE,
)


def _set_aside(
    fixed: list[Found], market: list[Market]
) -> tuple[list[Found], list[Market]]:
    """The fixed prices and formulas that are the note's own: not a price a
    holder converted at beside the formula ("to convert ... at a conversion
    price of EUR 0.06111"), that conversion's; nor a formula only a default
    brings beside the note's own fixed price ("If the Company defaults on
    the Convertible Note, ... at a 20% discount to the then current
    market"), which alone is the note's only way to convert, and drafted."""
    if market and fixed and all(f.changed for f in fixed):
        return [], market
    if (
        market
        and all(_ON_DEFAULT.match(m.quote) for m in market)
        and any(not f.changed and not _ON_DEFAULT.match(f.quote) for f in fixed)
    ):
        return fixed, []
    return fixed, market


def _conversion(reader: Reader) -> None:
    fixed = fixed_prices(reader)
    market = market_terms(reader)
    if _conversion_asked(reader, fixed, market):
        return
    # "the lower of $1.00 and 80% of ...": a fixed price or a formula, which
    # the language cannot hold; "the greater of $0.15 or 90% of ...": a
    # formula with a floor, which it can.
    either = [
        m
        for m in market
        if rx.search(
            r"\b(?:lower|lesser) of\b|\bwhichever\s+is\s+(?:lower|less|lesser)\b",
            m.quote,
            re.I,
        )
        and reader.money(m.quote)
    ]
    if either and all(f.changed for f in fixed):
        leg = fixed_leg(either[0].quote, reader.money(either[0].quote))
        fixed = [
            Found(leg.text(places=None) if leg else "", either[0].quote, 2),
            *fixed,
        ]
    fixed, market = _set_aside(fixed, market)
    if fixed and market:
        # Both legs are drafted as read; the plugin rejects a definition
        # with both, so the draft fails until a person keeps one.
        why = (
            "the conversion price is a fixed price or a market formula, whichever "
            "is lower (or higher): the language holds one of them; keep one and "
            "delete the other's keys"
        )
        _market_fields(reader, market)
        # (a price a holder later converted at is an event, not the leg)
        legs = [f for f in fixed if f.value and not f.changed]
        best = reader.decide("conversion-price", legs)
        if best is None and "conversion-price" not in reader.fields:
            reader.todo("conversion-price", why, fixed[0].quote)
        for key in ("conversion-price", "conversion-discount"):
            reader.confirm(key, why)
        return
    if market:
        reader.absent("conversion-price")
        _market_fields(reader, market)
        return
    for key in _MARKET_KEYS:
        reader.absent(key)
    floors = floor_prices(reader)
    if fixed and floors:
        # "at a conversion price of $0.39525 ..., provided that the
        # Conversion Price shall not be reduced below $0.12": a floor under a
        # fixed price's adjustments, which the language does not hold
        reader.todo(
            "conversion-price-floor",
            f"a floor of {floors[0].value} under the fixed price's adjustments "
            "is stated; the language's floor is a market price's: apply it "
            "when writing an adjust event",
            floors[0].quote,
        )
    if fixed and all(f.changed for f in fixed):
        reader.todo(
            "conversion-price",
            "only a later, changed conversion price is stated: write the price "
            "the note was issued with, and the change as an event",
            fixed[0].quote,
        )
        return
    # a changed price ties with the first at most: a person decides
    first = max((f.score for f in fixed if not f.changed), default=0)
    fixed = [
        Found(f.value, f.quote, min(f.score, first), f.changed) if f.changed else f
        for f in fixed
    ]
    # (a text whose dates, amounts, rates or maturities already compete
    # describes several notes: there, a price's wording does not pick one)
    margin = 1 if _several_notes(reader) >= 2 else 0
    if reader.decide("conversion-price", fixed, margin) is None and (
        "conversion-price" not in reader.fields
    ):
        reader.todo(
            "conversion-price",
            "the conversion price is not stated",
            next(iter(reader.about("convert")), ""),
        )


def _conversion_asked(reader: Reader, fixed: list[Found], market: list[Market]) -> bool:
    """Whether the conversion is a person's choice, asked with TODOs: parts of
    the note at different prices, or two notes in the text, one at a fixed
    price and the other at a market price."""
    parts = reader.first(_PARTS_AT_PRICES)
    if parts is not None:
        reader.todo(
            "conversion-price",
            "parts of the note convert at different prices: write one definition "
            "per part, or the price the books use",
            parts,
        )
        for key in _MARKET_KEYS:
            reader.absent(key)
        return True
    # "issued a promissory note ... at an exercise price of $1.60" and, in
    # another paragraph, "issued a promissory note ... at eighty percent
    # (80%) of the lowest trading price": two notes, two legs
    if fixed and market and _apart(fixed, market) and _several_notes(reader) >= 2:
        why = (
            "the text describes several notes, one converting at a fixed price "
            "and another at a market price: keep the target note's terms"
        )
        reader.todo("conversion-price", why, fixed[0].quote)
        for key in _MARKET_KEYS:
            reader.todo(key, why, market[0].quote)
        return True
    return False


def _several_notes(reader: Reader) -> int:
    """How many of the date, principal, rate and maturity have competing
    values: a text where they compete describes several notes."""
    return sum(
        (reader.fields[key].todo or "").startswith(COMPETING)
        for key in ("date", "principal", "rate", "maturity")
        if key in reader.fields
    )


def _apart(fixed: list[Found], market: list[Market]) -> bool:
    """Whether no sentence states both a fixed price and a market price."""
    return not {f.quote for f in fixed} & {m.quote for m in market}


def _market_fields(reader: Reader, market: list[Market]) -> None:
    """The keys of a conversion price the market sets."""
    first = market[0]
    discounts = [Found(m.discount, m.quote, 2) for m in market if m.discount]
    if reader.decide("conversion-discount", discounts) is None and (
        "conversion-discount" not in reader.fields
    ):
        # "a conversion price equal to the 30-day volume-weighted average price"
        reader.todo(
            "conversion-discount",
            "the price is the market reference itself, no discount stated: write "
            "conversion-discount: 0 if so",
            first.quote,
        )
    if all(m.reference == f'"{UNSTATED}"' for m in market):
        reader.silent("conversion-reference", "lowest")
    elif all(m.reference not in ('""', f'"{UNSTATED}"') for m in market):
        reader.decide(
            "conversion-reference",
            [Found(m.reference, m.quote, 2) for m in market],
        )
    else:
        reader.todo(
            "conversion-reference",
            "the reference is not one of the language's (lowest, average, "
            "average-2-lowest to average-5-lowest): decide how to book it",
            first.quote,
        )
    lookbacks = [Found(m.lookback, m.quote, 2) for m in market if m.lookback]
    decided = reader.decide("conversion-lookback", lookbacks)
    if decided is not None and any(m.plain_days for m in market):
        reader.confirm(
            "conversion-lookback",
            "the text counts days, not trading days; the plugin counts the "
            "closing prices before the conversion: confirm",
        )
    if decided is None and "conversion-lookback" not in reader.fields:
        reader.todo(
            "conversion-lookback",
            "the number of trading days is not stated",
            first.quote,
        )
    floor = reader.decide("conversion-price-floor", floor_prices(reader))
    if floor is None and "conversion-price-floor" not in reader.fields:
        reader.absent("conversion-price-floor")
    reader.todo(
        "share-commodity",
        "name the commodity whose price directives are the share's closing prices",
    )


def _par_before_the_class(reader: Reader) -> list[Found]:
    """The par written before the class: "shares ("Shares") of the Company's
    $0.001 common stock"."""
    return [
        Found(money.text(places=None), sentence, 2)
        for sentence in reader.about("common stock")
        for money in reader.every_amount(sentence)
        if 0 < money.number < 1
        and rx.match(r"\s*(?:par value\s+)?common stock\b", sentence[money.end :], re.I)
    ]


def _par_of_each_share(reader: Reader) -> list[Found]:
    """The British and Hong Kong form of a par value: "new ordinary shares
    of 1.5p each", "shares of HK$0.01 each", "converted into ordinary shares
    of 0.01 pence"."""
    found = []
    for sentence in reader.about("shares of"):
        for money in reader.every_amount(sentence):
            before = sentence[: money.start]
            # ("the New Ordinary Shares of 0.1p each"; not the shares before a
            # reorganisation, nor deferred ones: "each Existing Ordinary Share
            # of 25p has been sub-divided into one Ordinary Share of 0.1 pence
            # and one Deferred Share of 24.9 pence")
            if rx.search(
                r"\b(?:existing|deferred)\s+(?:ordinary\s+)?shares?\s+of\s*$",
                before,
                re.I,
            ):
                continue
            # ("new shares of nominally DKK 0.0375 each"; an Indian company's
            # "equity shares of the face value of Rs 10.00 each")
            if rx.search(
                r"\bshares? of\s*(?:nominally\s*|(?:the\s+)?face\s+value\s+(?:of\s+)?)?$",
                before,
                re.I,
            ) and (
                rx.match(r"\s*each\b", sentence[money.end :])
                or (
                    rx.search(r"\bordinary shares? of\s*$", before, re.I)
                    and money.number < 1
                )
            ):
                found.append(Found(money.text(places=None), sentence, 2))
        # ("new ordinary shares of one pence each": the pence in words)
        for match in rx.finditer(
            r"\bordinary shares? of (one|two|five|ten) (?:pence|penny) each\b",
            sentence,
            re.I,
        ):
            pence = _PENCE_WORDS[match.group(1).lower()]
            found.append(Found(f"{Decimal(pence) / 100} GBP", sentence, 2))
    return found


_PENCE_WORDS = {"one": 1, "two": 2, "five": 5, "ten": 10}


def _par_value(reader: Reader) -> None:
    # (a note the text never says converts, "secured promissory notes ... and
    # accompanying ... warrants": a par value is the warrants' shares')
    if not reader.about("conver", "exchangeab", "exchange into", "swapped"):
        reader.todo("par-value", "the text does not say the note converts", "")
        return
    pattern = re.compile(
        r"(?:par|nominal) value(?: of)?(?: per share)?(?: of)?\s*:?\s*$", re.I
    )
    found = []
    for sentence in reader.about("par value", "nominal value"):
        for money in reader.every_amount(sentence):
            # (not "NIS50,000,000 par value bonds": the bonds' face; nor "a
            # nominal value of $10,612,000": the notes' face; nor "$0.00 1",
            # a misprint: no par is written "no par value")
            # (a dong's, a rupiah's or a won's par is thousands: "Par value:
            # VND10,000/share")
            if (
                not 0
                < money.number
                < (100_000 if money.currency in ("VND", "IDR", "KRW") else 100)
            ):
                continue
            # (nor a preferred stock's: "248,755 shares of newly-created
            # convertible preferred stock of the Company, par value $0.0001")
            # (nor a debenture's: "debentures (Series E) with a par value of
            # NIS 1 each")
            # (but the note's own class: "shall convert into fully paid and
            # nonassessable shares of the preferred stock, par value $0.001")
            own_preferred = rx.search(
                r"\binto\s+(?:[\w-]+,?\s+){0,6}(?:the\s+)?preferred\s+(?:stock|shares?)\b"
                r"[^.;$]{0,30}$",
                sentence[: money.start],
                re.I,
            )
            if not own_preferred and rx.search(
                r"\bpreferred\s+(?:stock|shares?)\b[^.;$]{0,30}$"
                r"|\b(?:debentures?|notes?|bonds?)\b(?:\s*\([^)]{0,20}\))?\s+with\s+a\s+"
                r"(?:par|nominal)\s+value\s+of\s*$"
                # ("new convertible secured loan notes of £1.00 par value each")
                r"|\b(?:debentures?|notes?|bonds?)\s+of\s*$"
                # ("400,000 Loan Notes each having nominal value of £1")
                r"|\b(?:debentures?|notes?|bonds?)\s+each\s+(?:having|with)\s+(?:a\s+)?"
                r"(?:par|nominal)\s+value\s+of\s*$"
                # ("Cortus Energy AB's convertible loan has a nominal value of 1
                # SEK")
                r"|\b(?:debentures?|notes?|bonds?|loans?)\s+(?:has|have|carry|carries)\s+an?\s+"
                r"(?:par|nominal|face)\s+value\s+of\s*$"
                # (an issue price against the stock's own nominal: "LOAN STOCKS
                # ("ICULS") AT 100% OF THE NOMINAL VALUE OF RM0.15 EACH")
                r"|\bat\s+\d[\d.]*\s?%\s+of\s+(?:the\s+|its\s+)?(?:par|nominal)\s+value\s+of\s*$"
                # ("One Convertible Bond 2018 (nominal value EUR 4.12)")
                r"|\b(?:debenture|note|bond)\b[^.;()]{0,10}\(\s*(?:par|nominal|face)\s+value\s*$",
                sentence[: money.start][-70:],
                re.I,
            ):
                continue
            # (nor a bond's nominal after the issue's size: "for a total
            # amount of €215 million ..., nominal value €20.80 per Bond")
            if rx.match(
                r"\s*per\s+(?:bond|note|debenture|oceane)\b",
                sentence[money.end :],
                re.I,
            ):
                continue
            if pattern.search(sentence[: money.start][-40:]) or rx.match(
                # (nor a loan stock's: "for RM1.00 nominal value Irredeemable
                # Convertible Unsecured Loan Stocks")
                # (nor the notes' face one share takes: "Each NIS1.47 par value
                # in Notes into convertible into one ... share")
                r"^\s*(?:par|nominal) value\b(?!\s+(?:(?:in|of)\s+(?:the\s+)?)?(?:bonds?|notes?|debentures?)\b)"
                r"(?!\s+(?:[\w-]+\s+){0,3}(?:loan\s+stocks?|iculs|rculs)\b)",
                sentence[money.end :],
                re.I,
            ):
                found.append(Found(money.text(places=None), sentence, 2))
    found += _par_of_each_share(reader)
    found += _par_before_the_class(reader)
    if reader.decide("par-value", found) is not None or "par-value" in reader.fields:
        return
    no_par = reader.about("no par value", "without par value")
    if no_par:
        reader.todo(
            "par-value", "shares without par value: write par-value: 0", no_par[0]
        )
        return
    reader.todo("par-value", "the par value of the shares is not stated", "")


#: American depositary shares by their name or its abbreviation ("ADSs",
#: "American Depositary Shares", also spelt "Depository").
_ADS = r"(?-i:ADSs?|American [Dd]eposit[ao]ry [Ss]hares)"
#: After "units", the trust whose units they are: "units of the REIT",
#: "units of Cominar (the "Units")" (not a company's units of shares and
#: warrants).
_A_TRUSTS = (
    r"(?=\s+of\s+(?:the\s+)?(?-i:REIT|Trust)\b"
    r"|\s+of\s+(?-i:[A-Z][a-z]+)\s+\(the\s+[\"“](?-i:Units)[\"”]\))"
)
#: A trust or an income fund, by its units or its name.
_A_TRUST_ISSUER = re.compile(
    r"\btrust\s+units?\b|(?-i:\b(?:Income\s+Fund|Real\s+Estate\s+Investment\s+Trust|REIT)\b)",
    re.IGNORECASE,
)
#: Units, and not of shares: "into units at a conversion price", "into units
#: of BTB".
_INTO_UNITS = re.compile(
    r"\bconvertible\b[^.]{0,80}\binto\s+units\b(?!\s+of\s+(?:the\s+company|common|ordinary)\b)"
    r"(?![^.]{0,80}\b(?:warrants?|each\s+unit\s+consist))",
    re.IGNORECASE,
)
_SHARE_CLASS = re.compile(
    # registered shares, in Mexican usage: "into nominative ordinary shares
    # without par value"
    r"\binto\s+((?-i:[Nn]ominative)\s+(?:ordinary|common))\s+shares\b|"
    # "convertible ... into shares of the Company's Series B Preferred
    # Stock": a preferred class only right after "into"
    # ("into shares of newly designated Class B Convertible Preferred Stock";
    # "into 112,223 shares of convertible preferred stock")
    # ("convert into fully paid and nonassessable shares of the preferred
    # stock")
    # ("into a number of shares of the Company's preferred stock")
    r"\binto\s+(?:[\d,]+\s+|a number of\s+)?(?:fully[- ]paid,?\s+(?:and\s+)?non-?assessable\s+)?"
    r"(?:(?:shares|units)\s+of\s+)?(?:the\s+|our\s+|its\s+)?(?:Company['’]s\s+)?"
    r"(?:newly designated\s+)?"
    # ("Series D-1 Convertible Preferred Stock")
    # ("automatically convertible into series F preferred stock")
    r"((?:(?-i:Series|Class|series)\s+[A-Z0-9]{1,3}(?:-[A-Z0-9]{1,2})?\s+)?"
    r"(?:(?:convertible|redeemable|cumulative)\s+)*"
    r"preferred)\s+(?:Shares?|Stock)\b"
    # (not a series a later financing will set: "into the Company's
    # preferred stock of the same series issued in such equity financing")
    r"(?!\s+of\s+the\s+same\s+series\b)"
    # "into the Company's ADSs, two of which represent one ordinary share";
    # "106.2756 of the Company's ADS per US$1,000"
    # ("may be converted ... into ADS of the Company"; "The initial
    # conversion rate of the Notes is 106.2756 of the Company's ADS")
    # ("convertible into cash, American depositary shares ("ADSs")
    # representing Suntech's ordinary shares")
    # ("convertible into Qihoo 360's American Depositary Shares")
    r"|\binto\s+(?:cash,?\s+(?:or\s+)?)?(?:the\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z0-9]\w*['’]s\s+)?"
    rf"({_ADS})\b"
    r"|\bconversion rate\b(?:[^.]|\.(?=\d)){0,40}\bof\s+the\s+company['’]s\s+((?-i:ADSs?))\b"
    # ("the Exchangeable Notes will be exchangeable at the option of holders
    # for (i) cash, (ii) American Depositary Shares (the “ADSs”)")
    r"|\bexchangeable\b[^.;]{0,80}?\bfor\s+(?:\(i\)\s*)?(?:cash,?\s+)?(?:\(ii\)\s*)?"
    rf"({_ADS})\b"
    # ("Upon conversion, the Company will pay or deliver, as the case may be,
    # cash, ADSs, or a combination of cash and ADSs")
    r"|\bupon\s+conversion\b[^.;]{0,40}\b(?:pay\s+or\s+)?deliver\b[^.;]{0,40}?\bcash,\s+"
    rf"({_ADS})\b"
    # ADSs issued on conversion: "American Depositary Shares Representing
    # Ordinary Shares Issuable Upon Conversion of the Notes"; "the American
    # Depositary Shares, or ADSs, issuable upon conversion of the Notes"
    rf"|\b({_ADS})(?:,?\s+or\s+ADSs,?)?\s+"
    r"(?:representing\s+(?:[\w-]+\s+){0,3}?shares\s+)?issuable\s+upon\s+conversion\b"
    # "The initial Conversion Rate shall be 444.4444 Ordinary Shares ... per
    # US$1,000"
    r"|\bconversion rate\b[^.]{0,30}?\b\d[\d,]*(?:\.\d+)?\s+((?-i:Ordinary|Common))\s+"
    r"(?:Shares?|Stock)\b"
    # "The initial conversion rate of the Notes is 15.0462 American
    # depositary shares ("ADSs")"
    r"|\bconversion rate\b[^.]{0,30}?\b\d[\d,]*(?:\.\d+)?\s+"
    rf"({_ADS})\b"
    # ("Class 2 common stock")
    # ("Class “A” Common Shares")
    # ("ClassA Common Stock": a copy that lost the space)
    r"|\b((?:Class ?[“\"']?[A-Z0-9][”\"']?\s+|(?-i:Series\s+[A-Z0-9]{1,3})\s+"
    # ("the company's A ordinary shares": the letter before the words)
    r"|(?-i:[A-Z])\s+(?=(?-i:Ordinary|ordinary\s+shares)))?"
    # ("Class A voting common stock")
    r"(?:(?:non-)?voting\s+)?(?:Ordinary|Common))\s+(?:Shares?|Stock)\b"
    # another company's class: "convertible into Vapor common stock" (after
    # a merger)
    r"|\binto\s+((?!(?-i:Company|Class|Series|New|Such|Our|The|Its|Parent)\b)"
    r"(?-i:[A-Z][a-z]+)\s+(?:common|ordinary))\s+(?:shares?|stock)\b"
    # (or the company's name after the class: "convertible into common
    # Novaland shares", "convert the amount into ordinary ElderCare shares")
    r"|\binto\s+(common|ordinary)\s+(?-i:[A-Z][A-Za-z]+)\s+shares\b"
    r"|\b(ordinary|common)\s+(?:shares?|stock)\b"
    # ("can be converted into common stocks")
    r"|\binto\s+(common|ordinary)\s+stocks\b"
    # a class by its letter alone: "convertible at the holder's option into
    # Class A shares of Boralex"
    # ("bonds convertible into new Class C shares")
    r"|\binto\s+(?:new\s+)?((?-i:Class\s+[A-Z]))\s+shares\b"
    # a Chinese issuer's Hong Kong-listed class: "convertible into H Shares";
    # "will be converted into about 60.9 million H shares"
    r"|\binto\s+(?:about\s+|approximately\s+)?(?:[\d,.]+\s+(?:million\s+)?)?"
    r"((?-i:H))[- ](?:shares?|Shares?)\b"
    # ("each convertible into a registered ordinary share (non-par)")
    r"|\binto\s+an?\s+(registered\s+ordinary)\s+share\b"
    # Australian depositary interests: "convertible into CHESS Depositary
    # Interests (CDIs)"
    r"|\binto\s+((?-i:CHESS\s+Depositary\s+Interests))\b"
    # global depositary receipts: "convertible into Global Depositary Receipts
    # ("GDRs") ..., each representing one ordinary share"
    r"|\binto\s+(?:(?-i:Global\s+Depositary\s+Receipts)\s*\(\s*[\"“])?((?-i:GDRs))\b"
    # ("Convertible into Global Depositary Receipts representing ordinary
    # shares"; "convertible into American Depositary Receipts ("ADRs")")
    r"|\binto\s+((?-i:(?:Global|American)\s+Depositary\s+Receipts))\b"
    # an Indian company's: "convertible into equity shares of Rs 2 each"
    # (not "equity share of TuanChe Internet": a stake)
    r"|\b(equity)\s+shares\b|\bper\s+(equity)\s+share\b"
    # an income trust's or a REIT's: "convertible ... into trust units of
    # the REIT at $5.65 per trust unit"
    r"|\binto\s+(?:approximately\s+)?(?:[\d,.]+\s+)?(trust\s+units)\b"
    # (or a trust's partnership's: "convertible into Exchangeable Limited
    # Partnership Units ("Exchangeable LP Units") of Canexus Limited
    # Partnership")
    r"|\binto\s+((?-i:Exchangeable\s+Limited\s+Partnership\s+Units))\b"
    # (a REIT's units: "convertible ... into units of Cominar (the
    # "Units")", "into units of the REIT")
    r"|\binto\s+(?:approximately\s+)?(?:[\d,.]+\s+)?((?-i:units|Units))" + _A_TRUSTS +
    # (or said only of its price: "an initial conversion price of C$16 per
    # trust unit")
    r"|\bconversion\s+price\s+of\s+\S{1,12}\s+per\s+(trust\s+unit)\b"
    # (a stapled REIT's: "convertible ... into stapled units of H&R")
    r"|\binto\s+(?:approximately\s+)?(?:[\d,.]+\s+)?(stapled\s+units)\b"
    # (or named by the trust's capitals: "convertible into new CMT units";
    # "exchangeable at anytime into A-REIT units")
    r"|\binto\s+(?:new\s+)?(?-i:[A-Z][A-Z-]{1,8})\s+((?-i:units|Units))\b"
    # a Canadian exchange's bulletin: "convertible into 3,166,667 listed
    # shares", "$1.80 per listed share"
    r"|\binto\s+(?:a maximum of\s+)?[\d,]+\s+(listed)\s+shares\b"
    # a Swiss or German class: "convertible into 30 mio. Von Roll bearer
    # shares"
    # ("convertible into 2.33 million registered shares of Implenia Ltd.";
    # "the right to convert into ordinary bearer shares in the Company";
    # "to convert bonds ... into common registered shares of the Company")
    # (not "into registered shares of common stock": shares registered for
    # resale)
    # ("Registered, convertible to ordinary registered issuer's shares")
    # ("convertible into up to 2,477,809 newly issued bearer shares")
    # ("into 9,554,140 no-par value bearer shares of BUWOG": the class as
    # written)
    # ("into non-par value shares in WESTGRUND Aktiengesellschaft")
    r"|\b(?:into|convertible\s+to)\s+(?:(?!no-par\b|non-par\b|par\b|value\b)[\w.,-]+\s+){0,5}?"
    r"((?:non?-par\s+value\s+)?(?:(?:ordinary|common)\s+)?(?:bearer|registered)"
    r"|non-par\s+value(?=\s+shares\s+in\b))\s+"
    r"(?:issuer['’]s\s+)?shares\b"
    r"(?!\s+of\s+(?:the\s+company['’]s\s+)?common\b)"
    # a Canadian dual-class issuer's: "convertible into Class A subordinate
    # voting shares", "converted into Subordinate Voting Shares of
    # FirstService"
    # (not one of two: "common voting shares or variable voting shares")
    r"|(?<!\bor )(?<!\band )\b((?:Class [“\"']?[A-Z][”\"']?\s+)?"
    r"(?:subordinate|multiple|restricted|variable)\s+voting)\s+shares?\b",
    re.IGNORECASE,
)


_CONVERTED_INTO_WHICH = re.compile(
    r"\b((?:(?-i:Series|Class)\s+[A-Z0-9]{1,3}\s+)?(?:preferred|common|ordinary))\s+"
    r"(?:stock|shares)\s+into which (?:this|the|such) (?:[\w-]+\s+){0,3}"
    r"(?:note|debenture)s?\s+(?:can|may|shall|will)\s+be\s+converted\b"
    # ("THIS NOTE AND THE SHARES OF PREFERRED STOCK ISSUABLE UPON
    # CONVERSION OF THIS NOTE HAVE NOT BEEN REGISTERED")
    r"|\bthis\s+(?:note|debenture)\s+and\s+the\s+shares\s+of\s+"
    r"((?:(?-i:SERIES|Series)\s+[A-Z0-9]{1,3}\s+)?(?:preferred|common))\s+stock\s+"
    r"issuable\s+upon\s+conversion\s+of\s+this\s+(?:note|debenture)\b",
    re.IGNORECASE,
)
#: What another security converts into: "by conversion of the Series A
#: Preferred Stock into our common shares"; "Each share of Series D-1
#: Preferred Stock is convertible into 10 shares of common stock"; "in cash,
#: and not by conversion into any of our common shares".
_ANOTHER_SECURITY = re.compile(
    r"preferred stock is (?:further |currently )?convertible"
    r"|\bconversion of (?:the |its |our )?(?:[\w-]+ ){0,3}"
    r"(?:preferred|warrants?|options?)\b"
    r"|\bnot\s+by\s+(?:way\s+of\s+)?conversion\b",
    re.IGNORECASE,
)


#: A class named for something other than what the note converts into: an
#: anti-dilution trigger ("if the Company issues shares of its common stock or other
#: securities convertible into"), or interest paid in shares ("in shares
#: of Common Stock of the Company valued at", "an equivalent value of common
#: shares").
_NOT_CONVERTED_INTO = re.compile(
    r"\bissue[sd]? (?:any )?(?:additional )?shares of (?:its |our |the company['’]s )?$"
    # "securities convertible to Common Stock" (other securities); "the
    # 10-day trailing average daily dollar volume of the common shares"; a
    # definition, "(the "Common Stock")", which names what the clause before
    # it is about
    r"|\bsecurities convertible (?:in)?to\s+$|\bvolume of (?:the )?$|\(\s*(?:the\s+)?[\"“]$"
    # (not the bonds' own exchange: "exchangeable bonds (the “Bonds”)
    # exchangeable for ordinary shares of OHL México")
    # (nor a note's, said of it: "Each note ... is exchangeable for class B
    # common stock")
    r"|(?<!bonds )(?<!notes )(?<!bonds”\) )(?<!notes”\) )(?<!\bis )(?<!\bare )"
    r"\bexchangeable for (?:shares of )?(?:its |our |the company['’]s )?$"
    r"|\binterest\b.{0,120}\bin (?:shares of )?$"
    r"|\bequivalent value of $"
    # ("There is no early re-payment penalty or ability to convert into
    # ordinary shares"; "an upsized secondary offering of 17,500,000 shares of
    # common stock"; "Pricing of Concurrent Common Stock and Convertible Senior
    # Notes")
    r"|\bno\b[^.;]{0,40}\bability to convert into (?:shares of )?$"
    r"|\boffering of [\d,]+ (?:new )?shares of (?:its |our |the company['’]s )?$"
    r"|\bconcurrent\s+$",
    re.IGNORECASE,
)


#: The price a trigger watches, after the class: "if the last reported sale
#: price per share of the Company's common stock equals or exceeds 130% of
#: the conversion price", or has been so for so many trading days (a
#: market-priced conversion's "85% of the closing bid price of the
#: company's common stock for the trading day" names the class converted
#: into).
_PRICE_TRIGGER = re.compile(
    r"\s+(?:equals|exceeds|is (?:equal to|greater than|at least|above|below))\b"
    # ("if the last reported sale price of NuVasive's common stock for at
    # least 20 trading days in any 30 trading day period has been at least
    # 130% of the conversion price")
    r"|\s+for\s+at\s+least\s+(?:\d+|[a-z]+)\s+(?:\(\d+\)\s+)?trading\s+days\b[^.;]{0,80}?"
    r"\b(?:has\s+been|equals|exceeds)\b",
    re.IGNORECASE,
)


def _before_another_security(sentence: str) -> str:
    """The sentence up to where it turns to another security's conversion
    (all of it when it does not; nothing when it starts there)."""
    match = _ANOTHER_SECURITY.search(sentence)
    return sentence if match is None else sentence[: match.start()]


def _another_class(sentence: str, match: re.Match[str]) -> bool:
    """A class the sentence names for something other than what the note
    converts into: shares a warrant buys, an offering or a listing, a count
    of shares issued, an anti-dilution clause, interest paid in shares, a
    trigger's price."""
    before = sentence[: match.start()]
    around = sentence[max(0, match.start() - 70) : match.end() + 20]
    # shares a warrant buys are not the note's
    bought = rx.search(
        # ("warrants ... to initially purchase an aggregate of 2,292,040 of
        # the Company's Class A ordinary shares")
        r"(?:to (?:initially\s+)?(?:acquire|purchase)|exercisable (?:for|into))\s+"
        r"(?:[^.;]{0,40}|an aggregate of [\d,]+ of the company['’]s\s+)$",
        before,
        re.I,
    )
    # "a public offering of common stock", "the listing of our common stock",
    # "settled by issuing 141,782 common shares": not the class the note
    # converts into
    other = rx.search(
        # (not "convertible into 3,500,000 Ordinary Shares")
        r"(?:offering|listing|sale) of (?:our |its |the company['’]s )?$"
        # ("subject to adjustment, including for issuances of common stock";
        # "all of these notes were settled for shares of common stock")
        r"|\bissuances of (?:additional\s+)?$"
        # (not "They will be settled in shares of common stock": the notes'
        # own settlement)
        r"|\b(?:were|was|have been|has been)\s+settled\s+(?:for|in)\s+(?:[\d,]+\s+)?"
        r"(?:shares\s+of\s+)?(?:its\s+|our\s+)?$"
        # (nor "convert ... into an aggregate of 32,971,466 Class A ordinary
        # shares")
        # (nor a conversion rate's decimals: "104.3297 common shares ... per
        # US$1,000")
        r"|(?<!\binto )(?<!\binto an aggregate of )(?<![\d,.])\b[\d,]{4,}\s+$",
        before[-40:],
        re.I,
    )
    # "19,231 restricted shares of our common stock as a $50,000 origination
    # fee" (not "into 2,991,773 shares and 3,496,503 shares of the Company's
    # common stock", nor "9,634,700 shares of the Company's common stock may
    # be issued upon conversion")
    counted = (
        rx.search(
            r"(?<![\d,.])\b[\d,]{4,}\s+(?:restricted\s+)?shares\s+of\s+"
            r"(?:our|its|the company['’]s)\s+$",
            before,
            re.IGNORECASE,
        )
        and not rx.search(r"\binto\b", before[-80:])
        and not rx.search(r"conver", sentence[match.end() : match.end() + 60])
    )
    return bool(
        rx.search(r"warrant", around, re.I)
        or bought
        or other
        or counted
        or _NOT_CONVERTED_INTO.search(before[-160:])
        or _PRICE_TRIGGER.match(sentence, match.end())
        # "common stock equivalents": securities, not a class
        or rx.match(r"\s+equivalents\b", sentence[match.end() :]) is not None
        # a listing: "Qrons, Inc. ..., the common stock of which ... trades on
        # the OTC Markets"
        or rx.match(
            r"\s+of which\b[^.;]{0,60}\b(?:trades?|is traded|is listed|is quoted)\b",
            sentence[match.end() :],
            re.IGNORECASE,
        )
    )


#: A conversion into warrants: "convertible, in any amount, at the option of
#: FEI into warrants to purchase shares"; "into that number of warrants";
#: "into private-placement-style warrants".
#: (not a conversion done, of another note: "the holder of the 24% related
#: party note payable converted the note ... into warrants")
_INTO_WARRANTS = re.compile(
    r"\b(?:convertible|convert|(?:be|been)\s+converted)\b[^.;]{0,200}?\binto\s+(?:that\s+number\s+of\s+"
    r"|the\s+number\s+of\s+|certain\s+)?(?:(?P<placement>(?-i:Private\s+Placement)\s+)"
    r"|private-placement-style\s+)?warrants\b",
    re.IGNORECASE,
)


def _into_warrants(sentence: str) -> re.Match[str] | None:
    """A conversion into warrants alone, not into shares first and warrants
    for the rest ("convertible into shares of the Company's common stock
    ... and the remaining portion of each Note shall be converted into
    warrants")."""
    match = _INTO_WARRANTS.search(sentence)
    if match is None or rx.search(
        r"\binto\s+(?:[\d,]+\s+)?shares\b", sentence[: match.end()], re.IGNORECASE
    ):
        return None
    return match


#: Conversions whose class a person names.
_CLASS_ASKS = (
    # "convert ... into Series B Preferred Stock of the Company at $5.00 per
    # share, or into Common Stock at $5.00 per share": the holder's choice of
    # two classes
    (
        re.compile(
            r"\binto\s+(?:[\w-]+\s+){1,4}(?:stock|shares)\b(?:[^.;]|\.(?=\d)){0,60}\bper\s+"
            r"share,?\s+"
            r"or\s+into\s+(?:[\w-]+\s+){0,3}(?:stock|shares)\b"
            # ("shares of common stock or Series C Convertible Preferred Stock
            # of the Company, at a price per share equal to")
            r"|\bshares of common stock or (?-i:Series|Class) [A-Z0-9]{1,3} "
            r"(?:convertible )?preferred stock\b",
            re.IGNORECASE,
        ),
        "the note converts into either of two classes, at the holder's choice: "
        "write the class the books expect",
    ),
    # "convertible into units, where each unit consists of: (i) one share of
    # common stock ... and (ii) a warrant": a unit is no class of shares
    (
        # ("the note is convertible into “Conversion Units.” Each Conversion
        # Unit consists of one share of common stock ... and one warrant")
        # ("convertible into 8,389,176 Units at a conversion price of")
        # ("convert ... the Second WC Note into that number of units (the
        # “Conversion Units”)"; "convertible into common share units")
        re.compile(
            r"\bconvert(?:ible|ed)?\b[^.]{0,120}?\binto (?:that number of |the number of )?"
            r"(?:[\d,]+\s+)?[\"“]?(?:conversion |common share |share )?units\b"
            # (not "into units of common stock of the Company": shares)
            r"(?!\s+of\s+(?:the\s+company['’]s\s+)?(?:common|ordinary)\b)"
            # (nor a trust's units: "into units of Cominar (the "Units")")
            r"(?!" + _A_TRUSTS + ")",
            re.IGNORECASE,
        ),
        "the note converts into units of shares and warrants: name the "
        "commodity (the units, or the shares in them), and book the "
        "warrants apart",
    ),
    # "convert ... into ordinary shares of common stock of MOXC": two names
    # for the class, a person writes the one the books use
    (
        re.compile(r"\bordinary shares? of common stock\b", re.IGNORECASE),
        "the text calls the class both ordinary shares and common stock: "
        "write the class the books use",
    ),
    # (or with a slash: "convertible into ordinary / equity shares")
    (
        re.compile(
            r"\b(?:ordinary|common|equity)\s*/\s*(?:ordinary|common|equity)\s+shares?\b",
            re.IGNORECASE,
        ),
        "the text gives the class two names with a slash: write the class the "
        "books use",
    ),
    # "conversion of the convertible debt into common stock, the number of
    # new B shares in Bluefish will increase": a class letter beside "common
    # stock", a person writes the one the books use
    (
        re.compile(
            r"\binto\s+common\s+(?:stock|shares)\b[^.;]{0,120}\bnew\s+(?-i:[A-Z])\s+shares\b",
            re.IGNORECASE,
        ),
        "the text calls the class both common stock and shares of a lettered "
        "class: write the class the books use",
    ),
    # "convertible into ordinary shares or American depositary shares
    # (“ADSs”)": two classes, the holder's choice
    # ("convert the notes issued into fully paid ordinary shares or ADRs
    # (American Depositary Receipts)")
    (
        re.compile(
            r"\binto\s+(?:the\s+company['’]s\s+)?(?:fully[- ]paid\s+)?(?:class\s+[a-z]\s+)?"
            r"(?:ordinary|common)\s+(?:shares|stock)\s+(?:and/)?or\s+"
            r"(?:american depositary (?:shares|receipts)|ad[sr]s?)\b",
            re.IGNORECASE,
        ),
        "the note converts into ordinary shares or ADSs: write the class the books use",
    ),
    # ("converted into equity shares or GDSs"; "convertible, at the option of
    # the company, into either qualifying securities ... or ordinary shares
    # or American depositary shares")
    (
        re.compile(
            r"\binto\s+(?:equity|ordinary|common)\s+shares\s+or\s+(?:GDSs?|GDRs?)\b"
            # (not "into either cash or common shares": one class)
            r"|\binto\s+either\s+(?!cash\b)[^.;]{0,200}\bor\s+(?:ordinary|common|equity)\s+shares\b",
            re.IGNORECASE,
        ),
        "the note converts into one of several securities: write the class the "
        "books use",
    ),
    # "convertible into series F convertible preferred stock at $15.00 per
    # preferred or into common stock at $0.15 per share": two classes
    (
        re.compile(
            r"\bconvertible into\s+(?:shares of\s+)?(?:(?:series|class)\s+\w{1,2}\s+)?"
            r"(?:convertible\s+)?preferred\s+(?:stock|shares)\b(?:[^.;]|\.(?=\d)){0,80}\bor\s+into\s+"
            r"(?:shares of\s+)?(?:the\s+company['’]s\s+)?(?:common|ordinary)\s+(?:stock|shares)\b",
            re.IGNORECASE,
        ),
        "the note converts into preferred stock or common stock: write the class "
        "the books use",
    ),
)


#: A class and the short name the text gives it: "Class A common stock
#: (“common stock”)".
_SHORT_CLASS = re.compile(
    r"\b((?:Class|Series)\s+[A-Z0-9]{1,2}\s+(?:common|ordinary)\s+(?:stock|shares?))\s*"
    r"\(\s*(?:the\s+)?[\"“]((?:common|ordinary)\s+(?:stock|shares?))[\"”]\s*\)",
    re.IGNORECASE,
)
_BARE_SHARES = re.compile(
    # (a statement, not a form's heading: "Convertibles (i.e. Convertible
    # into Shares of the Issuer which are to be Listed)")
    r"\b(?:is|are|be|was|were)\s+convertible into shares\b"
    r"(?![^.;,]{0,40}\b(?:class|common|ordinary|series|preferred|restricted|ads)\b)",
    re.IGNORECASE,
)


def _a_trusts_units(reader: Reader, ranked: list[str]) -> bool:
    """Whether the note converts into an income fund's or a trust's own units
    ("convertible at the option of the holder into units at a conversion
    price of $61.40 CAD per unit" from a fund that sells "trust units", "into
    units of BTB" from a real estate investment trust): the class drafted."""
    if reader.first(_A_TRUST_ISSUER) is None:
        return False
    units = next((s for s in ranked if _INTO_UNITS.search(s)), None)
    if units is None:
        return False
    reader.set("share-class", '"units"', units)
    return True


def _class_asked(reader: Reader, ranked: list[str]) -> bool:
    """Whether a sentence makes the class a person's choice (see
    ``_CLASS_ASKS``): the TODO drafted."""
    for pattern, why in _CLASS_ASKS:
        asked = next((s for s in ranked if pattern.search(s)), None)
        if asked is not None:
            reader.todo("share-class", why, asked)
            return True
    return False


def _warrants_class(reader: Reader, ranked: list[str]) -> bool:
    """The class of a note convertible into warrants, not shares (a
    sponsor's working capital loan): "convert up to $1,500,000 of the
    principal ... into that number of warrants"; "may be convertible into
    Private Placement Warrants at a price of $1.00"."""
    warrants = next(filter(None, map(_into_warrants, ranked)), None)
    if warrants is None:
        return False
    label = "Private Placement Warrants" if warrants.group("placement") else "warrants"
    reader.set("share-class", f'"{label}"', warrants.string)
    return True


def _share_class(reader: Reader) -> None:
    # sentences saying what the note converts into come first
    ranked = sorted(
        (
            part
            for s in reader.about("convert", "conversion", "settle", "exchangeable")
            if _may_name_the_class(s) and (part := _before_another_security(s))
        ),
        # (a conversion that happened after one the terms allow: "may be
        # converted to ordinary shares" before "have been converted to
        # common shares")
        key=lambda s: (
            # (not other securities: "any securities convertible into the
            # Company's preferred shares", a financing's)
            # ("the option to convert the bonds into equity shares")
            # ("the right to convert, at the Company's option, all or a
            # portion of the August 2016 Loan (including principal and
            # interests) into Series D1 preferred shares")
            # ("conversion of the convertible debenture into Crusader's
            # ordinary shares")
            rx.search(
                r"(?<!securities )\b(?:convert(?:ible|ed)?|conversion of),?\s+"
                r"(?:at\s+[^,;.]{1,40},\s+)?"
                r"(?:all or (?:a |any )?portion of\s+)?(?:(?:the|its|such)\s+"
                r"(?:[\w-]+\s+){0,4}(?:bonds|notes|debentures?|loan)\s+(?:\([^)]{0,60}\)\s+)?)?into\b",
                s,
                re.I,
            )
            is None,
            # (a conversion done, after the terms: "were converted into Series
            # D1 convertible redeemable preferred shares", earlier loans')
            rx.search(
                r"\b(?:have|has|had) been converted\b|\b(?:was|were) converted into\b",
                s,
                re.I,
            )
            is not None,
        ),
    )
    if (
        _a_trusts_units(reader, ranked)
        or _class_asked(reader, ranked)
        or _warrants_class(reader, ranked)
    ):
        return
    # notes settled in cash only: "The notes will be convertible ... solely
    # into cash" (the shares in the conversion rate only measure the cash)
    cash = reader.first(_INTO_CASH_ONLY)
    if cash is not None:
        reader.todo(
            "share-class",
            "the notes convert into cash only: no share class is issued on "
            "conversion; write the class the conversion rate measures, if the "
            "books hold one",
            cash,
        )
        return
    # a note's legend: "THE PREFERRED STOCK INTO WHICH THIS SECURED
    # PROMISSORY NOTE CAN BE CONVERTED" (not the common stock it pays
    # interest in)
    for sentence in ranked:
        legend = _CONVERTED_INTO_WHICH.search(sentence)
        if legend is not None:
            named = next(group for group in legend.groups() if group)
            label = " ".join(word.capitalize() for word in named.split())
            reader.set("share-class", f'"{label}"', sentence)
            return
    # the first class named, unless sentences saying the note "is
    # convertible into" a class name two (about two notes): a person picks
    # the note's
    found = []
    for sentence in ranked:
        # (not shares a consolidation merges: "THE PROPOSED CONSOLIDATION OF
        # EVERY SIX (6) ORDINARY SHARES IN THE CAPITAL OF THE COMPANY INTO ONE
        # (1) CONSOLIDATED ORDINARY SHARE", beside the notes' amendment)
        named = _first_class(
            rx.sub(
                r"\b(?:consolidation|sub-?division)\s+of\s+every\s+[\w()\s]{1,24}?"
                r"(?:ordinary|common)\s+shares?\b[^.;]*",
                "",
                sentence,
                flags=re.IGNORECASE,
            )
        )
        if named is None:
            continue
        # a listing's own class, defined after it: "into up to 206,700,343
        # Haier ordinary shares listed on Shanghai Stock Exchange
        # ("A-Shares")"
        listed = rx.search(
            rf"\b{re.escape(named)}\s+shares\b[^()\"“.;]{{0,60}}"
            r"\(\s*[\"“]([A-H]-Shares?)[\"”]\s*\)",
            sentence,
            re.IGNORECASE,
        )
        if listed is not None:
            named = listed.group(1)
        terms = rx.search(
            r"(?<!securities )\bconvertible\b[^.;]{0,40}?\binto\b", sentence, re.I
        )
        found.append(Found(f'"{named}"', sentence, 2 if terms else 1))
    found = _into_its_class(reader, _most_specific(_with_defined_class(reader, found)))
    # "convertible into shares ... at a conversion price of $3.03 per common
    # share": shares without a class, a class named only beside them (or in
    # another sentence, of other securities)
    bare = next((s for s in ranked if _BARE_SHARES.search(s)), None)
    priced = bare is not None and (
        _first_class(
            rx.sub(r"\bper\s+(?:common|ordinary)\s+share\b", "", bare, flags=re.I)
        )
        is None
    )
    if (
        found
        and bare is not None
        and priced
        and all(f.score < 2 or f.quote == bare for f in found)
    ):
        reader.todo(
            "share-class",
            "the text says the note converts into shares without naming their "
            "class: write the class the books use",
            bare,
        )
    elif not found:
        reader.silent("share-class", "no share class label")
    elif len({f.value for f in found if f.score == 2}) > 1:
        reader.decide("share-class", found)
    else:
        reader.set("share-class", _own_class(reader, found[0].value), found[0].quote)


#: Notes that convert into cash only: "convertible at the option of the
#: holders only in certain circumstances and solely into cash".
_INTO_CASH_ONLY = re.compile(
    # ("convertible at the option of the holders into solely cash")
    r"\bconvertible\b[^.;]{0,80}\b(?:(?:solely|only)\s+into|into\s+(?:solely|only))\s+cash\b",
    re.IGNORECASE,
)


def _may_name_the_class(sentence: str) -> bool:
    """Whether a sentence about conversion may name the note's class: not
    shares bought back ("to repurchase 727,379 shares of Akamai's common
    stock"), nor a note that does not convert ("The Note is not convertible
    into shares of the Company's common stock"; unlike "will not be
    convertible to the extent ...", "prior to such assumption")."""
    # (and "repurchase about $30.0 million of common stock")
    # (or "to initiate a normal course issuer bid for its common shares")
    if rx.search(
        r"\brepurchas\w*\s+(?:about\s+|approximately\s+|up to\s+)?"
        r"(?:[\d,.]+(?:\s+million)?\s+shares\b|\S{0,4}\d[\d,.]*\s*(?:million|billion)?\s+of\s+"
        r"(?:its\s+|our\s+)?(?:common|ordinary)\s+(?:stock|shares)\b)"
        r"|\bissuer bid for (?:its|our|the company['’]s) (?:common|ordinary) shares\b",
        sentence,
        re.IGNORECASE,
    ):
        return False
    # (nor a definition of the kind of instrument: "Zero coupon convertible
    # bonds are debt instruments that pay no interest and can be converted
    # into common stock of the issue at a certain price")
    if rx.match(
        r"\W*(?:[\w-]+\s+){0,4}(?:bonds|notes|debentures|convertibles)\s+are\s+(?:[\w-]+\s+)?"
        r"(?:instruments|securities)\s+that\b",
        sentence,
        re.IGNORECASE,
    ):
        return False
    # (nor a hedge's: "The capped call transactions are generally expected to
    # reduce potential dilution to the ADSs and the ordinary shares of the
    # Company upon conversion of the Notes")
    # ("capped calls to offset economic dilution ... of Bitfarms' common
    # shares")
    if rx.search(
        r"\b(?:reduce|offset)\s+(?:the\s+)?(?:potential|economic)\s+dilution\b",
        sentence,
        re.I,
    ):
        return False
    # (nor a dividend's: "to adjust the conversion prices as the proposal to
    # pay dividend of surplus at 50 yen per common stock was approved")
    if rx.search(
        r"\bdividends?\b[^.;]{0,60}\bper\s+(?:common|ordinary)\s+(?:stock|shares?)\b",
        sentence,
        re.I,
    ):
        return False
    # (nor a later exchange: "agreed to exchange the outstanding principal
    # into shares of our Series A-1 convertible preferred stock")
    if rx.search(r"\bagreed to exchange\b[^.;]{0,60}\binto\b", sentence, re.I):
        return False
    # (nor a change still negotiated: "The major contemplated change is that
    # Aires will convert its receivable into preferred shares")
    if rx.search(
        r"\bcontemplated change\b|\bproposed (?:change|amendment)\b|\bnegotiating\b",
        sentence,
        re.IGNORECASE,
    ):
        return False
    # (nor another company's shares bought: "RCI New York purchased all of
    # the shares of common stock of Peregrine for a total purchase price of
    # $7,625,000, payable ... in a secured convertible promissory note")
    if rx.search(
        r"\b(?:purchased|acquired|bought)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?"
        r"(?:issued\s+and\s+outstanding\s+)?shares\s+of\s+(?:common\s+)?stock\s+of\b",
        sentence,
        re.IGNORECASE,
    ):
        return False
    # (nor shares counted "on an as-converted basis", nor warrants for a
    # share of the stock "issuable upon conversion of the Existing Notes")
    about = rx.sub(
        r"\bas[- ]converted\b|\bconversion of the (?:existing|original|prior|old) notes\b",
        "",
        sentence,
        flags=re.IGNORECASE,
    )
    if not rx.search(r"conver|settle|exchangeable", about, re.IGNORECASE):
        return False
    # (nor a warrant's: "Each Warrant will have an exercise price of 0.6p and
    # be convertible into one Ordinary Share")
    if rx.match(
        r"\W*(?:each|the|such)\s+warrants?\b", sentence, re.I
    ) and not rx.search(
        r"\b(?:notes?|debentures?|loans?|bonds?|clns?)\b", sentence, re.I
    ):
        return False
    # (nor the preferred shares' own conversion: "the Series A Shares have
    # the same voting rights as Common Stockholders and are convertible into
    # Common Stock")
    if rx.search(
        r"\b(?:the\s+)?(?:series\s+[a-z0-9]{1,3}\s+)?(?:preferred\s+)?shares\b"
        r"(?:(?!\bnotes?\b|\bdebentures?\b)[^.;]){0,120}\b(?:are|is|will be|shall be)\s+"
        r"convertible into\b",
        sentence,
        re.I,
    ) and rx.search(r"\b(?:series\s+[a-z0-9]{1,3}|preferred)\b", sentence, re.I):
        return False
    # (nor an open offer's basis: "one Convertible Note for every
    # thirty-five Existing Ordinary Shares")
    if rx.search(r"\bfor every\s+[\w-]+(?:\s*\(\d+\))?\s+existing\b", sentence, re.I):
        return False
    return not (
        # ("The Initial Debenture contained no conversion features to shares
        # of Common Stock")
        rx.search(
            r"\bnot (?:be )?convertible\b|\bno conversion (?:features?|rights?)\b",
            sentence,
            re.IGNORECASE,
        )
        and not rx.search(
            r"\b(?:to the extent|prior to|until|unless|before|except|"
            r"(?:is|will be|shall be) convertible)\b",
            sentence,
            re.IGNORECASE,
        )
    )


def _own_class(reader: Reader, label: str) -> str:
    """A class named with a company's name ("Vapor Common") is another
    company's where the text calls its issuer "the Company"; where it never
    does, the name is the issuer's own ("Precinct Properties New Zealand
    (Precinct) ... convert into Precinct ordinary shares"): the class alone."""
    named = rx.fullmatch(
        # (not a class's own word: "Voting Ordinary")
        r'"(?!Class\b|Series\b|Registered\b|Bearer\b|Voting\b|Nominative\b)([A-Z][a-z]+) ((?:Ordinary|Common))"',
        label,
    )
    if named is None:
        return label
    # ("Goodfood Market Corp. (“Goodfood” or the “Company”) ... into Goodfood
    # common shares": the Company's own name)
    own = re.compile(
        # ("(“Trustco”, or “the Company”)")
        # ("(“Halo” or the “Company“)": a misprinted closing quote)
        rf"[\"“]{named.group(1)}[\"”]\s*(?:,\s*(?:or|and)?|or|and)\s*(?:the\s+)?[\"“](?:the\s+)?"
        r"Company[\"”“]"
    )
    # (or the text opens with it as its subject: "Bushveld Minerals has
    # satisfied the conditions ..." then "into Bushveld ordinary shares")
    opens = (
        rx.match(rf"\W*{named.group(1)}\s+[A-Z]", reader.every[0])
        if reader.every
        else None
    )
    # (or names it with its ticker, or as the one issuing: "Fibrocell
    # Science, Inc. (NASDAQ:FCSC) today announced", "Fibrocell will issue
    # 10-year Notes that are convertible into Fibrocell common stock")
    listed = re.compile(
        # ("Affymetrix, Inc., (Nasdaq: AFFX)": a comma after the legal form)
        rf"\b{named.group(1)}\b(?:\s+[A-Z][\w.&-]*){{0,3}},?(?:\s+(?:Inc|Corp|Ltd|plc|Limited)\.?,?)?"
        # ("Mesa Air Group (Nasdaq-MESA) today announced")
        r"\s*\(\s*(?:NASDAQ|Nasdaq|NYSE|OTC\w*|TSX\w*|ASX|AIM|LSE|CSE|NYSE American)\s*(?::|-(?=[A-Z]))"
        rf"|\b{named.group(1)}\s+(?:will|has|today)\s+(?:issued?|sold|sell|announced)\b"
    )
    if (
        opens is not None
        or any(
            own.search(sentence) or listed.search(sentence) for sentence in reader.every
        )
        or not any("the Company" in sentence for sentence in reader.every)
    ):
        return f'"{named.group(2)}"'
    return label


def _most_specific(found: list[Found]) -> list[Found]:
    """The classes found, a bare class read as the one more specific class
    the text also names: "shares of common stock" beside "shares of Class A
    common stock" are the Class A."""
    values = {f.value.strip('"') for f in found}
    specific = {
        value: [other for other in values if other.endswith(" " + value)]
        for value in values
    }
    return [
        Found(f'"{named[0]}"', f.quote, f.score)
        if len(named := specific[f.value.strip('"')]) == 1
        else f
        for f in found
    ]


#: "the conversion of outstanding notes into its Class A common stock": the
#: class the issuer's notes convert into, named as its own.
_INTO_ITS_CLASS = re.compile(
    r"\b(?:convert\w*|conversion)\b[^.;]{0,80}?\binto\s+(?:its|our|the company['’]s)\s+"
    r"((?-i:Class|Series)\s+[A-Z0-9]{1,3}\s+(?:common|ordinary)\s+(?:stock|shares))\b",
    re.IGNORECASE,
)


def _into_its_class(reader: Reader, found: list[Found]) -> list[Found]:
    """The classes found, a bare class read as the issuer's own class the
    text says its notes convert into, where it names one ("... into its
    Class A common stock", then "into shares of common stock")."""
    for sentence in reader.every:
        named = _INTO_ITS_CLASS.search(sentence)
        label = _first_class(named.group(1)) if named is not None else None
        if label is None:
            continue
        return [
            Found(f'"{label}"', f.quote, f.score)
            if label.endswith(" " + f.value.strip('"'))
            else f
            for f in found
        ]
    return found


def _with_defined_class(reader: Reader, found: list[Found]) -> list[Found]:
    """The classes found, a short name read as the class the text defines it
    for: "Zynga's Class A common stock (“common stock”)" makes each later
    "common stock" the Class A."""
    for sentence in reader.every:
        defined = _SHORT_CLASS.search(sentence)
        if defined is None:
            continue
        full, short = _first_class(defined.group(1)), _first_class(defined.group(2))
        if full is None or short is None:
            continue
        found = [
            Found(f'"{full}"', sentence, f.score) if f.value == f'"{short}"' else f
            for f in found
        ]
    return found


def _first_class(sentence: str) -> str | None:
    """The class a sentence says the note converts into (one named right
    after "into" first), as a label."""
    # ("convertible into shares of the Company's common stock at the
    # holder's option or automatically into shares of preferred stock":
    # both after "into", the first one named)
    matches = sorted(
        _SHARE_CLASS.finditer(sentence),
        key=lambda match: (
            not (
                match.group(0).lower().startswith("into")
                # ("convertible into cash, American depositary shares")
                or rx.search(
                    r"\binto\s+(?:cash,?\s+(?:or\s+)?)?(?:shares\s+of\s+)?(?:the\s+)?"
                    r"(?:company['’]s\s+)?$",
                    sentence[: match.start()],
                    re.IGNORECASE,
                )
            )
        ),
    )
    for match in matches:
        if _another_class(sentence, match):
            continue
        raw = rx.sub(
            r"\bClass(?=[A-Z0-9]\b)",
            "Class ",
            next(group for group in match.groups() if group),
        )
        # the class letter after the words: "Swvl's Common Shares A"
        letter = rx.match(r"\s+([A-Z])(?![\w'’.])", sentence[match.end() :])
        if letter is not None and raw.lower() in ("common", "ordinary"):
            raw = f"Class {letter.group(1)} {raw}"
        # (a trust's units, whichever number the text writes)
        raw = rx.sub(r"\bunit$", "units", raw)
        return " ".join(
            word if word[1:] != word[1:].lower() else word.capitalize()
            for word in raw.split()
        )
    return None


def _day_count(reader: Reader) -> None:
    for sentence in reader.sentences:
        lowered = sentence.lower()
        # ("a year of 360 days comprised of twelve 30 day months")
        if "30/360" in lowered or rx.search(
            r"(?:360[- ]day year|\byear of 360 days)[^.]{0,60}?"
            r"(?:30|thirty)\W*(?:\(30\)\s*)?[- ]?day months?"
            # ("a year of 360 days, consisting of 12 months of 30 days each")
            r"|\byear of 360 days,?\s+consisting of (?:12|twelve)\s+(?:\(12\)\s+)?months of "
            r"(?:30|thirty)\s+(?:\(30\)\s+)?days\b"
            # ("on the basis of a 30 day month and a 360 day year"; "twelve
            # 30-day months and a 360-day year")
            r"|\b(?:30|thirty)[- ]day months?\s+and\s+(?:a\s+)?(?:360[- ]day year|year of 360 days)"
            # ("on the basis of a year consisting of twelve months of thirty
            # days each")
            r"|\b(?:a|the)\s+year\s+(?:consisting|comprised|composed)\s+of\s+(?:12|twelve)\s+"
            r"(?:\(12\)\s+)?months\s+of\s+(?:30|thirty)\s+(?:\(30\)\s+)?days\b",
            lowered,
        ):
            reader.set("day-count", '"30/360"', sentence)
            return
        # ("a year of three hundred sixty (360) days for the actual number of
        # days elapsed")
        # (or abbreviated: "2.00 % p.a. (act/360)")
        if rx.search(r"\bact(?:ual)?/360\b", lowered) or (
            "actual" in lowered
            and rx.search(
                r"\b360[- ]day year\b|\byear of (?:three hundred sixty \(360\)|360) days\b"
                # ("the actual number of days elapsed divided by 360")
                r"|\bdays elapsed divided by (?:three hundred sixty \()?360\b",
                lowered,
            )
        ):
            reader.set("day-count", '"ACT/360"', sentence)
            return
        # "a 365-day year (or 366-day year, as appropriate)": the year's own
        # length
        if rx.search(
            r"\bact(?:ual)?/act(?:ual)?\b"
            r"|365[- ]day year\W*(?:or|and)\s+(?:a\s+)?366[- ]day year"
            # "on the basis of a year of 365 or 366 days, as applicable"
            r"|\byear of 365 or 366 days\b|\b365[/-]366[- ]day year\b"
            # ("in a year consisting of a 365 or, if applicable, a 366 day
            # year")
            r"|\ba 365\s+or,?\s+(?:if applicable|as applicable|as the case may be),?\s+"
            r"a 366[- ]day year\b"
            # ("on the basis of a 365-day year; 366 days in a leap year"; "a
            # year of 365 days, or 366 days in the case of a leap year")
            r"|\b(?:365[- ]day year|year of 365 days)\W{0,3}(?:or\s+)?366 days in "
            r"(?:the case of )?a leap year\b"
            r"|\bactual number of days in (?:the|such|each) (?:calendar )?year\b",
            lowered,
        ):
            reader.set("day-count", '"ACT/ACT"', sentence)
            return
        if (
            rx.search(r"\bact(?:ual)?/365\b", lowered)
            # ("computed on a 365/365 simple interest basis")
            or "365/365" in lowered
            or "365-day year" in lowered
            or "365 day year" in lowered
            or rx.search(
                r"\byear of (?:three hundred sixty[- ]five \(365\)|365) days\b", lowered
            )
        ):
            reader.set("day-count", '"ACT/365"', sentence)
            return
        if "360-day year" in lowered or "360 day year" in lowered:
            reader.todo(
                "day-count",
                "a 360-day year is stated without saying how days are counted "
                "(30/360 or ACT/360)",
                sentence,
            )
            return
    reader.silent("day-count", "ACT/365")


_COMPOUND = re.compile(
    # ("calculated and compounding on a monthly basis")
    r"\bcompound(?:ed|ing|s)?\s+(?:on\s+an?\s+(?=\w+\s+basis\b))?"
    r"(daily|monthly|quarterly|annually|yearly|annual|semi-annually)"
    r"|\b(daily|monthly|quarterly|annual|yearly)\s+compounding"
    # a South African rate's basis: "11.5% (NACM)", nominal annual
    # compounded monthly
    r"|\bNAC(?-i:(M|Q|A))\b"
    # once a year: "calculated and compounded on each anniversary of the
    # issue of the CULS"
    r"|\bcompound(?:ed|ing)\s+(?:on\s+|at\s+)?(?:each|every)\s+(anniversary)\b"
    # interest added to the principal each period: "interest capitalized
    # quarterly"; "Accrued interest on the Note will be capitalized at the end
    # of each twelve month interest period"
    r"|\bcapitali[sz](?:ed|es)\s+(daily|monthly|quarterly|annually|yearly)\b"
    r"|\bcapitali[sz]ed\s+at\s+the\s+end\s+of\s+each\s+"
    r"(twelve[- ]month|year|calendar\s+year|quarter|calendar\s+quarter|three[- ]month|month"
    r"|calendar\s+month)\b",
    re.IGNORECASE,
)
#: "NACM", "NACQ", "NACA", "anniversary", "twelve month": the compounding
#: they name.
_NAC = {
    "m": "monthly",
    "q": "quarterly",
    "a": "annually",
    "anniversary": "annually",
    "twelve month": "annually",
    "twelve-month": "annually",
    "year": "annually",
    "calendar year": "annually",
    "quarter": "quarterly",
    "calendar quarter": "quarterly",
    "three month": "quarterly",
    "three-month": "quarterly",
    "month": "monthly",
    "calendar month": "monthly",
}


def _compounding(reader: Reader) -> None:
    for sentence in reader.sentences:
        match = _COMPOUND.search(sentence)
        if match and (
            rx.search(
                r"internal rate of return|\birr\b|\byield\b",
                sentence[: match.start()][-60:],
                re.IGNORECASE,
            )
            or rx.search(r"\bdefault", sentence, re.IGNORECASE)
        ):
            continue  # a redemption yield or a default rate: not the note's
        if match:
            word = " ".join(
                next(group for group in match.groups() if group).lower().split()
            )
            mode = {"yearly": "annually", "annual": "annually", **_NAC}.get(word, word)
            # a change of it: "such that interest compounds quarterly rather
            # than monthly" (the term before the change, or after?)
            changed = rx.match(
                r"\s+rather\s+than\s+(daily|monthly|quarterly|annually)\b",
                sentence[match.end() :],
                re.IGNORECASE,
            )
            if changed:
                reader.todo(
                    "compounding",
                    f"the text changes it from {changed.group(1).lower()} to {mode}: "
                    "write the one the note was issued with",
                    sentence,
                )
                return
            if mode == "semi-annually":
                reader.todo(
                    "compounding",
                    "semi-annual compounding is not one of the plugin's modes",
                    sentence,
                )
                return
            reader.set("compounding", f'"{mode}"', sentence)
            return
        if rx.search(
            # ("with simple and unpaid interest thereon")
            r"\bsimple (?:and unpaid )?(?:interest|rate)\b|\bnon-compound(?:ing|ed)\b"
            r"|\bnot compound",
            sentence,
            re.IGNORECASE,
        ):
            reader.set("compounding", '"none"', sentence)
            return
    reader.silent("compounding", "none: simple interest")


_RELATED = re.compile(
    # (a "former officer" or "former director" is no longer one)
    # (not "its chief executive office at": an address)
    # (not a news site's name: "told DirectorsTalk")
    # (nor "the board directors of the Company": its board, a word dropped)
    # (but "including Board directors" names them)
    r"\b(?<!former )(?<!committee of )(?:(?<!board of )(?:(?<!board )|(?!directors?\s+of\s+(?:the|its|our)\s+"
    r"company\b))director(?:s|ship)?\b|officer|chairman|chairwoman|"
    # ("J. Scott Suggs, a member of our Board of Directors")
    # ("a member of the Registrant's Board of Directors"; "since October
    # 2007 a member of the Board of Directors of Vista International")
    r"member of (?:our|its|the (?:company|registrant|issuer)['’]s) board\b"
    r"|\ba member of the board of directors of (?:the company|(?-i:[A-Z]))|"
    # ("one of the Company's largest institutional investors")
    r"\bone of (?:the company['’]s|our|its) largest (?:institutional )?"
    r"(?:investors|shareholders|stockholders)\b|"
    r"chief executive(?! office\b)|"
    # (not a fund's name: "PV III CEO Fund, LP")
    r"CEO(?!\s+Fund)|president|"
    # (not "non-controlling shareholders": a minority's)
    r"(?:major|majority|main|largest|biggest|principal|(?<!non-)controlling|substantial|"
    # ("a significant existing stockholder of the Company")
    r"significant)\s+(?:existing\s+|institutional\s+)?(?:share|stock)holder|"
    # (not the borrower's own: "the Borrower and its subsidiaries or parent
    # company")
    r"(?<!subsidiaries or )(?<!subsidiaries and )parent company|holding company of the company|"
    # ("selling ... convertible bonds to its parent Shannxi Yanchang
    # Petroleum Group Co.")
    r"\bto\s+(?:its|our|the\s+company['’]s)\s+parent\s+(?-i:[A-Z])|"
    r"affiliate of the company|"
    # ("issued convertible notes to a principal owner of the Company")
    r"\bprincipal\s+owner\s+of\s+(?:the\s+company|our|its)\b|"
    # (not "TDR Enterprises Ltd (a company controlled by Tom Richardson)": a
    # controller the text does not say is an insider)
    r"related[- ]party|\bfrom\s+(?:(?:two|three|four|five|several|certain)\s+)?related parties\b|controlled by (?:our|its|the company['’]?s?|an?\s+(?:[\w-]+\s+)?(?:share|stock)holder|an?\s+(?:director|officer))\b|wholly[- ]owned by|"
    r"trustees? on (?:our|the) board|"
    r"beneficially own(?:s|ed)? (?:approximately )?\d|"
    # ("Rafael Holdings, Inc. ..., the holder of approximately 31.5% of the
    # Company's outstanding common stock")
    # ("RVSN holds, directly, 51% of the outstanding share capital of the
    # Company")
    r"\b(?:holder of\s+|holds?,?\s+(?:(?:directly|indirectly),?\s+)?)(?:approximately |about )?"
    # ("Oando Plc, the holder of 94.6 percent of the common shares of the
    # company")
    r"\d[\d.]*\s?(?:%|percent|per cent)\s+of (?:the company['’]s|our|its|the)\s+"
    r"(?:(?:issued and\s+)?outstanding\b|(?:common|ordinary) shares\b)|"
    # ("IPIC, the Abu Dhabi government-owned energy investor, owns a 71 per
    # cent stake in Aabar")
    r"\bowns\s+an?\s+\d[\d.]*\s?(?:%|percent|per cent)\s+(?:stake|interest|shareholding)\s+in\b|"
    # ("an affiliate of an insider of the Company"; "all of the placees are
    # insiders of the Company"; "Christian Schweiger, a board member")
    # (not a group with others: "to certain institutional investors and
    # insiders of the Company")
    r"(?<!investors and )\binsiders? of (?:the|our) company\b|\ba board member\b|"
    r"owned by (?:our|the company's|its))",
    re.IGNORECASE,
)
_UNRELATED = re.compile(
    # "senior in rank to any other debt held by our officers, directors or
    # affiliates": other people's debt
    r"\bdebt held by (?:our|its|the company['’]s) (?:officers|directors)|"
    r"\b(?:not an? (?:affiliate|related party|director|officer)|unaffiliated|"
    r"unrelated|independent third part|arm['’]s[- ]length|is not related|"
    # ("does not currently have any existing connection, including business
    # relationships, with the company, its directors and substantial
    # shareholders")
    r"has no relationship|(?:does|do) not (?:currently )?have any (?:existing )?connection)|"
    # "it shall have the right to appoint one director to the board": a
    # right, not a relationship
    r"\bright to (?:appoint|nominate|elect) (?:one |a |two )?(?:\w+ )?directors?\b|"
    # a shareholder lending stock to hedge funds: "the majority shareholder
    # was making stock available for borrowing"
    r"\b(?:stock|shares)\s+available\s+for\s+borrowing\b|"
    # ("the right to appoint one person as a non-executive director")
    r"\bright to (?:appoint|nominate)\b[^.;]{0,40}\bas an?\s+(?:[\w-]+\s+)?directors?\b|"
    # "agreed to recommend two director nominees of BLH for election": a
    # seat to come
    r"\b(?:recommend|nominate|appoint)\b[^.;]{0,30}\bdirector nominees?\b|"
    # "The Borrower is wholly-owned by the Company": a subsidiary
    r"\bwholly[- ]owned (?:subsidiary )?(?:by|of) the company\b",
    re.IGNORECASE,
)


#: Relations that are not the holder's: "X is also the sole director and a
#: shareholder of Messiah Limited" (a holding in another company); "the
#: authority granted to the Directors at the Annual General Meeting" (the
#: board acting); "our Chairman Richard Carey has agreed to transfer
#: 4,000,000 shares ... held by him to the investor" (a third party giving
#: the holder something).
_NOT_THE_HOLDERS_RELATION = re.compile(
    # (the issuer's own defined name is the company: "the majority
    # stockholder of Maker")
    r"\b(?:share|stock)holder of (?!the Company\b|us\b|our\b|(?:the )?(?:Maker|Borrower|Issuer|"
    r"Obligor)\b)[A-Z][\w&.,' -]*"
    # (shareholders an agreement is reached with beside the holders: "with a
    # majority of its creditors, including holders of approximately 66% ...,
    # as well as its largest Shareholders")
    r"|\bas\s+well\s+as\s+(?:its|our)\s+(?i:largest|major|principal|controlling|substantial)\s+"
    r"(?i:share|stock)holders\b"
    # (a relation only conversion would bring: "Assuming full conversion of
    # the notes, Mubadala would become the single largest shareholder")
    r"|\bwould\s+become\s+(?:the\s+|a\s+)?(?:single\s+)?(?i:largest|major|controlling|principal|"
    r"substantial)\s+(?i:share|stock)holder\b"
    r"|\bauthority (?:granted|given|conferred) (?:to|on|upon) the directors\b"
    # ("shareholders will be requested to grant specific authority for the
    # directors to issue ordinary shares")
    r"|\bauthority for the directors to (?:issue|allot)\b"
    # the board's view of the terms: "the directors, including the
    # independent non-executive directors, consider that the terms of each of
    # the transaction documents are fair and reasonable"
    r"|\bthe\s+directors\b(?:,[^.;]{0,80},)?\s+consider\s+that\b[^;]*"
    # a change in the company's control, not the holder's relation: "With the
    # change in the largest shareholder of KOSDAQ-listed Corpus Korea"; "All
    # Eyes on Largest Shareholder's Next Move"
    # ("XingHe does not expect a change in its major shareholder")
    r"|\bchange (?:in|of) (?:the |its |our )?(?:largest|major|controlling|substantial) "
    r"(?:share|stock)holders?\b"
    r"|\b(?:largest|major|controlling) (?:share|stock)holder['’]s next move\b"
    # the issuer's own stake in another company: "China Conch Venture, an
    # environmental solutions provider and a major shareholder in the
    # country's largest cement producer"
    r"|\b(?:a|the)\s+(?:major|controlling|largest|substantial)\s+(?:share|stock)holder\s+in\s+"
    r"(?!(?:the\s+)?(?:company|issuer|corporation|us|our)\b)"
    # (the issuer's own parent: "OHL Investments, S.A. (the “Issuer”), a
    # Luxembourg subsidiary wholly-owned by OHL")
    r"|\bsubsidiary,?\s+(?:(?:directly|indirectly)\s+)?wholly[- ]owned\s+by\b"
    # ("conferring on the Directors the authority to issue new ordinary
    # shares")
    r"|\bconferr(?:ing|ed|s)? (?:on|upon) the directors the authority\b"
    # an insider's security for the note, not his money: "Michael Queen, a
    # company director and executive officer, executed an insider pledge
    # agreement to secure the obligations of the company"
    r"|\b(?:director|officer|chairman|chairwoman|president|ceo|shareholder|stockholder)s?\b"
    r"[^.;]{0,80}\b(?:executed|entered into|signed|delivered|provided)\s+(?:an?\s+)?"
    r"(?:insider\s+|personal\s+)?(?:pledge|guarant(?:y|ee)|lock-up)\s+agreements?\b"
    # a lender of shares to hedge the bonds: "Oriental Gold, a company
    # controlled by Kingdee chairman Xu Shao Chun, provided 130 million shares
    # as a hedge facility for investors"
    # ("the Company's major shareholder, Drew Holdings (the "Shareholder"
    # and together with the Company, the "Lenders") have entered stock
    # lending arrangements with DNB Markets")
    # an officer deciding the issue for the company: "The Chairman and Chief
    # Executive Officer of the Company, using the sub-delegation granted to
    # him by the Board of Directors ..., decided to issue on June 13, 2022, 60
    # OCAs"
    r"|^[^;]*\b(?i:using|under|pursuant\s+to)\s+the\s+(?i:sub-?delegation|delegation)\b[^;]*"
    # an office a holder may ask about the note: "HOLDER SHOULD CONTACT THE
    # CHIEF FINANCIAL OFFICER AT IRIDIUM HOLDINGS LLC"
    r"|\b(?i:contact\s+(?:the\s+)?(?:chief\s+(?:executive|financial|operating)\s+officer"
    r"|secretary|treasurer)\b)"
    r"|^[^;]*\b(?:hedge facility|(?:share|stock) lending (?:facility|agreements?|arrangements?)"
    r"|stock borrow(?:ing)? (?:facility|agreement))\b[^;]*"
    # an office in another company the text places: "controlled by Tan Choon
    # Wee, the chief executive officer and director of Singapore-based
    # Advance Capital Partners Asset Management"
    r"|\b(?:(?:chief\s+(?:executive|financial|operating)\s+)?officer|director|chairman|chairwoman"
    r"|president|ceo)(?:\s+and\s+(?:a\s+)?director)?"
    r"\s+of\s+[A-Z][\w-]*-based\s+[A-Z][\w&.,' -]*"
    # an officer quoted, the office first: "Executive Chairman, David
    # Sefton, said:"
    r"|\b(?:chairman|chairwoman|chief executive officer|ceo|president|director)"
    r",\s+[A-Z][^,.;]{1,40},\s+(?:said|says|stated|commented|added)\b"
    # (or after the verb: "said MGM Mirage chairman and CEO Jim Murren";
    # "said MGM Mirage executive vice president and CFO Dan D'Arrigo")
    r"|\b(?:said|says|stated|commented|added)\s+(?:[A-Z][\w&.'’-]*\s+){0,3}"
    r"(?i:(?:executive\s+|senior\s+)?(?:vice\s+)?(?:chairman|chairwoman|chief executive officer|ceo"
    r"|chief financial officer|cfo|president|director)"
    r"(?:\s+(?:and|&)\s+(?:chairman|chief executive officer|ceo|chief financial officer|cfo"
    r"|president|director))*)\b"
    # a condition on any holder: "provided that any Debenture held by an
    # insider of the Company requires prior stock exchange approval"
    r"|\bany\s+(?:debentures?|notes?|bonds?)\s+held\s+by\s+(?:an?\s+)?insiders?\s+of\s+the\s+"
    r"company\b"
    r"|\b(?:chairman|chairwoman|director|officer|chief executive officer|ceo|president)"
    r"\b[^.;]{0,60}\btransfer\b[^.;]{0,80}\bto the (?:investor|holder|lender|purchaser)s?\b"
    # an officer quoted: "..." said Bonnie Tomei, Chief Financial Officer;
    # "stated Dr. Henry Ji, Chairman and CEO"
    # ("stated Michael T. Redman, CEO of Oncolix": an initial's stop)
    r"|\b(?:said|says|stated|commented|added)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?"
    r"[A-Z](?:[^,.;]|(?<=\b[A-Z])\.){1,40},\s+(?:the\s+)?"
    # ("said Chirinjeev Kathuria, Ocean's Chairman & Co-Founder")
    r"(?:[\w'’-]+\s+){0,4}(?:officer|chairman|chairwoman|director|president|ceo|cfo)\b"
    # ("Paul Ogilvie CEO, commented; "We are very pleased by the support of
    # Pala.")
    # ("Chris Eger, CEO of Chaarat, said:")
    # ("Andy Hollingworth, Toople's chief executive, said:")
    # ("Mr. Xiaoming Hu, Chairman and CEO of Kandi, stated")
    r"|\b(?:chief\s+(?:executive|financial|operating)(?:\s+officer)?|officer|chairman|"
    r"chairwoman|director|president|ceo|cfo)"
    r"(?:\s+(?:and|&)\s+(?:chief\s+(?:executive|financial|operating)(?:\s+officer)?|officer|"
    r"chairman|chairwoman|director|president|ceo|cfo))*"
    r"(?:\s+of\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})?(?:,?\s+"
    # ("Akiba Leisman, Chief Executive Officer of Mako states that")
    r"(?:said|says|stated|states|commented|comments|added|noted|explained)\b"
    # ("Sebastian Ebel, CEO of TUI Group: “The successful placement ...")
    r"|:\s*[“\"])"
    # insiders' votes, not their money: "All of the directors and officers
    # of the Company have agreed to support the Offering at a meeting of
    # shareholders"
    r"|\b(?:directors|officers)\b[^.;]{0,60}\bagreed to (?:support|vote)\b[^.;]*"
    # a release's parties: "(collectively, the "Investors") on behalf of
    # themselves and their officers, directors. employees, attorneys and
    # agents"
    r"|\bon behalf of (?:themselves|itself|himself|herself) and (?:their|its|his|her)\s+"
    r"(?:(?:and\s+)?(?:officers|directors|employees|attorneys|heirs|executors|agents|"
    r"affiliates|successors|assigns)\b[,.]?\s*)+"
    # a note approved by the board: "APPROVED BY RESOLUTION OF THE DIRECTORS
    # OF THE COMPANY"
    r"|\b(?:approved|authori[sz]ed)\s+by\s+(?:a\s+)?resolution\s+of\s+the\s+"
    r"(?:board\s+of\s+)?directors\b"
    # ("Mayur chairman Richard Pegum said"; "Toreador President and CEO Craig
    # McKenzie commented")
    r"|\b(?:chairman|chairwoman|director|president|ceo|cfo|chief executive)\s+"
    r"(?:(?:and|&)\s+(?:chairman|chairwoman|director|president|ceo|cfo|chief executive)\s+)?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?(?:[A-Z][\w'.-]*\s+){1,3}"
    r"(?:said|says|stated|commented|added)\b"
    # a change of control that lets the holder redeem: "in the event that Goh
    # Jin Hian ceases to be the chief executive of the company, or when
    # permitted holders cease to collectively be the controlling shareholder"
    r"|\bceases?\s+to\s+(?:collectively\s+)?be\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:chief executive|ceo|chairman|director|controlling shareholder)\b[^.;]{0,120}"
    # a share subscriber's controller: "a share subscription agreement with
    # ZX International Ltd, a company ... controlled by Mr. Xi Zeng, the
    # chairman"
    r"|\b(?:share|stock)\s+subscription\s+agreement\s+with\s+[^;]{0,240}?"
    r"\b(?:controlled|owned)\s+by\b[^;()]{0,160}"
    # the holders' nominees on the board: "have joined its board as
    # additional Directors, being nominees of the new bond holders"
    r"|\bdirectors?,?\s+being\s+(?:an?\s+)?nominees?\s+of\b"
    # the board's view: "The Directors consider that the issue of the
    # Convertible Bonds is an appropriate means of raising additional capital"
    r"|\b(?:the\s+)?(?:directors|board)\s+(?:consider|considers|believe|believes|"
    r"(?:is|are) of the (?:view|opinion))\b"
    # an officer guaranteeing or signing: "guaranteed personally by the
    # Company's Executive Chairman"; "signed by an authorized officer"
    r"|\bguaranteed (?:personally |jointly |severally )*by\b[^.;]{0,80}"
    # ("secured by a personal guaranty by Baowen Ren, our Chairman")
    r"|\b(?:personal\s+)?guarant(?:y|ee)\s+(?:by|from|of)\b[^.;]{0,80}"
    # the company lending to an officer: "the advances to a senior officer of
    # $81,501"
    r"|\badvances?\s+to\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+)?(?:officer|director)s?\b"
    r"|\bauthori[sz]ed (?:officers?|signator(?:y|ies))\b"
    # a former office: "a former member of the Board and Chief Executive
    # Officer"
    r"|\bformer (?:member of the board|director|officer)(?: and (?:[\w-]+\s+){0,2}"
    r"(?:officer|chairman|director|president))?\b"
    # an office in the holder's own firm: "Chairman and sole member of
    # Acuitas"; "Managing Director of Cagan McAffee Capital Partners LLC"
    r"|\b(?:[\w-]+\s+(?:and|&)\s+)?(?:sole member|managing member|managing director|"
    # (the firm's name in capitals, not the rest of the sentence: "The
    # managing member of Berg & Berg is Carl E. Berg, who is the Chairman")
    r"general partner) of (?-i:[A-Z][\w&.'-]*(?:,?\s+(?:&\s+)?[A-Z][\w&.'-]*)*)",
    re.IGNORECASE,
)


#: One of several holders is related: "with several accredited investors,
#: including one director of the Company"; "Andy Heyward, the Company's
#: Chairman ..., participated as an Investor".
_ONE_OF_SEVERAL = re.compile(
    r"\bcertain of (?:our|its|the company['’]s) (?:directors|officers|stockholders|"
    r"shareholders)\b|"
    r"\bparticipated as an? (?:investor|purchaser|lender|holder|subscriber)|"
    # "In connection with the Offering, P. Peter Pascali, President, CEO,
    # and Director subscribed for C$2,000,000 of Convertible Debenture
    # Units"
    r"\bin connection with the offering\b.{0,120}?\bsubscribed for\b|"
    r"\b(?:one|some) of the (?:investors|purchasers|"
    r"holders|lenders)\b|\bamong the (?:investors|purchasers|holders|lenders)\b"
    # "with several accredited investors, including one director of the
    # Company"; "institutional investors and one director"; "The
    # individuals included the Company's Chief Executive Officer, ...
    # and an accredited investor"
    r"|\b(?:investors|purchasers|lenders|holders|subscribers)\b[^.;]{0,200}?"
    r"\bincluding\b"
    # ("an entity affiliated with one of the Company's directors
    # [is] expected to purchase up to US$30.0 million ... principal
    # amount of the Notes in the offering")
    r"|\bprincipal amount of the (?:notes|debentures|bonds) in the offering\b"
    r"|\b(?:investors|purchasers|lenders) and (?:one|a|two|three) "
    r"(?:directors?|officers?)\b"
    # ("An insider of the Company acquired a Debenture in the amount of
    # $20,000"; "insiders of the Company acquired an aggregate of")
    r"|\b(?:an|one|two|three|certain)\s+insiders?\s+of\s+the\s+company\s+"
    r"(?:acquired|purchased|subscribed for)\b"
    r"|\b(?:individuals|investors|purchasers|lenders|holders) included\b"
    # (a part the related parties hold: "an aggregate of $260,000 ..., of
    # which $15,000 was a related party"; "notes ... to a group of investors
    # ... which ... included related parties"; "subscribed for by the
    # directors ... to the value of A$300,000 ... with the remainder picked up
    # by sophisticated and professional investors")
    r"|\bof which\s+\S{0,4}\d[\d,.]*\s*(?:million\s+)?(?:was|were)\s+(?:from\s+|held by\s+)?"
    r"(?:an?\s+)?related part(?:y|ies)\b"
    r"|\bincluded related parties\b"
    # ("issued convertible bridge loans to holders (" 2024 Convertible
    # Bridge Loans ") and related parties")
    r"|\bto\s+(?:other\s+)?(?:holders|investors|lenders)\b[^.;]{0,60}?\band\s+related\s+parties\b"
    # ("offered for subscription to the Directors of the Company and certain
    # other private investors")
    r"|\bto\s+(?:the\s+)?(?:directors|officers)\b[^.;]{0,40}\band\s+(?:certain\s+)?other\s+"
    r"(?:[\w-]+\s+)?investors\b"
    r"|\bwith the remainder\b[^.;]{0,60}\b(?:investors|subscribers|placees)\b"
    # ("Members of Clearbridge's management team, including its ...
    # chairman ..., and other employees of the company also subscribed for
    # the bonds")
    r"|\balso subscribed for the (?:bonds|notes|debentures)\b"
    # ("Participation of an Insider in the Private Placement is considered a
    # related party transaction")
    r"|\bparticipation of (?:an? |the |certain )?insiders? in the (?:private )?placement\b"
    # ("with three individuals, of which one is an officer of the Company")
    r"|\bof (?:which|whom) (?:one|two) (?:is|are) (?:an? )?(?:officers?|directors?)\b"
    # ("A director and officer of the Company is a holder of Convertible
    # Debentures": one of their holders)
    r"|\b(?:is|was|became) an? holder of (?:the )?(?:[\w-]+\s+){0,2}(?:notes|debentures|bonds)\b"
    # ("pursuant to subscriptions with a Director of the Company and certain
    # existing and new investors")
    r"|\ban?\s+(?:director|officer)\b(?:\s+of\s+the\s+company)?\s+and\s+"
    r"(?:certain|other|several|various)\b[^.;]{0,30}\b(?:investors|subscribers|lenders|purchasers)\b"
    # "two Secured Convertible Promissory Notes with two investors, one
    # a related party"; "... L.P., which holds $75.0 million, and three
    # related party investors, KKR Biosimilar L.P., ..."
    r"|\b(?:investors|holders|lenders|purchasers),\s+one (?:of whom is )?an? related party\b"
    r"|\band (?:two|three|four|five|several|\d+) related[- ]party "
    r"(?:investors|holders|lenders|purchasers)\b"
    # "Certain directors and officers subscribed for a total of $46,000 in
    # principal amount of the Debentures"
    r"|\bcertain (?:of (?:our|its|the company['’]s) )?(?:directors|officers|insiders)"
    r"(?: and (?:directors|officers))?\b[^.;]{0,40}\b(?:subscribed|purchased|participated)\b",
    re.IGNORECASE,
)


_TO_INSIDERS = re.compile(
    r"\bto (?:our |its |the company['’]s )?(?:management|officers|directors|"
    r"board of directors)\b",
    re.IGNORECASE,
)


#: An officer quoted in a release: "Sean Wareing, Chairman of the Manager of
#: the Trust said, “..."; "said Jane Doe, Chief Executive Officer".
_QUOTED_OFFICER = re.compile(
    # ("Speaking on the occasion, Arun Kumar, Vice Chairman and Managing
    # Director, stated “We are delighted ...")
    r"^\W*(?:Speaking\s+(?:on|at|about)\s+[^,“\"]{2,40},\s+)?"
    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3},\s+[^,“\"]{2,80}?,?\s+"
    r"(?:said|says|commented|stated|added)\b,?\s*[“\"]"
    # ("Siegfried's CEO ad interim Reto Suter: “This conversion significantly
    # increases the shareholding of EGS Beteiligungen AG ...”")
    r"|^\W*[^:“\"]{0,60}\b(?:CEO|Chairman|Chairwoman|President|Chief Executive Officer)\b"
    r"[^:“\".;]{0,40}:\s*[“\"]"
    # (or the quote first: "“We worked with KORE and our great long-time
    # partners at Fortress to secure this backstop facility ...” said
    # Cerberus Telecom chief executive officer Tim Donahue")
    r"|^\s*[“\"][^”\"]{10,400}[”\"]\s*,?\s*(?:said|says|stated|added|commented)\b"
    # (or the issuer's officer welcoming it: "F3 CEO Dev Randhawa welcomed
    # Denison's strategic investment")
    r"|^\W*(?:[A-Z][\w.&'’-]*\s+){0,3}(?:CEO|Chairman|Chairwoman|President|Chief Executive Officer)"
    r"\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:welcomed|welcomes|praised|hailed)\b"
)


def _related_party(reader: Reader, holder: str | None) -> None:
    holder_words = (
        "holder",
        "investor",
        "purchaser",
        "subscriber",
        "subscribed",
        # (not "has issued today to the National Commission")
        "issued to ",
        "lender",
        "made advances",
        "made loans",
        "made a loan",
        "loaned",
        "placees",
    )
    # "a note ... with our chief executive officer"
    office = re.compile(
        r"\b(?:with|to|from|by)\s+(?:our|its|the company['’]s)\s+(?:[\w-]+\s+){0,2}"
        r"(?:chief|director|officer|president|chairman|chairwoman|ceo|founder)"
        # ("convertible note (the "July 29th Note") to a related party";
        # "Advanomics Corporation (a related party)"; "to its majority
        # shareholder")
        r"|\b(?:payable|notes?|debentures?|loans?)(?:\s*\([^)]{0,40}\))? to (?:a |an )?related part"
        r"|\(\s*an? related party\s*\)"
        # ("to its largest institutional shareholder")
        r"|\bto (?:its|our|the company['’]s) (?:majority|principal|major|largest|controlling) "
        r"(?:institutional )?(?:share|stock)holder\b"
        # "issued a 90-day note payable to borrow $100,000 from a director"
        # ("debentures ... to a non-executive insider of the Company")
        r"|\b(?:from|to|with|by)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:director|officer|insider|"
        r"(?:principal |major |significant )?(?:shareholder|stockholder))\b"
        r"|\btrustees?\b[^.]{0,60}\bloaned\b"
        # ("issued convertible notes to a principal owner of the Company")
        r"|\bto\s+(?:a|an|its|the)\s+(?:principal|majority|controlling)\s+owner\b"
        # the lenders as a group: "These individuals represent members of
        # executive management, members of the board of directors, and
        # significant shareholders"
        r"|\b(?:these|the)\s+(?:individuals|investors|lenders|purchasers|subscribers|noteholders)\s+"
        r"(?:represent|are|were)\s+(?:(?:all\s+)?members\s+of\s+(?:the\s+company['’]s\s+)?"
        r"(?:executive\s+)?management|(?:the\s+company['’]s\s+)?(?:directors|officers|insiders))\b"
        # ("supported in part by loans from directors, former directors and
        # management")
        r"|\b(?:loans?|advances?)\s+from\s+(?:its\s+|our\s+|the\s+company['’]s\s+)?"
        r"(?:directors|officers)\b"
        # ("the Company issued the related party a convertible debenture";
        # "The related party is entitled to convert")
        r"|\bissued\s+the\s+related\s+part(?:y|ies)\s+an?\b"
        r"|\bthe\s+related\s+party\s+is\s+entitled\s+to\s+convert\b"
        # "a private loan of $1 million from Infusion Biosciences, a related
        # party of the company"
        r"|\b(?:from|to|with)\s+[A-Z][\w&.'-]*(?:[\s,]+[A-Z][\w&.'-]*){0,5},\s+(?:a|an)\s+"
        r"related party\b",
        re.IGNORECASE,
    )
    for sentence in reader.sentences:
        if (
            _UNRELATED.search(sentence)
            or other_debt_item(sentence)
            or _another_note(reader, sentence, holder)
            # (nor an officer quoted on the issue: "Sean Wareing, Chairman of
            # the Manager of the Trust said, “The issue was well supported by
            # new and existing investors.")
            or _QUOTED_OFFICER.match(sentence)
            # (nor a report's certifications: "new certifications by the
            # Company's principal executive officer and principal financial
            # officer")
            or rx.search(r"\bcertifications?\s+(?:by|of)\b", sentence)
        ):
            continue
        about = _NOT_THE_HOLDERS_RELATION.sub("", sentence)
        if not _RELATED.search(about):
            continue
        mentions_holder = (
            _names_holder(holder, sentence)
            # (a shareholder named in a sentence about no debt is not a
            # holder of the note: "the company's controlling shareholders ...
            # increased their holdings in it")
            or (
                _has(about, *holder_words)
                and (
                    _has(_SHAREHOLDERS.sub("", about), *holder_words)
                    or _DEBT_WORDS.search(about) is not None
                    or _names_a_lender(reader, sentence)
                )
            )
            or office.search(sentence) is not None
            # a convertible note with a related party: "entered into a 10%
            # convertible note with a related party" (not another debt's:
            # "advances were made to MMP LLC from a related party")
            or (
                rx.search(
                    r"\b(?:from|to|with|by)\s+(?:a|an)\s+related\s+party\b",
                    sentence,
                    re.I,
                )
                is not None
                and rx.search(r"\bconvertible\b|\bthis\s+note\b", sentence, re.I)
                is not None
            )
        )
        # one of several holders is related (not insiders as a group: "sold
        # ... notes to management, the Company's Board of Directors and
        # accredited investors including ... our largest stockholder")
        if (
            mentions_holder
            and not _TO_INSIDERS.search(sentence)
            and _ONE_OF_SEVERAL.search(sentence)
        ):
            reader.todo(
                "related-party",
                "a related party is one of several holders: write related-party "
                "in that holder's own definition",
                sentence,
            )
            return
        if mentions_holder and _a_part_of_the_issue(reader, sentence):
            reader.todo(
                "related-party",
                "a related party holds part of the issue: write related-party "
                "in that holder's own definition",
                sentence,
            )
            return
        if mentions_holder:
            reader.set("related-party", "TRUE", sentence)
            return
    # each holder the text defines is said to be an insider, each in a
    # sentence of its own: "with each of Thomas Girschweiler and Walter
    # Villiger (each, an "Investor")" and "Mr. Girschweiler is a director of
    # the Company", "Mr. Villiger holds approximately 27% of the Company's
    # issued and outstanding common stock"
    insiders = _each_defined_holder_an_insider(reader)
    if insiders is not None:
        reader.set("related-party", "TRUE", insiders)
        return
    # the filing files the note under a related-party heading: "NOTE 7 -
    # RELATED PARTY CONVERTIBLE NOTE PAYABLE", "Convertible Debt - Related
    # Party", "NOTE PAYABLE TO CHIEF EXECUTIVE OFFICER"
    # (unless the text says the holder is unrelated anywhere)
    unrelated = any(_UNRELATED.search(sentence) for sentence in reader.sentences)
    connected = reader.first(_CONNECTED_HEADING)
    for sentence in (
        reader.sentences if not unrelated else ([connected] if connected else ())
    ):
        heading = _RELATED_HEADING.search(sentence)
        if (
            heading is not None
            # (not a heading over both kinds: "CONVERTIBLE NOTES PAYABLE AND
            # CONVERTIBLE NOTES PAYABLE RELATED PARTIES")
            and not _BOTH_KINDS_HEADING.search(sentence)
            # (nor a debt table's row, its rate and balances after it: "Loans
            # from related parties 12.23% - 12.57% — 93,034")
            and not rx.match(r"\s+\d[\d.,]*\s*%", sentence[heading.end() :])
            and not other_debt_item(sentence)
            and not _another_note(reader, sentence, holder)
        ):
            reader.set("related-party", "TRUE", sentence)
            return
    reader.silent("related-party", "FALSE")


#: A part of the issue the sentence gives one holder: "(of which $300,000
#: of Debentures were acquired by a director of the Corporation)"; "Of the
#: $125,000 Convertible Debentures, $50,000 is owed to a Director"; holders
#: "including certain officers".
_OF_WHICH_A_PART = re.compile(
    r"\bof which\s+\S{0,4}\d[\d,.]*\s*(?:million\s+|m\s+)?(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3})?"
    r"(?:is|was|were)\s+(?:from|owed to|held by|acquired by|purchased by|subscribed (?:for )?by|"
    r"issued to)\b"
    r"|^\W*of the\s+\S{0,4}\d[\d,.]*\s*(?:million\s+)?(?:[\w-]+\s+){0,4}"
    r"(?:notes|debentures|bonds)\s*,\s*\S{0,4}\d[\d,.]*\s*(?:million\s+)?(?:is|was|were)\s+"
    r"(?:owed to|held by|issued to)\b"
    # (holders some of whom are insiders: "notes previously issued to
    # noteholders, including certain officers, directors and stockholders
    # of the Company")
    r"|\b(?:note)?holders\s*,?\s+including\s+(?:certain|some)\s+(?:of\s+(?:our|the|its)\s+)?"
    r"(?:officers|directors|insiders|affiliates)\b",
    re.IGNORECASE,
)
#: An amount one holder took, to weigh against the principal: "LRLIH Ltd
#: ... subscribed to and was allocated notes aggregating $50.93 million";
#: "An aggregate of C$1.4 million of the Notes were subscribed by Minco
#: Base"; "and $10.0 million principal amount of Notes (the "Affiliate
#: Notes") issued to an entity affiliated with ... the Company's Chairman"
#: (not what each of them took: "have each agreed to subscribe for").
_ONE_HOLDERS_AMOUNT = re.compile(
    r"(?<!\beach )\b(?:subscribed\s+(?:to|for)|acquired|(?:was|were)\s+allocated)\b"
    r"[^.;$£€]{0,40}?(?P<after>\S{0,4}\d[\d,.]*\s*(?:million|billion)?)"
    r"|(?P<before>\S{0,4}\d[\d,.]*\s*(?:million|billion)?)\s+(?:principal amount\s+)?of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:notes|debentures|bonds)\b(?:\s*\([^)]{0,60}\))?\s+"
    r"(?:(?:was|were)\s+)?(?:subscribed|acquired|purchased|issued to)\b",
    re.IGNORECASE,
)


def _a_part_of_the_issue(reader: Reader, sentence: str) -> bool:
    """Whether the sentence gives the related party only a part of the issue:
    a part "of which" it holds, or an amount it took below the note's
    principal."""
    if _OF_WHICH_A_PART.search(sentence):
        return True
    principal = reader.fields.get("principal")
    if principal is None or principal.value is None:
        return False
    number, currency = principal.value.split()
    for found in _ONE_HOLDERS_AMOUNT.finditer(sentence):
        start, end = (
            found.span("after") if found.group("after") else found.span("before")
        )
        for amount in reader.money(sentence):
            if (
                amount.currency == currency
                and start <= amount.start < end + 2
                and amount.number < Decimal(number)
            ):
                return True
    return False


#: The holders of shares, not of the note: "shareholders", "stockholder".
_SHAREHOLDERS = re.compile(r"\b(?:share|stock)holders?\b", re.IGNORECASE)
#: Words of a debt a holder may hold or lend.
_DEBT_WORDS = re.compile(
    r"\b(?:notes?|debentures?|bonds?|loans?|convertibles?|facility|financing|lend\w*|"
    r"advance\w*|subscri\w*|placement|cln|clns|fund\w*|invest\w*)\b",
    re.IGNORECASE,
)


#: Persons defined as the holders: "with each of Thomas Girschweiler and
#: Walter Villiger (each, an "Investor" and together, the "Investors")".
_DEFINED_PERSONS = re.compile(
    r"\b(?:with|to)\s+(?:each\s+of\s+)?"
    r"(?P<names>[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'-]+"
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'-]+)*)"
    r"\s*\((?:each|together|collectively|the)\b[^)]{0,20}[\"“]"
    r"(?:investor|holder|lender|purchaser|subscriber|noteholder)s?[\"”]",
    re.IGNORECASE,
)


def _each_defined_holder_an_insider(reader: Reader) -> str | None:
    """The first of the sentences that make each person the text defines as
    a holder an insider (a director, an officer, a major shareholder), or
    None when one of them is not said to be."""
    for sentence in reader.sentences:
        defined = _DEFINED_PERSONS.search(sentence)
        if defined is None:
            continue
        names = re.split(r",\s*(?:and\s+)?|\s+and\s+", defined.group("names"))
        said = []
        for name in names:
            surname = name.split()[-1]
            insider = next(
                (
                    other
                    for other in reader.sentences
                    if rx.match(
                        rf"\W*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|{re.escape(name.split()[0])}\s+)?"
                        rf"{re.escape(surname)}\b[^.;]{{0,40}}?\b(?:is|was|holds|held|owns)\b",
                        other,
                    )
                    and _RELATED.search(other)
                ),
                None,
            )
            if insider is None:
                return None
            said.append(insider)
        return said[0] if said else None
    return None


def _names_holder(holder: str | None, sentence: str) -> bool:
    """Whether the sentence names the holder (by the first word of its name,
    or a person by title and surname: "Mr Griffiths" for Conrad Griffiths)."""
    if holder is None:
        return False
    words = holder.split()
    return words[0] in sentence or (
        len(words) > 1
        and rx.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(words[-1])}\b", sentence)
        is not None
    )


def _names_a_lender(reader: Reader, sentence: str) -> bool:
    """Whether the sentence names a party another sentence borrows from or
    issues to ("The managing member of Berg & Berg is ... the principal
    stockholder" beside "a promissory note ... to Berg & Berg")."""
    names = {
        match.group()
        for match in rx.finditer(r"(?<=\S\s)[A-Z][a-z]{3,}\b", sentence)
        if match.group() not in _NOT_NAMES
    }
    return any(
        # (not the issuer the notes are bought from: "purchase $130 million in
        # convertible notes (the “Notes”) from Equinox Gold")
        not (
            party.group(1) == "from"
            and rx.search(
                r"\b(?:notes|debentures|bonds)\b(?:\s*\([^()]{0,40}\))?\s*$",
                other[: party.start()],
            )
        )
        for other in reader.sentences
        if other != sentence and _DEBT_WORDS.search(other)
        for name in names
        for party in rx.finditer(
            rf"\b(with|from|to|by)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.&-]*\s+){{0,3}}"
            rf"{re.escape(name)}\b",
            other,
        )
    )


#: Capitalised words that name no party.
_NOT_NAMES = frozenset((
    "Company", "Board", "Directors", "Director", "Chairman", "Chief", "Executive",
    "Officer", "Group", "Shareholder", "Shareholders", "Stockholder", "Limited",
    "Holdings", "Corporation", "Note", "Notes", "Loan", "Bond", "Bonds", "Debenture",
    "Debentures", "Convertible", "Agreement", "Shares", "Common", "Ordinary", "Stock",
    "Capital", "Rules", "Code", "Panel", "Market", "Exchange", "January",
    "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "This", "That", "These", "Such", "Each", "Upon",
))  # fmt: skip


def _another_note(reader: Reader, sentence: str, holder: str | None) -> bool:
    """A sentence about another note than the one drafted: a related party's
    note named by another rate ("the holder of the 24% related party note
    payable" beside a 5% note), or notes issued for other amounts ("two
    directors and one affiliate, were issued convertible promissory notes
    totaling $16,706" beside a $25,000 note)."""
    rate = reader.fields.get("rate")
    named = rx.search(
        r"\b(\d+(?:\.\d+)?)\s*%\s+related[- ]party\s+(?:convertible\s+)?"
        r"(?:promissory\s+)?notes?\b",
        sentence,
        re.IGNORECASE,
    )
    if named is not None and (
        rate is None
        or rate.value is None
        or Decimal(named.group(1)) / 100 != Decimal(rate.value)
    ):
        return True
    principal = reader.fields.get("principal")
    if principal is None or principal.value is None:
        return False
    # (the note's holder among them: "Insiders which include MCAPM, LP ...
    # were issued November Debentures")
    if _names_holder(holder, sentence):
        return False
    # (not each holder's part of the issue: "have each agreed to subscribe
    # for £200,000 of secured Loan Notes to be issued on 20th May 2022")
    amounts = {
        money.number
        for money in reader.money(sentence)
        if not rx.search(r"\beach\b[^.;$]{0,50}$", sentence[: money.start])
    }
    return (
        rx.search(r"\bissued\b", sentence) is not None
        and bool(amounts)
        and Decimal(principal.value.split()[0]) not in amounts
    )


_BOTH_KINDS_HEADING = re.compile(
    r"\b(?:notes?|debt|debentures?|loans?)(?: payable)?\s+and\s+(?:[\w-]+\s+){0,2}"
    r"(?:notes?|debt|debentures?|loans?)(?: payable)?,?\s*[-\u2013\u2014]?\s*"
    r"(?:(?:from|to)\s+)?related[- ]part(?:y|ies)\b",
    re.IGNORECASE,
)
#: A Hong Kong issuer's deal with a connected person, in its heading:
#: "CONNECTED TRANSACTION IN RELATION TO SUBSCRIPTION OF CONVERTIBLE BONDS";
#: "... IN RELATION TO EXTENSION OF MATURITY DATE OF HK$100,000,000
#: CONVERTIBLE BONDS" (the exchange's word for a related party, whatever
#: else the text says of the group's subsidiaries).
_CONNECTED_HEADING = re.compile(
    r"\bconnected transaction in relation to (?:the )?(?:subscription|issue|extension|"
    r"amendment|alteration)\b[^.;]{0,80}?\bconvertible (?:bonds|notes)\b",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    # ("CONVERTIBLE NOTES PAYABLE FROM RELATED PARTIES"; "Notes to Related
    # Parties")
    r"(?:notes?|debt|debentures?|loans?)(?: payable)?,?\s*[-\u2013\u2014]?\s*"
    r"(?:(?:from|to)\s+)?related[- ]part(?:y|ies)\b"
    r"|related[- ]party (?:convertible )?(?:notes?|debt|debentures?|loans?)\b"
    r"|\bnotes? payable to (?:the |our |its )?(?:chief executive officer|ceo|president|"
    r"chairman|officers?|directors?)\b"
    r"|" + _CONNECTED_HEADING.pattern,
    re.IGNORECASE,
)


def _note_id(fields: dict[str, DraftField], holder: str | None) -> str:
    date = fields["date"].value
    year = date[:4] if date else "YYYY"
    word = rx.sub(
        r"[^A-Za-z0-9]",
        "",
        (holder or "HOLDER").split()[
            -1 if holder and holder.startswith(("Mr", "Ms", "Dr")) else 0
        ],
    )
    return f"NOTE-{year}-{word.upper() or 'HOLDER'}"


def _ask_the_currency(
    reader: Reader, why: str, written: str = "", marked: bool = False
) -> None:
    """US-dollar values the text may not mean as US dollars (only those whose
    sentence matches ``written``, if given): a person writes the currency,
    told ``why`` after the value. With ``marked``, not those whose sentence
    marks every dollar it writes as the US dollar ("an initial advance of
    US$15 million")."""
    for key, field in reader.fields.items():
        if (
            field.value is not None
            and field.value.endswith(" USD")
            and rx.search(written, field.quote, re.IGNORECASE)
            and not (
                marked
                and rx.search(r"\bU\.?S\.?\s?\$\s?\d", field.quote) is not None
                and rx.search(r"(?<![A-Za-z$.])\$\s?\d", field.quote) is None
            )
        ):
            reader.todo(key, f"{field.value} if {why}; write the currency", field.quote)


#: A sentence that issues a note on the day it opens with, due on a day it
#: names: "On January 31, 2018, the Company ... issuing the Purchaser an 8%
#: Convertible Note (the “Note”) due January 31, 2020."
_ISSUED_ON_DUE_ON = re.compile(
    r"^On\s+(?P<on>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}),[^;]*?\b(?:sold|issued?|issuing|"
    r"borrowed)\b[^;]*?\bnotes?\b[^;]*?\bdue\s+(?:on\s+)?"
    r"(?P<due>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})",
    re.IGNORECASE,
)


#: A note issued on a day to someone: "On August 31, 2017, the Company
#: issued a note in the amount of $197,096 to A. Scott Dockter".
_ISSUED_TO_ON = re.compile(
    r"^On\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4},\s+the\s+Company\s+issued\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}note\b[^;]*?\bto\s+[A-Z]"
)


def _notes_to_several(reader: Reader) -> None:
    """Two notes the text issues on two days to two holders, each for its own
    amount ("On February 26, 2016, the Company issued a promissory note to
    Bayshore Capital Advisors, LLC ... for $25,000" and "On August 31, 2017,
    the Company issued a note in the amount of $197,096 to A. Scott
    Dockter"): which note the books hold, a person decides."""
    issued = [s for s in reader.sentences if _ISSUED_TO_ON.search(s)]
    amounts = {m.text() for s in issued for m in reader.money(s)[:1]}
    if len(issued) < 2 or len(amounts) < 2:
        return
    for key in ("holder", "principal"):
        field = reader.fields.get(key)
        if field is not None and field.value is not None and field.quote in issued:
            reader.todo(
                key,
                f"{field.value} is one note's: the text issues notes on several "
                "days to several holders; write the note you are booking",
                field.quote,
            )


#: Notes the text describes one by one: "The first note, due May 19, 2015 in
#: the principal amount of $100,000", "The second note, ...".
_THE_FIRST_NOTE = re.compile(r"\W*the\s+first\s+(?:note|debenture)\b", re.IGNORECASE)
_THE_SECOND_NOTE = re.compile(r"\bthe\s+second\s+(?:note|debenture)\b", re.IGNORECASE)


def _first_of_several(reader: Reader) -> None:
    """A principal read from "The first note", beside a second one: one
    note's, whatever the other's amount; the books hold their total or one
    note, which a person decides."""
    field = reader.fields.get("principal")
    if (
        field is not None
        and field.value is not None
        and _THE_FIRST_NOTE.match(field.quote)
        and reader.first(_THE_SECOND_NOTE) is not None
    ):
        reader.todo(
            "principal",
            f"{field.value} is the first note's: the text issues several notes, "
            "each with its own amount; write their total, or the note you are "
            "booking",
            field.quote,
        )


def _ask_between(
    reader: Reader, key: str, stated: list[tuple[str, str]], quote: str
) -> None:
    """A TODO for ``key`` that quotes each value the text states, beside the
    sentence that states it: a person chooses."""
    quotes = "; ".join(f"{value} (“{_clip(sentence)}”)" for value, sentence in stated)
    reader.todo(key, f"{COMPETING}: {quotes}", quote)


def _several_issues(reader: Reader) -> None:
    """Two sentences that each issue a note on their own day, due on its own
    day ("On November 24, 2017, ... sold ... its 8% convertible notes ... due
    on November 24, 2019" and "On January 31, 2018, ... an 8% Convertible
    Note ... due January 31, 2020"): the issue date is one of two notes', a
    person chooses the note, as for the maturity."""
    date = reader.fields.get("date")
    if date is None or date.value is None:
        return
    issues: dict[str, tuple[str, str]] = {}
    for sentence in reader.sentences:
        match = _ISSUED_ON_DUE_ON.search(sentence)
        if match is None:
            continue
        days = reader.dates(sentence)
        on = next(
            (d.date.isoformat() for d in days if d.start == match.start("on")), None
        )
        due = next(
            (d.date.isoformat() for d in days if d.start == match.start("due")), None
        )
        if on is not None and due is not None:
            issues.setdefault(on, (due, sentence))
    if (
        len(issues) > 1
        and date.value in issues
        and len({d for d, _ in issues.values()}) > 1
    ):
        _ask_between(
            reader,
            "date",
            [(on, sentence) for on, (_, sentence) in sorted(issues.items())],
            date.quote,
        )


#: A lettered item at the start of a line: "a) As of June 30, 2012, ...",
#: "(b) ...".
_ITEM = re.compile(r"^[ \t]*\(?[a-h]\)[ \t]+", re.MULTILINE)
#: An item that describes a note of its own: the note, its amount and its
#: interest.
_A_NOTE_OF_ITS_OWN = re.compile(
    r"^(?=.*\bnotes?\b)(?=.*\b(?:bears?|interest)\b)", re.IGNORECASE | re.DOTALL
)


def _notes_in_items(reader: Reader, text: str) -> None:
    """A text whose lettered items each describe a note of their own, with
    its own amount ("a) ... one $33,885 ... convertible note is outstanding
    ... The note bears interest at 5% annum" and "b) ... convertible notes
    ... in the principal amount of $534,260. The Notes bear interest at ...
    prime ... plus 2.75%"): each term read in an item is one note's, and
    which note the books hold, a person decides."""
    starts = [match.start() for match in _ITEM.finditer(text)]
    if len(starts) < 2:
        return
    items = [
        normalise(text[start:end])
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    amounts = {
        stated[0].text()
        for item in items
        if _A_NOTE_OF_ITS_OWN.search(item) and (stated := reader.money(item))
    }
    if len(amounts) < 2:
        return
    for key in FIELDS:
        field = reader.fields.get(key)
        if field is None or field.value is None:
            continue
        # (a sentence may run on into the next item: "... of the conversion.
        # b) As of June 30, 2012, the Company has convertible notes")
        if field.quote and any(
            field.quote[:60] in item or field.quote[-60:] in item for item in items
        ):
            reader.todo(
                key,
                f"{field.value} is one note's: the text describes several notes, "
                "each in an item of its own; write this term of the note you "
                "are booking",
                field.quote,
            )


#: The labels of a Taiwanese exchange's "Convertible/Exchangeable Bond
#: Information" record and the value each gives, after a colon: full-width
#: (U+FF1A: "Issue Date\uff1a2021/12/27") or mangled by another encoding ("Issue
#: Date\ufffdG2021/12/27", the Big5 colon's second byte after a replacement
#: character). Not the record's later rows: the amount outstanding, the latest
#: price.
_RECORD_DATE = r"(\d{4})/(\d{2})/(\d{2})\b"
_RECORD_AMOUNT = r"\$?\s*(\d[\d,]*(?:\.\d+)?)"
_BOND_RECORD = {
    key: re.compile(rf"\b{label}\s*(?::|\uff1a|\ufffdG)\s*{value}")
    for key, label, value in (
        ("currency", "Currency", r"(NTD|TWD|USD)\b"),
        ("date", "Issue Date", _RECORD_DATE),
        ("maturity", "Maturity Date", _RECORD_DATE),
        ("principal", "Actual Issue Amount", _RECORD_AMOUNT),
        (
            "issue-price",
            "Issue Price",
            _RECORD_AMOUNT + r"\s*\(Price expressed in per-hundred",
        ),
        ("rate", "Coupon Rate", r"(\d+(?:\.\d+)?)\s*%"),
        ("conversion-price", "Conversion/Exchange Price at Issuance", _RECORD_AMOUNT),
    )
}


def _bond_record(reader: Reader, text: str) -> None:
    """The terms a Taiwanese exchange's bond record gives under its labels,
    in the record's currency: the issue date, the maturity, the "Actual Issue
    Amount", the coupon and the "Conversion/Exchange Price at Issuance"; the
    "Issue Price" per hundred of face value a TODO (the price paid is the
    principal times it, which a person confirms). Nothing when the text is
    not such a record or names no currency."""
    if "Convertible/Exchangeable Bond Information" not in text:
        return
    found: dict[str, tuple[re.Match[str], str]] = {}
    for line in text.splitlines():
        for key, pattern in _BOND_RECORD.items():
            match = pattern.search(line)
            if match is not None and key not in found:
                found[key] = (match, line.strip())
    if "currency" not in found:
        return
    code = found["currency"][0].group(1).replace("NTD", "TWD")
    for key in ("date", "maturity"):
        if key in found:
            match, line = found[key]
            with contextlib.suppress(ValueError):
                day = datetime.date(*map(int, match.groups()))
                reader.set(key, day.isoformat(), line)
    number = {
        key: Decimal(match.group(1).replace(",", ""))
        for key, (match, _) in found.items()
        if key in ("principal", "issue-price", "rate", "conversion-price")
    }
    if "principal" in number:
        principal = Money(number["principal"], code, 0, 0)
        reader.set("principal", principal.text(), found["principal"][1])
    if number.get("issue-price", 100) != 100:
        reader.todo(
            "purchase-price",
            f"the issue price is {number['issue-price'].normalize()} per hundred "
            "of face value: write the price paid (the principal times it)",
            found["issue-price"][1],
        )
    if "rate" in number:
        reader.set("rate", rate_text(number["rate"]), found["rate"][1])
    if "conversion-price" in number:
        price = Money(number["conversion-price"], code, 0, 0)
        reader.set(
            "conversion-price", price.text(places=None), found["conversion-price"][1]
        )


def draft_note(text: str) -> NoteDraft:
    """Read a filing's text and draft the note's definition."""
    reader = Reader(text)
    issue = _issue_date(reader)
    holder = _holder(reader)
    principal = _principal(reader)
    _purchase_and_costs(reader, principal)
    _rate(reader)
    _interest_payment(reader)
    _maturity(reader, issue)
    _several_issues(reader)
    _conversion(reader)
    _par_value(reader)
    _share_class(reader)
    _day_count(reader)
    _compounding(reader)
    _related_party(reader, holder)
    _notes_in_items(reader, text)
    _notes_to_several(reader)
    _first_of_several(reader)
    _bond_record(reader, text)
    if reader.dollar_unsure is not None:
        # ("Canadian": amounts in a bare "$" that may be another dollar)
        _ask_the_currency(
            reader,
            '"$" is the US dollar: the text writes "$" without naming the dollar, '
            f"and may mean the {reader.dollar_unsure} dollar",
            marked=True,
        )
    if reader.no_dollar and "ZAR" not in reader.letters:
        # ("14 cents" beside "10 million")
        _ask_the_currency(
            reader, "the cents are US cents: the text names no dollar", r"\bcents?\b"
        )
    # ("1.3 cents per share" beside "a negative 0.09 US cents": a text that
    # names the US cent where it means it writes other cents bare)
    if reader.dollar == "USD" and rx.search(r"\d\s*U\.?S\.?\s+cents?\b", text):
        _ask_the_currency(
            reader,
            'the cents are US cents: the text writes "US cents" for other amounts',
            # (bare cents right after their figure, not "9.33 Australian
            # cents")
            r"\d\s+cents?\b",
        )
    # ("at 5c per share" in an ASX company's text that writes "AUD $1m"
    # beside "US$30,000": cents written "c" are the Australian way)
    if reader.dollar == "USD" and rx.search(r"\bAUD\b|\bAU?\s?\$|\bASX\b", text):
        _ask_the_currency(
            reader,
            'the cents are US cents: the text writes cents as "c", as Australian '
            "texts do, and names the Australian dollar or the ASX",
            r"\d(?:\.\d+)?c\b",
        )
    # ("a conversion price of 1.547 cent": a cent in the singular, as euro
    # amounts are written; US usage writes "cents")
    _ask_the_currency(
        reader,
        "the cent is a US cent: the text writes the cent in the singular",
        r"\d\s*cent\b",
    )
    fields = {key: reader.fields[key] for key in FIELDS}
    return NoteDraft(_note_id(fields, holder), fields)


# -- rendering ------------------------------------------------------------------


def _comment(prefix: str, text: str, indent: str = "  ") -> list[str]:
    """A comment wrapped to 80 columns (prefix included)."""
    wrapped = textwrap.wrap(
        prefix + text,
        width=78 - len(indent),
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [f"{indent}; {line}" for line in wrapped] or [f"{indent}; {prefix}"]


def render_draft(draft: NoteDraft, source: str) -> str:
    """The draft as Beancount text, every value with its quoted sentence."""
    fields = draft.fields
    lines = [
        *_comment("", f"Draft convertible-note definition read from {source}.", ""),
        "; Check every value against the filing, complete each TODO and choose",
        "; the accounts; the plugin rejects the directive until then.",
    ]
    date_field = fields["date"]
    if date_field.value is None:
        lines += _comment("TODO: ", f"{date_field.todo}", indent="")
        if date_field.quote:
            lines += _comment("", f"“{date_field.quote}”", indent="")
        date = "YYYY-MM-DD"
    else:
        lines += _comment("", f"“{date_field.quote}”", indent="")
        date = date_field.value
    lines.append(f'{date} custom "convertible-note" "{draft.note_id}"')
    quoted = ""  # a sentence quoted just above is not quoted again
    for key in FIELDS[1:]:
        field = fields[key]
        if field.value is None and field.todo is None:
            continue  # does not apply to this note
        if field.value is not None:
            if field.todo:
                lines += _comment(f"TODO: {key}: ", field.todo)
            if field.quote != quoted:
                lines += _comment("", f"“{field.quote}”")
            lines.append(f"  {key}: {field.value}")
        else:
            lines += _comment(f"TODO: {key}: ", field.todo or "")
            if field.quote and field.quote != quoted:
                lines += _comment("", f"“{field.quote}”")
        quoted = field.quote or quoted if field.value is not None else field.quote
    for key, hint in ACCOUNT_KEYS:
        lines.append(f"  ; TODO: {key}: {hint}")
    return "\n".join(lines) + "\n"


class InputError(Exception):
    """A file that is not a filing's text, with where and why."""


def read_filing(path: str) -> str:
    """The text of a filing, or :class:`InputError` naming the file and line."""
    try:
        return read_document(path, "a filing's text")
    except DocumentError as error:
        raise InputError(str(error)) from error


_AMOUNT_KEYS = {spec.name for spec in DEFINITION_KEYS if spec.kind == "amount"}
_NUMBER_KEYS = {spec.name for spec in DEFINITION_KEYS if spec.kind == "number"}
_INTEGER_KEYS = {spec.name for spec in DEFINITION_KEYS if spec.kind == "integer"}


def _typed(key: str, text: str) -> object:
    """A draft value as the Beancount type the directive's key takes."""
    if key == "related-party":
        return text == "TRUE"
    if key == "maturity":
        return datetime.date.fromisoformat(text)
    if key in _AMOUNT_KEYS:
        number, currency = text.split(" ")
        return Amount(Decimal(number), currency)
    if key in _NUMBER_KEYS or key in _INTEGER_KEYS:
        return Decimal(text)
    return text.strip('"')


class Importer(beangulp.Importer):  # type: ignore[misc]
    """Filings (plain text) announcing a convertible note, for beangulp.

    ``extract`` returns the draft definition with the values it found and no
    accounts, so the plugin rejects it until a person completes it; the
    commented draft with every quote is what ``books draft-note`` prints.
    """

    def __init__(self, account: str = "Liabilities:Current:ConvertibleNotes") -> None:
        self.filing_account = account

    @property
    def name(self) -> str:
        return "importers.filing.Importer"

    def identify(self, filepath: str) -> bool:
        if not filepath.lower().endswith(".txt"):
            return False
        try:
            text = read_filing(filepath)
        except InputError:
            return False
        lowered = text.lower()
        return "convertible" in lowered and "note" in lowered

    def account(self, filepath: str) -> str:
        return self.filing_account

    def extract(self, filepath: str, existing: data.Entries) -> list[data.Directive]:
        draft = draft_note(read_filing(filepath))
        values = {
            key: _typed(key, field.value)
            for key, field in draft.fields.items()
            if key != "date" and field.value is not None
        }
        date_text = draft.fields["date"].value
        if date_text is None:
            raise InputError(f"{filepath}: no issue date found; use books draft-note")
        meta = data.new_metadata(filepath, 1, values)
        entry = data.Custom(
            meta,
            datetime.date.fromisoformat(date_text),
            "convertible-note",
            [ValueType(draft.note_id, str)],
        )
        return [entry]
