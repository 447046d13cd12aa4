"""Site search finds word forms (stems matched as prefixes), in the visitor's language only."""

import pytest

from home.models import StandardPage
from home.search import clean_query, excerpt, highlight, query_stems, stem

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("отбасы", "kk", "отбас"),
        ("отбасылық", "kk", "отбас"),
        ("отбасыларының", "kk", "отбас"),
        ("тәрбиесі", "kk", "тәрбиес"),
        ("тәрбие", "kk", "тәрбие"),
        ("әке", "kk", "әке"),
        ("развод", "ru", "развод"),
        ("разводе", "ru", "развод"),
        ("Семейной", "ru", "семейн"),
        ("families", "en", "famil"),
        ("family", "en", "famil"),
    ],
)
def test_stem(word, language, expected):
    assert stem(word, language) == expected


def test_query_words_are_cleaned():
    assert clean_query("  от\x00басы\x1b ") == "отбасы"
    assert query_stems('"отбасы" * OR:(отбасы)', "kk") == ["отбас", "or"]
    assert query_stems("\x00 !!! «»", "kk") == []


def test_highlight_escapes_and_marks():
    assert highlight("<b>Отбасылық</b> өмір", ["отбас"]) == (
        "&lt;b&gt;<mark>Отбасылық</mark>&lt;/b&gt; өмір"
    )
    text = "бір " * 100 + "отбасылық құндылықтар " + "екі " * 100
    passage = excerpt(text, ["отбас"])
    assert "<mark>отбасылық</mark>" in passage and passage.startswith("… ")


@pytest.fixture
def pages(site_pages):
    homes = site_pages["home"]
    kk = homes["kk"].add_child(
        instance=StandardPage(
            title="Кеңес беру",
            slug="kenes",
            intro="Жас жұптарға отбасылық құндылықтар туралы әңгіме.",
        )
    )
    kk.save_revision().publish()
    ru = homes["ru"].add_child(
        instance=StandardPage(
            title="Помощь семье",
            slug="pomoshch",
            intro="Что делать при разводе и как говорить с детьми.",
        )
    )
    ru.save_revision().publish()
    return {"kk": kk, "ru": ru}


def test_a_kazakh_stem_finds_its_word_forms_highlighted(client, pages):
    html = client.get("/kk/search/", {"q": "отбасы"}).content.decode()
    assert 'href="/kk/kenes/"' in html
    assert "<mark>отбасылық</mark>" in html


def test_a_russian_word_finds_its_other_cases(client, pages):
    html = client.get("/ru/search/", {"q": "развод"}).content.decode()
    assert 'href="/ru/pomoshch/"' in html
    assert "<mark>разводе</mark>" in html
    assert 'href="/ru/pomoshch/"' in client.get("/ru/search/", {"q": "Разводы"}).content.decode()


def test_results_are_in_the_visitors_language_only(client, pages):
    kk = client.get("/kk/search/", {"q": "разводе"}).content.decode()
    assert "/ru/pomoshch/" not in kk
    ru = client.get("/ru/search/", {"q": "отбасылық"}).content.decode()
    assert "/kk/kenes/" not in ru


def test_every_word_must_match(client, pages):
    html = client.get("/ru/search/", {"q": "развод жирафы"}).content.decode()
    assert "/ru/pomoshch/" not in html


@pytest.mark.parametrize("query", ["\x00", "отбасы\x00", '"', "*", "a:b OR (", "'--", "-"])
def test_odd_queries_are_answered_not_500(client, pages, query):
    response = client.get("/kk/search/", {"q": query})
    assert response.status_code == 200


def test_a_nul_gets_a_clear_message(client, pages):
    response = client.get("/kk/search/?q=%00")
    assert response.status_code == 200
    assert "Іздеу үшін бір-екі сөз жазыңыз" in response.content.decode()
    assert "search-results" not in response.content.decode()


def _add_page(home, slug: str, intro: str) -> StandardPage:
    page = home.add_child(instance=StandardPage(title=f"Бет {slug}", slug=slug, intro=intro))
    page.save_revision().publish()
    return page


def test_kept_matches_follow_a_publish_and_an_unpublish_at_once(client, pages, settings):
    """The matches of a search are kept under the page-cache generation (home.search.matching)."""
    settings.PAGE_CACHE_ENABLED = False  # the search itself, every time
    assert "/ru/pomoshch/" in client.get("/ru/search/", {"q": "развод"}).content.decode()
    _add_page(pages["ru"].get_parent(), "eshche", "После развода дети остаются с вами.")
    html = client.get("/ru/search/", {"q": "развод"}).content.decode()
    assert "/ru/eshche/" in html and "/ru/pomoshch/" in html
    pages["ru"].unpublish()
    html = client.get("/ru/search/", {"q": "развод"}).content.decode()
    assert "/ru/pomoshch/" not in html and "/ru/eshche/" in html


def test_the_count_covers_every_match_and_pages_go_as_far_as_kept(
    client, site_pages, settings, monkeypatch
):
    from home import search, views

    settings.PAGE_CACHE_ENABLED = False
    monkeypatch.setattr(search, "KEPT_MATCHES", 4)
    monkeypatch.setattr(views, "SEARCH_RESULTS_PER_PAGE", 2)
    for n in range(7):
        _add_page(site_pages["home"]["en"], f"family-{n}", "Talking as a family every zorbuling.")
    first = client.get("/en/search/", {"q": "zorbuling"}).content.decode()
    assert "7 pages found" in first and "Page 1 of 2" in first
    second = client.get("/en/search/", {"q": "zorbuling", "page": "2"}).content.decode()
    last = client.get("/en/search/", {"q": "zorbuling", "page": "9"}).content.decode()
    hit = "<mark>zorbuling</mark>"  # once in each result's excerpt
    assert first.count(hit) == second.count(hit) == last.count(hit) == 2
    shown = set()
    for html in (first, second):
        shown |= {f"family-{n}" for n in range(7) if f"/en/family-{n}/" in html}
    assert len(shown) == 4
