"""The brief engine: from one story's articles to a brief whose every sentence is cited.

``compose`` runs the stages in order: ``segment`` (sentences and their features), ``facts``
(grouping, ranking, selection), ``narratives``, ``contested``; ``render`` writes the result and
``llm`` optionally rewords facts.
"""
