"""Stages 1 and 2 of reading a filing: sentences, then candidate values.

A candidate is a value the text writes (money with its currency, a
percentage, a date, a duration, a count) with where it is, so the next stage
can read the words around it. Nothing here decides what a value means.

Generic parsing is left to libraries: amounts to ``price-parser`` (thousands
and decimal separators), dates to ``python-dateutil``. Numbers written in
words are summed here (:func:`_sum_of_words`), as ``word2number`` reads
"One Million Five Hundred Thousand" as 1,501,500. The regular expressions
only find the spans.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from dateutil import parser as date_parser
from price_parser import Price

from importers.filing import patterns as rx

# -- stage 1: sentences ------------------------------------------------------------

_ABBREVIATIONS = {
    "inc", "ltd", "co", "corp", "no", "mr", "mrs", "ms", "dr", "u.s", "s.a",
    "l.p", "llc", "st", "jr", "sr", "vs", "e.g", "i.e", "etc", "n.v", "b.v",
    "plc", "pte", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "l.l.c", "u.s.a", "p.c", "s.e.c",
    "sec", "para", "nos",
    # (India's rupee: "Rs. 18 per Equity share"; Indonesia's: "Rp. 737";
    # Mexico's peso: "Ps. 283,533,200")
    "rs", "rp", "ps",
    # ("8 per cent. coupon per annum": the British "per cent." runs on)
    "cent",
    # ("CHF 61 mio. convertible bonds": a Swiss or German million)
    "mio",
}  # fmt: skip


def normalise(text: str) -> str:
    """One line of text: wrapped lines joined, runs of spaces folded, a
    space a copy lost before a dollar put back and one it added after a
    bracket taken out (the words themselves are kept, so a quote is the
    filing's own text)."""
    text = text.replace("\u00a0", " ").replace("\u2009", " ")
    # (a non-breaking hyphen is a hyphen: "a $1,100,000 face\u2011amount note",
    # "the lowest 10\u2011day VWAP")
    text = text.replace("\u2011", "-")
    # (and the spaces some copies pad curly quotes with: "(the “ Holder ”)")
    # (a closing quote some copies open a defined term with: "(the
    # ”Maturity Date”)")
    text = rx.sub(r"(?<=[\s(])”(?=[A-Z][^“”]{0,60}”)", "“", text)
    text = rx.sub(r"“\s+", "“", rx.sub(r"\s+”", "”", text))
    # (and the space some copies lose before a dollar: "a conversion price of
    # approximately$166.34/ADS"; not a mark's letters, "US$", "HK$")
    text = rx.sub(r"(?<=[a-z]{3})\$(?=\d)", " $", text)
    # (and an empty bracket, where a copy lost a name in Chinese characters:
    # "CHINA NEW WAY INVESTMENT LIMITED ( ) (the “Subscriber”)")
    text = rx.sub(r"\s*\(\s*\)", "", text)
    # (and a space after a bracket some copies add: "eleven percent ( 11%)")
    text = rx.sub(r"\(\s+(?=\d)", "(", text)
    # (and the spaces around a hyphen: "a 15% discount to the 10 - day volume
    # weighted average price")
    text = rx.sub(r"(?<=\d) - (?=day\b)", "-", text)
    return rx.sub(r"\s+", " ", text).strip()


#: A list's line that a short label opens: "Issue value: VND234,000,000,000".
#: (in sentence case: a note's face in capitals, "ORIGINAL PRINCIPAL AMOUNT:
#: $210,526.32 DATE: September 19, 2024", reads on into its text)
#: (at a line's start, in no columns: not a signature block's "Date: March
#: 15, 2024          HELIOS RENEWABLE SYSTEMS, INC.", then its indented "By:")
#: (a news service's term list writes no space after the colon:
#: "Bookrunners:UBS Investment Bank and ... (Schweiz) AG", "Amount:CHF 270
#: million")
_LABELLED = re.compile(
    r"[ \t]{0,2}[A-Z][a-z][\w ]{0,40}:(?:[ \t]+|(?!//))\S(?!.*\S[ \t]{3,}\S)"
)


def _blocks(text: str) -> list[str]:
    """Paragraphs: text between blank lines, and after a short line (a
    heading, a table row "Principal amount | $ 275,000", the last line of a
    paragraph). A long line ends mid-sentence where the text was wrapped."""
    blocks: list[str] = []
    lines: list[str] = []
    rows = _VERTICAL_ROW.sub(r"\1 | ", text).splitlines()
    face = False
    for index, line in enumerate(rows):
        # (a term sheet's label opens a paragraph, after a long value line)
        # (and so does a list's item: "- Amount: US$ 1 Billion")
        if (
            lines
            and (
                _TERM_LABEL.fullmatch(line.strip())
                or rx.match(r"\s*[-–•●▪]\s+[A-Z][\w ]{1,30}:", line)
                # (and a label after a labelled line, where a list has no bullets:
                # "Agent for registration and payment: Viet Capital Securities
                # Joint Stock Company (VCSC)", then "Issue value: VND234,000,000,000")
                or (
                    not face
                    and len(lines[-1].strip()) > _SHORT_LINE
                    and _LABELLED.match(line) is not None
                    and _LABELLED.match(lines[-1]) is not None
                )
                or _heading_after_figures(lines[-1], line, rows[index + 1 : index + 2])
            )
        ):
            blocks.append("\n".join(lines))
            lines = []
        if line.strip():
            lines.append(line)
        # a note's face ("$800,000    March 18, 2022", on one short line or
        # a few: an amount or a date first) reads on into "FOR VALUE
        # RECEIVED, ... promises to pay", a blank line between or not
        # (a face's first line, its date, may stand a few short lines above:
        # "December 4, 2009", "NOVINT", "TECHNOLOGIES, INC.", ..., "FOR VALUE")
        ahead = [row for row in rows[index + 1 :] if row.strip()][
            : 8 if 0 < len(line.strip()) <= _SHORT_LINE else 3
        ]
        face = (
            bool(lines)
            and (
                face
                or not line.strip()
                # (not a title: "CONVERTIBLE NOTE DUE JUNE 30, 2016")
                or bool(
                    rx.search(r"\$|\b(?:19|20)\d{2}\b", line)
                    and not rx.search(
                        r"\b(?:notes?|debentures?)\b", line, re.IGNORECASE
                    )
                )
            )
            and any(
                # ("FOR VALUE", "RECEIVED, the adequacy of which")
                (
                    rx.search(r"for value received", row[:120], re.IGNORECASE)
                    or (
                        position > 0
                        and rx.search(
                            r"\bfor value\s*$", ahead[position - 1], re.IGNORECASE
                        )
                        and rx.match(r"\s*received\b", row, re.IGNORECASE)
                    )
                )
                and all(len(r.strip()) <= _SHORT_LINE for r in ahead[:position])
                for position, row in enumerate(ahead)
            )
        )
        # "On\nNovember 2, 2021, we consummated": a line that ends on a word
        # no sentence or heading ends on was cut mid-sentence
        # (and a title's rate on a line of its own: "12%" then "SENIOR
        # SECURED CONVERTIBLE PROMISSORY NOTE")
        # (a blank line after such a line too: "the principal sum of", a
        # blank line, "CHF 550,000.00")
        last = line if line.strip() else (lines[-1] if lines else "")
        # (not a list's item that ends "; and" before the next: "c. $1,000,000
        # three-year Convertible Note ...; and", "d. $3,000,000 five-year
        # Promissory Note")
        item_ends = (
            rx.search(r";\s*(?:and|or)\s*$", last) is not None
            and bool(ahead)
            and rx.match(r"\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s", ahead[0])
            is not None
        )
        cut = (
            bool(last.strip())
            and not item_ends
            and (
                _OPEN_END.search(last) is not None
                or rx.fullmatch(r"\s*\d{1,2}(?:\.\d+)?\s?%\s*", last) is not None
                # (a prospectus cover's amount above what it is: "$105,000,000",
                # then "(Aggregate Principal Amount)")
                or (
                    rx.fullmatch(r"\s*(?:US)?\$\s?\d[\d,]*(?:\.\d+)?\s*", last)
                    is not None
                    and bool(ahead)
                    and rx.match(
                        r"\s*\(aggregate principal amount\)", ahead[0], re.IGNORECASE
                    )
                    is not None
                )
                # (a title before its name: "Mr.", "Xiaoming Hu, Chairman")
                or rx.search(r"\b(?:Mr|Ms|Mrs|Dr)\.\s*$", last) is not None
                # (a company's name before its ticker: "- Kandi Technologies,
                # Corp.", "(NASDAQ:KNDI) a leading ...")
                or (
                    bool(ahead)
                    and rx.match(
                        r"\s*\((?:NASDAQ|Nasdaq|NYSE|OTC\w*|TSXV?|AMEX|ASX|AIM|LSE)\b",
                        ahead[0],
                    )
                    is not None
                )
                or (
                    _NUMBER_WORD_END.search(last) is not None
                    and bool(ahead)
                    and _NUMBER_WORD_START.match(ahead[0]) is not None
                )
                # (a transcript that double-spaces wrapped lines: a date's day
                # and comma, a blank line, its year: "on December 31,", "2015
                # (the Maturity Date)")
                or (
                    not line.strip()
                    and rx.search(r"\b\d{1,2},\s*$", last) is not None
                    and bool(ahead)
                    and rx.match(r"\s*(?:19|20)\d{2}\b", ahead[0]) is not None
                )
            )
        )
        if (
            lines
            and not face
            and not cut
            and (not line.strip() or len(line.strip()) <= _SHORT_LINE)
        ):
            blocks.append("\n".join(lines))
            lines = []
    if lines:
        blocks.append("\n".join(lines))
    return _glue_definitions(blocks)


#: A heading of a few capitalised words ("Convertible Notes Payable").
_HEADING = re.compile(
    r"\s*[A-Z][\w'’-]*(?:\s+(?:(?:of|and|&|for|on|in)\s+)?[A-Z][\w'’-]*){0,7}\s*"
)


def _heading_after_figures(last: str, line: str, after: list[str]) -> bool:
    """Whether ``line`` is a heading after a long line that ends on a figure
    (a flattened table's last cell: "Loss on settlement of liabilities $
    16,861,345", "Convertible Notes Payable", "On May 9, 2024, ..."), and
    before a line that opens a sentence."""
    return (
        len(last.strip()) > _SHORT_LINE
        and rx.search(r"\d\s*$", last) is not None
        and _HEADING.fullmatch(line) is not None
        and bool(after)
        and rx.match(r"\s*[A-Z]", after[0]) is not None
    )


#: A paragraph that only defines the words before it: "(the “Lender”),".
_DEFINITION_ONLY = re.compile(r"\(\s*(?:the\s+)?[\"“][^\"”]{1,40}[\"”]\s*\)\s*[,;]?")


def _glue_definitions(blocks: list[str]) -> list[str]:
    """A note's face sets a definition on a line of its own ("Magnetic Rock
    Investment AG, a Swiss stock corporation ..." then "(the “Lender”),"):
    it belongs to the paragraph before."""
    glued: list[str] = []
    for block in blocks:
        # (a label run onto the end of the paragraph before, after its full
        # stop: "... beginning September 15, 2007.", "Conversion rate:", then
        # "44.5931 shares of common stock per $1,000.00 principal amount")
        lines = glued[-1].rstrip().split("\n") if glued else []
        first = block.strip().split("\n")[0]
        # (a value a line long, or its line a sentence that runs on into the
        # next label)
        a_value = len(first) <= 120 and (
            "\n" not in block.strip() or first.endswith(".")
        )
        if (
            len(lines) > 1
            and _LABEL_ONLY.fullmatch(lines[-1].strip())
            and lines[-2].rstrip().endswith(".")
            and a_value
        ):
            glued[-1] = "\n".join(lines[:-1])
            glued.append(lines[-1].strip() + " " + block.strip())
            continue
        if glued and (
            _DEFINITION_ONLY.fullmatch(block.strip())
            # a label, then its value a paragraph below: "Interest Rate:",
            # a blank line, "8.00% per annum" (or "Size:", "$150,000,000 or
            # $172,500,000 if the Underwriters exercise in full their
            # over-allotment option")
            # (its value's line may run on into the next label: "Aggregate
            # principal amount:", "$550,000,000 ($600,000,000 if the
            # over-allotment option is exercised in full).", "Proceeds,
            # before expenses, to Mylan Laboratories Inc.:")
            or (_LABEL_ONLY.fullmatch(glued[-1].strip()) and a_value)
            # (a term sheet's label without its colon: "Issue Date", a line
            # below "21 January, 2014"; the label may end a longer paragraph:
            # "Terms and Conditions of Senior Convertible Notes due 2012
            # Offering", "Maturity date", then "March 15, 2012.")
            or (
                _TERM_LABEL.fullmatch(glued[-1].strip().split("\n")[-1].strip())
                and "\n" not in block.strip()
                and len(block.strip()) <= 120
            )
        ):
            glued[-1] = glued[-1].strip() + " " + block.strip()
        else:
            glued.append(block)
    return glued


#: A paragraph that is only a label: "Interest Rate:".
_LABEL_ONLY = re.compile(r"[A-Z][\w ()/&'’-]{1,40}:")
#: A term sheet's label on a line of its own, without a colon: "Coupon".
#: A table's row cut into cells, each on its own line between bars: "|Principal
#: Amount", "|", "$60,000,000" (read as the row "Principal Amount | $60,000,000").
_VERTICAL_ROW = re.compile(
    r"(?m)^\|?([A-Z][A-Za-z ]{2,40}?)[ \t]*\n\|[ \t]*\n(?=[^|\s])"
)
_TERM_LABEL = re.compile(
    # (a term sheet may write the word after in lower case: "Maturity date";
    # not "Issuance date", above a day that may be day or month first)
    r"(?:Issue|Issuance|Interest Payment) Dates?|Maturity (?i:dates?)|Coupon|Interest (?i:rate)"
    r"|(?:Initial )?Conversion (?i:price)|Principal (?i:amount)"
)


#: A line this short ends its paragraph (wrapped text runs longer).
_SHORT_LINE = 50
#: A line ending on an article, a preposition or a conjunction (or a
#: preposition and a colon) runs on.
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|on|in|to|at|by|for|with|from|and|or|as|is|was|were|"
    r"which|that|whereby|per|aggregate)\s*$"
    # ("FOR VALUE", "RECEIVED"; "Due", "December 4, 2010")
    r"|\bfor value\s*$|^\s*due\s*$"
    # ("promises to pay to:", a blank line, "Cellocator Ltd.")
    r"|\b(?:to|of|by|from|with):\s*$"
    # (a title cut after its first word: "CONVERTIBLE", "SECURED PROMISSORY
    # NOTE")
    r"|^\s*Convertible\s*$"
    # (a date cut after its month, its day on the next line: "October",
    # "18, 2006"; "on July", "31, 2007 (the "Maturity Date")")
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s*$",
    re.IGNORECASE,
)
#: An amount in words cut across lines: "the sum of Two", "Hundred Fifty
#: Thousand Dollars ($250,000)".
_NUMBER_WORD_END = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\s*$",
    re.IGNORECASE,
)
_NUMBER_WORD_START = re.compile(
    r"\s*(?:hundred|thousand|million|dollars)\b", re.IGNORECASE
)


