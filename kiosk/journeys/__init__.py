"""Guided journeys as data: steps in assets/journeys/, words in locales/. Pure Python."""
