"""Where service breaks: the event record, the stuck-customer detector, the report.

Pure Python (no Qt): the kiosk's signals are turned into :class:`Event` rows by
:mod:`kiosk.services.event_recorder`; the store appends them
(:mod:`kiosk.store.event_log`); :mod:`kiosk.insight.figures` computes the report.
"""
