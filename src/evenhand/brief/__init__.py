"""The brief engine: from one story's articles to a brief whose every sentence is cited.

``compose`` runs the stages in order: ``segment`` (printable units, and with ``kinds`` what kind
of sentence each is; with ``standalone``, ``names`` and ``wording``: what a sentence leans on,
whom it names and how it reads), ``group`` and ``rank`` (sentences that tell one fact, and how
much each fact matters), ``choose``, ``lede`` and ``retold`` (which facts print, which leads, in
what order), ``cite`` and ``corroborate`` (which outlets state each printed fact), ``headline``
(``short_headline`` where no title serves), ``narratives`` and ``contested`` (on ``figures``);
``render`` writes the result and ``llm`` optionally rewords facts.
"""
