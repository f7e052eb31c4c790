"""One locale's understanding: exact template match first, fuzzy fallback second.

Pipeline for one utterance:

1. normalise (case, width, punctuation; Chinese spaces removed) and drop fillers;
2. exact: the text is a known expanded sentence (a dict lookup), or hassil
   matches it against the templates of the likeliest intents → confidence 1.0;
3. otherwise the best fuzzy reading (see :mod:`.fuzzy`), with a calibrated
   confidence; below 0.5 the answer is ``unknown``;
4. the second stage (:mod:`.cues`) weighs the sentence's meaningful words:
   a story the templates did not foresee ("my son installed the app but I
   can't log in") gets its reading there, always below ``ACT_AT`` so it is
   only ever offered as "Did you mean …?". A scam sign wins over every other
   reading, exact ones included, and is offered as fraud_check first, with
   the other reading as a second choice (docs/design/0015);
5. a learned classifier (:mod:`.learned`, where the locale has one) gives a
   second opinion: it may offer a reading the rules missed, put a scam first,
   or veto an unsure reading of an off-topic sentence, never acting alone and
   never overriding a certain task (docs/design/0089); in a story the rules
   are sure asks nothing it may still hear a scam (docs/design/0140).
"""

from __future__ import annotations

import re

from hassil import Intents, recognize_best
from hassil.intents import Intent, IntentData

from kiosk.speech.intents.cue_model import ELSEWHERE, STRONG
from kiosk.speech.intents.cue_rules import ANSWERS
from kiosk.speech.intents.cues import CueIndex
from kiosk.speech.intents.cues import Reading as CueReading
from kiosk.speech.intents.expand import (
    Sample,
    expand,
    first_sentences,
    select_phrases,
    templates,
)
from kiosk.speech.intents.fuzzy import FuzzyIndex, Scored, best_per_reading
from kiosk.speech.intents.learned import Learned, consult
from kiosk.speech.intents.loader import IntentFile
from kiosk.speech.intents.normalise import HAN, FillerStripper, is_spaceless, normalise
from kiosk.speech.intents.vocabulary import (
    SLOT_VALUES,
    UNKNOWN,
    Alternative,
    Understanding,
    allowed_slots,
)

# Expanded sentences per locale for the recogniser's grammar: Vosk grows slow
# and less accurate with very large grammars.
PHRASE_CAP = 3000
# Share of expansions per locale for the fuzzy index, on top of each
# template's covering set. More barely changes accuracy and costs load time.
SAMPLE_BUDGET = 500
# A fuzzy score of ACCEPT maps to confidence 0.5, the line below which the
# answer is `unknown`. On tests/data/utterances in-domain readings mostly
# score above 0.6 and out-of-domain speech below 0.45.
ACCEPT = 0.5
# A fuzzy reading never claims more than this: only exact matches are certain.
FUZZY_MAX = 0.95
# A runner-up intent closer than this to the best one lowers the confidence.
CLEAR_MARGIN = 0.2
MAX_ALTERNATIVES = 3
# What follows an ideograph before the next (a recogniser's space, or none): see _clauses.
_CJK_GAP = re.compile(rf"[{HAN}](\s*)(?=[{HAN}])")
# A pause: punctuation (_PUNCTUATION), or a space too where spaces are typed pauses (_PAUSE).
_PUNCTUATION = re.compile(r"[^\w\s]+")
_PAUSE = re.compile(r"[^\w]+")
# hassil tries templates one by one: milliseconds for a whole locale, a tenth
# of that for one template. So it checks only the templates whose samples the
# fuzzy ranking puts first, and only when the utterance is near them at all.
EXACT_TEMPLATES = 4
EXACT_MIN_SCORE = 0.25
# A fuzzy reading this sure (intent_actions.ACT_AT) is close to a template:
# it keeps its place when the second stage points elsewhere.
FUZZY_SURE = 0.75
# The second choice beside a scam reading is offered as a button too (>= ASK_AT).
MIN_STORY = 0.55
# An unknown only an "elsewhere" word made (every reading vetoed) is not certain:
# the learned stage is still asked (review 17: a scam story that names a place).
VETOED = 0.99

Reading = tuple[str, dict[str, str], float, float]
"""(intent, slots, confidence, raw fuzzy score)."""


