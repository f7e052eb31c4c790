"""Content loading and validation: catalogues of words, later journeys and products. No Qt."""
