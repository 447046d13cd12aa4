"""The process's copy of versioned shared-cache entries (home/localcopy.py)."""

from django.core.cache import caches

from home.localcopy import LocalCopyCache


def _layered(max_entries: int = 2000) -> LocalCopyCache:
    return LocalCopyCache("", {"OPTIONS": {"SHARED": "default", "MAX_ENTRIES": max_entries}})


def test_an_entry_read_once_is_then_read_from_the_copy():
    shared = caches["default"]
    layered = _layered()
    shared.set("menu:v1", ["About", "Courses"])
    assert layered.get("menu:v1") == ["About", "Courses"]
    shared.delete("menu:v1")  # gone from the shared cache: the copy still answers
    assert layered.get("menu:v1") == ["About", "Courses"]


def test_each_read_is_a_fresh_object_as_from_redis():
    layered = _layered()
    layered.set("menu:v2", ["About"])
    first = layered.get("menu:v2")
    first.append("changed by one request")
    assert layered.get("menu:v2") == ["About"]


def test_writes_go_to_the_shared_cache_for_every_other_instance():
    layered = _layered()
    layered.set_many({"a:v1": 1, "b:v1": 2})
    assert caches["default"].get_many(["a:v1", "b:v1"]) == {"a:v1": 1, "b:v1": 2}
    other_instance = _layered()
    assert other_instance.get_many(["a:v1", "b:v1", "c:v1"]) == {"a:v1": 1, "b:v1": 2}


def test_the_copy_is_bounded_and_clear_forgets_it():
    layered = _layered(max_entries=2)
    for n in range(3):
        layered.set(f"k:{n}", n)
    caches["default"].clear()
    assert layered.get("k:0") is None  # the oldest copy made room
    assert layered.get("k:2") == 2
    layered.clear()
    assert layered.get("k:2") is None
