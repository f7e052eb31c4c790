"""Speech in and out: recognisers, intents, voices."""
