"""The demo's resource centres as data: the 2019 totals of the source, the centres (kk / ru / en
names, cities, hours, services), the pages' texts, the staff logins and the referred requests.
`demo.py` builds them into pages and rows."""

from __future__ import annotations

import datetime as dt

from .models import ConsultationTopic, ReferralSource

TOTALS_2019 = {
    "applied": 2566,
    "about_divorce": 2423,
    "reconciled": 871,
    "with_children": 1898,
    "raised_residence": 1270,
}
AGES_2019 = (20, 77)
MONTHS_2019 = [dt.date(2019, month, 1) for month in range(6, 12)]
MONTH_WEIGHTS = [14, 15, 17, 18, 18, 18]

INDEX_TEXT = {
    "kk": (
        "Отбасы орталықтары",
        "Психолог, әлеуметтік қызметкер, заңгер және медиатор тегін көмектесетін отбасы ресурстық "
        "орталықтары мен кабинеттері. Қаланы және қажетті көмекті таңдаңыз.",
    ),
    "ru": (
        "Семейные центры",
        "Семейные ресурсные центры и кабинеты, где бесплатно помогают психолог, социальный работник, "
        "юрист и медиатор. Выберите город и нужную помощь.",
    ),
    "en": (
        "Family centres",
        "Family resource centres and cabinets where a psychologist, a social worker, a lawyer and a "
        "mediator help free of charge. Choose your city and the help you need.",
    ),
}

STATISTICS_TEXT = {
    "kk": (
        "Орталықтар статистикасы",
        "Орталықтарға кім және қандай сұрақпен жүгінді: айлар, қалалар және орталықтар бойынша "
        "жасырын сандар.",
    ),
    "ru": (
        "Статистика центров",
        "Кто и с какими вопросами обращался в центры: обезличенные цифры по месяцам, городам и "
        "центрам.",
    ),
    "en": (
        "Centre statistics",
        "Who came to the centres and why: anonymous figures by month, city and centre.",
    ),
}

WEEKDAYS = [(day, "09:00", "18:00") for day in range(5)]
WEEKDAYS_AND_SATURDAY = [*WEEKDAYS, (5, "10:00", "14:00")]
LATE_WEEKDAYS = [(day, "10:00", "20:00") for day in range(5)] + [(5, "10:00", "16:00")]
CABINET_HOURS = [(day, "09:00", "13:00") for day in range(5)] + [
    (day, "14:00", "18:00") for day in range(5)
]

HOLIDAYS = [  # date, note in kk / ru / en
    (dt.date(2026, 12, 16), ("Тәуелсіздік күні", "День Независимости", "Independence Day")),
    (dt.date(2027, 1, 1), ("Жаңа жыл", "Новый год", "New Year")),
    (dt.date(2027, 1, 2), ("Жаңа жыл", "Новый год", "New Year")),
    (
        dt.date(2027, 3, 8),
        ("Халықаралық әйелдер күні", "Международный женский день", "Women's Day"),
    ),
    (dt.date(2027, 3, 21), ("Наурыз", "Наурыз", "Nauryz")),
    (dt.date(2027, 3, 22), ("Наурыз", "Наурыз", "Nauryz")),
    (dt.date(2027, 3, 23), ("Наурыз", "Наурыз", "Nauryz")),
]

ALL_SERVICES = ["psychologist", "social_worker", "lawyer", "mediator", "child_psychologist"]