def _ends_after_cent(word: str, flat: str, end: int) -> bool:
    """ "per cent." ends its sentence when a sentence's first word follows:
    "a yield of 4.75 per cent. The redemption price" (not "8 per cent.
    Secured Loan Notes")."""
    return word == "cent" and bool(
        rx.match(
            r"\s+(?:The|This|These|They|It|Its|We|Our|In|On|If|Each|Such)\s", flat[end:]
        )
    )


#: A bullet's label alone on its line, its value on the next (a blank
#: line between or not): "·      Issue date", "31 March 2010".
_BULLET_LABEL_ALONE = re.compile(
    r"(?m)^([ \t]*[·•●▪][ \t]+[A-Z][A-Za-z ()/-]{1,40}?)[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?![·•●▪])(\S[^\n]{0,80})$"
)


def sentences(text: str) -> list[str]:
    """Split at a full stop (or ! ?) followed by a capital, a digit, a quote
    or a bracket, except after common abbreviations and initials; also at
    blank lines and after short lines (see :func:`_blocks`)."""
    found: list[str] = []
    for block in _blocks(_BULLET_LABEL_ALONE.sub(r"\1: \2", text)):
        flat = normalise(block)
        start = 0
        # (also at a colon that opens a new statement: "... the following
        # convertible notes: On February 12, 2015, the Company issued ...")
        # (and at a bullet: "... [2][3] - The bonds have", "● The Note")
        for match in rx.finditer(
            r"[.!?](?=\s+[\"“(A-Z0-9$])|:(?=\s+(?:On|During|In|Effective)\s)"
            # (and where a copy lost the space: "at $0.55 per share.Quercus
            # also received")
            # (not a name's dot: "TeleMate.Net Software")
            r"|(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2})"
            # (or after a year: "dated on May 10, 2013.The Company issued")
            r"|(?<=\b(?:19|20)\d\d\.)(?=[A-Z][a-z]{2})"
            # (a news brief's bullets: "... due 2020 * Entered into PSA")
            r"|(?<=\])\s+[-–](?=\s+[A-Z])|\s[•●▪*](?=\s)"
            # (and a release's list lettered "o": "is as follows: o $400
            # million offering of ... o $600 million offering of")
            r"|(?<=[.:])\s+o(?=\s+(?:\$|[A-Z0-9]))",
            flat,
        ):
            word = rx.search(r"([\w.]+)$", flat[start : match.start()])
            token = word.group(1).lower() if word else ""
            if not match.group(0) and not (
                word
                and (word.group(1).islower() or rx.fullmatch(r"\d{4}\.", word.group(1)))
            ):
                continue
            if (
                (
                    token.rstrip(".") in _ABBREVIATIONS
                    and not _ends_after_cent(token, flat, match.end())
                )
                or rx.fullmatch(r"[a-z]", token)
                or rx.fullmatch(r"(?:[a-z]\.)+[a-z]", token)  # initials: "J.H."
            ):
                continue
            # a numbered section's heading, a term's label, runs into its
            # text: "3. Maturity Date. November 3, 2024 unless sooner
            # converted"
            if match.group(0) == "." and _TERM_LABEL.fullmatch(
                flat[start : match.start()].strip()
            ):
                continue
            # a stray dot before a definition: "by NFG Capital Limited. (the
            # "Noteholder")."
            if match.group(0) == "." and rx.match(
                r"\s+\(\s*(?:the\s+)?[\"“](?:Note|Bond|Debenture)?(?:holder|Holder|Lender|Investor|"
                r"Purchaser|Subscriber)[\"”]\s*\)",
                flat[match.end() :],
            ):
                continue
            # a name's stray dot before its legal form: "Lind Asset Management
            # XII. LLC"
            if match.group(0) == "." and rx.match(
                r"\s+(?:LLC|L\.L\.C\.|LP|L\.P\.|Ltd\b|Limited\b|Inc\b|Corp\b|plc\b|PLC\b)",
                flat[match.end() :],
            ):
                continue
            # "$0. 15" is a number broken across lines, not a sentence's end
            if (
                rx.search(r"\d$", flat[: match.start()])
                and flat[match.end() :].lstrip()[:1].isdigit()
            ):
                continue
            # (a bullet belongs to neither sentence)
            bullet = match.group(0).strip() in {"-", "–", "•", "●", "▪", "*", "o"}
            found.append(flat[start : match.start() if bullet else match.end()].strip())
            start = match.end()
        if flat[start:].strip():
            found.append(flat[start:].strip())
    return [sentence for sentence in found if sentence]


# -- stage 2: candidates -----------------------------------------------------------


@dataclass(frozen=True)
class Money:
    """An amount of money the text writes, with its currency."""

    number: Decimal
    currency: str
    start: int
    end: int
    #: Inside brackets right after another amount: "CAD$6,838,000
    #: (US$5,117,000)" states the second only as an equivalent.
    equivalent: bool = False

    def text(self, places: int | None = 2) -> str:
        number = self.number
        if places is not None and number == number.quantize(Decimal(10) ** -places):
            number = number.quantize(Decimal(10) ** -places)
        return f"{format(number, 'f')} {self.currency}"


#: ISO 4217 codes of currencies a filing may name by code alone, before or
#: after an amount ("BGN 21,713,900", "2.00 BGN").
_OTHER_CODES = ("BGN", "CZK", "HUF", "RON", "RUB", "TRY", "IDR", "PHP", "VND", "AED",
                "SAR", "KZT", "NGN", "KES", "EGP", "ARS", "CLP", "COP", "PEN", "BWP", "ZMW",
                "TZS", "UGX", "MUR", "GHS", "LKR", "PKR", "BDT", "NPR", "OMR", "QAR", "KWD",
                "JOD", "MAD", "TND", "JMD", "TTD", "BBD", "MNT", "FJD", "PGK", "UAH",
                "ISK")  # fmt: skip
