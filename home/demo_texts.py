"""The demo site's own texts (home, About, Privacy, footer) in kk, ru and en: data only."""

HOME_TEXT = {
    "kk": {
        "title": "Отбасы өмірін бірге үйренейік",
        "intro": (
            "Otbasy Academy — некеге тұрғалы жүрген жұптарға, отбасыларға және мектептерге арналған "
            "тегін оқу алаңы. Мұнда қарым-қатынас, келісім, отбасы бюджеті, ерлі-зайыптылардың құқықтары "
            "мен балалар туралы сабақтар бар, ал көмек керек болса — жақын маңдағы отбасы орталығын табасыз."
        ),
        "why_heading": "Неліктен бұл маңызды",
        "why": (
            "<p>2019 жылы «Бақытты отбасы» ресурстық орталықтарына алты айда 2 566 адам жүгінді, "
            "олардың 2 423-і ажырасу туралы сұрақпен келген. Адамдар көмекке көбіне тым кеш, ажырасу "
            "алдында ғана келеді. Сондықтан біз отбасы өміріне дайындықты неке тіркелгенге дейін, "
            "АХАТ бөлімінде бастауды және мектептен бастап үйретуді ұсынамыз.</p>"
        ),
        "cards_heading": "Кімге арналған",
        "cards": [
            (
                "Некеге дайындалып жүрген жұптарға",
                "АХАТ қызметкері берген кодпен курсты екеуіңіз бірге "
                "онлайн өтесіздер, тест тапсырып, неке тіркеуге сертификат аласыздар.",
            ),
            (
                "Отбасыларға",
                "Некенің алғашқы жылдары, дау-дамайды сабырмен шешу, бала тәрбиесі және "
                "отбасы бюджеті туралы қысқа сабақтар.",
            ),
            (
                "Мектептерге",
                "Мұғалімдерге 5–11 сыныптарға арналған дайын сабақ жоспарлары: "
                "мақсаттары, уақыты, жаттығулары және таратпа материалдары.",
            ),
            (
                "Көмек қажет болса",
                "Психолог, әлеуметтік қызметкер, заңгер және медиатор жұмыс істейтін "
                "отбасы ресурстық орталықтары 8 қалада бар. Қауіп төнсе, 112 нөміріне қоңырау шалыңыз.",
            ),
        ],
    },
    "ru": {
        "title": "Учимся семейной жизни вместе",
        "intro": (
            "Otbasy Academy — бесплатная учебная площадка для пар, которые готовятся к браку, для семей "
            "и для школ. Здесь уроки об общении, согласии, семейном бюджете, правах супругов и детях, а "
            "если нужна помощь — вы найдёте ближайший семейный ресурсный центр."
        ),
        "why_heading": "Почему это важно",
        "why": (
            "<p>В 2019 году за шесть месяцев в ресурсные центры «Бақытты отбасы» обратились 2 566 человек, "
            "2 423 из них — по вопросу развода. Люди приходят за помощью слишком поздно, уже на пороге "
            "развода. Поэтому подготовку к семейной жизни мы предлагаем начинать до регистрации брака, в "
            "отделе ЗАГС, и учить этому уже в школе.</p>"
        ),
        "cards_heading": "Для кого это",
        "cards": [
            (
                "Парам, которые готовятся к браку",
                "С кодом, который выдал сотрудник ЗАГС, вы вдвоём "
                "проходите курс онлайн, отвечаете на тесты и получаете сертификат к регистрации брака.",
            ),
            (
                "Семьям",
                "Короткие уроки о первых годах брака, спокойном разрешении конфликтов, "
                "воспитании детей и семейном бюджете.",
            ),
            (
                "Школам",
                "Готовые планы уроков для 5–11 классов: цели, продолжительность, упражнения и "
                "раздаточные материалы для учителя.",
            ),
            (
                "Если нужна помощь",
                "Семейные ресурсные центры с психологами, социальными работниками, "
                "юристами и медиаторами работают в 8 городах. При опасности звоните 112.",
            ),
        ],
    },
    "en": {
        "title": "Learning family life together",
        "intro": (
            "Otbasy Academy is a free place to learn for couples preparing to marry, for families and for "
            "schools. It has lessons on communication, agreement, the household budget, spouses' rights "
            "and children, and when you need help it shows you the nearest family resource centre."
        ),
        "why_heading": "Why it matters",
        "why": (
            "<p>In 2019, in six months, 2,566 people came to the «Бақытты отбасы» (Happy Family) resource "
            "centres, 2,423 of them about divorce. People look for help too late, when divorce is already "
            "at the door. So we offer preparation for family life before the marriage is registered, at "
            "the registry office, and teach it from school onwards.</p>"
        ),
        "cards_heading": "Who it is for",
        "cards": [
            (
                "Couples preparing to marry",
                "With the code your registry office gives you, the two of "
                "you take the course online, answer the quizzes and receive a certificate for your "
                "registration.",
            ),
            (
                "Families",
                "Short lessons on the first years of marriage, settling conflicts calmly, "
                "raising children and the household budget.",
            ),
            (
                "Schools",
                "Ready lesson plans for grades 5–11: objectives, timings, activities and "
                "handouts for the teacher.",
            ),
            (
                "When you need help",
                "Family resource centres with psychologists, social workers, "
                "lawyers and mediators work in 8 cities. If anyone is in danger, call 112.",
            ),
        ],
    },
}

