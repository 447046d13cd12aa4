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
                        "Некеге тұрмас бұрын",
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
                    "2019 жылы орталыққа келген 2 566 адамның 2 423-і ажырасу мәселесімен келген. Сондықтан сөйлесу мен келісуді ерте, некеге тұрмас бұрын үйренген дұрыс.",
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
                    "<p>Бір уақытта бір ғана мәселені талқылаңыз, бұрынғы өкпенің бәрін қоса тізбелемеңіз. Балағаттамаңыз, мазақтамаңыз, дауысыңызды көтермеңіз. Балалардың және туыстардың көзінше ұрыспаңыз.</p><p>Ашу көтеріле бастағанда келісілген үзіліс алыңыз: «Маған жиырма минут керек, содан кейін сөйлесеміз». Үзіліс – әңгімеден қашу емес, оған сабырмен оралу. Келіскен уақытта әңгімеге міндетті түрде оралыңыз.</p>",
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
                    "<p>Кейде бақылау «махаббат» пен «қызғаныш» болып көрінеді: серігіңіз қайда жүргеніңізді үнемі тексереді, достарыңыздан алшақтатады, ақшаңызды өзі басқарғысы келеді, ашуланғанда зат сындырады немесе қорқытады. Мұндай белгілер некеден кейін өздігінен жоғалмайды, көбіне күшейе түседі.</p><p>Егер осыны байқасаңыз, өзіңізді кінәламаңыз және жалғыз қалмаңыз. Психологпен, сенімді адаммен сөйлесіңіз.</p>",
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
                    "Сенің ата-анаң қалай ұрысатын еді? Біз соның қайсысын қайталағымыз келеді, қайсысын келмейді?",
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
                    "Ақша туралы некеге дейін сөйлесу",
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
                    "Некеге тұрмас бұрын ақшаға қатысты нені талқылаған жөн?",
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
                    "<p>Неке кезінде ерлі-зайыптылар тапқан мүлік, егер неке шартында басқаша көзделмесе, олардың ортақ бірлескен меншігі болып саналады. Ол кімнің атына ресімделгеніне немесе табысты кім тапқанына байланысты емес: үй шаруасымен, балалар күтімімен айналысып, жеке табысы болмаған жұбайдың да құқығы тең. Некеге дейін әрқайсысына тиесілі болған мүлік, сондай-ақ неке кезінде сыйға немесе мұраға алған мүлік – оның жеке меншігі.</p><p>Неке шарты арқылы ерлі-зайыптылар мүлікке қатысты өзге тәртіпті келісе алады. Шарт жазбаша жасалып, нотариатта куәландырылады; оны некені тіркегенге дейін (ол тіркелген күннен бастап күшіне енеді) немесе неке кезінде кез келген уақытта жасауға болады. Неке шарты балаларға қатысты құқықтар мен міндеттерді, жұбайлардың жеке қатынастарын реттей алмайды, сотқа жүгіну құқығын шектей алмайды.</p>",
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
                        "Ол жазбаша жасалып, нотариатта куәландырылады",
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
                    "<p>Нәрестенің алғашқы жылы – қуаныш пен шаршаудың қатар жүретін кезеңі. Ұйқы аз, уақыт тапшы, екеуіңізге арналған сәттер сирейді. Бұл қалыпты құбылыс, бірақ оған дайын болған жұп оны жеңілірек өткереді.</p><p>Қашан және қанша бала көргіңіз келетінін бірге жоспарлаңыз. Бұл – екеуіңіздің ортақ шешіміңіз, туыстардың қысымымен емес, өз дайындығыңызға қарай қабылданатын шешім.</p>",
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
                    "<p>Ұрып-соғу мен айқайлау баланы тәртіпке үйретпейді, тек қорқытады. Шектерді сабырмен түсіндіріп, жақсы әрекетін мақтап, өзіңіз үлгі болыңыз. Нәрестені ешқашан сілкімеңіз: бұл оның миына өмір бойы зиян келтіруі мүмкін.</p><p>Үлкендердің ақылы – үлкен байлық, бірақ бала туралы соңғы шешімді ата-анасы қабылдайды. Әжелер мен аталарды құрметпен тыңдап, өз шешімдеріңізді бірге айтыңыз.</p>",
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
                        "Баланы бесікке қауіпсіз жатқызып, бөлмеден бірнеше минутқа шығып, сабырға келу және біреуді көмекке шақыру",
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

# ---------------------------------------------------------------------------------------------------------
# Course 2: The first years of marriage (family)
# ---------------------------------------------------------------------------------------------------------

_FAMILY_LESSONS: list[dict] = []

_FAMILY_LESSONS.append(
    {
        "slug": "the-first-two-years",
        "title": _t(
            "Алғашқы екі жыл: үміт пен шындық",
            "Первые два года: ожидания и реальность",
            "The first two years: expectations and reality",
        ),
        "summary": _t(
            "Некенің алғашқы жылдары – ең нәзік кезең. Айтылмаған үміттерді ашық айтуды және күнделікті шағын әдеттер арқылы одағыңызды нығайтуды үйренесіз.",
            "Первые годы брака – самый хрупкий период. Вы научитесь проговаривать невысказанные ожидания и укреплять союз маленькими ежедневными привычками.",
            "The first years of marriage are the most fragile time. You learn to say your unspoken expectations out loud and to strengthen your bond through small daily habits.",
        ),
        "minutes": 15,
        "sections": [
            {
                "heading": _t(
                    "Неге алғашқы жылдар қиын",
                    "Почему первые годы трудные",
                    "Why the first years are hard",
                ),
                "text": _t(
                    "<p>«Бақытты отбасы» орталықтарының мамандары бір заңдылықты байқады: некенің алғашқы бір-екі жылындағы жас жұптар татуласуға ең қиын көнеді. Оларда қиындықты бірге жеңудің тәжірибесі әлі жоқ, сондықтан алғашқы үлкен дау-ақ «біз бір-бірімізге сай емеспіз» деген шешімге апаруы мүмкін.</p><p>Фильмдер мен әлеуметтік желілердегі әдемі суреттер күнделікті тұрмысқа ұқсамайды. Ыдыс жуу, шығынды бөлу, туыстарға бару – мұның бәрі бірге өмір сүруді үйренудің бөлігі, махаббаттың бітуі емес.</p>",
                    "<p>Специалисты центров «Бақытты отбасы» заметили закономерность: молодые пары в первые один–два года брака труднее всего соглашаются на примирение. У них ещё нет опыта вместе преодолевать трудности, поэтому первая серьёзная ссора может привести к решению «мы не подходим друг другу».</p><p>Красивые картинки из фильмов и соцсетей не похожи на повседневную жизнь. Мытьё посуды, распределение расходов, поездки к родственникам – всё это часть того, как учатся жить вместе, а не конец любви.</p>",
                    "<p>Specialists at the Bakytty Otbasy centres noticed a pattern: young couples in the first one or two years of marriage are the hardest to bring to reconciliation. They have no experience yet of getting through difficulties together, so the first big quarrel can lead to the decision “we are not right for each other”.</p><p>The pretty pictures of films and social media look nothing like daily life. Washing up, sharing costs, visiting relatives are all part of learning to live together, not the end of love.</p>",
                ),
            },
            {
                "heading": _t(
                    "Айтылмаған үміттер",
                    "Невысказанные ожидания",
                    "Unspoken expectations",
                ),
                "text": _t(
                    "<p>Әрқайсымыз некеге «отбасы қандай болу керек» деген өз суретімізбен келеміз: кім тамақ пісіреді, ата-анаға қаншалықты жиі барамыз, демалысты қалай өткіземіз. Бұл үміттер айтылмаса, серігіңіз оларды біле алмайды, ал ақталмаған үміт өкпеге айналады.</p><p>Үміттеріңізді талап ретінде емес, тілек ретінде айтыңыз: «Маған жексенбі күні екеуміз ғана болғанымыз ұнайды, саған қалай?» Келіспеген тұста екеуіңізге де қолайлы үшінші жолды іздеңіз.</p>",
                    "<p>Каждый приходит в брак со своей картинкой «какой должна быть семья»: кто готовит, как часто ездим к родителям, как проводим выходные. Если эти ожидания не высказаны, партнёр не может о них знать, а неоправданное ожидание превращается в обиду.</p><p>Говорите об ожиданиях как о желаниях, а не как о требованиях: «Мне нравится, когда воскресенье мы проводим вдвоём, а тебе?» Там, где вы не сходитесь, ищите третий путь, удобный обоим.</p>",
                    "<p>Each of us comes into marriage with our own picture of “what a family should be”: who cooks, how often we visit parents, how we spend weekends. If these expectations are not said, your partner cannot know them, and an unmet expectation turns into resentment.</p><p>Voice expectations as wishes, not demands: “I like it when we spend Sunday just the two of us, how about you?” Where you disagree, look for a third way that suits you both.</p>",
                ),
            },
            {
                "heading": _t(
                    "Берік жұптың күнделікті әдеттері",
                    "Ежедневные привычки крепкой пары",
                    "Daily habits of a strong couple",
                ),
                "text": _t(
                    "<p>Берік отбасы үлкен сыйлықтармен емес, шағын әрекеттермен құралады: «рақмет» деу, жұмыстан кейін күніңіз қалай өткенін сұрау, аптасына бір кеш тек екеуіңізге арнау.</p><p>Ұрыстан кейін татуласуды үйреніңіз. Бірінші болып «кешір, мен қатты сөйледім» деу – жеңіліс емес, отбасына деген қамқорлық. Ренжуді ертеңге, одан арғы күнге қалдырмаңыз.</p>",
                    "<p>Крепкая семья строится не большими подарками, а маленькими поступками: сказать «спасибо», спросить после работы, как прошёл день, один вечер в неделю посвятить только друг другу.</p><p>Учитесь мириться после ссоры. Первым сказать «прости, я погорячился» – не поражение, а забота о семье. Не откладывайте обиду на завтра и послезавтра.</p>",
                    "<p>A strong family is built not by big presents but by small acts: saying “thank you”, asking how the day went after work, keeping one evening a week just for each other.</p><p>Learn to make up after a quarrel. Being the first to say “I’m sorry, I was too harsh” is not defeat but care for your family. Don’t carry a grudge into tomorrow and the day after.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "info",
            "text": _t(
                "Ажырасу туралы шешімді ашу үстінде қабылдамаңыз. Өзіңізге уақыт беріп, алдымен психологпен немесе ресурстық орталықтың маманымен сөйлесіңіз.",
                "Не принимайте решение о разводе на пике ссоры. Дайте себе время и сначала поговорите с психологом или специалистом ресурсного центра.",
                "Don’t decide on divorce in the heat of a quarrel. Give yourselves time and first talk to a psychologist or a specialist at a resource centre.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Біздің үміттеріміз",
                "Наши ожидания",
                "Our expectations",
            ),
            "prompt": _t(
                "Әрқайсыңыз бөлек қағазға үш үмітіңізді жазыңыз: үй шаруасы туралы, бірге өткізетін уақыт туралы және туыстармен қарым-қатынас туралы. Содан кейін қағаздарыңызды ауыстырып оқып, төмендегі сұрақтарды талқылаңыздар.",
                "Каждый на отдельном листе запишите три ожидания: о домашних делах, о времени вдвоём и об отношениях с родственниками. Затем обменяйтесь листами, прочитайте и обсудите вопросы ниже.",
                "Each of you writes three expectations on a separate sheet: about housework, about time together and about relations with relatives. Then swap sheets, read them and talk through the questions below.",
            ),
            "questions": [
                _t(
                    "Серігіңіздің қай үміті сізді таң қалдырды?",
                    "Какое ожидание партнёра вас удивило?",
                    "Which of your partner’s expectations surprised you?",
                ),
                _t(
                    "Қай үмітте келісеміз, қайсысында үшінші жол іздеуіміз керек?",
                    "В каких ожиданиях мы совпадаем, а где нужно искать третий путь?",
                    "Where do our expectations match, and where do we need a third way?",
                ),
                _t(
                    "Аптасына бір рет қандай ортақ әдетті бастағымыз келеді?",
                    "Какую общую привычку раз в неделю мы хотим завести?",
                    "What shared weekly habit would we like to start?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Орталықтардың тәжірибесі бойынша қай жұптар татуласуға ең қиын көнеді?",
                    "Какие пары, по опыту центров, труднее всего соглашаются на примирение?",
                    "According to the centres, which couples are the hardest to reconcile?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Некенің алғашқы бір-екі жылындағы жас жұптар",
                        "Молодые пары в первые один–два года брака",
                        "Young couples in the first one or two years of marriage",
                        True,
                    ),
                    _c(
                        "Жиырма жылдан астам бірге тұрған жұптар",
                        "Пары, прожившие вместе больше двадцати лет",
                        "Couples who have lived together for over twenty years",
                    ),
                    _c(
                        "Үш баласы бар жұптар",
                        "Пары с тремя детьми",
                        "Couples with three children",
                    ),
                ],
                "explanation": _t(
                    "Жас жұптарда қиындықты бірге жеңу тәжірибесі аз, сондықтан олар асығыс шешім қабылдауға бейім. Сол себепті алғашқы жылдары көмек сұрау ерекше маңызды.",
                    "У молодых пар мало опыта совместного преодоления трудностей, поэтому они склонны к поспешным решениям. Именно в первые годы особенно важно просить о помощи.",
                    "Young couples have little experience of getting through hard times together, so they tend to decide in haste. That is why asking for help matters so much in the first years.",
                ),
            },
            {
                "question": _t(
                    "Үмітіңізді қалай айтқан дұрыс?",
                    "Как лучше высказать своё ожидание?",
                    "What is the best way to voice an expectation?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Талап ретінде емес, тілек ретінде, серігіңіздің пікірін сұрап",
                        "Как желание, а не требование, спросив мнение партнёра",
                        "As a wish, not a demand, asking what your partner thinks",
                        True,
                    ),
                    _c(
                        "Үндемеу: серігім өзі түсінуі керек",
                        "Промолчать: партнёр должен сам догадаться",
                        "Say nothing: my partner should work it out",
                    ),
                    _c(
                        "Туыстар арқылы жеткізу",
                        "Передать через родственников",
                        "Pass it on through relatives",
                    ),
                ],
                "explanation": _t(
                    "Серігіңіз ойыңызды оқи алмайды. Тілек ретінде айтылған үміт әңгімеге жол ашады, ал туыстар арқылы жеткізілгені әдетте ренжу тудырады.",
                    "Партнёр не умеет читать мысли. Ожидание, высказанное как желание, открывает разговор, а переданное через родственников обычно вызывает обиду.",
                    "Your partner cannot read your mind. An expectation voiced as a wish opens a conversation; one passed on through relatives usually causes hurt.",
                ),
            },
            {
                "question": _t(
                    "Берік жұптың қандай әдеттері бар?",
                    "Какие привычки есть у крепкой пары?",
                    "Which habits does a strong couple have?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Бір-біріне жиі «рақмет» айту",
                        "Часто говорить друг другу «спасибо»",
                        "Often saying “thank you” to each other",
                        True,
                    ),
                    _c(
                        "Ұрыстан кейін бірінші болып кешірім сұрай алу",
                        "Уметь первым попросить прощения после ссоры",
                        "Being able to apologise first after a quarrel",
                        True,
                    ),
                    _c(
                        "Өкпені бірнеше апта бойы ішке сақтау",
                        "Неделями держать обиду в себе",
                        "Keeping a grudge inside for weeks",
                    ),
                    _c(
                        "Аптасына бір кешті тек екеуіне арнау",
                        "Один вечер в неделю проводить только вдвоём",
                        "Keeping one evening a week just for the two of them",
                        True,
                    ),
                ],
                "explanation": _t(
                    "Алғыс, бірге өткізген уақыт және ұрыстан кейін татуласа білу – одақты нығайтады. Ішке сақталған өкпе керісінше, уақыт өте келе үлкен дауға айналады.",
                    "Благодарность, время вдвоём и умение мириться после ссоры укрепляют союз. А обида, которую держат в себе, со временем перерастает в большой конфликт.",
                    "Gratitude, time together and knowing how to make up after a quarrel strengthen a bond. A grudge kept inside grows into a big conflict over time.",
                ),
            },
        ],
    }
)

