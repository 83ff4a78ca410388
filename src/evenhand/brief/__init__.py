"""The brief engine: from one story's articles to a brief whose every sentence is cited.

``compose`` runs the stages in order: ``segment`` (printable units, and with ``kinds`` what kind
of sentence each is; with ``standalone`` and ``wording``: what a sentence leans on and how it
reads), ``group`` and ``rank`` (sentences that tell one fact, and how much each fact matters),
``choose``, ``lede`` and ``retold`` (which facts print, which leads, in what order),
``corroborate`` (which outlets state each printed fact), ``headline``, ``narratives`` and
``contested``; ``render`` writes the result and ``llm`` optionally rewords facts.
"""
