"""`corridor plan …` through corridor.cli.main: exit codes, messages, files written or not."""

from __future__ import annotations

import json

from conftest import EXAMPLE, tiny
from corridor.cli import main


def write(path, data) -> str:  # type: ignore[no-untyped-def]
    path.write_text(json.dumps(data))
    return str(path)


def test_plan_check_replan_and_manifest(tmp_path, capsys) -> None:
    out = tmp_path / "plan.json"
    assert main(["plan", str(EXAMPLE), "--out", str(out), "--time-limit", "1", "--seed", "3"]) == 0
    text = capsys.readouterr().out
    assert "evacuated" in text and "shorter than the 7.5-hour run" in text
    plan = json.loads(out.read_text())
    assert plan["format"] == "corridor-plan/1" and plan["check"]["ok"]
    assert plan["solver"]["seed"] == 3

    assert main(["plan", "check", str(EXAMPLE), str(out)]) == 0
    assert "no violations" in capsys.readouterr().out

    change = write(tmp_path / "change.json", {"at": "2022-03-06T08:45:00+02:00", "events": [
        {"type": "people_reported", "place": "school-cheremushky", "add": {"other": 60}}]})
    new = tmp_path / "new.json"
    assert main(["plan", "replan", str(EXAMPLE), str(out), change, "--out", str(new), "--time-limit", "1"]) == 0
    capsys.readouterr()
    assert main(["plan", "check", str(EXAMPLE), str(new)]) == 0

    html = tmp_path / "m.html"
    assert main(["plan", "manifest", str(EXAMPLE), str(new), "--html", "--out", str(html)]) == 0
    page = html.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<table>" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert main(["plan", "manifest", str(EXAMPLE), str(new), "--vehicle", "bus-01"]) == 0
    assert "MANIFEST — bus-01" in capsys.readouterr().out


def test_check_lists_violations_and_fails(tmp_path, capsys) -> None:
    out = tmp_path / "plan.json"
    assert main(["plan", str(EXAMPLE), "--out", str(out), "--time-limit", "1"]) == 0
    plan = json.loads(out.read_text())
    bus = next(v for v in plan["vehicles"] if v["stops"] and v["role"] == "convoy")
    bus["stops"][-1]["arrive"] = bus["stops"][-2]["depart"]
    write(out, plan)
    capsys.readouterr()
    assert main(["plan", "check", str(EXAMPLE), str(out)]) == 1
    text = capsys.readouterr().out
    assert "violation(s)" in text and "the run takes 7.50 h" in text


def test_negative_count_is_refused_and_nothing_is_written(tmp_path, capsys) -> None:
    data = tiny()
    data["pickups"].extend([{"id": f"x{i}", "lat": 47.1, "lon": 37.5} for i in range(2)])
    data["pickups"][3]["waiting"] = {"stretcher": -2}
    scen = write(tmp_path / "s.json", data)
    out = tmp_path / "plan.json"
    assert main(["plan", scen, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "pickups[3].waiting.stretcher: must be ≥ 0" in err and scen in err
    assert not out.exists()


def test_invalid_json_is_refused(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x",}')
    assert main(["plan", str(bad), "--out", str(tmp_path / "p.json")]) == 2
    assert "invalid JSON at line 1, column 14" in capsys.readouterr().err
    assert not (tmp_path / "p.json").exists()


def test_unknown_ids_in_a_change_are_refused(tmp_path, capsys) -> None:
    out = tmp_path / "plan.json"
    assert main(["plan", str(EXAMPLE), "--out", str(out), "--time-limit", "0.5"]) == 0
    change = write(tmp_path / "c.json", {"at": "2022-03-06T08:00:00+02:00",
                                         "events": [{"type": "corridor_closed", "corridor": "nowhere"}]})
    new = tmp_path / "new.json"
    assert main(["plan", "replan", str(EXAMPLE), str(out), change, "--out", str(new)]) == 2
    assert "events[0].corridor: unknown corridor 'nowhere'" in capsys.readouterr().err
    assert not new.exists()


def test_usage_errors(tmp_path, capsys) -> None:
    assert main(["plan", str(EXAMPLE)]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["plan", "check", str(EXAMPLE)]) == 2
    assert main(["plan", "check", str(EXAMPLE), str(tmp_path / "missing.json")]) == 2
    assert "cannot read file" in capsys.readouterr().err
    assert main(["plan"]) == 2
    assert main(["plan", "--help"]) == 0
    assert "corridor plan check" in capsys.readouterr().out


def test_an_infeasible_scenario_still_gets_a_plan(tmp_path, capsys) -> None:
    data = tiny()
    data["corridors"][0]["windows"] = [{"start": "2022-03-06T09:00:00+02:00", "end": "2022-03-06T10:00:00+02:00"}]
    out = tmp_path / "plan.json"
    assert main(["plan", write(tmp_path / "s.json", data), "--out", str(out), "--time-limit", "0.5"]) == 0
    plan = json.loads(out.read_text())
    assert plan["status"] == "infeasible"
    assert "the 1-hour window of corridor c1" in capsys.readouterr().out