_FAMILY_LESSONS.append(
    {
        "slug": "in-laws-and-boundaries",
        "title": _t(
            "Туыстар және отбасының шекаралары",
            "Родственники и границы семьи",
            "In-laws and family boundaries",
        ),
        "summary": _t(
            "Үлкендерді сыйлау – біздің асыл дәстүріміз. Сонымен бірге жас отбасының өз шешімі мен өз кеңістігі болуы керек. Бұл сабақ екеуін қалай үйлестіруге болатынын көрсетеді.",
            "Уважение к старшим – наша добрая традиция. Но у молодой семьи должны быть свои решения и своё пространство. Этот урок показывает, как совместить одно с другим.",
            "Respect for elders is a treasured tradition. At the same time a young family needs its own decisions and its own space. This lesson shows how to bring the two together.",
        ),
        "minutes": 15,
        "sections": [
            {
                "heading": _t(
                    "Екі әулет туысқа айналады",
                    "Две семьи становятся родными",
                    "Two families become one",
                ),
                "text": _t(
                    "<p>Неке – тек екі адамның емес, екі әулеттің одағы. Ата-ененің, қайын жұрттың қолдауы, тәжірибесі мен ақылы жас отбасына үлкен сүйеу бола алады.</p><p>Бірақ жақсы ниетпен айтылған ақыл да шектен шықса, жұптың өз шешім қабылдауына кедергі келтіреді. Құрмет пен тәуелсіздік бір-біріне қайшы емес: үлкендерді сыйлай отырып, отбасыңыздың шешімдерін өздеріңіз қабылдай аласыздар.</p>",
                    "<p>Брак – союз не только двух людей, но и двух семей. Поддержка, опыт и советы родителей и родни могут стать для молодой семьи большой опорой.</p><p>Но даже добрые советы, если их слишком много, мешают паре принимать собственные решения. Уважение и самостоятельность не противоречат друг другу: уважая старших, решения своей семьи вы можете принимать сами.</p>",
                    "<p>A marriage unites not just two people but two families. The support, experience and advice of parents and in-laws can be a great help to a young family.</p><p>Yet even well-meant advice, when there is too much of it, gets in the way of the couple making their own decisions. Respect and independence do not contradict each other: you can honour your elders and still make your family’s decisions yourselves.</p>",
                ),
            },
            {
                "heading": _t(
                    "Шекара деген не",
                    "Что такое границы",
                    "What boundaries are",
                ),
                "text": _t(
                    "<p>Отбасының шекарасы – тек екеуіңіз шешетін мәселелер: ақша қалай жұмсалады, қай жерде тұрасыздар, балаларды қалай тәрбиелейсіздер. Туыстардың пікірін тыңдауға болады, бірақ соңғы сөз – сіздердікі.</p><p>Пайдалы ереже: әркім өз ата-анасымен өзі сөйлеседі. Күйеуі өз анасына, әйелі өз әке-шешесіне жұптың ортақ шешімін жұмсақ әрі сыйластықпен жеткізеді. Жұбайыңыз туралы туыстарға шағымданбаңыз: сіз кешіресіз, ал олар ұзақ есте сақтайды.</p>",
                    "<p>Границы семьи – это вопросы, которые решаете только вы двое: как тратить деньги, где жить, как воспитывать детей. Мнение родственников можно выслушать, но последнее слово – за вами.</p><p>Полезное правило: каждый разговаривает со своими родителями сам. Муж мягко и уважительно передаёт общее решение пары своей матери, жена – своим родителям. Не жалуйтесь родственникам на супруга: вы простите, а они запомнят надолго.</p>",
                    "<p>A family’s boundaries are the questions only the two of you decide: how money is spent, where you live, how you bring up your children. You can listen to relatives’ views, but the last word is yours.</p><p>A useful rule: each of you talks to your own parents. The husband passes the couple’s shared decision gently and respectfully to his mother, the wife to her parents. Don’t complain about your spouse to relatives: you will forgive, but they will remember for a long time.</p>",
                ),
            },
            {
                "heading": _t(
                    "Ата-анамен бірге тұрғанда",
                    "Если живёте с родителями",
                    "Living with parents",
                ),
                "text": _t(
                    "<p>Көп жас отбасы алғашқы жылдары күйеуінің ата-анасымен бірге тұрады. Келіннің үй ішіндегі міндеттерін, жұптың жеке уақыты мен бөлмесін, ортақ шығындарды алдын ала ашық келісу дау-дамайдың алдын алады.</p><p>Келін – отбасының толық мүшесі, оның да демалуға, жұмыс істеуге, өз туыстарымен араласуға құқығы бар. Мүмкіндік болса, бөлек тұру жоспарын бірге құрыңыздар: бұл ата-анадан алшақтау емес, өз отбасыңызды құру.</p>",
                    "<p>Многие молодые семьи в первые годы живут с родителями мужа. Если заранее открыто договориться об обязанностях невестки (келин) по дому, о личном времени и комнате пары, об общих расходах, это предупредит ссоры.</p><p>Невестка – полноправный член семьи, у неё тоже есть право на отдых, работу и общение со своими родными. Если есть возможность, вместе составьте план отдельного проживания: это не отдаление от родителей, а создание своей семьи.</p>",
                    "<p>Many young families spend their first years living with the husband’s parents. Agreeing openly in advance on the daughter-in-law’s (kelin’s) household duties, the couple’s own time and room, and shared costs prevents quarrels.</p><p>A daughter-in-law is a full member of the family, with the same right to rest, to work and to see her own relatives. If you can, make a plan together to live on your own: it is not moving away from your parents but building your own family.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "warning",
            "text": _t(
                "Егер туыстар жұбайыңызды қорласа, қорқытса немесе оның ақшасы мен әр қадамын бақыласа, бұл да зорлық-зомбылық. Жұбайыңызды қорғау – сіздің міндетіңіз. Кеңес алу үшін 111 нөміріне немесе ресурстық орталыққа хабарласыңыз.",
                "Если родственники унижают вашего супруга, угрожают ему или контролируют его деньги и каждый шаг, это тоже насилие. Защитить супруга – ваша обязанность. За консультацией обращайтесь по номеру 111 или в ресурсный центр.",
                "If relatives humiliate or threaten your spouse, or control their money and every step, that is violence too. Protecting your spouse is your duty. For advice, call 111 or contact a resource centre.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Біздің шекараларымыз",
                "Наши границы",
                "Our boundaries",
            ),
            "prompt": _t(
                "Екі бағанды кесте сызыңыздар: «Тек екеуміз шешеміз» және «Үлкендермен ақылдасамыз». Әр бағанға кемінде үш мәселе жазып, кім кіммен сөйлесетінін келісіңіздер.",
                "Нарисуйте таблицу из двух колонок: «Решаем только мы вдвоём» и «Советуемся со старшими». Запишите в каждую хотя бы три вопроса и договоритесь, кто с кем будет разговаривать.",
                "Draw a table with two columns: “Only the two of us decide” and “We ask our elders’ advice”. Write at least three matters in each and agree who will talk to whom.",
            ),
            "questions": [
                _t(
                    "Туыстарымыздың қай әрекеті бізге көмектеседі, қайсысы кедергі келтіреді?",
                    "Что в поведении наших родственников нам помогает, а что мешает?",
                    "What do our relatives do that helps us, and what gets in the way?",
                ),
                _t(
                    "Ата-анамызға ортақ шешімімізді қалай сыйластықпен жеткіземіз?",
                    "Как мы уважительно сообщим родителям наше общее решение?",
                    "How will we respectfully tell our parents about a decision we made together?",
                ),
                _t(
                    "Бөлек тұру туралы біздің жоспарымыз қандай?",
                    "Каков наш план насчёт отдельного жилья?",
                    "What is our plan for living on our own?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Ененің бала тәрбиесі туралы ақылы сіздердің шешімдеріңізге қайшы келеді. Ең дұрыс жол қайсы?",
                    "Совет свекрови о воспитании противоречит вашему решению. Как лучше поступить?",
                    "Your mother-in-law’s advice on bringing up the child goes against what you decided. What is the best way forward?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Күйеуі өз анасына жұптың ортақ шешімін сыйластықпен түсіндіреді",
                        "Муж уважительно объясняет своей матери общее решение пары",
                        "The husband respectfully explains the couple’s shared decision to his mother",
                        True,
                    ),
                    _c(
                        "Келін енесімен бірден дауласады",
                        "Невестка сразу спорит со свекровью",
                        "The daughter-in-law argues with her straight away",
                    ),
                    _c(
                        "Өз ойыңызды айтпай, бәріне көне беру",
                        "Молча соглашаться со всем",
                        "Go along with everything and say nothing",
                    ),
                ],
                "explanation": _t(
                    "Әр серік өз ата-анасымен сөйлескені дұрыс: ата-ана өз баласының сөзін жеңіл қабылдайды, ал келін мен ененің арасындағы шиеленіс азаяды.",
                    "Лучше, когда каждый говорит со своими родителями: от собственного ребёнка родители принимают слова легче, а напряжение между невесткой и свекровью снижается.",
                    "It works best when each partner talks to their own parents: parents take it more easily from their own child, and tension between daughter-in-law and mother-in-law eases.",
                ),
            },
            {
                "question": _t(
                    "Қай мәселелерді жас отбасы өзі шешуі керек?",
                    "Какие вопросы молодая семья должна решать сама?",
                    "Which matters should a young family decide for itself?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Отбасы ақшасын қалай жұмсау",
                        "Как тратить семейные деньги",
                        "How to spend the family’s money",
                        True,
                    ),
                    _c(
                        "Балаларды қалай тәрбиелеу",
                        "Как воспитывать детей",
                        "How to bring up the children",
                        True,
                    ),
                    _c(
                        "Қай жерде тұру",
                        "Где жить",
                        "Where to live",
                        True,
                    ),
                    _c(
                        "Туыстардың өз үйлерінде қалай тұратыны",
                        "Как родственники живут у себя дома",
                        "How relatives run their own homes",
                    ),
                ],
                "explanation": _t(
                    "Ақша, бала тәрбиесі және тұратын жер – жас отбасының өз шешімі, үлкендердің ақылын тыңдап алуға болады. Ал туыстардың өз үйіндегі тәртіп – олардың ісі.",
                    "Деньги, воспитание детей и место жительства – решения самой молодой семьи, хотя совет старших можно выслушать. А порядки в доме родственников – их дело.",
                    "Money, bringing up children and where to live are the young family’s own decisions, though elders’ advice is welcome. How relatives run their own homes is their business.",
                ),
            },
            {
                "question": _t(
                    "Жұбайыңызбен ренжісіп қалсаңыз, оны туыстарға айту керек пе?",
                    "Стоит ли рассказывать родственникам о ссоре с супругом?",
                    "Should you tell relatives about a quarrel with your spouse?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Жоқ, алдымен жұбайыңызбен өзіңіз сөйлесіңіз, қажет болса маманға жүгініңіз",
                        "Нет, сначала поговорите с супругом сами, при необходимости обратитесь к специалисту",
                        "No: talk it over with your spouse first, and see a specialist if needed",
                        True,
                    ),
                    _c(
                        "Иә, бәрін егжей-тегжейлі айту керек",
                        "Да, нужно рассказать всё в подробностях",
                        "Yes, tell them everything in detail",
                    ),
                    _c(
                        "Иә, туыстар кімнің кінәлі екенін шешсін",
                        "Да, пусть родственники решат, кто виноват",
                        "Yes, let relatives decide who is to blame",
                    ),
                ],
                "explanation": _t(
                    "Жұп татуласқан соң ұрысты ұмытады, ал туыстар ұзақ есте сақтап, жұбайыңызға деген көзқарасы өзгеруі мүмкін. Ал қауіп төнсе – бұл бөлек жағдай: бірден көмек сұраңыз.",
                    "Помирившись, пара забывает ссору, а родственники помнят долго, и их отношение к вашему супругу может измениться. Другое дело – если есть опасность: тогда сразу просите о помощи.",
                    "Once a couple make up, they forget the quarrel, but relatives remember for a long time and may change how they see your spouse. Danger is different: then ask for help at once.",
                ),
            },
        ],
    }
)

_FAMILY_LESSONS.append(
    {
        "slug": "when-a-child-arrives",
        "title": _t(
            "Отбасында бала дүниеге келгенде",
            "Когда в семье появляется ребёнок",
            "When a child arrives",
        ),
        "summary": _t(
            "Бала – үлкен қуаныш, бірақ ол жұптың қарым-қатынасын да сынға салады. Жұмысты әділ бөлісуді және ата-ана бола жүріп, жұп болып қалуды үйренесіз.",
            "Ребёнок – большая радость, но и испытание для отношений пары. Вы научитесь справедливо делить заботы и, став родителями, оставаться парой.",
            "A child is a great joy, and also a test for a couple’s relationship. You learn to share the work fairly and to stay a couple while becoming parents.",
        ),
        "minutes": 15,
        "sections": [
            {
                "heading": _t(
                    "Жұптан ата-анаға",
                    "От пары к родителям",
                    "From a couple to parents",
                ),
                "text": _t(
                    "<p>Алғашқы бала туылғаннан кейін көп жұп бір-біріне көңілі толмай, жиі ұрыса бастайтынын байқайды. Себебі – ұйқысыздық, жаңа міндеттер және бір-біріне уақыттың қалмауы. Бұл махаббатыңыздың әлсірегенін емес, отбасының жаңа кезеңге өтіп жатқанын білдіреді.</p><p>Бұл кезеңде «біз» деген сезімді сақтау маңызды: сіздер – бір команда, қарсылас емессіздер.</p>",
                    "<p>После рождения первого ребёнка многие пары замечают, что стали меньше довольны друг другом и чаще ссорятся. Причины – недосып, новые обязанности и то, что на двоих почти не остаётся времени. Это значит не то, что любовь ослабла, а то, что семья переходит на новый этап.</p><p>В это время важно сохранить чувство «мы»: вы – одна команда, а не соперники.</p>",
                    "<p>After their first child is born, many couples notice they are less happy with each other and quarrel more. The reasons are lack of sleep, new duties and having almost no time for each other. It does not mean your love has weakened; it means your family is entering a new stage.</p><p>At this time it matters to keep the sense of “us”: you are one team, not rivals.</p>",
                ),
            },
            {
                "heading": _t(
                    "Жұмысты әділ бөлісу",
                    "Справедливо делить заботы",
                    "Sharing the work fairly",
                ),
                "text": _t(
                    "<p>Бала күтімі мен үй шаруасының бәрін тізімге жазып шығыңыз: тамақтандыру, шомылдыру, түнгі тұру, кір жуу, дәрігерге жазылу, азық-түлік сатып алу. Көзге көрінбейтін жұмысты да ұмытпаңыз: бәрін жоспарлау мен есте сақтау да – еңбек.</p><p>Баламен үйде отырған серік те демалуға мұқтаж. Жұмыстан келген серік те әке немесе ана: кешкі уақытта баламен ойнап, жұбайына бір сағат тыныштық сыйлай алады.</p>",
                    "<p>Запишите в список все дела по уходу за ребёнком и по дому: кормление, купание, ночные подъёмы, стирка, запись к врачу, покупка продуктов. Не забудьте и невидимую работу: всё планировать и обо всём помнить – тоже труд.</p><p>Партнёру, который сидит дома с малышом, тоже нужен отдых. Тот, кто приходит с работы, – тоже отец или мать: вечером он может поиграть с ребёнком и подарить супругу час тишины.</p>",
                    "<p>List all the childcare and household tasks: feeding, bathing, night-time waking, laundry, booking the doctor, buying food. Don’t forget the invisible work: planning everything and remembering everything is work too.</p><p>The partner at home with the baby needs rest as well. The partner who comes home from work is a parent too: in the evening they can play with the child and give their spouse an hour of quiet.</p>",
                ),
            },
            {
                "heading": _t(
                    "Жұп болып қалу",
                    "Оставаться парой",
                    "Staying a couple",
                ),
                "text": _t(
                    "<p>Күніне он минут балаға қатысы жоқ тақырыпта сөйлесіңіз. Әже-аталардан немесе достардан аптасына бір-екі сағат баламен отыруды өтініңіз де, сол уақытты екеуіңізге арнаңыз.</p><p>Босанғаннан кейін жақындық біртіндеп оралады. Бұл туралы бір-біріңізге қысым жасамай, ашық әрі нәзік сөйлесіңіз.</p>",
                    "<p>Десять минут в день говорите о чём-то, что не касается ребёнка. Попросите бабушек, дедушек или друзей посидеть с малышом час-два в неделю и проведите это время вдвоём.</p><p>После родов близость возвращается постепенно. Говорите об этом открыто и бережно, без давления друг на друга.</p>",
                    "<p>Spend ten minutes a day talking about something other than the baby. Ask grandparents or friends to mind the child for an hour or two a week, and spend that time together.</p><p>After a birth, intimacy returns gradually. Talk about it openly and gently, without pressuring each other.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "info",
            "text": _t(
                "Шаршау – сәтсіздік емес. Туыстардан, достардан көмек сұраңыз, ал қарым-қатынасыңызда шиеленіс көбейсе, ресурстық орталықтың психологына бірге барыңыз.",
                "Усталость – не поражение. Просите помощи у родных и друзей, а если напряжение в отношениях растёт, вместе сходите к психологу ресурсного центра.",
                "Being tired is not failure. Ask relatives and friends for help, and if tension between you grows, go together to a psychologist at a resource centre.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Біздің отбасылық тізім",
                "Наш семейный список",
                "Our family list",
            ),
            "prompt": _t(
                "Бала күтімі мен үй шаруасының барлық ісін бір парақ қағазға жазыңыздар. Әр істің қасына оны кім істейтінін белгілеңіздер. Кімнің тізімі ұзын болып шықты? Бір айдан кейін тізімге қайта қарауға келісіңіздер.",
                "Запишите на листе все дела по уходу за ребёнком и по дому. Рядом с каждым отметьте, кто его делает. У кого список вышел длиннее? Договоритесь вернуться к списку через месяц.",
                "Write every childcare and household task on one sheet. Next to each, mark who does it. Whose list turned out longer? Agree to look at the list again in a month.",
            ),
            "questions": [
                _t(
                    "Қай істі маған беруге дайынсың, қайсысын мен саған бере аламын?",
                    "Какое дело ты готов(а) передать мне, а какое я могу передать тебе?",
                    "Which task are you ready to hand over to me, and which can I hand over to you?",
                ),
                _t(
                    "Бір-бірімізге демалыс уақытын қалай сыйлаймыз?",
                    "Как мы будем дарить друг другу время на отдых?",
                    "How will we give each other time to rest?",
                ),
                _t(
                    "Аптасына бір рет екеуміз ғана не істегіміз келеді?",
                    "Чем мы хотим заниматься вдвоём раз в неделю?",
                    "What would we like to do, just the two of us, once a week?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Бала туылғаннан кейін жұптың жиі ұрысуының басты себептері қандай?",
                    "Каковы главные причины частых ссор пары после рождения ребёнка?",
                    "What are the main reasons couples quarrel more after a child is born?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Ұйқысыздық",
                        "Недосып",
                        "Lack of sleep",
                        True,
                    ),
                    _c(
                        "Жаңа міндеттердің көбеюі",
                        "Много новых обязанностей",
                        "Many new duties",
                        True,
                    ),
                    _c(
                        "Бір-біріне уақыттың қалмауы",
                        "Нет времени друг для друга",
                        "No time for each other",
                        True,
                    ),
                    _c(
                        "Махаббаттың міндетті түрде бітуі",
                        "Любовь обязательно заканчивается",
                        "Love inevitably ends",
                    ),
                ],
                "explanation": _t(
                    "Шиеленіс – жаңа кезеңнің табиғи нәтижесі, махаббаттың бітуі емес. Жұмысты әділ бөлісу мен екеуіңізге арналған уақыт оны азайтады.",
                    "Напряжение – естественное следствие нового этапа, а не конец любви. Его снижают справедливое распределение забот и время вдвоём.",
                    "Tension is a natural result of the new stage, not the end of love. Sharing the work fairly and time for the two of you reduce it.",
                ),
            },
            {
                "question": _t(
                    "«Көзге көрінбейтін жұмыс» деген не?",
                    "Что такое «невидимая работа»?",
                    "What is “invisible work”?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Отбасы істерін жоспарлау және бәрін есте сақтау",
                        "Планировать семейные дела и обо всём помнить",
                        "Planning the family’s affairs and remembering everything",
                        True,
                    ),
                    _c(
                        "Түнде ғана істелетін жұмыс",
                        "Работа, которую делают только ночью",
                        "Work done only at night",
                    ),
                    _c(
                        "Ешкім істемейтін жұмыс",
                        "Работа, которую никто не делает",
                        "Work nobody does",
                    ),
                ],
                "explanation": _t(
                    "Дәрігерге жазылу, азық-түлікті ойлау, туған күндерді есте сақтау – уақыт пен күш талап етеді. Оны да тізімге қосып, бөлісу керек.",
                    "Записаться к врачу, продумать покупки, помнить о днях рождения – всё это требует времени и сил. Это тоже нужно внести в список и разделить.",
                    "Booking the doctor, thinking about the shopping, remembering birthdays all take time and energy. These belong on the list and should be shared too.",
                ),
            },
            {
                "question": _t(
                    "Баламен үйде отырған жұбайға қалай көмектесуге болады?",
                    "Как помочь супругу, который сидит дома с ребёнком?",
                    "How can you help the spouse who is at home with the baby?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Кешке баламен ойнап, оған демалуға уақыт беру",
                        "Вечером поиграть с ребёнком и дать супругу время отдохнуть",
                        "Play with the child in the evening and give your spouse time to rest",
                        True,
                    ),
                    _c(
                        "«Сен үйде отырсың ғой, шаршамайсың» деу",
                        "Сказать «ты же дома сидишь, не устаёшь»",
                        "Say “you’re at home all day, you can’t be tired”",
                    ),
                    _c(
                        "Жұмыстан кешірек оралу",
                        "Возвращаться с работы попозже",
                        "Come home from work later",
                    ),
                ],
                "explanation": _t(
                    "Нәрестемен өткен күн – толық жұмыс күні. Кешкі бір сағат тыныштық жұбайыңызға күш береді әрі баланың әкемен немесе анамен байланысын нығайтады.",
                    "День с младенцем – полный рабочий день. Час тишины вечером даёт супругу силы и укрепляет связь ребёнка со вторым родителем.",
                    "A day with a baby is a full working day. An hour of quiet in the evening gives your spouse strength and builds the child’s bond with the other parent.",
                ),
            },
        ],
    }
)

