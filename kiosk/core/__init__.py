"""Dataclasses, ids, ports and errors shared by every layer. No Qt here."""
