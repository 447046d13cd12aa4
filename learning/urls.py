"""The learner's pages, under /<lang>/learn/ (language-prefixed, mounted in config/urls.py)."""

from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("learn/", views.start, name="start"),
    path("learn/course/", views.course, name="course"),
    path("learn/lesson/<int:lesson_id>/", views.lesson, name="lesson"),
    path("learn/lesson/<int:lesson_id>/done/", views.lesson_done, name="lesson_done"),
    path("learn/heartbeat/", views.heartbeat, name="heartbeat"),
    path("learn/certificate.pdf", views.certificate_download, name="certificate"),
    path("learn/leave/", views.leave, name="leave"),
]
