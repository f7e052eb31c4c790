"""Journey words within the same plain-language limits as the product explanations."""

from kiosk.content import plain_language as pl
from kiosk.content.catalog import load_catalogs
from kiosk.core import ids
from kiosk.paths import locales_dir

SAMPLE = {
    "hotline": "95588", "fraud_hotline": "96110", "bank": "Your Bank", "name": "Mrs Wang",
    "time": "10:30",
    "topic": "pension", "number": "A012", "day": "2026-12-03", "code": "K7F3QM",
    "value": "138", "count": "3", "least": "6", "most": "8", "title": "Your form is ready.",
}  # fmt: skip


def test_every_journey_sentence_is_plain() -> None:
    catalogs = load_catalogs(locales_dir())
    problems = []
    for locale in ids.LOCALES:
        catalog = catalogs[locale]
        for key, text in catalog.messages.items():
            if key.startswith(("journey.", "forms.")):
                problems += pl.check_text(
                    key, text.format(**SAMPLE), locale, catalog.sources.get(key)
                )
    assert not problems, "\n".join(str(p) for p in problems)
