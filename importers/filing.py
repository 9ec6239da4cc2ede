"""Draft a ``convertible-note`` definition from a filing's plain text.

``books draft-note FILE`` prints the draft; :class:`Importer` offers the same
to beangulp. Every value carries the sentence it came from. A term the text
does not state, or states only as a formula (a variable conversion price, an
original issue discount, several holders), is left as a ``; TODO:`` comment
quoting the text: nothing is invented, and the accounts are always left for a
person, so a draft fails bean-check until someone completes it.

The reader is a set of plain regular expressions over the text's sentences;
it never evaluates or executes anything from the input.
"""

from __future__ import annotations

import calendar
import datetime
import re
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation
from typing import TYPE_CHECKING

import beangulp
from beancount.core import data
from beancount.core.amount import Amount
from beancount.parser.grammar import ValueType

from importers.text import DocumentError
from importers.text import read_document
from plugins.convertible_note.daycount import add_months
from plugins.convertible_note.terms import DEFINITION_KEYS

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Iterable

#: The fields of a draft, in the order of the directive.
FIELDS = (
    "date",
    "holder",
    "principal",
    "rate",
    "maturity",
    "conversion-price",
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


@dataclass(frozen=True)
class DraftField:
    """One key of the draft.

    ``value`` is ledger text (``0.07``, ``3000000.00 USD``, ``"Class A
    Ordinary"``) or None. ``quote`` is the sentence it came from, or that
    mentions the term (empty when nothing does). ``todo`` says what a person
    must do; it is None exactly when the value is set.
    """

    key: str
    value: str | None
    quote: str
    todo: str | None


@dataclass(frozen=True)
class NoteDraft:
    note_id: str
    fields: dict[str, DraftField]


# -- text ---------------------------------------------------------------------

MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
MONTHS.update(
    {name.lower(): index for index, name in enumerate(calendar.month_abbr) if name}
)
_MONTH_NAMES = [name for name in calendar.month_name if name] + [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"
]  # fmt: skip
_MONTH = r"(?:" + "|".join(_MONTH_NAMES) + r")\.?"
DATE_MDY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
DATE_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}})\b", re.IGNORECASE
)