#: Currency marks before an amount, longest first; "$" alone is a dollar
#: whose country the document decides (see :func:`dollar_currency`).
PREFIXES = (
    # ("for US dollars 125 million")
    ("US dollars", "USD"),
    ("US$", "USD"), ("US $", "USD"), ("USD$", "USD"), ("USD $", "USD"), ("U.S.$", "USD"),
    # (an Australian paper's style: "sold $US80 million in five-year
    # convertible bonds")
    ("$US", "USD"),
    # ("U.S. $400,000" on a note's face)
    ("U.S. $", "USD"),
    ("USD", "USD"),
    # ("a $97,456 (CAD $100,000) 6% convertible bridge loan")
    ("CAD$", "CAD"), ("CAD $", "CAD"), ("CDN$", "CAD"), ("CDN $", "CAD"), ("Cdn$", "CAD"),
    # ("an aggregate of Cdn.$500,000 of Debentures")
    ("Cdn.$", "CAD"), ("CDN.$", "CAD"),
    # ("convertible into Delta 9 shares at CA$0.35 per share")
    ("CA$", "CAD"), ("C$", "CAD"), ("CAD", "CAD"),
    ("HK$", "HKD"), ("HKD$", "HKD"), ("HKD $", "HKD"), ("HKD", "HKD"),
    # (the marks in the other order: "conversion price of $HK6.84")
    ("$HK", "HKD"),
    ("S$", "SGD"), ("SGD", "SGD"), ("AU$", "AUD"), ("AUD$", "AUD"), ("A$", "AUD"),
    ("AUD $", "AUD"), ("AUD", "AUD"),
    ("NZ$", "NZD"), ("NZD$", "NZD"), ("NZD $", "NZD"), ("NZD", "NZD"),
    ("RMB", "CNY"), ("CNY", "CNY"), ("EUR", "EUR"), ("€", "EUR"),
    # (the euro sign of an ISO 8859-15 text read as ISO 8859-1: "a total
    # amount of ¤215 million")
    ("¤", "EUR"),
    # (the euro as old EDGAR text spells its sign: "in the initial aggregate
    # principal amount of (euro)380,000,000")
    ("(euro)", "EUR"), ("(euro) ", "EUR"),
    ("Euros", "EUR"), ("Euro", "EUR"),
    ("GBP", "GBP"), ("£", "GBP"), ("CHF", "CHF"), ("JPY", "JPY"), ("¥", "¥"),
    # ("Total Issue Amount of the Bonds: Yen 40 billion")
    ("Yen", "JPY"),
    ("ILS", "ILS"), ("NIS", "ILS"), ("₪", "ILS"), ("NT$", "TWD"), ("TWD", "TWD"),
    ("KRW", "KRW"), ("₩", "KRW"), ("INR", "INR"), ("SEK", "SEK"), ("NOK", "NOK"),
    # (the Nordic crowns as the English press writes them: "a NKr 120 million
    # convertible ... loan", "at a price of NKr 3.35 per share")
    ("NKr", "NOK"), ("SKr", "SEK"), ("DKr", "DKK"),
    ("DKK", "DKK"), ("Rs.", "₨"), ("Rs", "₨"), ("₹", "INR"),
    # (the rupiah's sign: "The initial conversion price is Rp. 737")
    ("Rp.", "IDR"), ("Rp", "IDR"),
    # ("the Fund will lend the Company NAD 250 000 000")
    ("ZAR", "ZAR"), ("NAD", "NAD"), ("N$", "NAD"), ("MYR", "MYR"), ("BRL", "BRL"),
    # (the ringgit's sign: "a conversion price of RM0.3025 per share")
    ("RM", "MYR"),
    ("MXN", "MXN"), ("PLN", "PLN"), ("THB", "THB"),
    # ("Total Issuance Amount: R$1,745,900,000.00": the Brazilian real)
    ("R$", "BRL"),
    # (the Philippine peso's sign: "₱2.5 billion")
    ("₱", "PHP"),
    # (the Gulf press: "plans to sell Dh7.35 billion in convertible bonds",
    # "Dhs 500 million"; "BD 86.098 million" in Bahraini dinars, a space
    # after the letters: "BD1 Investment Holding, LLC" is a name)
    ("Dhs", "AED"), ("Dh", "AED"), ("BHD", "BHD"), ("BD ", "BHD"),
    # (the dong as Vietnamese papers write it: "a conversion price of
    # VNĐ38,500 per share"; and the Omani rial's "RO10mn")
    ("VNĐ", "VND"), ("RO", "OMR"),
    # (other ISO 4217 codes a filing writes before an amount: "BGN 21,713,900")
    *((code, code) for code in _OTHER_CODES),
    ("$", "$"),
)  # fmt: skip
#: Currency words after an amount.
SUFFIXES = (
    ("euros", "EUR"), ("euro", "EUR"), ("EUR", "EUR"), ("pounds sterling", "GBP"),
    ("Hong Kong dollars", "HKD"), ("HKD", "HKD"), ("Canadian dollars", "CAD"),
    ("CAD", "CAD"), ("US dollars", "USD"), ("U.S. dollars", "USD"), ("USD", "USD"),
    ("US Dollars", "USD"), ("US Dollar", "USD"),
    ("RMB", "CNY"), ("yuan", "CNY"), ("CHF", "CHF"), ("ILS", "ILS"), ("NIS", "ILS"),
    ("new Israeli shekels", "ILS"), ("shekels", "ILS"), ("Swiss francs", "CHF"), ("Singapore dollars", "SGD"),
    ("Australian dollars", "AUD"),
    # (the Korean press: "convertible bonds worth 20 billion won", "at 6,245
    # won per share")
    ("won", "KRW"), ("KRW", "KRW"),
    # (the Indian press: "at the initial conversion price of 103.005 rupees
    # per equity share")
    ("rupees", "INR"), ("rupee", "INR"),
    # ("converted ... at 200 rupiah per share")
    ("rupiah", "IDR"),
    # (the Vietnamese press: "1,100 billion dong worth of HAG's convertible
    # bonds at a conversion price of 67,375 dong per share")
    ("dong", "VND"),
    # (a Japanese issuer's English notice: "(1) Conversion Price 587 yen")
    ("yen", "JPY"),
    # ("a conversion price of 7.35 dirhams a share")
    ("dirhams", "AED"), ("dirham", "AED"),
    # ("a floor price of 20.30 Mexican pesos"; "a conversion price of 2.5
    # Philippine pesos")
    ("Mexican pesos", "MXN"), ("Philippine pesos", "PHP"),
    # (a Nordic or Polish release: "a fixed conversion rate of 9.61 SEK")
    ("SEK", "SEK"), ("NOK", "NOK"), ("DKK", "DKK"), ("PLN", "PLN"), ("GBP", "GBP"),
    ("AUD", "AUD"), ("NZD", "NZD"), ("SGD", "SGD"), ("JPY", "JPY"),
    *((code, code) for code in _OTHER_CODES),
)  # fmt: skip
_SCALE = {"thousand": 10**3, "million": 10**6, "mil": 10**6, "mln": 10**6, "mn": 10**6,
          "mio": 10**6,
          "billion": 10**9, "bln": 10**9, "trillion": 10**12, "lakh": 10**5,
          "crore": 10**7}  # fmt: skip
#: A number this large before "million" is a misprint ("$3,935,000 million").
_SCALED_LIMIT = 100_000
#: "$1,250.50", and "$.05" as some filings write cents; and a European
#: figure, its thousands grouped by full stops: "NOK 19.880.000", "EUR
#: 1.500,00" (never one group alone: "1.500" may be one and a half)
_NUMBER = (
    r"(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?(?![\d.,])|\d{1,3}(?:\.\d{3})+,\d{2}(?![\d.,])"
    r"|\d[\d,]*(?:\.\d+)?|\.\d+)"
)
#: (and a decimal comma alone, as Nordic and continental texts write one:
#: "SEK 232,10", "5,0868 NOK"; never the three digits of a thousands group)
_EUROPEAN = re.compile(
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?|\d{1,3}(?:\.\d{3})+,\d{2}|\d+,(?:\d{1,2}|\d{4,})"
)
_PREFIX = "|".join(re.escape(mark) for mark, _ in PREFIXES)
_SUFFIX = "|".join(re.escape(word) for word, _ in SUFFIXES)
#: "$200K", "$1.5M", "$2B": a news item's short scales.
_SHORT_SCALE = {"k": "thousand", "m": "million", "mm": "million", "mn": "million",
                "b": "billion", "bn": "billion"}  # fmt: skip
MONEY_BEFORE = re.compile(
    # ("$530 000": thousands grouped by spaces, as some news sites write them)
    # ("SEK 8'650'000": grouped by apostrophes, straight or curly, as Swiss
    # texts write them)
    # (and before a comma that ends a clause: "EUR 870 000, in addition")
    rf"(?<![A-Za-z])({_PREFIX})\s?(\d{{1,3}}(?: \d{{3}})+(?![\d.]|,\d)"
    rf"|\d{{1,3}}(?:[\u2019']\d{{3}})+(?![\d,.\u2019'])|{_NUMBER})"
    # ("$5.7-million principal amount")
    # ("$850 mil", "$2.5 mln")
    # ("$2.5MM")
    # ("EUR 1.1bn")
    # ("USD 105 mn")
    # ("CHF 61 mio.": a Swiss or German million)
    # ("SEK 160 M", "EUR 2 BN", "€ 160 MM": a scale in capitals after a space)
    # ("KRW 4 trillion")
    r"(?:(?:\s*|-)(million|mil|mln|mn|mio|billion|bln|trillion|thousand|lakh|crore)\b"
    r"|(bn|mm|[kmb])(?![\w$])"
    # ("KZT7.5 bn")
    r"|\s(?-i:(M|MN|Mn|MM|BN|Bn|bn))(?![\w&$'’]))?",
    re.IGNORECASE,
)
#: Millions in a Nordic code's own prefix: "70.6 MNOK", "MSEK 50".
_CODE_MILLIONS = re.compile(
    rf"(?<![\w$.,/])({_NUMBER})\s?M(NOK|SEK|DKK|ISK|EUR|USD)\b"
    rf"|\bM(NOK|SEK|DKK|ISK|EUR|USD)\s?({_NUMBER})(?![\d,.]*\s*(?:million|billion)\b)"
)
MONEY_AFTER = re.compile(
    # (not the cents of an amount in words: "Twenty Five Thousand and 00/100
    # U.S. Dollars")
    # ("a 250 million-euro 2018 convertible bond")
    # ("raising 500 mln won": a wire's short scale word)
    # ("Issue Size | 150m EUR": a short scale glued to the figure)
    # ("of 100 Billion Yen in aggregate principal amount": a scale in capitals)
    rf"(?<![\w$.,/])({_NUMBER})(?:\s*((?i:million|billion|bln|mln|trillion|thousand|lakh|crore))"
    r"|(bn|mn|m)(?=\s))?"
    rf"(?:\s+|(?<=[a-z])-)(?i:({_SUFFIX}))\b"
    # ("a nominal amount of 720 Euro million": the scale after the currency)
    r"(?:\s+((?i:million|billion))\b)?"
)


_DOLLAR_CODES = {
    "canadian": "CAD", "us": "USD", "u.s.": "USD", "united states": "USD",
    "hong kong": "HKD", "australian": "AUD", "singapore": "SGD",
    "new zealand": "NZD",
}  # fmt: skip
#: The dollars a bare "$" may be.
DOLLARS = frozenset(_DOLLAR_CODES.values())
_DOLLAR_WORDS = re.compile(
    r"\s+(" + "|".join(re.escape(word) for word in _DOLLAR_CODES) + r")\s+dollars?\b"
    # "$526,272 AUD", "$1 million CDN": the code after the amount names the
    # dollar
    r"|\s+(AUD|CAD|CDN|HKD|SGD|NZD|USD)\b"
    # a news wire's "$15-million (U.S.)"
    r"|\s+\((U\.?S\.?|Cdn\.?|Canadian)\)",
    re.IGNORECASE,
)


def _amount(digits: str) -> Decimal | None:
    digits = digits.replace(" ", "").replace("\u2019", "").replace("'", "")
    if _EUROPEAN.fullmatch(digits):
        digits = digits.replace(".", "").replace(",", ".")
    whole = digits.rstrip(".,").split(".", maxsplit=1)[0]
    # More than 18 digits is no amount a filing states.
    if len(whole.replace(",", "")) > 18:
        return None
    # "$25,00.00": thousands are grouped by three; a misprint is no amount
    # (but lakhs and crores by two, as Indian texts write them: "USD
    # 4,20,00,000" is 42 million)
    if "," in whole and not rx.fullmatch(
        r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}", whole
    ):
        return None
    price = Price.fromstring(digits.rstrip(".,"), decimal_separator=".")
    return price.amount


#: "lawful money of ...": the country whose dollar a note's face names.
_LEGAL_TENDER = (
    ("Canada", "CAD"),
    ("Hong Kong", "HKD"),
    ("Australia", "AUD"),
    ("Singapore", "SGD"),
    ("New Zealand", "NZD"),
    ("United States(?: of America)?", "USD"),
)


def _dollar_marks(text: str) -> set[str]:
    """The currencies of the marked dollars the document writes ("C$1,000",
    "US$5,117,000")."""
    return {
        code
        for mark, code in PREFIXES
        if "$" in mark
        # (not an Australian paper's "$US335 million", beside its own bare
        # dollars: "26.25 cents per share")
        and mark not in ("$", "$US")
        and rx.search(rf"(?<![A-Za-z]){re.escape(mark)}\s?\d", text)
    }


