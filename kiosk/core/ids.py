"""Public ids (DESIGN.md "Contracts"): keep these stable, other tools rely on them."""

from __future__ import annotations

from typing import Final

from kiosk.core.languages import locale_ids

# The folders of locales/ that hold a language.toml, in their language.order
# (docs/languages.md): en, zh_CN, ko, the contract locales a test keeps.
LOCALES: Final = locale_ids()
PSEUDO_LOCALE: Final = "pseudo"
THEMES: Final = ("standard", "high_contrast")
TEXT_SIZES: Final = (100, 150, 200)

# Screen ids.
WELCOME: Final = "welcome"
LANGUAGE: Final = "language"
HOME: Final = "home"
PRODUCTS: Final = "products"
HELP_REQUESTED: Final = "help.requested"
TIMEOUT_WARNING: Final = "timeout.warning"
FEEDBACK: Final = "feedback"
TICKET_SERVICE: Final = "journey.take_ticket.service"
TICKET_PRIORITY: Final = "journey.take_ticket.priority"
TICKET_RESULT: Final = "journey.take_ticket.ticket"
STAFF_CONSOLE: Final = "staff.console"
STAFF_ASSIST: Final = "staff.assist"
STAFF_SIGN_IN: Final = "staff.signin"
LOBBY: Final = "lobby"  # the calling display above the counters (kiosk lobby)
ASK_STAFF_PREFIX: Final = "ask_staff"
# Type to the assistant (on-screen keyboard) when speaking is not possible.
ASSISTANT: Final = "assistant"
# "Leave this form?": Start again with a half-done form (shown over the form, like
# timeout.warning; the session stays on the form's step until the customer answers).
LEAVE_FORM: Final = "leave_form"


def ask_staff_screen(task: str) -> str:
    """Screen id of the honest "please ask a member of staff" page for a task."""
    return f"{ASK_STAFF_PREFIX}.{task}"


def journey_screen(journey: str, step: str) -> str:
    return f"journey.{journey}.{step}"


def product_screen(product: str, page: str | None = None) -> str:
    return f"product.{product}" + (f".{page}" if page else "")


# Actions of the fixed bar, in the order they always appear.
BAR_ACTIONS: Final = ("call_staff", "back", "start_again", "language", "text_size", "voice")

PRODUCTS_IDS: Final = (
    "savings_account",
    "time_deposit",
    "wealth_management",
    "pension",
    "credit_card",
    "personal_loan",
)
JOURNEYS: Final = (
    "take_ticket",
    "check_in",
    "lost_card",
    "update_details",
    "open_account",
    "mobile_banking_help",
    "fraud_check",
)
QUEUE_SERVICES: Final = ("cash", "account", "card", "loan", "wealth", "general")
HELP_REASONS: Final = ("confused", "mobility", "hearing", "fraud", "other")
# What an appointment is about, as the bank's booking system sends it (the
# kiosk says each in the customer's language: locales' journey.check_in.topic.*).
BOOKING_TOPICS: Final = (
    "account", "card", "cash", "loan", "mortgage", "pension", "savings", "wealth",
    "insurance", "general",
)  # fmt: skip
PRIORITY_REASONS: Final = ("age", "disability", "pregnant", "child")

# The six tasks on the home screen, in display order. Each names the screen or
# journey it opens; features that have not landed open ask_staff.<task>.
HOME_TASKS: Final = (
    "take_ticket",
    "check_in",
    "products",
    "forms",
    "mobile_banking_help",
    "fraud_check",
)


DRAFT_REFERENCE_PREFIX: Final = "KIOSK-DRAFT:"


def draft_reference(code: str) -> str:
    """What a form draft's QR holds: only the code the counter looks up."""
    return f"{DRAFT_REFERENCE_PREFIX}{code}"
