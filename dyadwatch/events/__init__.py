"""Event coding: what happened, as CAMEO codes and PLOVER types.

The package owns the event ontology (``ontology``: codes, names, Goldstein weights, QuadClass, the PLOVER
crosswalk and intent forms), the event patterns and the coder that turns parsed sentences into
:class:`dyadwatch.model.Event` records. It does not find actors (``dyadwatch.actors``) or resolve dates and
places (the when/where stage); it only uses what those stages put on the article.
"""
