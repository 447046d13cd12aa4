"""Demo curricula for ``load_demo``: pure data, no Django imports.

Kazakh (``kk``) is the source language; ``ru`` and ``en`` are translations of it. The figures quoted in
the lessons come from the «Бақытты отбасы» resource centres (1 June – 30 November 2019). Section texts and
handout texts are HTML paragraphs; every other text is plain. Legal statements are deliberately general
overviews of the Marriage and Family Code of the Republic of Kazakhstan, not legal advice.
"""

Text = dict[str, str]


def _t(kk: str, ru: str, en: str) -> Text:
    """One human text in the three site languages, Kazakh first because it is the source."""
    return {"kk": kk, "ru": ru, "en": en}


def _c(kk: str, ru: str, en: str, correct: bool = False) -> dict:
    """A quiz choice; only the server ever sees the ``correct`` flag."""
    return {"text": _t(kk, ru, en), "correct": correct}


# ---------------------------------------------------------------------------------------------------------
# Course 1: Preparing for family life (premarital)
# ---------------------------------------------------------------------------------------------------------

_PREMARITAL_LESSONS: list[dict] = []

_PREMARITAL_LESSONS.append(
    {
        "slug": "communication-and-listening",
        "title": _t(
            "Сөйлесу және тыңдай білу",
            "Общение и умение слушать",
            "Communication and listening",
        ),
        "summary": _t(
            "Отбасындағы көп қиындық үнсіз жиналады. Бұл сабақта бір-біріңізді шын тыңдауды және өз сезіміңізді айыптамай айтуды үйренесіз.",
            "Многие трудности в семье копятся молча. На этом занятии вы научитесь по-настоящему слушать друг друга и говорить о своих чувствах без обвинений.",
            "Many of a family's troubles build up in silence. In this lesson you learn to really listen to each other and to speak about your feelings without blame.",
        ),
        "minutes": 15,
        "sections": [
            {
                "heading": _t(
                    "Неге сөйлесу маңызды",
                    "Почему разговор так важен",
                    "Why talking matters",
                ),
                "text": _t(
                    "<p>2019 жылы «Бақытты отбасы» ресурстық орталықтарына алты айда 2 566 адам келді, олардың 2 423-і ажырасу мәселесімен жүгінді. Мамандардың байқауынша, адамдардың көбі көмек сұрауға тек ажырасар алдында ғана келеді: оған дейін ренжу мен түсінбеушілік жылдар бойы айтылмай жинала береді.</p><p>Сөйлесу – туа біткен қасиет емес, үйренуге болатын дағды. Оны некеге дейін үйренген жұп қиын кезеңде бір-біріне жау емес, серік болып қала алады.</p>",
                    "<p>В 2019 году за шесть месяцев в ресурсные центры «Бақытты отбасы» обратились 2 566 человек, из них 2 423 – по поводу развода. Специалисты заметили: большинство приходит за помощью только на пороге развода, а до этого обиды и недопонимание годами копятся невысказанными.</p><p>Умение разговаривать – не врождённый дар, а навык, которому можно научиться. Пара, освоившая его ещё до регистрации брака, в трудный момент остаётся друг для друга союзником, а не противником.</p>",
                    "<p>In 2019, in six months, 2,566 people came to the Bakytty Otbasy (Happy Family) resource centres, 2,423 of them about divorce. The specialists noticed that most people ask for help only on the verge of divorce; until then, hurt and misunderstanding pile up unspoken for years.</p><p>Talking well is not a gift you are born with but a skill you can learn. A couple who learn it before they marry stay allies, not opponents, when times get hard.</p>",
                ),
            },
            {
                "heading": _t(
                    "Белсенді тыңдау",
                    "Активное слушание",
                    "Active listening",
                ),
                "text": _t(
                    "<p>Тыңдаудың мақсаты – жауап дайындау емес, серігіңізді түсіну. Телефонды қойып, оның жүзіне қараңыз, сөзін бөлмеңіз. Ол сөзін аяқтаған соң естігеніңізді өз сөзіңізбен қайталаңыз: «Сен шаршағансың, себебі жұмыста бүкіл апта ауыр болды, дұрыс түсіндім бе?»</p><p>Түсінбегеніңізді сұраңыз: «Сол кезде не сезіндің?», «Саған қазір не көмектеседі?» Кеңес беруге асықпаңыз: кейде адамға шешім емес, тыңдаушы керек.</p>",
                    "<p>Цель слушания – не подготовить ответ, а понять партнёра. Отложите телефон, смотрите на собеседника, не перебивайте. Когда он закончит, повторите услышанное своими словами: «Ты устал, потому что вся неделя на работе была тяжёлой, я правильно понял?»</p><p>Уточняйте то, что непонятно: «Что ты тогда почувствовал?», «Что тебе сейчас поможет?» Не спешите с советами: иногда человеку нужно не решение, а тот, кто выслушает.</p>",
                    "<p>The aim of listening is not to prepare your answer but to understand your partner. Put your phone away, look at them and do not interrupt. When they have finished, repeat what you heard in your own words: “You’re tired because the whole week at work was hard, did I get that right?”</p><p>Ask about what you did not understand: “How did you feel then?”, “What would help you now?” Don’t rush to give advice: sometimes a person needs a listener, not a solution.</p>",
                ),
            },
            {
                "heading": _t(
                    "«Мен» деп сөйлеу",
                    "Говорить от первого лица",
                    "Speaking from “I”",
                ),
                "text": _t(
                    "<p>«Сен ешқашан…», «Сен әрқашан…» деп басталған сөз серігіңізді қорғануға мәжбүрлейді, әңгіме айтысқа айналады. Оның орнына өз сезіміңіз бен қажеттілігіңізді айтыңыз: «Кешіккенде хабарламасаң, мен уайымдаймын. Маған бір ауыз хабар жазсаң, көңілім тынады».</p><p>Қарапайым үлгі: «… кезде мен … сезінемін, маған … керек». Бұл серігіңізді кінәламай, не болып жатқанын және сізге не көмектесетінін түсінуге мүмкіндік береді.</p>",
                    "<p>Фразы, начинающиеся с «Ты никогда…», «Ты всегда…», заставляют партнёра защищаться, и разговор превращается в спор. Вместо этого говорите о своих чувствах и потребностях: «Когда ты задерживаешься и не предупреждаешь, я волнуюсь. Если напишешь хотя бы пару слов, мне будет спокойнее».</p><p>Простая схема: «Я чувствую…, когда…, мне нужно…». Она не обвиняет партнёра, а помогает ему понять, что происходит и что вам поможет.</p>",
                    "<p>Sentences that begin with “You never…” or “You always…” make your partner defend themselves, and the talk turns into a fight. Instead, speak about your own feelings and needs: “When you’re late and don’t let me know, I worry. If you send me even a couple of words, I feel calmer.”</p><p>A simple pattern: “I feel… when…, I need…”. It does not blame your partner; it helps them understand what is going on and what would help you.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "info",
            "text": _t(
                "Күніне он бес минут: телефонсыз, теледидарсыз, бір-біріңізден күніңіз қалай өткенін сұраңыз. Осындай шағын әдет үлкен ренжулердің алдын алады.",
                "Пятнадцать минут в день: без телефона и телевизора спросите друг друга, как прошёл день. Такая маленькая привычка предупреждает большие обиды.",
                "Fifteen minutes a day: no phones, no television, just ask each other how the day went. A small habit like this heads off big resentments.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Бір-бірімізді тыңдайық",
                "Послушаем друг друга",
                "Let’s listen to each other",
            ),
            "prompt": _t(
                "Кезек-кезек үш минуттан сөйлеңіздер: біреуі өзін не қуантатынын және не алаңдататынын айтады, екіншісі сөзін бөлмей тыңдап, соңында естігенін өз сөзімен қайталайды. Содан соң рөлдеріңізді ауыстырыңыздар және төмендегі сұрақтарды талқылаңыздар.",
                "Говорите по очереди по три минуты: один рассказывает, что его радует и что тревожит, другой слушает не перебивая, а в конце пересказывает услышанное своими словами. Затем поменяйтесь ролями и обсудите вопросы ниже.",
                "Take turns to speak for three minutes each: one tells what makes them happy and what worries them, the other listens without interrupting and then repeats what they heard in their own words. Then swap roles and talk through the questions below.",
            ),
            "questions": [
                _t(
                    "Мен сені шын тыңдағанымды соңғы рет қашан сезіндің?",
                    "Когда ты в последний раз чувствовал(а), что я тебя действительно слушаю?",
                    "When did you last feel that I was really listening to you?",
                ),
                _t(
                    "Қай тақырыпты талқылау бізге қиын, неге?",
                    "Какую тему нам трудно обсуждать и почему?",
                    "Which topic is hard for us to talk about, and why?",
                ),
                _t(
                    "Біреуіміз ашуланып бара жатсақ, үзіліс керек екенін қандай белгімен білдіреміз?",
                    "Каким знаком мы покажем, что одному из нас нужна пауза, если разговор накаляется?",
                    "What sign will we use to show that one of us needs a pause when a talk gets heated?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Белсенді тыңдаудың басты мақсаты не?",
                    "Какова главная цель активного слушания?",
                    "What is the main aim of active listening?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Серігімнің ойы мен сезімін түсіну",
                        "Понять мысли и чувства партнёра",
                        "To understand my partner’s thoughts and feelings",
                        True,
                    ),
                    _c(
                        "Қарсы дәлелді тезірек дайындау",
                        "Быстрее подготовить контраргумент",
                        "To prepare a counter-argument faster",
                    ),
                    _c(
                        "Менің дұрыс екенімді көрсету",
                        "Показать, что прав(а) именно я",
                        "To show that I am the one who is right",
                    ),
                ],
                "explanation": _t(
                    "Белсенді тыңдау – түсінуге ниет ету. Естігеніңізді өз сөзіңізбен қайталау серігіңізге оны шын естігеніңізді көрсетеді.",
                    "Активное слушание – это намерение понять. Пересказ услышанного своими словами показывает партнёру, что вы его действительно услышали.",
                    "Active listening means intending to understand. Repeating what you heard in your own words shows your partner that you really heard them.",
                ),
            },
            {
                "question": _t(
                    "Қай сөйлемдер «мен» деп, айыптамай айтылған?",
                    "Какие фразы сказаны от первого лица, без обвинения?",
                    "Which sentences speak from “I”, without blame?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "«Сен кешігіп, хабарламасаң, мен уайымдаймын»",
                        "«Когда ты задерживаешься и не предупреждаешь, я волнуюсь»",
                        "“When you’re late and don’t tell me, I worry”",
                        True,
                    ),
                    _c(
                        "«Сен мен туралы ешқашан ойламайсың»",
                        "«Ты никогда обо мне не думаешь»",
                        "“You never think about me”",
                    ),
                    _c(
                        "«Демалыс күнін бірге жоспарлағанымыз маған маңызды»",
                        "«Мне важно, чтобы мы вместе планировали выходные»",
                        "“It matters to me that we plan our weekend together”",
                        True,
                    ),
                    _c(
                        "«Сен әрқашан өз дегеніңді істейсің»",
                        "«Ты всегда делаешь по-своему»",
                        "“You always do things your own way”",
                    ),
                ],
                "explanation": _t(
                    "«Мен» деп басталған сөйлем өз сезіміңіз бен қажеттілігіңізді айтады. «Сен ешқашан», «сен әрқашан» деген сөздер айып болып естіледі де, серігіңізді қорғануға итермелейді.",
                    "Фраза от первого лица говорит о ваших чувствах и потребностях. Слова «ты никогда» и «ты всегда» звучат как обвинение и заставляют партнёра защищаться.",
                    "An “I” sentence talks about your own feelings and needs. Words like “you never” and “you always” sound like an accusation and push your partner into defending themselves.",
                ),
            },
            {
                "question": _t(
                    "«Бақытты отбасы» орталықтарының тәжірибесі бойынша адамдар көбіне көмекке қашан жүгінеді?",
                    "Когда, по опыту центров «Бақытты отбасы», люди чаще всего обращаются за помощью?",
                    "According to the Bakytty Otbasy centres, when do people usually ask for help?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Неке қиюдан бұрын",
                        "До регистрации брака",
                        "Before they marry",
                    ),
                    _c(
                        "Ажырасар алдында ғана",
                        "Только на пороге развода",
                        "Only on the verge of divorce",
                        True,
                    ),
                    _c(
                        "Алғашқы бала туылғанда",
                        "Когда рождается первый ребёнок",
                        "When their first child is born",
                    ),
                ],
                "explanation": _t(
                    "2019 жылы орталыққа келген 2 566 адамның 2 423-і ажырасу мәселесімен келген. Сондықтан сөйлесу мен келісуді ерте, неке қиюдан бұрын үйренген дұрыс.",
                    "В 2019 году из 2 566 обратившихся в центры 2 423 пришли по поводу развода. Поэтому учиться разговаривать и договариваться лучше заранее, ещё до брака.",
                    "In 2019, 2,423 of the 2,566 people who came to the centres came about divorce. That is why it is better to learn to talk and agree early, before marriage.",
                ),
            },
        ],
    }
)

