"""The pupil's pages, under /<lang>/class/ (language-prefixed, mounted in config/urls.py)."""

from django.urls import path

from . import views

app_name = "classroom"

urlpatterns = [
    path("class/", views.join, name="join"),
    path("class/lesson/", views.lesson, name="lesson"),
    path("class/quiz/<str:quiz_id>/", views.answer, name="answer"),
    path("class/state/", views.state, name="state"),
    path("class/leave/", views.leave, name="leave"),
]