# slug, kind, city, weight, (lat, lon), phone, services, languages, beside office, hours,
# titles kk/ru/en, addresses kk/ru/en
CENTRES = [
    ("astana-1", "centre", "astana", 5, ("51.128207", "71.430411"), "+7 7172 55 01 01",
     ALL_SERVICES, ["kk", "ru", "en"], True, WEEKDAYS_AND_SATURDAY,
     ("Астана №1 отбасы ресурстық орталығы", "Семейный ресурсный центр Астана № 1",
      "Astana Family Resource Centre No. 1"),
     ("Астана қ., Сарыарқа ауданы, Бейбітшілік к-сі, 10", "г. Астана, район Сарыарка, ул. Бейбитшилик, 10",
      "10 Beibitshilik St, Saryarka district, Astana")),
    ("astana-2", "centre", "astana", 4, ("51.089580", "71.416020"), "+7 7172 55 02 02",
     ["psychologist", "lawyer", "mediator", "child_psychologist"], ["kk", "ru"], False, LATE_WEEKDAYS,
     ("Астана №2 отбасы ресурстық орталығы", "Семейный ресурсный центр Астана № 2",
      "Astana Family Resource Centre No. 2"),
     ("Астана қ., Есіл ауданы, Тұран даңғ., 24", "г. Астана, район Есиль, пр. Туран, 24",
      "24 Turan Ave, Yesil district, Astana")),
    ("astana-cabinet", "cabinet", "astana", 2, ("51.160523", "71.470356"), "+7 7172 55 03 03",
     ["psychologist", "mediator"], ["kk", "ru"], True, CABINET_HOURS,
     ("Алматы ауданы АХАТ бөліміндегі ресурстық кабинет (Астана)",
      "Ресурсный кабинет при ЗАГС района Алматы (Астана)",
      "Resource cabinet at the Almaty district registry office (Astana)"),
     ("Астана қ., Алматы ауданы, Жеңіс даңғ., 67", "г. Астана, район Алматы, пр. Женис, 67",
      "67 Zhenis Ave, Almaty district, Astana")),
    ("almaty-1", "centre", "almaty", 5, ("43.238949", "76.945465"), "+7 727 355 01 01",
     ALL_SERVICES, ["kk", "ru", "en"], True, WEEKDAYS_AND_SATURDAY,
     ("Алматы №1 отбасы ресурстық орталығы", "Семейный ресурсный центр Алматы № 1",
      "Almaty Family Resource Centre No. 1"),
     ("Алматы қ., Алмалы ауданы, Төле би к-сі, 85", "г. Алматы, Алмалинский район, ул. Толе би, 85",
      "85 Tole Bi St, Almaly district, Almaty")),
    ("almaty-2", "centre", "almaty", 4, ("43.222015", "76.851248"), "+7 727 355 02 02",
     ["psychologist", "social_worker", "mediator"], ["kk", "ru"], False, LATE_WEEKDAYS,
     ("Алматы №2 отбасы ресурстық орталығы", "Семейный ресурсный центр Алматы № 2",
      "Almaty Family Resource Centre No. 2"),
     ("Алматы қ., Ауэзов ауданы, Абай даңғ., 150", "г. Алматы, Ауэзовский район, пр. Абая, 150",
      "150 Abai Ave, Auezov district, Almaty")),
    ("almaty-cabinet", "cabinet", "almaty", 2, ("43.256670", "76.928610"), "+7 727 355 03 03",
     ["lawyer", "social_worker"], ["kk", "ru"], True, CABINET_HOURS,
     ("Медеу ауданы АХАТ бөліміндегі ресурстық кабинет (Алматы)",
      "Ресурсный кабинет при ЗАГС Медеуского района (Алматы)",
      "Resource cabinet at the Medeu district registry office (Almaty)"),
     ("Алматы қ., Медеу ауданы, Қонаев к-сі, 52", "г. Алматы, Медеуский район, ул. Кунаева, 52",
      "52 Kunaev St, Medeu district, Almaty")),
    ("karaganda", "centre", "karaganda", 3, ("49.806406", "73.085485"), "+7 7212 41 01 01",
     ALL_SERVICES, ["kk", "ru"], True, WEEKDAYS_AND_SATURDAY,
     ("Қарағанды отбасы ресурстық орталығы", "Семейный ресурсный центр Караганды",
      "Karaganda Family Resource Centre"),
     ("Қарағанды қ., Бұқар жырау даңғ., 47", "г. Караганда, пр. Бухар жырау, 47",
      "47 Bukhar Zhyrau Ave, Karaganda")),
    ("karaganda-cabinet", "cabinet", "karaganda", 2, ("49.834450", "73.165130"), "+7 7212 41 02 02",
     ["psychologist", "mediator"], ["kk", "ru"], True, CABINET_HOURS,
     ("Қарағанды АХАТ бөліміндегі ресурстық кабинет", "Ресурсный кабинет при ЗАГС Караганды",
      "Resource cabinet at the Karaganda registry office"),
     ("Қарағанды қ., Ерубаев к-сі, 12", "г. Караганда, ул. Ерубаева, 12", "12 Erubaev St, Karaganda")),
    ("atyrau", "centre", "atyrau", 3, ("47.106700", "51.903300"), "+7 7122 27 01 01",
     ["psychologist", "social_worker", "lawyer", "mediator"], ["kk", "ru"], False, WEEKDAYS,
     ("Атырау отбасы ресурстық орталығы", "Семейный ресурсный центр Атырау",
      "Atyrau Family Resource Centre"),
     ("Атырау қ., Сәтбаев даңғ., 20", "г. Атырау, пр. Сатпаева, 20", "20 Satbayev Ave, Atyrau")),
    ("atyrau-cabinet", "cabinet", "atyrau", 2, ("47.116670", "51.883330"), "+7 7122 27 02 02",
     ["psychologist", "lawyer"], ["kk", "ru"], True, CABINET_HOURS,
     ("Атырау АХАТ бөліміндегі ресурстық кабинет", "Ресурсный кабинет при ЗАГС Атырау",
      "Resource cabinet at the Atyrau registry office"),
     ("Атырау қ., Әйтеке би к-сі, 43", "г. Атырау, ул. Айтеке би, 43", "43 Aiteke Bi St, Atyrau")),
    ("oskemen-1", "centre", "oskemen", 3, ("49.948325", "82.627848"), "+7 7232 57 01 01",
     ALL_SERVICES, ["kk", "ru"], True, WEEKDAYS_AND_SATURDAY,
     ("Өскемен №1 отбасы ресурстық орталығы", "Семейный ресурсный центр Усть-Каменогорск № 1",
      "Oskemen Family Resource Centre No. 1"),
     ("Өскемен қ., Қазақстан к-сі, 59", "г. Усть-Каменогорск, ул. Казахстан, 59",
      "59 Kazakhstan St, Oskemen")),
    ("oskemen-2", "centre", "oskemen", 2, ("49.976500", "82.606100"), "+7 7232 57 02 02",
     ["psychologist", "social_worker", "child_psychologist"], ["ru", "kk"], False, WEEKDAYS,
     ("Өскемен №2 отбасы ресурстық орталығы", "Семейный ресурсный центр Усть-Каменогорск № 2",
      "Oskemen Family Resource Centre No. 2"),
     ("Өскемен қ., Тәуелсіздік даңғ., 88", "г. Усть-Каменогорск, пр. Независимости, 88",
      "88 Independence Ave, Oskemen")),
    ("taraz", "centre", "taraz", 3, ("42.900000", "71.366700"), "+7 7262 43 01 01",
     ALL_SERVICES, ["kk", "ru"], True, WEEKDAYS_AND_SATURDAY,
     ("Тараз отбасы ресурстық орталығы", "Семейный ресурсный центр Тараза",
      "Taraz Family Resource Centre"),
     ("Тараз қ., Төле би даңғ., 36", "г. Тараз, пр. Толе би, 36", "36 Tole Bi Ave, Taraz")),
    ("kokshetau", "centre", "kokshetau", 2, ("53.283330", "69.383330"), "+7 7162 25 01 01",
     ["psychologist", "social_worker", "lawyer", "mediator"], ["kk", "ru"], True, WEEKDAYS,
     ("Көкшетау отбасы ресурстық орталығы", "Семейный ресурсный центр Кокшетау",
      "Kokshetau Family Resource Centre"),
     ("Көкшетау қ., Абай к-сі, 89", "г. Кокшетау, ул. Абая, 89", "89 Abai St, Kokshetau")),
    ("kostanay-1", "centre", "kostanay", 3, ("53.214440", "63.624170"), "+7 7142 53 01 01",
     ALL_SERVICES, ["kk", "ru"], True, WEEKDAYS_AND_SATURDAY,
     ("Қостанай №1 отбасы ресурстық орталығы", "Семейный ресурсный центр Костанай № 1",
      "Kostanay Family Resource Centre No. 1"),
     ("Қостанай қ., Әл-Фараби даңғ., 65", "г. Костанай, пр. Аль-Фараби, 65",
      "65 Al-Farabi Ave, Kostanay")),
    ("kostanay-2", "centre", "kostanay", 2, ("53.185000", "63.585000"), "+7 7142 53 02 02",
     ["psychologist", "mediator", "child_psychologist"], ["ru", "kk"], False, LATE_WEEKDAYS,
     ("Қостанай №2 отбасы ресурстық орталығы", "Семейный ресурсный центр Костанай № 2",
      "Kostanay Family Resource Centre No. 2"),
     ("Қостанай қ., Байтұрсынов к-сі, 95", "г. Костанай, ул. Байтурсынова, 95",
      "95 Baitursynov St, Kostanay")),
]  # fmt: skip

