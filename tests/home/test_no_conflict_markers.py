"""No file of the project keeps a merge's conflict markers: one left in a template was shown on
every admin screen with header actions ("<<<<<<< HEAD" beside "Add an image", issue 28)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = {".html", ".txt", ".py", ".js", ".css", ".po", ".json", ".md", ".toml", ".yml", ".yaml"}
MARKER = re.compile(r"^(<<<<<<< |>>>>>>> |=======$)", re.MULTILINE)


def _project_files():
    for path in ROOT.iterdir():
        if path.name.startswith(".") or path.name in {"node_modules", "media", "staticfiles"}:
            continue
        candidates = path.rglob("*") if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.suffix in SUFFIXES and candidate.is_file():
                yield candidate


def test_no_file_keeps_merge_conflict_markers():
    found = [
        str(path.relative_to(ROOT))
        for path in _project_files()
        if MARKER.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert not found, f"conflict markers left by a merge: {found}"
