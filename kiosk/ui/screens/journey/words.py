"""The words of one journey step: the one way its parts get what they show and say."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.content.catalog import Catalog
from kiosk.content.topics import topic_words
from kiosk.journeys.engine import Answers
from kiosk.journeys.model import Journey, Step
from kiosk.services.customer_queue import HelpView
from kiosk.speech.aloud import say_sentence, say_values

# Every {placeholder} a journey's words may use for what the kiosk found.
FOUND_BLANKS = dict.fromkeys(("name", "time", "topic", "number", "day", "code"), "")


def has_words(catalog: Catalog, key: str) -> bool:
    """Whether ``key`` has words in this locale or in its fallback."""
    return catalog.has(key) or (catalog.fallback is not None and catalog.fallback.has(key))


def joined(locale: str, *parts: str) -> str:
    """Sentences one after the other as the language writes them: Chinese with
    "。" and no space between, English and Korean with ". " (a Latin name in a
    Chinese sentence still ends with "。")."""
    chinese = locale == "zh_CN"
    stopped = []
    for part in (p.strip() for p in parts if p.strip()):
        if part[-1] not in ".?!。？！:：":
            part += "。" if chinese else "."
        stopped.append(part)
    return ("" if chinese else " ").join(stopped)


def help_note(catalog: Catalog, view: HelpView | None) -> str:
    """What a step that called staff says about them: called, on the way, or raise a hand."""
    # Offline, or the request was closed without anyone coming: a raised hand still works.
    if view is None or view.phase in ("offline", "closed"):
        return catalog.text("journey.common.help_offline")
    if view.phase == "coming" and view.item is not None and view.item.claimed_by:
        return catalog.text("help.live.coming", name=view.item.claimed_by)
    if view.phase == "sending":
        return catalog.text("help.live.sending")
    return catalog.text("journey.common.help_called")


@dataclass(frozen=True)
class StepWords:
    """Everything a step's parts need to put words on themselves, looked up one way.

    Keys are ``journey.<journey>.<step>.<suffix>`` for the step's own words,
    ``journey.<journey>.field.<name>`` for a field's name and
    ``journey.common.<name>`` for words every journey shares.

    Attributes:
        catalog: The customer's language.
        journey: The journey the step belongs to.
        step: The step shown.
        answers: The journey's answers so far (what its words may mention).
        values: The ``{placeholders}`` as shown: what the kiosk found, a
            booking's topic in the customer's words.
        private_audio: Headphones or a handset: personal details may be said.
    """

    catalog: Catalog
    journey: Journey
    step: Step
    answers: Answers
    values: Mapping[str, object]
    private_audio: bool = False

    @classmethod
    def build(
        cls,
        catalog: Catalog,
        journey: Journey,
        step: Step,
        answers: Answers,
        context_values: Mapping[str, object],
        private_audio: bool = False,
    ) -> StepWords:
        """The step's words with what the screen's context and the answers found."""
        values = {**FOUND_BLANKS, **context_values, **answers.found}
        if values["topic"]:  # an id from the bank's system, said in the customer's words
            values["topic"] = topic_words(str(values["topic"]), catalog)
        return cls(catalog, journey, step, answers, values, private_audio)

    @property
    def locale(self) -> str:
        return self.catalog.locale

    @property
    def base(self) -> str:
        """The prefix of the step's own keys."""
        return f"journey.{self.journey.id}.{self.step.id}"

    def has(self, key: str) -> bool:
        return has_words(self.catalog, key)

    def text(self, key: str) -> str:
        """The words of any ``key``, with the step's placeholders filled in."""
        return self.catalog.text(key, **self.values)

    def own(self, suffix: str) -> str | None:
        """The step's own words for ``suffix`` (``title``, ``tip``…), or None if it has none."""
        key = f"{self.base}.{suffix}"
        return self.text(key) if self.has(key) else None

    def common(self, name: str, **values: object) -> str:
        """Words every journey shares (``next``, ``finish``, ``change``…)."""
        return self.catalog.text(f"journey.common.{name}", **values)

    def own_or_common(self, suffix: str, common: str) -> str:
        """The step's own words where it has them ("Next question"), else shared ones.

        Words on a button: they take no placeholders.
        """
        own = f"{self.base}.{suffix}"
        return self.plain(own) if self.has(own) else self.common(common)

    def plain(self, key: str) -> str:
        """The words of ``key`` as written (a button's or a field's: no placeholders)."""
        return self.catalog.text(key)

    def field(self, name: str) -> str:
        """What a field is called ("Phone number")."""
        return self.plain(f"journey.{self.journey.id}.field.{name}")

    def body_key(self) -> str:
        """The key of the step's body: it may follow a choice made on the way ("body_swallowed")."""
        chosen = (f"{self.base}.body_{o}" for o in self.answers.chosen.values())
        return next((k for k in chosen if self.has(k)), f"{self.base}.body")

    def said(self, key: str) -> str:
        """The words of ``key`` as the loudspeaker says them: numbers and codes spelled,
        a name left out unless the audio is private."""
        spoken = dict(self.values)
        name = str(spoken.pop("name", "") or "")
        personal = {"name": name} if name else None
        return say_sentence(
            self.catalog, key, say_values(spoken, self.catalog), personal, self.private_audio
        )