_FAMILY_LESSONS.append(
    {
        "slug": "before-thinking-of-divorce",
        "title": _t(
            "Ажырасу туралы ойламас бұрын",
            "Прежде чем думать о разводе",
            "Before you think of divorce",
        ),
        "summary": _t(
            "Ажырасу туралы шешім асығыс қабылданбауы керек. Медиация деген не екенін, балалардың кіммен тұратыны туралы қалай келісуге болатынын және кез келген жағдайда баланың мүддесін қалай бірінші орынға қоюға болатынын білесіз.",
            "Решение о разводе не должно быть поспешным. Вы узнаете, что такое медиация, как договориться о том, где будут жить дети, и как в любом случае ставить интересы ребёнка на первое место.",
            "A decision to divorce should never be rushed. You learn what mediation is, how to agree where the children will live, and how to put the child first whatever happens.",
        ),
        "minutes": 20,
        "sections": [
            {
                "heading": _t(
                    "Шешім алдындағы үзіліс",
                    "Пауза перед решением",
                    "A pause before the decision",
                ),
                "text": _t(
                    "<p>Адамдардың көбі көмекке тек ажырасар алдында ғана жүгінеді. Соған қарамастан, 2019 жылы «Бақытты отбасы» орталықтарына ажырасу мәселесімен келген 2 423 адамның 871-і мамандармен сөйлескен соң татуласуға келісті.</p><p>Шешім қабылдамас бұрын өзіңізден сұраңыз: біз бәрін байқап көрдік пе? Екеуміз бірге психологқа бардық па? Ашу басылған соң да осылай ойлаймын ба? Егер ерлі-зайыптылардың ортақ кәмелетке толмаған балалары болса немесе біреуі келіспесе, неке сот арқылы бұзылады, ал сот оларға татуласуға уақыт беруі мүмкін.</p>",
                    "<p>Большинство людей обращается за помощью только на пороге развода. И всё же в 2019 году из 2 423 человек, пришедших в центры «Бақытты отбасы» по поводу развода, 871 после работы со специалистами согласились помириться.</p><p>Прежде чем решать, спросите себя: всё ли мы попробовали? Ходили ли мы к психологу вместе? Буду ли я думать так же, когда гнев пройдёт? Если у супругов есть общие несовершеннолетние дети или один из них не согласен, брак расторгается через суд, и суд может дать время на примирение.</p>",
                    "<p>Most people ask for help only on the verge of divorce. Even so, in 2019, of the 2,423 people who came to the Bakytty Otbasy centres about divorce, 871 agreed to reconcile after working with the specialists.</p><p>Before you decide, ask yourself: have we tried everything? Have we seen a psychologist together? Will I still think this when the anger has passed? If the spouses have children under 18 together, or one of them does not agree, the marriage is dissolved through a court, and the court may give the couple time to reconcile.</p>",
                ),
            },
            {
                "heading": _t(
                    "Медиация деген не",
                    "Что такое медиация",
                    "What mediation is",
                ),
                "text": _t(
                    "<p>Медиация – бейтарап маман, медиатордың көмегімен жүргізілетін келіссөз. Медиатор ешкімді кінәламайды және шешімді өзі шығармайды: ол екеуіңізге бір-біріңізді тыңдап, балалар, мүлік және болашақтағы қарым-қатынас туралы өз келісімдеріңізге келуге көмектеседі.</p><p>Медиация – ерікті және құпия. Ол сотқа қарағанда жылдамырақ әрі жайлырақ, ал келісімді екеуіңіз өздеріңіз жасағандықтан, оны орындау да оңайырақ. Медиаторлар ресурстық орталықтарда жұмыс істейді.</p>",
                    "<p>Медиация – это переговоры с помощью нейтрального специалиста, медиатора. Медиатор никого не обвиняет и не выносит решения сам: он помогает вам выслушать друг друга и прийти к собственной договорённости о детях, имуществе и дальнейших отношениях.</p><p>Медиация добровольна и конфиденциальна. Она обычно быстрее и спокойнее суда, а договорённость, которую вы выработали сами, легче выполнять. Медиаторы работают в ресурсных центрах.</p>",
                    "<p>Mediation is a negotiation helped by a neutral specialist, the mediator. The mediator blames no one and does not decide for you: they help you hear each other and reach your own agreement about the children, property and how you will deal with each other in future.</p><p>Mediation is voluntary and confidential. It is usually quicker and calmer than court, and an agreement you worked out yourselves is easier to keep. Mediators work at the resource centres.</p>",
                ),
            },
            {
                "heading": _t(
                    "Балалар кіммен тұрады",
                    "С кем будут жить дети",
                    "Where the children will live",
                ),
                "text": _t(
                    "<p>Бұл – ең көп дау тудыратын сұрақ: 2019 жылы орталықтарға келген балалы 1 898 адамның 1 270-і балалардың кіммен тұратынын шешуге тырысты. Ата-ана ажырасса да, баланың құқықтары мен міндеттері олардың екеуінде де тең қалады, ал бала екеуіне де мұқтаж.</p><p>Келісімде баланың кіммен тұратынын, екінші ата-анамен қашан және қалай кездесетінін, оны асырауға кім қанша төлейтінін нақты жазыңыз. Баладан бөлек тұратын ата-ана онымен араласуға құқылы, ал бала тұратын ата-ана оған кедергі жасамауы керек. Ата-ана келісе алмаса, бұл мәселені баланың мүддесін және оның жасына қарай өз пікірін ескеріп, сот шешеді.</p>",
                    "<p>Это самый спорный вопрос: в 2019 году из 1 898 обратившихся в центры, у которых есть дети, 1 270 пытались решить, с кем будут жить дети. Даже после развода права и обязанности в отношении ребёнка остаются у обоих родителей равными, а ребёнку нужны оба.</p><p>В договорённости чётко пропишите, с кем будет жить ребёнок, когда и как он будет видеться со вторым родителем, кто и сколько платит на его содержание. Родитель, живущий отдельно, имеет право общаться с ребёнком, а родитель, с которым живёт ребёнок, не должен этому мешать. Если родители не могут договориться, вопрос решает суд с учётом интересов ребёнка и, в зависимости от возраста, его собственного мнения.</p>",
                    "<p>This is the most contested question: in 2019, of the 1,898 people with children who came to the centres, 1,270 were trying to settle where the children would live. Even after a divorce both parents keep equal rights and duties towards the child, and the child needs them both.</p><p>Write down clearly in your agreement whom the child will live with, when and how the child will see the other parent, and who pays how much towards the child’s keep. A parent who lives apart has the right to see the child, and the parent the child lives with must not stand in the way. If the parents cannot agree, a court decides, taking into account the child’s interests and, depending on age, the child’s own view.</p>",
                ),
            },
            {
                "heading": _t(
                    "Баланың мүддесі бірінші орында",
                    "Интересы ребёнка – на первом месте",
                    "Putting the child first",
                ),
                "text": _t(
                    "<p>Балаға не болып жатқанын екеуіңіз бірге, сабырмен, жасына сай сөздермен айтыңыз: «Біз енді бірге тұрмаймыз, бірақ екеуміз де сені жақсы көреміз, бұған сен кінәлі емессің».</p><p>Баланы хат тасушыға, тыңшыға немесе қаруға айналдырмаңыз. Оның көзінше екінші ата-анасын жамандамаңыз және одан «кімді көбірек жақсы көресің?» деп сұрамаңыз. Бала екі ата-анасын да сүюге құқылы.</p>",
                    "<p>Расскажите ребёнку о том, что происходит, вдвоём, спокойно, словами, понятными в его возрасте: «Мы больше не будем жить вместе, но мы оба тебя любим, и ты в этом не виноват».</p><p>Не делайте ребёнка посыльным, шпионом или оружием. Не ругайте при нём второго родителя и не спрашивайте: «Кого ты любишь больше?» Ребёнок имеет право любить обоих родителей.</p>",
                    "<p>Tell the child what is happening together, calmly, in words that suit their age: “We won’t live together any more, but we both love you, and it is not your fault.”</p><p>Never turn a child into a messenger, a spy or a weapon. Don’t run down the other parent in front of them, and don’t ask “Whom do you love more?” A child has the right to love both parents.</p>",
                ),
            },
        ],
        "callout": {
            "kind": "safety",
            "text": _t(
                "Отбасында зорлық-зомбылық болса, бірлескен кездесулер мен медиация қауіпсіз болмауы мүмкін: алдымен өзіңіз бен балаңыздың қауіпсіздігін қамтамасыз етіңіз. Қауіп төнсе: 112 немесе 102. Кеңес алу: 111.",
                "Если в семье есть насилие, совместные встречи и медиация могут быть небезопасны: сначала позаботьтесь о безопасности своей и ребёнка. При опасности: 112 или 102. Консультация: 111.",
                "If there is violence in the family, joint meetings and mediation may not be safe: first make sure you and your child are safe. In danger: 112 or 102. For advice: 111.",
            ),
        },
        "talk_together": {
            "title": _t(
                "Шешім алдындағы әңгіме",
                "Разговор перед решением",
                "A talk before deciding",
            ),
            "prompt": _t(
                "Бұл әңгімені екеуіңіз де сабырлы кезде өткізіңіздер, қаласаңыздар – медиатор немесе психолог қатысқанда. Кезекпен жауап беріңіздер, сөзді бөлмеңіздер.",
                "Проведите этот разговор, когда оба спокойны, а если хотите – в присутствии медиатора или психолога. Отвечайте по очереди и не перебивайте друг друга.",
                "Have this talk when you are both calm, with a mediator or psychologist present if you wish. Answer in turn and do not interrupt each other.",
            ),
            "questions": [
                _t(
                    "Бір-біріміздің бойымыздан әлі де нені бағалаймыз?",
                    "Что мы до сих пор ценим друг в друге?",
                    "What do we still value in each other?",
                ),
                _t(
                    "Отбасымызды сақтау үшін әлі не істеп көрмедік?",
                    "Что мы ещё не попробовали, чтобы сохранить семью?",
                    "What have we not yet tried to keep our family together?",
                ),
                _t(
                    "Қандай шешім қабылдасақ та, баламыз екеуімізбен де байланысын қалай сақтайды?",
                    "Какое бы решение мы ни приняли, как наш ребёнок сохранит связь с нами обоими?",
                    "Whatever we decide, how will our child stay close to both of us?",
                ),
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Медиация туралы қай тұжырымдар дұрыс?",
                    "Какие утверждения о медиации верны?",
                    "Which statements about mediation are true?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Ол ерікті және құпия",
                        "Она добровольна и конфиденциальна",
                        "It is voluntary and confidential",
                        True,
                    ),
                    _c(
                        "Медиатор кімнің кінәлі екенін шешеді",
                        "Медиатор решает, кто виноват",
                        "The mediator decides who is to blame",
                    ),
                    _c(
                        "Жұп келісімге өздері келеді",
                        "Пара сама приходит к договорённости",
                        "The couple reach the agreement themselves",
                        True,
                    ),
                    _c(
                        "Зорлық-зомбылық болған жағдайда медиация әрқашан міндетті",
                        "При насилии медиация всегда обязательна",
                        "Mediation is always required when there has been violence",
                    ),
                ],
                "explanation": _t(
                    "Медиатор бейтарап: ол кінәліні іздемейді, екеуіңізге келісуге көмектеседі. Зорлық-зомбылық болса, бірінші кезекте қауіпсіздік тұрады, ал бірлескен кездесулер қауіпті болуы мүмкін.",
                    "Медиатор нейтрален: он не ищет виноватого, а помогает вам договориться. Если было насилие, на первом месте безопасность, а совместные встречи могут быть опасны.",
                    "A mediator is neutral: they don’t look for someone to blame, they help you agree. Where there has been violence, safety comes first, and joint meetings can be dangerous.",
                ),
            },
            {
                "question": _t(
                    "Орталықтардың деректері бойынша балалы жұптар үшін ең көп дау тудыратын сұрақ қандай?",
                    "Какой вопрос, по данным центров, вызывает больше всего споров у пар с детьми?",
                    "According to the centres, which question causes the most disputes for couples with children?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Балалардың кіммен тұратыны",
                        "С кем будут жить дети",
                        "Where the children will live",
                        True,
                    ),
                    _c(
                        "Үй жануарын кім алатыны",
                        "Кому достанется домашний питомец",
                        "Who keeps the pet",
                    ),
                    _c(
                        "Той суреттерін кім сақтайтыны",
                        "Кто оставит себе свадебные фотографии",
                        "Who keeps the wedding photos",
                    ),
                ],
                "explanation": _t(
                    "Балалы 1 898 адамның 1 270-і, яғни үштен екісі, балалардың қай ата-анасымен тұратынын шешуге тырысты. Сондықтан бұл туралы сабырмен, баланың мүддесін ойлап келісу ерекше маңызды.",
                    "Из 1 898 человек с детьми 1 270, то есть две трети, пытались решить, с кем из родителей будут жить дети. Поэтому так важно договариваться об этом спокойно, думая об интересах ребёнка.",
                    "Of 1,898 people with children, 1,270 – two thirds – were trying to settle which parent the children would live with. That is why it matters so much to agree on it calmly, with the child’s interests in mind.",
                ),
            },
            {
                "question": _t(
                    "Ажырасқаннан кейін баланың мүддесін қалай қорғауға болады?",
                    "Как защитить интересы ребёнка после развода?",
                    "How can you protect a child’s interests after a divorce?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Екінші ата-анамен тұрақты кездесуді келісіп, оны жамандамау",
                        "Договориться о регулярных встречах со вторым родителем и не ругать его",
                        "Agree regular time with the other parent and never run them down",
                        True,
                    ),
                    _c(
                        "Баладан кімді көбірек жақсы көретінін сұрау",
                        "Спросить ребёнка, кого он любит больше",
                        "Ask the child whom they love more",
                    ),
                    _c(
                        "Бала арқылы екінші ата-анаға хабар жіберу",
                        "Передавать второму родителю сообщения через ребёнка",
                        "Send messages to the other parent through the child",
                    ),
                ],
                "explanation": _t(
                    "Балаға екі ата-анасы да керек. Ата-ананың екеуі де оның өмірінде қалса, ересектердің дауы оған жүктелмесе, ол ажырасуды әлдеқайда жеңіл өткереді.",
                    "Ребёнку нужны оба родителя. Если оба остаются в его жизни, а споры взрослых не перекладываются на него, он переживает развод гораздо легче.",
                    "A child needs both parents. When both stay in the child’s life and adults’ disputes are not loaded onto the child, the child gets through a divorce far more easily.",
                ),
            },
        ],
    }
)

