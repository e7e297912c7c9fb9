"""Reader engine: sourced figures (how many of what, where, when, who says so) from crisis reports.

Plain Python, no Django. The public API is this module; everything else is internal.
"""

from corridor.reader.figures import detect_lang, extract, extract_report
from corridor.reader.inputs import ReaderError, read_file, read_text
from corridor.reader.model import CATEGORIES, Figure, PlaceRef, Report, SourceRef, TimeRef
from corridor.reader.picture import Group, picture
from corridor.reader.places import set_gazetteer

__all__ = [
    "CATEGORIES",
    "Figure",
    "Group",
    "PlaceRef",
    "ReaderError",
    "Report",
    "SourceRef",
    "TimeRef",
    "detect_lang",
    "extract",
    "extract_report",
    "picture",
    "read_file",
    "read_text",
    "set_gazetteer",
]