SUMMARY = {
    "centre": {
        "kk": "Психологиялық, әлеуметтік және заңгерлік көмек, медиация. Тегін, алдын ала жазылып.",
        "ru": "Психологическая, социальная и юридическая помощь, медиация. Бесплатно, по записи.",
        "en": "Psychological, social and legal help and mediation. Free, by appointment.",
    },
    "cabinet": {
        "kk": "АХАТ бөліміндегі шағын кабинет: неке тіркеуге немесе ажырасуға келгендерге кеңес.",
        "ru": "Небольшой кабинет в отделе ЗАГС: консультации для тех, кто пришёл на регистрацию брака или развода.",
        "en": "A small cabinet in the registry office: advice for those who come to register a marriage or a divorce.",
    },
}
DIRECTIONS = {
    "kk": "Қоғамдық көлік аялдамасынан 3 минут жаяу. Кіреберіс ғимараттың алдыңғы жағында, бірінші қабат.",
    "ru": "3 минуты пешком от остановки общественного транспорта. Вход с фасада, первый этаж.",
    "en": "A 3-minute walk from the bus stop. Entrance at the front of the building, ground floor.",
}
ACCESSIBILITY = {
    "kk": "Пандусы бар кіреберіс, кабинеттер бірінші қабатта. Балалар бұрышы бар.",
    "ru": "Вход с пандусом, кабинеты на первом этаже. Есть детский уголок.",
    "en": "Step-free entrance with a ramp, rooms on the ground floor. A children's corner.",
}

STAFF = [
    ("staff_astana1", "astana-1"),
    ("staff_almaty1", "almaty-1"),
    ("staff_almaty2", "almaty-2"),
]

DEMO_REQUESTS = [
    (3, ReferralSource.OFFICE, ConsultationTopic.COMMUNICATION, True),
    (9, ReferralSource.COURSE, ConsultationTopic.LEGAL, True),
    (17, ReferralSource.CERTIFICATE, ConsultationTopic.CHILDREN, True),
    (26, ReferralSource.DIRECTORY, ConsultationTopic.OTHER, False),
    (38, ReferralSource.OFFICE, ConsultationTopic.COMMUNICATION, True),
    (45, ReferralSource.GUIDE, ConsultationTopic.DIVORCE, False),
    (52, ReferralSource.COURSE, ConsultationTopic.COMMUNICATION, True),
]