CURRENCIES = (
    ("US$", "USD"),
    ("USD$", "USD"),
    ("USDS$", "USD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("RMB", "CNY"),
    ("USD", "USD"),
    ("HKD", "HKD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("$", "USD"),
)
_CURRENCY = "|".join(re.escape(symbol) for symbol, _ in CURRENCIES)
MONEY = re.compile(
    rf"(?<![A-Za-z])({_CURRENCY})\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|thousand)\b)?",
    re.IGNORECASE,
)
PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fifteen": 15, "eighteen": 18, "twenty-four": 24, "twenty four": 24,
    "thirty": 30, "thirty-six": 36, "thirty six": 36, "sixty": 60,
}  # fmt: skip

_ABBREVIATIONS = {
    "inc", "ltd", "co", "corp", "no", "mr", "mrs", "ms", "dr", "u.s", "s.a",
    "l.p", "llc", "st", "jr", "sr", "vs", "e.g", "i.e", "etc", "n.v", "b.v",
    "plc", "pte", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip


def normalise(text: str) -> str:
    """One line of text: wrapped lines joined, runs of spaces folded."""
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def sentences(text: str) -> list[str]:
    """Split at a full stop (or ! ?) followed by a capital or a quote, except
    after common abbreviations and initials; also at blank lines."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        flat = normalise(block)
        start = 0
        for match in re.finditer(r"[.!?](?=\s+[\"“(A-Z0-9])", flat):
            word = re.search(r"([\w.]+)$", flat[start : match.start()])
            token = word.group(1).lower() if word else ""
            if token.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
                continue
            found.append(flat[start : match.end()].strip())
            start = match.end()
        if flat[start:].strip():
            found.append(flat[start:].strip())
    return [sentence for sentence in found if sentence]


def _date(match: re.Match[str], day_first: bool) -> datetime.date | None:
    try:
        if day_first:
            day, month, year = match.group(1), match.group(2), match.group(3)
        else:
            month, day, year = match.group(1), match.group(2), match.group(3)
        number = MONTHS[month.lower().rstrip(".")]
        return datetime.date(int(year), number, int(day))
    except (KeyError, ValueError):
        return None


def dates_in(sentence: str) -> list[tuple[int, datetime.date]]:
    found = []
    for pattern, day_first in ((DATE_MDY, False), (DATE_DMY, True)):
        for match in pattern.finditer(sentence):
            date = _date(match, day_first)
            if date is not None:
                found.append((match.start(), date))
    return sorted(found)


@dataclass(frozen=True)
class Money:
    number: Decimal
    currency: str
    start: int
    end: int

    def text(self, places: int | None = 2) -> str:
        number = self.number
        if places is not None and number == number.quantize(Decimal(10) ** -places):
            number = number.quantize(Decimal(10) ** -places)
        return f"{format(number, 'f')} {self.currency}"


def money_in(sentence: str) -> list[Money]:
    found = []
    for match in MONEY.finditer(sentence):
        symbol = match.group(1)
        currency = next(
            code for prefix, code in CURRENCIES if prefix.lower() == symbol.lower()
        )
        digits = match.group(2).replace(",", "").rstrip(".")
        # More than 18 digits is no amount a filing states (and no amount the
        # plugin books): leave it to a person.
        if len(digits.split(".")[0]) > 18:
            continue
        try:
            number = Decimal(digits)
        except InvalidOperation:
            continue
        scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
        if match.group(3):
            number *= scale[match.group(3).lower()]
        found.append(Money(number, currency, match.start(), match.end()))
    return found


def _first(items: Iterable[str], test: Callable[[str], bool]) -> str | None:
    return next((item for item in items if test(item)), None)


def _has(sentence: str, *words: str) -> bool:
    lowered = sentence.lower()
    return any(word in lowered for word in words)


# -- fields -------------------------------------------------------------------


class _Reader:
    def __init__(self, text: str) -> None:
        self.sentences = sentences(text)
        self.fields: dict[str, DraftField] = {}

    def set(self, key: str, value: str, quote: str) -> None:
        self.fields[key] = DraftField(key, value, quote, None)

    def todo(self, key: str, why: str, quote: str = "") -> None:
        self.fields[key] = DraftField(key, None, quote, why)

    def silent(self, key: str, default: str) -> None:
        """An optional term the text does not state: a person confirms that
        the plugin's default is right (nothing is assumed silently)."""
        self.fields[key] = DraftField(
            key,
            None,
            "",
            f"the text does not state it; confirm the default ({default})",
        )

    def about(self, *words: str) -> list[str]:
        return [sentence for sentence in self.sentences if _has(sentence, *words)]


_ISSUE_WORDS = ("closed", "closing", "issued", "issuance", "completed", "consummated")


#: A press release's dateline ("HONG KONG, April 8, 2024 --"): the day of
#: the announcement, not of the issue.
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]{1,40},\s*$")
_ON_DATE = re.compile(r"\b(?:on|as of|dated)\s*$", re.IGNORECASE)


def _issue_date(reader: _Reader) -> datetime.date | None:
    """The best-placed date in a sentence about the note's issue or closing:
    one introduced by "on", "as of" or "dated" wins; datelines never count."""
    best: tuple[int, int, datetime.date, str] | None = None
    for order, sentence in enumerate(reader.sentences):
        lowered = sentence.lower()
        if not any(word in lowered for word in _ISSUE_WORDS) or "filed" in lowered:
            continue
        if not ("note" in lowered or "transaction" in lowered or "closing" in lowered):
            continue
        for position, date in dates_in(sentence):
            before = sentence[:position]
            if _DATELINE.match(before):
                continue
            score = 2 if _ON_DATE.search(before) else 1
            if best is None or (score, -order) > (best[0], -best[1]):
                best = (score, order, date, sentence)
    if best is not None:
        reader.set("date", best[2].isoformat(), best[3])
        return best[2]
    reader.todo(
        "date",
        "the issue (closing) date is not stated; write it as the directive's date",
        _first(reader.sentences, lambda s: bool(dates_in(s))) or "",
    )
    return None


_LEGAL_FORMS = (
    r"Ltd\.?", "Limited", "LLC", r"L\.L\.C\.", r"Inc\.?", "Incorporated",
    r"Corp\.?", "Corporation", r"L\.P\.", "LP", "Fund", "Capital", "Holdings?",
    "Partners", "Group", "GmbH", "AG", r"S\.A\.", r"N\.V\.", r"B\.V\.", "plc", "PLC",
    r"Pte\.? Ltd\.?", r"Co\.", "SPC", "Trust", "Ventures", "Investments?", "SA", "NV",
    "BV", "SE", "KG", r"S\.à r\.l\.", "Sarl", "AB", "ASA", "Oy", r"S\.p\.A\.",
)  # fmt: skip
_LEGAL = "(?:" + "|".join(_LEGAL_FORMS) + ")"
_COMPANY = rf"(?:[A-Z][\w&'.-]*\s+){{0,6}}?(?:[A-Z][\w&'.-]*\s+)*{_LEGAL}"
_PERSON = r"(?:Mr\.|Ms\.|Mrs\.|Dr\.)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
_NAME = rf"({_COMPANY}|{_PERSON})"
#: Any run of capitalised words: only trusted right before a defined role.
_CAPITALISED = r"((?:[A-Z][\w&'.-]*\s+){1,6}?[A-Z][\w&'.-]*)"
_PLAIN_PERSON = r"((?:[A-Z][a-z'-]+\s+){1,3}[A-Z][a-z'-]+)"
_OFFICE = (
    r"(?:Chairman|Chairwoman|Chair|Chief Executive Officer|CEO|President|"
    r"(?:executive |non-executive |independent )?[Dd]irector|founder)"
)
_ROLE = r"(?:Note ?holder|Holder|Investor|Purchaser|Subscriber|Lender)"
_HOLDER_PATTERNS = (
    re.compile(rf"\bwith\s+{_NAME}\s*[,(]"),
    re.compile(rf"\bsubscribed (?:for )?by\s+{_NAME}"),
    re.compile(rf"\bissued (?:the (?:Convertible )?Notes? )?to\s+{_NAME}"),
    re.compile(rf"\bsold (?:the (?:Convertible )?Notes? )?to\s+{_NAME}"),
    re.compile(rf"\b{_NAME}\s*\((?:the\s+)?[“\"]{_ROLE}[”\"]\)"),
    re.compile(rf"\b{_NAME},?\s+(?:purchased|subscribed|agreed to purchase)"),
    re.compile(rf"\b{_CAPITALISED}\s*\((?:the\s+)?[“\"]{_ROLE}[”\"]\)"),
    re.compile(
        rf"\bto\s+{_PLAIN_PERSON},\s+(?:the|our|its)\s+(?:Company['\u2019]s\s+)?"
        rf"{_OFFICE}"
    ),
    re.compile(rf"\bto\s+({_COMPANY})(?=\s*[,(]|\s+(?:for|in|on)\b)"),
)
_SEVERAL = re.compile(
    r"\b(?:two|three|four|five|six|several|multiple|\d+)\s+(?:institutional\s+|accredited\s+|individual\s+)?"
    r"(?:investors|holders|purchasers|subscribers|lenders)\b",
    re.IGNORECASE,
)


def _clean_name(name: str) -> str:
    name = name.strip(" ,;:")
    return re.sub(r"^(?:the|The)\s+", "", name)


def _holder(reader: _Reader) -> str | None:
    several = _first(reader.sentences, lambda s: bool(_SEVERAL.search(s)))
    if several:
        reader.todo(
            "holder",
            "several holders: write one convertible-note definition per holder, "
            "with that holder's principal",
            several,
        )
        return None
    for sentence in reader.sentences:
        for pattern in _HOLDER_PATTERNS:
            match = pattern.search(sentence)
            if match:
                name = _clean_name(match.group(1))
                if len(name) > 2 and not name.lower().startswith(("company", "our ")):
                    reader.set("holder", f'"{name}"', sentence)
                    return name
    chairman = re.compile(
        r"\b(?:to|by)\s+(?:the Company['\u2019]s|our|its)\s+[\w\s,-]*?"
        r"(?i:chairman|chairwoman|director|chief executive officer|CEO)[,\s]+"
        r"((?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
    )
    for sentence in reader.sentences:
        match = chairman.search(sentence)
        if match:
            name = match.group(1).strip()
            reader.set("holder", f'"{name}"', sentence)
            return name
    reader.todo(
        "holder",
        "the holder is not named in a form this reader recognises",
        _first(reader.sentences, lambda s: _has(s, "holder", "investor", "purchaser"))
        or "",
    )
    return None


def _principal(reader: _Reader) -> None:
    several = _first(reader.sentences, lambda s: bool(_SEVERAL.search(s)))
    if several:
        reader.todo(
            "principal",
            "several holders: the amount stated is their total; write each "
            "holder's principal in its own definition",
            several,
        )
        return
    candidates = reader.about(
        "principal amount", "aggregate principal", "face amount", "face value"
    )
    oid = _first(
        reader.sentences,
        lambda s: _has(s, "original issue discount", "purchase price", "discount of"),
    )
    for sentence in candidates:
        lowered = sentence.lower()
        anchor = max(
            lowered.find("principal amount"),
            lowered.find("aggregate principal"),
            lowered.find("face amount"),
            lowered.find("face value"),
        )
        amounts = [money for money in money_in(sentence) if money.start >= anchor - 40]
        if amounts:
            if oid:
                reader.todo(
                    "principal",
                    "original issue discount: the proceeds differ from the principal "
                    f"({amounts[0].text()}); the plugin books proceeds equal to the "
                    "principal, so decide how to record the discount",
                    oid,
                )
                return
            reader.set("principal", amounts[0].text(), sentence)
            return
    reader.todo("principal", "the principal amount is not stated", "")


_RATE_ZERO = re.compile(
    r"\b(?:zero[- ]interest|zero[- ]coupon|non-interest[- ]bearing|interest[- ]free|"
    r"(?:does|shall|will) not bear (?:any )?interest|bears? no interest|no interest|"
    r"0(?:\.0+)?\s?% interest)",
    re.IGNORECASE,
)
_RATE_CONTEXT = re.compile(
    r"(?:interest(?: rate)?(?: of| at)?(?: a rate of)?(?: equal to)?\s*"
    r"|bear(?:s|ing)? interest at (?:a rate of |the rate of )?)"
    r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)"
    r"|(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)\s*"
    r"(?:per annum|per year|a year|annual|annually|simple|interest)",
    re.IGNORECASE,
)


