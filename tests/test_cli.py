"""The ``hn4ir`` command line: version, help, and refusing a target year without targets."""

from __future__ import annotations

import pytest

from hn4ir_analysis import __version__, cli, config


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"hn4ir {__version__}"


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for command in ("data", "manifest", "assess", "backtest", "report"):
        assert command in out


def test_target_year_without_targets_is_exit_2(capsys):
    # 2031 passes the range check (2012-2045) but the catalogue has no target for it
    assert cli.main(["assess", "--target-year", "2031"]) == 2
    err = capsys.readouterr().err
    assert "target_year 2031 has no targets" in err
    assert "2025" in err and "2030" in err and "2045" in err


def test_missing_data_names_the_setting(tmp_path, monkeypatch, capsys):
    # an installed copy run outside the checkout: the error says how to point at the data
    monkeypatch.setattr(config, "RAW_DIR", tmp_path / "data" / "raw")
    assert cli.main(["manifest", "--raw-dir", str(tmp_path / "data" / "raw")]) == 1
    err = capsys.readouterr().err
    assert "manifest.csv" in err and config.HOME_ENV in err