def _names_us_dollar(text: str, marks: set[str]) -> bool:
    # (not an amount's "equivalent in U.S. dollars": the bare "$" is another
    # dollar then, "$0.50 (or its equivalent in U.S. dollars)")
    return "USD" in marks or bool(
        rx.search(
            r"(?<!equivalent in )\bUSD\b|(?<!equivalent in )\bU\.?S\.? dollars?\b"
            # (a note's promise: "in such coin or currency of the United States
            # of America as at the time of payment shall be legal tender")
            r"|\bcoin or currency of the United States\b",
            text,
            re.IGNORECASE,
        )
    )


#: Dollars a bare "$" may mean, by the places a text is about: (code, the
#: dollar's name, the place's words, its exchanges, whether its mark beside
#: bare amounts counts). A US filer quoting its Australian listing writes
#: "A$0.60 per CDI" beside US-dollar amounts; a Canadian filer's "C$"
#: beside bare ones leaves them unsure. An exchange counts only where no US
#: exchange is named ("(NASDAQ: NVCN) (TSX: NVCN)" reports in US dollars).
#: Singapore (but for its listing rules' "market day") and Australia count by
#: their exchanges only: a US filer names "Singapore's Agency for Science" in
#: passing.
#: Canada's provinces by name.
_PROVINCES = (
    r"British Columbia|Alberta|Ontario|Qu[eé]bec|Saskatchewan|Manitoba|Nova Scotia"
)
_OTHER_DOLLARS: tuple[tuple[str, str, str | None, str, bool], ...] = (
    # (and the Canadian press's "$2.0-million")
    (
        "CAD",
        "Canadian",
        # (its provinces too, not its cities: "Vancouver, Washington")
        # (a dateline's in capitals too: "CALGARY, ALBERTA--(CCNMatthews")
        rf"(?i:\b(?:Canada|Canadian|{_PROVINCES})\b)"
        r"|\$\d[\d.,]*-million\b"
        # (and a Canadian placement's words: "convertible debenture units",
        # "12 per cent per annum")
        r"|\bdebenture units?\b|\bper cent\b"
        # (and an income trust's or a REIT's "trust units")
        r"|(?i:\btrust units?\b)"
        # (and Canada NewsWire's dateline: "MONTREAL, Nov. 4 /CNW Telbec/")
        r"|/CNW\b"
        # (and Quebec's civil law: "a deed of hypothec")
        r"|\bhypothec\b"
        # (and a dateline's province: "CALGARY, AB" and a dash, "Vancouver,
        # BC, March 3"; not a company's seat: "Vancouver, B.C.-based")
        r"|\b[A-Z][A-Za-z]+,\s+(?:AB|BC|B\.C\.|QC|SK|MB|NS|NB|ON)"
        r"(?=\s+[–—-]\s|\s*[–—]|\s*,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        r"[a-z]*\.?\s+\d)",
        # (and a foreign issuer's ticker in the US over-the-counter market
        # beside its home one, "Decibel Cannabis Company Inc. DB DBCCF")
        r"\bTSX(?:V| Venture)?\b|(?<=[a-z.] )[A-Z]{1,5}\s+[A-Z]{4}F\b",
        True,
    ),
    # (and the Singapore listing rules' "market day", where US texts say
    # "trading day")
    # (or an issuer incorporated there: "Sabana Treasury Pte. Ltd. (the
    # “Issuer”)", whose bare dollars may be either)
    (
        "SGD",
        "Singapore",
        r"\bmarket days?\b"
        r"|\bPte\.?\s+Ltd\.?\s*\(\s*(?:the\s+)?[\"“](?:Issuer|Company|Borrower)[\"”]",
        # ("The Singapore-listed company said")
        # (the company, not its notes: "its Singapore-listed convertible
        # notes")
        r"\bSGX(?:-ST)?\b|\bSingapore-listed\s+(?:company|group|firm)\b",
        False,
    ),
    # ("Issued under the Company's Listing Rule 7.1 placement capacity": the
    # ASX's rules)
    (
        "AUD",
        "Australian",
        # ("Australian rare earths developer Hastings Technology Metals")
        # (or a company's seat: "Perth-based HarvestRoad Ltd")
        r"\bAustralian\b|\b(?:Perth|Sydney|Melbourne|Brisbane|Adelaide)-based\b"
        # (and the ASX's rights issue: "The Institutional Entitlement Offer")
        r"|\b(?i:institutional|retail|renounceable|non-renounceable)\s+(?i:entitlement\s+offer)\b",
        r"\bASX\b|\bListing Rules? (?:7\.1A?|10\.1[1-3]?)\b",
        False,
    ),
    # (New Zealand by its exchange: "WasteCo Group Limited (NZX: WCO)"; or by
    # a company incorporated there: "The New Zealand Wine Company Limited",
    # "Foley Family Wines Holdings, New Zealand Limited")
    (
        "NZD",
        "New Zealand",
        # (or listed there: "listed on the New Zealand Stock Exchange")
        r"\bNew Zealand(?:,?\s+[A-Z][\w&]*){0,3}\s+(?:Limited|Ltd)\b"
        r"|\bNew Zealand Stock Exchange\b",
        r"\bNZX\b",
        False,
    ),
    # (Hong Kong by its exchange only: a US filer's subsidiary is often there)
    (
        "HKD",
        "Hong Kong",
        None,
        r"\bStock Exchange of Hong Kong\b|\bHong Kong Stock Exchange\b|\bHKEX\b"
        r"|\bSEHK\b|\bHong Kong stock code\b",
        False,
    ),
)
_US_EXCHANGE = re.compile(r"\b(?:NASDAQ|Nasdaq|NYSE)\b")


#: An amount after a "$" no letter or other mark names ("$0.003", not
#: "A$0.003" nor "US$5").
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$\s?\d")


def written_bare(sentence: str, money: Money) -> bool:
    """Whether the sentence writes the amount with a bare "$" (not "US$5",
    nor "$HK6.84", the marks in the other order)."""
    return _BARE_DOLLAR.match(sentence, money.start) is not None


def _about_abroad(text: str) -> str:
    """The text whose words may name another dollar's country: not a US
    filer's subsidiary there ("The Company's Australian subsidiary, DCX
    Systems Australia Pty Limited"), nor a British issuer's "per cent"
    ("SOCO International plc" beside "£21.847 per ordinary share" and "100
    per cent of their principal amount")."""
    abroad = rx.sub(
        r"\b(?:its|our|the\s+company['’]s)\s+(?:[\w-]+\s+)?(?:Australian|Canadian|Singapore|"
        r"New\s+Zealand)\s+subsidiar(?:y|ies)\b[^.;]*",
        "",
        text,
        flags=re.IGNORECASE,
    )
    if rx.search(r"£|\bGBP\b|\b(?i:plc)\b", text):
        abroad = rx.sub(r"\bper cent\b", "", abroad)
    return abroad


def dollar_assumed(text: str) -> str | None:
    """The other dollar a bare "$" may mean where :func:`dollar_currency`
    reads it as the US dollar by default ("Canadian", "Singapore",
    "Australian"): no US dollar is named, bare amounts are, and the text is
    about that dollar's country or marks it beside them ("C$"); else None."""
    # (a news wire's "$15-million (U.S.)" is a marked US dollar)
    text = rx.sub(
        r"(?<![A-Za-z$])\$(\s?\d[\d,.]*(?:[- ](?:million|billion))?)\s+\(U\.?S\.?\)",
        r"US$\1",
        text,
    )
    marks = _dollar_marks(text)
    # (an Indian issuer's foreign currency convertible bonds, "FCCBs", are
    # sold abroad in US dollars, whatever else the text says)
    # (nor a Philippine text, whose own money is the peso: "a $20-million
    # convertible loan" is no Canadian press's)
    # (and a text that says which dollar it writes leaves no doubt: "All
    # amounts are in United States dollars unless otherwise indicated")
    # (nor a Prospect News item, whose house style marks every other dollar:
    # "C$0.3602" beside "$5 million")
    if (
        rx.search(r"\bFCCBs?\b|\bforeign currency convertible bonds?\b", text, re.I)
        or rx.search(r"\bin the Prospect News\b", text)
        or "PHP" in letter_currencies(text)
        or _dollar_stated(text, marks) is not None
        # (a US-listed company's release under a US state's dateline, carried
        # by a Canadian wire: "HIGHLAND HEIGHTS, KY., October 2 /CNW/ - General
        # Cable Corporation (NYSE: BGC)")
        or (_US_EXCHANGE.search(text) and _US_CAPS_DATELINE.search(text))
    ):
        return None
    us_listed = _US_EXCHANGE.search(text) is not None
    # "US$200,000,000" beside bare "$25,000,000" and "$7.70" in a text about
    # a company listed on the TSX: the bare amounts may be the exchange's
    # dollar
    # (where the bare amounts are no fewer than the marked: the text's own
    # dollar is the bare one)
    us_marked = len(rx.findall(r"\bU\.?S\.?\s?\$\s?\d", text))
    bare_count = len(rx.findall(r"(?<![A-Za-z$.])\$\s?\d", text))
    # (not where each bare amount repeats a US one: a headline's "$350
    # Million Convertible Bonds" above "the US$350 million Zero Coupon
    # Guaranteed Convertible Bonds")
    if (
        not us_listed
        and us_marked
        and bare_count >= us_marked
        and not _bare_only_repeats(text, "USD")
    ):
        for _code, name, _place, exchange, _marked in _OTHER_DOLLARS:
            if rx.search(exchange, text) is not None:
                return name
    # a Canadian text that marks its loan "US$15 million" and leaves only a
    # share's price bare, "a conversion price of $0.70 per Common Share": the
    # price may be in Canadian dollars
    per_share = len(
        rx.findall(
            r"(?<![A-Za-z$.])\$\s?\d[\d.,]*\s+per\s+(?:common\s+|ordinary\s+)?share\b",
            text,
            re.IGNORECASE,
        )
    )
    _code, canadian, place, _exchange, _marked = next(
        dollar for dollar in _OTHER_DOLLARS if dollar[0] == "CAD"
    )
    if (
        not us_listed
        and us_marked
        and bare_count
        and per_share == bare_count
        and place is not None
        and rx.search(place, text) is not None
    ):
        return canadian
    # (a US dollar named only as "USD $" on the amounts it marks, "USD
    # $1.5MM" beside bare "$2,500,000": the bare ones may be the other dollar)
    unmarked = rx.sub(r"\bUSD \$\s?\d[\d,.]*", "", text)
    if (
        dollar_currency(text) != "USD"
        or _names_us_dollar(unmarked, _dollar_marks(unmarked))
        or rx.search(r"(?<![A-Za-z$])\$\s?\d", unmarked) is None
    ):
        return None
    # (the Australian press's "45c per share"; "AUD $1,500,000" beside bare
    # amounts, where no US filer's "common stock" says the bare ones are US
    # dollars)
    # (or an Australian proprietary company, "Malzo Pty Ltd", not a South
    # African one's bracketed "(Pty) Ltd")
    # (not a US filer's Australian subsidiary: "The Company's Australian
    # subsidiary, DCX Systems Australia Pty Limited" beside "the Company's
    # Class A common stock")
    # (or marks its own dollar beside bare amounts, where no US listing says
    # the bare ones are US dollars: "A$875 per ounce" beside "$40 million in
    # convertible notes")
    if (
        rx.search(
            r"\b\d{1,3}(?:\.\d+)?c\s+(?:per|a|each)\b|(?<!\()\bPty\.?\s+(?:Ltd|Limited)\b"
            # (or its Australian Business Number: "ABN 39 010 568 804")
            r"|\bABN\s+\d{2}\s\d{3}\s\d{3}\s\d{3}\b"
            r"|\bAUD\s?\$\s?\d",
            text,
        )
        or ("AUD" in marks and not us_listed)
    ) and not rx.search(r"\bcommon stock\b", text, re.IGNORECASE):
        return "Australian"
    # ("Principal value of A$1,127,826" beside one bare "Conversion price
    # $0.003 per share": a text that marks its own dollar on most amounts
    # may leave the mark off one)
    if len(marks) == 1:
        code = next(iter(marks))
        # (only a dollar known by its country's words: not "HK$", which the
        # press marks on a Hong Kong share's price "HK$8.12" beside bonds in
        # bare US dollars)
        names = {
            c: n
            for c, n, place, _exchange, _marked in _OTHER_DOLLARS
            if place is not None
        }
        marked_count = sum(
            len(rx.findall(rf"(?<![A-Za-z]){re.escape(mark)}\s?\d", text))
            for mark, mark_code in PREFIXES
            if mark_code == code and "$" in mark and mark != "$"
        )
        # (a Singapore dollar marked anywhere beside bare ones may be theirs:
        # "A total of S$235,000,000 loaned", then "the conversion price of $2.47")
        if code in names and (
            marked_count > len(_BARE_DOLLAR.findall(text)) or code == "SGD"
        ):
            return names[code]
    # (a Vietnamese, Indonesian or Indian issuer lists its dollar bonds in
    # Singapore: "VND135,700 per share" beside "$300 million in international
    # convertible bonds ... to be listed on Singapore Stock Exchange (SGX)")
    return _dollar_abroad(text, marks, us_listed=us_listed, canadian=canadian)


