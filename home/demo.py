"""Demo content for the site as a whole: the home pages in kk/ru/en, About, Privacy, footer, users.

Built in code (not a fixture) so that it follows the models as they change, and written so that a
second run finds what the first one made and changes nothing.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import FooterText, HomePage, SiteSettings, StandardPage

LANGUAGE_CODES = ("kk", "ru", "en")


@dataclass(frozen=True)
class DemoLogin:
    """A demo account created by this run; its password is shown once, then only its hash is kept."""

    username: str
    password: str
    role: str


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


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


def _home_body(text: dict) -> list[tuple[str, object]]:
    return [
        ("heading", {"text": text["why_heading"]}),
        ("paragraph", text["why"]),
        (
            "cards",
            {
                "heading": text["cards_heading"],
                "cards": [
                    {"title": title, "text": body, "page": None, "link_text": ""}
                    for title, body in text["cards"]
                ],
            },
        ),
    ]


def publish(page: Page) -> None:
    """Publish the page's current state as a new revision (as an editor's "Publish" does)."""
    page.save_revision().publish()


def ensure_site() -> HomePage:
    """Make sure the page tree has a Kazakh home page as the default site's root, and return it."""
    locales = ensure_locales()
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["kk"]))
    home = HomePage.objects.filter(depth=2, locale=locales["kk"]).first()
    if home is None:
        # Wagtail's first migration leaves a placeholder "Welcome" page; the home page replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        text = HOME_TEXT["kk"]
        home = root.add_child(
            instance=HomePage(
                title=text["title"],
                slug="home",
                locale=locales["kk"],
                intro=text["intro"],
                body=_home_body(text),
            )
        )
        publish(home)
    Site.objects.exclude(root_page=home).filter(is_default_site=True).update(is_default_site=False)
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        Site.objects.filter(hostname="localhost", port=80).delete()
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Otbasy Academy",
        )
    elif not site.is_default_site:
        site.is_default_site = True
        site.save(update_fields=["is_default_site"])
    return home


def translation_of(source: Page, language_code: str, **fields: object) -> Page:
    """The live translation of `source` in a language, created from `fields` if it does not exist."""
    locale = Locale.objects.get(language_code=language_code)
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = source.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    publish(translated)
    return translated


def ensure_home_translations(home: HomePage) -> dict[str, HomePage]:
    homes = {"kk": home}
    for code in ("ru", "en"):
        text = HOME_TEXT[code]
        homes[code] = translation_of(
            home, code, title=text["title"], intro=text["intro"], body=_home_body(text)
        )
    return homes


def ensure_section_page(
    homes: dict[str, HomePage], model: type[Page], slug: str, texts: dict[str, tuple[str, str]]
) -> dict[str, Page]:
    """A top-level page (title and intro) under each language's home, in the menu: made in kk,
    translated to ru and en from `texts` ({language: (title, intro)})."""
    source = model.objects.child_of(homes["kk"]).filter(slug=slug).first()
    if source is None:
        title, intro = texts["kk"]
        source = homes["kk"].add_child(
            instance=model(title=title, slug=slug, intro=intro, show_in_menus=True)
        )
        publish(source)
    pages = {"kk": source}
    for code in ("ru", "en"):
        title, intro = texts[code]
        pages[code] = translation_of(source, code, title=title, intro=intro)
    return pages


def standard_page(homes: dict[str, HomePage], slug: str, texts: dict) -> dict[str, StandardPage]:
    """A StandardPage under each language's home, created in kk and translated to ru and en."""
    source = StandardPage.objects.child_of(homes["kk"]).filter(slug=slug).first()
    if source is None:
        title, intro, body = texts["kk"]
        source = homes["kk"].add_child(
            instance=StandardPage(
                title=title,
                slug=slug,
                intro=intro,
                body=[("paragraph", body)],
                show_in_menus=slug == "about",
            )
        )
        publish(source)
    pages = {"kk": source}
    for code in ("ru", "en"):
        title, intro, body = texts[code]
        pages[code] = translation_of(
            source, code, title=title, intro=intro, body=[("paragraph", body)]
        )
    return pages


def ensure_footer() -> None:
    locales = ensure_locales()
    source = FooterText.objects.filter(locale=locales["kk"]).first()
    if source is None:
        source = FooterText.objects.create(locale=locales["kk"], body=FOOTER_TEXT["kk"])
    for code in ("ru", "en"):
        if source.get_translation_or_none(locales[code]) is None:
            translated = source.copy_for_translation(locales[code])
            translated.body = FOOTER_TEXT[code]
            translated.save()


def ensure_site_settings(site: Site) -> None:
    settings_obj = SiteSettings.for_site(site)
    if not settings_obj.contact_email:
        settings_obj.contact_email = "info@otbasy.kz"
        settings_obj.contact_phone = "+7 7172 00 00 00"
        settings_obj.crisis_line = "111"
        settings_obj.save()


def ensure_user(
    username: str,
    role: str,
    groups: list[str] = (),
    *,
    superuser: bool = False,
    email: str = "",
) -> tuple[object, DemoLogin | None]:
    """A demo user; on first creation it gets a random password, returned once for printing."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    login = None
    if user is None:
        password = secrets.token_urlsafe(9)
        user = User.objects.create_user(
            username=username,
            email=email or f"{username}@demo.otbasy.kz",
            password=password,
            is_staff=superuser,
            is_superuser=superuser,
        )
        login = DemoLogin(username=username, password=password, role=role)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user, login


@transaction.atomic
def load() -> list[DemoLogin]:
    home = ensure_site()
    homes = ensure_home_translations(home)
    standard_page(homes, "about", ABOUT_TEXT)
    standard_page(homes, "privacy", PRIVACY_TEXT)
    ensure_footer()
    ensure_site_settings(Site.objects.get(root_page=home))
    logins = []
    for username, role, groups, superuser in [
        ("admin", "administrator", [], True),
        ("editor", "editor (changes wait for review)", ["Editors"], False),
        ("moderator", "moderator (approves and publishes)", ["Moderators"], False),
    ]:
        _, login = ensure_user(username, role, groups, superuser=superuser)
        if login:
            logins.append(login)
    return logins
