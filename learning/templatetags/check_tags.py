"""The course page's offers after (and before) the lessons: the knowledge check, the survey."""

from django import template
from django.urls import reverse

from learning import checks, feedback
from learning.models import Enrollment

register = template.Library()


@register.inclusion_tag("learning/includes/knowledge_check.html")
def knowledge_check_offer(course, learner_key, self_paced: bool = False) -> dict:
    """Nothing (and no query) for a course without a check; else what the learner may take."""
    if not course.knowledge_check:
        return {"state": None}
    enrollment = Enrollment.objects.filter(course=course, learner_key=learner_key).first()
    if self_paced:
        urls = {p: reverse("learning:self_check", args=[course.pk, p]) for p in checks.Phase.values}
    else:
        urls = {p: reverse("learning:check", args=[p]) for p in checks.Phase.values}
    return {"state": checks.state(course, enrollment), "urls": urls}


@register.inclusion_tag("learning/includes/feedback_offer.html")
def feedback_offer(course, learner_key, self_paced: bool = False) -> dict:
    """The survey's link once the learner has finished and not yet answered."""
    enrollment = Enrollment.objects.filter(
        course=course, learner_key=learner_key, completed_at__isnull=False
    ).first()
    if not feedback.can_answer(enrollment):
        return {"url": None}
    if self_paced:
        return {"url": reverse("learning:self_feedback", args=[course.pk])}
    return {"url": reverse("learning:feedback")}
