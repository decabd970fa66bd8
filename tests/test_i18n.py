"""The translation table: complete in both languages, proper Vietnamese, strict look-ups."""

from __future__ import annotations

import math
import string
import unicodedata

import numpy as np
import pandas as pd
import pytest

from hn4ir_analysis.views import i18n
from hn4ir_analysis.views.i18n import (
    LANGS,
    column,
    format_number,
    indicator_label,
    method_name,
    t,
    unit_label,
    verdict,
)

VERDICT_CODES = (
    "achieved missed on_track moderate_progress limited_progress moving_away fair_progress "
    "stagnation regression maintain accelerate reverse sun sun_cloud cloud thunderstorm "
    "insufficient_data not_quantifiable very_likely likely about_as_likely unlikely very_unlikely "
    "undetermined"  # issue 11: an ex post estimate whose range spans the target
    " exceeded"  # issue 16: above the range of an indicator that is better higher
).split()
METHOD_CODES = ["ex_post", "eurostat", "unsd", "escap", "destatis", "model", "evidence"]
COLUMN_NAMES = (
    "target_id target_year indicator method as_of base_year base_value latest_year latest_value "
    "projected_value projected_lower projected_upper score category p_met required_growth n_obs "
    "model source_ids notes series"
    " period_start period_end base_level latest_level level_unit revision"  # issue 16
).split()
INDICATOR_CODES = (
    "grdp_growth grdp_growth_avg grdp_real_index grdp_current_prices grdp_per_capita_vnd "
    "grdp_per_capita_usd population_avg labour_force employed labour_productivity_vnd "
    "labour_productivity_growth_avg grdp_per_labour_force digital_econ_share "
    "digital_econ_share_gso digital_econ_share_mic"
).split()
PHRASES = [
    "source", "target", "observed", "projection", "prediction_interval", "target_year", "as_of",
    "data_vintage", "hanoi", "vietnam", "year", "notes",
]  # fmt: skip

#: letters only Vietnamese uses (beyond ASCII): any one of them shows diacritics are there
VIETNAMESE = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _has_vietnamese(text: str) -> bool:
    return bool(set(text.lower()) & VIETNAMESE)


def test_langs():
    assert LANGS == ("en", "vi")


@pytest.mark.parametrize(
    ("helper", "codes"),
    [(verdict, VERDICT_CODES), (method_name, METHOD_CODES), (column, COLUMN_NAMES)],
)
def test_every_key_in_both_languages(helper, codes):
    for code in codes:
        en, vi = helper(code, "en"), helper(code, "vi")
        assert en and vi, code
        assert en != code, f"{code}: English text is just the code"
        assert unicodedata.is_normalized("NFC", vi), code
        assert _has_vietnamese(vi), f"{code}: {vi!r} has no Vietnamese letters"


def test_code_lists_match_the_engine():
    assert set(i18n.VERDICTS) == set(VERDICT_CODES)
    assert set(i18n.METHODS) == set(METHOD_CODES)
    assert set(i18n.COLUMNS) == set(COLUMN_NAMES)


def test_whole_table_is_nfc_and_fields_agree():
    fields = string.Formatter()
    for key in i18n.KEYS:
        en, vi = t(key, "en"), t(key, "vi")
        assert unicodedata.is_normalized("NFC", en) and unicodedata.is_normalized("NFC", vi), key
        names = [{f for _, f, _, _ in fields.parse(text) if f} for text in (en, vi)]
        assert names[0] == names[1], f"{key}: format fields differ between languages"


def test_catalogue_files_are_nfc():
    for lang in i18n.LANGS:
        text = i18n.catalogue_path(lang).read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), lang


def test_known_translations():
    assert verdict("achieved", "vi") == "Đã đạt"
    assert verdict("achieved") == "Achieved"
    assert method_name("ex_post") == "Ex post (published outcome)"
    assert method_name("ex_post", "vi") == "Hậu kiểm (số liệu đã công bố)"
    assert method_name("eurostat") == "Eurostat growth ratio"
    assert method_name("unsd") == "UNSD progress chart"
    assert method_name("escap") == "UN ESCAP anticipated progress"
    assert method_name("destatis") == "Destatis weather symbol"
    assert method_name("model") == "Model probability"
    assert t("hanoi", "vi") == "Hà Nội" and t("vietnam", "vi") == "Việt Nam"
    assert t("source", "vi") == "Nguồn"
    assert t("prediction_interval", "en", p=80) == "80% prediction interval"
    assert t("prediction_interval", "vi", p=95) == "Khoảng dự báo 95%"