def _dollar_abroad(
    text: str, marks: set[str], *, us_listed: bool, canadian: str
) -> str | None:
    """The other dollar a text about a place, an exchange or a foreign
    issuer may mean by a bare "$" (see :func:`dollar_assumed`)."""
    home = rx.search(
        r"\b(?:VND|IDR|Rp|INR|Rs|RMB|CNY|THB|PHP|KRW|TWD)(?![A-Za-z])", text
    )
    abroad = _about_abroad(text)
    for code, name, place, exchange, marked in _OTHER_DOLLARS:
        if (
            (marked and code in marks)
            or (place is not None and rx.search(place, abroad) is not None)
            or (
                not us_listed
                and not (code == "SGD" and home)
                and rx.search(exchange, text) is not None
            )
        ):
            return name
    # a foreign issuer's US over-the-counter symbol after its name (five
    # letters, the last an F): "Delic Holdings Corp DELCF DELC 6X"; its own
    # dollar may be another country's
    if not us_listed and rx.search(
        r"\b(?:Corp|Inc|Ltd|Limited|Holdings|Corporation)\.?\s+\(?[A-Z]{4}F\b", text
    ):
        return canadian
    return None


#: A figure after a dollar mark, its digits and scale: "59.7 million", "2.10".
_FIGURE = r"(\d[\d,.]*\d)(?:\s+((?i:million|billion)))?"


def _marked_and_bare(
    text: str, code: str
) -> tuple[set[Decimal | None], set[Decimal | None]]:
    """The figures the text marks as ``code``'s dollar, and those it leaves
    bare."""
    marked = {
        _scaled(match.group(1), match.group(2))
        for mark, mark_code in PREFIXES
        if mark_code == code and "$" in mark and mark != "$"
        for match in rx.finditer(rf"(?<![A-Za-z]){re.escape(mark)}\s?{_FIGURE}", text)
    }
    # (not a code's: "CAD $100,000")
    bare = {
        _scaled(match.group(1), match.group(2))
        for match in rx.finditer(rf"(?<![A-Za-z$])(?<![A-Z] )\$\s?{_FIGURE}", text)
    }
    return marked, bare


def _bare_only_repeats(text: str, code: str) -> bool:
    """Whether every bare "$" figure repeats one the text marks as
    ``code``'s dollar."""
    marked, bare = _marked_and_bare(text, code)
    return bool(bare) and None not in bare and bare <= marked


def _bare_repeats_marked(text: str, code: str) -> bool:
    """Whether a bare "$" figure repeats one the text marks as ``code``'s
    dollar ("a notional amount of S$59.7 million", then "the issue value of
    $59.7 million"; a headline's "C$65 Million", then "$65,000,000"): the
    bare dollar is that one."""
    marked, bare = _marked_and_bare(text, code)
    return bool((marked & bare) - {None})


#: The dollars a text about their country means by a bare "$" where it names
#: no US dollar (a Canadian issuer reports in either).
_OWN_DOLLARS = ("Australian", "Singapore", "New Zealand")


def own_dollar(text: str, assumed: str | None) -> str | None:
    """The code of the dollar :func:`dollar_assumed` found, where the text
    names no US dollar and the dollar is one a text about its country means
    by a bare "$"; None where a bare amount is given with its equivalent in
    that dollar ("borrowed $534,675 (AUD$750,000)": a US filer's own dollar
    first), or otherwise."""
    if (
        assumed not in _OWN_DOLLARS
        # (Singapore's only by its listing's words: an "S$" amount beside
        # bare ones leaves the bare dollar unsure, a Singapore company's
        # bonds are often in US dollars)
        or (
            assumed == "Singapore"
            and not rx.search(r"\bmarket days?\b|\bSGX(?:-ST)?\b", text)
        )
        or _names_us_dollar(text, _dollar_marks(text))
        or rx.search(
            r"(?<![A-Za-z$])\$\s?\d[\d,.]*\s*\(\s*(?:AUD|AU|A|SGD|S)\s?\$", text, re.I
        )
        # (nor a note under New York's or Delaware's law or days: "any day
        # ... on which banks in New York or Sydney are open", a US filer's
        # instrument; a person says which dollar)
        or rx.search(r"\b(?:New York|Delaware)\b", text)
        # (nor a US filer's: "shares of common stock", a registration
        # statement "with the Securities and Exchange Commission", beside
        # "its Australian subsidiary")
        or rx.search(
            r"\bcommon stock\b|\bSecurities and Exchange Commission\b", text, re.I
        )
    ):
        return None
    # (nor a text about both countries across the Tasman: "listed on the New
    # Zealand Stock Exchange and the Australian Stock Exchange"; either
    # dollar may be meant)
    # (an exchange outweighs a name: "New Zealand Coastal Seafoods Limited
    # (ASX - NZS)" reports in Australian dollars)
    tasman = [dollar for dollar in _OTHER_DOLLARS if dollar[0] in {"AUD", "NZD"}]
    listed = {
        code for code, _n, _p, exchange, _m in tasman if rx.search(exchange, text)
    }
    about = {
        code
        for code, _name, place, _exchange, _marked in tasman
        if place is not None and rx.search(place, text)
    }
    if len(listed) > 1 or (not listed and len(about) > 1):
        return None
    return next(code for code, name, *_ in _OTHER_DOLLARS if name == assumed)


def _dollar_stated(text: str, marks: set[str]) -> str | None:
    """The dollar a document states as its own: in a column header, in so
    many words, or by marking only its US amounts; None when it does not."""
    # an XBRL page's column header "CAD ($)": its dollar figures are CAD
    header = rx.search(r"\b(CAD|HKD|AUD|SGD|NZD)\s*\(\$\)", text)
    if header is not None:
        return header.group(1)
    # the release says which: "All figures are in Canadian dollars except
    # where noted"
    declared = rx.search(
        r"\ball\s+(?:dollar\s+)?(?:figures|amounts|values)\s+(?:are\s+)?(?:expressed\s+|stated\s+)?"
        # ("All amounts are in United States dollars unless otherwise
        # indicated")
        r"in\s+(canadian|australian|hong kong|singapore|new zealand|united states|u\.s\.|us)\s+"
        r"dollars\b",
        text,
        re.IGNORECASE,
    )
    if declared is not None:
        return _DOLLAR_CODES[declared.group(1).lower()]
    # the dollar a sum in it is marked with, by arithmetic: "11,442,641
    # shares at an issue price of $0.20 per share to raise NZD$2.28 million"
    for sold in rx.finditer(
        r"\b(\d[\d,]*)\s+(?:new\s+|ordinary\s+|common\s+)*shares\s+at\s+(?:an?\s+)?"
        r"(?:issue\s+|subscription\s+)?(?:price\s+of\s+)?(?<![A-Za-z$])\$\s?(\d[\d.]*)"
        r"\s+(?:per\s+share\s+)?to\s+raise\s+(?:approximately\s+)?(\S+?)\s?" + _FIGURE,
        text,
    ):
        code = next((c for m, c in PREFIXES if m == sold.group(3)), None)
        count, price = _amount(sold.group(1)), _amount(sold.group(2))
        total = _scaled(sold.group(4), sold.group(5))
        if (
            code in marks
            and count
            and price
            and total
            and abs(count * price - total) <= total / 100
        ):
            return code
    # a Canadian news service's style, marking the US amounts after them:
    # "closed the first tranche ... for gross proceeds of $600,000 (U.S.)"
    # (its other dollars, and cents, Canadian)
    if rx.search(
        r"\$\s?\d[\d.,]*(?:\s*(?:million|billion))?\s*\(U\.S\.\)", text
    ) and rx.search(
        r"\b(?:TSX|TSX-?V|CSE|Canada|Canadian|Vancouver|Toronto|Calgary|Montreal)\b"
        r"|\bNews Release\b",
        text,
    ):
        return "CAD"
    # Canada NewsWire's or Newsfile's release from a Canadian city, marking
    # no dollar and naming no US exchange: "BURNABY, BC, Nov. 29, 2018 /CNW/
    # - Beedie Investments Ltd. ... in the aggregate principal amount of
    # $837,500"
    if (
        not marks
        and rx.search(
            r"\b[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?,\s+(?:BC|AB|ON|QC|SK|MB|NS|NB|NL|PE"
            rf"|{_PROVINCES})\b"
            # (or Newsfile's: "Vancouver, British Columbia--(Newsfile Corp. -
            # September 24, 2024)")
            r",?[^/(]{0,40}(?:/CNW\b|--?\s*\(Newsfile\b)",
            text,
        )
        and not _US_EXCHANGE.search(text)
    ):
        return "CAD"
    # a release of a company listed in Canada only that marks its US amounts
    # ("US$14M") and leaves its own bare ("at a price of $0.72"): Canadian
    if (
        marks == {"USD"}
        and _listed_in_canada_only(text)
        and not _bare_beside_marked(text, marks)
    ):
        return "CAD"
    return None