_PREMARITAL_LESSONS.append(
    {
        "slug": "conflict-without-violence",
        "title": _t(
            "Зорлық-зомбылықсыз келіспеушілік",
            "Конфликт без насилия",
            "Conflict without violence",
        ),
        "summary": _t(
            "Келіспеушілік әр отбасында болады, ал зорлық-зомбылық ешқашан қалыпты нәрсе емес. Дауды әділ шешу ережелерін және қауіп белгілерін білесіз.",
            "Разногласия бывают в каждой семье, но насилие никогда не бывает нормой. Вы узнаете правила честного спора и тревожные признаки.",
            "Every family has disagreements, but violence is never normal. You learn the rules of a fair argument and the warning signs to watch for.",
        ),
        "minutes": 20,
        "sections": [
            {
                "heading": _t(
                    "Келіспеушілік қалыпты, зорлық – жоқ",
                    "Спорить нормально, насилие – нет",
                    "Disagreeing is normal, violence is not",
                ),
                "text": _t(
                    "<p>Екі адамның көзқарасы, әдеті мен күтетіні әрқашан сәйкес келе бермейді. Келіспеушіліктің болуы емес, оны қалай шешетініңіз маңызды.</p><p>Зорлық-зомбылық тек ұру емес. Қорлау, қорқыту, телефонды тексеріп, достармен және туыстармен араласуға тыйым салу – психологиялық зорлық. Ақшаны тартып алу, жұмыс істеуге рұқсат бермеу – экономикалық зорлық. Келісімсіз жақындыққа мәжбүрлеу – жыныстық зорлық. Мұның бірі де «отбасының ішкі ісі» емес.</p>",
                    "<p>Взгляды, привычки и ожидания двух людей совпадают не всегда. Важно не то, что разногласия есть, а то, как вы их решаете.</p><p>Насилие – это не только побои. Унижения, угрозы, проверка телефона, запрет общаться с друзьями и родственниками – психологическое насилие. Отбирать деньги, не позволять работать – экономическое насилие. Принуждение к близости без согласия – сексуальное насилие. Ничто из этого не является «внутренним делом семьи».</p>",
                    "<p>Two people’s views, habits and expectations do not always match. What matters is not that you disagree but how you settle it.</p><p>Violence is not only hitting. Humiliation, threats, checking the other’s phone, forbidding them to see friends and relatives are psychological violence. Taking away money or not letting a partner work is economic violence. Pressing someone into intimacy without consent is sexual violence. None of this is “a private family matter”.</p>",
                ),
            },
            {
                "heading": _t(
                    "Әділ дау ережелері",
                    "Правила честного спора",
                    "Rules for a fair argument",
                ),
                "text": _t(
                    "<p>Бір уақытта бір ғана мәселені талқылаңыз, бұрынғы өкпенің бәрін қоса тізбелемеңіз. Балағаттамаңыз, мазақтамаңыз, дауысыңызды көтермеңіз. Балалардың және туыстардың көзінше ұрыспаңыз.</p><p>Ашу көтеріле бастағанда келісілген үзіліс алыңыз: «Маған жиырма минут керек, содан кейін сөйлесеміз». Үзіліс – әңгімеден қашу емес, оған сабырмен оралу. Келіскен уақытта міндетті түрде қайта отырыңыз.</p>",
                    "<p>Обсуждайте одну проблему за раз, не перечисляйте все прошлые обиды. Не оскорбляйте, не высмеивайте, не повышайте голос. Не ссорьтесь при детях и родственниках.</p><p>Когда поднимается гнев, возьмите условленную паузу: «Мне нужно двадцать минут, потом поговорим». Пауза – не бегство от разговора, а способ вернуться к нему спокойно. В договорённое время обязательно вернитесь к разговору.</p>",
                    "<p>Discuss one problem at a time; don’t list every old grievance. Don’t insult, mock or shout. Don’t argue in front of children or relatives.</p><p>When anger rises, take the pause you agreed on: “I need twenty minutes, then let’s talk.” A pause is not running away from the talk but a way back to it with a calm head. Always come back at the agreed time.</p>",
                ),
            },
            {
                "heading": _t(
                    "Ерте байқалатын қауіп белгілері",
                    "Тревожные признаки в начале отношений",
                    "Early warning signs",
                ),
                "text": _t(
                    "<p>Кейде бақылау «махаббат» пен «қызғаныш» болып көрінеді: серігіңіз қайда жүргеніңізді үнемі тексереді, достарыңыздан алшақтатады, ақшаңызды өзі басқарғысы келеді, ашуланғанда зат сындырады немесе қорқытады. Мұндай белгілер неке қиылғаннан кейін өздігінен жоғалмайды, көбіне күшейе түседі.</p><p>Егер осыны байқасаңыз, өзіңізді кінәламаңыз және жалғыз қалмаңыз. Психологпен, сенімді адаммен сөйлесіңіз.</p>",
                    "<p>Иногда контроль выглядит как «любовь» и «ревность»: партнёр постоянно проверяет, где вы, отдаляет вас от друзей, хочет сам распоряжаться вашими деньгами, в гневе ломает вещи или угрожает. После регистрации брака такие признаки сами не исчезают, чаще они усиливаются.</p><p>Если вы это замечаете, не вините себя и не оставайтесь одни. Поговорите с психологом или человеком, которому доверяете.</p>",
                    "<p>Control sometimes looks like “love” and “jealousy”: a partner keeps checking where you are, pulls you away from friends, wants to manage your money, breaks things or makes threats when angry. Such signs do not disappear after the wedding; more often they grow stronger.</p><p>If you notice them, do not blame yourself and do not stay alone with it. Talk to a psychologist or someone you trust.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "safety",
            "text": _t(
                "Қауіп төніп тұрса, бірден 112 немесе полицияның 102 нөміріне қоңырау шалыңыз. Отбасы, әйелдер және балалар құқығы мәселелері бойынша 111 желісіне хабарласуға болады. Ресурстық орталықтардың психологтары мен заңгерлері де көмектеседі.",
                "Если вам угрожает опасность, сразу звоните 112 или в полицию по номеру 102. По вопросам семьи, женщин и защиты прав детей можно обратиться на линию 111. Помогут и психологи и юристы ресурсных центров.",
                "If you are in danger, call 112 or the police on 102 straight away. For questions about family, women and children’s rights you can call the 111 line. Psychologists and lawyers at the resource centres can help too.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Біздің дау ережелеріміз",
                "Наши правила спора",
                "Our rules for arguing",
            ),
            "prompt": _t(
                "Бірге отырып, екеуіңіз де ұстанатын үш-бес ережені қағазға жазыңыздар (мысалы: «балағаттамаймыз», «үзіліс сұраса, береміз»). Әр ереже неге маңызды екенін бір-біріңізге түсіндіріңіздер.",
                "Сядьте вместе и запишите три–пять правил, которые будете соблюдать оба (например: «не оскорбляем друг друга», «если один просит паузу, даём её»). Объясните друг другу, почему каждое правило важно.",
                "Sit down together and write three to five rules you will both keep (for example: “we don’t call each other names”, “if one of us asks for a pause, we give it”). Explain to each other why each rule matters.",
            ),
            "questions": [
                _t(
                    "Сенің ата-анаң қалай ұрысатын еді? Біз соның нені қайталағымыз келеді, нені келмейді?",
                    "Как ссорились твои родители? Что из этого мы хотим повторить, а что нет?",
                    "How did your parents argue? What do we want to repeat, and what not?",
                ),
                _t(
                    "Ашуланғанда сен өзіңді қалай ұстайсың, саған не көмектеседі?",
                    "Как ты ведёшь себя, когда злишься, и что тебе помогает?",
                    "How do you behave when you are angry, and what helps you?",
                ),
                _t(
                    "Екеуміз шеше алмаған дау болса, кімге көмек сұраймыз?",
                    "К кому мы обратимся, если не сможем решить спор вдвоём?",
                    "Whom will we ask for help if we cannot settle a dispute ourselves?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Төмендегілердің қайсысы зорлық-зомбылық түріне жатады?",
                    "Что из перечисленного относится к насилию?",
                    "Which of these are forms of violence?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Қорлау мен қорқыту",
                        "Унижения и угрозы",
                        "Humiliation and threats",
                        True,
                    ),
                    _c(
                        "Ақшаны тартып алу және жұмыс істеуге тыйым салу",
                        "Отбирать деньги и запрещать работать",
                        "Taking money away and forbidding work",
                        True,
                    ),
                    _c(
                        "Сабырмен «мен келіспеймін» деу",
                        "Спокойно сказать «я не согласен»",
                        "Calmly saying “I disagree”",
                    ),
                    _c(
                        "Телефонды тексеріп, достармен кездесуге тыйым салу",
                        "Проверять телефон и запрещать встречаться с друзьями",
                        "Checking the phone and forbidding meetings with friends",
                        True,
                    ),
                ],
                "explanation": _t(
                    "Зорлық тек физикалық болмайды: психологиялық және экономикалық бақылау да зорлыққа жатады. Ал келіспейтініңізді сабырмен айту – қалыпты, салауатты қарым-қатынас.",
                    "Насилие бывает не только физическим: психологический и экономический контроль – тоже насилие. А спокойно сказать о несогласии – это нормальное, здоровое общение.",
                    "Violence is not only physical: psychological and economic control are violence too. Calmly saying that you disagree is normal, healthy communication.",
                ),
            },
            {
                "question": _t(
                    "Дау кезінде ашу көтеріліп бара жатса, не істеген дұрыс?",
                    "Что лучше сделать, если во время спора поднимается гнев?",
                    "What is best to do when anger rises during an argument?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Келісілген үзіліс алып, кейін әңгімеге оралу",
                        "Взять условленную паузу и потом вернуться к разговору",
                        "Take the agreed pause and come back to the talk later",
                        True,
                    ),
                    _c(
                        "Ойдағының бәрін дәл қазір айтып салу",
                        "Высказать всё, что накипело, прямо сейчас",
                        "Say everything on your mind right now",
                    ),
                    _c(
                        "Үйден үндемей шығып, бірнеше күн хабарласпау",
                        "Молча уйти из дома и несколько дней не выходить на связь",
                        "Leave home without a word and stay out of touch for days",
                    ),
                ],
                "explanation": _t(
                    "Қатты ашуланған адам ойын анық жеткізе алмайды. Қысқа үзіліс сабыр береді, ал келіскен уақытта оралу серігіңізге сіздің әңгімеден қашпағаныңызды көрсетеді.",
                    "В сильном гневе трудно ясно выразить мысль. Короткая пауза помогает успокоиться, а возвращение в условленное время показывает партнёру, что вы не избегаете разговора.",
                    "Someone in a rage cannot say clearly what they mean. A short pause calms you down, and coming back at the agreed time shows your partner you are not avoiding the talk.",
                ),
            },
            {
                "question": _t(
                    "Өміріңізге тікелей қауіп төнсе, қай нөмірге қоңырау шаласыз?",
                    "По какому номеру звонить, если вашей жизни угрожает прямая опасность?",
                    "Which number do you call if your life is in immediate danger?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "112 немесе полиция – 102",
                        "112 или полиция – 102",
                        "112, or the police on 102",
                        True,
                    ),
                    _c(
                        "Ешкімге, бәрі басылғанша күту керек",
                        "Никуда, нужно подождать, пока всё утихнет",
                        "Nobody; wait until things calm down",
                    ),
                    _c(
                        "Әлеуметтік желіге жазу",
                        "Написать в социальных сетях",
                        "Post about it on social media",
                    ),
                ],
                "explanation": _t(
                    "Қауіп кезінде 112 немесе 102 нөміріне бірден қоңырау шалыңыз. Кеңес пен қолдау керек болса, 111 желісі мен ресурстық орталықтар көмектеседі.",
                    "При опасности сразу звоните 112 или 102. Если нужны консультация и поддержка, помогут линия 111 и ресурсные центры.",
                    "In danger, call 112 or 102 at once. For advice and support, the 111 line and the resource centres can help.",
                ),
            },
        ],
    }
)

