"""``kiosk check``: the words, journeys, products and understanding files load."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.errors import KioskError
from kiosk.diagnostics.result import CheckResult


def check_content(_: Path) -> CheckResult:
    """Each locale's words are whole, and its language.toml (fonts, voices, digits) reads."""
    from kiosk.content.catalog import completeness_problems, load_catalogs
    from kiosk.core.languages import load_languages
    from kiosk.paths import locales_dir

    try:
        load_languages(locales_dir())
        catalogs = load_catalogs(locales_dir())
    except KioskError as exc:
        return CheckResult("content", False, str(exc), "fix the file and field named above")
    problems = completeness_problems(catalogs)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        return CheckResult(
            "content", False, problems[0] + more, "add the missing words to that locale"
        )
    return CheckResult("content", True, f"{len(catalogs) - 1} locales complete")


def check_journeys_and_products(data_dir: Path) -> CheckResult:
    """The files a broken start-up would name: journeys, products and their words."""
    from kiosk.config import load_config
    from kiosk.content.catalog import load_catalogs
    from kiosk.content.products import check_product_words, load_products
    from kiosk.journeys.loader import load_journeys, missing_words
    from kiosk.paths import assets_dir, locales_dir

    try:
        config = load_config(data_dir)
        catalogs = load_catalogs(locales_dir())
        journeys = load_journeys(assets_dir() / "journeys")
        missing = missing_words(journeys, catalogs["en"])
        if missing:
            return CheckResult(
                "journeys", False, f"English words missing: {', '.join(missing[:3])}",
                "add them to locales/en/journeys.toml",
            )  # fmt: skip
        products = load_products(assets_dir() / "products", config["products.currency"])
        check_product_words(products, catalogs)
    except KioskError as exc:
        return CheckResult("journeys", False, str(exc), "fix the file and field named above")
    return CheckResult("journeys", True, f"{len(journeys)} journeys, {len(products)} products")


def check_understanding(_: Path) -> CheckResult:
    """Each locale's sentence templates and word lists (intents.yaml, cues.yaml) load."""
    from kiosk.core import ids
    from kiosk.paths import locales_dir
    from kiosk.speech.intents.cues import cues_path, load_cues
    from kiosk.speech.intents.loader import intents_path, load_intent_file

    folder = locales_dir()
    try:
        for locale in ids.LOCALES:
            load_intent_file(intents_path(folder, locale), locale)
            load_cues(cues_path(folder, locale), locale)
    except KioskError as exc:
        return CheckResult("understanding", False, str(exc), "fix the file and field named above")
    count = len(ids.LOCALES)
    return CheckResult("understanding", True, f"templates and word lists of {count} locales")