def calibrate(score: float, runner_up: float) -> float:
    """Confidence 0..FUZZY_MAX from a fuzzy score and the best other intent's score.

    ACCEPT maps to 0.5 and a perfect score to FUZZY_MAX, linearly (and 0..ACCEPT
    to 0..0.5); a close runner-up (another intent nearly as good) takes off up
    to a fifth, because then the reading is a coin toss however high the score.
    """
    if score <= 0:
        return 0.0
    if score < ACCEPT:
        base = 0.5 * score / ACCEPT
    else:
        base = 0.5 + (FUZZY_MAX - 0.5) * (score - ACCEPT) / (1 - ACCEPT)
    margin = min(1.0, max(0.0, score - runner_up) / CLEAR_MARGIN)
    return round(base * (0.8 + 0.2 * margin), 3)


class Matcher:
    """Understands one locale's utterances.

    Build it once (see :func:`kiosk.speech.intents.matcher_for`, which caches
    it): it expands and indexes every template, a few tenths of a second.
    """

    def __init__(
        self, source: IntentFile, cues: CueIndex | None = None, learned: Learned | None = None
    ) -> None:
        self.locale = source.locale
        self.source = source
        self.cues = cues
        self.learned = learned
        self._strip = FillerStripper(source.skip_words, source.locale)
        per_template = expand(source.intents, source.locale, SAMPLE_BUDGET)
        self._phrases = select_phrases(per_template, source.locale, PHRASE_CAP)
        samples = []
        # Sentences known verbatim (fillers removed): understood without hassil.
        self._verbatim: dict[str, tuple[str, dict[str, str]]] = {}
        stripped: dict[str, str] = {}
        for group in per_template:
            for sample in group:
                text = stripped.get(sample.text)
                if text is None:
                    text = stripped[sample.text] = self._strip(sample.text)
                if text:
                    samples.append(Sample(sample.intent, sample.slots, text, sample.template))
                    self._verbatim.setdefault(text, (sample.intent, dict(sample.slots)))
        # Korean is compared on characters too: particles and endings glue to
        # the word ("카드를", "카드가") and people space it inconsistently.
        by_character = is_spaceless(source.locale) or source.locale == "ko"
        self.fuzzy = FuzzyIndex(samples, by_character=by_character)
        self._templates = templates(source.intents)
        self._by_template: dict[int, Intents] = {}
        self._first: dict[tuple[str, tuple[tuple[str, str], ...]], list[str]] = {}
        # The plain wordings are the likeliest things said: known verbatim too.
        for intent in dict.fromkeys(t.intent for t in self._templates):
            self.first_sentences(intent)

    def phrases(self) -> list[str]:
        """Every expanded template sentence (deduplicated, capped, deterministic)."""
        return list(self._phrases)

    def first_sentences(self, intent: str, slots: dict[str, str] | None = None) -> list[str]:
        """Each template of ``intent`` as first written (the plain wording), file order."""
        key = (intent, tuple(sorted((slots or {}).items())))
        if key not in self._first:
            found = first_sentences(self.source.intents, intent, dict(key[1]), self.locale)
            self._first[key] = found
            for sentence in found:  # what the kiosk listens for, it understands exactly
                said = self._strip(sentence)
                if said:
                    self._verbatim.setdefault(said, (intent, dict(key[1])))
        return list(self._first[key])

    def understand(self, text: str, normalised: str | None = None) -> Understanding:
        """What ``text`` means; ``unknown`` when no reading is good enough.

        ``normalised``: ``text`` as :func:`.normalise.normalise` gives it, when
        the caller has it already (the assistant normalises a sentence once).
        """
        heard = normalise(text, self.locale) if normalised is None else normalised  # once
        cue = self.cues.read(heard, raw=text) if self.cues is not None else None
        got = self._rules(text, heard, cue)
        if self.learned is None or (got.confidence >= 1.0 and got.intent != UNKNOWN):
            return got  # a certain task is never second-guessed (learned.consult, ADR 0142)
        second = consult(got, self.learned.probabilities(heard))
        task = second.intent not in (UNKNOWN, "fraud_check")
        put_elsewhere = cue is not None and cue.scores.get(second.intent, 0.0) <= ELSEWHERE
        if task and put_elsewhere and second.intent != got.intent:
            # The classifier's task is one an "elsewhere" word put elsewhere and no
            # word of the sentence asks for (구청에서 번호표 뽑고 …): no offer. Since it
            # also overrides readings the rules offered (ADR 0142), for those too.
            return got
        if cue is not None and second.intent in cue.refused:
            return got  # the sentence denied it (소리 크게 하지 마세요, ADR 0113)
        reports = self.cues.reports if self.cues is not None else None
        offered_answer = second.intent in ANSWERS and second.intent != got.intent
        if offered_answer and reports is not None and reports.is_too_long_to_answer(heard):
            return got  # a long sentence is no bare yes or no, whoever reads it (ADR 0107)
        return second

    def _rules(self, text: str, heard: str, cue: CueReading | None) -> Understanding:
        """The templates', fuzzy index's and word lists' reading of normalised ``heard``.

        ``cue``: the word lists' reading of ``heard`` (read once, by :meth:`understand`).
        """
        said = self._strip(heard)
        if not said:
            return Understanding(text, UNKNOWN, {}, 1.0)
        scored = self.fuzzy.score(said)
        readings = self._readings(scored)
        exact = self._verbatim.get(said)
        if exact is None and scored and scored[0].score >= EXACT_MIN_SCORE:
            likely = list(dict.fromkeys(s.sample.template for s in scored))
            exact = self._exact(said, likely[:EXACT_TEMPLATES])
        elif exact is None and not scored:
            # Only very common words, nothing to rank by: hassil tries everything.
            exact = self._exact(said, list(range(len(self._templates))))
        found: list[Alternative] = [(i, s, c) for i, s, c, _ in readings]
        vetoed = False
        if cue is not None:  # a word list's "elsewhere" also rules out a near template
            # and so does a denial after the request's word (소리 크게 하지 마세요, ADR 0113)
            kept = [
                r for r in found if cue.scores.get(r[0], 0.0) >= 0.0 and r[0] not in cue.refused
            ]
            vetoed = bool(found) and not kept
            found = kept
        if cue is not None and cue.scam and (exact is None or exact[0] != "fraud_check"):
            return self._scam(text, cue, exact, found)
        if exact is None and self._reports(heard, cue, text):
            # News of the world or of someone else: no near template or list word is a request.
            return Understanding(text, UNKNOWN, {}, 1.0)
        if exact is not None:
            others = [r for r in found if (r[0], r[1]) != exact]
            return Understanding(text, exact[0], exact[1], 1.0, others[:MAX_ALTERNATIVES])
        if cue is not None and cue.caution and not (found and found[0][2] >= 0.5):
            if self._grumble(heard):
                return Understanding(text, UNKNOWN, {}, 1.0)
            return Understanding(text, "fraud_check", {}, cue.confidence, [("call_staff", {}, 0.5)])
        if cue is not None and cue.intent != UNKNOWN and not cue.caution:
            return self._story(text, cue, found, self._flips(cue.intent, found))
        if found and found[0][2] >= 0.5:
            intent, slots, confidence = found[0]
            return Understanding(text, intent, slots, confidence, found[1:][:MAX_ALTERNATIVES])
        best = found[0][2] if found else 0.0
        if vetoed and cue is not None and cue.intent == UNKNOWN:
            # Only an "elsewhere" word or a denial after the request's word (소리
            # 크게 하지 마세요, ADR 0113) emptied the readings: no certainty, the
            # learned stage may still hear a scam in it (review 17, Z1 and K9).
            return Understanding(text, UNKNOWN, {}, VETOED, found[:MAX_ALTERNATIVES])
        return Understanding(text, UNKNOWN, {}, round(1.0 - best, 3), found[:MAX_ALTERNATIVES])

    def _reports(self, heard: str, cue: CueReading | None, text: str = "") -> bool:
        """Whether ``heard`` reports the world and asks nothing (locales that opt in).

        A scam word or caution outranks it: "do you think this call was a con",
        unless the word is only a harm done to someone else (:mod:`.hearsay`).
        Small talk ("how are you today dear") counts only when no list word of
        a request was found.
        """
        hearsay = self.cues.hearsay if self.cues is not None else None
        fraud = cue is not None and cue.intent == "fraud_check" and not (cue.scam or cue.caution)
        if fraud and hearsay is not None and hearsay.is_others_news(heard):
            return True  # no scam sign, only a harm word said of someone else: news (ADR 0070)
        reports = self.cues.reports if self.cues is not None else None
        if reports is None or (cue is not None and (cue.caution or cue.intent == "fraud_check")):
            return False
        if cue is not None and reports.lacks(cue.intent, heard):
            return True  # a long sentence of a lost card that names no card: a brother left behind
        if reports.is_report(heard, lambda: self._clauses(text), self._asks_after_pause):
            return True  # news, or a memory with nothing asked after it
        if reports.is_settled(heard):
            return True  # news, or a matter told as over with nothing asked after it
        if cue is not None and cue.intent in ANSWERS and reports.is_too_long_to_answer(heard):
            # A yes/no word inside a long story ("I'm sure she does it on purpose") answers nothing.
            return True
        lone = cue is not None and 0.0 < cue.scores.get(cue.intent, 0.0) <= STRONG
        if lone and reports.is_shapeless(heard):
            # A long sentence whose request is one list word and that asks nothing: news.
            return True
        # A greeting with no request word after it: a near template is chance.
        return (cue is None or cue.intent == UNKNOWN) and reports.is_small_talk(heard)

    def _asks_after_pause(self, said: str) -> bool:
        """Whether ``said`` (what follows a memory's first pause) asks for a task the
        locale's ``reports.pause_wishes`` names: a strong word or a request rule of it
        (以前在这儿开过户 现在再开一个账户; review 24 zh_CN)."""
        if self.cues is None or self.cues.reports is None:
            return False
        scores = self.cues.read(said).scores
        return any(scores.get(i, 0.0) >= STRONG for i in self.cues.reports.pause_wishes)

    def _clauses(self, text: str) -> list[str]:
        """``text`` as said between pauses, each normalised (none when no pause shows).

        A pause is punctuation, or in Chinese a space between ideographs typed with
        pauses (去年办的卡 插进去就不出来了); a recogniser's spacing between most
        ideographs (去 年 办 的 卡) shows no pause, only its punctuation does.
        """
        if not text or not is_spaceless(self.locale):
            return []
        gaps = _CJK_GAP.findall(text)
        spaced = sum(1 for gap in gaps if gap)
        pauses = _PUNCTUATION if spaced * 2 > len(gaps) else _PAUSE
        clauses = [said for part in pauses.split(text) if (said := normalise(part, self.locale))]
        return clauses if len(clauses) > 1 else []

    def _grumble(self, heard: str) -> bool:
        """Whether half a scam sign stands in a long sentence with no request shape (ADR 0086).

        "Prices these days, the man at the market, ten thousand won buys nothing":
        someone and money, told at length and asking nothing, is a grumble, not a
        scam told. A caution in a sentence with a shape ("a man says my savings
        will grow fast, is that right") is still offered the check.
        """
        reports = self.cues.reports if self.cues is not None else None
        return reports is not None and reports.is_grumble(heard)

    @staticmethod
    def _scam(
        text: str,
        cue: CueReading,
        exact: tuple[str, dict[str, str]] | None,
        found: list[Alternative],
    ) -> Understanding:
        """A scam sign: fraud_check is offered first, whatever else was read.

        What the customer literally asked for ("take out my money") stays the
        second choice, so a customer who was not describing a scam loses one tap.
        """
        others: list[Alternative] = []
        if exact is not None and exact[0] != "fraud_check":
            others.append((exact[0], exact[1], cue.confidence - 0.01))
        elif cue.second is not None:
            others.append((cue.second[0], cue.second[1], MIN_STORY))
        others += [
            r for r in found if r[0] != "fraud_check" and r[:2] not in [o[:2] for o in others]
        ]
        return Understanding(text, "fraud_check", {}, cue.confidence, others[:MAX_ALTERNATIVES])

    def _flips(self, intent: str, found: list[Alternative]) -> bool:
        """Whether the nearest template is the opposite answer of the words' ``intent``.

        Characters compared one by one cannot see a one-character negation:
        是，就是这个 ("yes, this one") lies close to the template 不是这个. Where
        the word lists read clauses (``clauses: true``, so a yes/no word counts
        only at a clause's edge), their answer is trusted over such a neighbour.
        """
        clauses = self.cues is not None and self.cues.clauses
        return bool(clauses and found and {intent, found[0][0]} == ANSWERS)

    @staticmethod
    def _story(
        text: str, cue: CueReading, found: list[Alternative], flips: bool = False
    ) -> Understanding:
        """The second stage's reading, unless a near-template fuzzy reading disagrees.

        ``flips``: the near template is the opposite answer (see :meth:`_flips`),
        which never overrides the words.
        """
        if found and found[0][2] >= FUZZY_SURE and found[0][0] != cue.intent and not flips:
            intent, slots, confidence = found[0]
            others = [(cue.intent, cue.slots, cue.confidence), *found[1:]]
            return Understanding(text, intent, slots, confidence, others[:MAX_ALTERNATIVES])
        same = [r for r in found if r[0] == cue.intent]
        slots = dict(cue.slots)
        confidence = cue.confidence
        if same and same[0][2] >= 0.5:  # both stages agree
            slots = slots or dict(same[0][1])  # the fuzzy slots where no list word named one
            confidence = max(confidence, min(same[0][2], FUZZY_SURE - 0.01))
        others = [r for r in found if r[0] != cue.intent]
        others += [(i, {}, round(cue.confidence - 0.05, 3)) for i, _ in cue.runners_up()]
        deduped: dict[str, Alternative] = {}
        for reading in others:  # one button per intent, the best reading of it
            deduped.setdefault(reading[0], reading)
        alternatives = list(deduped.values())[:MAX_ALTERNATIVES]
        return Understanding(text, cue.intent, slots, confidence, alternatives)

    def _template_intents(self, index: int) -> Intents:
        """hassil's view of one template alone (built on first use)."""
        if index not in self._by_template:
            template, whole = self._templates[index], self.source.intents
            data = IntentData(
                sentence_texts=[template.sentence.text or ""],
                slots=template.data.slots,
                expansion_rules=template.data.expansion_rules,
                slot_lists=template.data.slot_lists,
            )
            # `sentences` is a cached property hassil fills by parsing
            # sentence_texts; hand it the sentence already parsed instead.
            data.__dict__["sentences"] = [template.sentence]
            self._by_template[index] = Intents(
                language=whole.language,
                intents={template.intent: Intent(name=template.intent, data=[data])},
                slot_lists=whole.slot_lists,
                expansion_rules=whole.expansion_rules,
                skip_words=[],  # fillers are stripped before hassil sees the text
                settings=whole.settings,
            )
        return self._by_template[index]

    def _exact(self, said: str, indexes: list[int]) -> tuple[str, dict[str, str]] | None:
        """hassil's match among the templates ``indexes``, tried in that order."""
        for index in indexes:
            if index < 0:
                continue
            result = recognize_best(said, self._template_intents(index), language=self.locale)
            if result is not None:
                break
        else:
            return None
        slots = {
            slot: str(entity.value)
            for slot, entity in result.entities.items()
            if slot in allowed_slots(result.intent.name)
            and str(entity.value) in SLOT_VALUES.get(slot, ())
        }
        # Fixed slots of the matched block ("withdraw money" → service: cash).
        for slot, value in result.intent_data.slots.items():
            slots.setdefault(slot, str(value))
        return result.intent.name, slots

    def _readings(self, scored: list[Scored]) -> list[Reading]:
        """The best few fuzzy readings, best first."""
        best = best_per_reading(scored)
        top_of_intent: dict[str, float] = {}
        for s in best:
            top_of_intent.setdefault(s.sample.intent, s.score)
        readings = []
        for s in best[: MAX_ALTERNATIVES + 1]:
            runner_up = max(
                (v for k, v in top_of_intent.items() if k != s.sample.intent), default=0.0
            )
            confidence = calibrate(s.score, runner_up)
            readings.append((s.sample.intent, dict(s.sample.slots), confidence, s.score))
        return readings

    def explain(self, text: str, limit: int = 5) -> list[Scored]:
        """The best-scoring samples for ``text``: why a reading won (for tuning)."""
        return self.fuzzy.score(self._strip(normalise(text, self.locale)))[:limit]
