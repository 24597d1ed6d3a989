"""Phrase book: the site's own texts (title, introduction, the link to a guide for newcomers)
and the descriptions of the organisations (a Kreis's Leitstelle, the carriers, the Land-wide
ministry and service centre)."""

from . import phrase

SITE_TITLE = phrase(
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
    phrase(
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
    phrase(
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
LINK_TITLE = phrase(
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
LINK_DESCRIPTION = phrase(
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
ORG_LEITSTELLE = phrase(
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
ORG_CARRIER = phrase(
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
ORG_MINISTRY = phrase(
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
ORG_NETWORK = phrase(
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
