"""Realistic synthetic data folders, for benchmarks and tests: same seed, same bytes.

    python -m bench.synthetic hessen /tmp/hessen-daten [--seed 1]

A generated folder has exactly the layout of `data/` (schema line on top of every file,
`schemas/` for the editor, site.yml, orte.yml and one file per record) and passes
`lotsenportal validate`. Sizes:

    htk      a copy of the shipped data/ folder (the real Hochtaunuskreis)
    mini     2 Kreise, a handful of records (for fast tests)
    5kreise  5 Kreise, ~30 projects, ~150 contacts, 80 towns
    hessen   26 Kreise, 150 projects, 750 published contacts, 420 towns (a whole Land)

The schema knows one Kreis per site, so several Kreise share one folder: each Kreis is an
organisation (`<kreis>-leitstelle`, kind authority) with its own carriers, projects, contacts
and towns, all with ids prefixed by the Kreis's slug (`falkental-oberlindenbach`).

Everything is invented: Kreis, town and person names are made up from syllables, e-mail
addresses are @example.org, phone numbers come from the range 06172 9999xxx, and every
record's `source` says it is test data. As in the real data, the data files hold the German
texts and each folder has a gettext catalog per configured language,
`locale/<lang>/LC_MESSAGES/data.po`, in the layout `make translations` writes (contexts as
lotsenportal.translations.catalogs.record_sources makes them). The phrase book below covers most of
the
languages of mkdocs.yml; its translations are filled in with every state a catalog knows:
mostly drafts, some reviewed, some outdated (fuzzy, with the earlier German as previous
msgid). A few records lack some languages on purpose, so German fallbacks are exercised.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import polib
import yaml

from lotsenportal.data.languages import SOURCE, from_mkdocs_yml
from lotsenportal.data.loading import load_dataset
from lotsenportal.data.yamlsource import resolve_plain
from lotsenportal.render.editor_schemas import KINDS, SCHEMA_DIR, rendered_schemas
from lotsenportal.translations import catalog_sync, catalogs

# --------------------------------------------------------------------------------------------
# Sizes


@dataclass(frozen=True)
class Size:
    """How much to generate. Counts are exact, so tests can check them."""

    name: str
    region: str
    kreise: int
    towns: int
    projects: int
    contacts: int  # published, including one Leitstelle contact per Kreis
    unpublished: int  # contacts without consent: in the files, on no page
    einsatzfelder: int
    news: int


HTK = "htk"  # not generated: a copy of the shipped data folder
SIZES: dict[str, Size] = {
    "mini": Size("mini", "Zwei Beispielkreise (Testdaten)", 2, 6, 3, 7, 1, 3, 2),
    "5kreise": Size("5kreise", "Fünf Beispielkreise (Testdaten)", 5, 80, 29, 145, 3, 8, 5),
    "hessen": Size("hessen", "Hessen (Testdaten)", 26, 420, 150, 750, 15, 10, 12),
}
NAMES = (HTK, *SIZES)

# All dates are relative to this day, not to today: the output must not change with the clock.
BASE_DATE = date(2026, 11, 1)
SOURCE_NOTE = "Erfundene Testdaten (bench.synthetic)"
REQUIRED_TRANSLATIONS = ["was-ist-ein-lotse", "grenzen", "fachkraefte", "mitmachen", "netzwerk"]

# --------------------------------------------------------------------------------------------
# Phrase book: every translatable text, in the order of mkdocs.yml. Proper names (towns,
# organisations) stay as written, as in the real data. The German text goes into the data
# file, the others into the catalogs.

PHRASE_LANGS = ("de", "en", "ar", "fa", "ps", "uk", "ru", "tr", "ti", "so", "fr", "ro")
Phrase = dict[str, str]
# How the translations in the catalogs are marked (per record and language; outdated per
# text): the rest are drafts. Languages a text lacks are missing.
REVIEWED_SHARE = 0.25
OUTDATED_SHARE = 0.08


class Texts(dict[str, str]):
    """One text of a record in several languages: German to the data file, the others to the
    catalogs (federation.yml keeps them per language in the file itself)."""


def _p(*texts: str) -> Phrase:
    return dict(zip(PHRASE_LANGS, texts, strict=True))


SITE_TITLE = _p(
    "Integrationslotsen in {region}",
    "Integration guides in {region}",
    "مرشدو الاندماج في {region}",
    "راهنماهای ادغام در {region}",
    "په {region} کې د ادغام لارښودان",
    "Супровідники з інтеграції: {region}",
    "Сопровождающие по интеграции: {region}",
    "{region} entegrasyon rehberleri",
    "ኣሰናየይቲ ምውህሃድ ኣብ {region}",
    "Hagayaasha isdhexgalka ee {region}",
    "Accompagnateurs d'intégration – {region}",
    "Însoțitori pentru integrare: {region}",
)
SITE_INTRO = [
    _p(
        "Integrationslotsinnen und Integrationslotsen sind Ehrenamtliche. Sie begleiten neu "
        "Zugewanderte zum Arzt, zu Ämtern, zur Schule und zum Jobcenter.",
        "Integration guides are volunteers. They go with newcomers to the doctor, to public "
        "offices, to school and to the Jobcenter.",
        "مرشدات ومرشدو الاندماج متطوعون. يرافقون القادمين الجدد إلى الطبيب والدوائر الحكومية "
        "والمدرسة ومكتب العمل (Jobcenter).",
        "راهنماهای ادغام داوطلب هستند. آن‌ها تازه‌واردان را پیش پزشک، به اداره‌ها، به مدرسه و "
        "به Jobcenter همراهی می‌کنند.",
        "د ادغام لارښودان رضاکاران دي. دوی له نویو راغلو کسانو سره ډاکټر، ادارو، ښوونځي او "
        "Jobcenter ته ځي.",
        "Супровідниці та супровідники з інтеграції – волонтери. Вони супроводжують "
        "новоприбулих до лікаря, в установи, до школи та до Jobcenter.",
        "Сопровождающие по интеграции – волонтёры. Они сопровождают недавно приехавших к "
        "врачу, в учреждения, в школу и в Jobcenter.",
        "Entegrasyon rehberleri gönüllüdür. Yeni gelenlere doktora, resmî dairelere, okula ve "
        "Jobcenter'a giderken eşlik ederler.",
        "ኣሰናየይቲ ምውህሃድ ወለንተኛታት እዮም። ንሓደሽቲ መጻእቲ ናብ ሓኪም፣ ናብ ቤት ጽሕፈታት፣ ናብ ቤት "
        "ትምህርቲን ናብ Jobcenterን የሰንይዎም።",
        "Hagayaasha isdhexgalka waa mutadawiciin. Waxay dadka cusub la raacaan dhakhtarka, "
        "xafiisyada dowladda, dugsiga iyo Jobcenter-ka.",
        "Les accompagnatrices et accompagnateurs d'intégration sont bénévoles. Ils accompagnent "
        "les personnes nouvellement arrivées chez le médecin, dans les administrations, à "
        "l'école et au Jobcenter.",
        "Însoțitoarele și însoțitorii pentru integrare sunt voluntari. Ei însoțesc persoanele "
        "nou sosite la medic, la instituții, la școală și la Jobcenter.",
    ),
    _p(
        "Alle Angaben auf dieser Website sind erfunden (Testdaten).",
        "All details on this website are invented (test data).",
        "كل المعلومات في هذا الموقع مختلقة (بيانات اختبار).",
        "همهٔ اطلاعات این وب‌سایت ساختگی است (دادهٔ آزمایشی).",
        "په دې وېبپاڼه کې ټول معلومات جوړ شوي دي (د ازموینې معلومات).",
        "Усі дані на цьому сайті вигадані (тестові дані).",
        "Все сведения на этом сайте вымышлены (тестовые данные).",
        "Bu web sitesindeki tüm bilgiler uydurmadır (test verileri).",
        "ኣብዚ መርበብ ሓበሬታ ዘሎ ኩሉ ሓበሬታ ፈጠራ እዩ (ናይ ፈተነ ሓበሬታ)።",
        "Dhammaan macluumaadka boggan waa la sameeyay (xog tijaabo ah).",
        "Toutes les informations de ce site sont inventées (données de test).",
        "Toate informațiile de pe acest site sunt inventate (date de test).",
    ),
]
LINK_TITLE = _p(
    "Wegweiser für Zugewanderte (Beispiel)",
    "Guide for newcomers (example)",
    "دليل للقادمين الجدد (مثال)",
    "راهنما برای تازه‌واردان (نمونه)",
    "د نویو راغلو لپاره لارښود (بېلګه)",
    "Путівник для новоприбулих (приклад)",
    "Путеводитель для приезжих (пример)",
    "Yeni gelenler için rehber (örnek)",
    "መምርሒ ንሓደሽቲ መጻእቲ (ኣብነት)",
    "Hagaha dadka cusub (tusaale)",
    "Guide pour les nouveaux arrivants (exemple)",
    "Ghid pentru nou-veniți (exemplu)",
)
LINK_DESCRIPTION = _p(
    "Allgemeine Informationen für Zugewanderte, in vielen Sprachen.",
    "General information for newcomers, in many languages.",
    "معلومات عامة للقادمين الجدد، بلغات كثيرة.",
    "اطلاعات عمومی برای تازه‌واردان، به زبان‌های بسیار.",
    "د نویو راغلو کسانو لپاره عمومي معلومات، په ډېرو ژبو.",
    "Загальна інформація для новоприбулих, багатьма мовами.",
    "Общая информация для приезжих, на многих языках.",
    "Göçmenler için genel bilgiler, birçok dilde.",
    "ንሓደሽቲ መጻእቲ ሓፈሻዊ ሓበሬታ፣ ብብዙሓት ቋንቋታት።",
    "Macluumaad guud oo loogu talagalay dadka cusub, oo ku qoran luqado badan.",
    "Informations générales pour les personnes nouvellement arrivées, en de nombreuses langues.",
    "Informații generale pentru persoanele nou sosite, în multe limbi.",
)
ORG_LEITSTELLE = _p(
    "Die Leitstelle Integration im Landratsamt {kreis} koordiniert die Lotsenprojekte im "
    "Kreis und berät Ehrenamtliche.",
    "The Leitstelle Integration (integration office) of the Landratsamt {kreis} coordinates "
    "the Lotsen projects in the district and advises volunteers.",
    "تنسّق Leitstelle Integration (مكتب الاندماج) في Landratsamt {kreis} مشاريع المرشدين في "
    "الدائرة وتقدّم المشورة للمتطوعين.",
    "Leitstelle Integration (دفتر ادغام) در Landratsamt {kreis} پروژه‌های راهنما را در این "
    "شهرستان هماهنگ می‌کند و به داوطلبان مشاوره می‌دهد.",
    "Leitstelle Integration (د ادغام دفتر) په Landratsamt {kreis} کې د ولسوالۍ د لارښودانو "
    "پروژې همغږې کوي او رضاکارانو ته مشوره ورکوي.",
    "Leitstelle Integration (відділ інтеграції) у Landratsamt {kreis} координує проєкти "
    "супровідників у районі та консультує волонтерів.",
    "Leitstelle Integration (отдел интеграции) в Landratsamt {kreis} координирует проекты "
    "сопровождающих в районе и консультирует волонтёров.",
    "Landratsamt {kreis} bünyesindeki Leitstelle Integration (entegrasyon bürosu), ilçedeki "
    "rehber projelerini koordine eder ve gönüllülere danışmanlık yapar.",
    "Leitstelle Integration (ቤት ጽሕፈት ምውህሃድ) ኣብ Landratsamt {kreis} ንፕሮጀክትታት ኣሰናየይቲ "
    "ኣብ ዞባ የወሃህድን ንወለንተኛታት ይመክርን።",
    "Leitstelle Integration (xafiiska isdhexgalka) ee Landratsamt {kreis} waxay isku duwdaa "
    "mashaariicda hagayaasha ee degmada waxayna la-talin siisaa mutadawiciinta.",
    "La Leitstelle Integration (service d'intégration) du Landratsamt {kreis} coordonne les "
    "projets d'accompagnateurs de l'arrondissement et conseille les bénévoles.",
    "Leitstelle Integration (biroul de integrare) din Landratsamt {kreis} coordonează "
    "proiectele de însoțitori din district și îi sfătuiește pe voluntari.",
)
ORG_CARRIER = _p(
    "{name} schult ehrenamtliche Lotsinnen und Lotsen und begleitet sie bei ihren Einsätzen.",
    "{name} trains volunteer integration guides (Lotsen) and supports them in their work.",
    "تدرّب {name} مرشدات ومرشدي الاندماج المتطوعين وترافقهم في مهامهم.",
    "{name} راهنماهای داوطلب را آموزش می‌دهد و در کارشان همراهی می‌کند.",
    "{name} رضاکار لارښودانو ته روزنه ورکوي او په کار کې یې ملاتړ کوي.",
    "{name} навчає волонтерів-супровідників і підтримує їх у роботі.",
    "{name} обучает сопровождающих-волонтёров и поддерживает их в работе.",
    "{name}, gönüllü rehberleri eğitir ve görevlerinde onlara destek olur.",
    "{name} ንወለንተኛታት ኣሰናየይቲ የሰልጥንን ኣብ ስርሖም ይድግፎምን።",
    "{name} wuxuu tababaraa hagayaasha mutadawiciinta ah wuxuuna ku taageeraa hawshooda.",
    "{name} forme des accompagnatrices et accompagnateurs bénévoles et les suit dans leurs "
    "missions.",
    "{name} instruiește însoțitori voluntari și îi sprijină în activitatea lor.",
)
ORG_MINISTRY = _p(
    "Das Ministerium fördert die Lotsenprojekte in allen Kreisen des Landes.",
    "The ministry funds the Lotsen projects in all districts of the state.",
    "تموّل الوزارة مشاريع المرشدين في جميع دوائر الولاية.",
    "این وزارتخانه پروژه‌های راهنما را در همهٔ شهرستان‌های ایالت تأمین مالی می‌کند.",
    "وزارت د ایالت په ټولو ولسوالیو کې د لارښودانو پروژې تمویلوي.",
    "Міністерство фінансує проєкти супровідників в усіх районах землі.",
    "Министерство финансирует проекты сопровождающих во всех районах земли.",
    "Bakanlık, eyaletin tüm ilçelerindeki rehber projelerini finanse eder.",
    "እቲ ሚኒስትሪ ንፕሮጀክትታት ኣሰናየይቲ ኣብ ኩሎም ዞባታት ክፍለ ሃገር ይምውል።",
    "Wasaaraddu waxay maalgelisaa mashaariicda hagayaasha ee dhammaan degmooyinka gobolka.",
    "Le ministère finance les projets d'accompagnateurs dans tous les arrondissements du Land.",
    "Ministerul finanțează proiectele de însoțitori din toate districtele landului.",
)
ORG_NETWORK = _p(
    "Die Servicestelle berät Lotsenprojekte, bietet Schulungen an und verbindet die Kreise "
    "miteinander.",
    "The service centre advises Lotsen projects, offers training and connects the districts "
    "with each other.",
    "يقدّم مركز الخدمة المشورة لمشاريع المرشدين، وينظّم دورات تدريبية، ويربط الدوائر ببعضها.",
    "این مرکز خدمات به پروژه‌های راهنما مشاوره می‌دهد، دوره‌های آموزشی برگزار می‌کند و "
    "شهرستان‌ها را به هم پیوند می‌دهد.",
    "د خدماتو مرکز د لارښودانو پروژو ته مشوره ورکوي، روزنې وړاندې کوي او ولسوالۍ سره نښلوي.",
    "Сервісний центр консультує проєкти супровідників, проводить навчання та об'єднує райони.",
    "Сервисный центр консультирует проекты сопровождающих, проводит обучение и связывает "
    "районы между собой.",
    "Hizmet merkezi rehber projelerine danışmanlık yapar, eğitimler sunar ve ilçeleri "
    "birbirine bağlar.",
    "እቲ ማእከል ኣገልግሎት ንፕሮጀክትታት ኣሰናየይቲ ይመክር፣ ስልጠናታት የቕርብ፣ ንዞባታት ድማ የራኽብ።",
    "Xarunta adeeggu waxay la-talin siisaa mashaariicda hagayaasha, waxay bixisaa tababarro, "
    "waxayna isku xirtaa degmooyinka.",
    "Le centre de services conseille les projets d'accompagnateurs, propose des formations "
    "et met les arrondissements en relation.",
    "Centrul de servicii sfătuiește proiectele de însoțitori, oferă cursuri și pune "
    "districtele în legătură.",
)
PROJECT_TITLE = _p(
    "Integrationslotsen {name}",
    "Integration guides {name}",
    "مرشدو الاندماج – {name}",
    "راهنماهای ادغام – {name}",
    "د ادغام لارښودان – {name}",
    "Супровідники з інтеграції – {name}",
    "Сопровождающие по интеграции – {name}",
    "Entegrasyon rehberleri – {name}",
    "ኣሰናየይቲ ምውህሃድ – {name}",
    "Hagayaasha isdhexgalka – {name}",
    "Accompagnateurs d'intégration – {name}",
    "Însoțitori pentru integrare – {name}",
)
PROJECT_SUMMARY = [
    _p(
        "Ehrenamtliche Lotsinnen und Lotsen begleiten neu Zugewanderte in {town} und Umgebung "
        "zu Ärzten, Ämtern und Schulen.",
        "Volunteer guides go with newcomers in {town} and the surrounding area to doctors, "
        "public offices and schools.",
        "يرافق مرشدات ومرشدو الاندماج المتطوعون القادمين الجدد في {town} والمناطق المحيطة إلى "
        "الأطباء والدوائر الحكومية والمدارس.",
        "راهنماهای داوطلب تازه‌واردان را در {town} و اطراف آن پیش پزشک، به اداره‌ها و به مدرسه "
        "همراهی می‌کنند.",
        "رضاکار لارښودان په {town} او شاوخوا سیمو کې له نویو راغلو کسانو سره ډاکټرانو، ادارو "
        "او ښوونځیو ته ځي.",
        "Волонтери-супровідники супроводжують новоприбулих у {town} та околицях до лікарів, "
        "установ і шкіл.",
        "Сопровождающие-волонтёры помогают недавно приехавшим в {town} и окрестностях: к "
        "врачам, в учреждения и школы.",
        "Gönüllü rehberler {town} ve çevresindeki yeni gelenlere doktora, resmî dairelere ve "
        "okullara giderken eşlik eder.",
        "ወለንተኛታት ኣሰናየይቲ ንሓደሽቲ መጻእቲ ኣብ {town}ን ከባቢኡን ናብ ሓካይም፣ ቤት ጽሕፈታትን ኣብያተ ትምህርትን የሰንይዎም።",
        "Hagayaasha mutadawiciinta ahi waxay dadka cusub ee {town} iyo agagaarkeeda u raacaan "
        "dhakhaatiirta, xafiisyada iyo dugsiyada.",
        "Des accompagnatrices et accompagnateurs bénévoles accompagnent les nouveaux arrivants à "
        "{town} et dans les environs chez le médecin, dans les administrations et à l'école.",
        "Însoțitori voluntari merg cu persoanele nou sosite din {town} și împrejurimi la medici, "
        "la instituții și la școli.",
    ),
    _p(
        "{carrier} schult die Ehrenamtlichen und vermittelt sie an Menschen, die Unterstützung "
        "brauchen.",
        "{carrier} trains the volunteers and puts them in touch with people who need support.",
        "تدرّب {carrier} المتطوعين وتوصلهم بالأشخاص الذين يحتاجون إلى الدعم.",
        "{carrier} داوطلبان را آموزش می‌دهد و آن‌ها را با کسانی که به کمک نیاز دارند آشنا می‌کند.",
        "{carrier} رضاکارانو ته روزنه ورکوي او له هغو خلکو سره یې نښلوي چې مرستې ته اړتیا لري.",
        "{carrier} навчає волонтерів і знайомить їх з людьми, яким потрібна підтримка.",
        "{carrier} обучает волонтёров и знакомит их с людьми, которым нужна поддержка.",
        "{carrier} gönüllüleri eğitir ve onları desteğe ihtiyacı olan insanlarla buluşturur.",
        "{carrier} ንወለንተኛታት የሰልጥንን ምስቶም ሓገዝ ዘድልዮም ሰባት የራኽቦምን።",
        "{carrier} wuxuu tababaraa mutadawiciinta wuxuuna ku xiraa dadka u baahan taageero.",
        "{carrier} forme les bénévoles et les met en relation avec les personnes qui ont besoin "
        "de soutien.",
        "{carrier} instruiește voluntarii și îi pune în legătură cu persoanele care au nevoie de "
        "sprijin.",
    ),
    _p(
        "Viele Lotsinnen und Lotsen sprechen neben Deutsch weitere Sprachen, zum Beispiel "
        "Arabisch, Farsi oder Tigrinya.",
        "Many of the guides speak other languages besides German, for example Arabic, Farsi or "
        "Tigrinya.",
        "يتحدث كثير من المرشدين لغات أخرى إلى جانب الألمانية، مثل العربية أو الفارسية أو "
        "التغرينية.",
        "بسیاری از راهنماها علاوه بر آلمانی زبان‌های دیگری هم صحبت می‌کنند، مثلاً عربی، فارسی "
        "یا تیگرینیا.",
        "ډېری لارښودان له آلماني پرته نورې ژبې هم وايي، د بېلګې په توګه عربي، فارسي یا تیګرینیا.",
        "Багато супровідників, крім німецької, володіють іншими мовами, наприклад арабською, "
        "фарсі чи тигринья.",
        "Многие сопровождающие, кроме немецкого, говорят и на других языках, например на "
        "арабском, фарси или тигринья.",
        "Rehberlerin çoğu Almancanın yanı sıra başka diller de konuşur, örneğin Arapça, Farsça "
        "veya Tigrinya dili.",
        "ብዙሓት ኣሰናየይቲ ብዘይካ ጀርመንኛ ካልኦት ቋንቋታት'ውን ይዛረቡ፣ ንኣብነት ዓረብኛ፣ ፋርስኛ ወይ ትግርኛ።",
        "Qaar badan oo ka mid ah hagayaasha waxay ku hadlaan luqado kale oo aan Jarmal ahayn, "
        "tusaale ahaan Carabi, Faarsi ama Tigrinya.",
        "Beaucoup d'accompagnateurs parlent d'autres langues en plus de l'allemand, par exemple "
        "l'arabe, le farsi ou le tigrigna.",
        "Mulți însoțitori vorbesc, pe lângă germană, și alte limbi, de exemplu araba, farsi sau "
        "tigrina.",
    ),
    _p(
        "Die Begleitung ist kostenlos und vertraulich.",
        "The support is free of charge and confidential.",
        "المرافقة مجانية وسرية.",
        "همراهی رایگان و محرمانه است.",
        "ملتیا وړیا او محرمه ده.",
        "Супровід безкоштовний і конфіденційний.",
        "Сопровождение бесплатное и конфиденциальное.",
        "Eşlik ücretsiz ve gizlidir.",
        "እቲ ምስናይ ብነጻን ምስጢራውን እዩ።",
        "La socodku waa bilaash waana qarsoodi.",
        "L'accompagnement est gratuit et confidentiel.",
        "Însoțirea este gratuită și confidențială.",
    ),
]
HOW_TO_REQUEST = [
    _p(
        "Rufen Sie uns an oder schreiben Sie eine E-Mail. Wir suchen dann eine passende Lotsin "
        "oder einen passenden Lotsen.",
        "Call us or send an e-mail. We will then look for a suitable guide.",
        "اتصل بنا أو أرسل بريدًا إلكترونيًا. بعد ذلك نبحث عن مرشد أو مرشدة مناسبة.",
        "با ما تماس بگیرید یا ایمیل بفرستید. سپس راهنمای مناسبی پیدا می‌کنیم.",
        "موږ ته زنګ ووهئ یا برېښنالیک ولېږئ. بیا به یو مناسب لارښود ومومو.",
        "Зателефонуйте нам або напишіть електронного листа. Тоді ми знайдемо відповідного "
        "супровідника.",
        "Позвоните нам или напишите письмо по электронной почте. Затем мы подберём "
        "подходящего сопровождающего.",
        "Bizi arayın veya e-posta gönderin. Ardından size uygun bir rehber ararız.",
        "ደውሉልና ወይ ኢመይል ስደዱልና። ድሕሪኡ ዝሰማማዕ ኣሰናያይ ንደሊ።",
        "Na soo wac ama noo dir iimayl. Kadib waxaan raadin doonnaa hage kugu habboon.",
        "Appelez-nous ou envoyez un e-mail. Nous cherchons ensuite une accompagnatrice ou un "
        "accompagnateur adapté.",
        "Sunați-ne sau trimiteți un e-mail. Apoi căutăm un însoțitor potrivit.",
    ),
    _p(
        "Fragen Sie Ihre Sozialarbeiterin oder Ihren Sozialarbeiter. Sie oder er meldet sich "
        "bei uns.",
        "Ask your social worker. He or she will contact us.",
        "اسأل الأخصائي أو الأخصائية الاجتماعية. وهو أو هي سيتواصل معنا.",
        "از مددکار اجتماعی خود بپرسید. او با ما تماس می‌گیرد.",
        "له خپل ټولنیز کارکوونکي وپوښتئ. هغه به له موږ سره اړیکه ونیسي.",
        "Зверніться до свого соціального працівника. Він або вона зв'яжеться з нами.",
        "Обратитесь к своему социальному работнику. Он или она свяжется с нами.",
        "Sosyal hizmet uzmanınıza sorun. O bizimle iletişime geçer.",
        "ንማሕበራዊ ሰራሕተኛኹም ሕተቱ። ንሱ ወይ ንሳ ምሳና ክራኸብ እዩ።",
        "Weydii shaqaalahaaga arrimaha bulshada. Isaga ama iyada ayaa nala soo xiriiri doona.",
        "Demandez à votre travailleuse sociale ou à votre travailleur social. Elle ou il nous "
        "contactera.",
        "Întrebați asistentul social. El sau ea ne va contacta.",
    ),
    _p(
        "Kommen Sie in unsere Sprechstunde. Eine Anmeldung ist nicht nötig.",
        "Come to our office hours. You do not need an appointment.",
        "تعال في ساعات الاستقبال. لا حاجة إلى موعد مسبق.",
        "در ساعات مشاوره پیش ما بیایید. نیازی به وقت قبلی نیست.",
        "زموږ د لیدنې ساعتونو کې راشئ. مخکې وخت اخیستلو ته اړتیا نشته.",
        "Приходьте до нас у години прийому. Попередній запис не потрібен.",
        "Приходите к нам в приёмные часы. Предварительная запись не нужна.",
        "Görüşme saatlerimizde bize gelin. Randevu almanıza gerek yoktur.",
        "ኣብ ሰዓታት ምኽሪ ናባና ንዑ። ቆጸራ ኣየድልን።",
        "Noogu imow saacadaha la-talinta. Ballan looma baahna.",
        "Venez à notre permanence. Il n'est pas nécessaire de prendre rendez-vous.",
        "Veniți la programul nostru de consultații. Nu este nevoie de programare.",
    ),
]


def _both(phrase: Phrase) -> tuple[Phrase, Phrase]:
    return phrase, phrase


# Roles by kind, as (female, male) forms.
ROLES: dict[str, tuple[Phrase, Phrase]] = {
    "koordination": (
        _p(
            "Koordinatorin",
            "Coordinator",
            "منسقة",
            "هماهنگ‌کننده",
            "همغږې کوونکې",
            "Координаторка",
            "Координатор",
            "Koordinatör",
            "ኣተሓባባሪት",
            "Isku-duwaha",
            "Coordinatrice",
            "Coordonatoare",
        ),
        _p(
            "Koordinator",
            "Coordinator",
            "منسق",
            "هماهنگ‌کننده",
            "همغږې کوونکی",
            "Координатор",
            "Координатор",
            "Koordinatör",
            "ኣተሓባባሪ",
            "Isku-duwaha",
            "Coordinateur",
            "Coordonator",
        ),
    ),
    "projektleitung": _both(
        _p(
            "Projektleitung",
            "Project lead",
            "إدارة المشروع",
            "مدیریت پروژه",
            "د پروژې مشري",
            "Керівництво проєкту",
            "Руководство проекта",
            "Proje yönetimi",
            "ምምሕዳር ፕሮጀክት",
            "Maamulka mashruuca",
            "Direction du projet",
            "Conducerea proiectului",
        ),
    ),
    "sozialarbeit": (
        _p(
            "Sozialarbeiterin",
            "Social worker",
            "أخصائية اجتماعية",
            "مددکار اجتماعی",
            "ټولنیزه کارکوونکې",
            "Соціальна працівниця",
            "Социальный работник",
            "Sosyal hizmet uzmanı",
            "ማሕበራዊት ሰራሕተኛ",
            "Shaqaalaha bulshada",
            "Travailleuse sociale",
            "Asistentă socială",
        ),
        _p(
            "Sozialarbeiter",
            "Social worker",
            "أخصائي اجتماعي",
            "مددکار اجتماعی",
            "ټولنیز کارکوونکی",
            "Соціальний працівник",
            "Социальный работник",
            "Sosyal hizmet uzmanı",
            "ማሕበራዊ ሰራሕተኛ",
            "Shaqaalaha bulshada",
            "Travailleur social",
            "Asistent social",
        ),
    ),
    "ehrenamt": _both(
        _p(
            "Ehrenamtskoordination",
            "Volunteer coordination",
            "تنسيق العمل التطوعي",
            "هماهنگی داوطلبان",
            "د رضاکارانو همغږي",
            "Координація волонтерів",
            "Координация волонтёров",
            "Gönüllü koordinasyonu",
            "ምትሕብባር ወለንተኛታት",
            "Isku-duwidda mutadawiciinta",
            "Coordination des bénévoles",
            "Coordonarea voluntarilor",
        ),
    ),
    "lotse": (
        _p(
            "Lotsin",
            "Volunteer guide",
            "مرشدة متطوعة",
            "راهنمای داوطلب",
            "رضاکاره لارښوده",
            "Супровідниця-волонтерка",
            "Сопровождающая-волонтёр",
            "Gönüllü rehber",
            "ወለንተኛ ኣሰናያይት",
            "Hage mutadawac ah",
            "Accompagnatrice bénévole",
            "Însoțitoare voluntară",
        ),
        _p(
            "Lotse",
            "Volunteer guide",
            "مرشد متطوع",
            "راهنمای داوطلب",
            "رضاکار لارښود",
            "Супровідник-волонтер",
            "Сопровождающий-волонтёр",
            "Gönüllü rehber",
            "ወለንተኛ ኣሰናያይ",
            "Hage mutadawac ah",
            "Accompagnateur bénévole",
            "Însoțitor voluntar",
        ),
    ),
    "wir": (
        _p(
            "WIR-Koordinatorin",
            "WIR coordinator",
            "منسقة برنامج WIR",
            "هماهنگ‌کنندهٔ برنامهٔ WIR",
            "د WIR پروګرام همغږې کوونکې",
            "Координаторка програми WIR",
            "Координатор программы WIR",
            "WIR koordinatörü",
            "ኣተሓባባሪት WIR",
            "Isku-duwaha WIR",
            "Coordinatrice WIR",
            "Coordonatoare WIR",
        ),
        _p(
            "WIR-Koordinator",
            "WIR coordinator",
            "منسق برنامج WIR",
            "هماهنگ‌کنندهٔ برنامهٔ WIR",
            "د WIR پروګرام همغږې کوونکی",
            "Координатор програми WIR",
            "Координатор программы WIR",
            "WIR koordinatörü",
            "ኣተሓባባሪ WIR",
            "Isku-duwaha WIR",
            "Coordinateur WIR",
            "Coordonator WIR",
        ),
    ),
}
HOURS_NOTES = [
    _p(
        "nur nach Terminvereinbarung",
        "by appointment only",
        "بموعد مسبق فقط",
        "فقط با وقت قبلی",
        "یوازې د مخکې ټاکل شوي وخت سره",
        "лише за попереднім записом",
        "только по предварительной записи",
        "yalnızca randevu ile",
        "ብቆጸራ ጥራይ",
        "ballan keliya",
        "uniquement sur rendez-vous",
        "doar cu programare",
    ),
    _p(
        "telefonisch",
        "by phone",
        "عبر الهاتف",
        "تلفنی",
        "د تلیفون له لارې",
        "телефоном",
        "по телефону",
        "telefonla",
        "ብተሌፎን",
        "taleefan ahaan",
        "par téléphone",
        "telefonic",
    ),
]
FELD_INTRO = _p(
    "Eine Lotsin oder ein Lotse geht mit Ihnen.",
    "A guide goes with you.",
    "يذهب معك مرشد أو مرشدة.",
    "یک راهنما با شما می‌آید.",
    "یو لارښود له تاسو سره ځي.",
    "Супровідниця або супровідник іде з Вами.",
    "Сопровождающий идёт вместе с вами.",
    "Bir rehber sizinle birlikte gelir.",
    "ሓደ ኣሰናያይ ምሳኹም ይኸይድ።",
    "Hage ayaa kula socda.",
    "Une accompagnatrice ou un accompagnateur vient avec vous.",
    "Un însoțitor merge cu dumneavoastră.",
)
FELD_LIMITS = _p(
    "Über alles, was Sie betrifft, entscheiden Sie selbst. Die Lotsin oder der Lotse "
    "übersetzt nicht offiziell und gibt keine Rechtsberatung.",
    "You decide about everything that concerns you. The guide does not translate officially "
    "and gives no legal advice.",
    "أنت من يقرر في كل ما يخصك. المرشد لا يترجم ترجمة رسمية ولا يقدّم استشارة قانونية.",
    "دربارهٔ هر چیزی که به شما مربوط است، خودتان تصمیم می‌گیرید. راهنما ترجمهٔ رسمی انجام "
    "نمی‌دهد و مشاورهٔ حقوقی نمی‌دهد.",
    "د هر هغه څه په اړه چې تاسو پورې اړه لري، تاسو پخپله پرېکړه کوئ. لارښود رسمي ژباړه نه "
    "کوي او حقوقي مشوره نه ورکوي.",
    "Усе, що стосується Вас, Ви вирішуєте самі. Супровідник не робить офіційних перекладів і "
    "не надає юридичних консультацій.",
    "Всё, что касается вас, вы решаете сами. Сопровождающий не делает официальных переводов "
    "и не даёт юридических консультаций.",
    "Sizi ilgilendiren her konuda kararı siz verirsiniz. Rehber resmî çeviri yapmaz ve "
    "hukuki danışmanlık vermez.",
    "ብዛዕባ ዝምልከተኩም ኩሉ ባዕልኹም ትውስኑ። ኣሰናያይ ወግዓዊ ትርጉም ኣይገብርን ሕጋዊ ምኽሪ ኣይህብን።",
    "Wax kasta oo ku khuseeya adiga ayaa go'aan ka gaaraya. Hagaha ma sameeyo turjumaad "
    "rasmi ah mana bixiyo talo sharci ah.",
    "Vous décidez vous-même de tout ce qui vous concerne. L'accompagnateur ne fait pas de "
    "traduction officielle et ne donne pas de conseil juridique.",
    "Despre tot ce vă privește decideți singur. Însoțitorul nu face traduceri oficiale și nu "
    "oferă consultanță juridică.",
)


@dataclass(frozen=True)
class Feld:
    id: str
    icon: str
    title: Phrase
    summary: Phrase


FELDER = [
    Feld(
        "gesundheit",
        "material/stethoscope",
        _p(
            "Arztbesuche und Gesundheit",
            "Doctor visits and health",
            "زيارة الطبيب والصحة",
            "مراجعه به پزشک و سلامت",
            "ډاکټر ته تلل او روغتیا",
            "Візити до лікаря та здоров'я",
            "Визиты к врачу и здоровье",
            "Doktor ziyaretleri ve sağlık",
            "ምብጻሕ ሓኪምን ጥዕናን",
            "Booqashada dhakhtarka iyo caafimaadka",
            "Visites médicales et santé",
            "Vizite la medic și sănătate",
        ),
        _p(
            "Begleitung zu Ärztinnen, Ärzten und ins Krankenhaus.",
            "Going with you to doctors and to hospital.",
            "مرافقة إلى الأطباء وإلى المستشفى.",
            "همراهی پیش پزشک و به بیمارستان.",
            "ډاکټرانو او روغتون ته ملتیا.",
            "Супровід до лікарів і до лікарні.",
            "Сопровождение к врачам и в больницу.",
            "Doktorlara ve hastaneye eşlik.",
            "ናብ ሓካይምን ሆስፒታልን ምስናይ።",
            "La socod dhakhaatiirta iyo isbitaalka.",
            "Accompagnement chez le médecin et à l'hôpital.",
            "Însoțire la medici și la spital.",
        ),
    ),
    Feld(
        "behoerden",
        "material/office-building",
        _p(
            "Ämter und Behörden",
            "Public offices",
            "الدوائر الحكومية",
            "اداره‌ها و سازمان‌های دولتی",
            "دولتي ادارې",
            "Установи та відомства",
            "Учреждения и ведомства",
            "Resmî daireler",
            "ቤት ጽሕፈታት መንግስቲ",
            "Xafiisyada dowladda",
            "Administrations",
            "Instituții și autorități",
        ),
        _p(
            "Begleitung zu Ämtern und Hilfe beim Verstehen von Briefen und Formularen.",
            "Going with you to public offices and help with understanding letters and forms.",
            "مرافقة إلى الدوائر الحكومية ومساعدة في فهم الرسائل والاستمارات.",
            "همراهی به اداره‌ها و کمک برای فهمیدن نامه‌ها و فرم‌ها.",
            "ادارو ته ملتیا او د لیکونو او فورمو په پوهېدو کې مرسته.",
            "Супровід до установ і допомога в розумінні листів і формулярів.",
            "Сопровождение в учреждения и помощь в понимании писем и анкет.",
            "Resmî dairelere eşlik ve mektupları ve formları anlamada yardım.",
            "ናብ ቤት ጽሕፈታት ምስናይን ደብዳቤታትን ቅጥዕታትን ንምርዳእ ሓገዝን።",
            "La socod xafiisyada iyo caawimo fahamka waraaqaha iyo foomamka.",
            "Accompagnement dans les administrations et aide pour comprendre les lettres et "
            "les formulaires.",
            "Însoțire la instituții și ajutor pentru a înțelege scrisori și formulare.",
        ),
    ),
    Feld(
        "auslaenderbehoerde",
        "material/passport",
        _p(
            "Ausländerbehörde",
            "Immigration office",
            "دائرة الأجانب",
            "ادارهٔ اتباع خارجی",
            "د بهرنیانو اداره",
            "Відомство у справах іноземців",
            "Ведомство по делам иностранцев",
            "Yabancılar dairesi",
            "ቤት ጽሕፈት ጉዳያት ወጻእተኛታት",
            "Xafiiska ajaanibta",
            "Service des étrangers",
            "Biroul pentru străini",
        ),
        _p(
            "Begleitung zu Terminen bei der Ausländerbehörde.",
            "Going with you to appointments at the immigration office.",
            "مرافقة إلى المواعيد في دائرة الأجانب.",
            "همراهی در وقت‌های ملاقات در ادارهٔ اتباع خارجی.",
            "د بهرنیانو ادارې ته د ملاقاتونو لپاره ملتیا.",
            "Супровід на прийоми у відомстві у справах іноземців.",
            "Сопровождение на приём в ведомство по делам иностранцев.",
            "Yabancılar dairesindeki randevulara eşlik.",
            "ናብ ቆጸራታት ቤት ጽሕፈት ጉዳያት ወጻእተኛታት ምስናይ።",
            "La socod ballamaha xafiiska ajaanibta.",
            "Accompagnement aux rendez-vous au service des étrangers.",
            "Însoțire la programările de la biroul pentru străini.",
        ),
    ),
    Feld(
        "schule-kita",
        "material/school",
        _p(
            "Schule und Kita",
            "School and day care",
            "المدرسة وروضة الأطفال",
            "مدرسه و مهدکودک",
            "ښوونځی او وړکتون",
            "Школа та дитячий садок",
            "Школа и детский сад",
            "Okul ve kreş",
            "ቤት ትምህርትን መዋእለ ህጻናትን",
            "Dugsiga iyo xanaanada",
            "École et crèche",
            "Școală și grădiniță",
        ),
        _p(
            "Begleitung zu Elterngesprächen und zur Anmeldung in Schule und Kita.",
            "Going with you to parent meetings and to register at school and day care.",
            "مرافقة إلى لقاءات أولياء الأمور وإلى التسجيل في المدرسة وروضة الأطفال.",
            "همراهی در جلسه‌های والدین و برای ثبت‌نام در مدرسه و مهدکودک.",
            "د والدینو غونډو ته او په ښوونځي او وړکتون کې د نوم لیکنې لپاره ملتیا.",
            "Супровід на батьківські зустрічі та для запису до школи й садка.",
            "Сопровождение на встречи с родителями и для записи в школу и детский сад.",
            "Veli görüşmelerine ve okul ile kreş kaydına eşlik.",
            "ናብ ኣኼባታት ወለድን ምዝገባ ቤት ትምህርትን መዋእለ ህጻናትን ምስናይ።",
            "La socod kulamada waalidka iyo diiwaangelinta dugsiga iyo xanaanada.",
            "Accompagnement aux réunions de parents et à l'inscription à l'école et à la crèche.",
            "Însoțire la discuțiile cu părinții și la înscrierea la școală și grădiniță.",
        ),
    ),
    Feld(
        "arbeit-jobcenter",
        "material/briefcase",
        _p(
            "Arbeit und Jobcenter",
            "Work and Jobcenter",
            "العمل ومكتب العمل",
            "کار و Jobcenter",
            "کار او Jobcenter",
            "Робота та Jobcenter",
            "Работа и Jobcenter",
            "İş ve Jobcenter",
            "ስራሕን Jobcenterን",
            "Shaqada iyo Jobcenter",
            "Travail et Jobcenter",
            "Muncă și Jobcenter",
        ),
        _p(
            "Begleitung zum Jobcenter und zur Agentur für Arbeit.",
            "Going with you to the Jobcenter and the employment agency.",
            "مرافقة إلى مكتب العمل (Jobcenter) ووكالة العمل.",
            "همراهی به Jobcenter و ادارهٔ کار.",
            "Jobcenter او د کار ادارې ته ملتیا.",
            "Супровід до Jobcenter і до агентства з працевлаштування.",
            "Сопровождение в Jobcenter и в агентство занятости.",
            "Jobcenter'a ve iş ajansına eşlik.",
            "ናብ Jobcenterን ኤጀንሲ ስራሕን ምስናይ።",
            "La socod Jobcenter-ka iyo wakaaladda shaqada.",
            "Accompagnement au Jobcenter et à l'agence pour l'emploi.",
            "Însoțire la Jobcenter și la agenția pentru ocuparea forței de muncă.",
        ),
    ),
    Feld(
        "wohnen",
        "material/home-city",
        _p(
            "Wohnen",
            "Housing",
            "السكن",
            "مسکن",
            "استوګنه",
            "Житло",
            "Жильё",
            "Konut",
            "መንበሪ",
            "Guriga",
            "Logement",
            "Locuință",
        ),
        _p(
            "Hilfe bei der Wohnungssuche und im Kontakt mit Vermietern.",
            "Help with looking for a flat and with landlords.",
            "مساعدة في البحث عن سكن وفي التواصل مع المؤجرين.",
            "کمک در پیدا کردن خانه و در ارتباط با صاحب‌خانه.",
            "د کور په لټولو او له کور خاوند سره په اړیکه کې مرسته.",
            "Допомога в пошуку житла та в спілкуванні з орендодавцями.",
            "Помощь в поиске жилья и в общении с арендодателями.",
            "Ev aramada ve ev sahipleriyle iletişimde yardım.",
            "ኣብ ምድላይ ገዛን ምስ ወነንቲ ገዛ ርክብን ሓገዝ።",
            "Caawimo raadinta guri iyo la xiriirka milkiilayaasha.",
            "Aide pour chercher un logement et dans les contacts avec les propriétaires.",
            "Ajutor la căutarea unei locuințe și în contactul cu proprietarii.",
        ),
    ),
    Feld(
        "bank-vertraege",
        "material/bank",
        _p(
            "Bank und Verträge",
            "Bank and contracts",
            "البنك والعقود",
            "بانک و قراردادها",
            "بانک او تړونونه",
            "Банк і договори",
            "Банк и договоры",
            "Banka ve sözleşmeler",
            "ባንክን ውዕላትን",
            "Bangiga iyo heshiisyada",
            "Banque et contrats",
            "Bancă și contracte",
        ),
        _p(
            "Begleitung zur Bank und Hilfe bei Verträgen für Handy und Strom.",
            "Going with you to the bank and help with contracts for mobile phones and electricity.",
            "مرافقة إلى البنك ومساعدة في عقود الهاتف المحمول والكهرباء.",
            "همراهی به بانک و کمک در قراردادهای موبایل و برق.",
            "بانک ته ملتیا او د موبایل او برېښنا په تړونونو کې مرسته.",
            "Супровід до банку й допомога з договорами на мобільний зв'язок і електроенергію.",
            "Сопровождение в банк и помощь с договорами на мобильную связь и электричество.",
            "Bankaya eşlik ve cep telefonu ile elektrik sözleşmelerinde yardım.",
            "ናብ ባንክ ምስናይን ኣብ ውዕላት ሞባይልን ኤሌክትሪክን ሓገዝን።",
            "La socod bangiga iyo caawimo heshiisyada taleefanka iyo korontada.",
            "Accompagnement à la banque et aide pour les contrats de téléphone et d'électricité.",
            "Însoțire la bancă și ajutor cu contractele de telefon și de electricitate.",
        ),
    ),
    Feld(
        "freizeit-vereine",
        "material/soccer",
        _p(
            "Freizeit und Vereine",
            "Leisure and clubs",
            "أوقات الفراغ والنوادي",
            "اوقات فراغ و انجمن‌ها",
            "د وزګار وخت او کلبونه",
            "Дозвілля та клуби",
            "Досуг и клубы",
            "Boş zaman ve dernekler",
            "ግዜ ዕረፍትን ማሕበራትን",
            "Waqtiga firaaqada iyo naadiyada",
            "Loisirs et associations",
            "Timp liber și asociații",
        ),
        _p(
            "Kontakte zu Vereinen, Sport und Nachbarschaft.",
            "Contacts with clubs, sports and neighbours.",
            "تواصل مع النوادي والرياضة والجيران.",
            "آشنایی با انجمن‌ها، ورزش و همسایه‌ها.",
            "له کلبونو، سپورت او ګاونډیانو سره اړیکې.",
            "Знайомство з клубами, спортом і сусідами.",
            "Знакомство с клубами, спортом и соседями.",
            "Derneklerle, sporla ve komşularla tanışma.",
            "ርክብ ምስ ማሕበራት፣ ስፖርትን ጎረባብትን።",
            "Xiriir naadiyada, ciyaaraha iyo deriska.",
            "Contacts avec les associations, le sport et le voisinage.",
            "Legături cu asociații, sport și vecini.",
        ),
    ),
    Feld(
        "deutschkurse",
        "material/book-alphabet",
        _p(
            "Deutschkurse",
            "German courses",
            "دورات اللغة الألمانية",
            "کلاس‌های زبان آلمانی",
            "د آلماني ژبې کورسونه",
            "Курси німецької мови",
            "Курсы немецкого языка",
            "Almanca kursları",
            "ኮርስ ጀርመንኛ",
            "Koorsooyinka Jarmalka",
            "Cours d'allemand",
            "Cursuri de germană",
        ),
        _p(
            "Hilfe bei der Suche nach einem passenden Deutschkurs.",
            "Help with finding a suitable German course.",
            "مساعدة في البحث عن دورة مناسبة للغة الألمانية.",
            "کمک برای پیدا کردن یک کلاس زبان آلمانی مناسب.",
            "د آلماني ژبې د یو مناسب کورس په موندلو کې مرسته.",
            "Допомога в пошуку відповідного курсу німецької.",
            "Помощь в поиске подходящего курса немецкого.",
            "Uygun bir Almanca kursu bulmada yardım.",
            "ዝሰማማዕ ኮርስ ጀርመንኛ ንምርካብ ሓገዝ።",
            "Caawimo helitaanka koorso Jarmal oo ku habboon.",
            "Aide pour trouver un cours d'allemand adapté.",
            "Ajutor pentru a găsi un curs de germană potrivit.",
        ),
    ),
    Feld(
        "mobilitaet",
        "material/bus",
        _p(
            "Bus und Bahn",
            "Bus and train",
            "الحافلة والقطار",
            "اتوبوس و قطار",
            "بس او رېل ګاډی",
            "Автобус і потяг",
            "Автобус и поезд",
            "Otobüs ve tren",
            "ኣውቶቡስን ባቡርን",
            "Baska iyo tareenka",
            "Bus et train",
            "Autobuz și tren",
        ),
        _p(
            "Fahrkarten kaufen, Fahrpläne lesen und Wege im Kreis kennenlernen.",
            "Buying tickets, reading timetables and getting to know the routes in the district.",
            "شراء التذاكر وقراءة جداول المواعيد والتعرف على الطرق في الدائرة.",
            "خرید بلیت، خواندن جدول حرکت و آشنایی با راه‌ها در شهرستان.",
            "د ټکټ اخیستل، د حرکت مهالوېش لوستل او په ولسوالۍ کې د لارو پېژندل.",
            "Купувати квитки, читати розклад і знайомитися з маршрутами в районі.",
            "Покупать билеты, читать расписание и знакомиться с маршрутами в районе.",
            "Bilet almak, sefer saatlerini okumak ve ilçedeki yolları tanımak.",
            "ቲኬት ምግዛእ፣ ሰሌዳ ጉዕዞ ምንባብን ኣብ ዞባ መገድታት ምፍላጥን።",
            "Iibsashada tigidhada, akhrinta jadwalka iyo barashada waddooyinka degmada.",
            "Acheter des billets, lire les horaires et connaître les trajets dans "
            "l'arrondissement.",
            "Cumpărarea biletelor, citirea orarelor și cunoașterea traseelor din district.",
        ),
    ),
]


@dataclass(frozen=True)
class NewsKind:
    title: Phrase
    summary: Phrase
    body: tuple[Phrase, Phrase]


NEWS = [
    NewsKind(
        _p(
            "Neue Lotsinnen und Lotsen im {kreis} ausgebildet",
            "New integration guides trained in the {kreis}",
            "تدريب مرشدين جدد في {kreis}",
            "راهنماهای جدید در {kreis} آموزش دیدند",
            "په {kreis} کې نوي لارښودان وروزل شول",
            "У {kreis} підготували нових супровідників",
            "В {kreis} подготовили новых сопровождающих",
            "{kreis} bölgesinde yeni rehberler yetiştirildi",
            "ሓደሽቲ ኣሰናየይቲ ኣብ {kreis} ሰልጢኖም",
            "Hagayaal cusub ayaa lagu tababaray {kreis}",
            "De nouveaux accompagnateurs formés dans le {kreis}",
            "Însoțitori noi instruiți în {kreis}",
        ),
        _p(
            "{count} Ehrenamtliche haben ihre Schulung abgeschlossen.",
            "{count} volunteers have completed their training.",
            "أنهى {count} متطوعًا تدريبهم.",
            "{count} داوطلب دورهٔ آموزشی خود را به پایان رساندند.",
            "{count} رضاکارانو خپله روزنه بشپړه کړه.",
            "{count} волонтерів завершили навчання.",
            "{count} волонтёров завершили обучение.",
            "{count} gönüllü eğitimini tamamladı.",
            "{count} ወለንተኛታት ስልጠኖም ወዲኦም።",
            "{count} mutadawiciin ah ayaa dhammeeyay tababarkooda.",
            "{count} bénévoles ont terminé leur formation.",
            "{count} voluntari și-au încheiat instruirea.",
        ),
        (
            _p(
                "{count} Ehrenamtliche haben in {town} ihre Schulung zur Lotsin oder zum Lotsen "
                "abgeschlossen. Die Schulung dauerte sechs Abende.",
                "{count} volunteers have completed their training as integration guides in "
                "{town}. The training took six evenings.",
                "أنهى {count} متطوعًا في {town} تدريبهم ليصبحوا مرشدين. استمر التدريب ست أمسيات.",
                "{count} داوطلب در {town} دورهٔ آموزش راهنمایی را به پایان رساندند. این دوره شش "
                "شب طول کشید.",
                "{count} رضاکارانو په {town} کې د لارښود کېدو روزنه بشپړه کړه. روزنه شپږ ماښامه "
                "دوام وکړ.",
                "{count} волонтерів завершили в {town} навчання на супровідників. Навчання "
                "тривало шість вечорів.",
                "{count} волонтёров завершили в {town} обучение на сопровождающих. Обучение "
                "длилось шесть вечеров.",
                "{town} bölgesinde {count} gönüllü rehberlik eğitimini tamamladı. Eğitim altı "
                "akşam sürdü.",
                "{count} ወለንተኛታት ኣብ {town} ስልጠና ኣሰናይነት ወዲኦም። እቲ ስልጠና ሽዱሽተ ምሸታት ወሲዱ።",
                "{count} mutadawiciin ah ayaa {town} ku dhammeeyay tababarka hagidda. "
                "Tababarku wuxuu socday lix fiid.",
                "À {town}, {count} bénévoles ont terminé leur formation d'accompagnateur. La "
                "formation a duré six soirées.",
                "În {town}, {count} voluntari și-au încheiat instruirea ca însoțitori. "
                "Instruirea a durat șase seri.",
            ),
            _p(
                "Themen waren die Grenzen der Begleitung, der Datenschutz und die Angebote im "
                "Kreis.",
                "Topics were the limits of the support, data protection and the services in the "
                "district.",
                "كانت المواضيع: حدود المرافقة، وحماية البيانات، والخدمات في الدائرة.",
                "موضوع‌ها مرزهای همراهی، حفاظت از داده‌ها و خدمات موجود در شهرستان بودند.",
                "موضوعګانې د ملتیا پولې، د معلوماتو ساتنه او په ولسوالۍ کې خدمتونه وو.",
                "Темами були межі супроводу, захист даних і послуги в районі.",
                "Темами были границы сопровождения, защита данных и услуги в районе.",
                "Konular eşlik etmenin sınırları, veri koruma ve ilçedeki hizmetlerdi.",
                "ኣርእስትታት ዶባት ምስናይ፣ ሓለዋ ሓበሬታን ኣገልግሎታት ኣብ ዞባን ነይሮም።",
                "Mowduucyadu waxay ahaayeen xuduudaha la socodka, ilaalinta xogta iyo "
                "adeegyada degmada.",
                "Les thèmes étaient les limites de l'accompagnement, la protection des données "
                "et les services de l'arrondissement.",
                "Temele au fost limitele însoțirii, protecția datelor și serviciile din district.",
            ),
        ),
    ),
    NewsKind(
        _p(
            "Austauschtreffen der Lotsenprojekte",
            "Exchange meeting of the Lotsen projects",
            "لقاء تبادل الخبرات بين مشاريع المرشدين",
            "نشست تبادل تجربهٔ پروژه‌های راهنما",
            "د لارښودانو پروژو د تجربو د تبادلې غونډه",
            "Зустріч для обміну досвідом між проєктами супровідників",
            "Встреча проектов сопровождающих для обмена опытом",
            "Rehber projelerinin deneyim paylaşım toplantısı",
            "ኣኼባ ምልውዋጥ ተመክሮ ፕሮጀክትታት ኣሰናየይቲ",
            "Kulanka is-weydaarsiga mashaariicda hagayaasha",
            "Rencontre d'échange des projets d'accompagnateurs",
            "Întâlnire de schimb de experiență a proiectelor de însoțitori",
        ),
        _p(
            "Die Lotsenprojekte aus dem {kreis} haben sich in {town} getroffen.",
            "The Lotsen projects of the {kreis} met in {town}.",
            "التقت مشاريع المرشدين في {kreis} في {town}.",
            "پروژه‌های راهنمای {kreis} در {town} گرد هم آمدند.",
            "د {kreis} د لارښودانو پروژې په {town} کې سره راټولې شوې.",
            "Проєкти супровідників з {kreis} зустрілися в {town}.",
            "Проекты сопровождающих из {kreis} встретились в {town}.",
            "{kreis} rehber projeleri {town} bölgesinde bir araya geldi.",
            "ፕሮጀክትታት ኣሰናየይቲ ካብ {kreis} ኣብ {town} ተራኺቦም።",
            "Mashaariicda hagayaasha ee {kreis} waxay ku kulmeen {town}.",
            "Les projets d'accompagnateurs du {kreis} se sont réunis à {town}.",
            "Proiectele de însoțitori din {kreis} s-au întâlnit la {town}.",
        ),
        (
            _p(
                "Die Lotsenprojekte aus dem {kreis} haben sich in {town} zum Austausch "
                "getroffen. Sie sprachen über ihre Erfahrungen und über neue Ideen.",
                "The Lotsen projects of the {kreis} met in {town} to exchange experiences. They "
                "talked about what they have learned and about new ideas.",
                "التقت مشاريع المرشدين في {kreis} في {town} لتبادل الخبرات. وتحدثوا عن تجاربهم "
                "وعن أفكار جديدة.",
                "پروژه‌های راهنمای {kreis} برای تبادل تجربه در {town} گرد هم آمدند. آن‌ها "
                "دربارهٔ تجربه‌ها و ایده‌های تازه صحبت کردند.",
                "د {kreis} د لارښودانو پروژې د تجربو د تبادلې لپاره په {town} کې سره راټولې "
                "شوې. دوی د خپلو تجربو او نویو نظرونو په اړه خبرې وکړې.",
                "Проєкти супровідників з {kreis} зустрілися в {town} для обміну досвідом. Вони "
                "говорили про свій досвід і нові ідеї.",
                "Проекты сопровождающих из {kreis} встретились в {town} для обмена опытом. Они "
                "говорили о своём опыте и о новых идеях.",
                "{kreis} rehber projeleri deneyim paylaşımı için {town} bölgesinde bir araya "
                "geldi. Deneyimlerini ve yeni fikirleri konuştular.",
                "ፕሮጀክትታት ኣሰናየይቲ ካብ {kreis} ተመክሮ ንምልውዋጥ ኣብ {town} ተራኺቦም። ብዛዕባ "
                "ተመክሮኦምን ሓደሽቲ ሓሳባትን ተዘራሪቦም።",
                "Mashaariicda hagayaasha ee {kreis} waxay ku kulmeen {town} si ay khibrado isu "
                "weydaarsadaan. Waxay ka hadleen waayo-aragnimadooda iyo fikrado cusub.",
                "Les projets d'accompagnateurs du {kreis} se sont réunis à {town} pour échanger. "
                "Ils ont parlé de leurs expériences et de nouvelles idées.",
                "Proiectele de însoțitori din {kreis} s-au întâlnit la {town} pentru un schimb "
                "de experiență. Au vorbit despre experiențele lor și despre idei noi.",
            ),
            _p(
                "Das nächste Treffen findet im Frühjahr statt.",
                "The next meeting will take place in spring.",
                "سيُعقد اللقاء القادم في الربيع.",
                "نشست بعدی در بهار برگزار می‌شود.",
                "راتلونکې غونډه به په پسرلي کې وي.",
                "Наступна зустріч відбудеться навесні.",
                "Следующая встреча состоится весной.",
                "Bir sonraki toplantı ilkbaharda yapılacak.",
                "እቲ ዝቕጽል ኣኼባ ኣብ ጽድያ ክካየድ እዩ።",
                "Kulanka xiga wuxuu dhici doonaa guga.",
                "La prochaine rencontre aura lieu au printemps.",
                "Următoarea întâlnire va avea loc în primăvară.",
            ),
        ),
    ),
    NewsKind(
        _p(
            "Neues Lotsenprojekt in {town}",
            "New Lotsen project in {town}",
            "مشروع مرشدين جديد في {town}",
            "پروژهٔ راهنمای جدید در {town}",
            "په {town} کې د لارښودانو نوې پروژه",
            "Новий проєкт супровідників у {town}",
            "Новый проект сопровождающих в {town}",
            "{town} bölgesinde yeni rehber projesi",
            "ሓድሽ ፕሮጀክት ኣሰናየይቲ ኣብ {town}",
            "Mashruuc hagayaal oo cusub oo ka bilaabmay {town}",
            "Nouveau projet d'accompagnateurs à {town}",
            "Proiect nou de însoțitori în {town}",
        ),
        _p(
            "In {town} gibt es jetzt ein Lotsenprojekt.",
            "There is now a Lotsen project in {town}.",
            "يوجد الآن مشروع مرشدين في {town}.",
            "اکنون در {town} یک پروژهٔ راهنما وجود دارد.",
            "اوس په {town} کې د لارښودانو یوه پروژه شته.",
            "Тепер у {town} є проєкт супровідників.",
            "Теперь в {town} есть проект сопровождающих.",
            "{town} bölgesinde artık bir rehber projesi var.",
            "ሕጂ ኣብ {town} ፕሮጀክት ኣሰናየይቲ ኣሎ።",
            "Hadda {town} waxaa ka jira mashruuc hagayaal.",
            "Il existe désormais un projet d'accompagnateurs à {town}.",
            "Acum există un proiect de însoțitori în {town}.",
        ),
        (
            _p(
                "In {town} gibt es jetzt ein Lotsenprojekt. Ehrenamtliche begleiten dort neu "
                "Zugewanderte zu Ärzten und Ämtern.",
                "There is now a Lotsen project in {town}. Volunteers there go with newcomers to "
                "doctors and public offices.",
                "يوجد الآن مشروع مرشدين في {town}. يرافق المتطوعون هناك القادمين الجدد إلى "
                "الأطباء والدوائر الحكومية.",
                "اکنون در {town} یک پروژهٔ راهنما وجود دارد. داوطلبان در آنجا تازه‌واردان را پیش "
                "پزشک و به اداره‌ها همراهی می‌کنند.",
                "اوس په {town} کې د لارښودانو یوه پروژه شته. هلته رضاکاران له نویو راغلو کسانو "
                "سره ډاکټرانو او ادارو ته ځي.",
                "Тепер у {town} є проєкт супровідників. Волонтери супроводжують там новоприбулих "
                "до лікарів і в установи.",
                "Теперь в {town} есть проект сопровождающих. Волонтёры сопровождают там недавно "
                "приехавших к врачам и в учреждения.",
                "{town} bölgesinde artık bir rehber projesi var. Orada gönüllüler yeni gelenlere "
                "doktorlara ve resmî dairelere giderken eşlik ediyor.",
                "ሕጂ ኣብ {town} ፕሮጀክት ኣሰናየይቲ ኣሎ። ኣብኡ ወለንተኛታት ንሓደሽቲ መጻእቲ ናብ ሓካይምን ቤት ጽሕፈታትን የሰንይዎም።",
                "Hadda {town} waxaa ka jira mashruuc hagayaal. Halkaas mutadawiciintu waxay "
                "dadka cusub u raacaan dhakhaatiirta iyo xafiisyada.",
                "Il existe désormais un projet d'accompagnateurs à {town}. Des bénévoles y "
                "accompagnent les nouveaux arrivants chez le médecin et dans les "
                "administrations.",
                "Acum există un proiect de însoțitori în {town}. Acolo, voluntari însoțesc "
                "persoanele nou sosite la medici și la instituții.",
            ),
            _p(
                "Wer mitmachen möchte, meldet sich bei der Leitstelle Integration.",
                "If you would like to take part, please contact the Leitstelle Integration "
                "(integration office).",
                "من يرغب في المشاركة يتواصل مع Leitstelle Integration (مكتب الاندماج).",
                "هر کس می‌خواهد همکاری کند، با Leitstelle Integration (دفتر ادغام) تماس بگیرد.",
                "څوک چې غواړي ګډون وکړي، له Leitstelle Integration (د ادغام دفتر) سره دې "
                "اړیکه ونیسي.",
                "Хто хоче долучитися, звертайтеся до Leitstelle Integration (відділу інтеграції).",
                "Кто хочет участвовать, обращайтесь в Leitstelle Integration (отдел интеграции).",
                "Katılmak isteyenler Leitstelle Integration'a (entegrasyon bürosu) başvurabilir.",
                "ክሳተፍ ዝደሊ ናብ Leitstelle Integration (ቤት ጽሕፈት ምውህሃድ) ይራኸብ።",
                "Qofkii doonaya inuu ka qayb qaato ha la xiriiro Leitstelle Integration "
                "(xafiiska isdhexgalka).",
                "Les personnes qui souhaitent participer peuvent s'adresser à la Leitstelle "
                "Integration (service d'intégration).",
                "Cine dorește să participe se poate adresa la Leitstelle Integration (biroul de "
                "integrare).",
            ),
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# Invented names

KREIS_STEMS = [
    "Adler", "Biber", "Dachs", "Eber", "Falken", "Fuchs", "Hirsch", "Kranich", "Luchs",
    "Marder", "Otter", "Raben", "Reiher", "Schwan", "Sperber", "Storch", "Wiesel", "Wolfs",
    "Bären", "Hasen", "Igel", "Lerchen", "Milan", "Specht", "Eulen", "Habicht", "Elster",
    "Kauz", "Iltis", "Hermelin",
]  # fmt: skip
KREIS_SUFFIXES = ["gau", "tal", "höhe", "land", "wald", "grund", "mark"]
TOWN_PREFIXES = ["Ober", "Nieder", "Unter", "Groß", "Klein", "Alt", "Neu"]
TOWN_STEMS = [
    "Linden", "Buchen", "Eichen", "Erlen", "Birken", "Tannen", "Wiesen", "Stein", "Fels",
    "Rosen", "Mühl", "Brunn", "Sonnen", "Kirch", "Burg", "Wald", "Moos", "Heide", "Hasel",
    "Fuchs", "Dachs", "Reh", "Hirsch", "Falken", "Raben", "Kranich", "Otter", "Biber",
    "Weiden", "Ulmen", "Ahorn", "Holder", "Hopfen", "Korn", "Gersten", "Hafer", "Lerchen",
    "Finken", "Meisen", "Schwalben",
]  # fmt: skip
TOWN_SUFFIXES = [
    "bach", "feld", "hausen", "heim", "dorf", "au", "rode", "born", "weiler", "stadt",
    "berg", "tal", "hain", "brück", "furt", "grund", "hof", "roth", "wiesen", "ingen",
]  # fmt: skip
TOWN_QUALIFIERS = [" am Main", " an der Lahn", " im Grund", " v. d. Höhe", " (Taunus)"]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Lindenweg", "Am Markt", "Ringstraße"]
FIRST_NAMES_F = [
    "Anna", "Maria", "Fatma", "Amal", "Olena", "Sara", "Leyla", "Miriam", "Katrin", "Aylin",
    "Nadia", "Irina", "Helin", "Julia", "Samira", "Elif", "Hanna", "Rahel", "Zeynep", "Mona",
    "Ayan", "Lina", "Tetiana", "Petra", "Shirin", "Ioana", "Claire", "Hiwet", "Parwana",
]  # fmt: skip
FIRST_NAMES_M = [
    "Ahmad", "Jonas", "Mehmet", "Yusuf", "Andrii", "Thomas", "Omid", "Karim", "Lukas",
    "Tesfay", "Hamid", "Stefan", "Mustafa", "Dmytro", "Farid", "Daniel", "Abdi", "Murat",
    "Sami", "Michael", "Bashir", "Jean", "Mihai", "Reza", "Emre", "Felix", "Yonas", "Ali",
]  # fmt: skip
SURNAME_STARTS = [
    "Linden", "Sonn", "Birk", "Wald", "Stein", "Feld", "Rosen", "Berg", "Brunn", "Hasel",
    "Mühl", "Eich", "Kessel", "Wiesen", "Hopf", "Tann", "Dorn", "Lerch", "Falk", "Kranz",
]  # fmt: skip
SURNAME_ENDS = [
    "kamp", "meier", "huber", "berger", "hagen", "wirth", "rath", "bach", "mann", "inger",
    "holt", "stedt", "ler", "ner", "hofer", "beck", "brink", "reuther",
]  # fmt: skip
CARRIERS = [  # (id, full name, short name); {kreis} and {town} are filled in
    ("lotsenbruecke", "Lotsenbrücke {kreis} e. V.", "Lotsenbrücke {kreis}"),
    ("nachbarschaftshilfe", "Nachbarschaftshilfe {town} e. V.", "Nachbarschaftshilfe {town}"),
    ("freiwilligenzentrum", "Freiwilligenzentrum {town}", "Freiwilligenzentrum {town}"),
    ("migrationsdienst", "Migrationsdienst {kreis} gGmbH", "Migrationsdienst {kreis}"),
    ("familienzentrum", "Familienzentrum {town} e. V.", "Familienzentrum {town}"),
    ("buergerstiftung", "Bürgerstiftung {town}", "Bürgerstiftung {town}"),
]
# Land-wide organisations: (id, name, short name, kind, description); the second coordinates.
LAND_ORGS = [
    (
        "sozialministerium",
        "Ministerium für Soziales und Zusammenhalt",
        "Sozialministerium",
        "ministry",
        ORG_MINISTRY,
    ),
    (
        "servicestelle-lotsen",
        "Landesservicestelle Integrationslotsen",
        "Servicestelle Lotsen",
        "network",
        ORG_NETWORK,
    ),
]
SPOKEN = ["ar", "fa", "ps", "tr", "ru", "uk", "ti", "so", "fr", "ro", "en", "ku", "ku", "sq"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


def slug(text: str) -> str:
    """An id as staff write it: ä → ae, ö → oe, ü → ue, ß → ss, everything else to dashes."""
    text = text.lower()
    for old, new in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(old, new)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# --------------------------------------------------------------------------------------------
# YAML, written the way staff and the tools write it (2 spaces, `- ` indented, prose wrapped)


class Quoted(str):
    """Always written in double quotes (phone numbers, times), as REDAKTION.md asks."""


class Flow(list[str]):
    """A short list written on one line: `languages: [de, ar]`."""


_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok(text: str) -> bool:
    if (
        not text
        or text != text.strip()
        or "\n" in text
        or text[0] in _INDICATORS
        or ": " in text
        or " #" in text
        or text.endswith(":")
    ):
        return False
    try:
        return bool(resolve_plain(text) == text and yaml.safe_load(text) == text)
    except yaml.YAMLError:
        return False


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | date):
        return str(value) if isinstance(value, int) else value.isoformat()
    if isinstance(value, str):
        if not isinstance(value, Quoted) and _plain_ok(value):
            return value
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"cannot write {value!r}")


def _lines(data: Mapping[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in data.items():
        if isinstance(value, Mapping):
            out.append(f"{pad}{key}:")
            out += _lines(value, indent + 2)
        elif isinstance(value, Flow):
            out.append(f"{pad}{key}: [{', '.join(_scalar(v) for v in value)}]")
        elif isinstance(value, list):
            out.append(f"{pad}{key}:")
            for item in value:
                if isinstance(item, Mapping):
                    inner = _lines(item, indent + 4)
                    out.append(f"{pad}  - {inner[0].lstrip()}")
                    out += inner[1:]
                else:
                    out.append(f"{pad}  - {_scalar(item)}")
        elif isinstance(value, str) and "\n" in value:
            out.append(f"{pad}{key}: |")
            out += [f"{pad}  {line}" if line else "" for line in value.rstrip("\n").split("\n")]
        else:
            out.append(f"{pad}{key}: {_scalar(value)}")
    return out


def dump(data: Mapping[str, Any], header: Sequence[str] = ()) -> str:
    """YAML text of `data`, after the comment lines in `header`."""
    return "".join(f"{line}\n" for line in [*header, *_lines(data, 0)])


def _paragraphs(parts: Sequence[str]) -> str:
    """Prose as staff write it in a `|` block: paragraphs, lines wrapped near 92 characters.
    (Hyphens are never line ends: Markdown would join `Jobcenter-` and `ka` with a space.)"""
    wrapped = [
        textwrap.fill(part, width=92, break_long_words=False, break_on_hyphens=False)
        for part in parts
    ]
    return "\n\n".join(wrapped) + "\n"


# --------------------------------------------------------------------------------------------
# The generator


@dataclass
class _Town:
    id: str
    name: str
    kind: str


@dataclass
class _Kreis:
    slug: str
    name: str  # "Kreis Falkental"
    short: str  # "Falkental"
    towns: list[_Town]
    carriers: list[tuple[str, str, str]]  # (id, name, short name)


@dataclass
class _Project:
    kreis: _Kreis
    id: str
    carrier: str  # organisation id
    record: dict[str, Any]


class _Generator:
    def __init__(self, size: Size, seed: int, languages: Sequence[str]) -> None:
        self.size = size
        self.seed = seed
        # A string seed is hashed with SHA-512: stable across runs, platforms and versions.
        self.rng = random.Random(f"bench.synthetic:{size.name}:{seed}")
        self.languages = [code for code in languages if code in PHRASE_LANGS]
        self.files: dict[str, str] = {}
        # file → {field path as in catalog contexts (`links[1].title`): the text per language}
        self.translated: dict[str, dict[str, Texts]] = {}
        self.owners: dict[str, str] = {}  # file → slug of the Kreis it belongs to (else shared)
        self.kreise: list[_Kreis] = []
        self.used_ids: set[str] = set()  # ids shared as anchors on the contacts page
        self.emails: set[str] = set()
        self.phone_counter = 0
        self.header = f"# Synthetic test data (bench.synthetic {size.name}, seed {seed})."

    # -- helpers ---------------------------------------------------------------------------

    def text(self, phrase: Phrase, langs: Sequence[str] | None = None, **fields: Any) -> Texts:
        """One translatable text in every language (or in `langs`), with `fields` filled in."""
        chosen = langs if langs is not None else self.languages
        return Texts({lang: phrase[lang].format(**fields) for lang in chosen if lang in phrase})

    def prose(
        self, parts: Sequence[Phrase], langs: Sequence[str] | None = None, **fields: Any
    ) -> Texts:
        chosen = langs if langs is not None else self.languages
        return Texts(
            {
                lang: _paragraphs([part[lang].format(**fields) for part in parts])
                for lang in chosen
                if all(lang in part for part in parts)
            }
        )

    def sentences(
        self, parts: Sequence[Phrase], langs: Sequence[str] | None = None, **fields: Any
    ) -> Texts:
        """Several sentences as one paragraph, wrapped like `prose`."""
        chosen = langs if langs is not None else self.languages
        return Texts(
            {
                lang: _paragraphs([" ".join(part[lang].format(**fields) for part in parts)])
                for lang in chosen
            }
        )

    def unique_id(self, wanted: str) -> str:
        candidate, number = wanted, 2
        while candidate in self.used_ids:
            candidate, number = f"{wanted}-{number}", number + 1
        self.used_ids.add(candidate)
        return candidate

    def phone(self) -> Quoted:
        """Numbers from one obviously invented block; shared office numbers are realistic."""
        self.phone_counter += 1
        return Quoted(f"06172 9999{self.phone_counter % 1000:03d}")

    def email(self, local: str) -> str:
        candidate, number = local, 2
        while candidate in self.emails:
            candidate, number = f"{local}{number}", number + 1
        self.emails.add(candidate)
        return f"{candidate}@example.org"

    def reviewed(self) -> date:
        return BASE_DATE - timedelta(days=self.rng.randrange(0, 300))

    def hours(self, with_note: bool = True) -> list[dict[str, Any]]:
        days = sorted(self.rng.sample(range(len(WEEKDAYS)), self.rng.choice([1, 2, 2, 3])))
        slots: list[dict[str, Any]] = []
        for day in days:
            start, end = self.rng.choice(
                [("09:00", "12:00"), ("14:00", "17:00"), ("10:00", "13:30")]
            )
            slot: dict[str, Any] = {"day": WEEKDAYS[day], "from": Quoted(start), "to": Quoted(end)}
            if with_note and self.rng.random() < 0.3:
                slot["note"] = self.text(self.rng.choice(HOURS_NOTES))
            slots.append(slot)
        return slots

    def text_of(self, relative: str, data: Mapping[str, Any], comment: str | None = None) -> str:
        """A data file's text: the editor's schema line, where it comes from, the German
        data. (Its translations: `translated`.)"""
        kind = relative.split("/", 1)[0] if "/" in relative else relative
        modeline = next(k for k in KINDS if k.name == kind).modeline()
        german = _german(data)
        return dump(german, [modeline, self.header] + ([f"# {comment}"] if comment else []))

    def write(
        self,
        relative: str,
        data: Mapping[str, Any],
        comment: str | None = None,
        *,
        kreis: _Kreis | None = None,
    ) -> None:
        self.files[relative] = self.text_of(relative, data, comment)
        self.translated[relative] = dict(_texts(data))
        if kreis is not None:
            self.owners[relative] = kreis.slug

    # -- the data set ----------------------------------------------------------------------

    def towns_and_kreise(self) -> list[_Kreis]:
        size, rng = self.size, self.rng
        stems = rng.sample(KREIS_STEMS, size.kreise)
        names: set[str] = set()
        slugs: set[str] = set()
        kreise: list[_Kreis] = []
        per_kreis = _spread(size.towns, size.kreise, rng, minimum=1)
        for stem, count in zip(stems, per_kreis, strict=True):
            short = stem + rng.choice(KREIS_SUFFIXES)
            kreis_slug = slug(short)
            towns: list[_Town] = []
            while len(towns) < count:
                name = self.town_name()
                town_slug = slug(name)
                if name in names or town_slug in slugs:
                    continue
                names.add(name)
                slugs.add(town_slug)
                kind = "Stadt" if name.startswith("Bad ") or rng.random() < 0.35 else "Gemeinde"
                towns.append(_Town(f"{kreis_slug}-{town_slug}", name, kind))
            kreise.append(_Kreis(kreis_slug, f"Kreis {short}", short, towns, []))
        return kreise

    def town_name(self) -> str:
        rng = self.rng
        name = rng.choice(TOWN_STEMS) + rng.choice(TOWN_SUFFIXES)
        roll = rng.random()
        if roll < 0.2:
            name = rng.choice(TOWN_PREFIXES) + name.lower()
        elif roll < 0.27:
            name = "Bad " + name
        if rng.random() < 0.06:
            name += rng.choice(TOWN_QUALIFIERS)
        return name

    def person(self) -> tuple[str, str, int]:
        """(first name, surname, 0 = female / 1 = male)."""
        gender = self.rng.randrange(2)
        first = self.rng.choice(FIRST_NAMES_M if gender else FIRST_NAMES_F)
        last = self.rng.choice(SURNAME_STARTS) + self.rng.choice(SURNAME_ENDS)
        return first, last, gender

    def address(self, kreis: _Kreis) -> dict[str, Any]:
        town = self.rng.choice(kreis.towns)
        return {
            "street": f"{self.rng.choice(STREETS)} {self.rng.randrange(1, 60)}",
            "postcode": Quoted(f"6{self.rng.randrange(1000, 9999):04d}"),
            "town": town.name,
        }

    def organisations(self, kreise: list[_Kreis], project_counts: list[int]) -> None:
        for kreis, projects in zip(kreise, project_counts, strict=True):
            leitstelle = self.unique_id(f"{kreis.slug}-leitstelle")
            self.write(
                f"organisationen/{leitstelle}.yml",
                {
                    "name": f"Landratsamt {kreis.name} – Leitstelle Integration",
                    "short_name": f"Leitstelle Integration {kreis.short}",
                    "kind": "authority",
                    "description": self.text(ORG_LEITSTELLE, kreis=kreis.name),
                    "phone": self.phone(),
                    "email": self.email(f"integration.{kreis.slug}"),
                    "website": f"https://example.org/{kreis.slug}/integration",
                    "office_hours": self.hours(),
                    "address": self.address(kreis),
                    "source": SOURCE_NOTE,
                },
                comment=f"The Kreis {kreis.short} is encoded as this organisation.",
                kreis=kreis,
            )
            count = max(1, min(len(CARRIERS), (projects + 1) // 2))
            for carrier_id, name, short in self.rng.sample(CARRIERS, count):
                town = self.rng.choice(kreis.towns).name
                org_id = self.unique_id(f"{kreis.slug}-{carrier_id}")
                full = name.format(kreis=kreis.short, town=town)
                short_name = short.format(kreis=kreis.short, town=town)
                kreis.carriers.append((org_id, full, short_name))
                record: dict[str, Any] = {
                    "name": full,
                    "short_name": short_name,
                    "kind": "carrier",
                    "description": self.text(ORG_CARRIER, name=full),
                }
                if self.rng.random() < 0.8:
                    record["phone"] = self.phone()
                    record["email"] = self.email(f"{carrier_id}.{kreis.slug}")
                if self.rng.random() < 0.6:
                    record["website"] = f"https://example.org/{org_id}"
                if self.rng.random() < 0.5:
                    record["address"] = self.address(kreis)
                record["source"] = SOURCE_NOTE
                self.write(f"organisationen/{org_id}.yml", record, kreis=kreis)
        for org_id, name, short, kind, phrase in LAND_ORGS:
            self.used_ids.add(org_id)
            self.write(
                f"organisationen/{org_id}.yml",
                {
                    "name": name,
                    "short_name": short,
                    "kind": kind,
                    "description": self.text(phrase),
                    "phone": self.phone(),
                    "email": self.email(org_id),
                    "website": f"https://example.org/{org_id}",
                    "source": SOURCE_NOTE,
                },
            )

    def contact(
        self, kreis: _Kreis, organisation: str, role: str, *, published: bool = True
    ) -> str:
        first, last, gender = self.person()
        contact_id = self.unique_id(f"{kreis.slug}-{slug(first)}-{slug(last)}")
        record: dict[str, Any] = {
            "name": f"{first} {last}",
            "organisation": organisation,
            "role": self.text(ROLES[role][gender]),
        }
        if self.rng.random() < 0.85:
            record["phone"] = self.phone()
        if self.rng.random() < 0.9:
            record["email"] = self.email(f"{slug(first)}.{slug(last)}")
        spoken = sorted(set(self.rng.sample(SPOKEN, self.rng.randrange(0, 4))))
        record["languages"] = Flow(["de", *(code for code in spoken if code != "de")])
        if self.rng.random() < 0.2:
            record["office_hours"] = self.hours(with_note=False)
        record["published"] = published
        record["reviewed"] = self.reviewed()
        record["source"] = SOURCE_NOTE
        comment = None if published else "No documented consent yet: must appear nowhere."
        self.write(f"kontakte/{contact_id}.yml", record, comment=comment, kreis=kreis)
        return contact_id

    def einsatzfelder(self) -> list[str]:
        felder = FELDER[: self.size.einsatzfelder]
        for index, feld in enumerate(felder):
            self.used_ids.add(feld.id)
            self.write(
                f"einsatzfelder/{feld.id}.yml",
                {
                    "title": self.text(feld.title),
                    "summary": self.text(feld.summary),
                    "description": Texts(
                        {
                            lang: _paragraphs(
                                [f"{FELD_INTRO[lang]} {feld.summary[lang]}", FELD_LIMITS[lang]]
                            )
                            for lang in self.languages
                        }
                    ),
                    "icon": feld.icon,
                    "order": (index + 1) * 10,
                },
            )
        return [feld.id for feld in felder]

    def projects(
        self, kreise: list[_Kreis], counts: list[int], felder: list[str]
    ) -> list[_Project]:
        """Plan the projects of every Kreis (contacts are added later)."""
        rng = self.rng
        projects: list[_Project] = []
        for kreis, count in zip(kreise, counts, strict=True):
            order = rng.sample(kreis.towns, len(kreis.towns))
            served: list[list[str]] = [[town.id] for town in order[:count]]
            for town in order[count:]:
                if rng.random() < 0.92:  # the rest: not yet recorded for any project
                    served[rng.randrange(count)].append(town.id)
            for index in range(count):
                if count > 1 and rng.random() < 0.1:  # a town served by two projects
                    other = rng.choice([i for i in range(count) if i != index])
                    if order[index].id not in served[other]:
                        served[other].append(order[index].id)
            position = {town.id: number for number, town in enumerate(kreis.towns)}
            for index in range(count):
                carrier_id, carrier, _ = rng.choice(kreis.carriers)
                home = order[index]
                project_id = self.unique_id(f"{kreis.slug}-lotsen-{slug(home.name)}")
                # Every tenth project is not translated into Tigrinya and Somali yet.
                langs = [
                    code
                    for code in self.languages
                    if len(projects) % 10 != 9 or code not in ("ti", "so")
                ]
                parts = sorted(rng.sample(range(len(PROJECT_SUMMARY)), rng.choice([2, 2, 3])))
                record: dict[str, Any] = {
                    "title": self.text(PROJECT_TITLE, langs, name=home.name),
                    "organisation": carrier_id,
                    "summary": self.sentences(
                        [PROJECT_SUMMARY[i] for i in parts], langs, town=home.name, carrier=carrier
                    ),
                }
                if rng.random() < 0.7:
                    record["how_to_request"] = self.text(rng.choice(HOW_TO_REQUEST), langs)
                if rng.random() < 0.9:
                    chosen = rng.sample(felder, rng.randrange(1, min(6, len(felder)) + 1))
                    record["einsatzfelder"] = sorted(chosen, key=felder.index)
                if rng.random() < 0.95:  # a few projects do not say yet which towns they serve
                    record["towns"] = sorted(served[index], key=position.__getitem__)
                record["contacts"] = []  # filled in when the contacts exist
                if rng.random() < 0.8:
                    record["phone"] = self.phone()
                if rng.random() < 0.8:
                    record["email"] = self.email(f"lotsen.{project_id}")
                if rng.random() < 0.5:
                    record["website"] = f"https://example.org/{project_id}"
                if rng.random() < 0.3:
                    record["office_hours"] = self.hours()
                record["reviewed"] = self.reviewed()
                record["source"] = SOURCE_NOTE
                projects.append(_Project(kreis, project_id, carrier_id, record))
        return projects

    def news(self, kreise: list[_Kreis]) -> None:
        for index in range(self.size.news):
            kind = NEWS[index % len(NEWS)]
            kreis = self.rng.choice(kreise)
            town = self.rng.choice(kreis.towns).name
            day = BASE_DATE - timedelta(days=index * 23 + self.rng.randrange(0, 20))
            fields = {"kreis": kreis.name, "town": town, "count": self.rng.randrange(6, 25)}
            # The second news item is only in German and English (German fallback elsewhere).
            langs = [SOURCE, "en"] if index == 1 else None
            title = self.text(kind.title, langs, **fields)
            news_id = self.unique_id(f"{day.isoformat()}-{slug(title[SOURCE])}"[:60].rstrip("-"))
            self.write(
                f"aktuelles/{news_id}.yml",
                {
                    "date": day,
                    "title": title,
                    "summary": self.text(kind.summary, langs, **fields),
                    "body": self.prose(kind.body, langs, **fields),
                    "source": SOURCE_NOTE,
                },
                kreis=kreis,
            )

    def run(self) -> dict[str, str]:
        size, rng = self.size, self.rng
        kreise = self.kreise = self.towns_and_kreise()
        caps = [len(kreis.towns) for kreis in kreise]  # each project has a home town
        project_counts = _spread(size.projects, size.kreise, rng, minimum=1, caps=caps)
        self.organisations(kreise, project_counts)
        felder = self.einsatzfelder()
        projects = self.projects(kreise, project_counts, felder)

        # Contacts: one WIR coordinator per Leitstelle, the rest spread over the projects.
        for kreis in kreise:
            self.contact(kreis, f"{kreis.slug}-leitstelle", "wir")
        per_project = _spread(size.contacts - size.kreise, len(projects), rng, minimum=1)
        hidden = [0] * len(projects)
        for _ in range(size.unpublished):
            hidden[rng.randrange(len(projects))] += 1
        roles = ["sozialarbeit", "ehrenamt", "lotse", "lotse", "projektleitung"]
        for project, count, secret in zip(projects, per_project, hidden, strict=True):
            kreis, carrier = project.kreis, project.carrier
            ids = [self.contact(kreis, carrier, "koordination")]
            ids += [self.contact(kreis, carrier, rng.choice(roles)) for _ in range(count - 1)]
            ids += [self.contact(kreis, carrier, "lotse", published=False) for _ in range(secret)]
            project.record["contacts"] = ids
            self.write(f"projekte/{project.id}.yml", project.record, kreis=kreis)

        self.news(kreise)
        self.site(kreise)
        towns = [
            {"id": town.id, "name": town.name, "kind": town.kind}
            for kreis in kreise
            for town in kreis.towns
        ]
        self.write(
            "orte.yml",
            {"towns": towns},
            comment=f"{len(towns)} invented towns in {len(kreise)} invented Kreise.",
        )
        for name, content in rendered_schemas().items():
            self.files[f"{SCHEMA_DIR}/{name}"] = content
        return dict(sorted(self.files.items()))

    def site_record(self, region: str, coordination: str, *, links: bool) -> dict[str, Any]:
        record: dict[str, Any] = {
            "region": region,
            "title": self.text(SITE_TITLE, region=region),
            "intro": self.prose(SITE_INTRO),
            "coordination": coordination,
        }
        if links:
            record["links"] = [
                {
                    "title": self.text(LINK_TITLE),
                    "url": "https://example.org/wegweiser",
                    "description": self.text(LINK_DESCRIPTION),
                }
            ]
        record.update(
            review_after_months=12,
            security_contact="mailto:security@example.org",
            security_expires=BASE_DATE + timedelta(days=330),
            required_translations=list(REQUIRED_TRANSLATIONS),
        )
        return record

    def site(self, kreise: list[_Kreis]) -> None:
        self.write(
            "site.yml",
            self.site_record(self.size.region, LAND_ORGS[1][0], links=True),
            comment=f"{len(kreise)} Kreise; each is an organisation <kreis>-leitstelle.",
        )

    def federation(self) -> dict[str, str]:
        """The same data as one folder per Kreis (records shared by all Kreise – Land-wide
        organisations, Einsatzfelder – in each), and federation.yml naming them. Call after
        `run`."""
        shared = {
            name: text
            for name, text in self.files.items()
            if name not in self.owners and name not in ("site.yml", "orte.yml")
        }
        files: dict[str, str] = {}
        translated: dict[str, dict[str, Texts]] = {}
        for kreis in self.kreise:
            own = {n: t for n, t in self.files.items() if self.owners.get(n) == kreis.slug}
            files.update({f"{kreis.slug}/{n}": t for n, t in {**shared, **own}.items()})
            translated.update(
                {f"{kreis.slug}/{n}": self.translated.get(n, {}) for n in [*shared, *own]}
            )
            site = self.site_record(kreis.name, f"{kreis.slug}-leitstelle", links=False)
            files[f"{kreis.slug}/site.yml"] = self.text_of("site.yml", site)
            translated[f"{kreis.slug}/site.yml"] = dict(_texts(site))
            towns = [{"id": t.id, "name": t.name, "kind": t.kind} for t in kreis.towns]
            files[f"{kreis.slug}/orte.yml"] = self.text_of("orte.yml", {"towns": towns})
        self.translated = translated
        # federation.yml keeps its texts per language, and their state, in the file itself.
        title = self.text(SITE_TITLE, region=self.size.region)
        intro = self.prose(SITE_INTRO)
        states = {
            lang: {"status": "draft"}
            for lang in self.languages
            if lang != SOURCE and lang in title and lang in intro
        }
        portal = {
            "title": title,
            "intro": intro,
            "kreise": [{"id": kreis.slug, "data": kreis.slug} for kreis in self.kreise],
            **({"translations": states} if states else {}),
        }
        files["federation.yml"] = dump(
            portal, [self.header, f"# {len(self.kreise)} invented Kreise."]
        )
        return dict(sorted(files.items()))


def _german(data: Any) -> Any:
    """`data` as the data file holds it: each text in German only."""
    if isinstance(data, Texts):
        return data[SOURCE]
    if isinstance(data, Mapping):
        return {key: _german(value) for key, value in data.items()}
    if isinstance(data, list) and not isinstance(data, Flow):
        return [_german(value) for value in data]
    return data


def _texts(data: Any, path: str = "") -> Iterator[tuple[str, Texts]]:
    """Every text of `data` in several languages, with its field path as catalog contexts
    write it (`office_hours[2].note`, `links[1].title`)."""
    if isinstance(data, Texts):
        yield path, data
    elif isinstance(data, Mapping):
        for key, value in data.items():
            yield from _texts(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, f"{path}[{index + 1}]")


def _earlier(german: str) -> str:
    """The German text before its last edit: the previous msgid of an outdated translation."""
    end = "\n" if german.endswith("\n") else ""
    words = german.rstrip("\n").split(" ")
    return " ".join(words[:-1]) + end if len(words) > 1 else f"{german} (alt)"


def write_catalogs(
    folder: Path,
    translated: Mapping[str, Mapping[str, Texts]],
    languages: Sequence[str],
    seed: int,
) -> None:
    """The data catalogs of one generated folder, one per language but German: every German
    text of its records as `make translations` enters them (lotsenportal.translations.catalog_sync),
    filled in from the phrase book. Per record and language the translations are reviewed
    (REVIEWED_SHARE) or drafts, single texts outdated (OUTDATED_SHARE); languages the phrase
    book or a record lacks stay missing. `translated`: file → field path → text per language."""
    sources = catalog_sync.data_sources(load_dataset(folder, languages, today=BASE_DATE))
    for lang in languages:
        if lang == SOURCE:
            continue
        path = catalogs.catalog_path(folder, lang, catalogs.DATA)
        catalog = polib.pofile(catalogs.update(path, lang, catalogs.DATA, sources), wrapwidth=0)
        rolls: dict[str, tuple[random.Random, bool]] = {}  # record → (dice, reviewed)
        for entry in catalog:
            key, _, field_path = entry.msgctxt.partition("#")
            if key.startswith("orte/"):  # town names (orte/<id>#name) stay as written
                continue
            texts = translated[f"{key}.yml"][field_path]
            if texts[SOURCE] != entry.msgid:
                raise ValueError(f"{entry.msgctxt}: {entry.msgid!r} is not {texts[SOURCE]!r}")
            if lang not in texts:
                continue
            # Same seed, same states; a record shared by several Kreise has the same in each.
            if key not in rolls:
                dice = random.Random(f"bench.synthetic:{seed}:{key}:{lang}")
                rolls[key] = (dice, dice.random() < REVIEWED_SHARE)
            roll, reviewed = rolls[key]
            entry.msgstr = texts[lang]
            if roll.random() < OUTDATED_SHARE:
                entry.flags = ["fuzzy"]
                entry.previous_msgid = _earlier(entry.msgid)
            elif not reviewed:
                entry.flags = ["fuzzy"]
        catalogs.write_if_changed(path, str(catalog))


def _spread(
    total: int,
    parts: int,
    rng: random.Random,
    *,
    minimum: int = 0,
    caps: Sequence[int] | None = None,
) -> list[int]:
    """`total` split into `parts` counts of at least `minimum` (and at most `caps`), unevenly,
    as real Kreise are."""
    limits = list(caps) if caps is not None else [total] * parts
    if total < parts * minimum or total > sum(limits):
        raise ValueError(f"cannot split {total} into {parts} parts of {minimum}…{limits}")
    counts = [minimum] * parts
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    for _ in range(total - parts * minimum):
        open_parts = [i for i in range(parts) if counts[i] < limits[i]]
        counts[rng.choices(open_parts, [weights[i] for i in open_parts])[0]] += 1
    return counts


# --------------------------------------------------------------------------------------------
# Public interface


def generate(
    size: str,
    target: Path,
    *,
    seed: int = 1,
    languages: Sequence[str] | None = None,
    root: Path | None = None,
    federation: bool = False,
) -> Path:
    """Write data folder `size` into `target` (which must not exist or be empty); with
    `federation`, one folder per Kreis and `target/federation.yml`.

    `languages` defaults to those of `<root>/mkdocs.yml`; `root` (default: the current
    folder) is also where "htk" copies `data/` from."""
    root = root or Path.cwd()
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target} is not empty")
    if size == HTK:
        if federation:
            raise ValueError("htk is one Kreis: a federation needs a generated size")
        shutil.copytree(root / "data", target, dirs_exist_ok=True)
        return target
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}; known: {', '.join(NAMES)}")
    if languages is None:
        languages = [lang.code for lang in from_mkdocs_yml(root / "mkdocs.yml")]
    generator = _Generator(SIZES[size], seed, languages)
    files = generator.run()
    if federation:
        files = generator.federation()
    for relative, content in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")
    # Each data folder (one per Kreis in a federation) has its own catalogs.
    for folder in [kreis.slug for kreis in generator.kreise] if federation else [""]:
        prefix = f"{folder}/" if folder else ""
        translated = {
            name.removeprefix(prefix): texts
            for name, texts in generator.translated.items()
            if name.startswith(prefix)
        }
        write_catalogs(target / folder, translated, languages, seed)
    return target


def count_records(data_dir: Path) -> dict[str, int]:
    """How many records of each kind a data folder holds (contacts: published only)."""
    counts: dict[str, int] = {}
    for folder in ("organisationen", "projekte", "einsatzfelder", "aktuelles"):
        counts[folder] = len(list((data_dir / folder).glob("*.yml")))
    published = 0
    unpublished = 0
    for file in (data_dir / "kontakte").glob("*.yml"):
        record: Any = yaml.safe_load(file.read_text(encoding="utf-8"))
        if record.get("published") is True:
            published += 1
        else:
            unpublished += 1
    counts["kontakte"] = published
    counts["kontakte_unpublished"] = unpublished
    towns: Any = yaml.safe_load((data_dir / "orte.yml").read_text(encoding="utf-8"))
    counts["orte"] = len(towns.get("towns") or [])
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synthetic",
        description="Write an invented, valid data folder (same seed, same bytes).",
    )
    parser.add_argument("size", choices=NAMES)
    parser.add_argument("target", type=Path, help="new or empty folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--federation", action="store_true", help="one folder per Kreis and federation.yml"
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="folder with mkdocs.yml")
    args = parser.parse_args(argv)
    try:
        generate(args.size, args.target, seed=args.seed, root=args.root, federation=args.federation)
    except (FileExistsError, ValueError) as err:
        print(err, file=sys.stderr)
        return 1
    if args.federation:
        print(f"{args.target}/federation.yml")
        return 0
    counts = count_records(args.target)
    print(f"{args.target}: " + ", ".join(f"{key} {value}" for key, value in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