_PREMARITAL_LESSONS.append(
    {
        "slug": "money-and-household-budget",
        "title": _t(
            "Ақша және отбасы бюджеті",
            "Деньги и семейный бюджет",
            "Money and the household budget",
        ),
        "summary": _t(
            "Ақша туралы ашық әңгіме – көп дау-дамайдың алдын алу жолы. Бюджет құруды, қарыз бен үлкен шығындар туралы келісуді үйренесіз.",
            "Открытый разговор о деньгах предупреждает многие ссоры. Вы научитесь составлять бюджет и договариваться о долгах и крупных расходах.",
            "Talking openly about money prevents many quarrels. You learn to draw up a budget and to agree about debts and large expenses.",
        ),
        "minutes": 15,
        "sections": [
            {
                "heading": _t(
                    "Ақша туралы неке қиюдан бұрын сөйлесу",
                    "Поговорить о деньгах до свадьбы",
                    "Talk about money before the wedding",
                ),
                "text": _t(
                    "<p>Әр адам ақшаға деген көзқарасын өз отбасынан алып келеді: біреу үнемдеуге үйренген, біреу бүгінгі күнмен өмір сүреді. Бұл айырмашылық айтылмаса, ол жиі ренжудің себебіне айналады.</p><p>Қарыздарыңыз бен несиелеріңізді бір-біріңізден жасырмаңыз. Кім қанша табатынын, ата-анаға және туыстарға көмекті, жеке шығындарды ашық талқылаңыз.</p>",
                    "<p>Каждый приносит отношение к деньгам из своей семьи: кто-то привык экономить, кто-то живёт сегодняшним днём. Если эту разницу не обсудить, она часто становится причиной обид.</p><p>Не скрывайте друг от друга долги и кредиты. Открыто обсудите, кто сколько зарабатывает, помощь родителям и родственникам, личные траты.</p>",
                    "<p>Everyone brings their attitude to money from their own family: one is used to saving, the other lives for today. If this difference is not talked about, it often turns into resentment.</p><p>Don’t hide debts and loans from each other. Talk openly about who earns what, help for parents and relatives, and personal spending.</p>",
                ),
            },
            {
                "heading": _t(
                    "Бюджетті қалай құрамыз",
                    "Как составить бюджет",
                    "How to draw up a budget",
                ),
                "text": _t(
                    "<p>Айлық кірісті жазыңыз, одан кейін міндетті шығындарды: тұрғын үй, коммуналдық төлемдер, азық-түлік, жол, несие. Қалғанын жинаққа және әрқайсыңыздың жеке ақшаңызға бөліңіз: әркім есеп бермей жұмсай алатын шағын сома ренжуді азайтады.</p><p>Күтпеген жағдайға арналған қор жинаңыз: ауырып қалсаңыз немесе жұмыстан айырылсаңыз, бірнеше айдың шығынын жабатын ақша отбасын қарыздан сақтайды. Айына бір рет бюджетке бірге қарап шығыңыз.</p>",
                    "<p>Запишите ежемесячный доход, затем обязательные расходы: жильё, коммунальные платежи, продукты, дорога, кредиты. Остаток разделите на сбережения и личные деньги каждого: небольшая сумма, которую можно тратить без отчёта, уменьшает обиды.</p><p>Создайте резерв на непредвиденные случаи: если кто-то заболеет или потеряет работу, деньги на несколько месяцев расходов уберегут семью от долгов. Раз в месяц вместе просматривайте бюджет.</p>",
                    "<p>Write down your monthly income, then the fixed costs: housing, utilities, food, transport, loan payments. Split what is left between savings and personal money for each of you: a small sum each can spend without explaining reduces resentment.</p><p>Build an emergency fund: if one of you falls ill or loses a job, money for a few months of expenses keeps the family out of debt. Look at the budget together once a month.</p>",
                ),
            },
            {
                "heading": _t(
                    "Той, сыйлық және үлкен шығындар",
                    "Свадьба, подарки и крупные расходы",
                    "The wedding, gifts and large expenses",
                ),
                "text": _t(
                    "<p>Дүркіретіп той жасау үшін алынған несие жас отбасының алғашқы жылдарын ауырлатуы мүмкін. Тойдың көлемін, кім не төлейтінін екі жақтың отбасымен бірге, бірақ өз мүмкіндігіңізге қарай шешіңіз.</p><p>Қандай сомадан асатын сатып алуды тек бірге шешетініңізді алдын ала келісіп алыңыз. Бұл – бір-біріңізге деген сенім белгісі.</p>",
                    "<p>Кредит, взятый ради пышной свадьбы, может отяготить первые годы молодой семьи. Решайте, каким будет той и кто что оплачивает, вместе с обеими семьями, но по своим возможностям.</p><p>Заранее договоритесь, начиная с какой суммы покупки решаете только вместе. Это знак доверия друг к другу.</p>",
                    "<p>A loan taken for a lavish wedding feast (toi) can weigh on a young family’s first years. Decide the size of the celebration and who pays for what together with both families, but within your own means.</p><p>Agree in advance on the amount above which you decide on purchases only together. It is a sign of trust in each other.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "info",
            "text": _t(
                "Қарапайым ереже: отбасы табысының бір бөлігін, тіпті шағын болса да, ай сайын ең алдымен жинаққа салыңыз.",
                "Простое правило: каждый месяц первым делом откладывайте часть семейного дохода, пусть даже небольшую.",
                "A simple rule: every month, put part of the family income into savings first, even if it is a small part.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Біздің ақша туралы келісіміміз",
                "Наш договор о деньгах",
                "Our money agreement",
            ),
            "prompt": _t(
                "Бір айдың кірісі мен шығысын бірге қағазға түсіріңіздер. Содан кейін төмендегі сұрақтарға жауап беріп, келісімдеріңізді жазып қойыңыздар.",
                "Вместе запишите доходы и расходы за один месяц. Затем ответьте на вопросы ниже и запишите, о чём договорились.",
                "Write down one month’s income and spending together. Then answer the questions below and note what you agreed.",
            ),
            "questions": [
                _t(
                    "Сенің отбасыңда ақшаны кім басқаратын еді, ол саған ұнайтын ба еді?",
                    "Кто распоряжался деньгами в твоей семье и нравилось ли тебе это?",
                    "Who managed the money in your family, and did you like how it was done?",
                ),
                _t(
                    "Қазір кімнің қандай қарызы немесе несиесі бар?",
                    "Какие долги или кредиты есть сейчас у каждого из нас?",
                    "What debts or loans does each of us have now?",
                ),
                _t(
                    "Бір-бірімізбен ақылдаспай әрқайсымыз қанша ақша жұмсай аламыз?",
                    "Какую сумму можно потратить, не советуясь друг с другом?",
                    "How much can each of us spend without asking the other?",
                ),
                _t(
                    "Бір жылдан кейін қандай мақсатқа ақша жинағымыз келеді?",
                    "На какую цель мы хотим накопить через год?",
                    "What do we want to have saved for a year from now?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Күтпеген жағдайға арналған қор не үшін керек?",
                    "Зачем нужен резерв на непредвиденные случаи?",
                    "What is an emergency fund for?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Ауру немесе жұмыстан айырылу кезінде қарызға батпау үшін",
                        "Чтобы не влезть в долги при болезни или потере работы",
                        "To avoid debt when someone falls ill or loses a job",
                        True,
                    ),
                    _c(
                        "Кенеттен ұнаған затты сатып алу үшін",
                        "Чтобы купить понравившуюся вещь без раздумий",
                        "To buy something you suddenly like",
                    ),
                    _c(
                        "Серігіңізден жасырын ақша ұстау үшін",
                        "Чтобы держать деньги втайне от партнёра",
                        "To keep money hidden from your partner",
                    ),
                ],
                "explanation": _t(
                    "Қор – отбасының қауіпсіздік жастығы. Ол кенет қиындық туғанда несие алуға мәжбүр болмауға көмектеседі, әрі ол туралы екеуіңіз де білуіңіз керек.",
                    "Резерв – это подушка безопасности семьи. Он помогает не брать кредит, когда внезапно приходит беда, и о нём должны знать оба.",
                    "An emergency fund is the family’s safety cushion. It saves you from taking a loan when trouble comes suddenly, and both of you should know about it.",
                ),
            },
            {
                "question": _t(
                    "Неке қиюдан бұрын ақшаға қатысты нені талқылаған жөн?",
                    "Что о деньгах стоит обсудить до брака?",
                    "What about money is worth discussing before marriage?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Әрқайсымыздың қарызымыз бен несиеміз",
                        "Долги и кредиты каждого",
                        "Each partner’s debts and loans",
                        True,
                    ),
                    _c(
                        "Қай шығынды кім төлейді",
                        "Кто какие расходы оплачивает",
                        "Who pays which expenses",
                        True,
                    ),
                    _c(
                        "Ата-анаға және туыстарға көмек",
                        "Помощь родителям и родственникам",
                        "Help for parents and relatives",
                        True,
                    ),
                    _c(
                        "Табысты бір-бірінен қалай жасыруға болады",
                        "Как скрыть свой доход друг от друга",
                        "How to hide your income from each other",
                    ),
                ],
                "explanation": _t(
                    "Қарыз, шығындарды бөлу және туыстарға көмек – ең жиі дау тудыратын тақырыптар. Оларды алдын ала ашық келісу сенімді нығайтады, ал табысты жасыру оны бұзады.",
                    "Долги, распределение расходов и помощь родственникам – самые частые поводы для споров. Открытая договорённость заранее укрепляет доверие, а скрытый доход его разрушает.",
                    "Debts, sharing costs and help for relatives are the most common causes of disputes. Agreeing on them openly in advance builds trust; hiding income destroys it.",
                ),
            },
            {
                "question": _t(
                    "Серіктердің бірі үлкен затты ақылдаспай сатып алғысы келеді. Қай шешім дұрысырақ?",
                    "Один из партнёров хочет купить дорогую вещь, не посоветовавшись. Какое решение разумнее?",
                    "One partner wants to buy something expensive without asking the other. Which approach is wiser?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Белгілі бір сомадан асатын сатып алуды бірге шешуге алдын ала келісу",
                        "Заранее договориться, что покупки дороже определённой суммы решаются вместе",
                        "Agree in advance that purchases above a set amount are decided together",
                        True,
                    ),
                    _c(
                        "Көп табатын адам әрқашан өзі шешеді",
                        "Тот, кто больше зарабатывает, всегда решает сам",
                        "Whoever earns more always decides alone",
                    ),
                    _c(
                        "Сатып алып, кейін айту",
                        "Купить, а потом рассказать",
                        "Buy it and mention it later",
                    ),
                ],
                "explanation": _t(
                    "Алдын ала келісілген шек екеуіңізге де еркіндік береді әрі үлкен шешімдерді бірге қабылдауға мүмкіндік жасайды.",
                    "Заранее согласованный порог даёт свободу обоим и позволяет принимать крупные решения вместе.",
                    "An agreed limit gives both of you freedom and makes sure the big decisions are made together.",
                ),
            },
        ],
    }
)

