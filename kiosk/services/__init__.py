"""Qt-aware glue between the domain and the widgets: no widgets here."""