FAMILY_COURSE: dict = {
    "slug": "first-years-of-marriage",
    "audience": "family",
    "title": _t(
        "Некенің алғашқы жылдары",
        "Первые годы брака",
        "The first years of marriage",
    ),
    "summary": _t(
        "Некеде тұрған жұптарға арналған курс: алғашқы жылдардағы үміттер, туыстармен шекара, бала дүниеге келгендегі өзгерістер және ажырасу туралы ойламас бұрын не білу керек.",
        "Курс для супружеских пар: ожидания первых лет, границы с родственниками, перемены с появлением ребёнка и что нужно знать, прежде чем думать о разводе.",
        "A course for married couples: expectations in the first years, boundaries with relatives, the changes a child brings, and what to know before you think of divorce.",
    ),
    "outcomes": [
        _t(
            "Өз үміттеріңізді ашық айтып, серігіңіздің үмітін тыңдай аласыз.",
            "Вы умеете открыто говорить о своих ожиданиях и выслушивать ожидания партнёра.",
            "You can voice your expectations openly and listen to your partner’s.",
        ),
        _t(
            "Үлкендерді сыйлай отырып, отбасыңыздың шекарасын сақтай аласыз.",
            "Вы умеете сохранять границы своей семьи, уважая старших.",
            "You can keep your family’s boundaries while respecting your elders.",
        ),
        _t(
            "Бала күтімі мен үй шаруасын әділ бөлісіп, жұп болып қала аласыз.",
            "Вы умеете справедливо делить заботу о ребёнке и дом и оставаться парой.",
            "You can share childcare and housework fairly and stay a couple.",
        ),
        _t(
            "Медиация деген не екенін және балалардың мүддесін қалай бірінші орынға қоюға болатынын білесіз.",
            "Вы знаете, что такое медиация и как поставить интересы детей на первое место.",
            "You know what mediation is and how to put the children’s interests first.",
        ),
    ],
    "estimated_minutes": sum(lesson["minutes"] for lesson in _FAMILY_LESSONS),
    "min_study_minutes": round(0.6 * sum(lesson["minutes"] for lesson in _FAMILY_LESSONS)),
    "validity_months": 12,
    "pass_mark": 70,
    "lessons": _FAMILY_LESSONS,
}

# ---------------------------------------------------------------------------------------------------------
# Course 3: Family and me at school (school lesson plans for three age groups)
# ---------------------------------------------------------------------------------------------------------

_SCHOOL_LESSONS: list[dict] = []

_SCHOOL_LESSONS.append(
    {
        "slug": "my-family-roles-and-help",
        "title": _t(
            "Менің отбасым: рөлдер мен бір-біріне көмек",
            "Моя семья: роли и взаимопомощь",
            "My family: roles and helping each other",
        ),
        "summary": _t(
            "5–6-сыныптарға арналған сабақ: отбасылар әртүрлі болады, ал әр мүшесі, балалар да, ортақ өмірге үлес қосады.",
            "Урок для 5–6 классов: семьи бывают разными, и каждый член семьи, в том числе дети, вносит вклад в общую жизнь.",
            "A lesson for grades 5–6: families come in many shapes, and every member, children included, contributes to family life.",
        ),
        "minutes": 45,
        "sections": [
            {
                "heading": _t(
                    "Мұғалімге",
                    "Учителю",
                    "For the teacher",
                ),
                "text": _t(
                    "<p>Сыныпта әртүрлі отбасыдан шыққан балалар отыр: біреуі ата-әжесімен, біреуі бір ата-анасымен, біреуі көп балалы отбасында тұрады. Кез келген отбасы – отбасы екенін атап айтыңыз. Балалардан отбасының жеке істерін ашып айтуды талап етпеңіз: суретке кімді салатынын әр бала өзі шешеді.</p>",
                    "<p>В классе дети из разных семей: кто-то живёт с бабушкой и дедушкой, кто-то с одним из родителей, кто-то в многодетной семье. Подчеркните, что любая семья – это семья. Не требуйте от детей рассказывать о личных делах семьи: кого рисовать, каждый ребёнок решает сам.</p>",
                    "<p>Your class has children from many kinds of family: some live with grandparents, some with one parent, some in large families. Make clear that every family is a family. Don’t ask children to reveal private family matters: each child decides whom to draw.</p>",
                ),
            }
        ],
        "callout": None,
        "talk_together": None,
        "lesson_plan": {
            "age_group": "grades-5-6",
            "duration_minutes": 45,
            "objectives": [
                _t(
                    "Оқушылар отбасылардың әртүрлі болатынын және әрқайсысы құнды екенін түсінеді.",
                    "Ученики понимают, что семьи бывают разными и каждая ценна.",
                    "Pupils understand that families differ and that each one is valuable.",
                ),
                _t(
                    "Оқушылар отбасы мүшелерінің бір-біріне қалай қамқор болатынын атайды.",
                    "Ученики называют, как члены семьи заботятся друг о друге.",
                    "Pupils name the ways family members care for each other.",
                ),
                _t(
                    "Әр оқушы осы аптада үйде көмектесудің бір нақты жолын таңдайды.",
                    "Каждый ученик выбирает один конкретный способ помочь дома на этой неделе.",
                    "Each pupil chooses one concrete way to help at home this week.",
                ),
            ],
            "materials": [
                _t(
                    "А4 қағаз, түрлі түсті қарындаштар",
                    "Бумага А4, цветные карандаши",
                    "A4 paper and coloured pencils",
                ),
                _t(
                    "Үй шаруасы жазылған карточкалар (топқа бір жинақ)",
                    "Карточки с домашними делами (один набор на группу)",
                    "Cards with household tasks (one set per group)",
                ),
                _t(
                    "«Менің қамқорлық ағашым» және «Осы аптадағы уәдем» үлестірме парақтары",
                    "Раздаточные листы «Моё дерево заботы» и «Моё обещание на эту неделю»",
                    "Handouts “My tree of care” and “My promise for this week”",
                ),
            ],
            "activities": [
                {
                    "title": _t(
                        "Сергіту: «Отбасы – бір сөзбен»",
                        "Разминка: «Семья – одним словом»",
                        "Warm-up: “Family in one word”",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Әр оқушы «отбасы» деген сөзді естігенде ойына келген бір сөзді айтады. Мұғалім сөздерді тақтаға жазып, ең жиі айтылғандарын атап өтеді: махаббат, қамқорлық, үй, бірге.",
                        "Каждый ученик называет одно слово, которое приходит в голову при слове «семья». Учитель записывает слова на доске и отмечает самые частые: любовь, забота, дом, вместе.",
                        "Each pupil says one word that comes to mind when they hear “family”. The teacher writes the words on the board and points out the most common: love, care, home, together.",
                    ),
                },
                {
                    "title": _t(
                        "«Менің қамқорлық ағашым»",
                        "«Моё дерево заботы»",
                        "“My tree of care”",
                    ),
                    "minutes": 12,
                    "description": _t(
                        "Оқушылар ағаш салып, оның бұтақтарына өзімен бірге тұратын немесе өзіне жақын адамдарды орналастырады және әрқайсысы отбасы үшін не істейтінін жазады. Қалағандар суретін сыныпқа көрсетеді.",
                        "Ученики рисуют дерево, на ветвях размещают людей, с которыми живут или которые им близки, и подписывают, что каждый делает для семьи. Желающие показывают рисунок классу.",
                        "Pupils draw a tree and put on its branches the people they live with or feel close to, writing what each does for the family. Those who wish show their drawing to the class.",
                    ),
                },
                {
                    "title": _t(
                        "Топтық жұмыс: «Үйде кім не істейді?»",
                        "Работа в группах: «Кто что делает дома?»",
                        "Group work: “Who does what at home?”",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Топтар үй шаруасы жазылған карточкаларды үш бағанға бөледі: «ересектер», «балалар», «бірге». Содан кейін мұғалім сұрайды: қай істерді ұлдар да, қыздар да істей алады? Қорытынды: үй шаруасында «тек ұлдың» немесе «тек қыздың» ісі жоқ, көп істі бірге істеуге болады.",
                        "Группы раскладывают карточки с домашними делами на три колонки: «взрослые», «дети», «вместе». Затем учитель спрашивает: какие дела могут делать и мальчики, и девочки? Вывод: в домашних делах нет занятий «только для мальчиков» или «только для девочек», многое можно делать вместе.",
                        "Groups sort the household task cards into three columns: “adults”, “children”, “together”. The teacher then asks which tasks both boys and girls can do. Conclusion: there are no household jobs “only for boys” or “only for girls”, and much can be done together.",
                    ),
                },
                {
                    "title": _t(
                        "«Осы аптадағы уәдем»",
                        "«Моё обещание на эту неделю»",
                        "“My promise for this week”",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Әр оқушы үлестірме парағына осы аптада үйде өз еркімен істейтін бір ісін жазады (мысалы, інісінің сабағына көмектесу, әжесіне шай құю, дастарқан жинау). Бірнеше оқушы уәдесімен бөліседі.",
                        "Каждый ученик записывает на листе одно дело, которое по своей воле сделает дома на этой неделе (например, помочь младшему брату с уроками, налить бабушке чай, убрать со стола). Несколько учеников делятся обещаниями.",
                        "Each pupil writes on the handout one thing they will do at home this week of their own accord (for example, help a younger brother with homework, pour tea for grandmother, clear the table). A few pupils share their promise.",
                    ),
                },
                {
                    "title": _t(
                        "Рефлексия",
                        "Рефлексия",
                        "Reflection",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Оқушылар «Бүгін мен білдім…» және «Мен отбасыма … арқылы көмектесемін» деген сөйлемдерді аяқтайды. Келесі сабақта уәделері қалай орындалғанын сұраңыз.",
                        "Ученики заканчивают фразы «Сегодня я узнал(а)…» и «Я помогаю своей семье тем, что…». На следующем уроке спросите, как выполнены обещания.",
                        "Pupils finish the sentences “Today I learned…” and “I help my family by…”. In the next lesson, ask how the promises went.",
                    ),
                },
            ],
            "handouts": [
                {
                    "title": _t(
                        "Менің қамқорлық ағашым",
                        "Моё дерево заботы",
                        "My tree of care",
                    ),
                    "text": _t(
                        "<p>Ағаштың бұтақтарына өзіңе жақын адамдарды сал немесе аттарын жаз. Әр адамның қасына ол отбасы үшін не істейтінін жаз.</p><ul><li>Маған … көмектеседі.</li><li>Мен … көмектесемін.</li><li>Біз бірге … жақсы көреміз.</li></ul><p>Есіңде болсын: отбасылар әртүрлі болады, және әрқайсысы маңызды.</p>",
                        "<p>Нарисуй на ветвях дерева близких тебе людей или напиши их имена. Рядом с каждым напиши, что он делает для семьи.</p><ul><li>Мне помогает …</li><li>Я помогаю …</li><li>Вместе мы любим …</li></ul><p>Помни: семьи бывают разными, и каждая важна.</p>",
                        "<p>On the branches of the tree, draw the people close to you or write their names. Next to each, write what they do for the family.</p><ul><li>… helps me.</li><li>I help …</li><li>Together we love to …</li></ul><p>Remember: families come in many shapes, and every one matters.</p>",
                    ),
                },
                {
                    "title": _t(
                        "Осы аптадағы уәдем",
                        "Моё обещание на эту неделю",
                        "My promise for this week",
                    ),
                    "text": _t(
                        "<p>Осы аптада мен үйде өз еркіммен … істеймін.</p><p>Мұны … үшін істеймін.</p><p>Апта соңында: уәдемді орындадым ба? Отбасым не деді? Мен не сезіндім?</p>",
                        "<p>На этой неделе я по своей воле сделаю дома …</p><p>Я делаю это для …</p><p>В конце недели: выполнил(а) ли я обещание? Что сказала моя семья? Что я почувствовал(а)?</p>",
                        "<p>This week, of my own accord, at home I will …</p><p>I am doing this for …</p><p>At the end of the week: did I keep my promise? What did my family say? How did I feel?</p>",
                    ),
                },
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Қай тұжырым дұрыс?",
                    "Какое утверждение верно?",
                    "Which statement is true?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Отбасылар әртүрлі болады, және әрқайсысы маңызды",
                        "Семьи бывают разными, и каждая важна",
                        "Families come in many shapes, and every one matters",
                        True,
                    ),
                    _c(
                        "Нағыз отбасында міндетті түрде төрт адам болады",
                        "В настоящей семье обязательно четыре человека",
                        "A real family always has exactly four people",
                    ),
                    _c(
                        "Балалар үй шаруасына қатыспауы керек",
                        "Дети не должны участвовать в домашних делах",
                        "Children should not take part in housework",
                    ),
                ],
                "explanation": _t(
                    "Ата-әжесімен, бір ата-анасымен немесе көп балалы отбасында тұрса да – бәрі отбасы. Әр мүшесі, балалар да, отбасына қамқорлық жасай алады.",
                    "Живёт ли ребёнок с бабушкой и дедушкой, с одним из родителей или в многодетной семье – это семья. Каждый её член, и дети тоже, может заботиться о семье.",
                    "Whether a child lives with grandparents, with one parent or in a large family, it is a family. Every member, children too, can care for the family.",
                ),
            },
            {
                "question": _t(
                    "Қай үй шаруасын ұлдар да, қыздар да істей алады?",
                    "Какие домашние дела могут делать и мальчики, и девочки?",
                    "Which household jobs can both boys and girls do?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Ыдыс жуу",
                        "Мыть посуду",
                        "Washing up",
                        True,
                    ),
                    _c(
                        "Інісіне немесе сіңлісіне сабақта көмектесу",
                        "Помогать младшим с уроками",
                        "Helping younger brothers or sisters with homework",
                        True,
                    ),
                    _c(
                        "Гүлдерді суару",
                        "Поливать цветы",
                        "Watering the plants",
                        True,
                    ),
                ],
                "explanation": _t(
                    "Бұл істердің бәрін ұлдар да, қыздар да істей алады. Үйде «тек ұлдың» немесе «тек қыздың» ісі жоқ.",
                    "Все эти дела могут делать и мальчики, и девочки. Дома нет дел «только для мальчиков» или «только для девочек».",
                    "Boys and girls can do all of these. At home there are no jobs “only for boys” or “only for girls”.",
                ),
            },
        ],
    }
)

