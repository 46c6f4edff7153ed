"""Actors: who did what to whom.

``knowledge`` loads the shipped actor facts (countries, international organisations, armed groups and parties,
sector vocabulary, office holders) from ``dyadwatch/data/actors``; the other modules of this package find
mentions in text and resolve them against that knowledge.
"""
