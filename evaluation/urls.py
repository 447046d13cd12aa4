"""The open data, under /<lang>/open-data/ (mounted in config/urls.py)."""

from django.urls import path

from . import opendata, views

app_name = "evaluation"

urlpatterns = [
    path("open-data/", views.page, name="page"),
    path(f"open-data/{opendata.CSV_NAME}", views.figures_csv, name="csv"),
    path(f"open-data/{opendata.JSON_NAME}", views.figures_json, name="json"),
    path("open-data/datapackage.json", views.datapackage, name="datapackage"),
]
