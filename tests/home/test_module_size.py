"""House rule: no module outside migrations over 400 lines (the tests' own long scenario files
aside), so a reader finds one topic a module."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400
SKIPPED = {".venv", "tests", "migrations", "node_modules", "staticfiles", "media", ".git"}


def test_no_module_outside_migrations_is_over_400_lines():
    long = {}
    modules = [*ROOT.glob("*.py")]
    for folder in ROOT.iterdir():
        if folder.is_dir() and folder.name not in SKIPPED and not folder.name.startswith("."):
            modules.extend(folder.rglob("*.py"))
    for module in modules:
        parts = set(module.relative_to(ROOT).parts)
        if parts & SKIPPED or any(part.endswith(".egg-info") for part in parts):
            continue
        lines = len(module.read_text(encoding="utf-8").splitlines())
        if lines > LIMIT:
            long[str(module.relative_to(ROOT))] = lines
    assert long == {}