_SCHOOL_LESSONS.append(
    {
        "slug": "feelings-and-kindness",
        "title": _t(
            "Сезімдер және мейірімділік",
            "Чувства и доброта",
            "Feelings and kindness",
        ),
        "summary": _t(
            "5–6-сыныптарға арналған сабақ: сезімдерді атау, ашуды басу тәсілдері, мейірімді сөз және біреу ренжітсе, кімге айтуға болатыны.",
            "Урок для 5–6 классов: как называть чувства, как справляться со злостью, добрые слова и к кому обратиться, если тебя обижают.",
            "A lesson for grades 5–6: naming feelings, ways to calm anger, kind words, and whom to tell if someone hurts you.",
        ),
        "minutes": 45,
        "sections": [
            {
                "heading": _t(
                    "Мұғалімге",
                    "Учителю",
                    "For the teacher",
                ),
                "text": _t(
                    "<p>Бұл жаста балалар сезімдерін сөзбен жеткізуді енді үйреніп келеді. Кез келген сезімнің қалыпты екенін, ал әрекеттің таңдауға болатынын айтыңыз: ашулану – қалыпты, ұру – жоқ. Сабақ соңында әр бала кімге көмек сұрай алатынын білуі керек.</p>",
                    "<p>В этом возрасте дети только учатся выражать чувства словами. Объясните, что любое чувство нормально, а поступок можно выбрать: злиться – нормально, бить – нет. К концу урока каждый ребёнок должен знать, к кому он может обратиться за помощью.</p>",
                    "<p>At this age children are still learning to put feelings into words. Explain that every feeling is normal but actions are a choice: being angry is fine, hitting is not. By the end of the lesson every child should know whom they can ask for help.</p>",
                ),
            }
        ],
        "callout": {
            "kind": "safety",
            "text": _t(
                "Егер бала үйде немесе мектепте біреу оны ренжітетінін немесе ұратынын айтса, сабырмен тыңдаңыз, кінәламаңыз, құпия сақтауға уәде бермеңіз және мектеп тәртібі бойынша мектеп психологына немесе әлеуметтік педагогқа хабарлаңыз. Кеңес алу: 111. Тікелей қауіп төнсе: 112 немесе 102.",
                "Если ребёнок рассказывает, что дома или в школе его обижают или бьют, спокойно выслушайте, не обвиняйте, не обещайте хранить тайну и по школьному порядку сообщите школьному психологу или социальному педагогу. Консультация: 111. При прямой опасности: 112 или 102.",
                "If a child says someone at home or at school hurts or hits them, listen calmly, don’t blame, don’t promise to keep it secret, and tell the school psychologist or social worker as your school’s procedure requires. Advice: 111. In immediate danger: 112 or 102.",
            ),
        },
        "talk_together": None,
        "lesson_plan": {
            "age_group": "grades-5-6",
            "duration_minutes": 45,
            "objectives": [
                _t(
                    "Оқушылар негізгі сезімдерді (қуаныш, мұң, ашу, қорқыныш, ұялу) атап, оларды өзгелерден таниды.",
                    "Ученики называют основные чувства (радость, грусть, злость, страх, стыд) и узнают их у других.",
                    "Pupils name the basic feelings (joy, sadness, anger, fear, shame) and recognise them in others.",
                ),
                _t(
                    "Оқушылар ашуды басудың кемінде үш қауіпсіз тәсілін біледі.",
                    "Ученики знают не менее трёх безопасных способов справиться со злостью.",
                    "Pupils know at least three safe ways to calm their anger.",
                ),
                _t(
                    "Оқушылар біреу ренжітсе, көмек сұрай алатын сенімді ересектерді атайды.",
                    "Ученики называют взрослых, которым доверяют и к которым обратятся, если их обижают.",
                    "Pupils name trusted adults they would go to if someone hurt them.",
                ),
            ],
            "materials": [
                _t(
                    "Сезім карточкалары (қуаныш, мұң, ашу, қорқыныш, таңдану, ұялу)",
                    "Карточки с чувствами (радость, грусть, злость, страх, удивление, стыд)",
                    "Feeling cards (joy, sadness, anger, fear, surprise, shame)",
                ),
                _t(
                    "Жұмсақ доп",
                    "Мягкий мяч",
                    "A soft ball",
                ),
                _t(
                    "«Сезім термометрі» үлестірме парағы",
                    "Раздаточный лист «Термометр чувств»",
                    "Handout “The feelings thermometer”",
                ),
            ],
            "activities": [
                {
                    "title": _t(
                        "«Сезімді тап» ойыны",
                        "Игра «Угадай чувство»",
                        "Game: “Guess the feeling”",
                    ),
                    "minutes": 8,
                    "description": _t(
                        "Оқушы карточка алып, ондағы сезімді сөзсіз, тек бет-әлпетімен және қимылымен көрсетеді, сынып оны табады. Әр сезімнен кейін сұраңыз: бұл сезім қашан пайда болады?",
                        "Ученик берёт карточку и без слов, только мимикой и жестами, показывает чувство, класс угадывает. После каждого чувства спросите: когда оно появляется?",
                        "A pupil takes a card and shows the feeling without words, using only face and gestures; the class guesses. After each feeling, ask: when do we feel this?",
                    ),
                },
                {
                    "title": _t(
                        "«Сезім термометрі»",
                        "«Термометр чувств»",
                        "“The feelings thermometer”",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Үлестірме парағымен жұмыс: ашу қалай біртіндеп «қызатынын» талқылаңыз және әр деңгейде не істеуге болатынын жазыңыз: терең тыныс алу, онға дейін санау, бөлмеден шығу, ересекке айту. Бірге үш рет терең тыныс алып көріңіз.",
                        "Работа с раздаточным листом: обсудите, как злость постепенно «нагревается», и запишите, что можно сделать на каждом уровне: глубоко дышать, считать до десяти, выйти из комнаты, сказать взрослому. Вместе сделайте три глубоких вдоха.",
                        "Work with the handout: talk about how anger “heats up” step by step and write what you can do at each level: breathe deeply, count to ten, leave the room, tell an adult. Take three deep breaths together.",
                    ),
                },
                {
                    "title": _t(
                        "«Мейірімді сөз» добы",
                        "Мяч «Доброе слово»",
                        "The “kind word” ball",
                    ),
                    "minutes": 8,
                    "description": _t(
                        "Оқушылар шеңбер болып тұрып, допты бір-біріне лақтырады. Допты ұстаған адам оны лақтырған сыныптасына жылы сөз айтады. Сөз шын және нақты болуы керек: «Сен маған математикадан көмектестің, рақмет».",
                        "Ученики встают в круг и бросают мяч друг другу. Поймавший говорит доброе слово тому, кто бросил. Слова должны быть искренними и конкретными: «Ты помог мне с математикой, спасибо».",
                        "Pupils stand in a circle and throw the ball to each other. Whoever catches it says something kind to the classmate who threw it. The words should be sincere and specific: “You helped me with maths, thank you.”",
                    ),
                },
                {
                    "title": _t(
                        "Жағдаяттар: мен не істеймін?",
                        "Ситуации: что я сделаю?",
                        "Situations: what would I do?",
                    ),
                    "minutes": 12,
                    "description": _t(
                        "Топтар бір жағдаятты талқылап, мейірімді әрі қауіпсіз шешім ұсынады: інің сенің ойыншығыңды сындырып алды; әжең ауырып жатыр; сыныптасың жалғыз отыр; біреу саған үнемі жаман сөз айтады. Соңғы жағдаятта сенімді ересекке айту керек екенін атап өтіңіз.",
                        "Группы обсуждают ситуацию и предлагают добрый и безопасный выход: младший брат сломал твою игрушку; бабушка болеет; одноклассник сидит один; кто-то постоянно говорит тебе обидные слова. В последней ситуации подчеркните: нужно рассказать взрослому, которому доверяешь.",
                        "Groups discuss one situation and suggest a kind and safe response: your little brother broke your toy; your grandmother is ill; a classmate is sitting alone; someone keeps saying hurtful things to you. For the last one, stress that you should tell an adult you trust.",
                    ),
                },
                {
                    "title": _t(
                        "Рефлексия: «Менің көмекшілерім»",
                        "Рефлексия: «Мои помощники»",
                        "Reflection: “My helpers”",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Әр оқушы алақанын қағазға сызып, әр саусағына біреу ренжітсе, айта алатын бір сенімді адамды жазады: ата-ана, туыс, мұғалім, мектеп психологы. Балаларға 111 желісі туралы айтыңыз.",
                        "Каждый ученик обводит ладонь на бумаге и на каждом пальце пишет одного человека, которому может рассказать, если его обижают: родитель, родственник, учитель, школьный психолог. Расскажите детям о линии 111.",
                        "Each pupil draws round their hand and writes on each finger one person they could tell if someone hurt them: a parent, a relative, a teacher, the school psychologist. Tell the children about the 111 line.",
                    ),
                },
            ],
            "handouts": [
                {
                    "title": _t(
                        "Сезім термометрі",
                        "Термометр чувств",
                        "The feelings thermometer",
                    ),
                    "text": _t(
                        "<p>Ашу бірден емес, біртіндеп «қызады». Әр деңгейде өзіңе көмектесе аласың.</p><ol><li>Жасыл – мен тынышпын. Өзімді жақсы сезінемін.</li><li>Сары – мен ренжідім. Не болғанын сөзбен айтамын: «Маған бұл ұнамайды».</li><li>Қызғылт сары – ашуым келіп жатыр. Үш рет терең тыныс аламын, онға дейін санаймын.</li><li>Қызыл – мен қатты ашуландым. Ешкімді ұрмаймын, бөлмеден шығамын және ересекке айтамын.</li></ol><p>Ашулану – қалыпты. Ашуды қалай көрсететініңді өзің таңдайсың.</p>",
                        "<p>Злость «нагревается» не сразу, а постепенно. На каждом уровне ты можешь себе помочь.</p><ol><li>Зелёный – я спокоен. Мне хорошо.</li><li>Жёлтый – я обиделся. Говорю словами, что случилось: «Мне это не нравится».</li><li>Оранжевый – я начинаю злиться. Делаю три глубоких вдоха, считаю до десяти.</li><li>Красный – я очень зол. Никого не бью, выхожу из комнаты и говорю взрослому.</li></ol><p>Злиться – нормально. Как показать злость, ты выбираешь сам.</p>",
                        "<p>Anger doesn’t heat up all at once but step by step. At every level you can help yourself.</p><ol><li>Green – I am calm. I feel fine.</li><li>Yellow – I am upset. I say in words what happened: “I don’t like this.”</li><li>Orange – I am getting angry. I take three deep breaths and count to ten.</li><li>Red – I am very angry. I don’t hit anyone; I leave the room and tell an adult.</li></ol><p>Being angry is normal. How you show it is your choice.</p>",
                    ),
                },
                {
                    "title": _t(
                        "Мейірімді сөздер",
                        "Добрые слова",
                        "Kind words",
                    ),
                    "text": _t(
                        "<p>Бұл сөздерді бүгін үйде және мектепте айтып көр:</p><ul><li>«Рақмет, сен маған көп көмектестің».</li><li>«Кешір, мен сені ренжіттім».</li><li>«Саған көмек керек пе?»</li><li>«Менімен бірге ойнайсың ба?»</li><li>«Сенің қолыңнан келеді!»</li></ul><p>Біреу саған үнемі жаман сөз айтса немесе ренжітсе, үндеме: сенімді ересекке айт. Қоңырау шалуға да болады: 111.</p>",
                        "<p>Попробуй сказать эти слова сегодня дома и в школе:</p><ul><li>«Спасибо, ты мне очень помог».</li><li>«Прости, я тебя обидел».</li><li>«Тебе нужна помощь?»</li><li>«Поиграешь со мной?»</li><li>«У тебя получится!»</li></ul><p>Если кто-то постоянно говорит тебе обидные слова или обижает тебя, не молчи: расскажи взрослому, которому доверяешь. Можно и позвонить: 111.</p>",
                        "<p>Try saying these words at home and at school today:</p><ul><li>“Thank you, you really helped me.”</li><li>“I’m sorry I hurt you.”</li><li>“Do you need help?”</li><li>“Will you play with me?”</li><li>“You can do it!”</li></ul><p>If someone keeps saying hurtful things to you or hurts you, don’t stay silent: tell an adult you trust. You can also call 111.</p>",
                    ),
                },
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Қатты ашуланғанда не істеген дұрыс?",
                    "Что лучше сделать, когда очень злишься?",
                    "What is best to do when you are very angry?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Терең тыныс алып, онға дейін санау",
                        "Глубоко подышать и посчитать до десяти",
                        "Breathe deeply and count to ten",
                        True,
                    ),
                    _c(
                        "Бөлмеден шығып, ересекке айту",
                        "Выйти из комнаты и сказать взрослому",
                        "Leave the room and tell an adult",
                        True,
                    ),
                    _c(
                        "Ашуландырған адамды итеріп жіберу",
                        "Толкнуть того, кто разозлил",
                        "Push the person who made you angry",
                    ),
                ],
                "explanation": _t(
                    "Ашулану – қалыпты сезім, бірақ ешкімге зиян келтірмей, оны басуға болады. Тыныс алу, санау және ересекке айту – қауіпсіз тәсілдер.",
                    "Злость – нормальное чувство, но с ней можно справиться, никому не причиняя вреда. Дыхание, счёт и разговор со взрослым – безопасные способы.",
                    "Anger is a normal feeling, but you can calm it without hurting anyone. Breathing, counting and telling an adult are safe ways.",
                ),
            },
            {
                "question": _t(
                    "Біреу сені үнемі ренжітсе, не істейсің?",
                    "Что ты сделаешь, если кто-то постоянно тебя обижает?",
                    "What will you do if someone keeps hurting you?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Ешкімге айтпай, шыдай беремін",
                        "Никому не скажу и буду терпеть",
                        "Tell nobody and put up with it",
                    ),
                    _c(
                        "Сенімді ересекке айтамын",
                        "Расскажу взрослому, которому доверяю",
                        "Tell an adult I trust",
                        True,
                    ),
                    _c(
                        "Оны да ренжітемін",
                        "Тоже буду его обижать",
                        "Hurt them back",
                    ),
                ],
                "explanation": _t(
                    "Көмек сұрау – ұят емес. Ата-ана, мұғалім, мектеп психологы көмектеседі, ал 111 желісіне балалар да қоңырау шала алады.",
                    "Просить о помощи – не стыдно. Помогут родители, учитель, школьный психолог, а на линию 111 могут звонить и дети.",
                    "Asking for help is nothing to be ashamed of. Parents, teachers and the school psychologist will help, and children can call the 111 line too.",
                ),
            },
        ],
    }
)

_SCHOOL_LESSONS.append(
    {
        "slug": "respect-friendship-and-conflict",
        "title": _t(
            "Құрмет, достық және зорлықсыз дау",
            "Уважение, дружба и конфликт без насилия",
            "Respect, friendship and conflict without violence",
        ),
        "summary": _t(
            "7–9-сыныптарға арналған сабақ: дау мен буллингті ажырату, дауды төрт қадаммен шешу және куәгер ретінде не істеуге болатыны.",
            "Урок для 7–9 классов: как отличить конфликт от травли, как решить спор за четыре шага и что может сделать свидетель.",
            "A lesson for grades 7–9: telling a conflict from bullying, settling a dispute in four steps, and what a bystander can do.",
        ),
        "minutes": 45,
        "sections": [
            {
                "heading": _t(
                    "Мұғалімге",
                    "Учителю",
                    "For the teacher",
                ),
                "text": _t(
                    "<p>Дау – екі теңдес адамның келіспеуі, оны сөйлесу арқылы шешуге болады. Буллинг (қорлау, қудалау) – бір адамды әдейі әрі қайта-қайта ренжіту, мұнда күш тең емес, сондықтан ересектің араласуы қажет. Жағдаяттарды талқылағанда сыныптағы нақты оқушылардың атын атамаңыз.</p>",
                    "<p>Конфликт – это несогласие двух равных людей, его можно решить разговором. Буллинг (травля) – намеренные и повторяющиеся обиды одного человека, здесь силы неравны, поэтому нужно вмешательство взрослого. Обсуждая ситуации, не называйте имён учеников класса.</p>",
                    "<p>A conflict is a disagreement between two equals that can be settled by talking. Bullying is hurting one person on purpose, again and again, where the power is unequal, so an adult needs to step in. When you discuss situations, don’t use the names of pupils in the class.</p>",
                ),
            }
        ],
        "callout": None,
        "talk_together": None,
        "lesson_plan": {
            "age_group": "grades-7-9",
            "duration_minutes": 45,
            "objectives": [
                _t(
                    "Оқушылар қарапайым дау мен буллингті ажыратады.",
                    "Ученики отличают обычный конфликт от травли.",
                    "Pupils tell an ordinary conflict apart from bullying.",
                ),
                _t(
                    "Оқушылар дауды шешудің төрт қадамын рөлдік ойында қолданады.",
                    "Ученики применяют четыре шага решения конфликта в ролевой игре.",
                    "Pupils use the four steps of settling a conflict in a role-play.",
                ),
                _t(
                    "Оқушылар буллингке куә болғанда қауіпсіз әрекет ету жолдарын атайды.",
                    "Ученики называют безопасные способы действовать, если они стали свидетелями травли.",
                    "Pupils name safe ways to act when they witness bullying.",
                ),
            ],
            "materials": [
                _t(
                    "Жағдаяттар жазылған карточкалар",
                    "Карточки с ситуациями",
                    "Situation cards",
                ),
                _t(
                    "Тақта немесе флипчарт, маркерлер",
                    "Доска или флипчарт, маркеры",
                    "Board or flip chart, markers",
                ),
                _t(
                    "«Дауды шешудің төрт қадамы» үлестірме парағы",
                    "Раздаточный лист «Четыре шага решения конфликта»",
                    "Handout “Four steps to settle a conflict”",
                ),
            ],
            "activities": [
                {
                    "title": _t(
                        "Ой қозғау: «Құрмет деген не?»",
                        "Мозговой штурм: «Что такое уважение?»",
                        "Brainstorm: “What is respect?”",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Тақтаға «Құрмет» сөзін жазып, оқушылардан құрметтің іс-әрекетте қалай көрінетінін сұраңыз: сөзді бөлмеу, келісімсіз затты алмау, мазақтамау, «жоқ» деген сөзді қабылдау.",
                        "Напишите на доске слово «Уважение» и спросите учеников, как оно проявляется в поступках: не перебивать, не брать вещи без спроса, не высмеивать, принимать слово «нет».",
                        "Write “Respect” on the board and ask pupils how respect shows in actions: not interrupting, not taking things without asking, not mocking, accepting “no”.",
                    ),
                },
                {
                    "title": _t(
                        "«Дау ма, буллинг пе?»",
                        "«Конфликт или травля?»",
                        "“Conflict or bullying?”",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Жұптар жағдаят карточкаларын екі топқа бөледі. Мысалдар: екі дос футбол ойынының ережесіне келіспей қалды; бір оқушыны бір ай бойы чатта мазақтап жүр; құрбылар демалысты қайда өткізуге келісе алмайды; бір оқушының сөмкесін үнемі тығып қояды. Айырмашылықты талқылаңыз: күш теңдігі, қайталану, әдейілік.",
                        "Пары раскладывают карточки с ситуациями на две группы. Примеры: двое друзей не сошлись в правилах футбольной игры; над одним учеником месяц смеются в чате; подруги не могут договориться, где провести выходные; у ученика постоянно прячут рюкзак. Обсудите разницу: равенство сил, повторяемость, намеренность.",
                        "Pairs sort the situation cards into two groups. Examples: two friends disagree about the rules of a football game; a pupil has been mocked in a group chat for a month; friends can’t agree where to spend the weekend; someone keeps hiding a pupil’s bag. Discuss the difference: equal power, repetition, intent.",
                    ),
                },
                {
                    "title": _t(
                        "Рөлдік ойын: төрт қадам",
                        "Ролевая игра: четыре шага",
                        "Role-play: four steps",
                    ),
                    "minutes": 15,
                    "description": _t(
                        "Жұптар дау жағдаятын таңдап, оны үлестірме парағындағы төрт қадаммен шешеді: тоқта және сабыр ал; «мен» деп сөйле; тыңда және қайтала; екеуіңе де қолайлы шешім ізде. Екі-үш жұп сыныпқа көрсетеді, сынып не жақсы шыққанын айтады.",
                        "Пары выбирают ситуацию конфликта и решают её по четырём шагам с раздаточного листа: остановись и успокойся; говори от первого лица; выслушай и перескажи; найди решение, удобное обоим. Две-три пары показывают сценку классу, класс говорит, что получилось хорошо.",
                        "Pairs choose a conflict and settle it using the four steps on the handout: stop and calm down; speak from “I”; listen and repeat back; find a solution that suits you both. Two or three pairs act it out for the class, and the class says what worked well.",
                    ),
                },
                {
                    "title": _t(
                        "Куәгер не істей алады?",
                        "Что может сделать свидетель?",
                        "What can a bystander do?",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Сыныппен бірге буллингке куә болған адамның қауіпсіз әрекеттерін тізіңіз: күлмеу және хабарламаны таратпау, зардап шеккен адамның қасында болу, ересекке айту, скриншот сақтау. Куәгердің үнсіздігі буллингті күшейтетінін атап өтіңіз.",
                        "Вместе с классом перечислите безопасные действия свидетеля травли: не смеяться и не пересылать сообщения, быть рядом с пострадавшим, сказать взрослому, сохранить скриншот. Подчеркните, что молчание свидетелей усиливает травлю.",
                        "With the class, list safe things a witness to bullying can do: don’t laugh or forward the messages, stand by the person being hurt, tell an adult, keep a screenshot. Point out that bystanders’ silence makes bullying worse.",
                    ),
                },
                {
                    "title": _t(
                        "Рефлексия",
                        "Рефлексия",
                        "Reflection",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Әр оқушы стикерге бір сөйлем жазады: «Келесі жолы даулассам, мен …». Стикерлерді есік жанындағы тақтаға жапсырады.",
                        "Каждый ученик пишет на стикере одно предложение: «В следующий раз, когда я буду спорить, я…». Стикеры наклеивают на доску у двери.",
                        "Each pupil writes one sentence on a sticky note: “Next time I argue, I will…”. The notes go on the board by the door.",
                    ),
                },
            ],
            "handouts": [
                {
                    "title": _t(
                        "Дауды шешудің төрт қадамы",
                        "Четыре шага решения конфликта",
                        "Four steps to settle a conflict",
                    ),
                    "text": _t(
                        "<ol><li><b>Тоқта.</b> Ашуың келсе, үш рет терең тыныс ал. Қажет болса: «Кейінірек сөйлесейік» де.</li><li><b>«Мен» деп сөйле.</b> «Сен әрқашан…» емес, «Сен … кезде мен ренжимін, маған … керек».</li><li><b>Тыңда.</b> Екіншісінің сөзін бөлме, естігеніңді өз сөзіңмен қайтала.</li><li><b>Шешім ізде.</b> Екеуіңе де қолайлы бірнеше жолды ойлап, біреуін таңдаңдар.</li></ol><p>Егер біреу сені әдейі және қайта-қайта ренжітсе, бұл – дау емес, буллинг. Оны жалғыз шешпе: мұғалімге, мектеп психологына немесе ата-анаңа айт. Кеңес алу: 111.</p>",
                        "<ol><li><b>Остановись.</b> Если злишься, сделай три глубоких вдоха. Если нужно, скажи: «Давай поговорим позже».</li><li><b>Говори от первого лица.</b> Не «Ты всегда…», а «Мне обидно, когда ты…, мне нужно…».</li><li><b>Выслушай.</b> Не перебивай, перескажи услышанное своими словами.</li><li><b>Ищи решение.</b> Придумайте несколько вариантов, удобных обоим, и выберите один.</li></ol><p>Если кто-то обижает тебя намеренно и раз за разом, это не конфликт, а травля. Не решай это в одиночку: расскажи учителю, школьному психологу или родителям. Консультация: 111.</p>",
                        "<ol><li><b>Stop.</b> If you are angry, take three deep breaths. If you need to, say: “Let’s talk later.”</li><li><b>Speak from “I”.</b> Not “You always…” but “I feel hurt when you…, I need…”.</li><li><b>Listen.</b> Don’t interrupt; repeat what you heard in your own words.</li><li><b>Look for a solution.</b> Think of several options that suit you both and choose one.</li></ol><p>If someone hurts you on purpose, again and again, it is not a conflict but bullying. Don’t deal with it alone: tell a teacher, the school psychologist or your parents. Advice: 111.</p>",
                    ),
                }
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Буллингтің қарапайым даудан айырмашылығы неде?",
                    "Чем травля отличается от обычного конфликта?",
                    "How is bullying different from an ordinary conflict?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Бір адамды әдейі ренжітеді",
                        "Одного человека обижают намеренно",
                        "One person is hurt on purpose",
                        True,
                    ),
                    _c(
                        "Ол қайта-қайта қайталанады",
                        "Это повторяется снова и снова",
                        "It happens again and again",
                        True,
                    ),
                    _c(
                        "Екі жақтың күші тең",
                        "Силы сторон равны",
                        "Both sides have equal power",
                    ),
                    _c(
                        "Ол бір рет, кездейсоқ болады",
                        "Это происходит один раз, случайно",
                        "It happens once, by accident",
                    ),
                ],
                "explanation": _t(
                    "Буллингтің үш белгісі бар: әдейілік, қайталану және күштің теңсіздігі. Сондықтан оны жалғыз шешуге тырыспай, ересекке айту керек.",
                    "У травли три признака: намеренность, повторяемость и неравенство сил. Поэтому не стоит решать её в одиночку – нужно рассказать взрослому.",
                    "Bullying has three signs: intent, repetition and unequal power. That is why you shouldn’t try to deal with it alone but tell an adult.",
                ),
            },
            {
                "question": _t(
                    "Сыныптасыңды чатта мазақтап жатқанын көрдің. Не істейсің?",
                    "Ты видишь, что над одноклассником смеются в чате. Что ты сделаешь?",
                    "You see a classmate being mocked in a group chat. What do you do?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Хабарламаны таратпай, скриншот сақтап, ересекке айтамын",
                        "Не пересылаю сообщения, сохраняю скриншот и говорю взрослому",
                        "Don’t forward it, keep a screenshot and tell an adult",
                        True,
                    ),
                    _c(
                        "Күлкі смайлигін қоямын, бәрі солай істейді",
                        "Ставлю смеющийся смайлик, все так делают",
                        "Add a laughing emoji, everyone else does",
                    ),
                    _c(
                        "Бұл маған қатысты емес, үндемеймін",
                        "Меня это не касается, промолчу",
                        "It’s none of my business, so I say nothing",
                    ),
                ],
                "explanation": _t(
                    "Куәгердің әрекеті маңызды: күлмеу, таратпау және ересекке айту буллингті тоқтатуға көмектеседі. Скриншот – ересектерге дәлел.",
                    "Действия свидетеля важны: не смеяться, не пересылать и рассказать взрослому – это помогает остановить травлю. Скриншот – доказательство для взрослых.",
                    "What a bystander does matters: not laughing, not forwarding and telling an adult help stop bullying. A screenshot is evidence for the adults.",
                ),
            },
        ],
    }
)

