"""axe-core accessibility checks for Playwright journeys."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()
BLOCKING_IMPACTS = {"serious", "critical"}


def assert_accessible(page) -> None:
    """Fail when axe finds a serious or critical violation on the page as it is now."""
    results = _axe.run(page)
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING_IMPACTS
    ]
    assert not blocking, f"Accessibility violations on {page.url}:\n" + "\n".join(blocking)
