"""The filing reader on real filings, against hand-read truth files.

``tests/data/filings/real/`` holds passages of real filings (8-K items,
note exhibits, notes to 10-Q/10-K/20-F statements), each with the terms a
person read in it (``NAME.truth.json``, with the source address; see
``SOURCES.md``). The reader must never give a value that differs from the
truth (wrong); each stated term it does not yet read, and each value it
gives that the truth does not hold (invented), is listed below as a strict
xfail (reading it right, or no longer inventing it, turns the test red
until the list is updated). After the first set, ninety-one more sets were
collected after the reader was written and first scored unseen;
``SOURCES.md`` lists those first reads.
``python -m tests.filings_score`` prints the same comparison as a table.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.filings_score import REAL
from tests.filings_score import canonical
from tests.filings_score import passages
from tests.filings_score import score_folder
from tests.filings_score import score_passage
from tests.filings_score import truth_of

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = passages()

#: Stated terms the reader leaves as a TODO today (never a wrong value).
KNOWN_MISSING: dict[str, tuple[str, ...]] = {
    "10k-22nd-century-2011-oid-zero-coupon-convertible-notes": (
        "conversion-price",
        "date",
        "principal",
        "purchase-price",
    ),
    "10k-4less-2022-subsequent-default-only-convertible": (
        "conversion-lookback",
        "conversion-reference",
        "issue-costs",
    ),
    "10k-advanced-magnetic-lab-2022-10pct-note-monthly-compounding": (
        "date",
        "maturity",
        "principal",
        "rate",
        "share-class",
    ),
    "10k-amergent-2021-oz-rey-secured-convertible-debenture": (
        "date",
        "maturity",
        "principal",
    ),
    "10k-brazil-gold-2010-coach-capital-note": ("principal",),
    "10k-cik1000298-2014-7-5pct-notes-due-2018": ("principal",),
    "10k-cik1037131-2012-dutchess-noninterest-note": (
        "conversion-price",
        "date",
    ),
    "10k-cik1037131-2012-fourth-asher-note": (
        "issue-costs",
        "rate",
    ),
    "10k-cik1069183-2022-0-5pct-senior-notes-2027-690m": ("issue-costs",),
    "10k-cik1099234-2015-related-party-notes": ("conversion-discount",),
    "10k-cik1103090-2013-12pct-senior-debentures": ("rate",),
    "10k-cik1108630-2022-live-current-feb-march-notes-table": (
        "principal",
        "purchase-price",
    ),
    "10k-cik1136711-2013-former-ceo-demand-note-market-conversion": (
        "conversion-discount",
    ),
    "10k-cik1161582-2013-wnet-7pct-note": ("rate",),
    "10k-cik1171008-2015-rmb-4pct-notes-three-investors": ("principal",),
    "10k-cik1320767-2014-accounts-payable-notes": (
        "principal",
        "rate",
    ),
    "10k-cik1329365-2012-rmb-senior-convertible-notes": (
        "conversion-price",
        "conversion-price-floor",
        "date",
        "issue-costs",
    ),
    "10k-cik1359931-2014-series-c-notes": ("issue-costs",),
    "10k-cik1370804-2015-series-b-12pct-notes": (
        "date",
        "principal",
    ),
    "10k-cik1371217-2016-7pct-senior-amortizing-notes": ("principal",),
    "10k-cik1383154-2011-july-2009-convertible-note": ("conversion-price",),
    "10k-cik1398137-2021-yaii-amended-debenture": (
        "date",
        "maturity",
        "rate",
    ),
    "10k-cik1403132-2011-40m-convertible-notes": (
        "principal",
        "rate",
    ),
    "10k-cik1407583-2018-hummingbird-cad-conversion": ("principal",),
    "10k-cik1407878-2016-combined-299k-note": (
        "date",
        "maturity",
    ),
    "10k-cik1424864-2020-rise-gold-meridian-debenture": ("share-class",),
    "10k-cik1425203-2018-oid-two-tranche-note": (
        "principal",
        "purchase-price",
    ),
    "10k-cik1456212-2015-cto-hayes-one-year-note-preferred": ("holder",),
    "10k-cik1464343-2011-3625pct-notes-due-2025-adjusted-price": ("conversion-price",),
    "10k-cik1502659-2015-secured-convertible-notes-one-related-party": ("principal",),
    "10k-cik1503458-2018-foothills-unrelated-party-note": (
        "date",
        "maturity",
        "rate",
    ),
    "10k-cik1512762-2015-8-2pct-notes-quarterly-109pct": ("principal",),
    "10k-cik1516332-2014-blue-water-asher-note-1": ("holder",),
    "10k-cik1522704-2017-800-dollar-6pct-notes": ("conversion-price",),
    "10k-cik1544238-2020-jan-2020-oid-note": (
        "conversion-price",
        "date",
        "maturity",
        "principal",
        "purchase-price",
        "rate",
    ),
    "10k-cik1569340-2020-subsequent-series-c-note": (
        "date",
        "maturity",
        "principal",
    ),
    "10k-cik1583107-2016-3-25pct-notes-ordinary-shares": ("issue-costs",),
    "10k-cik1591913-2024-ipsi-march-note-proceeds-only": ("purchase-price",),
    "10k-cik1605024-2016-insight-founder-loans-eur": (
        "principal",
        "related-party",
    ),
    "10k-cik1606698-2021-apf-acquisition-notes": (
        "conversion-price",
        "maturity",
        "rate",
    ),
    "10k-cik1715433-2023-shareholder-note-a": (
        "holder",
        "maturity",
        "principal",
    ),
    "10k-cik1759186-2025-purple-license-termination-note": ("holder",),
    "10k-cik1798562-2022-debentures-7pct-compounded-annually": ("share-class",),
    "10k-cik1817004-2020-acquired-related-note": ("conversion-discount",),
    "10k-cik1860657-2025-3i-acf-payment-note": (
        "date",
        "principal",
        "rate",
    ),
    "10k-cik711034-2018-director-beckman-note": ("maturity",),
    "10k-cik727672-2011-subsequent-oid-debentures": ("purchase-price",),
    "10k-cik802257-2017-convertible-note-a-extended-indefinitely": (
        "conversion-price",
        "date",
    ),
    "10k-cik844985-2013-related-party-debenture-8pct-quarterly-55pct-vwap": (
        "related-party",
    ),
    "10k-cik880242-2011-2007-notes-compounding-annually": ("principal",),
    "10k-cik906709-2011-3-25pct-subordinated-notes": ("interest-payment",),
    "10k-cik926287-2011-20000-convertible-note": ("conversion-reference",),
    "10k-cik941685-2014-related-party-convertible-notes-officers-directors": ("date",),
    "10k-cik946644-2019-hemispherx-iliad-note-amendment": ("maturity",),
    "10k-cure-pharmaceutical-2020-coeptis-note-receivable": (
        "date",
        "maturity",
    ),
    "10k-dolphin-entertainment-2020-director-dart-note": (
        "conversion-lookback",
        "conversion-reference",
        "principal",
    ),
    "10k-driveitaway-2021-knightsgate-8pct-cap-price-note": ("rate",),
    "10k-emisphere-2013-mhr-11pct-convertible-notes": ("date",),
    "10k-fluxpower-2020-esenjay-related-party-note": ("maturity",),
    "10k-gilla-2012-credifinance-6pct-revolving-credit-note": (
        "conversion-lookback",
        "conversion-reference",
        "date",
        "interest-payment",
    ),
    "10k-hawker-energy-2014-350k-12pct-conversion-units": (
        "principal",
        "share-class",
    ),
    "10k-imaging-diagnostic-2008-whalehaven-8pct-debentures": (
        "date",
        "holder",
        "share-class",
    ),
    "10k-immune-pharmaceuticals-2017-ema-6pct-75pct-lowest": (
        "interest-payment",
        "purchase-price",
    ),
    "10k-knightscope-2019-convertible-note-financing-12pct": ("interest-payment",),
    "10k-marimed-2018-10m-debentures-6pct-80pct-avg-vwap-10d": (
        "conversion-discount",
        "conversion-lookback",
    ),
    "10k-me2c-2012-12pct-notes-convertible-into-units": (
        "conversion-price",
        "principal",
        "share-class",
    ),
    "10k-montalvo-2015-84000-note-61pct-market": ("conversion-discount",),
    "10k-plandai-2013-6pct-promissory-note": (
        "date",
        "principal",
    ),
    "10k-quantum-materials-2013-2008-debentures-extended": (
        "maturity",
        "principal",
    ),
    "10k-respirerx-2020-ema-fixed-rate-note": (
        "holder",
        "purchase-price",
        "rate",
    ),
    "10k-sanara-medtech-2019-catalyst-related-party-note": ("date",),
    "10k-sarepta-2024-1-25pct-2027-notes-director-trust": ("principal",),
    "10k-unique-logistics-2023-fts-ceo-entity-note": ("holder",),
    "10k-vpr-brands-2017-note-sold-to-diamondrock-65pct-vwap": (
        "interest-payment",
        "maturity",
    ),
    "10k-vystar-2023-shareholder-contingent-notes": (
        "conversion-discount",
        "conversion-lookback",
        "conversion-reference",
    ),
    "10k-worlds-2013-subsequent-notes-control-account": ("issue-costs",),
    "10k-zap-2013-jac-convertible-bond-120-day-average": (
        "conversion-discount",
        "conversion-reference",
    ),
    "10q-adge-2014-nov2011-6pct-debentures": ("date",),
    "10q-alternus-2020-12pct-note-semiannual-020": ("rate",),
    "10q-applied-dna-2019-august-2018-secured-notes": ("principal",),
    "10q-aytu-2015-convertible-notes-step-up-interest": ("share-class",),
    "10q-azurrx-2017-lincoln-park-12pct-oid-debenture": (
        "maturity",
        "rate",
    ),
    "10q-bantec-2024-tca-senior-secured-convertible-note": (
        "interest-payment",
        "principal",
    ),
    "10q-bionik-2023-director-affiliate-working-capital-notes": ("interest-payment",),
    "10q-blcs-2015-cvp-oid-investor-notes": (
        "issue-costs",
        "purchase-price",
    ),
    "10q-bostontherapeutics-2015-typenex-note": (
        "conversion-discount",
        "conversion-lookback",
    ),
    "10q-bright-green-2022-lds-capital-related-party-line-of-credit-note": ("date",),
    "10q-chanticleer-2013-hooters-nottingham-6pct-notes": (
        "conversion-lookback",
        "maturity",
    ),
    "10q-cik1014763-2025-ainos-ase-may-2027-notes": (
        "holder",
        "maturity",
        "principal",
    ),
    "10q-cik102198-2013-director-chairman-notes-105-conversion": (
        "conversion-price",
        "interest-payment",
    ),
    "10q-cik1022505-2019-firstfire-oid-note": (
        "issue-costs",
        "share-class",
    ),
    "10q-cik1042784-2013-institutional-investor-58pct-three-lowest": (
        "conversion-discount",
        "conversion-lookback",
        "issue-costs",
    ),
    "10q-cik1045942-2012-zero-coupon-debenture": ("rate",),
    "10q-cik1058330-2013-renewed-secured-note": ("rate",),
    "10q-cik1061630-2023-march-2022-notes-550pct-class-a": (
        "conversion-price",
        "maturity",
        "principal",
        "rate",
    ),
    "10q-cik1074929-2012-energold-cad-debenture": (
        "conversion-price",
        "principal",
        "rate",
    ),
    "10q-cik1076744-2016-cpn1-note-rvnw": (
        "maturity",
        "rate",
    ),
    "10q-cik1077183-2021-025pct-notes-issued-at-97pct": ("rate",),
    "10q-cik1078799-2017-st-george-752500-note-10pct-oid-tranches": ("issue-costs",),
    "10q-cik1079786-2011-8pct-notes-units": (
        "date",
        "maturity",
        "principal",
        "related-party",
        "share-class",
    ),
    "10q-cik1083922-2014-asher-61pct-nine-month-note": (
        "date",
        "maturity",
    ),
    "10q-cik1084332-2012-salon-chairman-convertible-notes": ("maturity",),
    "10q-cik1085277-2020-officer-notes-exchange-fixed-020": (
        "date",
        "maturity",
    ),
    "10q-cik1093691-2020-3-75pct-senior-notes-due-2025": ("rate",),
    "10q-cik1100397-2013-tonaquint-note": (
        "maturity",
        "principal",
        "rate",
    ),
    "10q-cik1100644-2014-subsequent-53000-notes": (
        "conversion-lookback",
        "date",
        "rate",
    ),
    "10q-cik1103577-2012-385k-facility-note": ("conversion-price",),
    "10q-cik1105064-2011-ya-global-amended-debenture": (
        "date",
        "holder",
    ),
    "10q-cik1106213-2021-sept-2020-6pct-note": (
        "conversion-price",
        "date",
        "maturity",
        "principal",
        "rate",
    ),
    "10q-cik1119190-2023-humbl-april-note-default-conversion": (
        "principal",
        "purchase-price",
    ),
    "10q-cik1122742-2020-crown-bridge-commitment-fee-note": ("rate",),
    "10q-cik1125699-2023-55556-oid-note": (
        "maturity",
        "principal",
        "rate",
    ),
    "10q-cik1131089-2017-quarterly-computed-annually": (
        "conversion-price",
        "maturity",
    ),
    "10q-cik1140098-2012-jmj-2010-notes-85pct-three-lowest": ("purchase-price",),
    "10q-cik1140215-2020-raptor-note-12pct-compounded-monthly": (
        "holder",
        "principal",
    ),
    "10q-cik1140414-2015-jmj-capital-note": ("conversion-lookback",),
    "10q-cik1141788-2021-ceo-accrued-wages-note": ("principal",),
    "10q-cik1142790-2011-ceo-note-lesser-of-vwap": (
        "conversion-discount",
        "conversion-reference",
    ),
    "10q-cik1168081-2011-minority-shareholder-notes-monthly-interest": (
        "conversion-price",
        "principal",
    ),
    "10q-cik1168938-2011-temasek-12pct-units": ("principal",),
    "10q-cik1171838-2015-debenture-facility-90pct-90-day-average": (
        "conversion-lookback",
        "maturity",
    ),
    "10q-cik1222244-2011-petersen-5pct-shareholder-note": (
        "date",
        "holder",
        "maturity",
        "principal",
        "related-party",
    ),
    "10q-cik1273507-2011-march-2010-issuance": (
        "date",
        "principal",
    ),
    "10q-cik1282631-2018-samsung-svic-secured-note": ("issue-costs",),
    "10q-cik1284454-2020-2010-convertible-loan": ("interest-payment",),
    "10q-cik1285543-2018-dart-adjustable-notes": ("holder",),
    "10q-cik1300524-2022-aug-2020-oid-note": ("purchase-price",),
    "10q-cik1302946-2019-two-rivers-oid-variable-note": (
        "conversion-discount",
        "conversion-lookback",
        "conversion-price",
    ),
    "10q-cik1318268-2011-non-interest-demand-notes": ("conversion-price",),
    "10q-cik1327238-2011-shareholder-note-15pct-convertible-preferred-080": (
        "date",
        "principal",
        "rate",
    ),
    "10q-cik1342643-2012-may-2011-unit-debentures": ("principal",),
    "10q-cik1353499-2013-vista-oid-note": ("purchase-price",),
    "10q-cik1355677-2022-1800-diagonal-note-average-two-lowest": ("purchase-price",),
    "10q-cik1360442-2023-merrill-note-two-discounts": ("conversion-lookback",),
    "10q-cik1377167-2015-emporium-group-related-party-note": ("holder",),
    "10q-cik1380024-2011-october-2009-insider-notes": (
        "conversion-lookback",
        "conversion-price-floor",
        "conversion-reference",
        "principal",
    ),
    "10q-cik1383006-2014-9pct-shareholder-notes": (
        "conversion-price",
        "maturity",
        "principal",
        "rate",
    ),
    "10q-cik1383756-2012-asher-58pct-market-note": ("date",),
    "10q-cik1392694-2019-gbt-note-vwap-collar": (
        "conversion-lookback",
        "conversion-price-floor",
        "conversion-reference",
        "principal",
    ),
    "10q-cik1402328-2016-advanomics-patent-replacement-note": (
        "date",
        "holder",
        "principal",
        "rate",
    ),
    "10q-cik1408356-2014-convertible-senior-notes-2-75pct-min-price": (
        "conversion-price-floor",
        "issue-costs",
    ),
    "10q-cik1416090-2023-1800-diagonal-three-lowest": ("purchase-price",),
    "10q-cik1419583-2014-clouding-loan": (
        "date",
        "holder",
        "principal",
    ),
    "10q-cik1420569-2017-80750-note-ghs-assignment": (
        "maturity",
        "principal",
    ),
    "10q-cik1421204-2020-march-2020-debentures-non-interest": ("maturity",),
    "10q-cik1421865-2016-lg-capital-note": (
        "principal",
        "rate",
    ),
    "10q-cik1421907-2015-trident-senior-secured-debentures": ("interest-payment",),
    "10q-cik1424718-2012-deferred-compensation-master-convertible-note": (
        "conversion-lookback",
        "date",
        "principal",
    ),
    "10q-cik1431959-2017-series-b-12pct-notes": (
        "conversion-price",
        "principal",
    ),
    "10q-cik1435617-2015-jmj-note-lesser-of-fixed-or-60pct": (
        "conversion-price",
        "date",
        "holder",
        "maturity",
        "principal",
    ),
    "10q-cik1445815-2020-auctus-note-three-lowest": (
        "date",
        "issue-costs",
    ),
    "10q-cik1445918-2014-restaurant-5pct-notes-80pct-20day-avg": (
        "conversion-lookback",
        "interest-payment",
        "principal",
    ),
    "10q-cik1446159-2018-bridge-loan-convertible-secured-notes": (
        "principal",
        "purchase-price",
    ),
    "10q-cik1448705-2019-secured-note-180-days": (
        "date",
        "maturity",
    ),
    "10q-cik1452176-2014-peak-one-125000-zero-coupon-debenture-65pct-lowest-20d": (
        "issue-costs",
        "principal",
    ),
    "10q-cik1455206-2016-carebourn-note": ("issue-costs",),
    "10q-cik1460702-2023-alpha-capital-related-debenture": ("date",),
    "10q-cik1465128-2013-455pct-senior-notes": ("principal",),
    "10q-cik1472174-2011-ceo-chairman-12pct-note-028": (
        "conversion-price",
        "date",
        "maturity",
        "principal",
        "share-class",
    ),
    "10q-cik1472847-2015-oct-2014-investor-note": ("principal",),
    "10q-cik1476963-2024-elusys-related-party-note": (
        "date",
        "holder",
        "maturity",
    ),
    "10q-cik1488309-2011-conflicting-market-price": (
        "conversion-discount",
        "principal",
    ),
    "10q-cik1489744-2012-related-debenture-10pct-discount": (
        "conversion-lookback",
        "conversion-reference",
    ),
    "10q-cik1493212-2015-cannavest-inventory-note": ("conversion-lookback",),
    "10q-cik1496268-2016-25m-convertible-notes": (
        "interest-payment",
        "principal",
    ),
    "10q-cik1506929-2024-borneo-oil-related-note": ("holder",),
    "10q-cik1510524-2012-asher-class-a-note": ("date",),
    "10q-cik1512228-2020-niocorp-nordmin-convertible-note": (
        "conversion-lookback",
        "holder",
    ),
    "10q-cik1512922-2019-quarterly-fixed-065": ("rate",),
    "10q-cik1516805-2018-moxian-director-liu-loan": (
        "rate",
        "share-class",
    ),
    "10q-cik1516887-2015-jmj-oid-note-april-2014": ("purchase-price",),
    "10q-cik1518720-2015-force-protection-ema-note": ("date",),
    "10q-cik1521013-2014-vwap-375pct-discount-note": ("issue-costs",),
    "10q-cik1527355-2015-440000-oid-debenture-18-months": (
        "principal",
        "purchase-price",
    ),
    "10q-cik1527613-2016-nuzee-higashida-secured-convertible-note": ("rate",),
    "10q-cik1534708-2015-14pct-secured-note-details": ("principal",),
    "10q-cik1541354-2014-ultragreen-b-note-receivable-10pct": (
        "conversion-price-floor",
        "principal",
    ),
    "10q-cik1544400-2025-50pct-oid-note": ("purchase-price",),
    "10q-cik1544597-2014-249565-note-10pct-simple-fixed-020": ("date",),
    "10q-cik1554225-2015-feb-2015-vwap-note": (
        "date",
        "maturity",
        "principal",
        "rate",
    ),
    "10q-cik1556226-2016-subsequent-12pct-secured-notes": (
        "issue-costs",
        "share-class",
    ),
    "10q-cik1563463-2019-shareholder-secured-note-8-5pct-monthly": (
        "maturity",
        "rate",
    ),
    "10q-cik1565700-2014-principal-shareholder-note": ("principal",),
    "10q-cik1574676-2017-power-up-note": (
        "day-count",
        "issue-costs",
    ),
    "10q-cik1602409-2022-interest-free-4p8m-note": ("rate",),
    "10q-cik1604821-2020-225pct-notes-purchase-agreement-subsequent-event": (
        "principal",
    ),
    "10q-cik1605057-2023-firstfire-162750-oid-note-9pct-fixed-0225": (
        "interest-payment",
    ),
    "10q-cik1624512-2017-boxlight-marlborough-note": ("date",),
    "10q-cik1642159-2020-osher-debenture": ("purchase-price",),
    "10q-cik1647170-2019-hillair-oid-debenture": ("rate",),
    "10q-cik1657214-2025-mast-hill-oid-fixed-035": (
        "holder",
        "maturity",
    ),
    "10q-cik1662574-2024-grom-first-alpha-note-missing-price": ("purchase-price",),
    "10q-cik1665300-2019-june-2019-7pct-notes": (
        "date",
        "interest-payment",
    ),
    "10q-cik1677576-2021-exchangeable-senior-notes-3-75pct": (
        "conversion-price",
        "issue-costs",
        "principal",
        "share-class",
    ),
    "10q-cik1700849-2023-february-convertible-note-chairman-affiliate": ("principal",),
    "10q-cik1719714-2025-novartis-gbp": ("holder",),
    "10q-cik1724344-2022-innoviva-related-party-note": (
        "date",
        "rate",
    ),
    "10q-cik1737372-2023-sysorex-2021-oid-debentures": (
        "date",
        "issue-costs",
        "principal",
        "purchase-price",
    ),
    "10q-cik1747661-2025-streeterville-note-class-a-200usd": (
        "conversion-price",
        "purchase-price",
    ),
    "10q-cik1757499-2023-alto-opportunity-convertible-note": ("maturity",),
    "10q-cik1758009-2024-streeterville-secured-convertible-note": ("purchase-price",),
    "10q-cik1760903-2020-caro-note": ("compounding",),
    "10q-cik1760903-2021-chairman-note": ("compounding",),
    "10q-cik1771706-2021-acquisition-convertible-note-monthly": ("share-class",),
    "10q-cik1781405-2022-chairman-trust-bridge-note": (
        "conversion-lookback",
        "conversion-reference",
    ),
    "10q-cik1800637-2024-green-thumb-secured-convertible-note": ("interest-payment",),
    "10q-cik1811999-2021-defaulted-45k-note": ("rate",),
    "10q-cik1820302-2025-yorkville-25m-debenture-zero-coupon": ("maturity",),
    "10q-cik1820875-2024-streeterville-prepaid-purchase-vwap-floor": (
        "conversion-price",
    ),
    "10q-cik1826671-2023-part-a1-debentures-75pct-avg-vwap-floor": (
        "conversion-price",
        "interest-payment",
    ),
    "10q-cik1834975-2024-cad-unsecured-convertible-debentures": (
        "principal",
        "share-class",
    ),
    "10q-cik1877788-2023-gs-capital-125000-note-8pct-net-proceeds": (
        "holder",
        "interest-payment",
    ),
    "10q-cik1892480-2023-veritas-acquisition-note": (
        "holder",
        "principal",
    ),
    "10q-cik1893311-2023-oid-note-exchanged-convertible": ("date",),
    "10q-cik1894954-2022-shareholder-note-modified": (
        "date",
        "maturity",
        "principal",
    ),
    "10q-cik1898604-2024-yoshiharu-related-party-note": ("conversion-price",),
    "10q-cik1906133-2023-oct26-note-former-officer": ("maturity",),
    "10q-cik22872-2013-renewed-14pct-note": (
        "maturity",
        "principal",
        "rate",
    ),
    "10q-cik275119-2015-10pct-notes-due-2017": ("conversion-price",),
    "10q-cik318622-2013-subsequent-asher-npa": ("holder",),
    "10q-cik700764-2011-10pct-senior-secured-debentures": (
        "maturity",
        "principal",
    ),
    "10q-cik707511-2022-2019-convertible-notes-management-board": (
        "principal",
        "rate",
    ),
    "10q-cik728385-2013-unit-convertible-notes": ("share-class",),
    "10q-cik748592-2025-bridge-notes-12pct-quarterly-750": ("maturity",),
    "10q-cik797542-2014-president-2009-note": ("rate",),
    "10q-cik832489-2020-oid-secured-debentures": (
        "date",
        "maturity",
    ),
    "10q-cik851726-2013-senior-sub-10pct-notes-60-months": (
        "conversion-price",
        "maturity",
        "principal",
    ),
    "10q-cik855683-2025-director-notes-annual-interest": ("rate",),
    "10q-cik890394-2021-10pct-senior-secured-notes-amended": (
        "conversion-price",
        "maturity",
        "rate",
    ),
    "10q-cik890821-2020-8pct-notes-directors-annual-interest": ("conversion-price",),
    "10q-cik894871-2018-l2-capital-oid-tranches": (
        "issue-costs",
        "purchase-price",
    ),
    "10q-cik919134-2012-uba-related-party-subordinated-notes": (
        "holder",
        "maturity",
    ),
    "10q-cik928953-2022-trustee-notes-fixed-1331": ("maturity",),
    "10q-cik946486-2018-panacea-secured-convertible-note-15pct": ("principal",),
    "10q-cik99106-2013-8-25pct-limited-convertible-sub-notes-semiannual": (
        "maturity",
        "principal",
    ),
    "10q-conatus-2018-novartis-note-6pct-120pct-20day-avg": (
        "conversion-lookback",
        "conversion-reference",
        "holder",
        "maturity",
        "rate",
    ),
    "10q-contravir-2018-iliad-redemption-80pct-floor": (
        "conversion-discount",
        "conversion-lookback",
        "conversion-price-floor",
        "conversion-reference",
        "issue-costs",
        "principal",
        "share-class",
    ),
    "10q-delta-2018-6pct-notes-two-investors-nipton": (
        "maturity",
        "principal",
    ),
    "10q-dolphin-entertainment-2020-subsequent-event-note": (
        "conversion-lookback",
        "conversion-reference",
    ),
    "10q-duos-2012-feb-2012-oid-note": ("purchase-price",),
    "10q-epgg-2022-grid-note-par-value-conversion": (
        "maturity",
        "par-value",
    ),
    "10q-evofem-2020-adjuvant-unsecured-convertible-notes": (
        "compounding",
        "principal",
    ),
    "10q-first-choice-healthcare-2013-hillair-oid-debenture": ("rate",),
    "10q-fluxpower-2018-esenjay-unrestricted-line": ("holder",),
    "10q-foxo-2022-15pct-senior-pik-notes-quarterly-compounding": ("compounding",),
    "10q-fuse-science-2015-january-2014-senior-secured-notes": ("interest-payment",),
    "10q-genius-brands-2020-senior-secured-oid-investor-notes": (
        "principal",
        "purchase-price",
    ),
    "10q-gevo-2017-whitebox-2017-notes-extension": (
        "holder",
        "rate",
    ),
    "10q-greater-cannabis-2024-firstfire-6pct-note-two-tranches": (
        "date",
        "principal",
        "rate",
    ),
    "10q-greenbox-2020-vista-oid-note-default-conversion": (
        "date",
        "principal",
        "purchase-price",
    ),
    "10q-gulfslope-2021-bridge-financing-notes-extended": ("maturity",),
    "10q-hangover-joes-2014-kbm-8pct-note": ("maturity",),
    "10q-healthier-choices-2024-greens-acquisition-note": (
        "date",
        "principal",
    ),
    "10q-iceweb-2011-senior-convertible-notes-oid": ("purchase-price",),
    "10q-inhibikase-2020-settlement-note-simple-interest": ("principal",),
    "10q-intellinetics-2014-ohio-authority-loan-no1": (
        "date",
        "holder",
        "principal",
        "rate",
    ),
    "10q-invo-bioscience-2016-vendor-5pct-promissory-note": (
        "interest-payment",
        "principal",
    ),
    "10q-iqstel-2024-m2b-funding-secured-notes": (
        "principal",
        "purchase-price",
    ),
    "10q-jaguar-health-2017-cvp-secured-convertible-note": (
        "date",
        "issue-costs",
        "principal",
    ),
    "10q-labor-smart-2014-gemini-oid-note-receivable": ("date",),
    "10q-lattice-2015-lf1-note-lattice-funding": ("date",),
    "10q-lottery-com-2017-series-a-notes-extended": ("rate",),
    "10q-mining-power-group-2017-crown-bridge-advance": (
        "conversion-lookback",
        "interest-payment",
        "principal",
    ),
    "10q-mitau-2023-spac-new-sponsor-convertible-note-warrants": (
        "conversion-price",
        "principal",
        "share-class",
    ),
    "10q-mj-holdings-2019-fr-holdings-secured-note": (
        "date",
        "interest-payment",
        "maturity",
        "rate",
    ),
    "10q-omni-health-2015-muchnicki-omp-convertible-note": ("principal",),
    "10q-phunware-2019-quarterly-then-monthly": ("date",),
    "10q-pleasant-kids-2014-lg-capital-55pct-lowest-bid": (
        "issue-costs",
        "rate",
    ),
    "10q-regen-biopharma-2025-may-2017-note-table": (
        "maturity",
        "rate",
    ),
    "10q-riot-blockchain-2017-march-convertible-notes": ("interest-payment",),
    "10q-servicenow-2019-zero-coupon-2022-notes": (
        "conversion-price",
        "principal",
    ),
    "10q-sionix-2012-subsequent-9875pct-note": ("conversion-discount",),
    "10q-super-league-2024-agile-confessed-judgment-note": (
        "maturity",
        "principal",
    ),
    "10q-tautachrome-2015-related-party-no-interest-convertible-demand-loan": (
        "holder",
        "rate",
    ),
    "10q-tlss-2017-reddiamond-tranches": ("date",),
    "10q-uihlein-2022-april-note-related-party-5usd": ("rate",),
    "10q-umami-2011-aurora-shareholder-notes-monthly-interest": (
        "holder",
        "related-party",
    ),
    "10q-upexi-2025-ceo-marshall-1-5m-promissory-note-pik": (
        "interest-payment",
        "principal",
        "rate",
    ),
    "10q-vistagen-2012-subsequent-event-exchange-note": (
        "holder",
        "interest-payment",
        "maturity",
        "share-class",
    ),
    "10q-volcon-2025-exchange-zero-coupon-oid": ("conversion-price-floor",),
    "10q-vycor-2014-fountainhead-debentures": ("maturity",),
    "10q-xsunx-2014-amended-exchange-note-60pct-lowest-vwap": (
        "maturity",
        "rate",
    ),
    "10q-zoomcar-2025-atalaya-note-oid": (
        "principal",
        "purchase-price",
    ),
    "10qa-cik1386936-2016-gold-lakes-ap-converted-note-table": (
        "date",
        "principal",
    ),
    "10x-cik1408146-2012-springer-convertible-debenture": ("principal",),
    "1a-maverick-energy-2021-samlou-bridge-note": (
        "date",
        "maturity",
    ),
    "20f-arbe-2024-nis-convertible-bonds-escrow": ("principal",),
    "20f-cik1111759-2017-ntd-zero-coupon-overseas-bonds": (
        "conversion-price",
        "principal",
        "rate",
    ),
    "20f-cik1506184-2015-ridgeback-convertible-notes-3pct": ("rate",),
    "20f-cik1601936-2023-fivet-chf-convertible-loan": ("conversion-price",),
    "20f-cik1733298-2019-alibaba-convertible-loan": ("principal",),
    "20f-cik1769768-2021-convertible-note-2021": ("maturity",),
    "20f-cik1804469-2022-streeterville-note": (
        "conversion-price-floor",
        "issue-costs",
    ),
    "20f-cik1806524-2022-atw-debenture-ads": ("date",),
    "20f-polymet-2019-glencore-2020-unsecured-debenture-first-tranche": ("principal",),
    "20f-primeacq-2013-chardan-underwriter-note-9-10": (
        "date",
        "holder",
        "principal",
    ),
    "20f-psyence-2024-first-tranche-senior-secured-convertible-notes": (
        "date",
        "principal",
        "purchase-price",
    ),
    "20f-smx-2024-lee-pinkerton-convertible-note": (
        "date",
        "holder",
    ),
    "20f-tuanche-2018-rmb30m-zero-interest-puhua-convertible-loan": ("rate",),
    "20f-vipshop-2017-convertible-senior-notes-thousands": ("conversion-price",),
    "20f-weibo-2021-convertible-senior-notes-2022": (
        "maturity",
        "principal",
    ),
    "20f-xbrlsite-2017-director-convertible-note-680000": (
        "date",
        "rate",
        "related-party",
    ),
    "20f-yy-inc-2018-convertible-senior-notes-2019": ("principal",),
    "424b3-nikola-2024-5pct-notes-floor-162-95pct-lowest-vwap-3d": (
        "conversion-price",
    ),
    "424b3-seastar-medical-2023-second-tranche-note": ("date",),
    "424b3-us-stem-cell-2016-magna-first-note": ("date",),
    "424b5-soluna-holdings-2022-spring-lane-note-auto-conversion": (
        "conversion-price",
        "holder",
    ),
    "424b5-td-holdings-2023-streeterville-10pct-note-purchase-price": (
        "date",
        "par-value",
    ),
    "6k-cik1158967-2010-jpy-bonds-with-stock-acquisition-rights": ("principal",),
    "6k-cik1982960-2025-sgd-cd-notes": ("principal",),
    "6k-endeavour-silver-2009-cad-10pct-debenture-term-sheet": ("conversion-price",),
    "6k-intellipharmaceutics-2019-odidi-related-party-debenture": (
        "date",
        "related-party",
    ),
    "6k-jeffs-brands-2025-2-85m-8pct-oid-convertible-note": ("purchase-price",),
    "6k-microalgo-2024-oct-notes-70pct-lowest-60d": ("par-value",),
    "6k-newgenivf-2024-third-tranche-14.75pct-note": (
        "maturity",
        "purchase-price",
    ),
    "6k-nova-minerals-2024-nebari-convertible-loan-variation": ("conversion-price",),
    "6k-nvni-2025-secured-convertible-exchange-note": ("principal",),
    "6k-pr-globus-maritime-2019-5m-senior-convertible-note-10pct": (
        "date",
        "interest-payment",
        "maturity",
        "purchase-price",
    ),
    "6k-pr-neovasc-2022-restated-note-strul": ("interest-payment",),
    "6k-taoping-2023-streeterville-note-oid-and-transaction-costs": ("maturity",),
    "6k-tower-semiconductor-2012-series-f-debentures-nis-ratio": ("conversion-price",),
    "6k-ucommune-2022-jak-8pct-senior-convertible-debenture": ("date",),
    "6k-wimi-2025-microalgo-note-purchase": (
        "holder",
        "purchase-price",
        "related-party",
    ),
    "8k-2017-975pct-note-facility": ("maturity",),
    "8k-2017-ema-financial-185k-note": ("date",),
    "8k-access-worldwide-2006-amendment-5pct-convertible-note": (
        "conversion-price",
        "maturity",
    ),
    "8k-actiga-2008-bridge-notes-12pct": (
        "interest-payment",
        "maturity",
        "principal",
    ),
    "8k-advaxis-2013-jmj-financial-oid-note": (
        "principal",
        "purchase-price",
    ),
    "8k-airindustries-2017-8pct-subordinated-notes": ("share-class",),
    "8k-americann-2016-secured-convertible-note-units": ("principal",),
    "8k-amyris-2013-total-note": (
        "date",
        "holder",
    ),
    "8k-apollogold-2007-convertible-debentures-terms": (
        "interest-payment",
        "rate",
    ),
    "8k-avalon-globocare-2025-two-fixed-price-notes": ("principal",),
    "8k-axion-power-2015-oid-senior-convertible-notes": ("purchase-price",),
    "8k-biorestorative-2019-auctus-note-58pct-market": ("interest-payment",),
    "8k-biotricity-2020-12pct-notes-vwap-conversion": (
        "conversion-lookback",
        "principal",
    ),
    "8k-blackstar-2021-power-up-10pct-note": ("issue-costs",),
    "8k-blue-sphere-2017-11pct-senior-debentures-made-convertible": (
        "maturity",
        "principal",
    ),
    "8k-blue-water-global-2014-annika-prim-note": (
        "conversion-price",
        "date",
        "interest-payment",
        "maturity",
    ),
    "8k-boqi-2020-oid-notes-face-2225000-pay-1750000": (
        "principal",
        "purchase-price",
    ),
    "8k-cantabio-2017-convertible-debenture-three-lowest-vwaps": (
        "date",
        "maturity",
    ),
    "8k-cardio-diagnostics-2023-yorkville-debenture": ("purchase-price",),
    "8k-cerence-2023-150pct-convertible-senior-notes-due-2028": ("date",),
    "8k-cik1624512-2019-boxlight-lind-secured-note": ("purchase-price",),
    "8k-clearday-2023-unsecured-oid-note-monthly-payments": ("interest-payment",),
    "8k-code-green-apparel-2017-power-up-note": (
        "conversion-price-floor",
        "date",
    ),
    "8k-cyclone-power-2014-whe-gen-seed-round-notes": ("date",),
    "8k-digital-brands-2021-firstfire-senior-secured-convertible-note": ("holder",),
    "8k-echo-therapeutics-2009-platinum-senior-secured-note": (
        "date",
        "related-party",
    ),
    "8k-ecosphere-technologies-2014-convertible-notes-three-investors": (
        "interest-payment",
    ),
    "8k-elite-pharmaceuticals-2013-treppel-convertible-note": ("date",),
    "8k-enercore-2016-convertible-senior-notes-oid": ("issue-costs",),
    "8k-ex-fresh2-2024-jak-note-amendment": (
        "conversion-lookback",
        "conversion-price-floor",
        "conversion-reference",
    ),
    "8k-ex10-semileds-2023-simplot-note-third-amendment": (
        "conversion-price",
        "date",
        "maturity",
        "principal",
    ),
    "8k-ex10-telvue-2012-debt-conversion-lenfest": (
        "conversion-price",
        "par-value",
    ),
    "8k-ex10-unigene-2012-amended-restated-senior-secured-note": (
        "date",
        "principal",
    ),
    "8k-exhibit-helix-tcs-2019-grid-note-rsf4-quarterly-360": (
        "day-count",
        "holder",
        "rate",
    ),
    "8k-exhibit-medytox-2011-amortizing-note-valley-view": ("date",),
    "8k-exhibit-solar3d-2015-md-energy-4pct-simple-quarterly": ("holder",),
    "8k-fber-2010-units-8pct-senior-secured-notes": ("principal",),
    "8k-foothills-exploration-2019-gw-holdings-note": (
        "conversion-lookback",
        "principal",
        "purchase-price",
    ),
    "8k-goldenpatriot-2008-callable-secured-convertible-notes": (
        "conversion-discount",
        "conversion-lookback",
        "date",
        "maturity",
    ),
    "8k-heliosmatheson-2017-senior-secured-notes": ("principal",),
    "8k-hemp-naturals-2018-power-up-note": (
        "day-count",
        "holder",
        "maturity",
        "rate",
    ),
    "8k-human-biosystems-2006-ljci-addendum": (
        "holder",
        "principal",
    ),
    "8k-ideanomics-2023-sixth-debenture-450000-no-interest-90pct-10d": (
        "date",
        "rate",
    ),
    "8k-inpixon-2017-subordinated-oid-notes": ("date",),
    "8k-integrated-ventures-2017-arcadia-term-sheet": (
        "issue-costs",
        "principal",
        "purchase-price",
    ),
    "8k-kaya-holdings-2017-three-tranche-notes": (
        "interest-payment",
        "principal",
    ),
    "8k-kentucky-usa-energy-2008-8pct-senior-secured-convertible-note": (
        "share-class",
    ),
    "8k-kisses-from-italy-2022-1800-diagonal-65pct-note": ("conversion-reference",),
    "8k-loop-media-2024-bellino-trust-30pct-convertible-note": (
        "date",
        "holder",
        "interest-payment",
        "maturity",
    ),
    "8k-marathonpatent-2017-5pct-notes-final-closing": ("date",),
    "8k-marathonpatent-2017-5pct-notes-initial-closing": ("conversion-price-floor",),
    "8k-marina-biotech-2017-note-purchase-agreement-5pct": (
        "conversion-price",
        "maturity",
    ),
    "8k-medicine-man-technologies-2020-dye-capital-note": ("date",),
    "8k-medifirst-2016-575pct-note-maturity-typo": (
        "principal",
        "purchase-price",
    ),
    "8k-millennium-biotech-2007-harborview-secured-note": ("interest-payment",),
    "8k-mullen-automotive-2022-esousa-amended-restated-note": ("maturity",),
    "8k-musclepharm-2015-drexler-secured-note": ("interest-payment",),
    "8k-nanoviricides-2014-series-c-debenture-director": ("related-party",),
    "8k-new-medium-2006-tribal-short-term-debenture-note": (
        "conversion-discount",
        "holder",
        "principal",
    ),
    "8k-omnia-wellness-2022-gs-capital-8pct-note": ("purchase-price",),
    "8k-ondas-holdings-2024-series-b2-additional-notes": (
        "date",
        "principal",
    ),
    "8k-originclear-2018-feb20-note-39pct-lowest": (
        "date",
        "maturity",
        "principal",
    ),
    "8k-pavmed-2020-monthly-default-rate": ("conversion-price",),
    "8k-petroshare-2017-10pct-unit-notes-final-closing": ("principal",),
    "8k-positiveid-2017-ghs-secured-convertible-note": ("principal",),
    "8k-precision-optics-2011-10pct-senior-secured-notes-extension": ("principal",),
    "8k-premier-alliance-2012-7pct-note-individual": ("interest-payment",),
    "8k-progreen-2017-tangiers-12pct-fixed-convertible-note": (
        "issue-costs",
        "purchase-price",
    ),
    "8k-progreen-2018-tangiers-105000-fixed-convertible-note": (
        "issue-costs",
        "purchase-price",
    ),
    "8k-propanc-geneva-variable-note": ("conversion-lookback",),
    "8k-save-the-world-air-2008-winter-notes-oid": ("rate",),
    "8k-simplicity-esports-firstfire-12pct-note": ("holder",),
    "8k-sphere3d-2018-fbc-debenture-third-amendment": (
        "holder",
        "maturity",
    ),
    "8k-spi-energy-2022-june-note-extension-streeterville": ("maturity",),
    "8k-stockeryale-2004-laurus-secured-convertible-note": ("interest-payment",),
    "8k-tauriga-2017-eagle-equities-75pct-lowest-bid": (
        "conversion-lookback",
        "maturity",
    ),
    "8k-tauriga-2019-odyssey-64pct-lowest-vwap": ("conversion-lookback",),
    "8k-tetridyn-2011-hempstead-25000-note": ("holder",),
    "8k-tpt-global-tech-2021-firstfire-note-two-lowest-15-day": ("principal",),
    "8k-trio-petroleum-2024-10pct-oid-notes-floor-0-12": ("conversion-price-floor",),
    "8k-trugolf-2024-pipe-senior-convertible-notes-initial-closing": (
        "principal",
        "purchase-price",
    ),
    "8k-unipixel-2015-hudson-bay-additional-note": ("date",),
    "8k-value-exchange-2023-alset-usd500k-8pct-promissory-note": ("maturity",),
    "8k-vapor-group-2014-magna-side-letter-new-8pct-note": (
        "holder",
        "purchase-price",
    ),
    "8k-vaporin-2015-merger-contingent-notes": ("principal",),
    "8k-veritas-farms-2021-insider-secured-notes": (
        "interest-payment",
        "purchase-price",
    ),
    "8k-vinco-ventures-2021-senior-convertible-note-fixed-2usd": ("purchase-price",),
    "8k-visium-2019-power-up-61pct-lowest": ("purchase-price",),
    "8k-vistagen-2012-platinum-investment-note-three-years": (
        "conversion-price",
        "interest-payment",
        "share-class",
    ),
    "8k-vivakor-2025-jj-astor-note-conversions-and-second-note": (
        "date",
        "purchase-price",
    ),
    "8k-warp-technology-2005-ten-percent-notes": ("date",),
    "8k-wayfair-2018-additional-notes": (
        "date",
        "principal",
    ),
    "8k-wetouch-2021-mast-hill-oid-note": ("purchase-price",),
    "8k-wetouch-2021-talos-oid-note": ("purchase-price",),
    "8k-xgtechnology-2018-6pct-debentures": ("maturity",),
    "8k-youngevity-2014-five-year-senior-secured-notes": ("conversion-price",),
    "8k-youngevity-2017-final-tranche-three-year-notes": ("principal",),
    "8k-zap-2011-jonway-down-payment-convertible-note": ("share-class",),
    "annual-cik1043961-2018-bridge-notes-oid-reset": ("share-class",),
    "annual-cik1231346-2019-paramount-notes-receivable-usd-7-5pct": (
        "principal",
        "purchase-price",
    ),
    "annual-cik1369128-2017-director-company-note-non-interest-usd2200": (
        "principal",
        "rate",
    ),
    "annual-cik1668438-2020-hkd-note-usd-price": ("maturity",),
    "annual-cik1712641-2018-eur-convertible-bond-2016-2021": (
        "conversion-price",
        "share-class",
    ),
    "annual-cik1771885-2024-cad-debenture-units-monthly-rate": ("share-class",),
    "annual-cik1840425-2025-usd-bond-5pct-95pct-lowest-vwap-15d": (
        "principal",
        "rate",
    ),
    "annual-cik1847806-2023-genius-group-senior-secured-note-blank-price": (
        "principal",
        "purchase-price",
    ),
    "annual-cik1957489-2024-class-b-notes": ("conversion-price-floor",),
    "annual-cik890543-2012-director-debentures-units": (
        "conversion-price",
        "share-class",
    ),
    "annual-fr8app-2020-bridge-notes-5pct": ("interest-payment",),
    "annual-lin-so-chun-2018-notes": ("conversion-price",),
    "annual-nxt-energy-2024-mcapm-debentures-cad-usd": ("conversion-price",),
    "annual-sundial-2020-secured-convertible-note-usd1": ("date",),
    "athex-euromedica-2007-eur-convertible-bond-loan": ("principal",),
    "corresp-cik1084047-2006-crescent-note-payments": ("holder",),
    "corresp-cik1265850-2006-sb2-note-payments-table": (
        "issue-costs",
        "principal",
    ),
    "ex-aethlon-2010-form-10pct-note-360-day-year": (
        "day-count",
        "interest-payment",
    ),
    "ex-alpha-energy-2023-revolving-credit-note-amendment-par-value": (
        "holder",
        "par-value",
    ),
    "ex-biorestorative-2017-st-george-exchange-note-30-360": ("rate",),
    "ex-cedara-2002-cad-subordinated-debenture": ("holder",),
    "ex-cool-holdings-2019-12pct-unsecured-note-30-360": ("maturity",),
    "ex-cool-holdings-2019-gt-capital-note-amendment-1-40": ("conversion-price",),
    "ex-cosigner-2014-kbm-note": (
        "day-count",
        "holder",
        "maturity",
        "rate",
    ),
    "ex-dpw-holdings-2020-oid-note-160k-for-200k": ("purchase-price",),
    "ex-equitex-2005-pandora-900000-secured-note-10pct-monthly": ("interest-payment",),
    "ex-gz6g-2021-esilkroad-loan-treaty-note": (
        "holder",
        "interest-payment",
    ),
    "ex-integrated-biopharma-2012-cd-financial-2008-note-recital": ("date",),
    "ex-jackson-rivers-2006-vantage-point-note": (
        "day-count",
        "interest-payment",
    ),
    "ex-kiwa-2005-secured-note-agreement": ("principal",),
    "ex-la-rosa-2022-oid-note-joseph-la-rosa": ("holder",),
    "ex-mendocino-1998-uba-175000-note-prime-plus-150": ("conversion-price",),
    "ex-moxian-2019-rmb-convertible-loan": (
        "principal",
        "share-class",
    ),
    "ex-myriad-interactive-media-2014-note": (
        "date",
        "interest-payment",
    ),
    "ex-rblack-2004-gaughan-15m-note-8pct-simple": ("maturity",),
    "ex-sandsregent-2004-belding-1604000-note-75pct-act365": ("date",),
    "ex10-accesskey-2009-physicians-healthcare-640k-10pct-convertible-note": (
        "maturity",
    ),
    "ex10-alentus-2010-gerova-subordinate-convertible-note": (
        "date",
        "rate",
    ),
    "ex10-alkame-2014-eastmore-12pct-note": (
        "date",
        "holder",
        "maturity",
    ),
    "ex10-bion-2007-series-a-note-simple-6pct-30-360": ("interest-payment",),
    "ex10-borqs-2018-pfg-senior-secured-convertible-note": (
        "date",
        "principal",
        "share-class",
    ),
    "ex10-cetc-rongjun-2022-rmb-12pct-note": ("date",),
    "ex10-cik825322-2011-mphase-note-jay-wright-monthly-compounding": (
        "compounding",
        "date",
        "maturity",
    ),
    "ex10-cik827099-2011-25k-loan-note-fmv-conversion": ("principal",),
    "ex10-cn-energy-2024-streeterville-note-30-360": ("issue-costs",),
    "ex10-digitaldescriptor-2001-hallenbeck-10pct-note": ("interest-payment",),
    "ex10-directview-2016-5pct-oid-70pct-lowest-30day": ("purchase-price",),
    "ex10-dl-claire-capital-2007-camofi-12pct-secured-note": (
        "holder",
        "interest-payment",
    ),
    "ex10-faraday-future-2023-streeterville-unsecured-note": (
        "issue-costs",
        "maturity",
    ),
    "ex10-geltech-2013-reger-amended-restated-note": ("date",),
    "ex10-geltech-2013-reger-five-year-note": ("rate",),
    "ex10-general-automotive-2011-nagel-9pct-amended-note": (
        "date",
        "interest-payment",
    ),
    "ex10-global-digital-holdings-2023-cloud-minders-note": ("principal",),
    "ex10-green-planet-2009-bridge-loan-note-one-holdings": ("interest-payment",),
    "ex10-green-st-energy-2009-nacelle-debenture": ("date",),
    "ex10-healthcare-triangle-2021-devcool-seller-secured-note": ("holder",),
    "ex10-helixwind-2010-st-george-secured-note": ("rate",),
    "ex10-holly-brothers-2019-5pct-unsecured-convertible-note": ("day-count",),
    "ex10-humbl-2021-phantom-power-note-18-months": (
        "interest-payment",
        "maturity",
        "principal",
    ),
    "ex10-hydrocarb-2015-typenex-secured-note-oid": (
        "issue-costs",
        "purchase-price",
    ),
    "ex10-indonesia-energy-2022-l1-capital-amended-restated-note": ("date",),
    "ex10-investview-2021-convertible-note-due-2022": ("date",),
    "ex10-kodiak-ema-12pct-note-terms-letter": ("conversion-lookback",),
    "ex10-laredo-oil-2022-cali-fields-15pct-secured-note": ("day-count",),
    "ex10-las-vegas-railway-2014-8pct-note-oid-beginning-value": ("purchase-price",),
    "ex10-mabcure-2011-biotech-investment-8pct-debenture": ("date",),
    "ex10-mach-one-2008-zero-coupon-note-accreting": (
        "compounding",
        "principal",
        "purchase-price",
    ),
    "ex10-mctc-holdings-2020-ceo-note-conversion-notice": (
        "holder",
        "rate",
        "related-party",
        "share-class",
    ),
    "ex10-medijane-2014-cannavest-note": ("rate",),
    "ex10-mega-media-group-2008-convertible-note-tangiers": ("par-value",),
    "ex10-mexoro-minerals-2009-secured-debenture": ("principal",),
    "ex10-michaellambert-2007-law-firm-replacement-note": ("date",),
    "ex10-mix-1-life-2015-spyglass-debenture-discharge": ("date",),
    "ex10-nanoflex-jmj-financial-up-to-500k-oid-note": ("holder",),
    "ex10-nationalqualitycare-2007-snukal-6pct-note": ("rate",),
    "ex10-navidea-2023-secured-convertible-note-scott": ("day-count",),
    "ex10-nemaura-2021-uptown-secured-promissory-note": (
        "issue-costs",
        "purchase-price",
    ),
    "ex10-novume-2018-cedarview-15pct-promissory-note": ("interest-payment",),
    "ex10-outlook-therapeutics-2022-streeterville": ("issue-costs",),
    "ex10-petroteq-2018-bay-private-equity-debenture": (
        "date",
        "day-count",
        "interest-payment",
    ),
    "ex10-pura-naturals-2018-vista-note-amendment": ("maturity",),
    "ex10-renovacare-2022-kalen-capital": ("principal",),
    "ex10-rich-pharmaceuticals-2014-asher-8pct-note": (
        "holder",
        "maturity",
        "rate",
    ),
    "ex10-rocky-mountain-high-2017-lsw-6pct-note": (
        "holder",
        "interest-payment",
    ),
    "ex10-rocky-mountain-high-2019-ghs-amendment-extended-note": (
        "maturity",
        "principal",
    ),
    "ex10-smart-for-life-2023-rein-12pct-demand-note": ("date",),
    "ex10-sona-mobile-2008-kreloff-bridge-loan-note": ("holder",),
    "ex10-sylios-2017-darling-replacement-convertible-note": ("date",),
    "ex10-theaterxtreme-2008-21pct-monthly-compounded-note": ("rate",),
    "ex10-thermoenergy-2009-secured-convertible-note-quercus": ("interest-payment",),
    "ex10-trey-resources-2010-ya-global-amendment-agreement": (
        "date",
        "principal",
    ),
    "ex10-trio-resources-2012-seagel-cad-convertible-note": ("principal",),
    "ex10-trugolf-2022-ronin-demand-convertible-note-simple-10pct": ("rate",),
    "ex10-turbine-truck-engines-2009-debenture-amendment-golden-state": ("holder",),
    "ex10-two-hands-2018-side-letter-secured-note-face-vs-issue": (
        "principal",
        "purchase-price",
    ),
    "ex10-upd-holding-2021-shader-12pct-promissory-note": ("interest-payment",),
    "ex10-us-lighting-group-2019-series-convertible-note": ("interest-payment",),
    "ex10-usdrycleaning-2006-early-conversion-offer-letter": ("interest-payment",),
    "ex10-usnuclear-2025-first-amendment-conversion-rate": ("date",),
    "ex10-vape-holdings-2015-redwood-unsecured-note": ("principal",),
    "ex10-vertex-energy-2021-shell-chemical-zero-interest-note": (
        "date",
        "interest-payment",
        "rate",
    ),
    "ex10-video-display-2006-ordway-subordinated-note": ("principal",),
    "ex10-vistagen-2012-secured-convertible-note-n-pltg-3": ("date",),
    "ex10-westmountain-2011-boco-secured-convertible-note-six-month": (
        "interest-payment",
    ),
    "ex10-wi-fi-tv-2006-new-millennium-callable-secured-convertible-note": (
        "share-class",
    ),
    "ex10-wits-basin-2008-london-mining-convertible-note": ("maturity",),
    "ex10-xcelmobility-2016-note-biz-wit-simple-interest": (
        "principal",
        "rate",
    ),
    "ex10-xtant-2017-orbimed-note": ("principal",),
    "ex10-xzeres-2012-gage-purchase-order-financing-note": ("holder",),
    "ex10-zalatoris-2024-amended-restated-promissory-note": ("date",),
    "ex10-zero-nox-2023-christenson-60k-9pct-officer-promissory-note": (
        "related-party",
    ),
    "ex10-zynex-medical-2006-ascendiant-convertible-secured-note": ("date",),
    "ex102-cik789879-2011-ensurge-secured-convertible-note-st-george": ("rate",),
    "ex1027-artec-2016-director-convertible-note-40pct-discount": (
        "date",
        "day-count",
        "interest-payment",
    ),
    "ex107-activecare-2016-18pct-convertible-promissory-note-adp": (
        "interest-payment",
        "principal",
    ),
    "ex2-siebert-brandford-shank-2015-8pct-subordinated-note": ("maturity",),
    "ex20-lexaria-2011-12pct-secured-convertible-debenture": ("compounding",),
    "ex4-agrify-2024-junior-secured-convertible-note-cp-acquisitions": (
        "day-count",
        "interest-payment",
    ),
    "ex4-american-rebel-2025-streeterville-exchange-note": (
        "date",
        "issue-costs",
        "maturity",
    ),
    "ex4-cardium-2009-trc-royalty-convertible-note": ("date",),
    "ex4-cayman-2024-flying-height-note": ("maturity",),
    "ex4-drone-aviation-2017-frost-nevada-secured-convertible-note": ("holder",),
    "ex4-dynaresource-2020-convertible-note-golden-post-rail": ("interest-payment",),
    "ex4-generex-2005-omicron-promissory-note-and-agreement": (
        "conversion-price",
        "interest-payment",
    ),
    "ex4-good-earth-energy-2012-zeus-renewal-note": (
        "principal",
        "rate",
    ),
    "ex4-gopher-protocol-2017-6pct-convertible-note-guardian-patch": ("principal",),
    "ex4-greyhound-commissary-2011-8pct-senior-convertible-note": ("interest-payment",),
    "ex4-invivo-2010-form-6pct-convertible-note-act360": ("interest-payment",),
    "ex4-knobias-2005-bridges-pipes-8pct-four-month-note": ("maturity",),
    "ex4-lenco-mobile-2009-agile-oid-secured-convertible-note": ("purchase-price",),
    "ex4-liberator-2012-amendment-3pct-note-hope-capital": (
        "conversion-price",
        "maturity",
    ),
    "ex4-lingerie-fighting-championships-2015-5pct-convertible-note-form": (
        "interest-payment",
    ),
    "ex4-lithiumtechnology-2010-eur-note-stichting": ("principal",),
    "ex4-nukkleus-2024-senior-unsecured-promissory-note-oid": (
        "date",
        "maturity",
    ),
    "ex4-pressurebiosciences-2022-12pct-monthly-convertible-loan": (
        "conversion-price",
    ),
    "ex4-pyxis-tankers-2019-maritime-investors-note-amendment": (
        "date",
        "maturity",
    ),
    "ex4-telkonet-2009-ya-global-clarification-quarterly-interest": ("holder",),
    "ex4-topspin-2007-nis-series-a-bond-6pct-annual": (
        "maturity",
        "principal",
        "share-class",
    ),
    "ex4-trio-petroleum-2025-one-of-three-oid-notes": ("purchase-price",),
    "ex4-victory-oilfield-tech-2023-5pct-series-note": ("interest-payment",),
    "ex4-world-am-2006-three-quarter-percent-debenture": (
        "interest-payment",
        "maturity",
    ),
    "ex4-worldwide-specialty-chemicals-2020-eight-percent-debenture": (
        "interest-payment",
    ),
    "ex99-darkpulse-klever-2018-convertible-note-begum": (
        "conversion-lookback",
        "conversion-reference",
        "holder",
    ),
    "ex99-elite-performance-2019-eight-percent-convertible-note": (
        "date",
        "holder",
        "interest-payment",
    ),
    "ex99-poseidis-2005-cornell-amended-debenture": ("date",),
    "ex991-form4-cik1553630-2012-carpenter-10pct-note": (
        "holder",
        "principal",
    ),
    "exh-cik1493712-2018-cell-medx-jeffs-cad-loan": ("date",),
    "exhibit-avalanche-2015-gcef-tranche-note": ("purchase-price",),
    "exhibit-avalanche-2017-digital-power-loan-note": ("interest-payment",),
    "exhibit-b-twelve-2002-credifinance-debenture-5pct-act365": (
        "date",
        "rate",
    ),
    "exhibit-condor-2016-res-note-6-25pct-quarterly-30-360": ("day-count",),
    "exhibit-cuentas-2020-ghershony-note": ("interest-payment",),
    "exhibit-enviro-technologies-2022-veldman-payroll-note": ("maturity",),
    "exhibit-gb-sciences-2019-iliad-8pct-oid-note": ("issue-costs",),
    "exhibit-genoil-2006-cad-note-lifschultz": (
        "date",
        "principal",
    ),
    "exhibit-hdl-therapeutics-2008-pfizer-note-act365": ("date",),
    "exhibit-neah-power-2009-agile-oid-convertible-note": ("purchase-price",),
    "exhibit-pervasip-2011-g3-connect-convertible-note": (
        "interest-payment",
        "principal",
    ),
    "exhibit-sanomedics-2013-replacement-note-exchange": (
        "date",
        "holder",
        "principal",
    ),
    "exhibit-sun-river-2012-sierra-foxtrot-secured-convertible-note": (
        "date",
        "interest-payment",
    ),
    "exhibit-tech-laboratories-2005-amended-restated-debenture-mep2": ("principal",),
    "f1-apri-2023-director-convertible-note-simple-5pct": (
        "date",
        "maturity",
    ),
    "f1-omsenergy-2024-vielink-convertible-note": ("holder",),
    "f4-ex-jhd-2021-lycos-consolidated-note": ("principal",),
    "filing-cik1781162-siv-subsequent-note": ("holder",),
    "filing-redhawk-2021-2016-fixed-rate-convertible-notes": ("rate",),
    "form4-astra-space-2023-london-senior-secured-convertible-notes": (
        "holder",
        "related-party",
    ),
    "form4-emmaus-2016-amended-5pct-notes": ("conversion-price",),
    "form4-endra-2018-ceo-convertible-note-floor": (
        "conversion-price",
        "conversion-price-floor",
        "date",
        "holder",
        "related-party",
    ),
    "form4-eos-energy-2023-ae-convert-pik-note": (
        "conversion-price",
        "holder",
    ),
    "form4-nuburu-2023-eunomia-7pct-convertible-note": (
        "date",
        "holder",
    ),
    "form4-ontrak-2023-acuitas-senior-secured-convertible-note": ("holder",),
    "form4-opko-2023-amended-5pct-convertible-note-due-2025": (
        "conversion-price",
        "date",
        "maturity",
    ),
    "form4-provectus-2021-8pct-note-series-d1-preferred": (
        "date",
        "principal",
    ),
    "form4-sharingservices-2024-hwh-march-note": (
        "holder",
        "principal",
    ),
    "form4-theralink-2022-director-oid-debenture": (
        "holder",
        "related-party",
        "share-class",
    ),
    "form4-trident-brands-2019-fengate-average-price-note": (
        "conversion-discount",
        "holder",
        "maturity",
    ),
    "forum-unnamed-2013-laurus-amended-note-2": ("maturity",),
    "fwp-yingli-2007-zero-coupon-convertible-notes-term-sheet": (
        "principal",
        "rate",
    ),
    "hkex-evershine-2019-monthly-return-hk149m-convertible-notes-due-2020": (
        "conversion-discount",
        "conversion-lookback",
        "share-class",
    ),
    "hkex-morris-2019-hkd-convertible-loan-monthly-return": (
        "conversion-price",
        "principal",
    ),
    "hkex-return-shifang-2019-3pct-convertible-bonds": (
        "conversion-price",
        "principal",
        "share-class",
    ),
    "ihub-2014-multicell-ljci-debenture-80pct-three-lowest-vwap": ("holder",),
    "ihub-2017-power-up-58pct-avg-two-lowest": ("conversion-reference",),
    "ihub-2019-cik1494162-power-up-fixed-then-61pct": ("share-class",),
    "interim-cik1588084-2023-streeterville-floor": (
        "conversion-discount",
        "conversion-price-floor",
    ),
    "interim-cik1611746-2025-debentures-95pct-lowest-vwap-20-days": (
        "conversion-discount",
        "conversion-reference",
    ),
    "interim-cik1725332-2019-convertible-debentures-8pct-quarterly-ads-floor": (
        "conversion-price-floor",
        "share-class",
    ),
    "interim-cik1811115-2022-cvi-amortizing-bonds-ads-5-5pct": (
        "holder",
        "share-class",
    ),
    "ir-amp-clean-energy-2016-8pct-secured-convertible-loan-notes-2021": (
        "conversion-price",
        "maturity",
        "principal",
    ),
    "ir-empower-clinics-2022-proposed-10pct-secured-convertible-debenture-units": (
        "share-class",
    ),
    "ir-yellow-pages-8pct-exchangeable-debentures-due-2022": (
        "conversion-price",
        "maturity",
        "share-class",
    ),
    "ir-zargon-2012-8pct-convertible-unsecured-subordinated-debentures": (
        "conversion-price",
        "interest-payment",
        "maturity",
        "rate",
        "share-class",
    ),
    "news-abtech-2014-secured-notes-convertible-tranche": (
        "maturity",
        "principal",
    ),
    "news-avalon-sibelco-2024-c6-5m-amended-restated-secured-convertible-debenture": (
        "holder",
        "principal",
        "rate",
    ),
    "news-bioexx-2012-12pct-convertible-debentures-into-units-insider-participation": (
        "conversion-price",
        "share-class",
    ),
    "news-bioxel-2007-3-659m-15pct-convertible-unsecured-debentures-due-2014": (
        "conversion-price",
        "date",
        "principal",
    ),
    "news-blue-star-foods-2024-138k-convertible-note": ("principal",),
    "news-caitong-2025-rmb-convertible-bond-interest-notice": (
        "conversion-price",
        "interest-payment",
    ),
    "news-capstone-therapeutics-2015-bvf-note": (
        "conversion-lookback",
        "conversion-price-floor",
        "conversion-reference",
    ),
    "news-ch-biotech-2024-guoyuan-usd6m-convertible-bonds-subscription": (
        "conversion-price",
        "holder",
    ),
    "news-chapeau-2006-12pct-convertible-note-smith-foundation": (
        "conversion-price",
        "holder",
    ),
    "news-cielo-2024-tranche2-12pct-30-360-convertible-debenture-units": ("principal",),
    "news-cls-holdings-2018-8pct-debentures-into-units": ("share-class",),
    "news-colibri-2018-ontop-c1m-2-5pct-convertible-debenture-consideration": (
        "conversion-price",
    ),
    "news-conceptus-2011-5pct-convertible-senior-notes-due-2031-exchange": (
        "principal",
        "rate",
    ),
    "news-converted-organics-2009-oid-note": (
        "conversion-discount",
        "conversion-lookback",
    ),
    "news-diamond-fields-2014-firebird-151k-8pct-replacement-debenture": (
        "conversion-price",
        "holder",
        "principal",
        "related-party",
        "share-class",
    ),
    "news-dongkook-2019-krw-round7-private-cb": ("principal",),
    "news-eguana-2019-second-tranche-1-215m-convertible-debenture-units-insiders": (
        "principal",
    ),
    "news-energy-quest-2008-cfo-zero-coupon-debenture": (
        "conversion-price",
        "holder",
        "principal",
    ),
    "news-ensysce-2021-senior-secured-convertible-notes-initial-funding": (
        "date",
        "maturity",
    ),
    "news-environmental-power-2009-xergi-14pct-convertible-notes": (
        "conversion-price",
        "holder",
    ),
    "news-exact-sciences-2023-2pct-convertible-notes-due-2030-exchange": ("rate",),
    "news-flasr-2016-auctus-note": (
        "holder",
        "principal",
    ),
    "news-globe-metals-mining-aud300k-convertible-note": (
        "holder",
        "principal",
    ),
    "news-grenville-2014-cad-8pct-debentures": ("date",),
    "news-high-wire-2023-18pct-senior-secured-notes-18-months": (
        "date",
        "maturity",
        "principal",
    ),
    "news-indiacements-2006-usd-fccb-inr-conversion": ("principal",),
    "news-iridex-thefly-lind-initial-senior-convertible-note": ("principal",),
    "news-islet-sciences-2015-typenex-oid-note": ("issue-costs",),
    "news-leo-motors-2016-10pct-convertible-debentures": (
        "principal",
        "purchase-price",
    ),
    "news-lexaria-2016-10pct-convertible-debentures-tranche": (
        "conversion-lookback",
        "date",
    ),
    "news-mercurius-2019-sgd-1m-convertible-loan": ("issue-costs",),
    "news-metalstech-2020-aud-fixed-price-convertible-notes": (
        "holder",
        "interest-payment",
    ),
    "news-metanor-2015-debenture-maturity-extension": ("date",),
    "news-mj-harvest-2022-smc-12pct-oid-secured-convertible-note": ("purchase-price",),
    "news-mynaric-2020-eur-convertible-bond": ("principal",),
    "news-neurocrine-2017-225pct-notes-due-2024": (
        "conversion-price",
        "principal",
    ),
    "news-nordic-oil-gas-2011-series-b-10pct-debentures-second-tranche": (
        "date",
        "principal",
    ),
    "news-notis-global-2016-5pct-convertible-note-variable-price": ("principal",),
    "news-obseva-2021-jgb-senior-secured-convertible-notes": (
        "date",
        "maturity",
        "purchase-price",
    ),
    "news-premier-african-minerals-2024-regent-mercantile-cln": ("holder",),
    "news-royal-caribbean-2020-2875pct-prospect-news-table": ("rate",),
    "news-sernova-sangha-15pct-debenture": (
        "holder",
        "related-party",
    ),
    "news-singapore-airlines-2020-s850m-1625pct-convertible-bonds": (
        "conversion-price",
        "principal",
    ),
    "news-siyata-mobile-2021-lind-convertible-note": (
        "principal",
        "purchase-price",
        "rate",
    ),
    "news-smg-2019-sgd-convertible-loan-cha-healthcare": ("issue-costs",),
    "news-sproutly-2020-infusion-related-party-debenture": (
        "conversion-price",
        "holder",
        "principal",
        "related-party",
        "share-class",
    ),
    "news-surna-2016-note-conversion-amendments": ("rate",),
    "news-tianyun-2018-hkd-guotai-junan-notes": ("principal",),
    "news-tidewater-midstream-2024-c100m-8pct-debentures-completed": (
        "conversion-price",
        "maturity",
        "principal",
        "rate",
    ),
    "news-timbercreek-financial-2021-c45m-525pct-debentures-term-sheet": ("rate",),
    "news-tinley-beverage-2022-blaze-life-12pct-convertible-grid-note": (
        "conversion-price",
        "holder",
        "share-class",
    ),
    "news-trenchant-capital-2019-8pct-series-b-secured-debentures": (
        "maturity",
        "rate",
    ),
    "news-twitter-2021-zero-coupon-convertible-senior-notes-due-2026": (
        "principal",
        "rate",
    ),
    "news-ucore-2024-c480k-7-5pct-convertible-debentures-second-closing": (
        "share-class",
    ),
    "news-ventripoint-2024-c941k-10pct-unsecured-convertible-debentures": (
        "conversion-price",
        "principal",
    ),
    "news-webuy-global-2024-lind-zero-coupon-senior-secured-note": (
        "conversion-price-floor",
    ),
    "news-wildflower-marijuana-8-5pct-convertible-debentures-into-units": (
        "conversion-price",
        "share-class",
    ),
    "note-cik1318641-2004-fixed-conversion-note-exhibit": ("principal",),
    "note-poverty-dignified-2019-10pct-convertible-note-ema": ("principal",),
    "periodic-cik1619558-2016-asher-2010-note-three-lowest": ("issue-costs",),
    "pr-decimal-software-2015-albion-convertible-notes": (
        "date",
        "principal",
    ),
    "pr-decision-diagnostics-2019-alpha-term-note-extension": (
        "holder",
        "maturity",
        "principal",
    ),
    "pr-esports-entertainment-2024-secured-pik-note": (
        "compounding",
        "date",
    ),
    "pr-golden-leaf-2016-cad-debentures-second-tranche": ("principal",),
    "pr-hive-blockchain-2020-us-global-debenture": (
        "interest-payment",
        "principal",
    ),
    "pr-microbix-2021-9pct-debenture-early-repayment": (
        "principal",
        "rate",
    ),
    "pr-mkango-2023-cotec-gbp-convertible-loan": ("holder",),
    "pr-neptune-wellness-2023-16-5pct-senior-secured-notes": ("interest-payment",),
    "pr-nevada-copper-2020-pala-convertible-loan-syndication": (
        "holder",
        "interest-payment",
        "principal",
    ),
    "pr-nextleaf-senior-secured-note-amendment": (
        "conversion-price",
        "date",
    ),
    "pr-northern-dynasty-2023-kopernik-notes": ("holder",),
    "pr-nouveau-monde-graphite-2022-mitsui-convertible-note": ("holder",),
    "pr-nuran-2022-march-debenture-restructuring": ("maturity",),
    "pr-organto-2023-2020-series-debentures": (
        "conversion-price",
        "interest-payment",
        "principal",
    ),
    "pr-osisko-gold-royalties-2017-c300m-4pct-convertible-debentures": ("principal",),
    "pr-pacira-2020-075pct-notes-due-2025": (
        "principal",
        "rate",
    ),
    "pr-performance-shipping-2022-mango-related-party-facility": ("holder",),
    "pr-pinduoduo-2020-notes-due-2025": ("rate",),
    "pr-plutus-resources-2013-gbp-convertible-loan-notes": (
        "date",
        "maturity",
        "par-value",
        "principal",
    ),
    "pr-pond-2021-georgian-villas-restated-note": (
        "principal",
        "rate",
    ),
    "pr-pond-2023-12pct-debentures-upsized": ("principal",),
    "pr-prophecy-defi-2024-debenture-amendment-table": (
        "conversion-price",
        "date",
        "maturity",
        "rate",
    ),
    "pr-pyrogenesis-2018-secured-debentures": ("principal",),
    "pr-pyrogenesis-2023-ceo-debenture-units": ("principal",),
    "pr-rogers-sugar-2025-c100m-6pct-eighth-series-debentures-closing": ("date",),
    "pr-scorpio-gold-2022-convertible-loans-ianco-matco": ("rate",),
    "pr-spectra7-2022-14pct-debentures-second-tranche": ("purchase-price",),
    "pr-spectra7-2023-9pct-debenture-units": ("principal",),
    "pr-spirit-airlines-2021-1pct-notes-due-2026": ("principal",),
    "pr-sunpower-2013-075pct-senior-convertible-debentures-due-2018": ("principal",),
    "pr-sunrun-2024-4pct-notes-due-2030": (
        "conversion-price",
        "rate",
    ),
    "pr-suntech-2008-3pct-convertible-senior-notes-due-2013": ("interest-payment",),
    "pr-surge-energy-2023-42m-850pct-convertible-debentures": (
        "maturity",
        "rate",
        "share-class",
    ),
    "pr-tetra-bio-pharma-2022-abo-first-tranche-zero-coupon-debentures": (
        "holder",
        "principal",
    ),
    "pr-vishay-2023-225pct-convertible-senior-notes-due-2030-closing": (
        "interest-payment",
    ),
    "pr-vuzix-2010-lc-capital-convertible-term-loan": (
        "date",
        "maturity",
    ),
    "pr-xpresspa-2019-calm-unsecured-convertible-note": (
        "conversion-price",
        "maturity",
        "share-class",
    ),
    "pr-yandex-2013-1125pct-convertible-senior-notes-due-2018": ("share-class",),
    "pre14a-krbp-2023-june-2023-senior-secured-note": ("principal",),
    "pre14a-statera-2022-silverback-first-ar-note": (
        "date",
        "principal",
    ),
    "proxy-cik1787740-2022-ceo-convertible-note": ("principal",),
    "proxy-def14a-2022-borkowski-director-9pct-senior-convertible-note": (
        "date",
        "holder",
    ),
    "proxy-ispecimen-def14a-related-party-convertible-notes": ("principal",),
    "q-cik825171-2015-directors-debentures-250000-12pct-quarterly": ("related-party",),
    "quoted-forza-innovations-2022-mast-hill-12pct-note": ("interest-payment",),
    "quoted-sigma-labs-2016-secured-convertible-notes-oid": ("purchase-price",),
    "rns-diaceutics-2022-gbp-cln-conversion": (
        "conversion-price",
        "par-value",
    ),
    "rns-malvern-international-2017-ksp-loan-into-cln-5p": (
        "holder",
        "principal",
    ),
    "rns-rare-earth-minerals-2017-usd15m-convertible-loan-conversion": (
        "conversion-price",
        "principal",
    ),
    "rns-remote-monitored-systems-2019-director-cln-6pct": (
        "conversion-price",
        "maturity",
        "par-value",
        "principal",
    ),
    "rns-uk-oil-gas-2019-gbp5-5m-zero-interest-convertible-loan": ("share-class",),
    "s1-exhibit-restore-medical-2002-venturi-note-12pct-act360": ("date",),
    "s1-wavedancer-2022-origa-debenture-amended-price": (
        "conversion-price",
        "maturity",
    ),
    "s4-wize-pharma-2016-ex10-21-nis-convertible-loan-rimon-gold": (
        "holder",
        "principal",
    ),
    "sc13d-ex10-usdrycleaning-2010-taylor-trust-secured-note": ("holder",),
    "sc13d-exhibit-lexinfintech-2019-pag-convertible-senior-note": ("date",),
    "sc13da-greenbrook-2023-subordinated-convertible-notes": (
        "conversion-lookback",
        "conversion-reference",
    ),
    "sec-cik1847345-2024-visiox-srirama-secured-note": ("date",),
    "set-grande-asset-2022-thb-debenture-no7": (
        "date",
        "holder",
        "principal",
    ),
    "tsxv-acasti-2017-cad-debentures-3pct-discount": ("issue-costs",),
    "tsxv-bulletin-dan-2024-convertible-debenture-cad": ("conversion-price-floor",),
    "tsxv-bulletin-fpc-2025-replacement-secured-debenture-cad": (
        "conversion-price",
        "maturity",
        "principal",
        "rate",
    ),
    "tsxv-bulletin-love-2025-replacement-debenture-cad": (
        "maturity",
        "rate",
    ),
    "tsxv-bulletin-silverbulletmines-2024-oct-debentures": ("share-class",),
    "tsxv-bulletin-silverbulletmines-2024-stepped-conversion-debentures": (
        "share-class",
    ),
    "uk-accounts-co12330846-2024-gbp-zero-interest-cln": (
        "principal",
        "rate",
    ),
    "xbrl-arch-therapeutics-2015-8pct-notes": ("principal",),
    "xbrl-cik1128790-2011-ceo-company-debenture-stepped-price": ("conversion-price",),
    "xbrl-cik1452274-2012-may-2011-note-three-lowest": ("date",),
    "xbrl-cik1464165-2018-cad-debenture": ("maturity",),
    "xbrl-cik1516805-2015-moxian-bayi-note": (
        "conversion-lookback",
        "conversion-reference",
        "holder",
    ),
    "xbrl-cik1625288-2020-ceo-financing-arrangement": (
        "conversion-lookback",
        "conversion-reference",
    ),
    "xbrl-cik1715611-2018-australis-cad-debenture": ("date",),
    "xbrl-enthusiast-2018-9pct-convertible-debenture-units-due-2021": (
        "conversion-price",
        "date",
        "principal",
        "share-class",
    ),
    "xbrl-minerco-2011-asher-8pct-note-31pct-market": (
        "conversion-discount",
        "conversion-lookback",
        "date",
        "maturity",
        "principal",
        "rate",
    ),
}


def verdict_cases() -> list[tuple[str, str]]:
    return [
        (name, key)
        for name, _text, truth in PASSAGES
        for key in sorted(truth_of(truth))
    ]


@pytest.mark.parametrize(("name", "key"), verdict_cases())
def test_each_stated_term_is_read_right(name: str, key: str) -> None:
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    score = score_passage(text, truth_of(REAL / f"{name}.truth.json"), name)
    verdict = score.verdicts[key]
    assert verdict != "wrong", (key, score.got[key], score.expected[key])
    if key in KNOWN_MISSING.get(name, ()):
        pytest.xfail(f"not read yet: {key} {score.expected[key]!r}")
    assert verdict == "right", (key, score.got[key], score.expected[key])


#: Values the reader gives today that the truth does not hold: defects to
#: fix, not accepted behaviour (each is a strict xfail, so a fix turns the
#: test red until the entry goes). Two of them are defensible readings (a
#: principal stated in thousands elsewhere; a maturity the note's body
#: defines while its title gives another year).
KNOWN_INVENTED: dict[str, tuple[str, ...]] = {
    "10k-advanced-magnetic-lab-2022-10pct-note-monthly-compounding": (
        "holder",
        "interest-payment",
    ),
    "10k-atheronova-2013-2010-senior-secured-convertible-notes": ("holder",),
    "10k-cik1108630-2022-live-current-feb-march-notes-table": ("related-party",),
    "10k-cik1320767-2014-accounts-payable-notes": ("date",),
    "10k-cik1417663-2017-10pct-notes-several-closings": ("principal",),
    "10k-cik1432196-2011-relief-canyon-senior-secured-notes-9pct": ("purchase-price",),
    "10k-cik1568385-2020-bright-mountain-chairman-note": ("maturity",),
    "10k-cik1591913-2024-ipsi-march-note-proceeds-only": (
        "conversion-discount",
        "conversion-lookback",
        "conversion-reference",
    ),
    "10k-cik1605024-2016-insight-founder-loans-eur": (
        "date",
        "rate",
    ),
    "10k-cik946644-2019-hemispherx-iliad-note-amendment": ("share-class",),
    "10k-digipath-2020-9pct-secured-note-related-holder": ("purchase-price",),
    "10k-driveitaway-2021-knightsgate-8pct-cap-price-note": ("principal",),
    "10k-fluxpower-2020-esenjay-related-party-note": ("conversion-price",),
    "10k-immune-pharmaceuticals-2017-ema-6pct-75pct-lowest": ("date",),
    "10k-inuvo-2018-conversionpoint-note": ("interest-payment",),
    "10k-respirerx-2020-ema-fixed-rate-note": ("issue-costs",),
    "10k-zapata-computing-2023-legacy-senior-notes": ("related-party",),
    "10q-alternus-2020-12pct-note-semiannual-020": (
        "conversion-discount",
        "conversion-lookback",
        "conversion-reference",
        "maturity",
        "share-class",
    ),
    "10q-aqua-metals-2016-interstate-11pct-note": ("holder",),
    "10q-artelo-2025-voluntary-conversion-default-20pct": ("date",),
    "10q-bantec-2024-tca-senior-secured-convertible-note": ("related-party",),
    "10q-biocorrx-2017-bicx-senior-secured-convertible-note": ("purchase-price",),
    "10q-btcs-2020-2019-promissory-note-floor": ("conversion-price",),
    "10q-cik1010134-2014-shareholder-entity-revolving-libor": ("conversion-price",),
    "10q-cik1079786-2011-8pct-notes-units": ("interest-payment",),
    "10q-cik1100644-2014-subsequent-53000-notes": ("conversion-price",),
    "10q-cik1142790-2011-ceo-note-lesser-of-vwap": ("interest-payment",),
    "10q-cik1162896-2012-august-2011-14pct-notes": (
        "date",
        "maturity",
    ),
    "10q-cik1302946-2019-two-rivers-oid-variable-note": (
        "holder",
        "related-party",
    ),
    "10q-cik1324759-2012-magna-exchange-notes": ("principal",),
    "10q-cik1350073-2020-iconic-brands-5pct-oid-exchangeable-notes": ("holder",),
    "10q-cik1380856-2011-march-2006-7pct-debentures": ("principal",),
    "10q-cik1386026-2018-related-party-note-0003": ("interest-payment",),
    "10q-cik1397795-2011-zzp-offering-notes": (
        "conversion-price",
        "principal",
    ),
    "10q-cik1424718-2012-deferred-compensation-master-convertible-note": ("maturity",),
    "10q-cik1434110-2011-lender-convertible-note": ("maturity",),
    "10q-cik1442620-2022-class-a-ordinary-convertible-notes-0p71": (
        "date",
        "maturity",
    ),
    "10q-cik1451598-2011-5pct-simple-interest-notes": ("conversion-price",),
    "10q-cik1488419-2015-trw-notes-30-360-monthly-rate": ("principal",),
    "10q-cik1512922-2019-quarterly-fixed-065": (
        "compounding",
        "day-count",
    ),
    "10q-cik1563463-2019-shareholder-secured-note-8-5pct-monthly": ("share-class",),
    "10q-cik1565700-2014-principal-shareholder-note": ("rate",),
    "10q-cik1574676-2017-power-up-note": ("purchase-price",),
    "10q-cik1624512-2017-boxlight-marlborough-note": ("compounding",),
    "10q-cik1652539-2019-january-notes": (
        "date",
        "principal",
    ),
    "10q-cik1697935-2020-dec-2017-two-lowest-note": ("conversion-reference",),
    "10q-cik1757499-2023-alto-opportunity-convertible-note": (
        "conversion-discount",
        "conversion-reference",
    ),
    "10q-cik1800637-2024-green-thumb-secured-convertible-note": ("conversion-price",),
    "10q-cik1811999-2021-defaulted-45k-note": (
        "conversion-price",
        "share-class",
    ),
    "10q-cik1870144-2023-yorkville-debenture-two-lowest-vwap": (
        "conversion-price-floor",
        "conversion-reference",
    ),
    "10q-cik1892480-2023-veritas-acquisition-note": ("related-party",),
    "10q-cik1894954-2022-shareholder-note-modified": ("share-class",),
    "10q-cik1960262-2024-oid-note-default-conversion": ("rate",),
    "10q-cik832489-2020-oid-secured-debentures": ("share-class",),
    "10q-cik847416-2011-assumed-secured-debentures": ("interest-payment",),
    "10q-cik894871-2018-l2-capital-oid-tranches": ("date",),
    "10q-cik944075-2012-officers-directors-notes": ("principal",),
    "10q-conatus-2018-novartis-note-6pct-120pct-20day-avg": ("interest-payment",),
    "10q-coretec-2012-golden-state-debenture": ("maturity",),
    "10q-dolphin-entertainment-2020-subsequent-event-note": (
        "holder",
        "related-party",
    ),
    "10q-foxo-2022-15pct-senior-pik-notes-quarterly-compounding": ("issue-costs",),
    "10q-greater-cannabis-2024-firstfire-6pct-note-two-tranches": ("conversion-price",),
    "10q-greenbox-2020-vista-oid-note-default-conversion": (
        "interest-payment",
        "rate",
    ),
    "10q-iqstel-2024-m2b-funding-secured-notes": (
        "conversion-discount",
        "conversion-lookback",
        "conversion-reference",
    ),
    "10q-labor-smart-2014-gemini-oid-note-receivable": ("conversion-reference",),
    "10q-manhattan-scientifics-2013-senior-scientific-8pct-notes": (
        "interest-payment",
        "principal",
    ),
    "10q-mobivity-2021-talkot-up-notes-15pct": (
        "related-party",
        "share-class",
    ),
    "10q-processa-2020-senior-8pct-notes": ("conversion-price",),
    "10q-tautachrome-2015-related-party-no-interest-convertible-demand-loan": (
        "maturity",
        "principal",
    ),
    "10q-uihlein-2022-april-note-related-party-5usd": ("date",),
    "10q-umami-2011-aurora-shareholder-notes-monthly-interest": (
        "maturity",
        "rate",
    ),
    "10q-upexi-2025-ceo-marshall-1-5m-promissory-note-pik": (
        "date",
        "maturity",
    ),
    "10q-vistagen-2012-subsequent-event-exchange-note": ("purchase-price",),
    "10q-xsunx-2014-amended-exchange-note-60pct-lowest-vwap": ("date",),
    "1a-pf-management-2019-davos-note": ("compounding",),
    "20f-arbe-2024-nis-convertible-bonds-escrow": ("issue-costs",),
    "20f-cik1111759-2017-ntd-zero-coupon-overseas-bonds": ("share-class",),
    "20f-cik1692705-2019-convertible-senior-notes-1pct-ads": ("principal",),
    "20f-cik1733298-2019-alibaba-convertible-loan": ("date",),
    "20f-cik1804469-2022-streeterville-note": ("interest-payment",),
    "20f-cik1819074-2020-usd-note-cad-issuer": ("share-class",),
    "20f-polymet-2019-glencore-2020-unsecured-debenture-first-tranche": (
        "compounding",
    ),
    "20f-psyence-2024-first-tranche-senior-secured-convertible-notes": ("holder",),
    "20f-ryde-2024-sgd-convertible-loan-s281": ("maturity",),
    "20f-smx-2024-lee-pinkerton-convertible-note": ("principal",),
    "20f-tuanche-2018-rmb30m-zero-interest-puhua-convertible-loan": ("date",),
    "20f-utstarcom-2012-ex4-56-hk-convertible-bond": ("interest-payment",),
    "20f-vipshop-2017-convertible-senior-notes-thousands": ("principal",),
    "20f-xbrlsite-2017-director-convertible-note-680000": ("conversion-price",),
    "424b5-zillow-2018-preliminary-convertible-senior-notes-due-2023": ("date",),
    "424b5-zion-oil-2016-12pct-convertible-senior-bonds-due-2028": ("holder",),
    "6k-cik1448397-2023-jdh-revolving-note": ("principal",),
    "6k-endeavour-silver-2009-cad-10pct-debenture-term-sheet": ("share-class",),
    "6k-newlead-2013-first-closing-12pct-debenture": ("par-value",),
    "6k-nvni-2024-heru-convertible-note-purchase-agreement": ("holder",),
    "8k-advaxis-2013-jmj-financial-oid-note": ("issue-costs",),
    "8k-appyea-2022-1800-diagonal-8pct-note": ("date",),
    "8k-boomerang-systems-2012-6pct-convertible-notes-due-2017": ("par-value",),
    "8k-cik894081-2023-convertible-senior-notes-rate": ("conversion-price",),
    "8k-commonwealth-biotech-2009-fornova-note-extension": ("maturity",),
    "8k-cord-blood-america-2011-st-george-secured-convertible-note": (
        "purchase-price",
    ),
    "8k-enercore-2016-convertible-senior-notes-oid": (
        "par-value",
        "share-class",
    ),
    "8k-ex10-telvue-2012-debt-conversion-lenfest": (
        "principal",
        "rate",
    ),
    "8k-fluoropharma-2017-12pct-senior-secured-notes-initial-closing": ("principal",),
    "8k-foothills-exploration-2019-gw-holdings-note": ("issue-costs",),
    "8k-goldenpatriot-2008-callable-secured-convertible-notes": ("holder",),
    "8k-healthy-extracts-2022-bishop-installment-note": ("interest-payment",),
    "8k-indoor-harvest-2017-commitment-note-tangiers-equity-line": ("par-value",),
    "8k-integrated-ventures-2017-arcadia-term-sheet": ("holder",),
    "8k-jammin-java-2016-jsj-note-side-letter-third-lowest": ("conversion-reference",),
    "8k-massroots-2019-oid-notes-fixed-price-default-formula": (
        "conversion-discount",
        "conversion-lookback",
    ),
    "8k-medicine-man-technologies-2020-dye-capital-note": (
        "par-value",
        "purchase-price",
    ),
    "8k-medite-2018-12pct-secured-notes-interest-in-stock": ("holder",),
    "8k-mullen-automotive-2022-esousa-amended-restated-note": ("date",),
    "8k-nanthealth-2021-450pct-convertible-notes-due-2026": ("holder",),
    "8k-nocera-2025-initial-senior-secured-convertible-note": ("conversion-price",),
    "8k-petroshare-2017-10pct-unit-notes-final-closing": ("date",),
    "8k-positiveid-2017-ghs-secured-convertible-note": ("date",),
    "8k-progreen-2018-tangiers-105000-fixed-convertible-note": ("share-class",),
    "8k-royale-energy-2016-convertible-notes-two-investors": ("purchase-price",),
    "8k-shmp-2017-ema-closing-date-par-value": (
        "date",
        "principal",
    ),
    "8k-tetridyn-2011-hempstead-25000-note": ("rate",),
    "8k-tpt-global-tech-2021-firstfire-note-two-lowest-15-day": (
        "conversion-reference",
        "date",
        "maturity",
    ),
    "8k-unity-wireless-2006-secured-convertible-notes": ("date",),
    "8k-vapor-group-2014-magna-side-letter-new-8pct-note": (
        "conversion-discount",
        "conversion-lookback",
        "conversion-reference",
    ),
    "8k-youngevity-2014-five-year-senior-secured-notes": ("maturity",),
    "8k-youngevity-2017-final-tranche-three-year-notes": ("maturity",),
    "annual-cik1527762-2023-purchaser-noncompounding": ("interest-payment",),
    "annual-cik1743344-2020-ceo-trust-secured-convertible-loan-12pct": (
        "conversion-price",
    ),
    "annual-cik1757143-2020-adv-usd-note-rmb-settlement": ("share-class",),
    "annual-cik1847806-2023-genius-group-senior-secured-note-blank-price": (
        "interest-payment",
        "maturity",
    ),
    "annual-cik1957489-2024-class-b-notes": ("conversion-price",),
    "annual-fr8app-2020-bridge-notes-5pct": ("maturity",),
    "ex-ewellness-2017-fixed-convertible-note-308k": ("rate",),
    "ex10-3d-printing-dev-2025-eb5-us24m-1pct-promissory-note": ("principal",),
    "ex10-boomer-naturals-2019-ziemann-monthly-rate-note": ("date",),
    "ex10-cik1022518-2005-debenture-20pct-discount": ("share-class",),
    "ex10-cik827099-2011-25k-loan-note-fmv-conversion": ("rate",),
    "ex10-endexx-2022-hyla-self-financing-note": ("principal",),
    "ex10-green-irons-2009-senior-secured-note": ("par-value",),
    "ex10-helixwind-2010-st-george-secured-note": (
        "compounding",
        "maturity",
    ),
    "ex10-insuretek-2024-denali-convertible-note-step-rate": (
        "principal",
        "rate",
    ),
    "ex10-laredo-oil-2022-cali-fields-15pct-secured-note": ("interest-payment",),
    "ex10-navidea-2023-secured-convertible-note-scott": ("interest-payment",),
    "ex10-omega-brands-2015-continental-ingredients-note": ("maturity",),
    "ex10-omni-bio-2014-bohemian-second-amended-secured-note": ("principal",),
    "ex10-sobr-safe-2021-form-12pct-secured-convertible-debenture": (
        "interest-payment",
    ),
    "ex10-thermoenergy-2009-secured-convertible-note-quercus": ("par-value",),
    "ex10-titan-energy-worldwide-2010-300k-note": ("par-value",),
    "ex10-trxade-2015-westminster-royalty-convertible-note": ("holder",),
    "ex10-viking-energy-2023-note-fk-venture": ("interest-payment",),
    "ex103-zenosense-2016-convertible-subordinated-note-form": (
        "maturity",
        "rate",
    ),
    "ex2-siebert-brandford-shank-2015-8pct-subordinated-note": ("interest-payment",),
    "ex4-gopher-protocol-2017-6pct-convertible-note-guardian-patch": ("date",),
    "ex4-max-cash-media-2009-paramount-note": ("interest-payment",),
    "ex4-progressive-care-2013-tca-replacement-promissory-note": ("date",),
    "ex4-pulse-network-2015-amended-restated-debenture": (
        "date",
        "day-count",
    ),
    "ex4-worldwide-specialty-chemicals-2020-eight-percent-debenture": (
        "related-party",
        "share-class",
    ),
    "ex99-mace-2011-merlin-6pct-debenture": ("share-class",),
    "exhibit-avalanche-2015-gcef-tranche-note": ("maturity",),
    "exhibit-dalrada-2006-alpha-capital-convertible-note": ("interest-payment",),
    "exhibit-sanomedics-2013-replacement-note-exchange": ("rate",),
    "exhibit-sinotop-2010-china-broadband-convertible-note": ("compounding",),
    "f3-aslan-2019-bukwang-convertible-loan-facility-90pct-vwap": (
        "conversion-reference",
    ),
    "filing-redhawk-2021-2016-fixed-rate-convertible-notes": ("date",),
    "form4-cpmv-2021-convertible-note-footnotes": ("share-class",),
    "form4-ontrak-2023-acuitas-senior-secured-convertible-note": ("related-party",),
    "news-biosyntech-2009-c1-4m-12pct-subordinated-secured-convertible-debentures": (
        "principal",
    ),
    "news-bioxel-2007-3-659m-15pct-convertible-unsecured-debentures-due-2014": (
        "conversion-discount",
    ),
    "news-eguana-2019-second-tranche-1-215m-convertible-debenture-units-insiders": (
        "holder",
        "share-class",
    ),
    "news-emerald-medical-2016-firstfire-secured-notes": (
        "conversion-lookback",
        "conversion-reference",
    ),
    "news-islet-sciences-2015-typenex-oid-note": ("conversion-price-floor",),
    "news-lexaria-2016-10pct-convertible-debentures-tranche": ("conversion-price",),
    "news-lotus-pharmaceuticals-2007-14pct-secured-convertible-notes": (
        "conversion-discount",
    ),
    "news-medicor-2006-libor-senior-secured-convertible-notes": ("holder",),
    "news-north-bay-resources-2015-zaco-5pct-note": ("purchase-price",),
    "news-premier-african-minerals-2024-regent-mercantile-cln": (
        "conversion-reference",
    ),
    "news-spirit-airlines-2020-475pct-prospect-news-table": ("share-class",),
    "news-tianyun-2018-hkd-guotai-junan-notes": ("conversion-reference",),
    "news-ucore-2024-c480k-7-5pct-convertible-debentures-second-closing": (
        "purchase-price",
    ),
    "pr-nouveau-monde-graphite-2022-mitsui-convertible-note": ("share-class",),
    "pr-performance-shipping-2022-mango-related-party-facility": ("share-class",),
    "pr-pinduoduo-2020-notes-due-2025": ("par-value",),
    "pr-prophecy-defi-2024-debenture-amendment-table": ("share-class",),
    "pr-scorpio-gold-2022-convertible-loans-ianco-matco": (
        "issue-costs",
        "principal",
    ),
    "pr-sunpower-2013-075pct-senior-convertible-debentures-due-2018": (
        "conversion-price",
    ),
    "pr-suntech-2008-3pct-convertible-senior-notes-due-2013": ("conversion-price",),
    "pr-tilray-2018-5pct-convertible-senior-notes-closing": ("principal",),
    "pr-vishay-2023-225pct-convertible-senior-notes-due-2030-closing": (
        "conversion-price",
    ),
    "pr-yandex-2013-1125pct-convertible-senior-notes-due-2018": ("conversion-price",),
    "proxy-seelos-2024-lind-global-2021-convertible-note": ("purchase-price",),
    "sc13d-ex10-usdrycleaning-2010-taylor-trust-secured-note": ("interest-payment",),
    "sc13da-greenbrook-2023-subordinated-convertible-notes": ("conversion-price",),
    "sec-cik1508262-2013-oid-note-subsequent-event": ("issue-costs",),
    "tsxv-bulletin-silverbulletmines-2024-oct-debentures": ("conversion-price",),
    "xbrl-cik1516805-2015-moxian-bayi-note": (
        "date",
        "maturity",
    ),
    "xbrl-cik1715611-2018-australis-cad-debenture": ("holder",),
}


@pytest.mark.parametrize("name", [name for name, _, _ in PASSAGES])
def test_nothing_is_invented(name: str) -> None:
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    score = score_passage(text, truth_of(REAL / f"{name}.truth.json"), name)
    invented = {k: score.got[k] for k, v in score.verdicts.items() if v == "invented"}
    if name in KNOWN_INVENTED:
        assert set(invented) == set(KNOWN_INVENTED[name]), invented
        pytest.xfail(f"gives {sorted(invented)} the truth does not hold")
    assert invented == {}


def test_the_known_misses_are_still_misses() -> None:
    # A miss that is now read must leave the list (so the list never hides
    # a regression behind an outdated entry).
    scores = {score.name: score for score in score_folder()}
    stale = {
        (name, key)
        for name, keys in KNOWN_MISSING.items()
        for key in keys
        if scores[name].verdicts.get(key) != "missing"
    }
    assert stale == set()


def test_the_corpus_is_real_and_varied() -> None:
    assert len(PASSAGES) >= 25
    for name, text, truth in PASSAGES:
        record = json.loads(truth.read_text(encoding="utf-8"))
        assert record["source"].startswith(("https://", "http://")), name
        assert text.read_text(encoding="utf-8").strip(), name
        assert record["terms"], name
    currencies = {
        truth_of(truth)["principal"].split()[1]
        for _, _, truth in PASSAGES
        if "principal" in truth_of(truth)
    }
    assert {"USD", "CAD", "CNY"} <= currencies
    keys = {key for _, _, truth in PASSAGES for key in truth_of(truth)}
    assert {
        "purchase-price", "issue-costs", "interest-payment", "conversion-discount",
        "conversion-lookback", "conversion-reference", "conversion-price-floor",
    } <= keys  # fmt: skip


def test_the_scoring_command_prints_the_table() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tests.filings_score"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    # exit 1: the known inventions above
    assert run.returncode == 1, run.stdout + run.stderr
    header, *_ = run.stdout.splitlines()
    assert header.split() == ["key", "right", "wrong", "missing", "invented"]
    summary = next(line for line in run.stdout.splitlines() if "stated terms" in line)
    assert ", 0 wrong, " in summary, summary


@pytest.mark.parametrize(
    ("key", "read", "truth", "same"),
    [
        ("principal", "3000000.00 USD", "3000000 USD", True),
        ("principal", "3000000.00 USD", "3000000.00 CAD", False),
        ("holder", '"3BRT Investments, LP"', "3BRT Investments, LP.", True),
        ("holder", '"Lenfest"', "H.F. LENFEST", False),
        ("share-class", '"ADSs"', "American Depositary Shares", True),
        ("share-class", '"Common"', "restricted common stock", True),
        ("share-class", '"Ordinary"', "ordinary shares of common stock", False),
    ],
)
def test_the_scorer_compares_values_as_a_person_reads_them(
    key: str, read: str, truth: str, same: bool
) -> None:
    assert (canonical(key, read) == canonical(key, truth)) is same