_SCHOOL_LESSONS.append(
    {
        "slug": "online-safety-and-respect",
        "title": _t(
            "Интернеттегі қауіпсіздік және құрмет",
            "Безопасность и уважение в интернете",
            "Safety and respect online",
        ),
        "summary": _t(
            "7–9-сыныптарға арналған сабақ: жеке деректерді қорғау, кибербуллинг пен бейтаныс адамдардың күдікті хабарламаларын тану және не істеу керегі.",
            "Урок для 7–9 классов: защита личных данных, как распознать кибертравлю и подозрительные сообщения незнакомцев и что делать.",
            "A lesson for grades 7–9: protecting personal data, recognising cyberbullying and suspicious messages from strangers, and what to do about them.",
        ),
        "minutes": 45,
        "sections": [
            {
                "heading": _t(
                    "Мұғалімге",
                    "Учителю",
                    "For the teacher",
                ),
                "text": _t(
                    "<p>Жасөспірімдердің көбі интернетте ересектерден көп уақыт өткізеді, бірақ қауіпті әрдайым байқай бермейді. Сабақтың мақсаты – қорқыту емес, нақты дағды беру: нені жарияламау керек, күдікті хабарламаны қалай тануға болады және кімге айту керек. Оқушыларға: «Сен ештеңеге кінәлі емессің, ересекке айтсаң, сені ұрыспайды» деген ойды жеткізіңіз.</p>",
                    "<p>Многие подростки проводят в интернете больше времени, чем взрослые, но не всегда замечают опасность. Цель урока – не напугать, а дать конкретные навыки: что не публиковать, как распознать подозрительное сообщение и кому рассказать. Донесите до учеников мысль: «Ты ни в чём не виноват, и если расскажешь взрослому, тебя не будут ругать».</p>",
                    "<p>Many teenagers spend more time online than adults do but don’t always see the risks. The aim is not to frighten but to give concrete skills: what not to post, how to recognise a suspicious message and whom to tell. Get across the message: “It isn’t your fault, and if you tell an adult you won’t be told off.”</p>",
                ),
            }
        ],
        "callout": {
            "kind": "safety",
            "text": _t(
                "Егер оқушы интернетте біреу одан сурет сұрағанын, қорқытқанын немесе кездесуге шақырғанын айтса, хат-хабарды өшірмеуді, скриншот сақтауды өтініп, ата-анасына және мектеп психологына хабарлаңыз. Қауіп төнсе: 102 немесе 112. Кеңес алу: 111.",
                "Если ученик рассказывает, что в интернете кто-то просит у него фото, угрожает или зовёт на встречу, попросите не удалять переписку, сохранить скриншоты и сообщите родителям и школьному психологу. При опасности: 102 или 112. Консультация: 111.",
                "If a pupil says someone online is asking for photos, making threats or inviting them to meet, ask them not to delete the messages and to keep screenshots, and inform the parents and the school psychologist. In danger: 102 or 112. Advice: 111.",
            ),
        },
        "talk_together": None,
        "lesson_plan": {
            "age_group": "grades-7-9",
            "duration_minutes": 45,
            "objectives": [
                _t(
                    "Оқушылар интернетте жарияламауға тиіс жеке деректерді атайды.",
                    "Ученики называют личные данные, которые нельзя публиковать в интернете.",
                    "Pupils name the personal data they should not post online.",
                ),
                _t(
                    "Оқушылар кибербуллинг пен бейтаныс адамның күдікті хабарламасының белгілерін таниды.",
                    "Ученики распознают признаки кибертравли и подозрительного сообщения от незнакомца.",
                    "Pupils recognise the signs of cyberbullying and of a suspicious message from a stranger.",
                ),
                _t(
                    "Сынып интернетте бір-бірін құрметтеудің ортақ ережелерін жасайды.",
                    "Класс составляет общие правила уважительного поведения в интернете.",
                    "The class draws up shared rules for treating each other with respect online.",
                ),
            ],
            "materials": [
                _t(
                    "Жасыл, сары және қызыл карточкалар (әр оқушыға бір жинақ)",
                    "Зелёные, жёлтые и красные карточки (набор на каждого ученика)",
                    "Green, yellow and red cards (one set per pupil)",
                ),
                _t(
                    "Кибербуллинг жағдаяттары жазылған үш парақ",
                    "Три листа с ситуациями кибертравли",
                    "Three sheets with cyberbullying situations",
                ),
                _t(
                    "Плакатқа арналған ватман, маркерлер",
                    "Ватман для плаката, маркеры",
                    "Poster paper and markers",
                ),
                _t(
                    "«Желідегі қауіпсіздік жаднамасы» үлестірме парағы",
                    "Раздаточный лист «Памятка безопасности в сети»",
                    "Handout “Online safety checklist”",
                ),
            ],
            "activities": [
                {
                    "title": _t(
                        "«Бағдаршам»: нені бөлісуге болады?",
                        "«Светофор»: чем можно делиться?",
                        "“Traffic lights”: what can I share?",
                    ),
                    "minutes": 7,
                    "description": _t(
                        "Мұғалім ақпарат түрлерін атайды, оқушылар карточка көтереді: жасыл – бөлісуге болады, сары – тек таныстарға, қызыл – ешкімге. Мысалдар: сүйікті фильм, үй мекенжайы, мектептің нөмірі, құпиясөз, демалыстағы сурет, телефон нөмірі, ата-ананың карта деректері.",
                        "Учитель называет виды информации, ученики поднимают карточку: зелёная – можно делиться, жёлтая – только со знакомыми, красная – ни с кем. Примеры: любимый фильм, домашний адрес, номер школы, пароль, фото с отдыха, номер телефона, данные банковской карты родителей.",
                        "The teacher names kinds of information and pupils hold up a card: green – fine to share, yellow – only with people you know, red – with nobody. Examples: favourite film, home address, school number, password, holiday photo, phone number, parents’ bank card details.",
                    ),
                },
                {
                    "title": _t(
                        "Кибербуллинг жағдаяттары",
                        "Ситуации кибертравли",
                        "Cyberbullying situations",
                    ),
                    "minutes": 12,
                    "description": _t(
                        "Үш топ бір-бір жағдаятты талдайды: сыныптасының күлкілі суретін рұқсатсыз таратқан; бір оқушыны топтық чаттан әдейі шығарып, мазақтаған; біреудің атынан жалған парақша ашқан. Әр топ жауап береді: бұл неге зиянды, зардап шеккен адам не істей алады, куәгерлер не істей алады?",
                        "Три группы разбирают по ситуации: смешное фото одноклассника разослали без разрешения; ученика специально удалили из общего чата и высмеивают; от чужого имени создали фальшивую страницу. Каждая группа отвечает: чем это вредно, что может сделать пострадавший, что могут сделать свидетели?",
                        "Three groups each examine a situation: a funny photo of a classmate was shared without permission; a pupil was removed from the class chat on purpose and mocked; someone set up a fake profile in another person’s name. Each group answers: why is this harmful, what can the person hurt do, what can bystanders do?",
                    ),
                },
                {
                    "title": _t(
                        "Бейтаныс адамнан хабарлама",
                        "Сообщение от незнакомца",
                        "A message from a stranger",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Мұғалім ойдан шығарылған хат алмасуды оқиды: «құрдасы» деп таныстырған бейтаныс адам мақтап, сыйлық уәде етеді, құпия сақтауды өтінеді, сурет сұрап, кездесуге шақырады. Оқушылар қауіп белгілерін табады: құпия, сыйлық, сурет сұрау, кездесуге асығу. Қорытынды: жауап берме, бұғатта, скриншот сақта, ересекке айт.",
                        "Учитель зачитывает вымышленную переписку: незнакомец, назвавшийся «ровесником», хвалит, обещает подарок, просит держать всё в секрете, просит фото и зовёт на встречу. Ученики находят тревожные признаки: секретность, подарки, просьба о фото, спешка со встречей. Вывод: не отвечай, заблокируй, сохрани скриншоты, расскажи взрослому.",
                        "The teacher reads out an invented chat: a stranger who says they are “the same age” pays compliments, promises a gift, asks to keep it all secret, asks for photos and suggests meeting. Pupils find the warning signs: secrecy, gifts, asking for photos, rushing to meet. Conclusion: don’t reply, block, keep screenshots, tell an adult.",
                    ),
                },
                {
                    "title": _t(
                        "Сыныптың желідегі ережелері",
                        "Правила класса в сети",
                        "Our class rules online",
                    ),
                    "minutes": 11,
                    "description": _t(
                        "Сынып бірге интернетте өзін ұстаудың бес ережесін жазып, плакат жасайды (мысалы: «Басқаның суретін рұқсатсыз жарияламаймыз», «Бетпе-бет айтпайтын сөзді жазбаймыз»). Плакат сыныпқа ілінеді.",
                        "Класс вместе записывает пять правил поведения в интернете и делает плакат (например: «Не публикуем чужие фото без разрешения», «Не пишем того, что не сказали бы в лицо»). Плакат вешают в классе.",
                        "Together the class writes five rules for behaving online and makes a poster (for example: “We don’t post other people’s photos without permission”, “We don’t write what we wouldn’t say to someone’s face”). The poster goes up in the classroom.",
                    ),
                },
                {
                    "title": _t(
                        "Рефлексия",
                        "Рефлексия",
                        "Reflection",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Оқушылар бүгін үйде телефонында өзгертетін бір параметрді атайды (мысалы, профильді жабық ету, құпиясөзді ауыстыру) және жаднаманы үйге алып кетеді.",
                        "Ученики называют одну настройку, которую сегодня изменят в своём телефоне (например, закроют профиль, сменят пароль), и забирают памятку домой.",
                        "Pupils name one setting they will change on their phone today (for example, make their profile private or change a password) and take the checklist home.",
                    ),
                },
            ],
            "handouts": [
                {
                    "title": _t(
                        "Желідегі қауіпсіздік жаднамасы",
                        "Памятка безопасности в сети",
                        "Online safety checklist",
                    ),
                    "text": _t(
                        "<ul><li>Үй мекенжайыңды, құпиясөзіңді, ата-анаңның карта деректерін ешкімге айтпа.</li><li>Профиліңді жабық етіп, достар тізіміне тек шын танитын адамдарды қос.</li><li>Басқаның суретін рұқсатсыз жариялама және таратпа.</li><li>Бетпе-бет айтпайтын сөзді жазба.</li></ul><p><b>Қауіп белгілері:</b> бейтаныс адам құпия сақтауды өтінеді, сыйлық уәде етеді, сурет сұрайды, кездесуге асықтырады.</p><p><b>Не істеу керек:</b> жауап берме, бұғатта, скриншот сақта және ересекке айт. Сен кінәлі емессің. Кеңес алу: 111. Қауіп төнсе: 102 немесе 112.</p>",
                        "<ul><li>Никому не сообщай домашний адрес, пароль, данные банковской карты родителей.</li><li>Сделай профиль закрытым и добавляй в друзья только тех, кого знаешь в жизни.</li><li>Не публикуй и не пересылай чужие фото без разрешения.</li><li>Не пиши того, что не сказал бы в лицо.</li></ul><p><b>Тревожные признаки:</b> незнакомец просит держать всё в секрете, обещает подарки, просит фото, торопит со встречей.</p><p><b>Что делать:</b> не отвечай, заблокируй, сохрани скриншоты и расскажи взрослому. Ты не виноват. Консультация: 111. При опасности: 102 или 112.</p>",
                        "<ul><li>Never tell anyone your home address, your passwords or your parents’ bank card details.</li><li>Make your profile private and only add people you know in real life.</li><li>Don’t post or forward other people’s photos without permission.</li><li>Don’t write what you wouldn’t say to someone’s face.</li></ul><p><b>Warning signs:</b> a stranger asks you to keep secrets, promises gifts, asks for photos, pushes to meet.</p><p><b>What to do:</b> don’t reply, block, keep screenshots and tell an adult. It isn’t your fault. Advice: 111. In danger: 102 or 112.</p>",
                    ),
                }
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Қай ақпаратты интернетте ешкімге бермеу керек?",
                    "Какую информацию нельзя никому давать в интернете?",
                    "Which information should you never give anyone online?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Құпиясөз",
                        "Пароль",
                        "Your password",
                        True,
                    ),
                    _c(
                        "Үй мекенжайы",
                        "Домашний адрес",
                        "Your home address",
                        True,
                    ),
                    _c(
                        "Сүйікті кітабың",
                        "Любимая книга",
                        "Your favourite book",
                    ),
                    _c(
                        "Ата-анаңның карта деректері",
                        "Данные банковской карты родителей",
                        "Your parents’ bank card details",
                        True,
                    ),
                ],
                "explanation": _t(
                    "Құпиясөз, мекенжай және карта деректері арқылы сені тауып алуға, аккаунтыңды бұзуға немесе ақша ұрлауға болады. Ал сүйікті кітап туралы айту қауіпсіз.",
                    "По паролю, адресу и данным карты тебя могут найти, взломать аккаунт или украсть деньги. А рассказать о любимой книге безопасно.",
                    "Your password, address and card details can be used to find you, break into your account or steal money. Talking about your favourite book is safe.",
                ),
            },
            {
                "question": _t(
                    "Бейтаныс адам құпия сақтауды өтініп, сурет сұрайды. Не істейсің?",
                    "Незнакомец просит хранить секрет и прислать фото. Что ты сделаешь?",
                    "A stranger asks you to keep a secret and send a photo. What do you do?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Жауап бермеймін, бұғаттаймын, скриншот сақтап, ересекке айтамын",
                        "Не отвечаю, блокирую, сохраняю скриншоты и рассказываю взрослому",
                        "Don’t reply, block them, keep screenshots and tell an adult",
                        True,
                    ),
                    _c(
                        "Сурет жіберемін, ол мейірімді көрінеді",
                        "Пришлю фото, он кажется добрым",
                        "Send a photo; they seem nice",
                    ),
                    _c(
                        "Хат-хабарды өшіріп, ешкімге айтпаймын",
                        "Удалю переписку и никому не скажу",
                        "Delete the chat and tell nobody",
                    ),
                ],
                "explanation": _t(
                    "Құпия сақтау және сурет сұрау – басты қауіп белгілері. Хат-хабарды өшірмеңіз: скриншоттар ересектерге және полицияға көмектеседі.",
                    "Просьба о секрете и о фото – главные тревожные признаки. Не удаляйте переписку: скриншоты помогут взрослым и полиции.",
                    "Asking for secrecy and for photos are the main warning signs. Don’t delete the chat: screenshots help adults and the police.",
                ),
            },
        ],
    }
)

