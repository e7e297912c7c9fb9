"""Tracing linkage: match people across Ukrainian, Russian and Latin records, explainably, at scale."""

from .csvio import InputError, RejectedRow, read_records
from .link import LinkResult, Pair, link
from .model import LinkageModel
from .records import BirthDate, Record

__all__ = ["BirthDate", "InputError", "LinkResult", "LinkageModel", "Pair", "Record", "RejectedRow", "link",
           "read_records"]