def _rate(reader: _Reader) -> None:
    for sentence in reader.sentences:
        if _RATE_ZERO.search(sentence):
            reader.set("rate", "0", sentence)
            return
    for sentence in reader.about("interest"):
        match = _RATE_CONTEXT.search(sentence)
        if match:
            percent = Decimal(match.group(1) or match.group(2))
            rate = (percent / 100).normalize()
            reader.set("rate", format(rate, "f") if rate else "0", sentence)
            return
    reader.todo(
        "rate",
        "the interest rate is not stated",
        _first(reader.about("interest"), bool) or "",
    )


_TERM = re.compile(
    r"\b(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s*\(\d{1,3}\))?[- ]"
    r"(months?|years?)\b",
    re.IGNORECASE,
)


def _maturity(reader: _Reader, issue: datetime.date | None) -> None:
    sentences_about = reader.about("matur", "due ", "repay")
    for sentence in sentences_about:
        lowered = sentence.lower()
        found = [
            (position, date)
            for position, date in dates_in(sentence)
            if issue is None or date > issue
        ]
        if found and _has(
            sentence,
            "maturity date",
            "mature",
            "matures",
            "due on",
            "due date",
            "repayable on",
        ):
            reader.set("maturity", found[0][1].isoformat(), sentence)
            return
        term = _TERM.search(sentence)
        if term and ("matur" in lowered or "due" in lowered):
            count_text = term.group(1).lower()
            count = (
                int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
            )
            months = count * 12 if term.group(2).lower().startswith("year") else count
            if issue is None:
                reader.todo(
                    "maturity",
                    f"maturity is {count} {term.group(2)} after issue, but the issue "
                    "date is not stated",
                    sentence,
                )
                return
            try:
                maturity = add_months(issue, months)
            except (ValueError, OverflowError):
                reader.todo(
                    "maturity",
                    f"{count} {term.group(2)} after {issue} is out of range",
                    sentence,
                )
                return
            reader.set("maturity", maturity.isoformat(), sentence)
            return
    reader.todo(
        "maturity",
        "the maturity date is not stated",
        sentences_about[0] if sentences_about else "",
    )


