"""The learner's pages under /<lang>/learn/ (routes in learning/urls.py).

- `couple`: a partner signed in with the access code from the clerk's slip.
- `self_paced`: anyone taking an open course, known by a signed cookie (no account, no code).
- `lessons`: the lesson and quiz pages both of them use (quizzes graded on the server).
- `shared`: what both stacks share: the guessing limit on codes, the course's lessons with the
  learner's progress, finishing, the study-time heartbeat.
- `checks`, `feedback`: the knowledge check and the survey, for both kinds of learner.

Who the learner is comes from `learning.access` (partners) and `learning.selfpaced` (self-paced);
what their actions do from `learning.journey`; these views only orchestrate and render. Every page
here is personal: `home.private.private_page` keeps it out of every cache.
"""
