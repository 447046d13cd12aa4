"""A tiny curriculum in the form courses.curricula.read_courses() returns, for fast tests."""


def t(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


QUIZ = [
    {
        "question": t(
            "Белсенді тыңдау деген не?", "Что такое активное слушание?", "What is active listening?"
        ),
        "kind": "single",
        "choices": [
            {
                "text": t(
                    "Сөзін бөлмей, түсінгенін қайталау",
                    "Не перебивать и пересказать понятое",
                    "Not interrupting and repeating back what you understood",
                ),
                "correct": True,
            },
            {
                "text": t("Бірден кеңес беру", "Сразу давать советы", "Giving advice at once"),
                "correct": False,
            },
            {
                "text": t("Телефонға қарап отыру", "Смотреть в телефон", "Looking at your phone"),
                "correct": False,
            },
        ],
        "explanation": t(
            "Тыңдаушы естігенін өз сөзімен қайталайды.",
            "Слушающий пересказывает услышанное своими словами.",
            "The listener repeats what they heard in their own words.",
        ),
    },
    {
        "question": t(
            "Қайсысы отбасы бюджетіне көмектеседі?",
            "Что помогает семейному бюджету?",
            "What helps a household budget?",
        ),
        "kind": "multiple",
        "choices": [
            {
                "text": t("Шығынды жазу", "Записывать расходы", "Writing down spending"),
                "correct": True,
            },
            {
                "text": t("Бірге жоспарлау", "Планировать вместе", "Planning together"),
                "correct": True,
            },
            {"text": t("Несие жасыру", "Скрывать кредиты", "Hiding loans"), "correct": False},
        ],
        "explanation": t("Ашықтық пен жоспар.", "Открытость и план.", "Openness and a plan."),
    },
]


def lesson(slug: str, number: int, quiz: bool = True) -> dict:
    return {
        "slug": slug,
        "title": t(
            f"Сабақ {number}: тыңдау", f"Урок {number}: слушание", f"Lesson {number}: listening"
        ),
        "summary": t("Бір-бірін тыңдау.", "Слушать друг друга.", "Listening to each other."),
        "minutes": 20,
        "sections": [
            {
                "heading": t(
                    "Неге тыңдау маңызды", "Почему важно слушать", "Why listening matters"
                ),
                "text": t(
                    "<p>Жұптар жиі тыңдамайды.</p>",
                    "<p>Пары часто не слушают.</p>",
                    "<p>Couples often do not listen.</p>",
                ),
            }
        ],
        "callout": {
            "kind": "safety",
            "text": t("Қауіп төнсе, 112.", "При опасности звоните 112.", "If in danger, call 112."),
        },
        "talk_together": {
            "title": t("Бірге сөйлесіңіз", "Поговорите вместе", "Talk it over"),
            "prompt": t("Кезекпен сөйлеңіз.", "Говорите по очереди.", "Take turns to speak."),
            "questions": [t("Сізді не қуантады?", "Что вас радует?", "What makes you happy?")],
        },
        "quiz": QUIZ if quiz else [],
    }


SCHOOL_LESSON = {
    "slug": "feelings-grades-5-6",
    "title": t("Сезімдер", "Чувства", "Feelings"),
    "summary": t("Сезімдерді атау.", "Называем чувства.", "Naming feelings."),
    "minutes": 45,
    "sections": [
        {
            "heading": t("Мұғалімге", "Учителю", "For the teacher"),
            "text": t("<p>Қысқа сабақ.</p>", "<p>Короткий урок.</p>", "<p>A short lesson.</p>"),
        }
    ],
    "callout": None,
    "talk_together": None,
    "quiz": [],
    "lesson_plan": {
        "age_group": "grades-5-6",
        "duration_minutes": 45,
        "objectives": [t("Сезімдерді атау", "Называть чувства", "Name feelings")],
        "materials": [t("Карточкалар", "Карточки", "Cards")],
        "activities": [
            {
                "title": t("Кіріспе", "Вступление", "Warm-up"),
                "minutes": 10,
                "description": t("Шеңбер", "Круг", "A circle"),
            },
            {
                "title": t("Ойын", "Игра", "Game"),
                "minutes": 30,
                "description": t("Карточкалар ойыны", "Игра с карточками", "A card game"),
            },
        ],
        "handouts": [
            {
                "title": t("Сезімдер картасы", "Карта чувств", "Feelings map"),
                "text": t("<p>Қуаныш, мұң.</p>", "<p>Радость, грусть.</p>", "<p>Joy, sadness.</p>"),
            }
        ],
    },
}


def course(slug: str, audience: str, lessons: list[dict]) -> dict:
    return {
        "slug": slug,
        "audience": audience,
        "title": t(f"Курс {slug}", f"Курс {slug} (ru)", f"Course {slug}"),
        "summary": t("Қысқа курс.", "Короткий курс.", "A short course."),
        "outcomes": [t("Тыңдай білу", "Уметь слушать", "Listen well")],
        "estimated_minutes": 60,
        "min_study_minutes": 30,
        "validity_months": 12,
        "pass_mark": 70,
        "lessons": lessons,
    }


SAMPLE_COURSES = [
    course(
        "ready-for-family",
        "premarital",
        [lesson("listening", 1), lesson("budget", 2), lesson("help", 3, quiz=False)],
    ),
    course("school-feelings", "school", [SCHOOL_LESSON]),
]
