"""The shipped data files: coverage, provenance headers, oblasts, and the build script's rules."""

import gzip
from pathlib import Path

from corridor.gazetteer import Gazetteer, Place, default_gazetteer
from corridor.gazetteer.build_data import _keep_alternate, _pick_names, render

DATA = Path(__file__).parents[3] / "src" / "corridor" / "gazetteer" / "data"


def test_data_files_state_source_and_licence() -> None:
    with gzip.open(DATA / "settlements.tsv.gz", "rt", encoding="utf-8") as fh:
        header = fh.readline()
    assert "GeoNames" in header and "CC-BY 4.0" in header
    for name in ("oblasts.tsv", "countries.tsv"):
        head = " ".join((DATA / name).read_text(encoding="utf-8").splitlines()[:2])
        assert "GeoNames" in head and "CC-BY 4.0" in head, name
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert "CC-BY 4.0" in readme and "build_data" in readme


def test_shipped_data_stays_small() -> None:
    assert (DATA / "settlements.tsv.gz").stat().st_size < 3_000_000


def test_coverage_of_target_countries(gaz: Gazetteer) -> None:
    counts: dict[str, int] = {}
    for place in gaz.settlements():
        counts[place.country_code] = counts.get(place.country_code, 0) + 1
    assert counts["UA"] > 5000
    for cc in ("PL", "MD", "RO", "SK", "HU", "BY", "RU", "LT", "DE", "CZ"):
        assert counts.get(cc, 0) > 20, cc


def test_every_ukrainian_settlement_names_its_oblast(gaz: Gazetteer) -> None:
    names = {o.name for o in gaz.oblasts()}
    for place in gaz.settlements("UA"):
        assert place.admin1_name in names, place


def test_oblasts_table(gaz: Gazetteer) -> None:
    oblasts = gaz.oblasts()
    assert sorted(o.admin1_code for o in oblasts) == [f"{i:02d}" for i in range(1, 28)]  # type: ignore[type-var]
    for o in oblasts:
        assert o.kind == "oblast" and o.country_code == "UA" and o.name_uk and o.name_ru
        assert 44 < o.lat < 53 and 22 < o.lon < 41, o
    donetsk = gaz.get(709716)
    assert donetsk is not None and (donetsk.name, donetsk.name_uk) == ("Donetsk Oblast", "Донецька область")


def test_default_gazetteer_is_shared_and_places_are_values() -> None:
    assert default_gazetteer() is default_gazetteer()
    place = default_gazetteer().resolve("Mariupol")
    assert isinstance(place, Place)
    assert {place: 1}[default_gazetteer().resolve("Маріуполь")] == 1  # type: ignore[index]


def test_alternate_filter() -> None:
    assert _keep_alternate("Marioupol")
    assert _keep_alternate("Маріуполь")
    assert not _keep_alternate("MPW")  # airport code
    assert not _keep_alternate("ma li wu bo er")  # romanised Chinese
    assert not _keep_alternate("马里乌波尔")
    assert not _keep_alternate("Будапешт ош")


def test_display_names_are_picked_by_letters() -> None:
    uk, ru = _pick_names("Berdyansk", ["Berdiansk", "Бердянск", "Бердянськ", "Осипенко"])
    assert (uk, ru) == ("Бердянськ", "Бердянск")
    uk, ru = _pick_names("Lviv", ["Lvov", "L'vov", "Lwów", "Львов", "Львів", "Львив"])
    assert (uk, ru) == ("Львів", "Львов")
    assert _pick_names("Storozhynets", ["Сторожинец", "Сторожинець"]) == ("Сторожинець", "Сторожинец")
    assert _pick_names("Primorskyi", ["Приморский", "Приморський"]) == ("Приморський", "Приморский")


def test_russian_name_is_derived_only_where_endings_alone_differ() -> None:
    assert _pick_names("Zelenodolsk", ["Зеленодольськ"]) == ("Зеленодольськ", "Зеленодольск")
    # Яворів is Яворов in Russian; without a Russian spelling on offer the name stays unknown.
    assert _pick_names("Yavoriv", ["Яворів"]) == ("Яворів", None)


def test_render_writes_one_row_per_place_with_overrides() -> None:
    rows = [
        {
            "geonameid": 1,
            "name": "Testivka",
            "latitude": 47.0,
            "longitude": 37.0,
            "countrycode": "UA",
            "admin1code": "05",
            "population": 1200,
            "alternatenames": ["Тестівка", "Тестовка", "TST", "测试"],
        }
    ]
    text = render(rows, {1: ("Тестівка", "Тестовка", "Testivka Nova")})
    line = text.splitlines()[-1].split("\t")
    assert line[:4] == ["1", "Testivka Nova", "Тестівка", "Тестовка"]
    assert line[8] == "1200" and line[9] == "Testivka"  # the GeoNames spelling stays a variant