@pytest.mark.parametrize("key", PHRASES)
def test_phrases(key):
    assert t(key, "en") and t(key, "vi")


@pytest.mark.parametrize(
    ("code", "en", "vi"),
    [
        ("pct", "%", "%"),
        ("pct_of_grdp", "% of GRDP", "% GRDP"),
        ("bn_vnd", "billion VND", "tỷ đồng"),
        ("mn_vnd", "million VND", "triệu đồng"),
        ("usd", "USD", "USD"),
        ("thousand_persons", "thousand persons", "nghìn người"),
        ("index", "index", "chỉ số"),
    ],
)
def test_units(code, en, vi):
    assert unit_label(code, "en") == en
    assert unit_label(code, "vi") == vi


@pytest.mark.parametrize("code", INDICATOR_CODES)
def test_indicator_labels_carry_their_unit(code):
    unit = i18n.indicator_unit(code)
    for lang in LANGS:
        label = indicator_label(code, lang)
        assert label != code
        assert label.endswith(f"({unit_label(unit, lang)})"), label
        assert indicator_label(code, lang, with_unit=False) in label
    assert _has_vietnamese(indicator_label(code, "vi"))


def test_indicator_label_examples():
    assert indicator_label("grdp_growth") == "Real GRDP growth (%)"
    assert indicator_label("grdp_current_prices", "vi") == "GRDP theo giá hiện hành (tỷ đồng)"
    assert indicator_label("digital_econ_share", "vi") == "Tỷ trọng kinh tế số (% GRDP)"


def test_unknown_indicator_falls_back_to_code():
    assert indicator_label("mobile_broadband_speed", "vi") == "mobile_broadband_speed"
    assert i18n.indicator_unit("mobile_broadband_speed") is None


def test_unknown_key_is_a_clear_value_error():
    with pytest.raises(ValueError, match="no_such_key"):
        t("no_such_key")
    with pytest.raises(ValueError, match="verdict.bogus"):
        verdict("bogus", "vi")
    with pytest.raises(ValueError, match="column.nope"):
        column("nope")


@pytest.mark.parametrize("call", [lambda: t("source", "fr"), lambda: verdict("achieved", "EN"),
                                  lambda: format_number(1.0, "de"),
                                  lambda: indicator_label("x", "fr")])  # fmt: skip
def test_unknown_language_lists_the_choices(call):
    with pytest.raises(ValueError) as err:
        call()
    assert "en" in str(err.value) and "vi" in str(err.value)


@pytest.mark.parametrize(
    ("x", "lang", "decimals", "expected"),
    [
        (1234.5, "vi", 1, "1.234,5"),
        (1234.5, "en", 1, "1,234.5"),
        (1234567.891, "en", 2, "1,234,567.89"),
        (1234567.891, "vi", 2, "1.234.567,89"),
        (0.5, "vi", 1, "0,5"),
        (7, "vi", 0, "7"),
        (2021, "en", 0, "2,021"),
        (-1234.56, "vi", 1, "-1.234,6"),
        (-0.04, "en", 1, "0.0"),
        (np.float64(6.27), "vi", 2, "6,27"),
        (np.int64(1500), "vi", 0, "1.500"),
        (float("nan"), "en", 1, "–"),
        (float("nan"), "vi", 1, "–"),
        (None, "vi", 1, "–"),
        (pd.NA, "en", 1, "–"),
        (np.nan, "en", 0, "–"),
        (math.inf, "en", 1, "∞"),
    ],
)
def test_format_number(x, lang, decimals, expected):
    assert format_number(x, lang, decimals) == expected


def test_format_number_default_decimals():
    assert format_number(12.345, "vi") == "12,3"
    assert format_number(12.345) == "12.3"


def test_has_and_headers():
    assert i18n.has("nb06.h_col") and not i18n.has("nb06.no_such_key")
    named = i18n.headers(["estimate", "not_a_column"], "nb03.col", "vi")
    assert named == {"estimate": i18n.t("nb03.col.estimate", "vi")}  # others keep their names
