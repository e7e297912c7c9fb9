"""Tracing linkage: match people across Ukrainian, Russian and Latin records, explainably, at scale."""

from .csvio import InputError, RejectedRow, read_records
from .explain import Explanation, FieldWeight, explain, format_explanation
from .link import LinkResult, Pair, link
from .model import LinkageModel
from .records import BirthDate, Record
from .search import SearchHit, SearchIndex, StaleIndexError

__all__ = [
    "BirthDate",
    "Explanation",
    "FieldWeight",
    "InputError",
    "LinkResult",
    "LinkageModel",
    "Pair",
    "Record",
    "RejectedRow",
    "SearchHit",
    "SearchIndex",
    "StaleIndexError",
    "explain",
    "format_explanation",
    "link",
    "read_records",
]