_SCHOOL_LESSONS.append(
    {
        "slug": "healthy-relationships-and-consent",
        "title": _t(
            "Салауатты қарым-қатынас, келісім және құрмет",
            "Здоровые отношения, согласие и уважение",
            "Healthy relationships, consent and respect",
        ),
        "summary": _t(
            "10–11-сыныптарға арналған сабақ: салауатты қарым-қатынасты бақылау мен зорлықтан ажырату, келісім қағидалары, «жоқ» деп айту және оны естуді үйрену.",
            "Урок для 10–11 классов: как отличить здоровые отношения от контроля и насилия, принципы согласия, умение сказать и услышать «нет».",
            "A lesson for grades 10–11: telling healthy relationships from control and abuse, the principles of consent, and learning to say and to hear “no”.",
        ),
        "minutes": 45,
        "sections": [
            {
                "heading": _t(
                    "Мұғалімге",
                    "Учителю",
                    "For the teacher",
                ),
                "text": _t(
                    "<p>Жасөспірімдердің алғашқы қарым-қатынастары болашақ отбасының үлгісін қалыптастырады. Бақылау мен қызғанышты «махаббат белгісі» деп қабылдау осы жаста басталады. Сабақта келісім тақырыбын күнделікті мысалдар арқылы талқылаңыз: телефонды алу, суретті жариялау, құшақтау. Ешкімді жеке тәжірибесін айтуға мәжбүрлемеңіз.</p>",
                    "<p>Первые отношения подростков формируют модель будущей семьи. Именно в этом возрасте контроль и ревность начинают восприниматься как «признак любви». Тему согласия обсуждайте на бытовых примерах: взять телефон, опубликовать фото, обнять. Никого не заставляйте рассказывать о личном опыте.</p>",
                    "<p>Teenagers’ first relationships shape the model for their future family. It is at this age that control and jealousy start to be taken as “signs of love”. Discuss consent through everyday examples: taking someone’s phone, posting a photo, a hug. Don’t make anyone talk about their own experience.</p>",
                ),
            }
        ],
        "callout": {
            "kind": "safety",
            "text": _t(
                "Егер оқушы қарым-қатынаста қорқытуға, бақылауға немесе зорлыққа ұшырағанын айтса, сабырмен тыңдаңыз, кінәламаңыз және мектеп тәртібі бойынша психологқа хабарлаңыз. Кеңес алу: 111. Тікелей қауіп төнсе: 112 немесе 102.",
                "Если ученик рассказывает, что в отношениях ему угрожают, его контролируют или применяют насилие, спокойно выслушайте, не обвиняйте и по школьному порядку сообщите психологу. Консультация: 111. При прямой опасности: 112 или 102.",
                "If a pupil says they are being threatened, controlled or abused in a relationship, listen calmly, don’t blame, and inform the psychologist as your school’s procedure requires. Advice: 111. In immediate danger: 112 or 102.",
            ),
        },
        "talk_together": None,
        "lesson_plan": {
            "age_group": "grades-10-11",
            "duration_minutes": 45,
            "objectives": [
                _t(
                    "Оқушылар салауатты қарым-қатынастың белгілерін бақылау мен зорлық белгілерінен ажыратады.",
                    "Ученики отличают признаки здоровых отношений от признаков контроля и насилия.",
                    "Pupils tell the signs of a healthy relationship from the signs of control and abuse.",
                ),
                _t(
                    "Оқушылар келісім ерікті әрі саналы болуы керек екенін және оны кез келген уақытта қайтарып алуға болатынын түсіндіреді.",
                    "Ученики объясняют, что согласие должно быть добровольным, осознанным и его можно отозвать в любой момент.",
                    "Pupils explain that consent must be free and informed and can be withdrawn at any time.",
                ),
                _t(
                    "Оқушылар «жоқ» деп сенімді айтуды және басқаның «жоқ» дегенін құрметтеуді жаттықтырады.",
                    "Ученики тренируются уверенно говорить «нет» и уважать чужое «нет».",
                    "Pupils practise saying “no” with confidence and respecting someone else’s “no”.",
                ),
                _t(
                    "Оқушылар көмек сұрауға болатын орындарды атайды.",
                    "Ученики называют, куда можно обратиться за помощью.",
                    "Pupils name where they can go for help.",
                ),
            ],
            "materials": [
                _t(
                    "Қарым-қатынас туралы тұжырымдар жазылған карточкалар",
                    "Карточки с утверждениями об отношениях",
                    "Cards with statements about relationships",
                ),
                _t(
                    "Тақтада үш аймақ: «салауатты», «алаңдатарлық», «зорлық»",
                    "Три зоны на доске: «здоровое», «тревожное», «насилие»",
                    "Three zones on the board: “healthy”, “worrying”, “abusive”",
                ),
                _t(
                    "«Салауатты қарым-қатынас: өзіңді тексер» үлестірме парағы",
                    "Раздаточный лист «Здоровые отношения: проверь себя»",
                    "Handout “Healthy relationships: check yourself”",
                ),
            ],
            "activities": [
                {
                    "title": _t(
                        "«Қарым-қатынас шкаласы»",
                        "«Шкала отношений»",
                        "“The relationship scale”",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Топтар карточкаларды тақтадағы үш аймаққа орналастырып, себебін түсіндіреді. Мысалдар: «Сен достарыңмен кездескенде қуанады»; «Телефоныңды күнде тексереді»; «Келіспеушілікті сабырмен талқылайды»; «Ашуланса, ұрады немесе қорқытады»; «Қайда жүргеніңді әр сағат сайын сұрайды».",
                        "Группы размещают карточки по трём зонам на доске и объясняют почему. Примеры: «Радуется, когда ты встречаешься с друзьями»; «Каждый день проверяет твой телефон»; «Спокойно обсуждает разногласия»; «В гневе бьёт или угрожает»; «Каждый час спрашивает, где ты».",
                        "Groups place the cards in the three zones on the board and explain why. Examples: “Is glad when you meet your friends”; “Checks your phone every day”; “Talks disagreements through calmly”; “Hits or threatens when angry”; “Asks every hour where you are”.",
                    ),
                },
                {
                    "title": _t(
                        "Келісім деген не?",
                        "Что такое согласие?",
                        "What is consent?",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Мұғалім келісімнің қағидаларын түсіндіреді: ол ерікті (қысымсыз және қорқытусыз), саналы (адам не болып жатқанын түсінеді), нақты (бір нәрсеге келісу бәріне келісу емес) және кез келген уақытта қайтарып алынады. Оқушылар күнделікті мысалдарды талдайды: досының суретін жариялау, біреудің телефонын алу, құшақтау.",
                        "Учитель объясняет принципы согласия: оно добровольное (без давления и угроз), осознанное (человек понимает, что происходит), конкретное (согласие на одно – не согласие на всё) и может быть отозвано в любой момент. Ученики разбирают бытовые примеры: опубликовать фото друга, взять чужой телефон, обнять.",
                        "The teacher explains the principles of consent: it is free (no pressure or threats), informed (the person understands what is happening), specific (yes to one thing is not yes to everything) and can be withdrawn at any time. Pupils work through everyday examples: posting a friend’s photo, taking someone’s phone, a hug.",
                    ),
                },
                {
                    "title": _t(
                        "Рөлдік ойын: «жоқ» деп айту және оны есту",
                        "Ролевая игра: сказать «нет» и услышать его",
                        "Role-play: saying “no” and hearing it",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Жұптар қысқа жағдаяттарды ойнайды: біреу досынан сабақтан қашуды өтінеді, біреу құпиясөзді сұрайды, біреу келісімсіз суретке түсіреді. Бір оқушы сабырмен әрі нақты «жоқ» дейді, екіншісі қайта-қайта көндіруге тырыспай, оны қабылдайды. Содан соң рөлдер ауысады.",
                        "Пары разыгрывают короткие ситуации: один просит друга прогулять урок, другой просит пароль, третий фотографирует без согласия. Один ученик спокойно и чётко говорит «нет», другой принимает это, не уговаривая снова и снова. Затем роли меняются.",
                        "Pairs act out short situations: someone asks a friend to skip a lesson, asks for their password, takes a photo without consent. One pupil says “no” calmly and clearly, the other accepts it without trying again and again to persuade. Then they swap roles.",
                    ),
                },
                {
                    "title": _t(
                        "Көмек картасы",
                        "Карта помощи",
                        "A map of help",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Сынып бірге көмек сұрауға болатын адамдар мен орындардың тізімін жасайды: ата-ана, сенімді туыс, мектеп психологы, сынып жетекшісі, 111 желісі, тікелей қауіп кезінде 112 және 102. Досың зорлыққа ұшыраса, оған қалай сөйлеуге болатынын талқылаңыз: тыңда, кінәлама, көмек сұрауға бірге бар.",
                        "Класс вместе составляет список людей и мест, куда можно обратиться за помощью: родители, родственник, которому доверяешь, школьный психолог, классный руководитель, линия 111, при прямой опасности – 112 и 102. Обсудите, как поговорить с другом, который столкнулся с насилием: выслушай, не обвиняй, пойдите за помощью вместе.",
                        "Together the class lists the people and places to go for help: parents, a relative you trust, the school psychologist, the form tutor, the 111 line, and 112 and 102 in immediate danger. Discuss how to talk to a friend who is facing abuse: listen, don’t blame, go for help together.",
                    ),
                },
                {
                    "title": _t(
                        "Шығу билеті",
                        "Билет на выход",
                        "Exit ticket",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Оқушылар қағазға жауап жазып, аты-жөнін жазбай тапсырады: «Салауатты қарым-қатынастың бір белгісі…», «Маған әлі түсініксіз сұрақ…». Келесі сабақта сұрақтарға жауап беріңіз.",
                        "Ученики анонимно пишут на листочке: «Один признак здоровых отношений…», «Вопрос, который мне ещё непонятен…». Ответьте на вопросы на следующем уроке.",
                        "Pupils write anonymously on a slip: “One sign of a healthy relationship is…”, “A question I still have…”. Answer the questions next lesson.",
                    ),
                },
            ],
            "handouts": [
                {
                    "title": _t(
                        "Салауатты қарым-қатынас: өзіңді тексер",
                        "Здоровые отношения: проверь себя",
                        "Healthy relationships: check yourself",
                    ),
                    "text": _t(
                        "<p><b>Салауатты қарым-қатынаста:</b></p><ul><li>бір-біріңді құрметтейсіңдер және «жоқ» деген сөзді қабылдайсыңдар;</li><li>әрқайсыңның өз достарың, қызығушылықтарың және жеке кеңістігің бар;</li><li>келіспеушілікті айқайсыз, қорқытусыз талқылайсыңдар;</li><li>қасыңдағы адаммен өзіңді қауіпсіз сезінесің.</li></ul><p><b>Алаңдататын белгілер:</b> телефоныңды тексереді, достарыңмен кездесуге тыйым салады, қызғанышпен бақылайды, қорлайды, қорқытады, «егер кетсең, өзіме зиян келтіремін» дейді.</p><p><b>Келісім</b> – ерікті, саналы, нақты және кез келген уақытта қайтарып алынатын «иә». Үнсіздік – келісім емес.</p><p>Көмек: ата-ана, мектеп психологы, 111. Тікелей қауіп: 112, 102.</p>",
                        "<p><b>В здоровых отношениях:</b></p><ul><li>вы уважаете друг друга и принимаете слово «нет»;</li><li>у каждого есть свои друзья, интересы и личное пространство;</li><li>разногласия обсуждаются без крика и угроз;</li><li>рядом с этим человеком ты чувствуешь себя в безопасности.</li></ul><p><b>Тревожные признаки:</b> проверяет твой телефон, запрещает встречаться с друзьями, ревниво контролирует, унижает, угрожает, говорит «если уйдёшь, я что-нибудь с собой сделаю».</p><p><b>Согласие</b> – это добровольное, осознанное, конкретное «да», которое можно отозвать в любой момент. Молчание – не согласие.</p><p>Помощь: родители, школьный психолог, 111. Прямая опасность: 112, 102.</p>",
                        "<p><b>In a healthy relationship:</b></p><ul><li>you respect each other and accept the word “no”;</li><li>each of you has your own friends, interests and personal space;</li><li>disagreements are talked through without shouting or threats;</li><li>you feel safe with the other person.</li></ul><p><b>Warning signs:</b> checks your phone, forbids you to see friends, watches you jealously, humiliates you, threatens you, says “if you leave, I’ll hurt myself”.</p><p><b>Consent</b> is a free, informed, specific “yes” that can be withdrawn at any time. Silence is not consent.</p><p>Help: parents, the school psychologist, 111. Immediate danger: 112, 102.</p>",
                    ),
                }
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Келісім туралы қай тұжырымдар дұрыс?",
                    "Какие утверждения о согласии верны?",
                    "Which statements about consent are true?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Келісім ерікті болуы керек, қысымсыз және қорқытусыз",
                        "Согласие должно быть добровольным, без давления и угроз",
                        "Consent must be free, without pressure or threats",
                        True,
                    ),
                    _c(
                        "Бір рет «иә» десең, оны қайтарып алуға болмайды",
                        "Если один раз сказал «да», отозвать его нельзя",
                        "Once you have said “yes”, you can’t take it back",
                    ),
                    _c(
                        "Үнсіздік – келісім емес",
                        "Молчание – не согласие",
                        "Silence is not consent",
                        True,
                    ),
                    _c(
                        "Бір нәрсеге келісу – бәріне келісу",
                        "Согласие на одно – это согласие на всё",
                        "Agreeing to one thing means agreeing to everything",
                    ),
                ],
                "explanation": _t(
                    "Келісім – ерікті, саналы, нақты және кез келген уақытта қайтарып алынатын шешім. Үнсіздік немесе бұрынғы «иә» келісім емес.",
                    "Согласие – добровольное, осознанное, конкретное решение, которое можно отозвать в любой момент. Молчание или прежнее «да» согласием не являются.",
                    "Consent is a free, informed, specific decision that can be withdrawn at any time. Silence or an earlier “yes” is not consent.",
                ),
            },
            {
                "question": _t(
                    "Қай белгі салауатты қарым-қатынасқа жатады?",
                    "Какой признак относится к здоровым отношениям?",
                    "Which of these is a sign of a healthy relationship?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Серігің сенің достарыңмен кездескеніңе қуанады",
                        "Партнёр радуется, что ты встречаешься с друзьями",
                        "Your partner is glad that you see your friends",
                        True,
                    ),
                    _c(
                        "Серігің телефоныңды күнде тексереді",
                        "Партнёр каждый день проверяет твой телефон",
                        "Your partner checks your phone every day",
                    ),
                    _c(
                        "Серігің «кетсең, өзіме зиян келтіремін» дейді",
                        "Партнёр говорит: «Если уйдёшь, я что-нибудь с собой сделаю»",
                        "Your partner says “if you leave, I’ll hurt myself”",
                    ),
                ],
                "explanation": _t(
                    "Салауатты қарым-қатынаста әркімнің өз өмірі мен достары бар. Телефонды тексеру және өзіне зиян келтіремін деп қорқыту – бақылау мен қысымның белгілері.",
                    "В здоровых отношениях у каждого есть своя жизнь и друзья. Проверка телефона и угрозы причинить себе вред – признаки контроля и давления.",
                    "In a healthy relationship each person has their own life and friends. Checking a phone and threatening self-harm are signs of control and pressure.",
                ),
            },
        ],
    }
)

