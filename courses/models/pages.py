"""Curriculum pages: a catalogue of courses, each course a sequence of lessons.

CourseIndexPage (one per language, at /<lang>/courses/) → CoursePage → LessonPage. A course's
lessons are its child pages in tree order; the quizzes live inside a lesson's body."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index

from home.pagecache import shared_fragment
from home.routing import CachedPrivacyMixin, public_pages
from home.slugs import TransliteratedSlugMixin
from home.translation import LiveTranslationMixin, live_translations
from resource_centers.models import ResourceCentrePage

from ..blocks import KnowledgeCheckBlock, LessonStreamBlock
from .catalogue import (
    Audience,
    images_with_renditions,
    learn_path,
    self_paced_path,
    with_cover_renditions,
)
from .panels import COURSE_PANELS


class CourseIndexPage(CachedPrivacyMixin, TransliteratedSlugMixin, Page):
    """The course catalogue of one language, filterable by audience."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("One or two sentences above the list of courses."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def shown_courses(self, request: HttpRequest, audience: str | None = None) -> list[CoursePage]:
        """`courses()` as the live catalogue shows them, kept under the page-cache generation
        (publishing, moving or restricting a course or a lesson moves it on), so an uncached
        catalogue reads its cards without a query; a preview reads them afresh."""
        if getattr(request, "is_preview", False) or self.pk is None:
            return self.courses(audience)
        return shared_fragment(
            f"catalogue:{self.pk}:{audience or ''}", lambda: self.courses(audience)
        )

    def courses(self, audience: str | None = None) -> list[CoursePage]:
        """Live public courses with their lessons attached as `outline`, in a fixed number of queries."""
        courses = (
            public_pages(CoursePage.objects.child_of(self).live())
            .select_related("locale")
            .prefetch_related(Prefetch("cover_image", queryset=images_with_renditions()))
        )
        if audience:
            courses = courses.filter(audience=audience)
        courses = list(courses)
        lessons_by_parent: dict[str, list[LessonPage]] = {}
        if courses:
            lessons = (
                public_pages(LessonPage.objects.descendant_of(self).live())
                .defer("body")
                .order_by("path")
            )
            for lesson in lessons:
                lessons_by_parent.setdefault(lesson.path[: -lesson.steplen], []).append(lesson)
        for course in courses:
            course.outline = lessons_by_parent.get(course.path, [])
        with_cover_renditions(courses)
        return courses

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        audience = request.GET.get("audience", "")
        if audience not in Audience.values:
            audience = ""
        context.update(
            audience=audience,
            audiences=Audience.choices,
            courses=self.shown_courses(request, audience or None),
            learn_url=learn_path(translation.get_language()),
        )
        return context