_VARIABLE = re.compile(
    r"\b(?:lower of|lesser of|greater of|\d+(?:\.\d+)?\s?% of|VWAP|volume[- ]weighted|"
    r"average (?:closing|trading)|closing bid|market price|floor price)",
    re.IGNORECASE,
)


_CONVERT_AT = re.compile(
    rf"\b(?:convertible|converted|convert)\b[^.]*?\bat\s+(?:a (?:fixed )?price of\s+)?"
    rf"({_CURRENCY})\s?(\d[\d,]*(?:\.\d+)?)\s*(?:per|for each|a)\b",
    re.IGNORECASE,
)


def _conversion_price(reader: _Reader) -> None:
    for sentence in reader.about("conversion price"):
        lowered = sentence.lower()
        anchor = lowered.find("conversion price")
        if _VARIABLE.search(sentence[anchor:]):
            reader.todo(
                "conversion-price",
                "the conversion price is a formula, not a fixed price: the plugin "
                "needs a price per share; record an adjust event at each conversion",
                sentence,
            )
            return
        for money in money_in(sentence):
            tail = sentence[money.end : money.end + 40].lower()
            if money.start > anchor and ("per" in tail or "each" in tail):
                reader.set("conversion-price", money.text(places=None), sentence)
                return
    for sentence in reader.about("convert"):
        match = _CONVERT_AT.search(sentence)
        if match:
            prices = money_in(sentence[match.start(1) :])
            if prices:
                reader.set("conversion-price", prices[0].text(places=None), sentence)
                return
    reader.todo(
        "conversion-price",
        "the conversion price is not stated",
        _first(reader.about("convert"), bool) or "",
    )