_PREMARITAL_LESSONS.append(
    {
        "slug": "rights-and-duties-of-spouses",
        "title": _t(
            "Ерлі-зайыптылардың құқықтары мен міндеттері",
            "Права и обязанности супругов",
            "Rights and duties of spouses",
        ),
        "summary": _t(
            "Неке – тек сезім емес, заңмен бекітілген одақ. Қазақстан Республикасының «Неке (ерлі-зайыптылық) және отбасы туралы» кодексінің мүлікке, балаларға және тегіне қатысты негізгі ережелерімен танысасыз.",
            "Брак – это не только чувства, но и союз, закреплённый законом. Вы познакомитесь с основными положениями Кодекса Республики Казахстан «О браке (супружестве) и семье» об имуществе, детях и фамилии.",
            "Marriage is not only a matter of feelings but a union set out in law. You get to know the main rules of the Code of the Republic of Kazakhstan “On Marriage (Matrimony) and Family” on property, children and surnames.",
        ),
        "minutes": 20,
        "sections": [
            {
                "heading": _t(
                    "Ерлі-зайыптылардың теңдігі",
                    "Равенство супругов",
                    "Spouses are equal",
                ),
                "text": _t(
                    "<p>Заң бойынша отбасында ерлі-зайыптылардың құқықтары мен міндеттері тең. Әрқайсысы кәсібін, жұмысын, тұратын жерін өзі еркін таңдайды. Ана болу, әке болу, балаларды тәрбиелеу мен отбасы өмірінің басқа мәселелерін ерлі-зайыптылар бірлесіп шешеді.</p><p>Ерлі-зайыптылар бір-бірін құрметтеуге, қолдауға және отбасының амандығына үлес қосуға міндетті. Заң сондай-ақ олардың бір-біріне материалдық көмек көрсету міндетін де белгілейді: мысалы, еңбекке жарамсыз, мұқтаж жұбай белгілі бір жағдайларда екіншісінен алимент алуға құқылы.</p>",
                    "<p>По закону супруги имеют в семье равные права и обязанности. Каждый свободно выбирает род занятий, профессию, место жительства. Вопросы материнства, отцовства, воспитания детей и другие вопросы жизни семьи супруги решают совместно.</p><p>Супруги обязаны уважать и поддерживать друг друга и заботиться о благополучии семьи. Закон также устанавливает их обязанность материально поддерживать друг друга: например, нетрудоспособный нуждающийся супруг в определённых случаях вправе получать содержание от другого.</p>",
                    "<p>By law, spouses have equal rights and duties in the family. Each freely chooses their occupation, profession and place of residence. Questions of motherhood, fatherhood, bringing up children and other matters of family life are decided by the spouses together.</p><p>Spouses must respect and support each other and look after the family’s well-being. The law also sets a duty to support each other financially: for example, a spouse in need who is unable to work may, in certain cases, claim maintenance from the other.</p>",
                ),
            },
            {
                "heading": _t(
                    "Мүлік және неке шарты",
                    "Имущество и брачный договор",
                    "Property and the marriage contract",
                ),
                "text": _t(
                    "<p>Неке кезінде ерлі-зайыптылар тапқан мүлік, егер неке шартында басқаша көзделмесе, олардың ортақ бірлескен меншігі болып саналады. Ол кімнің атына ресімделгеніне немесе табысты кім тапқанына байланысты емес: үй шаруасымен, балалар күтімімен айналысып, жеке табысы болмаған жұбайдың да құқығы тең. Некеге дейін әрқайсысына тиесілі болған мүлік, сондай-ақ неке кезінде сыйға немесе мұраға алған мүлік – оның жеке меншігі.</p><p>Неке шарты арқылы ерлі-зайыптылар мүлікке қатысты өзге тәртіпті келісе алады. Шарт жазбаша жасалып, нотариат куәландырады; оны некені тіркегенге дейін (ол тіркелген күннен бастап күшіне енеді) немесе неке кезінде кез келген уақытта жасауға болады. Неке шарты балаларға қатысты құқықтар мен міндеттерді, жұбайлардың жеке қатынастарын реттей алмайды, сотқа жүгіну құқығын шектей алмайды.</p>",
                    "<p>Имущество, нажитое супругами во время брака, является их общей совместной собственностью, если брачным договором не предусмотрено иное. Неважно, на чьё имя оно оформлено и кто заработал деньги: супруг, который вёл домашнее хозяйство, ухаживал за детьми и не имел собственного дохода, имеет равное право. Имущество, принадлежавшее каждому до брака, а также полученное во время брака в дар или по наследству, – собственность этого супруга.</p><p>Брачным договором супруги могут установить иной режим имущества. Договор заключается в письменной форме и удостоверяется нотариусом; его можно заключить до регистрации брака (тогда он вступает в силу с момента регистрации) или в любое время в браке. Брачный договор не может регулировать права и обязанности в отношении детей и личные отношения супругов, не может ограничивать право на обращение в суд.</p>",
                    "<p>Property acquired by the spouses during the marriage is their joint property unless a marriage contract says otherwise. It does not matter whose name it is registered in or who earned the money: a spouse who kept the home, looked after the children and had no income of their own has an equal right. Property each spouse owned before the marriage, and property received during the marriage as a gift or an inheritance, belongs to that spouse alone.</p><p>With a marriage contract the spouses can agree on different property arrangements. It is made in writing and certified by a notary; it can be signed before the marriage is registered (it then takes effect on registration) or at any time during the marriage. A marriage contract cannot settle rights and duties towards children or the spouses’ personal relations, and cannot limit the right to go to court.</p>",
                ),
            },
            {
                "heading": _t(
                    "Балалар және тек",
                    "Дети и фамилия",
                    "Children and surnames",
                ),
                "text": _t(
                    "<p>Ата мен ананың балаларына қатысты құқықтары мен міндеттері тең, және бұл олар ажырасса да өзгермейді. Ата-ана баланы тәрбиелеуге, оның денсаулығы мен білімі туралы қамқорлық жасауға, оны асырауға міндетті. Кез келген шешімде баланың мүддесі бірінші орында тұрады.</p><p>Некені тіркеген кезде жұбайлар өз қалауымен біреуінің тегін ортақ тек ретінде таңдайды немесе әрқайсысы некеге дейінгі тегін сақтайды. Баланың тегі ата-анасының тегі бойынша анықталады; ата-ананың тегі әртүрлі болса, келісім бойынша әкесінің немесе анасының тегі беріледі, ал ұлттық дәстүр бойынша тегі әкесінің немесе атасының атынан жасалуы да мүмкін.</p>",
                    "<p>Отец и мать имеют равные права и обязанности в отношении своих детей, и это не меняется при разводе. Родители обязаны воспитывать ребёнка, заботиться о его здоровье и образовании, содержать его. В любом решении интересы ребёнка стоят на первом месте.</p><p>При регистрации брака супруги по своему желанию выбирают фамилию одного из них в качестве общей фамилии либо каждый сохраняет свою добрачную фамилию. Фамилия ребёнка определяется фамилией родителей; при разных фамилиях ребёнку по соглашению родителей присваивается фамилия отца или матери, а по национальной традиции фамилия может быть образована от имени отца или деда.</p>",
                    "<p>A father and a mother have equal rights and duties towards their children, and this does not change if they divorce. Parents must bring up their child, look after the child’s health and education and support the child financially. In every decision the child’s interests come first.</p><p>When registering the marriage, the spouses choose either the surname of one of them as their common surname, or each keeps their own surname. A child’s surname follows the parents’ surname; if the parents have different surnames, the child gets the father’s or the mother’s by agreement, and following national tradition the surname may also be formed from the name of the father or grandfather.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "info",
            "text": _t(
                "Бұл – заңның жалпы шолуы, заң кеңесі емес. Өз жағдайыңыз бойынша ресурстық орталықтың заңгерінен немесе нотариустан кеңес алыңыз.",
                "Это общий обзор закона, а не юридическая консультация. По своей ситуации проконсультируйтесь с юристом ресурсного центра или нотариусом.",
                "This is a general overview of the law, not legal advice. For your own situation, ask a lawyer at a resource centre or a notary.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Біздің заңды шешімдеріміз",
                "Наши решения по закону",
                "Our decisions under the law",
            ),
            "prompt": _t(
                "Некені тіркеуге дейін екеуіңіз шешуге тиіс мәселелерді талқылаңыздар. Келіспеген тұстарыңызды жазып алыңыз да, қажет болса, заңгерден сұраңыздар.",
                "Обсудите вопросы, которые вам нужно решить до регистрации брака. Запишите, в чём вы не сошлись, и при необходимости спросите юриста.",
                "Talk through the questions you need to settle before you register your marriage. Write down where you disagree and, if needed, ask a lawyer.",
            ),
            "questions": [
                _t(
                    "Бізге неке шарты керек пе? Неге керек немесе неге керек емес?",
                    "Нужен ли нам брачный договор? Почему да или почему нет?",
                    "Do we need a marriage contract? Why, or why not?",
                ),
                _t(
                    "Некеге дейін кімде қандай мүлік бар, бірге сатып алған мүлікті қалай ресімдейміз?",
                    "Какое имущество есть у каждого до брака и как мы будем оформлять то, что купим вместе?",
                    "What property does each of us own before marriage, and how will we register what we buy together?",
                ),
                _t(
                    "Қай тегті таңдаймыз және неге? Болашақ балаларымыздың тегі қандай болады?",
                    "Какую фамилию мы выберем и почему? Какая фамилия будет у наших будущих детей?",
                    "Which surname will we choose, and why? What surname will our future children have?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Неке кезінде күйеуінің жалақысына сатып алынып, оның атына ресімделген пәтер, неке шарты болмаса, кімдікі?",
                    "Кому принадлежит квартира, купленная в браке на зарплату мужа и оформленная на него, если брачного договора нет?",
                    "Whose is a flat bought during the marriage with the husband’s salary and registered in his name, if there is no marriage contract?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Ерлі-зайыптылардың ортақ бірлескен меншігі",
                        "Общая совместная собственность супругов",
                        "The spouses’ joint property",
                        True,
                    ),
                    _c(
                        "Тек күйеуінікі, өйткені ол төлеген",
                        "Только мужа, потому что платил он",
                        "The husband’s alone, because he paid",
                    ),
                    _c(
                        "Кімнің ата-анасы көбірек көмектессе, соныкі",
                        "Того, чьи родители больше помогли",
                        "Whoever’s parents helped more",
                    ),
                ],
                "explanation": _t(
                    "Неке кезінде тапқан мүлік кімнің атына ресімделгеніне қарамастан ортақ болып саналады, егер неке шартында басқаша жазылмаса. Сыйға немесе мұраға алған мүлік – бөлек жағдай.",
                    "Нажитое в браке имущество считается общим независимо от того, на кого оно оформлено, если брачный договор не устанавливает иное. Полученное в дар или по наследству – отдельный случай.",
                    "Property acquired during the marriage is joint whoever’s name it is in, unless a marriage contract says otherwise. Gifts and inheritances are a separate case.",
                ),
            },
            {
                "question": _t(
                    "Неке шарты туралы қай тұжырымдар дұрыс?",
                    "Какие утверждения о брачном договоре верны?",
                    "Which statements about a marriage contract are true?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Ол мүліктің өзге тәртібін белгілей алады",
                        "Он может установить иной режим имущества",
                        "It can set different property arrangements",
                        True,
                    ),
                    _c(
                        "Ол жазбаша жасалып, нотариат куәландырады",
                        "Он заключается письменно и удостоверяется нотариусом",
                        "It is made in writing and certified by a notary",
                        True,
                    ),
                    _c(
                        "Онда ажырасқан соң балалардың кіммен тұратынын алдын ала шешуге болады",
                        "В нём можно заранее решить, с кем будут жить дети после развода",
                        "It can decide in advance whom the children will live with after a divorce",
                    ),
                    _c(
                        "Оны некені тіркегенге дейін де, неке кезінде де жасауға болады",
                        "Его можно заключить и до регистрации брака, и во время брака",
                        "It can be signed before the marriage is registered or during the marriage",
                        True,
                    ),
                ],
                "explanation": _t(
                    "Неке шарты тек мүліктік қатынастарды реттейді. Балаларға қатысты құқықтар мен міндеттерді ол шектей де, алдын ала шеше де алмайды: онда әрқашан баланың мүддесі шешуші.",
                    "Брачный договор регулирует только имущественные отношения. Права и обязанности в отношении детей он ни ограничить, ни решить заранее не может: здесь всегда решают интересы ребёнка.",
                    "A marriage contract covers property only. It can neither limit nor settle in advance rights and duties towards children: there, the child’s interests always decide.",
                ),
            },
            {
                "question": _t(
                    "Некені тіркеу кезінде тек қалай таңдалады?",
                    "Как выбирается фамилия при регистрации брака?",
                    "How is the surname chosen when a marriage is registered?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Жұбайлар біреуінің тегін ортақ тек ретінде таңдайды немесе әрқайсысы өз тегін сақтайды",
                        "Супруги выбирают фамилию одного из них как общую или каждый сохраняет свою",
                        "The spouses choose one partner’s surname as their common one, or each keeps their own",
                        True,
                    ),
                    _c(
                        "Әйелі міндетті түрде күйеуінің тегін алады",
                        "Жена обязательно берёт фамилию мужа",
                        "The wife must take the husband’s surname",
                    ),
                    _c(
                        "Тегін күйеуінің ата-анасы шешеді",
                        "Фамилию решают родители мужа",
                        "The husband’s parents decide the surname",
                    ),
                ],
                "explanation": _t(
                    "Тегін таңдау – екі жұбайдың өз еркі. Әйелдің күйеуінің тегін алуы – дәстүр ғана, заң талабы емес.",
                    "Выбор фамилии – свободное решение обоих супругов. То, что жена берёт фамилию мужа, – лишь традиция, а не требование закона.",
                    "Choosing a surname is a free decision of both spouses. A wife taking her husband’s surname is a tradition, not a legal requirement.",
                ),
            },
        ],
    }
)