def dollar_currency(text: str) -> str:
    """What a bare "$" means in this document: US dollars, unless the
    document writes one other dollar (CAD$, HK$, S$, A$) and never US$."""
    marks = _dollar_marks(text)
    stated = _dollar_stated(text, marks)
    if stated is not None:
        return stated
    # a bare amount with its US dollar equivalent in brackets, from a company
    # listed on another dollar's exchange: "closing of a $2.0 million
    # (US$1.55 million) financing" by a TSX issuer
    if rx.search(
        r"(?<![A-Za-z$])\$\s?\d[\d.,]*(?:\s*(?:million|billion|mln|m|bn))?\s*"
        r"\(\s*(?:approximately\s+)?US\s?\$",
        text,
    ):
        listed = [
            code
            for code, _name, _place, exchange, _marked in _OTHER_DOLLARS
            if rx.search(exchange, text) is not None
        ]
        if len(listed) == 1 and not _US_EXCHANGE.search(text):
            return listed[0]
    if _names_us_dollar(text, marks):
        return "USD"
    # a note's face: "the sum of $150,000.00 in lawful money of Canada"
    tender = {
        code
        for country, code in _LEGAL_TENDER
        # ("in lawful currency of Canada")
        if rx.search(
            rf"\blawful (?:money|currency) of (?:the )?{country}\b", text, re.IGNORECASE
        )
    }
    # "convertible notes denominated in Singapore Dollars, amounting to
    # $32,000,000"
    tender |= {
        _DOLLAR_CODES[match.group(1).lower()]
        for match in rx.finditer(
            r"\bdenominated in (canadian|hong kong|australian|singapore|new zealand) dollars\b",
            text,
            re.IGNORECASE,
        )
    }
    # a Canadian exchange's bulletin: "TSX Venture Exchange has accepted for
    # filing the documentation with respect to a Non-Brokered Private
    # Placement": its dollars are Canadian
    # (or as a news service rewrites it: "the exchange has accepted for
    # filing", "Financing type: non-brokered private placement" and "listed
    # shares", the exchange's words; or a ticker "(GRC-V)")
    # (or that marks the Canadian dollar on some amounts, "CDN$2,000,000",
    # and leaves others bare, "$1.25 per Common Share")
    if marks <= {"CAD"} and (
        rx.search(
            r"\b(?:TSX Venture Exchange|TSX-?V|Canadian Securities Exchange|NEO "
            r"Exchange)\b[^.]{0,40}\baccepted for filing\b|"
            r"\bthe exchange has accepted for filing\b|"
            # a news service's ticker on a Canadian exchange: "(GRC-V)"
            r"\([A-Z][A-Z.]{0,5}-[VTC]\)",
            text,
        )
        or (
            rx.search(r"\bFinancing type:", text) is not None
            and rx.search(r"\blisted shares?\b", text) is not None
        )
        or _listed_in_canada_only(text)
    ):
        tender.add("CAD")
    # amounts written with one other dollar's code and no "$" ("an AUD
    # 800,000 convertible loan ... at 1.5c per share"): that dollar
    codes = {
        code
        for code in ("AUD", "CAD", "HKD", "SGD", "NZD")
        if rx.search(rf"\b{code}\s?\d", text)
    }
    if len(codes) == 1 and not marks and not _BARE_DOLLAR.search(text):
        tender |= codes
    if len(tender) == 1 and (not marks or marks == tender):
        return tender.pop()
    if _bare_beside_marked(text, marks):
        return "USD"
    if len(marks) == 1 and _bare_repeats_marked(text, next(iter(marks))):
        return next(iter(marks))
    # "A$0.60 per CDI" beside bare "$100,000" amounts: the document marks the
    # other dollar because its own "$" is the US dollar
    bare = len(_BARE_DOLLAR.findall(text))
    if len(marks) == 1 and bare > 0:
        return "USD"
    return marks.pop() if len(marks) == 1 else "USD"


