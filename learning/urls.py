"""The learner's pages, under /<lang>/learn/ (language-prefixed, mounted in config/urls.py)."""

from django.urls import path

from .views import checks, couple, feedback, self_paced

app_name = "learning"

urlpatterns = [
    path("learn/", couple.start, name="start"),
    path("learn/course/", couple.course, name="course"),
    path("learn/lesson/<int:lesson_id>/", couple.lesson, name="lesson"),
    path("learn/lesson/<int:lesson_id>/done/", couple.lesson_done, name="lesson_done"),
    path("learn/heartbeat/", couple.heartbeat, name="heartbeat"),
    path("learn/certificate.pdf", couple.certificate_download, name="certificate"),
    path("learn/leave/", couple.leave, name="leave"),
    path("learn/check/<str:phase>/", checks.partner_check, name="check"),
    path("learn/feedback/", feedback.partner_feedback, name="feedback"),
    path(
        "learn/self/<int:course_id>/feedback/",
        feedback.self_feedback,
        name="self_feedback",
    ),
    path(
        "learn/self/<int:course_id>/check/<str:phase>/",
        checks.self_check,
        name="self_check",
    ),
    # Self-paced learning (open courses, no code): see views/self_paced.py.
    path("learn/resume/", self_paced.resume, name="self_resume"),
    path("learn/self/<int:course_id>/", self_paced.course, name="self_course"),
    path(
        "learn/self/<int:course_id>/lesson/<int:lesson_id>/",
        self_paced.lesson,
        name="self_lesson",
    ),
    path(
        "learn/self/<int:course_id>/lesson/<int:lesson_id>/done/",
        self_paced.lesson_done,
        name="self_lesson_done",
    ),
    path("learn/self/<int:course_id>/heartbeat/", self_paced.heartbeat, name="self_heartbeat"),
    path(
        "learn/self/<int:course_id>/resume-code/",
        self_paced.resume_code,
        name="self_resume_code",
    ),
    path("learn/self/<int:course_id>/leave/", self_paced.leave, name="self_leave"),
    path("learn/self/<int:course_id>/finished/", self_paced.finished, name="self_finished"),
    path(
        "learn/self/<int:course_id>/certificate.pdf",
        self_paced.certificate,
        name="self_certificate",
    ),
]