_PREMARITAL_LESSONS.append(
    {
        "slug": "becoming-parents",
        "title": _t(
            "Ата-ана болу",
            "Стать родителями",
            "Becoming parents",
        ),
        "summary": _t(
            "Бала туылғанда жұптың өмірі түбегейлі өзгереді. Бала күтімін бөлісуді, бір-біріңізді қолдауды және баланы зорлықсыз тәрбиелеуді алдын ала ойластырасыз.",
            "С рождением ребёнка жизнь пары меняется до основания. Вы заранее продумаете, как делить заботу о ребёнке, поддерживать друг друга и воспитывать без насилия.",
            "When a child is born, a couple’s life changes completely. You think ahead about sharing the care of a child, supporting each other and raising a child without violence.",
        ),
        "minutes": 15,
        "sections": [
            {
                "heading": _t(
                    "Бала жұпты қалай өзгертеді",
                    "Как ребёнок меняет пару",
                    "How a child changes a couple",
                ),
                "text": _t(
                    "<p>Нәрестенің алғашқы жылы – қуаныш пен шаршаудың қатар жүретін кезеңі. Ұйқы аз, уақыт тапшы, екеуіңізге арналған сәттер сирейді. Бұл қалыпты құбылыс, бірақ оған дайын болған жұп оны жеңілірек өткереді.</p><p>Баланы қашан және қанша бала көргіңіз келетінін бірге жоспарлаңыз. Бұл – екеуіңіздің ортақ шешіміңіз, туыстардың қысымымен емес, өз дайындығыңызға қарай қабылданатын шешім.</p>",
                    "<p>Первый год жизни малыша – время, когда радость идёт рука об руку с усталостью. Мало сна, мало времени, редко бывают минуты только для двоих. Это нормально, но пара, готовая к этому, проходит этот период легче.</p><p>Вместе планируйте, когда и сколько детей вы хотите. Это ваше общее решение, которое принимается по вашей готовности, а не под давлением родственников.</p>",
                    "<p>A baby’s first year is a time when joy and exhaustion go hand in hand. Little sleep, little time, few moments just for the two of you. This is normal, and a couple who expect it get through it more easily.</p><p>Plan together when and how many children you would like. It is your shared decision, made when you are ready, not under pressure from relatives.</p>",
                ),
            },
            {
                "heading": _t(
                    "Күтімді бөлісу",
                    "Делить заботу",
                    "Sharing the care",
                ),
                "text": _t(
                    "<p>Баланы тәрбиелеу – анасының ғана емес, екі ата-ананың тең міндеті. Әке баланы шомылдырып, ұйықтатып, онымен ойнаса, бала да, ана да, әкенің өзі де ұтады. Түнгі тұру, үй шаруасы, дәрігерге бару сияқты істерді алдын ала бөліп алыңыз.</p><p>Бала күтімі бойынша демалысты анасы да, әкесі де ала алады. Оның шарттары мен төлемдері туралы жұмыс берушіден және мемлекеттік қызметтер орталығынан нақтылаңыз.</p>",
                    "<p>Воспитание ребёнка – равная обязанность обоих родителей, а не только матери. Когда отец купает, укладывает и играет с малышом, выигрывают и ребёнок, и мать, и сам отец. Заранее распределите ночные подъёмы, домашние дела, походы к врачу.</p><p>Отпуск по уходу за ребёнком может взять и мать, и отец. Условия и выплаты уточните у работодателя и в центре обслуживания населения.</p>",
                    "<p>Bringing up a child is the equal duty of both parents, not only of the mother. When a father bathes the baby, puts them to bed and plays with them, the child, the mother and the father himself all gain. Divide night-time waking, housework and doctor’s visits in advance.</p><p>Leave to care for a child can be taken by the mother or by the father. Check the conditions and payments with your employer and at a public service centre.</p>",
                ),
            },
            {
                "heading": _t(
                    "Зорлықсыз тәрбие",
                    "Воспитание без насилия",
                    "Raising a child without violence",
                ),
                "text": _t(
                    "<p>Ұрып-соғу мен айқайлау баланы тәртіпке үйретпейді, тек қорқытады. Шектерді сабырмен түсіндіріп, жақсы әрекетін мақтап, өзіңіз үлгі болыңыз. Нәрестені ешқашан сілкімеңіз: бұл оның миына өмір бойы зиян келтіруі мүмкін.</p><p>Үлкендердің ақылы – үлкен байлық, бірақ соңғы шешімді бала туралы ата-анасы қабылдайды. Әжелер мен аталарды құрметпен тыңдап, өз шешімдеріңізді бірге айтыңыз.</p>",
                    "<p>Побои и крик не приучают ребёнка к порядку, а только пугают. Спокойно объясняйте границы, хвалите за хорошие поступки, будьте примером. Никогда не трясите младенца: это может навсегда повредить его мозг.</p><p>Советы старших – большое богатство, но окончательные решения о ребёнке принимают его родители. С уважением выслушивайте бабушек и дедушек, а свои решения озвучивайте вместе.</p>",
                    "<p>Hitting and shouting do not teach a child to behave; they only frighten. Explain limits calmly, praise good behaviour and set an example. Never shake a baby: it can cause lifelong damage to the brain.</p><p>Elders’ advice is a great treasure, but the final decisions about a child are the parents’. Listen to grandparents with respect and state your own decisions together.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "warning",
            "text": _t(
                "Босанғаннан кейінгі депрессия анада да, әкеде де болуы мүмкін. Екі аптадан астам басылмайтын мұң, ештеңеге қызықпау, өзіне немесе балаға зиян келтіру туралы ойлар болса, дереу дәрігерге немесе психологқа жүгініңіз.",
                "Послеродовая депрессия бывает и у матери, и у отца. Если грусть не проходит больше двух недель, ничто не радует, появляются мысли причинить вред себе или ребёнку, сразу обратитесь к врачу или психологу.",
                "Depression after a birth can affect a mother or a father. If sadness lasts more than two weeks, nothing brings joy, or thoughts come of harming yourself or the baby, see a doctor or psychologist straight away.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Біз қандай ата-ана боламыз",
                "Какими родителями мы будем",
                "What kind of parents will we be",
            ),
            "prompt": _t(
                "Өз балалық шағыңызды еске түсіріңіздер: ата-анаңыздан не алғыңыз келеді, нені қайталағыңыз келмейді? Содан кейін төмендегі сұрақтарды бірге талқылаңыздар.",
                "Вспомните своё детство: что вы хотите взять у своих родителей, а что не хотите повторять? Затем вместе обсудите вопросы ниже.",
                "Think back to your own childhood: what would you like to take from your parents, and what would you rather not repeat? Then talk through the questions below together.",
            ),
            "questions": [
                _t(
                    "Қанша бала көргіміз келеді және қашан?",
                    "Сколько детей мы хотим и когда?",
                    "How many children would we like, and when?",
                ),
                _t(
                    "Түнгі тұруды және үй шаруасын қалай бөлісеміз?",
                    "Как мы поделим ночные подъёмы и домашние дела?",
                    "How will we share night-time waking and housework?",
                ),
                _t(
                    "Баланы тәрбиелеуде біз үшін ең маңызды үш құндылық қандай?",
                    "Какие три ценности для нас самые важные в воспитании ребёнка?",
                    "What are the three most important values for us in raising a child?",
                ),
                _t(
                    "Қиын кезде кімнен көмек сұрай аламыз?",
                    "У кого мы сможем попросить помощи в трудную минуту?",
                    "Whom can we ask for help when things are hard?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Бала туылғаннан кейін қандай белгілер маманға жүгінуді қажет етеді?",
                    "Какие признаки после рождения ребёнка требуют обращения к специалисту?",
                    "Which signs after a birth mean you should see a specialist?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Екі аптадан астам басылмайтын мұң",
                        "Грусть, которая не проходит больше двух недель",
                        "Sadness lasting more than two weeks",
                        True,
                    ),
                    _c(
                        "Өзіне немесе балаға зиян келтіру туралы ойлар",
                        "Мысли причинить вред себе или ребёнку",
                        "Thoughts of harming yourself or the baby",
                        True,
                    ),
                    _c(
                        "Бір ұйқысыз түннен кейінгі шаршау",
                        "Усталость после одной бессонной ночи",
                        "Tiredness after one sleepless night",
                    ),
                    _c(
                        "Бұрын ұнайтын нәрселердің бәріне қызығушылықтың жоғалуы",
                        "Потеря интереса ко всему, что раньше радовало",
                        "Losing interest in everything you used to enjoy",
                        True,
                    ),
                ],
                "explanation": _t(
                    "Ұйқысыз түннен кейін шаршау – қалыпты. Ал ұзаққа созылған мұң, қызығушылықтың жоғалуы және зиян келтіру туралы ойлар – депрессия белгілері, оған көмек бар.",
                    "Усталость после бессонной ночи – нормальна. А затяжная грусть, потеря интереса и мысли о причинении вреда – признаки депрессии, и с ней можно справиться с помощью специалиста.",
                    "Being tired after a sleepless night is normal. Lasting sadness, loss of interest and thoughts of harm are signs of depression, and help is available for it.",
                ),
            },
            {
                "question": _t(
                    "Баланы тәрбиелеу жөніндегі құқықтар мен міндеттер кімде?",
                    "У кого права и обязанности по воспитанию ребёнка?",
                    "Who has the rights and duties of bringing up a child?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Әкесі мен анасында тең дәрежеде",
                        "У отца и матери в равной мере",
                        "The father and the mother equally",
                        True,
                    ),
                    _c(
                        "Негізінен анасында",
                        "В основном у матери",
                        "Mainly the mother",
                    ),
                    _c(
                        "Әже мен атада",
                        "У бабушки и дедушки",
                        "The grandparents",
                    ),
                ],
                "explanation": _t(
                    "Заң бойынша ата-ананың балаға қатысты құқықтары мен міндеттері тең. Әкенің белсенді қатысуы балаға да, отбасына да пайдалы.",
                    "По закону у родителей равные права и обязанности в отношении ребёнка. Активное участие отца полезно и ребёнку, и всей семье.",
                    "By law, parents have equal rights and duties towards a child. A father’s active part is good for the child and for the whole family.",
                ),
            },
            {
                "question": _t(
                    "Нәресте ұзақ жылап, тоқтамай, сіз ашуланып бара жатсыз. Не істеген дұрыс?",
                    "Малыш долго плачет, и вы чувствуете, что закипаете. Как правильно поступить?",
                    "The baby has been crying for a long time and you feel anger rising. What is the right thing to do?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Баланы бесікке қауіпсіз жатқызып, бірнеше минутқа шығып, сабыр алу және біреуді көмекке шақыру",
                        "Безопасно уложить ребёнка в кроватку, выйти на несколько минут, успокоиться и позвать кого-то на помощь",
                        "Lay the baby safely in the cot, step out for a few minutes, calm down and call someone to help",
                        True,
                    ),
                    _c(
                        "Тыныштандыру үшін баланы сілку",
                        "Потрясти ребёнка, чтобы он успокоился",
                        "Shake the baby to make them stop",
                    ),
                    _c(
                        "Балаға айқайлау",
                        "Накричать на ребёнка",
                        "Shout at the baby",
                    ),
                ],
                "explanation": _t(
                    "Ашуланған сәтте баладан бірнеше минутқа алыстау – қауіпсіз әрі дұрыс шешім. Нәрестені сілку оның миына ауыр зақым келтіруі мүмкін.",
                    "Отойти от ребёнка на несколько минут в момент гнева – безопасное и правильное решение. Тряска может тяжело повредить мозг младенца.",
                    "Stepping away from the baby for a few minutes when angry is safe and right. Shaking can cause severe damage to a baby’s brain.",
                ),
            },
        ],
    }
)

