"""The centres' page routes reach their views without the models importing views (views import
models): each route's view is registered by resource_centers/views/public.py."""

import ast
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from resource_centers.models import ROUTES

MODELS = Path(__file__).resolve().parents[2] / "resource_centers" / "models"


def test_every_route_of_the_centre_pages_has_its_view():
    assert ROUTES.names() == {
        "directory",
        "guide",
        "centre",
        "consultation",
        "statistics",
        "statistics_csv",
    }


def test_a_route_without_a_view_is_a_configuration_error_not_a_404():
    with pytest.raises(ImproperlyConfigured, match="no view registered for the route 'missing'"):
        ROUTES.serve("missing", RequestFactory().get("/"), page=None)


def test_the_page_models_import_nothing_inside_functions():
    """No lazy import dodges a cycle (DESIGN.md): every import of the models is at the top."""
    for module in MODELS.glob("*.py"):
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
                assert not inner, f"{module.name}: {node.name} imports inside a function"
