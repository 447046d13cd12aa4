"""StreamField blocks of a lesson's body.

Quiz answers (the `correct` flags and explanations) are for the server only: the quiz templates never
print them and `QuestionBlock.get_api_representation` drops them, so neither page HTML nor the API
can give an answer away. Grading lives in courses/quiz.py.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "document-link"]

CALLOUT_KINDS = [
    ("info", _("Information")),
    ("warning", _("Warning")),
    ("safety", _("Safety (violence, danger, where to get help)")),
]
QUESTION_KINDS = [
    ("single", _("Single choice (one correct answer)")),
    ("multiple", _("Multiple choice (one or more correct answers)")),
]
# When a learner sees the right answers (and the explanations, which usually give them away): after
# a pass only (the registry courses' rule: a failed attempt shows the score and which questions
# were wrong), or after any attempt.
ANSWERS_AFTER_PASSING = "after_pass"
ANSWERS_AFTER_ATTEMPT = "after_attempt"
SHOW_ANSWERS = [
    (
        ANSWERS_AFTER_PASSING,
        _("Only after a pass (a failed attempt shows which questions were wrong)"),
    ),
    (ANSWERS_AFTER_ATTEMPT, _("After every attempt, passed or not")),
]
DEFAULT_ATTEMPTS_PER_HOUR = 5
AGE_GROUPS = [
    ("grades-5-6", _("Grades 5–6")),
    ("grades-7-9", _("Grades 7–9")),
    ("grades-10-11", _("Grades 10–11")),
]


def public_question(value: blocks.StructValue) -> dict:
    """A question as a learner may see it before answering: no correct flags, no explanation."""
    return {
        "question": value["question"],
        "kind": value["kind"],
        "choices": [
            {"id": child.id, "text": child.value["text"]} for child in value["choices"].bound_blocks
        ],
    }


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        template = "courses/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading of the lesson (h2).")
        preview_value = {"text": "Бір-бірін тыңдау"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=200,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"
        label = _("Image")
        description = _("An image with a required alternative text and an optional caption.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo link, for example https://www.youtube.com/watch?v=…"),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_("Shown above the video and used as its accessible name."),
    )
    transcript = blocks.TextBlock(
        label=_("Transcript or summary"),
        required=False,
        help_text=_("For people who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"
        label = _("Video")
        description = _("An embedded video with a title and an optional transcript.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        max_length=150,
        required=False,
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document_block.html"
        label = _("Document")
        description = _("A link to a document to download, such as a handout or a form.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CALLOUT_KINDS, default="info", label=_("Kind"))
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout_block.html"
        label = _("Callout")
        description = _(
            "A highlighted box: information, a warning, or safety advice with help lines."
        )
        preview_value = {
            "kind": "safety",
            "text": "<p>Қауіп төнсе, 112 нөміріне қоңырау шалыңыз.</p>",
        }


class TalkTogetherBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    prompt = blocks.TextBlock(
        label=_("What the partners do"),
        help_text=_("An exercise both partners do together, e.g. each answers and then compares."),
    )
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300),
        label=_("Questions to discuss"),
        min_num=1,
    )

    class Meta:
        icon = "group"
        template = "courses/blocks/talk_together_block.html"
        label = _("Talk together")
        description = _("An exercise for both partners to do and discuss together.")


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)

    class Meta:
        icon = "tick"
        label = _("Choice")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=400)
    kind = blocks.ChoiceBlock(choices=QUESTION_KINDS, default="single", label=_("Kind"))
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"))
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_("Shown to the learner after answering: why the correct answer is correct."),
    )

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        choices = list(value["choices"])
        correct = sum(1 for choice in choices if choice["correct"])
        errors = []
        if len(choices) < 2:
            errors.append(ValidationError(_("A question needs at least two choices.")))
        if correct == 0:
            errors.append(
                ValidationError(_("Mark at least one choice as correct: tick “Correct”."))
            )
        elif value["kind"] == "single" and correct > 1:
            errors.append(
                ValidationError(
                    _(
                        "A single-choice question has exactly one correct choice; "
                        "make it multiple choice or untick the others."
                    )
                )
            )
        if errors:
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ListBlockValidationError(non_block_errors=errors)},
            )
        return value

    def get_api_representation(self, value, context=None):
        """Only what a learner may see before answering (a whitelist, so new fields stay private)."""
        return public_question(value)

    def get_searchable_content(self, value) -> list[str]:
        """The same whitelist for the search index: the explanation names the right answer, and
        search results quote the indexed text."""
        shown = public_question(value)
        return [shown["question"], *(choice["text"] for choice in shown["choices"])]


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150, default=_("Check yourself"))
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)
    # Quizzes saved before these two settings existed read as their defaults.
    attempts_per_hour = blocks.IntegerBlock(
        label=_("Attempts an hour"),
        default=DEFAULT_ATTEMPTS_PER_HOUR,
        min_value=1,
        max_value=60,
        help_text=_("How many times a learner may submit this quiz within an hour."),
    )
    show_answers = blocks.ChoiceBlock(
        choices=SHOW_ANSWERS,
        default=ANSWERS_AFTER_PASSING,
        label=_("Right answers are shown"),
    )

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/quiz_block.html"
        label = _("Quiz")
        description = _(
            "Questions the learner answers; graded on the server, answers are never shown in the page."
        )

    def get_api_representation(self, value, context=None):
        """The quiz with stable question and choice ids, and without correct flags or explanations."""
        return {
            "title": value["title"],
            "intro": value["intro"],
            "questions": [
                {"id": child.id, **public_question(child.value)}
                for child in value["questions"].bound_blocks
            ],
        }


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Activity"), max_length=150)
    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=1, max_value=90)
    description = blocks.TextBlock(label=_("What happens"))

    class Meta:
        icon = "time"
        label = _("Activity")


class HandoutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "ol", "ul"])

    class Meta:
        icon = "doc-full"
        label = _("Handout")


class LessonPlanValue(blocks.StructValue):
    def age_group_label(self) -> str:
        return dict(AGE_GROUPS).get(self.get("age_group"), self.get("age_group") or "")

    def planned_minutes(self) -> int:
        return sum(activity["minutes"] or 0 for activity in self.get("activities") or [])


class LessonPlanBlock(blocks.StructBlock):
    age_group = blocks.ChoiceBlock(choices=AGE_GROUPS, label=_("Age group"))
    duration_minutes = blocks.IntegerBlock(
        label=_("Duration (minutes)"), min_value=10, max_value=180, default=45
    )
    objectives = blocks.ListBlock(
        blocks.CharBlock(label=_("Objective"), max_length=300), label=_("Objectives"), min_num=1
    )
    materials = blocks.ListBlock(
        blocks.CharBlock(label=_("Material"), max_length=300), label=_("Materials")
    )
    activities = blocks.ListBlock(ActivityBlock(), label=_("Activities"), min_num=1)
    handouts = blocks.ListBlock(HandoutBlock(), label=_("Handouts"))

    class Meta:
        icon = "clipboard-list"
        value_class = LessonPlanValue
        template = "courses/blocks/lesson_plan_block.html"
        label = _("Lesson plan")
        description = _(
            "For school lessons: age group, duration, objectives, materials, timed activities and "
            "handouts, laid out for printing."
        )

    def clean(self, value):
        value = super().clean(value)
        planned = sum(activity["minutes"] or 0 for activity in value["activities"])
        if planned > value["duration_minutes"]:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "activities": ListBlockValidationError(
                        non_block_errors=[
                            ValidationError(
                                _(
                                    "The activities take %(planned)s minutes, longer than the "
                                    "lesson's %(duration)s minutes."
                                )
                                % {"planned": planned, "duration": value["duration_minutes"]}
                            )
                        ]
                    )
                }
            )
        return value


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        template="courses/blocks/paragraph_block.html",
        description=_("Formatted text."),
    )
    image = CaptionedImageBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()
    callout = CalloutBlock()
    talk_together = TalkTogetherBlock()
    quiz = QuizBlock()
    lesson_plan = LessonPlanBlock()


# A course's knowledge check before the first lesson and after the last (learning gain).
KNOWLEDGE_CHECK_MIN, KNOWLEDGE_CHECK_MAX = 5, 10


class KnowledgeCheckBlock(blocks.StreamBlock):
    """5 to 10 questions from the course's lessons, asked before and after: never a barrier."""

    question = QuestionBlock()

    class Meta:
        min_num = KNOWLEDGE_CHECK_MIN
        max_num = KNOWLEDGE_CHECK_MAX