_PREMARITAL_LESSONS.append(
    {
        "slug": "where-to-get-help",
        "title": _t(
            "Көмекті қайдан табуға болады",
            "Где получить помощь",
            "Where to get help",
        ),
        "summary": _t(
            "Көмек сұрау – әлсіздік емес, отбасына деген жауапкершілік. Ресурстық орталықтар, сенім телефондары және қауіп төнгенде не істеу керегі туралы білесіз.",
            "Попросить о помощи – не слабость, а ответственность перед семьёй. Вы узнаете о ресурсных центрах, телефонах доверия и о том, что делать при опасности.",
            "Asking for help is not weakness but care for your family. You learn about the resource centres, helplines and what to do when you are in danger.",
        ),
        "minutes": 15,
        "sections": [
            {
                "heading": _t(
                    "Ерте сұраған көмек көбірек көмектеседі",
                    "Ранняя помощь помогает больше",
                    "Early help helps more",
                ),
                "text": _t(
                    "<p>2019 жылы «Бақытты отбасы» орталықтарына ажырасу мәселесімен келген 2 423 адамның 871-і, яғни үштен бірінен астамы, мамандармен сөйлескен соң татуласуға келісті. Көмек тіпті соңғы сәтте де нәтиже береді, ал ерте сұралса, одан да көп нәтиже береді.</p><p>Психологқа бару жұптың «нашар» екенін білдірмейді. Бұл – екеуіңіз де отбасыңызды сақтағыңыз келетінінің белгісі.</p>",
                    "<p>В 2019 году из 2 423 человек, пришедших в центры «Бақытты отбасы» по поводу развода, 871 – больше трети – после работы со специалистами согласились помириться. Помощь даёт результат даже в последний момент, а если обратиться раньше, – ещё больший.</p><p>Визит к психологу не означает, что пара «плохая». Это знак того, что вы оба хотите сохранить свою семью.</p>",
                    "<p>In 2019, of the 2,423 people who came to the Bakytty Otbasy (Happy Family) centres about divorce, 871 – more than a third – agreed to reconcile after working with the specialists. Help works even at the last moment, and it works better when you ask earlier.</p><p>Seeing a psychologist does not mean a couple is “bad”. It shows that both of you want to keep your family together.</p>",
                ),
            },
            {
                "heading": _t(
                    "«Бақытты отбасы» ресурстық орталықтары",
                    "Ресурсные центры «Бақытты отбасы»",
                    "The Bakytty Otbasy resource centres",
                ),
                "text": _t(
                    "<p>Орталықтарда психологтар, әлеуметтік қызметкерлер, заңгерлер және медиаторлар жұмыс істейді. Олар сегіз қалада бар: Астана, Алматы, Қарағанды, Атырау, Өскемен, Тараз, Көкшетау және Қостанай. Мекенжайлары мен жұмыс уақыты осы сайттың «Ресурстық орталықтар» бөлімінде берілген.</p><p>Орталықтар соттан бөлек жұмыс істейді: оларға бару ажырасу ісін бастау дегенді білдірмейді. Мұнда жұпқа да, жалғыз келген адамға да көмектеседі, әңгіме құпия сақталады.</p>",
                    "<p>В центрах работают психологи, социальные работники, юристы и медиаторы. Они есть в восьми городах: Астана, Алматы, Караганда, Атырау, Усть-Каменогорск, Тараз, Кокшетау и Костанай. Адреса и часы работы – в разделе «Ресурсные центры» на этом сайте.</p><p>Центры работают отдельно от судов: прийти туда не значит начать развод. Здесь помогают и паре, и человеку, который пришёл один, а разговор остаётся конфиденциальным.</p>",
                    "<p>The centres have psychologists, social workers, lawyers and mediators. They are in eight cities: Astana, Almaty, Karaganda, Atyrau, Oskemen, Taraz, Kokshetau and Kostanay. Addresses and opening hours are in the “Resource centres” section of this site.</p><p>The centres work separately from the courts: going there does not mean starting a divorce. They help couples and people who come alone, and what you say stays confidential.</p>",
                ),
            },
            {
                "heading": _t(
                    "Қауіп төнгенде",
                    "Если вам угрожает опасность",
                    "If you are in danger",
                ),
                "text": _t(
                    "<p>Өміріңізге немесе денсаулығыңызға қауіп төнсе, 112 немесе полицияның 102 нөміріне қоңырау шалыңыз. Отбасы, әйелдер және балалар құқығы мәселелері бойынша кеңес алу үшін 111 нөміріне хабарласыңыз.</p><p>Қауіпсіздік жоспарын алдын ала ойластырыңыз: құжаттарыңыздың көшірмесін және аздаған ақшаны сенімді адамда сақтаңыз, телефоныңызды зарядталған күйде ұстаңыз, туысыңызбен немесе көршіңізбен «көмек керек» дегенді білдіретін құпия сөзді келісіп қойыңыз.</p>",
                    "<p>Если опасность угрожает вашей жизни или здоровью, звоните 112 или в полицию по номеру 102. За консультацией по вопросам семьи, женщин и защиты прав детей обращайтесь по номеру 111.</p><p>Продумайте план безопасности заранее: храните копии документов и немного денег у надёжного человека, держите телефон заряженным, договоритесь с родственником или соседом о кодовом слове, которое означает «мне нужна помощь».</p>",
                    "<p>If your life or health is in danger, call 112 or the police on 102. For advice on family matters, women’s and children’s rights, call 111.</p><p>Think through a safety plan in advance: keep copies of your documents and a little money with someone you trust, keep your phone charged, and agree a code word with a relative or neighbour that means “I need help”.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "safety",
            "text": _t(
                "Шұғыл көмек: 112. Полиция: 102. Отбасы, әйелдер және балалар құқығы мәселелері бойынша байланыс орталығы: 111. Зорлық-зомбылық ешқашан сіздің кінәңіз емес.",
                "Экстренная помощь: 112. Полиция: 102. Контакт-центр по вопросам семьи, женщин и защиты прав детей: 111. Насилие никогда не бывает вашей виной.",
                "Emergency: 112. Police: 102. Contact centre for family, women’s and children’s rights: 111. Violence is never your fault.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Қиын сәтке арналған келісім",
                "Договор на трудный случай",
                "An agreement for hard times",
            ),
            "prompt": _t(
                "Екеуіңіз өздеріңіз шеше алмайтын жағдай туса, не істейтіндеріңізді қазір, тыныш кезде келісіп алыңыздар. Жақын ресурстық орталықтың мекенжайын осы сайттан тауып, телефондарыңызға сақтаңыздар.",
                "Договоритесь сейчас, в спокойное время, что вы сделаете, если возникнет ситуация, которую вы не сможете решить сами. Найдите на этом сайте адрес ближайшего ресурсного центра и сохраните его в телефонах.",
                "Agree now, while things are calm, what you will do if something happens that you cannot solve on your own. Find the nearest resource centre on this site and save its address in your phones.",
            ),
            "questions": [
                _t(
                    "Екеуміз шеше алмайтын мәселе туса, кімге жүгінеміз?",
                    "К кому мы обратимся, если не сможем решить проблему вдвоём?",
                    "Whom will we turn to if we cannot solve a problem between us?",
                ),
                _t(
                    "Бірге психологқа баруға дайынбыз ба?",
                    "Готовы ли мы вместе пойти к психологу?",
                    "Are we ready to see a psychologist together?",
                ),
                _t(
                    "Қандай мәселелер екеуміздің арамызда қалады, қайсысын туыстармен талқылауға болады?",
                    "Какие вопросы остаются между нами, а какие можно обсуждать с родственниками?",
                    "Which matters stay between the two of us, and which can we discuss with relatives?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "2019 жылы орталықтарға ажырасу мәселесімен келгендердің шамамен қанша бөлігі татуласуға келісті?",
                    "Какая примерно доля обратившихся в центры по поводу развода в 2019 году согласилась помириться?",
                    "Roughly what share of those who came to the centres about divorce in 2019 agreed to reconcile?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Жүзден бірі",
                        "Один из ста",
                        "One in a hundred",
                    ),
                    _c(
                        "Үштен бірінен астамы (2 423-тің 871-і)",
                        "Больше трети (871 из 2 423)",
                        "More than a third (871 of 2,423)",
                        True,
                    ),
                    _c(
                        "Барлығы дерлік",
                        "Почти все",
                        "Almost all of them",
                    ),
                ],
                "explanation": _t(
                    "Ажырасуға бел буып келгендердің үштен бірінен астамы мамандардың көмегімен отбасын сақтауға шешім қабылдады. Көмек сұраудың мәні осында.",
                    "Больше трети тех, кто пришёл с намерением развестись, с помощью специалистов решили сохранить семью. Вот зачем стоит просить о помощи.",
                    "More than a third of those who came intending to divorce decided, with the specialists’ help, to keep their family together. That is why asking for help is worth it.",
                ),
            },
            {
                "question": _t(
                    "Ресурстық орталықтарда қандай мамандар жұмыс істейді?",
                    "Какие специалисты работают в ресурсных центрах?",
                    "Which specialists work at the resource centres?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Психологтар",
                        "Психологи",
                        "Psychologists",
                        True,
                    ),
                    _c(
                        "Заңгерлер",
                        "Юристы",
                        "Lawyers",
                        True,
                    ),
                    _c(
                        "Медиаторлар",
                        "Медиаторы",
                        "Mediators",
                        True,
                    ),
                    _c(
                        "Ажырасу туралы шешім шығаратын судьялар",
                        "Судьи, выносящие решение о разводе",
                        "Judges who grant divorces",
                    ),
                ],
                "explanation": _t(
                    "Орталықтарда психологтар, әлеуметтік қызметкерлер, заңгерлер және медиаторлар бар. Олар соттан бөлек жұмыс істейді, сондықтан оларға бару ажырасу ісін бастау емес.",
                    "В центрах работают психологи, социальные работники, юристы и медиаторы. Они отделены от судов, поэтому обращение туда – не начало развода.",
                    "The centres have psychologists, social workers, lawyers and mediators. They are separate from the courts, so going there is not the start of a divorce.",
                ),
            },
            {
                "question": _t(
                    "111 нөмірі не үшін керек?",
                    "Для чего нужен номер 111?",
                    "What is the 111 number for?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Отбасы, әйелдер және балалар құқығы мәселелері бойынша кеңес алу үшін",
                        "Для консультаций по вопросам семьи, женщин и защиты прав детей",
                        "For advice on family matters and women’s and children’s rights",
                        True,
                    ),
                    _c(
                        "Такси шақыру үшін",
                        "Чтобы вызвать такси",
                        "To call a taxi",
                    ),
                    _c(
                        "Тек өрт туралы хабарлау үшін",
                        "Только чтобы сообщить о пожаре",
                        "Only to report a fire",
                    ),
                ],
                "explanation": _t(
                    "111 – отбасы, әйелдер және балалар құқығы мәселелері бойынша байланыс орталығы. Өмірге тікелей қауіп төнсе, 112 немесе 102 нөміріне қоңырау шалыңыз.",
                    "111 – контакт-центр по вопросам семьи, женщин и защиты прав детей. При прямой угрозе жизни звоните 112 или 102.",
                    "111 is the contact centre for family matters and women’s and children’s rights. If life is in immediate danger, call 112 or 102.",
                ),
            },
        ],
    }
)

