"""evenhand: balanced, verifiable news briefs from many outlets' articles."""

__version__ = "0.1.0"