ABOUT_TEXT = {
    "kk": (
        "Жоба туралы",
        "Otbasy Academy АХАТ бөлімдерін неке тіркелетін жерден отбасы өмірін үйренетін орынға айналдырады.",
        "<p>Платформаны «Бақытты отбасы» жобасының отбасы ресурстық орталықтарының тәжірибесіне сүйеніп "
        "жасадық. Орталықтар 8 қалада психологиялық, әлеуметтік, заңгерлік көмек пен медиация көрсетеді.</p>"
        "<p>Курстарды редакторлар қазақ, орыс және ағылшын тілдерінде жазады, ал АХАТ қызметкерлері жұптарға "
        "курс тағайындап, сертификатты тексереді.</p>",
    ),
    "ru": (
        "О проекте",
        "Otbasy Academy превращает отдел ЗАГС из места регистрации брака в место, где учатся семейной жизни.",
        "<p>Платформа создана на опыте семейных ресурсных центров проекта «Бақытты отбасы». Центры в 8 "
        "городах оказывают психологическую, социальную, юридическую помощь и медиацию.</p>"
        "<p>Курсы пишут редакторы на казахском, русском и английском языках, а сотрудники ЗАГС назначают "
        "парам курс и проверяют сертификат.</p>",
    ),
    "en": (
        "About the project",
        "Otbasy Academy turns the registry office from the place where marriages are registered into a "
        "place where couples learn family life.",
        "<p>The platform builds on the experience of the family resource centres of the «Бақытты отбасы» "
        "project, which offer psychological, social and legal help and mediation in 8 cities.</p>"
        "<p>Editors write the courses in Kazakh, Russian and English; registry clerks assign a course to "
        "a couple and check the certificate.</p>",
    ),
}

PRIVACY_TEXT = {
    "kk": (
        "Құпиялылық",
        "Біз тек қажетті деректерді сақтаймыз және оларды ешкімге жарияламаймыз.",
        "<p>Аты-жөніңіз бен ЖСН тек АХАТ бөлімінің қызметкеріне көрінеді. ЖСН толық сақталмайды: тек "
        "іздеуге арналған кілттелген хэш пен соңғы төрт цифры. Сертификатты тексеру бетінде аттар "
        "жасырылып, тек бас әріптері көрсетіледі. Тест жауаптарыңызды серіктесіңіз көрмейді.</p>",
    ),
    "ru": (
        "Конфиденциальность",
        "Мы храним только необходимые данные и никому их не раскрываем.",
        "<p>Ваши имена и ИИН видит только сотрудник отдела ЗАГС. ИИН целиком не хранится: только ключевой "
        "хеш для поиска и последние четыре цифры. На странице проверки сертификата имена скрыты, видны "
        "только первые буквы. Ваши ответы на тесты не видит даже партнёр.</p>",
    ),
    "en": (
        "Privacy",
        "We keep only the data we need and never publish it.",
        "<p>Only the registry office's clerk sees your names and IIN. The IIN is never stored whole: only a "
        "keyed hash for look-up and its last four digits. The certificate check page masks names down to "
        "their first letters. Not even your partner sees your quiz answers.</p>",
    ),
}

FOOTER_TEXT = {
    "kk": "<p>Otbasy Academy — отбасы өмірін бірге үйренеміз. Сабақтар тегін және қазақ, орыс, ағылшын "
    "тілдерінде.</p>",
    "ru": "<p>Otbasy Academy — учимся семейной жизни вместе. Уроки бесплатны, на казахском, русском и "
    "английском языках.</p>",
    "en": "<p>Otbasy Academy — learning family life together. Lessons are free, in Kazakh, Russian and "
    "English.</p>",
}
