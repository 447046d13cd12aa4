"""Demo content: 12 centres and 4 cabinets in 8 cities (kk source, ru and en translations), the
directory and statistics pages, centre staff users, and the 2019 figures of the source.

The June–November 2019 figures are spread over the centres so that their sums equal the published
totals exactly: 2,566 applied, 2,423 about divorce, 871 reconciled, 1,898 with children, 1,270
raised the children's residence, ages 20 to 77. A second run finds everything and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from home.demo import (
    DemoLogin,
    ensure_home_translations,
    ensure_section_page,
    ensure_site,
    ensure_user,
    publish,
    translation_of,
)

from .invalidation import forget_statistics
from .models import (
    CentreMembership,
    ConsultationRequest,
    ConsultationTopic,
    MonthlyReport,
    OpeningException,
    OpeningHours,
    ReferralSource,
    RequestTally,
    ResourceCentreIndexPage,
    ResourceCentrePage,
    StatisticsPage,
)
from .roles import ensure_centre_staff_group

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


def _time(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def ensure_directory(homes: dict) -> dict[str, ResourceCentreIndexPage]:
    return ensure_section_page(homes, ResourceCentreIndexPage, "centres", INDEX_TEXT)


def ensure_statistics(homes: dict) -> dict[str, StatisticsPage]:
    return ensure_section_page(homes, StatisticsPage, "statistics", STATISTICS_TEXT)


def ensure_centres(directory: dict) -> dict[str, ResourceCentrePage]:
    """The 16 centres in kk, each with ru and en translations; returns the kk pages by slug."""
    existing = {p.slug: p for p in ResourceCentrePage.objects.child_of(directory["kk"])}
    centres = {}
    for (
        slug, kind, city, _weight, (lat, lon), phone, services, languages, beside, hours, titles,
        addresses,
    ) in CENTRES:  # fmt: skip
        page = existing.get(slug)
        if page is None:
            page = ResourceCentrePage(
                title=titles[0],
                slug=slug,
                kind=kind,
                city=city,
                summary=SUMMARY[kind]["kk"],
                address=addresses[0],
                directions=DIRECTIONS["kk"],
                phone=phone,
                email=f"{slug}@otbasy.kz",
                services=services,
                languages=languages,
                is_free=True,
                accessibility=ACCESSIBILITY["kk"],
                latitude=Decimal(lat),
                longitude=Decimal(lon),
                beside_registry_office=beside,
                time_zone="Asia/Atyrau" if city == "atyrau" else "Asia/Almaty",
            )
            page.opening_hours = [
                OpeningHours(weekday=day, opens=_time(opens), closes=_time(closes))
                for day, opens, closes in hours
            ]
            page.hour_exceptions = [
                OpeningException(date=date, closed=True, note=notes[0]) for date, notes in HOLIDAYS
            ]
            directory["kk"].add_child(instance=page)
            publish(page)
        centres[slug] = page
        for index, code in enumerate(("ru", "en"), start=1):
            translated = translation_of(
                page,
                code,
                title=titles[index],
                summary=SUMMARY[kind][code],
                address=addresses[index],
                directions=DIRECTIONS[code],
                accessibility=ACCESSIBILITY[code],
            )
            for date, notes in HOLIDAYS:  # child rows are copied in kk; give them their language
                translated.hour_exceptions.filter(date=date).update(note=notes[index])
    return centres


def apportion(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` into integers that sum to it (largest remainder).

    With weights that are a parent figure's parts and total <= their sum, no part exceeds its
    parent part, so the per-report rules (e.g. divorce <= applied) hold by construction.
    """
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def figures_2019() -> list[dict]:
    """One report per centre and month of June–November 2019, summing to the published totals."""
    cells = [
        (slug, month, weight * month_weight)
        for slug, _kind, _city, weight, *_rest in CENTRES
        for month, month_weight in zip(MONTHS_2019, MONTH_WEIGHTS, strict=True)
    ]
    applied = apportion(TOTALS_2019["applied"], [w for *_x, w in cells])
    divorce = apportion(TOTALS_2019["about_divorce"], applied)
    reconciled = apportion(TOTALS_2019["reconciled"], divorce)
    children = apportion(TOTALS_2019["with_children"], applied)
    residence = apportion(TOTALS_2019["raised_residence"], children)
    rows = []
    for i, (slug, month, _w) in enumerate(cells):
        rows.append(
            {
                "slug": slug,
                "month": month,
                "applied": applied[i],
                "about_divorce": divorce[i],
                "reconciled": reconciled[i],
                "with_children": children[i],
                "raised_residence": residence[i],
                # The youngest (20) and the oldest (77) visitors came to the first centre.
                "youngest_age": AGES_2019[0] if i == 0 else 21 + i % 7,
                "oldest_age": AGES_2019[1] if i == 1 else 58 + i % 17,
            }
        )
    return rows


