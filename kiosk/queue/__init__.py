"""The branch queue: tickets and help requests. Pure Python, no Qt."""
