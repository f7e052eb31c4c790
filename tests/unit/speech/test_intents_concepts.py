"""Scam signs as concept classes, negation, and issue 11's never-seen sets.

``tests/data/final2`` and ``final3`` (158 sentences per locale each) were
written after a change to the word lists and committed before their one run
(final2: en 86 %, zh_CN 84 %, ko 84 %, scams missed 8, 5, 5 of 32; final3:
85 %, 83 %, 85 %, scams missed 10, 10, 6); the word lists were then fixed
against their misses, so they are held here as ratchets: no scam missed,
accuracy at least what they read today. ``tests/data/final4`` was written
after that and committed before its one run (the honest unseen figure then);
every locale was since fixed by category from its misses (docs/design/0029
and 0031), so it is a ratchet too, and so are ``final5`` (ADRs 0039, 0043), ``final6``
(studied by class in session 10: ADRs 0052, 0053), ``final7`` and ``final8``
(session 11: ADRs 0056, 0057, 0060, 0061), ``final9`` and ``final10`` (session
12: ADRs 0062, 0063, 0065, 0068), ``final11`` and ``final12`` (session 13: ADRs
0069-0071, 0074-0076), ``final13`` and ``final14`` (session 14: ADRs 0080-0082,
0084-0086), with ``probe14`` (304 per locale, written blind and studied at once,
docs/design/0088), ``final15``, ``final16``, ``final17`` and ``probe15`` (trained on by
the learned second opinion, docs/design/0089, 0090, and studied by class in round
fourteen, session 16: ADRs 0091-0093), ``final18`` (one run, docs/design/0096, then
round fifteen: ADRs 0097-0099), ``probe16`` and ``probe17`` (training sets, studied by
class in round sixteen: ADRs 0101-0103), ``final19`` (one run, docs/design/0100, then
round seventeen: ADRs 0104-0106, 0108-0110), ``final20`` (one run, docs/design/0107,
then round eighteen: ADRs 0111-0113), ``final21`` (one run, docs/design/0114, then round
nineteen: ADRs 0115-0117), ``final22`` (one run, docs/design/0118, then round twenty: ADRs
0119-0121), ``final23`` (one run, docs/design/0122, then round twenty-one: ADRs
0123-0125), ``final24`` (one run, docs/design/0126, then round twenty-two: ADRs
0127-0129), ``final25`` (one run, docs/design/0130, then round twenty-three: ADRs
0131-0133), ``final26`` (one run, docs/design/0134, then round twenty-four: ADRs
0135-0137). ``final27`` has had its one run (docs/design/0138), ``final28`` (docs/design/0142),
``final29`` (after the retrain on final28, final30 and final31, docs/design/0143, then
trained on), ``final30`` and
``final31``, ``final33`` and ``final34`` (written and run once in session 25, then trained
on: docs/design/0143), ``final32`` (one run after the retrain on final33 and final34,
then trained on).
``final35`` (session 25's unseen set), ``final36`` and ``final38`` to ``final41`` (written
blind in session 26, each run once) are trained on (docs/design/0144).
The unseen set, named in ``tests/data/unseen.txt`` (``final37``), gives counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from offered_reading import offered

from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import locales_dir
from kiosk.speech.intent_actions import Listener, Verdict
from kiosk.speech.intents import INTENTS, UNKNOWN, korean, matcher_for
from kiosk.speech.intents.cues import CONCEPTS_FILE, concepts_path, load_cues

DATA = Path(__file__).resolve().parents[2] / "data"
FINAL2, FINAL3, FINAL4 = DATA / "final2", DATA / "final3", DATA / "final4"
# Right answers of the two first sets (158 sentences each), studied since their one run.
TUNED_RIGHT = {
    "final2": {"en": 158, "zh_CN": 158, "ko": 158},  # of 158
    "final3": {"en": 158, "zh_CN": 156, "ko": 157},  # of 158
}
# Each set's floors per locale: (right answers, scams missed, off-topic taken), measured.
# They go up, or down only with the reason written beside them (probe15, docs/design/0100).
# ADR 0142 (the classifier reads what the rules are unsure of) lowered some studied
# sets' floors by one or two sentences (final4, final10, final12, final23, final24,
# probe16, probe17): its price on sentences the rules were tuned on, for about 45 more
# right a locale in 1,872 never-seen ones. Retrained with final28-final34 (ADR 0143):
# final4 ko, final6 en, probe16 en and ko one lower (이 은행 고객이 되려면 어떻게 해요
# offered the app; "could this be one of those swindles you hear about on the radio"
# offered the products; a stolen wallet put first as a scam; a Korean call for a person
# read as talk), while final32 went from 152, 150, 150 on the old weights to 152, 151,
# 151 (trained on final28-31) and 153, 152, 152 (and on final33 and final34).
FLOORS: dict[str, dict[str, tuple[int, int, int]]] = {
    # final4 (of 156): right answers, scams missed, off-topic taken. Its one run
    # read en 151, zh_CN 136 (5 scams missed), ko 140 (4 missed); its misses were
    # then studied by class (ADRs 0029 and 0031), so it is a ratchet like final2/3.
    "final4": {"en": (156, 0, 0), "zh_CN": (155, 0, 0), "ko": (155, 0, 0)},
    # final5 (of 156), written in session 8 without reading the word lists and
    # measured once after that session's understanding work: the honest figure
    # (targets 97 %, 0, <= 3 %: not met in zh_CN and ko, and one scam in en).
    # All three were then studied by class in session 9 (zh_CN 144 -> 156, ko 143 -> 156,
    # en 151 -> 156; ADRs 0039, 0043): a ratchet now, no longer an unseen figure.
    "final5": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final6 (of 156), written in session 9 by someone who read no word list, no
    # template and no earlier set, measured after that session's understanding work
    # (en 142, zh_CN 148, ko 145; targets 97 %, 0, <= 3 %: not met), and once more
    # after a last round that never read it (ko 146, 2 scams missed). In session 10,
    # with final7 written as the next unseen set, its misses were studied by class
    # (fresh sentences per class first: test_intents_fourth_round_en.py,
    # test_intents_cjk_round5.py): en 142 -> 156, zh_CN 148 -> 156, ko 146 -> 156,
    # a ratchet now like final5.
    # Retrained with final35 and final36 (ADR 0144), en one lower with the reason: "what
    # time is it" offered the products, small talk asked about (a tap to decline).
    "final6": {"en": (154, 0, 1), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final7 (of 156), written in session 10 by someone who read no word list, no
    # template and no earlier set, committed before its first run. Counts only were
    # ever read: before that session's rounds en 147, zh_CN 150, ko 152; after them
    # (the figures held here) en 147 (1 scam missed, 3 of 32 off-topic taken),
    # zh_CN 151 (4, 0), ko 153 (2, 1). Targets 97 %, 0, <= 3 %: not met. Nobody has
    # read its misses: it is the unseen set, held here only so it cannot get worse.
    # Session 11 read en's misses by class (ADR 0056): en 152, 0 missed, 1 taken;
    # and zh_CN's and ko's (nlu-cjk6, ADR 0057): both 156, 0 missed, 0 taken.
    # Tuned now: a ratchet like final6. Session 12 read en's last four (ADR 0065): 156.
    "final7": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final8 (of 156), written in session 11 by someone who read no word list, no
    # template, no earlier set and never ran the matcher, committed before its one
    # run, after that session's rounds (ADRs 0056, 0057). Counts only were read
    # (docs/design/0059): en 145 (0 scams missed, 7 of 32 off-topic taken), zh_CN
    # 152 (0, 1), ko 148 (2, 3). On the code before those rounds: en 145 (0, 7),
    # zh_CN 152 (0, 1), ko 146 (3, 4). Targets 97 %, 0, <= 3 %: zh_CN meets the first
    # two (1 of 32 taken is 3.1 %); en and ko do not.
    # The same day round seven read its misses by class (ADRs 0060, 0061): en 153
    # (0, 0), zh_CN 155 (0, 1), ko 155 (0, 1). Tuned now: a ratchet like final7.
    "final8": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final9 (of 156), written in session 11 like final8 (more everyday senses of bank
    # words among its off-topic talk), committed unrun, run once after round seven.
    # Counts only were read (docs/design/0059): en 144 (1 scam missed, 6 of 32
    # off-topic taken), zh_CN 151 (0, 4), ko 149 (2, 4). On the code from before the
    # session's rounds: en 142 (1, 8), zh_CN 149 (1, 5), ko 147 (3, 5). Targets 97 %,
    # 0, <= 3 %: not met. Nobody has read its misses: it is the unseen set, held here
    # so it cannot get worse.
    # Session 12 read its misses by class (ADRs 0062, 0063): en 156 (0, 0), zh_CN 154
    # (0, 2), ko 155 (0, 1); final8 en 155, zh_CN 156 (0, 0), ko 156 (0, 0).
    # Round nine (ADR 0068) read ko 156 (0, 0); round ten (ADR 0070) zh_CN 155 (0, 1).
    "final9": {"en": (156, 0, 0), "zh_CN": (155, 0, 1), "ko": (156, 0, 0)},
    # final10 (of 156), written in session 12, run once per language after its round
    # (docs/design/0066): en 147 (0 scams missed, 3 of 32 off-topic taken) after round
    # eight (ADR 0062), zh_CN 143 (0, 9) and ko 144 (3, 5) after theirs (ADR 0063); on
    # the code before them: en 144 (0, 3), zh_CN 141 (0, 11), ko 142 (3, 7). Its misses
    # were then read by class (ADRs 0065, 0068): en 156 (0, 0), zh_CN 146 (0, 6), ko 148
    # (0, 4); after round ten (ADRs 0070, 0071) zh_CN and ko 156 (0, 0). A ratchet now.
    "final10": {"en": (155, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final11 (of 156), written blind in session 12 while final10 was studied, run once
    # after both of that session's rounds per language, counts only (docs/design/0066):
    # en 145 (1 scam missed, 6 of 32 off-topic taken), zh_CN 149 (1, 5), ko 148 (0, 0);
    # on the session's starting code en 142 (1, 6), zh_CN 147 (1, 7), ko 144 (0, 4).
    # Targets 97 %, 0, <= 3 %: not met. Session 13 read its misses by class (round ten,
    # ADRs 0069-0071): 156 (0, 0) in every language. A ratchet now.
    "final11": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final12 (of 156), written blind in session 13 while final11 was studied, run once
    # after round ten in every language, counts only (docs/design/0073): en 144 (0 scams
    # missed, 3 of 32 off-topic taken), zh_CN 149 (0, 4), ko 142 (0, 4); on the session's
    # starting code en 141 (0, 6), zh_CN 148 (0, 4), ko 141 (0, 4). Targets 97 %, 0,
    # <= 3 %: not met. Studied by class in round eleven (ADRs 0074-0076): en 155 (0, 1),
    # zh_CN 156 (0, 0), ko 154 (0, 0); after round twelve en 156 (0, 0), ko 155. A ratchet.
    "final12": {"en": (155, 0, 0), "zh_CN": (156, 0, 0), "ko": (155, 0, 0)},
    # final13 (of 156), written blind in session 13 while final12 was studied, run once
    # after round eleven in every language, counts only (docs/design/0078): en 144 (2
    # scams missed, 6 of 32 off-topic taken), zh_CN 145 (0, 3), ko 149 (0, 2); on the
    # session's starting code en 140 (2, 7), zh_CN 144 (0, 4), ko 145 (1, 3). Targets
    # 97 %, 0, <= 3 %: not met. Studied by class in round twelve (session 14, ADRs
    # 0080-0082): en 148 (0, 4), zh_CN 154 (0, 0), ko 156 (0, 0); after round
    # thirteen en 150 (0, 3); after round fourteen en 153 (0, 2). A ratchet now.
    "final13": {"en": (153, 0, 2), "zh_CN": (154, 0, 0), "ko": (156, 0, 0)},
    # final14 (of 156), written blind in session 14 while final13 was studied, run once
    # after round twelve in every language, counts only (docs/design/0079): en 144 (0
    # scams missed, 6 of 32 off-topic taken), zh_CN 143 (2, 6), ko 141 (2, 6); on the
    # session's starting code en 143 (0, 7), zh_CN 144 (2, 5), ko 141 (2, 6). Targets
    # 97 %, 0, <= 3 %: not met. Studied by class in round thirteen (session 14,
    # ADRs 0084-0086): en 155 (0, 1), zh_CN 155 (0, 1), ko 154 (0, 1). A ratchet now
    # (en 156 (0, 0) after round fourteen).
    "final14": {"en": (156, 0, 0), "zh_CN": (155, 0, 1), "ko": (154, 0, 1)},
    # final15 (of 156), written blind in session 14 while final14 was studied, run once
    # after round thirteen, counts only (docs/design/0088): en 140 (1 scam missed, 5 of 32
    # off-topic taken), zh_CN 144 (2, 5), ko 146 (1, 4); before round thirteen (on round
    # twelve's code) en 140 (1, 5), zh_CN 143 (2, 6), ko 145 (1, 4). Targets not met.
    # With the learned second opinion (session 15, docs/design/0089), not trained on it:
    # en 143 (1, 3), zh_CN 146 (2, 5), ko 147 (1, 4); trained on (ADR 0090): en 145
    # (1, 3), zh_CN 148 (2, 3), ko 149 (1, 2). Studied by class in round fourteen (session
    # 16, ADRs 0091-0093): en 151 (0, 0), zh_CN 154 (0, 1), ko 153 (0, 2); round fifteen
    # (ADRs 0097-0099): en 152, ko 154. A ratchet.
    # Retrained with final19 (ADR 0107): en one lower — the classifier no longer rescues
    # "Dad's lost his debit card again, we need it cancelled…", which the rules miss.
    # The rules read it since the carers' round (ADR 0108): en back to 152. zh_CN 155 since
    # round nineteen (ADR 0118).
    "final15": {"en": (153, 0, 0), "zh_CN": (155, 0, 1), "ko": (154, 0, 2)},
    # final16 (of 156), written blind in session 14, run once in session 15 with the
    # learned second opinion (docs/design/0089, 0090), counts only: en 140 (0 scams
    # missed, 3 of 32 off-topic taken), zh_CN 151 (0, 2), ko 146 (3, 2); on round
    # thirteen's code alone en 139 (0, 4), zh_CN 150 (0, 2), ko 144 (4, 2). Targets not
    # met. Trained on (ADR 0090): en 140 (0, 3), zh_CN 153 (0, 1), ko 147 (3, 1). Round
    # fourteen (ADRs 0091-0093): en 149 (0, 0), zh_CN 155 (0, 0), ko 151 (0, 1); round
    # fifteen (ADRs 0097-0099): en 150, ko 153. A ratchet. zh_CN 156 since round nineteen
    # (ADR 0118).
    "final16": {"en": (150, 0, 0), "zh_CN": (156, 0, 0), "ko": (154, 0, 1)},
    # probe14 (of 304: 80 scam descriptions, 120 off-topic), written blind in session 14
    # and studied at once (docs/design/0088): first contact en 266 (3, 30 of 120), zh_CN
    # 277 (5, 17), ko 259 (5, 27); after round thirteen en 291 (0, 8), zh_CN 297 (0, 5),
    # ko 279 (0, 18); after round fourteen en 294 (0, 6), zh_CN 299 (0, 3), ko 292 (0, 10);
    # round sixteen ko 293 (0, 9); round nineteen (ADRs 0116, 0117) zh_CN 300 (0, 3), ko 294
    # (0, 8); retrained with final23 (ADR 0126) en 297 (0, 4). A ratchet, lowered once: the
    # retrain on final25 (ADR 0134) offers "I just came from the eye doctor … mind if I sit
    # here a moment?" call_staff again, at the offer line (0.65), as before ADR 0126: en 296
    # (0, 5).
    "probe14": {"en": (296, 0, 5), "zh_CN": (300, 0, 3), "ko": (294, 0, 8)},
    # final17 (of 156), written blind in session 15, run once after final15, final16 and
    # probe15 joined the learned stage's training (docs/design/0090), counts only: en 151
    # (0 scams missed, 0 of 32 off-topic taken), zh_CN 151 (0, 2), ko 149 (0, 3); on the
    # session's starting code (rules only) en 149 (0, 0), zh_CN 149 (0, 2), ko 147 (0, 4).
    # Targets (97 %, 0, <= 3 %): scams met in every locale, off-topic in en, accuracy in none.
    # Round fourteen and training on it (session 16, ADRs 0091-0093, 0096): en 154 (0, 0),
    # zh_CN 155 (0, 0), ko 154 (0, 0). A ratchet. Retrained with final21 (ADR 0118), lower
    # by one with the reason: the classifier no longer offers slower for "not so quick, I'm
    # not as sharp as I was" (en 153). Retrained with final23 (ADR 0126): "arrived for my
    # booking, name's …" is offered check_in (en 154).
    "final17": {"en": (155, 0, 0), "zh_CN": (155, 0, 0), "ko": (154, 0, 0)},
    # probe15 (of 304), written blind in session 14, measured on round twelve's code en
    # 255, zh_CN 265, ko 241, after round thirteen 264, 270, 246, with the learned second
    # opinion (ADR 0089) 266 (5, 26), 270 (5, 23), 249 (10, 30); trained on (ADR 0090):
    # en 268 (5, 24), zh_CN 274 (4, 21), ko 261 (10, 20); round fourteen (ADRs 0091-0093):
    # en 286 (0, 16), zh_CN 302 (0, 2), ko 287 (0, 13); round fifteen and the learned stage
    # retrained with final18, probe16 and probe17 (ADR 0100): en 289 (0, 14), zh_CN 301
    # (0, 2), ko 286 (0, 12) — the retrained stage reads one zh_CN and one ko request of it
    # otherwise (a floor lowered by one, with the reason, ADR 0100).
    # Round eighteen: zh_CN 302 (0, 1) (ADR 0112). Retrained with final20 (ADR 0114), lower
    # with the reason: the classifier offers a task for two stories the rules leave (en: Mass
    # cards and a funeral, take_ticket; ko: thanks for a young woman who helped after a fall,
    # call_staff) and gains a ko request (노인들한테 좋은 저축).
    # Round nineteen: en (ADR 0115) 290 (0, 13); retrained with final21 (ADR 0118) the
    # classifier leaves the Mass cards and the young woman's thanks: en 291 (0, 12), ko 290
    # (0, 11).
    # Round twenty: ko (ADR 0121) 291 (0, 10): a parcel to post (소포 부쳐야) is no withdrawal.
    # Retrained with final22 (ADR 0122), lower with the reason: the Mass cards (en) and the
    # young woman's thanks (ko) are offered a task again; they sit at the classifier's offer
    # line and have flipped with each retrain since final20: en 290 (0, 13), ko 290 (0, 11).
    # Retrained with final23 (ADR 0126): the young woman's thanks reads as talk again (ko 291).
    "probe15": {"en": (290, 0, 13), "zh_CN": (303, 0, 1), "ko": (291, 0, 10)},
    # final18 (of 156), written blind in session 15, run once in session 16 after round
    # fourteen and final17's training (docs/design/0096), counts only: en 147 (3 scams
    # missed, 3 of 32 off-topic taken), zh_CN 148 (1, 3), ko 149 (0, 2); rules alone en
    # 146, zh_CN 148, ko 148. Targets not met. Studied by class in round fifteen (ADRs
    # 0097-0099) and trained on (ADR 0100): 156 (0, 0) in every locale. A ratchet.
    "final18": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final19 (of 156), written blind in session 16, run once after round fifteen and the
    # learned stage's training on final18, probe16 and probe17 (docs/design/0100), counts
    # only: en 156 (0 scams missed, 0 of 32 off-topic taken), zh_CN 150 (0, 4), ko 143
    # (0, 3); rules alone en 156, zh_CN 150, ko 140. Targets met in en; no scam missed in
    # any locale; zh_CN and ko short of accuracy and off-topic.
    # Round seventeen: zh_CN (ADR 0105) 156 (0, 0), ko (ADR 0106) 156 (0, 0).
    "final19": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final20 (of 156), written blind in session 16, run once in session 17 after round
    # seventeen, its review's mends, the carers' and declined-request rounds and the learned
    # stage's training on final19 (docs/design/0107), counts only: en 150 (0 scams missed,
    # 1 of 32 off-topic taken), zh_CN 147 (0, 3), ko 148 (0, 1); rules alone en 147, zh_CN
    # 146, ko 145. Targets not met (en 96.2 %, zh_CN 94.2 %, ko 94.9 %); no scam missed.
    # Studied by class in round eighteen: en (ADR 0111) 152 (0, 0), zh_CN (ADR 0112) 155 (0, 0),
    # ko (ADR 0113) 155 (0, 0); trained on (ADR 0114): en 153. Retrained with final23 (ADR
    # 0126), lower with the reason: "is there a girl there who could come out and help me, I'm
    # not great with the screens" sits at the classifier's offer line and reads unknown: en 152.
    "final20": {"en": (152, 0, 0), "zh_CN": (155, 0, 0), "ko": (155, 0, 0)},
    # probe16 and probe17 (of 304 each: 80 scams, 120 off-topic), written blind in session
    # 16 as training data for the learned stage; first contact (main 482bbb3, round
    # fourteen) probe16 en 266 (8 scams missed, 21 of 120 off-topic taken), zh_CN 274 (4,
    # 21), ko 272 (5, 19); probe17 278 (4, 15), 280 (2, 17), 265 (4, 28). Trained on, after
    # round fifteen (ADR 0100): probe16 270 (8, 19), 277 (4, 19), 273 (5, 18); probe17 281
    # (3, 15), 281 (2, 16), 273 (3, 22). Studied by class in round sixteen, scams first
    # (ADRs 0101-0103): probe16 en 280 (0, 18), zh_CN 283 (0, 17), ko 280 (0, 17); probe17
    # en 285 (0, 14), zh_CN 285 (0, 15), ko 280 (0, 18). Ratchets. Round seventeen: en
    # (ADR 0104) probe16 285 (0, 13), probe17 288 (0, 11); zh_CN (ADR 0105) probe16 296
    # (0, 5), probe17 296 (0, 6); ko (ADR 0106) final19 156 (0, 0), probe15 287, probe16 301
    # (0, 2), probe17 293 (0, 8).
    # Retrained with final19 (ADR 0107), lower with the reason: the classifier offers a
    # task for talk the rules leave (probe16 en: a chemist's ticket number, one; probe17 ko:
    # cash for a boiler repair, a grandchild's joke with a phone lock, two).
    # Round eighteen: en (ADR 0111) probe16 289 (0, 9), probe17 296 (0, 6); zh_CN (ADR 0112)
    # probe16 299 (0, 5), probe17 298 (0, 6); ko (ADR 0113) probe17 294 (0, 8).
    # Round nineteen: en (ADR 0115) probe16 293 (0, 5), probe17 297 (0, 5).
    # Round twenty: en (ADR 0119) probe16 294 (0, 5), probe17 300 (0, 2).
    # Round twenty-one: en (ADR 0123) probe16 300 (0, 3), probe17 302 (0, 1); zh_CN (ADR 0124)
    # probe16 303 (0, 1), probe17 302 (0, 2); ko (ADR 0125) probe16 303 (0, 1), probe17 300 (0, 4).
    # A scam in silence at 0.5 (ADR 0144), lower with the reason: a relative's call about
    # money or a code asked about as a possible scam (probe16 en, probe17 en and ko).
    "probe16": {"en": (297, 0, 3), "zh_CN": (302, 0, 1), "ko": (301, 0, 1)},
    # Retrained with final20 (ADR 0114), lower with the reason: the classifier offers
    # bigger_text for a zh_CN story of a phone's small type that a son made bigger (one).
    # Retrained with final21 (ADR 0118): that story and a ko taxi app read as talk again,
    # zh_CN 298 (0, 6), ko 295 (0, 7). Retrained with final22 (ADR 0122), lower with the
    # reason: the ko taxi app (a husband's Parkinson's, a call-taxi number) is offered
    # update_details again, at the same offer line: ko 294 (0, 8).
    # A scam in silence at 0.5 (ADR 0144): probe17 en two lower, ko one (talk about a call
    # or a code asked about as a scam), zh_CN one higher. Retrained with final40 and final41
    # (ADR 0144): en one lower, small talk about money taken (a vet's bill, a gardener paid
    # by transfer, a grandson's game: five of 120).
    "probe17": {"en": (298, 0, 5), "zh_CN": (304, 0, 0), "ko": (299, 0, 5)},
    # final21 (of 156), written blind in session 17, run once in session 18 after round
    # eighteen, its two reviews' mends and the learned stage's training on final20
    # (docs/design/0114), counts only: en 151 (0 scams missed, 4 of 32 off-topic taken),
    # zh_CN 145 (1, 6), ko 147 (0, 5); rules alone en 150 (0, 5), zh_CN 142 (1, 7), ko 146
    # (0, 6). First contact in session 17: 151 (0, 4), 143 (1, 6), 147 (0, 5). Targets not
    # met (en 96.8 %, zh_CN 92.9 %, ko 94.2 %); one zh_CN scam missed. Studied by class in
    # round nineteen: en (ADR 0115) 156 (0, 0), zh_CN (ADR 0116) 155 (0, 1), ko (ADR 0117)
    # 156 (0, 0).
    # zh_CN 156 since round twenty (ADR 0120).
    "final21": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final22 (of 156), written blind in session 18, run once in session 19 after round
    # nineteen, its two reviews' mends and the learned stage's training on final21
    # (docs/design/0118), counts only: en 150 (0 scams missed, 3 of 32 off-topic taken),
    # zh_CN 152 (0, 1), ko 152 (1, 3); rules alone en 150 (0, 3), zh_CN 149 (2, 2), ko 151
    # (1, 4). First contact in session 18: 149 (0, 4), 151 (0, 1), 150 (1, 5). Targets (97 %,
    # 0, <= 3 %): zh_CN 97.4 % with no scam missed, its one off-topic sentence 3.1 %; en
    # 96.2 %; ko 97.4 % with one scam missed. Studied by class in round twenty: en (ADR 0119),
    # zh_CN (ADR 0120), ko (ADR 0121) each 156 (0, 0).
    "final22": {"en": (156, 0, 0), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final23 (of 156), written blind in session 19, run once in session 20 after round
    # twenty, its two reviews' mends and the learned stage's training on final22
    # (docs/design/0122), counts only: en 150 (1 scam missed, 2 of 32 off-topic taken),
    # zh_CN 151 (1, 1), ko 150 (1, 2); rules alone en 149 (2, 2), zh_CN 151 (1, 1), ko 149
    # (2, 2). First contact in session 19: 150 (1, 2), 150 (1, 1), 150 (1, 2). Targets
    # (97 %, 0, <= 3 %) not met: each locale misses one scam. Studied since, its missed scams
    # mended by scam signs alone (ADR 0122): en (money called fake and fetched by car) 151
    # (0, 2), zh_CN (the phone acting by itself after a caller's app) 152 (0, 1), ko (a screen
    # looked at together, an app installed at a caller's word) 151 (0, 2). Studied by class in
    # round twenty-one: en (ADR 0123) 156 (0, 0), zh_CN (ADR 0124) 155 (0, 1), ko (ADR 0125)
    # 156 (0, 0).
    "final23": {"en": (155, 0, 1), "zh_CN": (155, 0, 1), "ko": (156, 0, 0)},
    # final24 (of 156), written blind in session 20 (first contact then: en 146, 0 scams
    # missed, 6 of 32 off-topic taken; zh_CN 148 (0, 3); ko 151 (0, 3)), run once in session
    # 21 after round twenty-one, its two reviews' mends a locale and the learned stage's
    # training on final23 (docs/design/0126), counts only: en 147 (0, 5), zh_CN 148 (0, 3),
    # ko 151 (0, 3); rules alone the same. Targets (97 %, 0, <= 3 %): no scam missed in any
    # locale; accuracy (94.2 %, 94.9 %, 96.8 %) and off-topic not met.
    # Round twenty-two studied final24 by class: en 153 (0, 3) (ADR 0127); zh_CN 156 (0, 0),
    # probe15 303 (ADR 0128); ko 156 (0, 0) (ADR 0129).
    "final24": {"en": (153, 0, 3), "zh_CN": (155, 0, 0), "ko": (155, 0, 0)},
    # final25 (of 156), written blind in session 21 (first contact then: en 151, 0 scams
    # missed, 2 of 32 off-topic taken; zh_CN 148 (1, 5); ko 148 (0, 5)), run once in session
    # 22 after round twenty-two, its two reviews' mends a locale and the learned stage's
    # training on final24 (docs/design/0130), counts only: the same, en 151 (0, 2), zh_CN 148
    # (1, 5), ko 148 (0, 5); rules alone 151 (0, 2), 147 (2, 5), 145 (2, 6). Targets (97 %,
    # 0, <= 3 %): accuracy (96.8 %, 94.9 %, 94.9 %), one Chinese scam missed, off-topic not met.
    # Round twenty-three studied final25 by class: en 153 (0, 2) (ADR 0131); zh_CN 154 (0, 2)
    # (ADR 0132); ko 151 (0, 5) (ADR 0133).
    "final25": {"en": (153, 0, 2), "zh_CN": (155, 0, 1), "ko": (151, 0, 5)},
    # final26 (of 156), written blind in session 22 (first contact then, after round
    # twenty-two: en 145, 2 scams missed, 5 of 32 off-topic taken; zh_CN 154 (0, 2); ko 151
    # (1, 2)), run once the same session after round twenty-three, its reviews' mends and the
    # learned stage's training on final25 (docs/design/0134), counts only: the same, en 145
    # (2, 5), zh_CN 154 (0, 2), ko 151 (1, 2); rules alone 144 (3, 5), 152 (1, 3), 150 (2, 2).
    # Targets (97 %, 0, <= 3 %): zh_CN accuracy (98.7 %) and no scam missed met; the rest not.
    # Studied since: ko after round twenty-four (docs/design/0137) 156 (0, 0); round twenty-four
    # studied final26 by class: en 154 (0, 1) (ADR 0135), zh_CN 156 (0, 0), final25 155 (0, 1)
    # (ADR 0136).
    "final26": {"en": (154, 0, 1), "zh_CN": (156, 0, 0), "ko": (156, 0, 0)},
    # final27 (of 156), written blind in session 22 (first contact then, after round
    # twenty-three: en 148, 0 scams missed, 4 of 32 off-topic taken; zh_CN 150 (0, 3); ko 153
    # (1, 1)), run once in session 23 after round twenty-four, its two reviews' mends a
    # locale, the learned stage's new lines (offer 0.7, veto 0.8, scam 0.85: ADRs 0139-0141)
    # and training on final26 (docs/design/0138), counts only: en 149 (0, 4), zh_CN 152 (0, 2),
    # ko 154 (1, 0); rules alone 145 (1, 4), 150 (0, 3), 151 (1, 3). Targets (97 %, 0, <= 3 %):
    # zh_CN accuracy (97.4 %) and no scam missed; ko accuracy (98.7 %) and off-topic (0 %).
    "final27": {"en": (149, 0, 4), "zh_CN": (152, 0, 2), "ko": (154, 1, 0)},
    # final28 (of 156): its one run after ADR 0142 (the classifier reads what the rules are
    # unsure of, trained on final2-27 and the round tests' sentences; docs/design/0142),
    # counts only: en 155 (0, 0), zh_CN 155 (0, 0), ko 154 (0, 0); first contact was 149
    # (0, 2), 151 (3, 1), 152 (0, 1); rules alone 148 (0, 3), 151 (3, 1), 151 (0, 1). Every
    # target of issue 11 §7 met in all three locales.
    "final28": {"en": (155, 0, 0), "zh_CN": (155, 0, 0), "ko": (154, 0, 0)},
    # final29 (of 156), written blind in session 24 (first contact on dbedc68: en 152, zh_CN
    # 154, ko 153; on ADR 0142's final code, 3957102: en 153, 0 scams missed, 0 of 32
    # off-topic taken; zh_CN 155 (0, 0); ko 153 (1, 0)), run once in
    # session 25 after the retrain on final28, final30 and final31 (docs/design/0143), counts
    # only: en 153 (0, 0), zh_CN 155 (0, 0), ko 154 (1, 0); rules alone 150 (1, 1), 147 (4, 2),
    # 149 (1, 2). Targets: every one met but Korean's no scam missed (a health-food talk that
    # sells on the card). Trained on since (ADR 0143): en 155, zh_CN 155, ko 155.
    "final29": {"en": (155, 0, 0), "zh_CN": (155, 0, 0), "ko": (155, 1, 0)},
    # final30 and final31 (of 156), written blind in session 25 and run once on ADR 0142's
    # code as trained in session 24 (3957102; counts only): final30 en 152 (1, 0), zh_CN 151
    # (0, 0), ko 151 (0, 0); final31 en 149 (0, 1), zh_CN 150 (0, 0), ko 154 (0, 0); rules alone
    # 146 (3, 0), 145 (2, 0), 146 (1, 0) and 142 (2, 2), 147 (0, 1), 149 (3, 0). Then trained on
    # (ADR 0143): final30 153 (1, 0), 155, 154; final31 155, 154, 155.
    "final30": {"en": (153, 1, 0), "zh_CN": (155, 0, 0), "ko": (154, 0, 0)},
    "final31": {"en": (155, 0, 0), "zh_CN": (154, 0, 0), "ko": (155, 0, 0)},
    # final32 (of 156), written blind in session 25 (first contact on the weights trained
    # with final28-final31: en 152 (0, 1), zh_CN 151 (0, 0), ko 151 (1, 0)), run once the same
    # session after the retrain on final33 and final34 (docs/design/0143), counts only: en 153
    # (0, 1), zh_CN 152 (0, 0), ko 152 (1, 0); rules alone 151 (0, 1), 144 (3, 2), 147 (1, 2).
    # Then trained on (ADR 0143): en 155 (0, 0), zh_CN 153 (0, 0), ko 153 (0, 0).
    "final32": {"en": (155, 0, 0), "zh_CN": (153, 0, 0), "ko": (153, 0, 0)},
    # final33 and final34 (of 156), written blind in session 25 and run once on the weights
    # trained with final28-final31 (4adf910; counts only): final33 en 152 (0, 0), zh_CN 151
    # (0, 0), ko 151 (1, 0); final34 en 150 (0, 0), zh_CN 152 (0, 0), ko 152 (1, 0); rules alone
    # 142 (2, 3), 145 (2, 1), 142 (1, 2) and 142 (1, 3), 143 (1, 4), 141 (2, 3). Then trained
    # on (ADR 0143): final33 155, 156, 153 (ko 1, 0); final34 152, 154, 154 (ko 1, 0).
    "final33": {"en": (155, 0, 0), "zh_CN": (156, 0, 0), "ko": (153, 1, 0)},
    "final34": {"en": (152, 0, 0), "zh_CN": (154, 0, 0), "ko": (154, 1, 0)},
    # final35 (of 156), written blind in session 25, the unseen set: nobody has read its
    # misses. First contact (counts only), on the weights of final32's one run: en 154 (0, 0),
    # zh_CN 152 (0, 0), ko 153 (0, 0); on ADR 0143's final weights (final32 trained on too):
    # en 153 (0, 0), zh_CN 152 (0, 0), ko 153 (0, 0); rules alone 146 (1, 1), 147 (4, 1), 145
    # (0, 1); its one run on the next change (7bb5407) the same. Then trained on (ADR 0144):
    # 156, 155, 155.
    "final35": {"en": (156, 0, 0), "zh_CN": (155, 0, 0), "ko": (155, 0, 0)},
    # final36 and final37 (of 156), written blind in session 26; first contact on 4070887
    # (counts only): final36 en 147 (0, 3), zh_CN 151 (1, 0), ko 151 (0, 0); final37 152
    # (0, 0), 151 (1, 0), 146 (0, 3); with a scam in silence at 0.5 (ADR 0144) final36 148,
    # 152, 151, final37 152, 152 (0, 0), 146. Rules alone final36 138 (2, 5), 144 (1, 1),
    # 149 (1, 0); final37 143 (3, 1), 148 (2, 1), 135 (1, 4). final36 then trained on (ADR
    # 0144): 153 (0, 2), 154 (1, 0), 155 (0, 0).
    "final36": {"en": (153, 0, 2), "zh_CN": (154, 1, 0), "ko": (155, 0, 0)},
    # final38 and final39 (of 156), written blind in session 26, first contact on 416790f
    # (trained with final35 and final36; counts only): final38 en 153 (0, 0), zh_CN 149
    # (0, 0), ko 150 (0, 0); final39 146 (0, 1), 152 (0, 1), 152 (1, 1); rules alone final38
    # 142 (3, 0), 143 (2, 0), 139 (3, 0); final39 138 (1, 1), 143 (1, 3), 141 (3, 1). Then
    # trained on (ADR 0144): final38 153, 154, 154 (0, 0); final39 150, 153, 154 (0, 1).
    "final38": {"en": (153, 0, 0), "zh_CN": (154, 0, 0), "ko": (154, 0, 0)},
    "final39": {"en": (150, 0, 1), "zh_CN": (153, 0, 1), "ko": (154, 0, 1)},
    # final40 and final41 (of 156), written blind in session 26, first contact on 02953db
    # (counts only): final40 en 146 (1, 0), zh_CN 150 (0, 0), ko 151 (0, 0); final41 144
    # (0, 1), 143 (0, 0), 149 (0, 0); rules alone final40 136 (1, 0), 141 (2, 1), 145 (2, 2);
    # final41 130 (2, 7), 136 (1, 2), 137 (0, 2). Then trained on (ADR 0144): final40 151
    # (1, 0), 153, 154; final41 150, 149, 151 (0, 0).
    "final40": {"en": (151, 1, 0), "zh_CN": (153, 0, 0), "ko": (154, 0, 0)},
    "final41": {"en": (150, 0, 0), "zh_CN": (149, 0, 0), "ko": (151, 0, 0)},
    # final37 is the unseen set: nobody has read its misses. On the weights trained with
    # final35 and final36, and with final38 and final39 too: 152 (0, 0), 152 (0, 0), 146
    # (0, 3); and with final40 and final41: en 153. Held here so it cannot get worse.
    "final37": {"en": (153, 0, 0), "zh_CN": (152, 0, 0), "ko": (146, 0, 3)},
}


@dataclass(frozen=True)
class Case:
    text: str
    intent: str
    scam: bool


def cases(locale: str, folder: Path) -> list[Case]:
    table: dict[str, Any] = yaml.safe_load((folder / f"{locale}.yaml").read_text("utf-8"))
    assert table["locale"] == locale
    return [
        Case(str(u["text"]), str(u["intent"]), bool(u.get("scam"))) for u in table["utterances"]
    ]


def tally(locale: str, found: list[Case]) -> tuple[int, list[str], list[str], list[str]]:
    """Right answers, scams missed, off-topic sentences taken, and every miss."""
    right, missed, taken, misses = 0, [], [], []
    for case in found:
        got = offered(locale, case.text)
        right += got == case.intent
        if case.scam and got != "fraud_check":
            missed.append(case.text)
        if case.intent == UNKNOWN and got != UNKNOWN:
            taken.append(case.text)
        if got != case.intent:
            misses.append(f"{case.text!r}: want {case.intent}, got {got}")
    return right, missed, taken, misses


@pytest.mark.parametrize("folder", [FINAL2, FINAL3, FINAL4], ids=["final2", "final3", "final4"])
@pytest.mark.parametrize("locale", ids.LOCALES)
def test_never_seen_sets_are_big_and_varied(locale: str, folder: Path) -> None:
    found = cases(locale, folder)
    assert len(found) >= 150
    assert sum(c.intent == UNKNOWN for c in found) >= 30
    assert sum(c.scam for c in found) >= 30
    assert {c.intent for c in found} == set(INTENTS), "every intent is tested"
    assert all(c.intent == "fraud_check" for c in found if c.scam)
    texts = [c.text for c in found]
    assert len(set(texts)) == len(texts), "no duplicates"


@pytest.mark.parametrize("folder", ["final2", "final3"])
@pytest.mark.parametrize("locale", ids.LOCALES)
def test_tuned_sets_miss_no_scam_and_keep_their_accuracy(locale: str, folder: str) -> None:
    found = cases(locale, DATA / folder)
    right, missed, taken, misses = tally(locale, found)
    assert not missed, f"scams missed: {missed}"
    assert right >= TUNED_RIGHT[folder][locale], "\n".join(misses)
    assert len(taken) / sum(c.intent == UNKNOWN for c in found) <= 0.03, taken


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_tuned_scams_are_asked_about_never_sorry(locale: str) -> None:
    matcher = matcher_for(locale)
    for case in cases(locale, FINAL2) + cases(locale, FINAL3):
        if case.scam:
            got = matcher.understand(case.text)
            decided = Listener().decide(
                got.intent, got.slots, got.confidence, list(got.alternatives), "home", 100
            )
            assert decided.verdict == Verdict.ASK, case.text
            assert decided.readings[0] == ("fraud_check", {}), case.text


# The unseen set's failures give counts only: its sentences stay unread by whoever tunes.
# Named once, in tests/data/unseen.txt (the bench and the tests that read every set).
UNSEEN = (DATA / "unseen.txt").read_text("utf-8").strip()


@pytest.mark.parametrize("locale", ids.LOCALES)
@pytest.mark.parametrize("name", list(FLOORS))
def test_a_final_set_does_not_get_worse(name: str, locale: str) -> None:
    floor_right, floor_missed, floor_taken = FLOORS[name][locale]
    right, missed, taken, misses = tally(locale, cases(locale, DATA / name))
    unseen = name == UNSEEN
    assert right >= floor_right, f"{right} right of 156" if unseen else "\n".join(misses)
    assert len(missed) <= floor_missed, f"{len(missed)} scams missed" if unseen else missed
    assert len(taken) <= floor_taken, f"{len(taken)} off-topic taken" if unseen else taken


# Written for this test, one per concept rule family, not taken from any set.
SCAMS = {
    "en": [
        "a gentleman said he was from the fraud squad and needs my savings moved",
        "a lady on the line wants the code that just came to my mobile",
        "my grandson messaged from a borrowed phone, he's stuck and needs money",
        "a chap wants to come round and collect my cards",
        "somebody online promised my money would double",
    ],
    "zh_CN": [
        "一个自称派出所的人让我把存款转给他",
        "有个女的打电话问我要刚收到的验证码",
        "外孙用朋友的手机发消息说急用钱",
        "有人要派快递员上门来拿我的银行卡",
        "网上有人说跟着他投资保证翻倍",
    ],
    "ko": [
        "경찰이라는 사람이 예금을 다른 계좌로 옮기래요",
        "어떤 여자가 전화해서 방금 온 인증번호를 불러 달래요",
        "손자가 친구 폰으로 문자해서 급하게 돈이 필요하대요",
        "택배 기사가 집으로 와서 카드를 가져간대요",
        "인터넷에서 어떤 남자가 무조건 두 배가 된대요",
    ],
}


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_each_concept_rule_reads_a_scam_however_worded(locale: str) -> None:
    for text in SCAMS[locale]:
        assert offered(locale, text) == "fraud_check", text


@pytest.mark.parametrize(
    ("locale", "text", "intent"),
    [
        ("en", "my granddaughter gave me some money for my birthday", UNKNOWN),
        ("zh_CN", "孙女给了我点钱过生日", UNKNOWN),
        ("ko", "손녀가 생일이라고 용돈을 줬어요", UNKNOWN),
        ("zh_CN", "我是来取钱的", "take_ticket"),  # 来取 is coming to withdraw, no courier
        ("en", "my phone keeps saying my password is wrong for the bank", "mobile_banking_help"),
        ("en", "I've got a hospital appointment next week", UNKNOWN),
    ],
)
def test_family_money_and_everyday_words_are_no_scam(locale: str, text: str, intent: str) -> None:
    assert offered(locale, text) == intent


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "I didn't lose my card, I want to pay in some money"),
        ("en", "I have not lost my card, I want to pay in"),
        ("zh_CN", "卡没有丢，我是来存钱的"),
        ("zh_CN", "卡不是丢了，我是来取钱的"),
        ("ko", "카드를 잃어버린 건 아니고 돈 찾으러 왔어요"),
    ],
)
def test_a_denied_request_word_counts_for_nothing(locale: str, text: str) -> None:
    cues = matcher_for(locale).cues
    assert cues is not None
    reading = cues.read(text)
    assert reading.intent == "take_ticket", reading.scores
    assert reading.scores.get("lost_card", 0.0) < 3.0  # the card word alone leans, no more


@pytest.mark.parametrize(
    ("locale", "text", "intent"),
    [
        ("en", "I can't log in to the app", "mobile_banking_help"),  # inability is no denial
        ("zh_CN", "我的卡是不是丢了", "lost_card"),  # 是不是 asks, it does not deny
        ("ko", "카드를 잃어버렸어요", "lost_card"),
        ("ko", "안경을 잃어버렸어요", "lost_card"),  # 안 inside a word is no negator
    ],
)
def test_what_only_looks_like_a_denial_still_counts(locale: str, text: str, intent: str) -> None:
    assert offered(locale, text) == intent


def test_a_denial_never_hides_a_scam() -> None:
    text = "he said not to worry and to move it all to a safe account"
    assert offered("en", text) == "fraud_check"


def _names(value: Any) -> set[str]:
    """Every name a rule (a list, a list of lists, an ``unless`` table) holds."""
    if isinstance(value, str):
        return {value}
    items = value.values() if isinstance(value, dict) else value
    return {name for item in items for name in _names(item)}


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_every_concept_is_named_by_a_rule(locale: str) -> None:
    # A concept no rule names is a list nobody reads: a mend dropped its rule and left
    # the words (zh_CN's kin_trouble, round twenty), which later rounds then extend.
    table = yaml.safe_load(concepts_path(locales_dir(), locale).read_text("utf-8"))
    rules = {k: v for k, v in table.items() if k in ("scams", "cautions", "loose", "requests")}
    assert set(table["concepts"]) - _names(rules) == set()


def test_a_synonym_added_to_a_concept_serves_every_rule(tmp_path: Path) -> None:
    (tmp_path / "cues.yaml").write_text("locale: en\nintents: {}\n", "utf-8")
    (tmp_path / CONCEPTS_FILE).write_text(
        "locale: en\nnegators: [didn't]\n"
        "concepts: {who: [gizmo man], secret: [wotsit], money: [dosh]}\n"
        "scams: [[who, secret], [who, money]]\n",
        "utf-8",
    )
    index = load_cues(tmp_path / "cues.yaml", "en")  # concepts.yaml beside it is read
    assert index.read("the gizmo man wants my wotsit").scam
    assert index.read("the gizmo man wants my dosh").scam
    assert not index.read("the gizmo man came round").scam


def test_a_rule_place_may_be_any_of_several_concepts(tmp_path: Path) -> None:
    (tmp_path / "cues.yaml").write_text("locale: en\nintents: {}\n", "utf-8")
    (tmp_path / CONCEPTS_FILE).write_text(
        "locale: en\n"
        "concepts: {who: [gizmo man], firm: [widget co], money: [dosh], rush: [today]}\n"
        "scams: [[[who, firm], money, rush]]\n",
        "utf-8",
    )
    index = load_cues(tmp_path / "cues.yaml", "en")
    assert index.read("the gizmo man wants my dosh today").scam
    assert index.read("widget co wants my dosh today").scam
    assert not index.read("widget co wants my dosh").scam  # every place still needed
    assert not index.read("the gizmo man and widget co came today").scam


def test_a_rules_unless_place_cancels_it(tmp_path: Path) -> None:
    """ADR 0121: ``{unless: [...]}`` last in a rule: a word of it said, no sign."""
    (tmp_path / "cues.yaml").write_text("locale: en\nintents: {}\n", "utf-8")
    (tmp_path / CONCEPTS_FILE).write_text(
        "locale: en\n"
        "concepts: {who: [gizmo man], money: [dosh], kin: [my son], firm: [the office]}\n"
        "scams: [[who, money, {unless: [kin, firm]}]]\n",
        "utf-8",
    )
    index = load_cues(tmp_path / "cues.yaml", "en")
    assert index.read("the gizmo man wants my dosh").scam
    assert not index.read("my son says the gizmo man wants my dosh").scam
    assert not index.read("the gizmo man from the office wants my dosh").scam
    assert not index.read("my son and the gizmo man").scam  # every place still needed


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("locale: en\nconcepts: {a: [x]}\nscams: [[a, b]]\n", "scams[0][1]"),
        ("locale: en\nconcepts: {a: [x]}\nscams: [[a, {unless: [b]}]]\n", "scams[0][1].unless"),
        ("locale: en\nconcepts: {a: [x]}\nscams: [[a, {but: [a]}]]\n", "scams[0][1]"),
        ("locale: en\nconcepts: {a: [x]}\nscams: [[{unless: [a]}]]\n", "scams[0]"),
        ("locale: en\nconcepts: {a: [x]}\nscams: [[a, [a, b]]]\n", "scams[0][1][1]"),
        ("locale: en\nconcepts: {a: [x]}\nscams: [[a, []]]\n", "scams[0][1]"),
        ("locale: en\nconcepts: {a: [x]}\ncautions: [[c]]\n", "cautions[0][0]"),
        ("locale: en\nconcepts: {a: []}\n", "concepts.a"),
        ("locale: en\nconcepts: {a: [x]}\nscams: [[]]\n", "scams[0]"),
        ("locale: en\nconcepts: {a: ['']}\n", "concepts.a[0]"),
        ("locale: en\nconcepts: {a: [x]}\nnegators: [1]\n", "negators[0]"),
        ("locale: en\nconcepts: {a: [x]}\nrules: []\n", "rules"),
        ("locale: en\nconcepts: {a: [x]}\nasked_after: -1\n", "asked_after"),
        ("locale: en\nconcepts: {a: [x]}\nasked_after: true\n", "asked_after"),
        # commas part this locale's sentences: the run-on speech weight would never be read
        ("locale: en\nconcepts: {a: [x]}\nclauses: true\nasked_after: 6\n", "asked_after"),
        ("locale: ko\nconcepts: {a: [x]}\n", "locale"),
        ("locale: en\n", "concepts"),
        ("locale: en\nconcepts: [\n", "(syntax)"),
    ],
)
def test_a_broken_concept_file_names_the_file_and_field(
    tmp_path: Path, text: str, problem: str
) -> None:
    (tmp_path / "cues.yaml").write_text("locale: en\nintents: {}\n", "utf-8")
    concepts = tmp_path / CONCEPTS_FILE
    concepts.write_text(text, "utf-8")
    with pytest.raises(ContentError) as error:
        load_cues(tmp_path / "cues.yaml", "en")
    assert problem in error.value.field
    assert error.value.path == concepts


def test_a_named_concept_file_must_exist(tmp_path: Path) -> None:
    (tmp_path / "cues.yaml").write_text("locale: en\nintents: {}\n", "utf-8")
    with pytest.raises(ContentError, match="missing"):
        load_cues(tmp_path / "cues.yaml", "en", tmp_path / "nowhere.yaml")


@pytest.mark.parametrize("locale", ids.LOCALES)
def test_every_locale_ships_its_concepts(locale: str) -> None:
    assert concepts_path(locales_dir(), locale).is_file()


# Function words a list word must never trim into: "notes" became "not", so
# every "not" counted as a cash request until this test.
FUNCTION_WORDS = {"not", "the", "a", "to", "it", "is", "my", "i", "and", "of", "on", "in",
                  "for", "at", "me", "you", "be", "do", "hav", "was", "ar", "can", "will",
                  "that", "thi", "with"}  # fmt: skip
ALLOWED = {(("not",), "no")}


def test_no_english_list_word_trims_into_a_function_word() -> None:
    cues = matcher_for("en").cues
    assert cues is not None
    clashes = [
        (cue.tokens, cue.intent)
        for found in cues._starts.values()
        for cue in found
        if len(cue.tokens) == 1 and cue.tokens[0] in FUNCTION_WORDS
    ]
    assert set(clashes) <= ALLOWED, clashes
    signs = [joined for joined, _ in cues._sign_forms if joined.strip() in FUNCTION_WORDS]
    assert not signs


def test_every_korean_spaced_sign_is_searched_when_its_fixed_parts_are_said() -> None:
    # A Korean sign phrase's pattern is compiled only once a sentence holds its
    # fixed parts (load time): those parts must be in every sentence it can match.
    cues = matcher_for("ko").cues
    assert cues is not None
    spaced = [key for key in cues._sign_forms if key[1]]
    assert len(spaced) > 100
    for joined, gaps in spaced:
        tokens = tuple(cues._sign_forms[(joined, gaps)][0].tokens)
        said = "".join(tokens)
        literals = korean.sign_literals(tokens, gaps)
        assert literals and all(literal in said for literal in literals), joined
        assert korean.sign_pattern(tokens, gaps).search(said), joined
        # And the index finds the phrase there, at its start.
        hits = list(cues._sign_hits(said, (joined, gaps), len(tokens)))
        assert hits and hits[0][0] == 0, joined