def _par_value(reader: _Reader) -> None:
    pattern = re.compile(
        rf"(?:par|nominal) value(?: of)?\s*({_CURRENCY})\s?(\d[\d,]*(?:\.\d+)?)",
        re.IGNORECASE,
    )
    for sentence in reader.about("par value", "nominal value"):
        match = pattern.search(sentence)
        if match:
            money = money_in(sentence[match.start(1) :])
            if money:
                reader.set("par-value", money[0].text(places=None), sentence)
                return
    if reader.about("no par value", "without par value"):
        quote = reader.about("no par value", "without par value")[0]
        reader.todo("par-value", "shares without par value: write par-value: 0", quote)
        return
    reader.todo("par-value", "the par value of the shares is not stated", "")


_SHARE_CLASS = re.compile(
    r"\b((?:Class [A-Z]\s+)?(?:Ordinary|Common))\s+(?:Shares?|Stock)\b"
    r"|\b(ordinary|common)\s+(?:shares?|stock)\b",
    re.IGNORECASE,
)


def _share_class(reader: _Reader) -> None:
    ranked = reader.about("convert") + reader.sentences
    for sentence in ranked:
        match = _SHARE_CLASS.search(sentence)
        if match:
            raw = match.group(1) or match.group(2)
            words = raw.split()
            label = " ".join(
                word.upper() if len(word) == 1 else word.capitalize() for word in words
            )
            reader.set("share-class", f'"{label}"', sentence)
            return
    reader.silent("share-class", "no share class label")


def _day_count(reader: _Reader) -> None:
    for sentence in reader.sentences:
        lowered = sentence.lower()
        if "30/360" in lowered or (
            "360-day year" in lowered and "30-day month" in lowered
        ):
            reader.set("day-count", '"30/360"', sentence)
            return
        if (
            "actual/360" in lowered
            or ("360-day year" in lowered and "actual" in lowered)
            or ("360 day year" in lowered and "actual" in lowered)
        ):
            reader.set("day-count", '"ACT/360"', sentence)
            return
        if "actual/actual" in lowered:
            reader.set("day-count", '"ACT/ACT"', sentence)
            return
        if (
            "actual/365" in lowered
            or "365-day year" in lowered
            or "365 day year" in lowered
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
    r"\bcompound(?:ed|ing|s)?\s+(daily|monthly|quarterly|annually|yearly|semi-annually)"
    r"|\b(daily|monthly|quarterly|annual|yearly)\s+compounding",
    re.IGNORECASE,
)