def ensure_figures(centres: dict[str, ResourceCentrePage]) -> None:
    existing = set(MonthlyReport.objects.values_list("centre_id", "month"))
    new = []
    for row in figures_2019():
        centre = centres[row.pop("slug")]
        if (centre.pk, row["month"]) in existing:
            continue
        report = MonthlyReport(centre=centre, **row)
        report.full_clean()
        new.append(report)
    if new:
        MonthlyReport.objects.bulk_create(new)
        forget_statistics()  # bulk_create sends no post_save


def ensure_staff(centres: dict[str, ResourceCentrePage]) -> list[DemoLogin]:
    ensure_centre_staff_group()
    logins = []
    for username, slug in STAFF:
        user, login = ensure_user(username, f"centre staff ({slug})", ["Centre staff"])
        CentreMembership.objects.get_or_create(user=user, centre=centres[slug])
        if login:
            logins.append(login)
    return logins


# (days ago, source, topic, refer from an office?) for a few demo requests; names are aliases.
DEMO_REQUESTS = [
    (3, ReferralSource.OFFICE, ConsultationTopic.COMMUNICATION, True),
    (9, ReferralSource.COURSE, ConsultationTopic.LEGAL, True),
    (17, ReferralSource.CERTIFICATE, ConsultationTopic.CHILDREN, True),
    (26, ReferralSource.DIRECTORY, ConsultationTopic.OTHER, False),
    (38, ReferralSource.OFFICE, ConsultationTopic.COMMUNICATION, True),
    (45, ReferralSource.GUIDE, ConsultationTopic.DIVORCE, False),
    (52, ReferralSource.COURSE, ConsultationTopic.COMMUNICATION, True),
]


def ensure_referred_requests(offices: list) -> None:
    """A few consultation requests from the registry offices' slips, course and certificate
    pages (and the directory), so the statistics show where requests come from.

    Called by registry_offices' demo once its offices exist (that app is above this one)."""
    if ConsultationRequest.objects.exists() or not offices:
        return
    centres = list(
        ResourceCentrePage.objects.live().filter(locale__language_code="kk").order_by("pk")
    )
    if not centres:
        return
    now = timezone.now()
    for index, (days, source, topic, referred) in enumerate(DEMO_REQUESTS):
        office = offices[index % len(offices)] if referred else None
        same_city = [c for c in centres if office is not None and c.city == office.city]
        request = ConsultationRequest.objects.create(
            centre=(same_city or centres)[index % len(same_city or centres)],
            name=f"Demo {index + 1}",
            contact=f"+7 700 000 00 {index + 10}",
            topic=topic,
            preferred_language="kk" if index % 2 else "ru",
            consent=True,
            created_at=now - dt.timedelta(days=days),
            source=source,
            office=office,
        )
        RequestTally.objects.count_request(request)


@transaction.atomic
def load() -> list[DemoLogin]:
    homes = ensure_home_translations(ensure_site())
    directory = ensure_directory(homes)
    ensure_statistics(homes)
    centres = ensure_centres(directory)
    ensure_figures(centres)
    return ensure_staff(centres)