PREMARITAL_COURSE: dict = {
    "slug": "preparing-for-family-life",
    "audience": "premarital",
    "title": _t(
        "Отбасылық өмірге дайындық",
        "Подготовка к семейной жизни",
        "Preparing for family life",
    ),
    "summary": _t(
        "Некеге тұрмас бұрын екі серікке арналған курс: сөйлесу, дауды зорлықсыз шешу, отбасы бюджеті, заң бойынша құқықтар мен міндеттер, ата-ана болу және көмекті қайдан табу.",
        "Курс для двух партнёров перед регистрацией брака: общение, конфликты без насилия, семейный бюджет, права и обязанности по закону, родительство и где найти помощь.",
        "A course for both partners before they register their marriage: communication, conflict without violence, the family budget, rights and duties under the law, becoming parents and where to find help.",
    ),
    "outcomes": [
        _t(
            "Серігіңізді белсенді тыңдап, өз сезіміңізді айыптамай айта аласыз.",
            "Вы умеете активно слушать партнёра и говорить о своих чувствах без обвинений.",
            "You can listen actively to your partner and speak about your feelings without blame.",
        ),
        _t(
            "Келіспеушілікті әділ шешудің ережелерін және зорлық-зомбылықтың белгілерін білесіз.",
            "Вы знаете правила честного спора и признаки насилия.",
            "You know the rules of a fair argument and the signs of violence.",
        ),
        _t(
            "Отбасы бюджетін бірге құрып, қарыз бен үлкен шығындар туралы келісе аласыз.",
            "Вы можете вместе составить семейный бюджет и договориться о долгах и крупных расходах.",
            "You can draw up a family budget together and agree on debts and large expenses.",
        ),
        _t(
            "Ерлі-зайыптылардың мүлікке, балаларға және тегке қатысты негізгі құқықтары мен міндеттерін түсінесіз.",
            "Вы понимаете основные права и обязанности супругов в отношении имущества, детей и фамилии.",
            "You understand spouses’ main rights and duties regarding property, children and surnames.",
        ),
        _t(
            "Қиын жағдайда қайда жүгінетініңізді білесіз: ресурстық орталықтар, 111, 112 және 102.",
            "Вы знаете, куда обратиться в трудной ситуации: ресурсные центры, 111, 112 и 102.",
            "You know where to turn when things are hard: the resource centres, 111, 112 and 102.",
        ),
    ],
    "estimated_minutes": sum(lesson["minutes"] for lesson in _PREMARITAL_LESSONS),
    "min_study_minutes": round(0.6 * sum(lesson["minutes"] for lesson in _PREMARITAL_LESSONS)),
    "validity_months": 12,
    "pass_mark": 70,
    "lessons": _PREMARITAL_LESSONS,
}

COURSES: list[dict] = [PREMARITAL_COURSE]