class CoursePage(CachedPrivacyMixin, TransliteratedSlugMixin, LiveTranslationMixin, Page):
    """A course: who it is for, what it teaches, and what a certificate requires."""

    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.PREMARITAL,
        db_index=True,
        help_text=_("Who the course is for; the catalogue can be filtered by it."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("One to three sentences shown in the catalogue and at the top of the course."),
    )
    learning_outcomes = StreamField(
        [("outcome", wagtail_blocks.CharBlock(label=_("Learning outcome"), max_length=300))],
        blank=True,
        verbose_name=_("learning outcomes"),
        help_text=_("What a learner can do after the course; one sentence each."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=60,
        validators=[MinValueValidator(1)],
        help_text=_("How long the whole course takes, in minutes."),
    )
    min_study_minutes = models.PositiveSmallIntegerField(
        _("minimum study minutes per partner"),
        default=0,
        help_text=_(
            "How long each partner must study before a certificate can be issued (0 for no minimum)."
        ),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("How long a certificate for this course stays valid."),
    )
    pass_mark_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "The share of correct answers a learner needs to pass each quiz of this course."
        ),
    )
    self_paced = models.BooleanField(
        _("open for self-paced learning"),
        default=False,
        help_text=_(
            "Anyone may take this course without an account or access code: progress is kept "
            "for their browser, and at the end they get a certificate of completion (not a "
            "registry certificate). Registry offices can still assign it."
        ),
    )

    knowledge_check = StreamField(
        KnowledgeCheckBlock(),
        blank=True,
        verbose_name=_("knowledge check"),
        help_text=_(
            "5 to 10 questions on the course's lessons, asked before the first lesson and after "
            "the last to measure what learners gained; graded on the server, never a barrier."
        ),
    )

    content_panels = [*Page.content_panels, *COURSE_PANELS]
    settings_panels = [*Page.settings_panels, FieldPanel("self_paced")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.FilterField("audience"),
    ]
    api_fields = [
        APIField("audience"),
        APIField("summary"),
        APIField("learning_outcomes"),
        APIField("cover_image", serializer=ImageRenditionField("fill-800x450")),
        APIField("estimated_minutes"),
        APIField("min_study_minutes"),
        APIField("certificate_validity_months"),
        APIField("pass_mark_percent"),
        APIField("self_paced"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def lessons(self) -> list[LessonPage]:
        """The live public lessons in order (without their bodies, which a listing never needs).

        A shared fragment: publishing, unpublishing, moving or restricting a lesson moves the
        generation it is kept under (home.pagecache), so the course page, its lessons and the
        learners' pages read the list without a query.
        """
        return shared_fragment(
            f"course-lessons:{self.pk}",
            lambda: list(
                public_pages(LessonPage.objects.child_of(self).live())
                .defer("body")
                .order_by("path")
            ),
        )

    def lessons_in(self, language_code: str) -> dict[int, LessonPage]:
        """Each of `lessons()` as readers of `language_code` see it (its live translation, or the
        lesson itself), without bodies: a shared fragment under the same generation, so the
        learner's pages name the lessons without a query."""
        return shared_fragment(
            f"course-lessons:{self.pk}:{language_code}",
            lambda: live_translations(self.lessons(), language_code, defer_body=True),
        )

    @property
    def is_school(self) -> bool:
        return self.audience == Audience.SCHOOL

    def shown_centres(self, request: HttpRequest) -> list:
        """`centres()` as the live page shows them, kept under the page-cache generation (a
        publish of the course or a centre moves it on); a preview shows the editor's own."""
        if getattr(request, "is_preview", False) or self.pk is None:
            return self.centres()
        return shared_fragment(f"course-centres:{self.pk}", self.centres)

    def centres(self) -> list:
        """The related live centres in this page's language (their translation where one exists).

        Two queries however many centres: the relations with their pages, then the translations.
        """
        linked = [
            rel.centre
            for rel in self.related_centres.select_related("centre").order_by("sort_order")
            if rel.centre is not None
        ]
        if not linked:
            return []
        translated = {
            centre.translation_key: centre
            for centre in public_pages(ResourceCentrePage.objects.live()).filter(
                translation_key__in=[c.translation_key for c in linked], locale_id=self.locale_id
            )
        }
        result = []
        for centre in linked:
            shown = translated.get(centre.translation_key)
            if shown is None and centre.live:
                shown = centre
            if shown is not None and shown not in result:
                result.append(shown)
        return result

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        lessons = self.lessons()
        context.update(
            # With its renditions: Wagtail writes renditions it read from the cache back to it.
            cover_image=images_with_renditions().filter(pk=self.cover_image_id).first()
            if self.cover_image_id
            else None,
            lessons=lessons,
            centres=self.shown_centres(request),
            lesson_minutes=sum(lesson.estimated_minutes for lesson in lessons),
            learn_url=learn_path(translation.get_language()),
            self_paced_url=self_paced_path(self) if self.self_paced else "",
        )
        return context


class LessonPage(CachedPrivacyMixin, TransliteratedSlugMixin, LiveTranslationMixin, Page):
    """One lesson of a course: text, media, exercises, a quiz, or a school lesson plan."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown in the course outline."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=15,
        validators=[MinValueValidator(1)],
        help_text=_("How long the lesson takes, in minutes."),
    )
    body = StreamField(
        LessonStreamBlock(),
        verbose_name=_("body"),
        help_text=_(
            "The lesson itself. Quizzes are graded on the server: the correct answers are never "
            "shown on the page."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("estimated_minutes")]),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("estimated_minutes"),
        APIField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self) -> CoursePage | None:
        """The course this lesson is in (kept under the page-cache generation, as its lessons)."""
        if self.pk is None:
            return CoursePage.objects.filter(path=self.path[: -self.steplen]).first()
        return (
            shared_fragment(
                f"lesson-course:{self.pk}",
                lambda: CoursePage.objects.filter(path=self.path[: -self.steplen]).first() or False,
            )
            or None
        )

    def quizzes(self) -> list:
        """The quiz blocks of this lesson (their `id` is stable and used to post answers)."""
        return [block for block in self.body if block.block_type == "quiz"]

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        course = self.course
        siblings = course.lessons() if course else []
        index_of = next((i for i, p in enumerate(siblings) if p.pk == self.pk), None)
        previous_lesson = next_lesson = None
        if index_of is not None:
            previous_lesson = siblings[index_of - 1] if index_of > 0 else None
            next_lesson = siblings[index_of + 1] if index_of + 1 < len(siblings) else None
        context.update(
            course=course,
            siblings=siblings,
            lesson_number=(index_of + 1) if index_of is not None else None,
            previous_lesson=previous_lesson,
            next_lesson=next_lesson,
            is_school=bool(course and course.is_school),
            centres=course.shown_centres(request) if course and next_lesson is None else [],
            learn_url=learn_path(translation.get_language()),
            self_paced_url=self_paced_path(course) if course and course.self_paced else "",
        )
        return context
