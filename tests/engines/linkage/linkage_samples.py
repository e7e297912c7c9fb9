"""Sample tracing records for the linkage tests, in the `corridor trace` CSV format."""

from __future__ import annotations

import csv
from pathlib import Path

HEADER = ["record_id", "source", "given_name", "family_name", "patronymic", "birth_date", "birth_year", "age",
          "sex", "place", "note"]

# The example: one man written four ways, a namesake, his son and a woman with his surname.
KOVALENKO = [
    ["reg-1", "registry", "Александр", "Коваленко", "Николаевич", "1952-03-12", "", "", "M", "Мариуполь", ""],
    ["bor-1", "border", "OLEKSANDR", "KOVALENKO", "", "1952-03-12", "", "", "M", "", ""],
    ["hos-1", "hospital", "О.", "Коваленко", "М.", "", "1952", "", "", "", ""],
    ["req-1", "request", "Sasha", "Kovalenko", "", "", "", "70", "", "Mariupol", "about 70"],
    ["reg-2", "registry", "Олександр", "Коваленко", "Олександрович", "1979-06-02", "", "", "M", "Маріуполь",
     "son"],
    ["reg-3", "registry", "Олександр", "Коваленко", "Петрович", "1988-11-30", "", "", "M", "Бердянськ", ""],
    ["reg-4", "registry", "Ганна", "Коваленко", "Миколаївна", "1955-01-20", "", "", "F", "Маріуполь", ""],
    ["reg-5", "registry", "Ірина", "Шевчук", "Іванівна", "1990-05-05", "", "", "F", "Маріуполь", ""],
    ["bor-5", "border", "IRYNA", "SHEVCHUK", "", "1990-05-05", "", "", "F", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header or HEADER)
        w.writerows(rows)
    return path
