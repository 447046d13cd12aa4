"""The public, language-prefixed pages of this app: the learner journey and verification."""

from django.urls import path

from . import learner_views, verify_views

urlpatterns = [
    path("learn/", learner_views.start, name="learn_start"),
    path("learn/course/", learner_views.course, name="learn_course"),
    path("learn/lesson/<int:lesson_id>/", learner_views.lesson, name="learn_lesson"),
    path("learn/lesson/<int:lesson_id>/done/", learner_views.lesson_done, name="learn_lesson_done"),
    path("learn/heartbeat/", learner_views.heartbeat, name="learn_heartbeat"),
    path("learn/certificate.pdf", learner_views.certificate_download, name="learn_certificate"),
    path("learn/leave/", learner_views.leave, name="learn_leave"),
    path("verify/", verify_views.verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", verify_views.verify_code, name="certificate_verify"),
]
