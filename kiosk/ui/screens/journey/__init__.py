"""The journey screen (``journey.<journey>.<step>``) and one part per kind of step.

``screen`` holds the screen; ``words`` the one way its parts get their words;
``field_part``, ``name_part``, ``choice_part``, ``question_part``,
``review_part`` and ``result_part`` the parts of each kind; ``ways_on`` the
buttons that lead on; ``picture`` a step's picture; ``tour`` the tour's samples.
"""

from kiosk.ui.screens.journey.screen import JourneyScreen
from kiosk.ui.screens.journey.words import help_note, joined

__all__ = ["JourneyScreen", "help_note", "joined"]
