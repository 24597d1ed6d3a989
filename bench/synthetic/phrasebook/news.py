"""Phrase book: the kinds of news items (aktuelles/), each a title, a summary and two
paragraphs of body; {kreis}, {town} and {count} are filled in."""

from __future__ import annotations

from dataclasses import dataclass

from . import Phrase, phrase


@dataclass(frozen=True)
class NewsKind:
    title: Phrase
    summary: Phrase
    body: tuple[Phrase, Phrase]


NEWS = [
    NewsKind(
        phrase(
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
        phrase(
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
            phrase(
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
            phrase(
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
        phrase(
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
        phrase(
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
            phrase(
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
            phrase(
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
        phrase(
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
        phrase(
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
            phrase(
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
            phrase(
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
