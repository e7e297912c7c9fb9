"""Why two records were (or were not) linked: the comparison level and match weight of every field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .comparisons import COMPARISONS
from .features import frequency_base, record_features
from .model import LinkageModel, probability
from .records import Record


@dataclass(frozen=True)
class FieldWeight:
    field: str  # comparison name (given, family, patronymic, birth_year, birth_day, sex, place)
    description: str
    level: str  # what was observed, e.g. "variant sets share a form (script, language, nickname)"
    gamma: int  # Splink's comparison vector value
    weight: float  # log2 Bayes factor; positive = evidence for the same person


@dataclass(frozen=True)
class Explanation:
    prior_weight: float
    fields: tuple[FieldWeight, ...]

    @property
    def match_weight(self) -> float:
        return self.prior_weight + sum(f.weight for f in self.fields)

    @property
    def match_probability(self) -> float:
        return probability(self.match_weight)

    def field_weights(self) -> dict[str, float]:
        return {f.field: f.weight for f in self.fields}


def score_features(a: dict[str, Any], b: dict[str, Any], model: LinkageModel, n_records: int) -> float:
    """The match weight ``explain_features`` would give, without building the explanation (ranking)."""
    weights = model.level_weights()
    total = LinkageModel.logit2(model.lambda_for(n_records))
    for comp in COMPARISONS:
        total += weights[comp.name].get(comp.level_of(a, b), 0.0)
    return total


def explain_features(a: dict[str, Any], b: dict[str, Any], model: LinkageModel, n_records: int) -> Explanation:
    weights = model.level_weights()
    prior = LinkageModel.logit2(model.lambda_for(n_records))
    fields = []
    for comp in COMPARISONS:
        gamma = comp.level_of(a, b)
        fields.append(FieldWeight(comp.name, comp.description, comp.label_of(gamma), gamma,
                                  weights[comp.name].get(gamma, 0.0)))
    return Explanation(prior, tuple(fields))


def explain(a: Record, b: Record, model: LinkageModel | None = None, n_records: int = 2,
            family_counts: Mapping[str, int] | None = None) -> Explanation:
    """Per-field weights for one pair of records.

    ``n_records`` is the size of the file they come from (it sets the prior); ``family_counts`` counts
    each family name's Latin form in that file (it sets how rare an agreeing surname is).
    """
    model = model or LinkageModel.default()
    fa, fb = record_features(a, 0), record_features(b, 1)
    for row in (fa, fb):
        latin = row["family_latin"]
        count = (family_counts or {}).get(latin, 0) if latin else 0
        if latin and not count:
            count = 2 if fa["family_latin"] == fb["family_latin"] else 1
        row["family_freq"] = count / frequency_base(n_records) if latin else None
    return explain_features(fa, fb, model, n_records)


def format_explanation(a: Record, b: Record, ex: Explanation) -> str:
    """A readable table, strongest evidence first, for a tracing officer."""

    def show(r: Record) -> str:
        birth = r.birth.as_text() if r.birth else "birth unknown"
        bits = [r.display_name() or "(no name)", birth, r.sex or "sex unknown", r.place or "place unknown"]
        return f"{r.record_id} [{r.source or 'source unknown'}]: " + " | ".join(bits)

    lines = [show(a), show(b), "", f"{'field':<12} {'weight':>7}  observed"]
    for f in sorted(ex.fields, key=lambda f: -abs(f.weight)):
        lines.append(f"{f.field:<12} {f.weight:>+7.2f}  {f.level}")
    lines.append(f"{'prior':<12} {ex.prior_weight:>+7.2f}  chance two records in the file are one person")
    lines.append(f"{'total':<12} {ex.match_weight:>+7.2f}  match probability {ex.match_probability:.4f}")
    return "\n".join(lines)