_SCHOOL_LESSONS.append(
    {
        "slug": "responsibility-and-planning-a-family",
        "title": _t(
            "Жауапкершілік және отбасын жоспарлау",
            "Ответственность и планирование семьи",
            "Responsibility and planning a family",
        ),
        "summary": _t(
            "10–11-сыныптарға арналған сабақ: некенің заңдық мәні, отбасын құруға дайындық, жас отбасының бюджеті және көмекті қайдан табуға болатыны.",
            "Урок для 10–11 классов: правовое значение брака, готовность к созданию семьи, бюджет молодой семьи и где найти помощь.",
            "A lesson for grades 10–11: what marriage means in law, being ready to start a family, a young family’s budget and where to find help.",
        ),
        "minutes": 45,
        "sections": [
            {
                "heading": _t(
                    "Мұғалімге",
                    "Учителю",
                    "For the teacher",
                ),
                "text": _t(
                    "<p>«Бақытты отбасы» ресурстық орталықтарының қорытындысы: адамдар көмекке тек ажырасар алдында жүгінеді, сондықтан отбасылық өмірге дайындық мектептен басталуы керек. Бұл сабақта оқушылар орталықтардың нақты деректерімен танысып, отбасын құру – сезім ғана емес, жауапкершілік пен жоспарлау екенін талқылайды.</p>",
                    "<p>Вывод ресурсных центров «Бақытты отбасы»: люди обращаются за помощью только на пороге развода, поэтому подготовка к семейной жизни должна начинаться в школе. На этом уроке ученики знакомятся с реальными данными центров и обсуждают, что создать семью – это не только чувства, но и ответственность и планирование.</p>",
                    "<p>The conclusion of the Bakytty Otbasy resource centres: people ask for help only on the verge of divorce, so preparation for family life should start at school. In this lesson pupils look at the centres’ real figures and discuss how starting a family is not only about feelings but about responsibility and planning.</p>",
                ),
            }
        ],
        "callout": None,
        "talk_together": None,
        "lesson_plan": {
            "age_group": "grades-10-11",
            "duration_minutes": 45,
            "objectives": [
                _t(
                    "Оқушылар некенің заң бойынша негізгі шарттарын атайды: ерікті келісім, неке жасы, мемлекеттік тіркеу.",
                    "Ученики называют основные условия брака по закону: добровольное согласие, брачный возраст, государственная регистрация.",
                    "Pupils name the main legal conditions of marriage: free consent, marriageable age, state registration.",
                ),
                _t(
                    "Оқушылар отбасын құруға дайындықтың эмоционалдық, қаржылық және құқықтық жақтарын сипаттайды.",
                    "Ученики описывают эмоциональную, финансовую и правовую стороны готовности к созданию семьи.",
                    "Pupils describe the emotional, financial and legal sides of being ready to start a family.",
                ),
                _t(
                    "Оқушылар ресурстық орталықтардың деректерін талдап, ерте көмек сұраудың маңызын түсіндіреді.",
                    "Ученики анализируют данные ресурсных центров и объясняют, почему важно рано просить о помощи.",
                    "Pupils analyse the resource centres’ figures and explain why asking for help early matters.",
                ),
            ],
            "materials": [
                _t(
                    "Конверттер мен қағаз («Он жылдан кейінгі өзіме хат»)",
                    "Конверты и бумага («Письмо себе через десять лет»)",
                    "Envelopes and paper (“A letter to myself in ten years”)",
                ),
                _t(
                    "«Бақытты отбасы» орталықтарының деректері жазылған слайд немесе плакат",
                    "Слайд или плакат с данными центров «Бақытты отбасы»",
                    "A slide or poster with the Bakytty Otbasy centres’ figures",
                ),
                _t(
                    "«Неке туралы бес дерек» және «Жас отбасының бюджеті» үлестірме парақтары",
                    "Раздаточные листы «Пять фактов о браке» и «Бюджет молодой семьи»",
                    "Handouts “Five facts about marriage” and “A young family’s budget”",
                ),
            ],
            "activities": [
                {
                    "title": _t(
                        "«Он жылдан кейінгі өзіме хат»",
                        "«Письмо себе через десять лет»",
                        "“A letter to myself in ten years”",
                    ),
                    "minutes": 7,
                    "description": _t(
                        "Оқушылар он жылдан кейін өздерін қандай адам ретінде көргісі келетінін, отбасы туралы қандай армандары барын қысқа хатқа жазып, конвертке салады. Хаттар оқылмайды, оқушылар оларды өздерімен алып кетеді.",
                        "Ученики пишут короткое письмо о том, каким человеком хотят видеть себя через десять лет и о чём мечтают в семейной жизни, и запечатывают его в конверт. Письма не читаются вслух, ученики забирают их с собой.",
                        "Pupils write a short letter about the person they hope to be in ten years and their hopes for family life, and seal it in an envelope. The letters are not read aloud; pupils keep them.",
                    ),
                },
                {
                    "title": _t(
                        "Топтық жұмыс: «Отбасына дайынмын ба?»",
                        "Работа в группах: «Готов ли я к семье?»",
                        "Group work: “Am I ready for a family?”",
                    ),
                    "minutes": 12,
                    "description": _t(
                        "Төрт топ дайындықтың бір жағын талдап, плакатқа жазады: эмоционалдық (сөйлесу, дауды шешу), қаржылық (табыс, тұрғын үй, бюджет), құқықтық («Неке туралы бес дерек» парағы бойынша) және денсаулық (отбасын жоспарлау, дәрігерге бару). Әр топ бір минут таныстырады.",
                        "Четыре группы разбирают по одной стороне готовности и записывают на плакат: эмоциональная (общение, решение конфликтов), финансовая (доход, жильё, бюджет), правовая (по листу «Пять фактов о браке») и здоровье (планирование семьи, визит к врачу). Каждая группа представляет итог за минуту.",
                        "Four groups each take one side of readiness and write it on a poster: emotional (communication, settling conflicts), financial (income, housing, budget), legal (using the “Five facts about marriage” handout) and health (family planning, seeing a doctor). Each group presents in one minute.",
                    ),
                },
                {
                    "title": _t(
                        "Деректерді талдау",
                        "Анализ данных",
                        "Looking at the figures",
                    ),
                    "minutes": 10,
                    "description": _t(
                        "Мұғалім орталықтардың 2019 жылғы деректерін көрсетеді: алты айда 2 566 адам келген, 2 423-і – ажырасу мәселесімен; олардың 871-і татуласуға келіскен; некенің алғашқы бір-екі жылындағы жас жұптар татуласуға ең қиын көнеді; балалы 1 898 адамның 1 270-і балалардың кіммен тұратынын шешуге тырысқан. Сұрақтар: бұл сандар не туралы айтады? Неліктен адамдар тым кеш келеді? Мектеп не істей алады?",
                        "Учитель показывает данные центров за 2019 год: за шесть месяцев обратились 2 566 человек, 2 423 – по поводу развода; 871 из них согласились помириться; молодые пары в первые один–два года брака труднее всего соглашаются на примирение; из 1 898 человек с детьми 1 270 пытались решить, с кем будут жить дети. Вопросы: о чём говорят эти цифры? Почему люди приходят слишком поздно? Что может сделать школа?",
                        "The teacher shows the centres’ figures for 2019: in six months 2,566 people came, 2,423 of them about divorce; 871 of those agreed to reconcile; young couples in the first one or two years of marriage were the hardest to reconcile; of 1,898 people with children, 1,270 were trying to settle where the children would live. Questions: what do these numbers tell us? Why do people come too late? What can a school do?",
                    ),
                },
                {
                    "title": _t(
                        "«Жас отбасының бюджеті»",
                        "«Бюджет молодой семьи»",
                        "“A young family’s budget”",
                    ),
                    "minutes": 11,
                    "description": _t(
                        "Жұптар үлестірме парағындағы шартты сандармен жас отбасының айлық бюджетін құрып, жинаққа қанша қалатынын есептейді және той үшін несие алу бюджетке қалай әсер ететінін талқылайды.",
                        "Пары по условным цифрам с раздаточного листа составляют месячный бюджет молодой семьи, считают, сколько остаётся на сбережения, и обсуждают, как кредит на свадьбу повлияет на бюджет.",
                        "Pairs use the notional figures on the handout to draw up a young family’s monthly budget, work out how much is left for savings and discuss how a loan for the wedding would affect it.",
                    ),
                },
                {
                    "title": _t(
                        "Рефлексия: көмекті қайдан табамын",
                        "Рефлексия: где я найду помощь",
                        "Reflection: where I would find help",
                    ),
                    "minutes": 5,
                    "description": _t(
                        "Оқушылар көмек сұрауға болатын үш орынды атайды: ресурстық орталықтар (осы сайттағы тізім), 111 желісі, тікелей қауіп кезінде 112 немесе 102. Мұғалім некеге тұрар алдында АХАТ ұсынатын дайындық курсы туралы айтады.",
                        "Ученики называют три места, куда можно обратиться за помощью: ресурсные центры (список на этом сайте), линия 111, при прямой опасности – 112 или 102. Учитель рассказывает о курсе подготовки, который ЗАГС предлагает перед регистрацией брака.",
                        "Pupils name three places to go for help: the resource centres (listed on this site), the 111 line, and 112 or 102 in immediate danger. The teacher mentions the preparation course registry offices offer before a marriage is registered.",
                    ),
                },
            ],
            "handouts": [
                {
                    "title": _t(
                        "Неке туралы бес дерек",
                        "Пять фактов о браке",
                        "Five facts about marriage",
                    ),
                    "text": _t(
                        "<ol><li>Неке екі адамның ерікті әрі толық келісімімен ғана қиылады. Біреуді некеге мәжбүрлеуге, оның ішінде «алып қашуға», заң тыйым салады.</li><li>Қазақстанда неке жасы – 18 жас. Заңда көзделген ерекше жағдайларда ғана ол сәл төмендетілуі мүмкін.</li><li>Заң алдында тек мемлекеттік тіркеуден (АХАТ органында) өткен неке ғана жұбайларға құқықтар мен міндеттер береді. Діни рәсім (неке қию) жалғыз өзі заңдық күшке ие емес.</li><li>Ерлі-зайыптылардың құқықтары тең, отбасы мәселелерін олар бірлесіп шешеді. Неке кезінде тапқан мүлік, әдетте, ортақ меншік болады.</li><li>Ата мен ананың балаға қатысты құқықтары мен міндеттері тең, олар ажырасса да өзгермейді.</li></ol>",
                        "<ol><li>Брак заключается только при добровольном и полном согласии обоих. Закон запрещает принуждать к браку, в том числе путём «похищения невесты».</li><li>В Казахстане брачный возраст – 18 лет. Лишь в исключительных случаях, предусмотренных законом, он может быть немного снижен.</li><li>Права и обязанности супругов по закону возникают только из брака, зарегистрированного государством (в органах ЗАГС). Религиозный обряд (никах) сам по себе юридической силы не имеет.</li><li>Супруги равны в правах и решают вопросы семьи совместно. Имущество, нажитое в браке, как правило, является общим.</li><li>Отец и мать имеют равные права и обязанности в отношении ребёнка, и при разводе это не меняется.</li></ol>",
                        "<ol><li>A marriage can only be made with the free and full consent of both people. The law forbids forcing anyone to marry, including by “bride kidnapping”.</li><li>In Kazakhstan the marriageable age is 18. Only in exceptional cases provided for by law can it be lowered slightly.</li><li>Only a marriage registered by the state (at a registry office) gives spouses rights and duties in law. A religious ceremony (nikah) alone has no legal force.</li><li>Spouses have equal rights and decide family matters together. Property acquired during the marriage is, as a rule, joint property.</li><li>A father and a mother have equal rights and duties towards their child, and this does not change if they divorce.</li></ol>",
                    ),
                },
                {
                    "title": _t(
                        "Жас отбасының бюджеті",
                        "Бюджет молодой семьи",
                        "A young family’s budget",
                    ),
                    "text": _t(
                        "<p>Сандар шартты, тек жаттығу үшін берілген.</p><p><b>Айлық табыс:</b> екеуінің жалақысы – 420 000 теңге.</p><p><b>Шығындар:</b></p><ul><li>пәтер жалдау – 150 000 теңге;</li><li>азық-түлік – 110 000 теңге;</li><li>коммуналдық төлемдер мен байланыс – 35 000 теңге;</li><li>жол – 25 000 теңге;</li><li>ата-анаға көмек – 20 000 теңге.</li></ul><p><b>Тапсырма:</b> 1) Жинаққа қанша қалады? 2) Той үшін алынған несие айына 60 000 теңгеден төленсе, не өзгереді? 3) Күтпеген жағдайға арналған қорды қанша айда жинауға болады? 4) Қай шығынды азайтар едіңдер және неге?</p>",
                        "<p>Цифры условные, только для упражнения.</p><p><b>Доход в месяц:</b> зарплата двоих – 420 000 тенге.</p><p><b>Расходы:</b></p><ul><li>аренда квартиры – 150 000 тенге;</li><li>продукты – 110 000 тенге;</li><li>коммунальные услуги и связь – 35 000 тенге;</li><li>проезд – 25 000 тенге;</li><li>помощь родителям – 20 000 тенге.</li></ul><p><b>Задание:</b> 1) Сколько остаётся на сбережения? 2) Что изменится, если платить за свадебный кредит 60 000 тенге в месяц? 3) За сколько месяцев можно собрать резерв на непредвиденные случаи? 4) Какие расходы вы бы сократили и почему?</p>",
                        "<p>The figures are notional, for the exercise only.</p><p><b>Monthly income:</b> both salaries together – 420,000 tenge.</p><p><b>Expenses:</b></p><ul><li>renting a flat – 150,000 tenge;</li><li>food – 110,000 tenge;</li><li>utilities and phone – 35,000 tenge;</li><li>transport – 25,000 tenge;</li><li>help for parents – 20,000 tenge.</li></ul><p><b>Task:</b> 1) How much is left for savings? 2) What changes if a wedding loan costs 60,000 tenge a month? 3) How many months would it take to build an emergency fund? 4) Which expenses would you cut, and why?</p>",
                    ),
                },
            ],
        },
        "quiz": [
            {
                "question": _t(
                    "Заң бойынша некенің міндетті шарттары қандай?",
                    "Какие условия брака обязательны по закону?",
                    "Which conditions of marriage does the law require?",
                ),
                "kind": "multiple",
                "choices": [
                    _c(
                        "Екі адамның ерікті келісімі",
                        "Добровольное согласие обоих",
                        "The free consent of both people",
                        True,
                    ),
                    _c(
                        "Неке жасына толу",
                        "Достижение брачного возраста",
                        "Having reached marriageable age",
                        True,
                    ),
                    _c(
                        "Үлкен той жасау",
                        "Пышная свадьба",
                        "A lavish wedding feast",
                    ),
                    _c(
                        "Мемлекеттік тіркеу",
                        "Государственная регистрация",
                        "State registration",
                        True,
                    ),
                ],
                "explanation": _t(
                    "Неке ерікті келісіммен, неке жасына толған соң қиылып, мемлекет тіркегенде ғана заңдық күшке ие болады. Той – жақсы дәстүр, бірақ заң талабы емес.",
                    "Брак заключается по добровольному согласию, по достижении брачного возраста и имеет силу только после государственной регистрации. Свадьба – хорошая традиция, но не требование закона.",
                    "A marriage is made by free consent, at marriageable age, and has legal force only once the state registers it. A wedding feast is a fine tradition but not a legal requirement.",
                ),
            },
            {
                "question": _t(
                    "«Бақытты отбасы» орталықтарының қорытындысы бойынша отбасылық өмірге дайындық қашан басталуы керек?",
                    "Когда, по выводу центров «Бақытты отбасы», должна начинаться подготовка к семейной жизни?",
                    "According to the Bakytty Otbasy centres, when should preparation for family life begin?",
                ),
                "kind": "single",
                "choices": [
                    _c(
                        "Мектептен бастап",
                        "Уже в школе",
                        "At school",
                        True,
                    ),
                    _c(
                        "Тек ажырасу туралы шешім қабылданғанда",
                        "Только когда принято решение о разводе",
                        "Only once a decision to divorce has been made",
                    ),
                    _c(
                        "Бірінші немере туылғанда",
                        "Когда родится первый внук",
                        "When the first grandchild is born",
                    ),
                ],
                "explanation": _t(
                    "Адамдар көбіне көмекке тек ажырасар алдында келеді. Сондықтан орталықтар отбасылық өмірге дайындықты мектептен бастап, АХАТ-та жалғастыруды ұсынады.",
                    "Чаще всего люди приходят за помощью только на пороге развода. Поэтому центры предлагают начинать подготовку к семейной жизни в школе и продолжать её в ЗАГСе.",
                    "People mostly come for help only on the verge of divorce. That is why the centres propose starting preparation for family life at school and continuing it at the registry office.",
                ),
            },
        ],
    }
)

SCHOOL_COURSE: dict = {
    "slug": "family-life-at-school",
    "audience": "school",
    "title": _t(
        "Отбасы және мен: мектеп сабақтары",
        "Семья и я: уроки в школе",
        "Family and me at school",
    ),
    "summary": _t(
        "Мұғалімдерге арналған дайын сабақ жоспарлары: 5–6, 7–9 және 10–11-сыныптар үшін екі сабақтан. Әр сабақта мақсаттар, материалдар, уақыты белгіленген әрекеттер және басып шығаруға болатын үлестірме парақтар бар.",
        "Готовые планы уроков для учителей: по два урока для 5–6, 7–9 и 10–11 классов. В каждом – цели, материалы, упражнения с хронометражем и раздаточные листы для печати.",
        "Ready-made lesson plans for teachers: two lessons each for grades 5–6, 7–9 and 10–11. Each has objectives, materials, timed activities and printable handouts.",
    ),
    "outcomes": [
        _t(
            "5–6-сынып оқушылары сезімдерін атап, отбасында бір-біріне қамқор болудың жолдарын біледі.",
            "Ученики 5–6 классов называют свои чувства и знают, как заботиться друг о друге в семье.",
            "Pupils in grades 5–6 name their feelings and know ways to care for each other at home.",
        ),
        _t(
            "7–9-сынып оқушылары дауды зорлықсыз шешіп, буллинг пен интернеттегі қауіпті таниды.",
            "Ученики 7–9 классов решают конфликты без насилия и распознают травлю и опасность в интернете.",
            "Pupils in grades 7–9 settle conflicts without violence and recognise bullying and online risks.",
        ),
        _t(
            "10–11-сынып оқушылары салауатты қарым-қатынас пен келісімнің мәнін түсініп, отбасын құруды жауапкершілікпен жоспарлайды.",
            "Ученики 10–11 классов понимают, что такое здоровые отношения и согласие, и ответственно подходят к планированию семьи.",
            "Pupils in grades 10–11 understand healthy relationships and consent and plan a family responsibly.",
        ),
        _t(
            "Барлық оқушылар көмекті қайдан табуға болатынын біледі: сенімді ересектер, 111, 112 және 102.",
            "Все ученики знают, где найти помощь: взрослые, которым они доверяют, 111, 112 и 102.",
            "All pupils know where to find help: adults they trust, 111, 112 and 102.",
        ),
    ],
    "estimated_minutes": sum(lesson["minutes"] for lesson in _SCHOOL_LESSONS),
    "min_study_minutes": round(0.6 * sum(lesson["minutes"] for lesson in _SCHOOL_LESSONS)),
    "validity_months": 12,
    "pass_mark": 70,
    "lessons": _SCHOOL_LESSONS,
}

COURSES: list[dict] = [PREMARITAL_COURSE, FAMILY_COURSE, SCHOOL_COURSE]