#: A wire release's dateline in a US state: "SALINAS, Calif., Aug. 19, 2022
#: (GLOBE NEWSWIRE)".
_US_STATES = (
    r"(?:Calif|Colo|Fla|Tex|Wash|Nev|Ariz|Mass|Mich|Minn|Ore|Pa"
    r"|Ill|N\.Y|N\.J|Ga|Md|Va|Ohio|Utah|Conn|Okla|Ky|Tenn|Ala|La|Mo|Wis|Ind|Iowa|Kan|Neb|N\.C"
    r"|S\.C|N\.M|Del|R\.I|Vt|N\.H|Maine|Idaho|Mont|Wyo|Alaska|Hawaii|D\.C|California|Colorado"
    r"|Florida|Texas|Nevada|Arizona|Massachusetts|Michigan|Oregon|Illinois|New York|New Jersey)"
)
_US_DATELINE = re.compile(
    rf"^\W*[A-Z][A-Za-z .'-]{{1,30}},\s+{_US_STATES}"
    r"\.?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


#: The same dateline anywhere, its place in capitals, as wires print it:
#: "HIGHLAND HEIGHTS, KY., October 2".
_US_CAPS_DATELINE = re.compile(
    rf"\b[A-Z][A-Z .'-]{{2,30}},\s+(?i:{_US_STATES})"
    r"\.?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


def _listed_in_canada_only(text: str) -> bool:
    """A news release of a company listed in Canada only: "(TSXV:SEV)",
    "(CSE:NUR)", "(TSX-V:PYR)" (not "(TSX:NDM)(NYSE American:NAK)"; nor a
    US company's, its dateline in a US state: "SALINAS, Calif., Aug. 19,
    2022 (GLOBE NEWSWIRE) -- Lowell Farms Inc. (CSE: LOWL)")."""
    if _US_DATELINE.match(text):
        return False
    return (
        # ("(TSX VENTURE:THCX)")
        # (or its approval of the issue: "subject to TSX-V approval")
        rx.search(
            r"\b(?:TSXV?|TSX-V|TSX (?i:venture)|CSE|NEO)\s*:\s*[A-Z]"
            # (or the ticker first: "Etruscan Resources Inc. (EET.TSX)")
            r"|\(\s*[A-Z]{2,5}\.(?:TSX-?V?|TO|V)\s*\)"
            # (or in square brackets, as a mining daily writes it: "F3 Uranium
            # Corp. [FUU-TSXV]")
            r"|\[\s*[A-Z]{2,5}-(?:TSX-?V?|CSE)\s*\]"
            # (or the exchange first, with a hyphen: "(TSXV-SCT)")
            r"|\(\s*(?:TSXV?|TSX-V|CSE)-[A-Z]{2,5}\s*\)"
            r"|\bsubject to (?:the )?(?:TSX-?V|TSX Venture(?: Exchange)?|CSE)"
            r"(?: final)? (?:approval|acceptance)\b"
            # ("subject to the approval of the TSX Venture Exchange")
            r"|\b(?i:subject) to (?:the )?(?:final )?(?:approval|acceptance) of the "
            r"(?:TSX Venture Exchange|TSX-?V|Canadian Securities Exchange)\b"
            # ("has received approval of the TSX Venture Exchange for the
            # issuance of its ... convertible debentures")
            r"|\b(?:received|obtained)\s+(?:the\s+)?(?:final\s+)?(?:approval|acceptance)\s+of\s+the\s+"
            r"(?:TSX Venture Exchange|Canadian Securities Exchange)\b",
            text,
        )
        is not None
        and rx.search(r"\b(?:NYSE|NASDAQ|Nasdaq|AMEX)\b", text) is None
    )


def _bare_beside_marked(text: str, marks: set[str]) -> bool:
    """A bare dollar amount and a marked one, one the other's equivalent in
    brackets: "HK$1.5 million (equivalent to $192,308)", "$146.0 million
    (CDN $200.0 million)". The bare dollar is then another dollar than the
    marked one: the US dollar."""
    amount = r"\s?[\d,.]+(?:\s*(?:million|billion|thousand))?\s*"
    return any(
        rx.search(
            rf"(?<![A-Za-z]){re.escape(mark)}{amount}"
            r"\((?:equivalent to |approximately |or )*\$\s?\d",
            text,
        )
        or rx.search(
            rf"(?<![A-Za-z$])\${amount}\(\s*(?:equivalent to |approximately )*"
            rf"{re.escape(mark)}\s?\d",
            text,
        )
        for mark, code in PREFIXES
        if code in marks and "$" in mark and mark != "$"
    )


def yen_currency(text: str) -> str:
    """What "¥" means in this document: the yuan where the document is
    about China ("China (Jiangsu) Pilot Free Trade Zone", "RMB", "PRC"),
    the yen otherwise, and where a Japanese issuer's text names China only as a
    place ("Sekisui shares on the Tokyo Stock Exchange", "its operations in
    the People's Republic of China")."""
    if rx.search(r"\b(?:RMB|CNY|Renminbi|yuan)\b", text, re.IGNORECASE):
        return "CNY"
    if rx.search(r"\b(?:Japan|Japanese|Tokyo|Osaka|JPY|yen)\b", text):
        return "JPY"
    if rx.search(
        r"\b(?:China|Chinese|PRC|Shanghai|Beijing|Shenzhen)\b", text, re.IGNORECASE
    ):
        return "CNY"
    return "JPY"


def rupee_currency(text: str) -> str:
    """What "Rs." means in this document: the Sri Lankan or Pakistani rupee
    where the document is about that country and not India ("Colombo Stock
    Exchange"), the Indian rupee otherwise."""
    if rx.search(r"\b(?:India|Indian|BSE|NSE|SEBI|Mumbai)\b", text):
        return "INR"
    if rx.search(r"\b(?:Sri Lanka\w*|Colombo|LKR)\b", text):
        return "LKR"
    if rx.search(r"\b(?:Pakistan\w*|Karachi|Lahore|PKR)\b", text):
        return "PKR"
    return "INR"


def _marked_currency(
    sentence: str, end: int, code: str, dollar: str, yen: str, rupee: str
) -> tuple[str, int]:
    """The currency a mark before an amount names, and where the amount
    ends: "¥" is ``yen``, "Rs." ``rupee``; "$" is ``dollar`` unless words
    after the amount name the dollar ("$500,000 Canadian Dollars")."""
    if code == "¥":
        return yen, end
    if code == "₨":
        return rupee, end
    if code != "$":
        return code, end
    named = _DOLLAR_WORDS.match(sentence, end)
    if named is None:
        return dollar, end
    if named.group(1):
        return _DOLLAR_CODES[named.group(1).lower()], named.end()
    if named.group(3):
        bracketed = named.group(3).lower()
        return ("USD" if bracketed.startswith("u") else "CAD"), named.end()
    code = named.group(2).upper()
    return ("CAD" if code == "CDN" else code), named.end()


_CENTS = re.compile(
    # ("at 1.5c per share", as Australian releases write cents; not the
    # cents of a sum in words: "Thirty-One Dollars and 80 Cents ($660,131.80)")
    r"(?<!dollars and )(?<![\w$.,])(\d{1,2}(?:\.\d+)?)(?:\s+cents?\b|c(?=\s+(?:per|each)\b))",
    re.IGNORECASE,
)
#: "0.05588 pence per share", "3.5p", "2,050p": hundredths of a pound.
_PENCE = re.compile(
    r"(?<![\w$£.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*pence\b|p\b)"
)


#: "ordinary shares of 50 kobo each": hundredths of the naira.
_KOBO = re.compile(r"(?<![\w$.,])(\d{1,3}(?:\.\d+)?)\s*kobo\b", re.IGNORECASE)


#: Cents of a named dollar: "42.5 Canadian cents per conversion share".
NAMED_CENTS = re.compile(
    r"(?<![\w$.,])(\d{1,3}(?:\.\d+)?)\s+(Canadian|Australian|US|U\.S\.|Singapore|"
    r"New Zealand|Hong Kong)\s+cents?\b"
)
_CENTS_OF = {"Canadian": "CAD", "Australian": "AUD", "US": "USD", "U.S.": "USD",
             "Singapore": "SGD", "New Zealand": "NZD", "Hong Kong": "HKD"}  # fmt: skip


def _hundredths(sentence: str, found: list[Money], dollar: str) -> list[Money]:
    """Amounts in cents ("35 cents per listed share": a hundredth of the
    document's dollar, "42.5 Canadian cents": of the dollar named), pence
    and kobo, outside the amounts already ``found``."""
    hundredths = []
    for pattern, currency in (
        (_CENTS, dollar),
        (_PENCE, "GBP"),
        (_KOBO, "NGN"),
        (NAMED_CENTS, ""),
    ):
        for match in pattern.finditer(sentence):
            number = _amount(match.group(1))
            if number is not None and not any(
                m.start <= match.start() < m.end for m in found
            ):
                named = (
                    _CENTS_OF[match.group(2)] if pattern is NAMED_CENTS else currency
                )
                hundredths.append(
                    Money(number / 100, named, match.start(), match.end())
                )
    return hundredths


def money_in(
    sentence: str,
    dollar: str = "USD",
    yen: str = "JPY",
    rupee: str = "INR",
    letters: frozenset[str] = frozenset(),
) -> list[Money]:
    """Every amount of money in the sentence, in order ("$" is ``dollar``,
    "¥" is ``yen``, "Rs." is ``rupee``; the currencies in ``letters`` are
    those whose lone capital letter opens an amount, see
    :func:`letter_currencies`)."""
    return list(_money_in(sentence, dollar, yen, rupee, letters))


#: The reader asks the same sentence for its amounts, percents and dates from
#: many rules; each answer is read once.
_READ_ONCE = functools.lru_cache(maxsize=16384)


#: The currencies a lone capital letter writes in a text about their
#: country, with the words that say the text is: "R25 million" and "22.87
#: cents" in rand in a South African text, "P100 million" and "P2.20 per
#: share" in pesos in a Philippine one, "N4 billion" and "N7.35 per share"
#: in naira in a Nigerian one.
_LETTER_COUNTRIES = {
    "ZAR": (
        "R",
        r"\bSouth Africa|\b(?:JSE|SENS|ZAR|JIBAR)\b|\bJohannesburg Stock Exchange\b"
        r"|\brand\b",
    ),
    "PHP": (
        "P",
        r"\bPhilippines?\b|\bPhilippine\b|\b(?:Manila|Makati|Taguig|Pasig)\b|\bpesos?\b",
    ),
    "NGN": ("N", r"\bNigeria\w*|\bnaira\b|\bkobo\b"),
    # ("the BWP 50 000 000 convertible bond ... at a conversion price of
    # P1.83": the pula in a Botswana text)
    "BWP": ("P", r"\bBotswana\b|\bBWP\b|\bpula\b|\bthebe\b|\bGaborone\b"),
    # (and the Mexican peso's "Ps." in a Mexican text: "Ps. 283,533,200 (or
    # $22,189,690, converted into U.S. dollars at an exchange rate of 12.7777
    # Mexican Pesos per U.S. dollar)")
    "MXN": (r"Ps\.", r"\bMexic(?:o|an)\b|\bBMV\b"),
    # (and the press's won in a Korean text: "a W800 billion ($677.5
    # million) subordinated convertible bond for unlisted Samsung Card")
    "KRW": ("W", r"\bKorean?\b|\bKOS(?:PI|DAQ)\b|\bSeoul\b"),
}


def letter_currencies(text: str) -> frozenset[str]:
    """The currencies whose lone letter opens an amount in this text (see
    ``_LETTER_COUNTRIES``)."""
    return frozenset(
        code
        for code, (_letter, country) in _LETTER_COUNTRIES.items()
        if rx.search(country, text) is not None
    )


def _letter_mark(letter: str) -> re.Pattern[str]:
    """An amount a lone capital letter opens: "R25 million", "R1.2bn",
    "R1,700,000", "R42.9438" in a South African text; "P100 million",
    "P474-million", "P2.20" in a Philippine one."""
    return re.compile(
        rf"(?<![\w$.,]){letter}\s?(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?)"
        r"(?:(?:\s*|-)(million|billion|trillion)\b|(bn|m)\b)?"
    )


#: The amount each lone letter opens, by its currency.
_LETTER_MARKS = {
    code: _letter_mark(letter) for code, (letter, _words) in _LETTER_COUNTRIES.items()
}


def _scaled(digits: str, scale: str | None) -> Decimal | None:
    """The amount the digits and their scale word write ("2.5" and
    "million"); None for no amount ("$3,935,000 million": a misprint)."""
    number = _amount(digits)
    if number is None or (scale and number >= _SCALED_LIMIT):
        return None
    return number * _SCALE[scale.lower()] if scale else number


def _letter_amounts(sentence: str, code: str) -> list[Money]:
    """The amounts the lone letter of the currency ``code`` opens."""
    found = []
    for match in _LETTER_MARKS[code].finditer(sentence):
        scale = match.group(2) or _SHORT_SCALE.get(match.group(3) or "")
        number = _scaled(match.group(1), scale)
        if number is not None:
            found.append(Money(number, code, match.start(), match.end()))
    return found


#: The won as a Korean issuer's 6-K writes it, the word before a grouped
#: figure: "Issuance amount : Won 344,409,633,900" (the word in capitals
#: only, never the verb: "won 3,000 orders").
_WON_BEFORE = re.compile(r"(?<![\w$])Won\s(\d{1,3}(?:,\d{3})+)(?![\d,]|\.\d)")


def _won_amounts(sentence: str, found: list[Money]) -> list[Money]:
    """The amounts the word "Won" opens, where no amount read before covers
    them."""
    return [
        Money(number, "KRW", match.start(), match.end())
        for match in _WON_BEFORE.finditer(sentence)
        if not any(m.start <= match.start() < m.end for m in found)
        and (number := _amount(match.group(1))) is not None
    ]


def _code_millions(sentence: str, found: list[Money]) -> list[Money]:
    """The millions a Nordic code's own prefix writes ("70.6 MNOK"), where no
    amount read before covers them."""
    millions = []
    for match in _CODE_MILLIONS.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        number = _scaled(match.group(1) or match.group(4), "million")
        if number is not None:
            code = match.group(2) or match.group(3)
            millions.append(Money(number, code, match.start(), match.end()))
    return millions


def _in_fils(
    sentence: str, end: int, code: str, number: Decimal
) -> tuple[Decimal, int]:
    """A dirham amount written in its hundredths ("AED 33,33 UAE Fils per
    share" is 0.3333 dirham), and where it ends; any other as it is."""
    fils = rx.match(r"\s+(?:UAE\s+)?fils\b", sentence[end:], re.IGNORECASE)
    if code != "AED" or fils is None:
        return number, end
    return number / 100, end + fils.end()


@_READ_ONCE
def _money_in(
    sentence: str, dollar: str, yen: str, rupee: str, letters: frozenset[str]
) -> tuple[Money, ...]:
    found: list[Money] = []
    for code in sorted(letters):
        found += _letter_amounts(sentence, code)
    rand = "ZAR" in letters
    for match in MONEY_BEFORE.finditer(sentence):
        mark = match.group(1)
        # (in a South African text "RMB" is Rand Merchant Bank)
        if rand and mark.upper() == "RMB":
            continue
        # (a currency word that ends an amount before it, not one that opens
        # the next: "a 250 million-euro 2018 convertible bond")
        # (nor the word that ends one amount before a rate: "225,000,000
        # euros 3.375 percent convertible bonds")
        if mark[0].isalpha() and (
            sentence[max(0, match.start() - 1) : match.start()] == "-"
            or rx.match(r"\s*(?:%|percent\b|per\s*cent\b)", sentence[match.end() :])
        ):
            continue
        code = next(c for m, c in PREFIXES if m.lower() == mark.lower())
        short = (match.group(4) or match.group(5) or "").lower()
        scale = match.group(3) or _SHORT_SCALE.get(short)
        number = _scaled(match.group(2), scale)
        if number is None:
            continue
        code, end = _marked_currency(sentence, match.end(), code, dollar, yen, rupee)
        number, end = _in_fils(sentence, end, code, number)
        found.append(Money(number, code, match.start(), end))
    for match in MONEY_AFTER.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        scale = match.group(2) or _SHORT_SCALE.get(match.group(3) or "")
        # (one scale only: not "5 million euros billion")
        number = _scaled(match.group(1), scale or match.group(5))
        if number is None:
            continue
        code = next(c for w, c in SUFFIXES if w.lower() == match.group(4).lower())
        # (the rupees of the text's country: "6.5 billion rupees" in a Sri
        # Lankan text)
        if match.group(4).lower() in ("rupees", "rupee"):
            code = rupee
        found.append(Money(number, code, match.start(), match.end()))
    found += _code_millions(sentence, found)
    found += _won_amounts(sentence, found)
    found += _hundredths(sentence, found, "ZAR" if rand else dollar)
    found.sort(key=lambda money: money.start)
    marked: list[Money] = []
    for money in found:
        between = sentence[marked[-1].end : money.start] if marked else ""
        equivalent = (
            bool(marked)
            and rx.fullmatch(r"\s*\(\s*(?:or\s+|approximately\s+)?", between)
            is not None
        )
        # a bare "$" before another dollar marked in brackets, the same as the
        # text's: "$56.8 million (C$75.3 million)" in a text whose "$" reads
        # as the Canadian dollar; the bare one is the US dollar
        previous = marked[-1] if marked else None
        if (
            equivalent
            and previous is not None
            and previous.currency == money.currency != "USD"
            and sentence[previous.start] == "$"
            and rx.match(r"[A-Z]{1,3}\$", sentence[money.start :])
        ):
            marked[-1] = Money(
                previous.number,
                "USD",
                previous.start,
                previous.end,
                previous.equivalent,
            )
        marked.append(
            Money(money.number, money.currency, money.start, money.end, equivalent)
        )
    return tuple(marked)


@dataclass(frozen=True)
class Percent:
    value: Decimal
    start: int
    end: int


_PERCENT = re.compile(
    # ("8 1/2% per annum": a whole number and a fraction; "7 ¼ %"; not the
    # "8%" of "123/8%", a fraction whose space is lost)
    # ("6.0%/8.0%/10.0% Senior Secured Convertible Notes": three rates, not
    # a "0%" after "8.")
    # ("12-1/2% per year": a hyphen between them)
    # ("Kupon 0,5 % p.a.": a decimal comma, one or two places)
    r"(?<!\d)(?<!\d/)(?<!\d\.)(?<!\d,)(\d+(?:\.\d+|,\d{1,2}(?!\d))?)"
    r"(?:[\s-](?P<num>[1-9])/(?P<den>[1-9])|\s?(?P<glyph>[¼½¾⅛⅜⅝⅞]))?"
    # ("annual coupon of 1.0 pct": a wire service's abbreviation; "the
    # five-year, 3-percent notes")
    # ("8.35% percent note": the sign and the word, doubled)
    # ("12-per-cent coupon per annum": a hyphen inside the words too)
    r"(?:\s|-(?=percent\b|per[\s-]?cent\b))?(?:%(?:\s+(?:percent|per\s?cent)\b)?|per[\s-]?cent\b"
    r"|percent\b|pct\b)",
    re.IGNORECASE,
)
_FRACTIONS = {"¼": "0.25", "½": "0.5", "¾": "0.75", "⅛": "0.125", "⅜": "0.375",
              "⅝": "0.625", "⅞": "0.875"}  # fmt: skip
#: "twelve percent (12%)", "one (12%) percent", "Ten (10) percent": the
#: digits win.
_WORDED_PERCENT = re.compile(
    # ("seven percent and one-quarter (7 ¼ %)")
    r"\b([a-z][a-z -]*?)\s+(?:percent\s+)?\((\d+(?:\.\d+)?(?:\s?[¼½¾⅛⅜⅝⅞])?)"
    # ("An annual interest of eight (8) % will be paid": the sign after)
    r"(?:\s?%\)(?:\s+percent)?|\)\s*(?:%|(?:percent|per\s?cent)\b))",
    re.IGNORECASE,
)


def percents_in(sentence: str) -> list[Percent]:
    return list(_percents_in(sentence))


@_READ_ONCE
def _percents_in(sentence: str) -> tuple[Percent, ...]:
    found: dict[int, Percent] = {}
    for match in _WORDED_PERCENT.finditer(sentence):
        # The span starts at the bracket: the words before it ("fifty")
        # stay part of the left context.
        digits = match.group(2)
        value = Decimal(digits.rstrip("¼½¾⅛⅜⅝⅞ "))
        if digits[-1] in _FRACTIONS:
            value += Decimal(_FRACTIONS[digits[-1]])
        found[match.start(2)] = Percent(value, match.start(2) - 1, match.end())
    for match in _PERCENT.finditer(sentence):
        if any(p.start <= match.start() < p.end for p in found.values()):
            continue
        value = Decimal(match.group(1).replace(",", "."))
        if match.group("num"):
            value += Decimal(match.group("num")) / Decimal(match.group("den"))
        if match.group("glyph"):
            value += Decimal(_FRACTIONS[match.group("glyph")])
        found[match.start()] = Percent(value, match.start(), match.end())
    # "sixty-five percent": words alone
    for match in _WORDS_PERCENT.finditer(sentence):
        if any(p.start <= match.start() < p.end for p in found.values()):
            continue
        # ("seven percent and one-quarter (7 ¼ %)": the digits win)
        if rx.match(r"[a-z -]{0,30}\(\s*\d", sentence[match.end() :], re.IGNORECASE):
            continue
        counted = count_at(match.group(1) + " ")
        if counted is not None and 0 < counted[0] <= 100:
            found[match.start()] = Percent(
                Decimal(counted[0]), match.start(), match.end()
            )
    return tuple(sorted(found.values(), key=lambda p: p.start))


_MONTH_NAMES = [name for name in calendar.month_name if name] + [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"
]  # fmt: skip
_MONTH = r"(?:" + "|".join(_MONTH_NAMES) + r")\.?"
_DATE = re.compile(
    # (a form's blank filled in: "Dated:_April 25, 2014___")
    # ("due Nov. 15. 2016": a full stop for the comma)
    # ("matured on December22,2017": the spaces lost)
    rf"(?:\b|(?<=_))(?:{_MONTH},?\s*\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+|\.\s)\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})(?!\d)",  # ("February 28, 2025unless": a lost space)
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateValue:
    date: datetime.date
    start: int
    end: int


#: "12/16/2022": month first, as American filings write it (and
#: "22/11/2022", which can only be day first).
#: "07/18/2011", and "7/18/11" (a two-digit year: 1970 to 2069, as C's
#: ``strptime`` reads it).
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
#: "22.01.2029": day, month and year between full stops, as continental
#: texts write them (never month first).
_DOTTED_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.,]?\d)")
#: "on May 24" with no year: read only against a publication date.
_YEARLESS = re.compile(
    rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)(?!\s*[-–%$])"
)
#: The date a text was published: "Published on 5/27/2016", "Date of Report
#: (Date of earliest event reported): May 27, 2016", or a newswire dateline
#: ("NEW YORK, May 27, 2016 /PRNewswire/ --").
_PUBLISHED = re.compile(
    r"\bpublished(?:\s+on)?:?\s+(?P<a>[^\n]{6,30})"
    r"|\bdate of report\b[^:\n]{0,60}:\s*(?P<b>[^\n]{6,30})"
    r"|^[A-Z][\w .,'-]{2,60},\s+(?P<c>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*"
    r"(?:/[^/\n]{2,30}/|\([^)\n]{2,30}\))?\s*(?:--|–|—|-)",
    re.IGNORECASE | re.MULTILINE,
)