def _compounding(reader: _Reader) -> None:
    for sentence in reader.sentences:
        match = _COMPOUND.search(sentence)
        if match:
            word = (match.group(1) or match.group(2)).lower()
            mode = {"yearly": "annually", "annual": "annually"}.get(word, word)
            if mode == "semi-annually":
                reader.todo(
                    "compounding",
                    "semi-annual compounding is not one of the plugin's modes",
                    sentence,
                )
                return
            reader.set("compounding", f'"{mode}"', sentence)
            return
        if re.search(
            r"\bsimple interest\b|\bnon-compounding\b|\bnot compound",
            sentence,
            re.IGNORECASE,
        ):
            reader.set("compounding", '"none"', sentence)
            return
    reader.silent("compounding", "none: simple interest")


_RELATED = re.compile(
    r"\b(?:director|officer|chairman|chairwoman|chief executive|CEO|president|"
    r"(?:major|largest|principal|controlling|substantial|significant)\s+(?:share|stock)holder|"
    r"parent company|holding company of the company|affiliate of the company|"
    r"related party|controlled by|wholly[- ]owned by|"
    r"owned by (?:our|the company's|its))",
    re.IGNORECASE,
)
_UNRELATED = re.compile(
    r"\b(?:not an? (?:affiliate|related party|director|officer)|unaffiliated|"
    r"unrelated|independent third part|arm's[- ]length|is not related|"
    r"has no relationship)",
    re.IGNORECASE,
)


def _related_party(reader: _Reader, holder: str | None) -> None:
    holder_words = (
        "holder",
        "investor",
        "purchaser",
        "subscriber",
        "subscribed",
        "issued to",
        "lender",
    )
    for sentence in reader.sentences:
        if _UNRELATED.search(sentence):
            continue
        if not _RELATED.search(sentence):
            continue
        mentions_holder = (
            holder is not None and holder.split()[0] in sentence
        ) or _has(sentence, *holder_words)
        if mentions_holder:
            reader.set("related-party", "TRUE", sentence)
            return
    reader.silent("related-party", "FALSE")


def _note_id(fields: dict[str, DraftField], holder: str | None) -> str:
    date = fields["date"].value
    year = date[:4] if date else "YYYY"
    word = re.sub(
        r"[^A-Za-z0-9]",
        "",
        (holder or "HOLDER").split()[
            -1 if holder and holder.startswith(("Mr", "Ms", "Dr")) else 0
        ],
    )
    return f"NOTE-{year}-{word.upper() or 'HOLDER'}"


def draft_note(text: str) -> NoteDraft:
    """Read a filing's text and draft the note's definition."""
    reader = _Reader(text)
    issue = _issue_date(reader)
    holder = _holder(reader)
    _principal(reader)
    _rate(reader)
    _maturity(reader, issue)
    _conversion_price(reader)
    _par_value(reader)
    _share_class(reader)
    _day_count(reader)
    _compounding(reader)
    _related_party(reader, holder)
    fields = {key: reader.fields[key] for key in FIELDS}
    return NoteDraft(_note_id(fields, holder), fields)


# -- rendering ------------------------------------------------------------------


def _comment(prefix: str, text: str, indent: str = "  ") -> list[str]:
    wrapped = textwrap.wrap(text, width=76 - len(indent), break_long_words=False)
    return [
        f"{indent}; {prefix}{line}" if index == 0 else f"{indent};   {line}"
        for index, line in enumerate(wrapped)
    ] or [f"{indent}; {prefix}"]


def render_draft(draft: NoteDraft, source: str) -> str:
    """The draft as Beancount text, every value with its quoted sentence."""
    fields = draft.fields
    lines = [
        f"; Draft convertible-note definition read from {source}.",
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
    for key in FIELDS[1:]:
        field = fields[key]
        if field.value is not None:
            lines += _comment("", f"“{field.quote}”")
            lines.append(f"  {key}: {field.value}")
        else:
            lines += _comment(f"TODO: {key}: ", field.todo or "")
            if field.quote:
                lines += _comment("", f"“{field.quote}”")
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


def _typed(key: str, text: str) -> object:
    """A draft value as the Beancount type the directive's key takes."""
    if key == "related-party":
        return text == "TRUE"
    if key in ("maturity",):
        return datetime.date.fromisoformat(text)
    if key in ("principal", "conversion-price", "par-value"):
        number, currency = text.split(" ")
        return Amount(Decimal(number), currency)
    if key == "rate":
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
