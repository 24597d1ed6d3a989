"""Phrase book: the texts of a project (title, summary sentences, how to ask for a guide) and
the notes on office hours that organisations, projects and contacts share."""

from . import phrase

PROJECT_TITLE = phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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
    phrase(
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

# Notes on a time of office hours (organisations, projects).
HOURS_NOTES = [
    phrase(
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
    phrase(
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