#: A notice's date alone on a line under its headline: "Salix
#: Pharmaceuticals in $345 Million Convertible Senior Notes Offering", a
#: blank line, "June 3, 2010".
_DATE_LINE = re.compile(
    r"^[^\n]{10,200}\n\s*\n?\s*(?P<d>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})[ \t]*\n"
)


def published_on(text: str, *, dateline: bool = True) -> datetime.date | None:
    """The date the text says it was published, if it says so once; with
    ``dateline`` false, only a date it says so of in words ("Published on",
    "Date of Report"), not a wire's dateline."""
    found = set()
    for match in _PUBLISHED.finditer(text):
        if not dateline and match.group("c"):
            continue
        written = next(group for group in match.groups() if group)
        dates = dates_in(written)
        if dates and dates[0].start == 0:
            found.add(dates[0].date)
    return found.pop() if len(found) == 1 else None


def notice_dated(text: str) -> datetime.date | None:
    """The date under a notice's headline, alone on its line (in the text as
    written, its lines not yet joined)."""
    line = _DATE_LINE.match(text)
    dates = dates_in(line.group("d")) if line is not None else []
    return dates[0].date if dates else None


def dates_in(sentence: str, published: datetime.date | None = None) -> list[DateValue]:
    """The dates a sentence writes in full; with ``published``, also those
    it writes without a year ("on May 24" in a news item of May 27, 2016),
    each read as the day nearest the publication (see :func:`_nearest_day`)."""
    return list(_dates_in(sentence, published))


def _numeric_dates(sentence: str) -> list[DateValue]:
    """The dates written in figures: "12/16/2022" (month first, unless no
    month could be), "7/18/11", and "22.01.2029" (day first)."""
    found = []
    for match in _NUMERIC_DATE.finditer(sentence):
        month, day, year = (int(group) for group in match.groups())
        # ("Maturity Date: 22/11/2022": no thirteenth month, so the day comes
        # first, as Australian and British texts write it)
        if month > 12 >= day:
            month, day = day, month
        if year < 100:
            year += 2000 if year < 70 else 1900
        found.append((match, year, month, day))
    for match in _DOTTED_DATE.finditer(sentence):
        day, month, year = (int(group) for group in match.groups())
        found.append((match, year, month, day))
    dates = []
    for match, year, month, day in found:
        try:
            written = datetime.date(year, month, day)
        except ValueError:
            continue
        dates.append(DateValue(written, match.start(), match.end()))
    return dates


@_READ_ONCE
def _dates_in(sentence: str, published: datetime.date | None) -> tuple[DateValue, ...]:
    found = []
    for match in _DATE.finditer(sentence):
        # (a form's placeholder year, "February 12, 0000", is no date)
        if rx.search(r"\b0000\b", match.group(0)):
            continue
        text = match.group(0).replace("day of", "").replace(",", " ")
        try:
            parsed = date_parser.parse(text, default=datetime.datetime(1900, 1, 1))
        except (ValueError, OverflowError):
            continue
        # (a weekday is part of the date: "issued on Friday, May 23, 2025")
        weekday = rx.search(
            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+$",
            sentence[: match.start()],
        )
        start = match.start() if weekday is None else weekday.start()
        found.append(DateValue(parsed.date(), start, match.end()))
    found += _numeric_dates(sentence)
    if published is not None:
        taken = [(value.start, value.end) for value in found]
        for match in _YEARLESS.finditer(sentence):
            if any(start <= match.start() < end for start, end in taken):
                continue
            yearless = _nearest_day(match.group(1), int(match.group(2)), published)
            if yearless is not None:
                found.append(DateValue(yearless, match.start(), match.end()))
    return tuple(sorted(found, key=lambda value: value.start))


def _nearest_day(
    month_name: str, day: int, published: datetime.date
) -> datetime.date | None:
    """The day nearest the publication: before it ("on May 24" in a news
    item of May 27), or a few days after it (a pricing's "Settlement
    date: July 29" in a news item of July 27)."""
    try:
        month = date_parser.parse(month_name.rstrip(".")).month
        candidates = [
            datetime.date(year, month, day)
            for year in (published.year - 1, published.year, published.year + 1)
        ]
    except (ValueError, OverflowError):
        return None
    nearest = min(candidates, key=lambda candidate: abs(candidate - published))
    # (later than a month after is more likely a past year's day, unless that
    # is most of a year before: a pricing item of May 20 whose "Settlement
    # date:June 21" may be either, and a person says which)
    if nearest > published + datetime.timedelta(days=31):
        earlier = [candidate for candidate in candidates if candidate <= published]
        if not earlier or published - earlier[-1] > datetime.timedelta(days=183):
            return None
        return earlier[-1]
    return nearest


#: Number words a filing uses for counts and terms.
_WORDS = (
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)[- ]?)+"
)
COUNT = re.compile(
    rf"\b(?:({_WORDS})\s*(?:\((\d{{1,4}})\))?|(\d{{1,4}}))(?=[\s-])", re.IGNORECASE
)


_WORDS_PERCENT = re.compile(
    # (its figures in brackets win, unless a scan garbled them: "ten percent
    # (l0%)")
    # ("eight-percent convertible unsecured subordinated debentures": a
    # hyphen for the space)
    rf"\b({_WORDS})(?:\s+|-)(?:percent|per[\s-]cent)\b(?!\s*\(\s*\d)",
    re.IGNORECASE,
)


#: The words of a whole number, and what each adds or multiplies by.
_UNITS = dict(zip(
    (
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ),
    (*range(20), *range(20, 100, 10)),
    strict=True,
))  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORDS = "|".join(
    sorted([*_UNITS, "hundred", *_SCALES, "and"], key=len, reverse=True)
)


#: A sum in words, then in figures: "Two Million Dollars (U.S.
#: $1,750,000.00)".
_SUM_IN_WORDS = re.compile(
    rf"\b((?:(?:{_NUMBER_WORDS})[\s,-]+)+)"
    r"(?:U\.?S\.?\s+)?dollars\s*\(\s*(?:U\.?S\.?\s*)?\$\s?(\d[\d,]*(?:\.\d+)?)\s*\)",
    re.IGNORECASE,
)


def sum_in_words_differs(sentence: str, text: str) -> bool:
    """Whether a sentence writes a sum in words and then, in brackets, in
    figures that differ from it, and the text writes the words' sum in
    figures elsewhere ("Two Million Dollars (U.S. $1,750,000.00)" under a
    heading "US $2,000,000.00"): a typing error a person must settle. (A
    slip the text does not back up, "Fifty Thousand Dollars ($450,000.00)",
    leaves the figures.)"""
    for match in _SUM_IN_WORDS.finditer(sentence):
        value = _sum_of_words(match.group(1))
        if (
            value
            and value != Decimal(match.group(2).replace(",", ""))
            and rx.search(rf"\$\s?{value:,}(?:\.00)?(?![\d,])", text) is not None
        ):
            return True
    return False


def _sum_of_words(words: str) -> int:
    """A whole number written in English words ("One Million Five Hundred
    Thousand"), 0 when the words are not one ("nine fish")."""
    total = current = 0
    for word in words.lower().replace("-", " ").replace(",", " ").split():
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return 0
    return total + current


def count_at(text: str) -> tuple[int, int, int] | None:
    """A count written at the start of ``text`` ("twelve (12)", "20",
    "thirty"): its value (the digits win over the words) and span."""
    match = COUNT.match(text)
    if match is None:
        return None
    if match.group(2):
        return int(match.group(2)), match.start(), match.end()
    if match.group(3):
        return int(match.group(3)), match.start(), match.end()
    value = _sum_of_words(match.group(1).strip(" -"))
    if not value:
        return None
    return value, match.start(), match.end()


@dataclass(frozen=True)
class Duration:
    count: int
    unit: str  # "days", "months" or "years"
    start: int
    end: int


_DURATION = re.compile(
    rf"\b((?:{_WORDS})\s*(?:\(\d{{1,4}}\))?|\d{{1,4}})[\s-]*"
    r"(?:\(\d{1,4}\)\s*)?(calendar\s+)?(days?|months?|years?)\b",
    re.IGNORECASE,
)


def durations_in(sentence: str) -> list[Duration]:
    found = []
    for match in _DURATION.finditer(sentence):
        counted = count_at(match.group(0))
        if counted is None:
            continue
        # (not a term of two units, "5 years and 1 day": a person counts it)
        if rx.match(
            r"\s+and\s+(?:\d+|one|a)\s+(?:days?|months?|weeks?)\b",
            sentence[match.end() :],
        ):
            continue
        unit = match.group(3).lower().rstrip("s") + "s"
        found.append(Duration(counted[0], unit, match.start(), match.end()))
    return found
