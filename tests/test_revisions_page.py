"""Issue 17 §2: the report site's "What changed since the last release" page, both languages."""

from __future__ import annotations

import pandas as pd
import pytest
from gso_files import TABLE, project_copy, revised, write

from hn4ir_analysis.data import manifest, processed, revisions
from hn4ir_analysis.report import revisions_page
from hn4ir_analysis.views import i18n


@pytest.fixture(scope="module")
def revised_release(tmp_path_factory):
    """A processed folder after an accepted revision of Hanoi's 2023 growth (+1 point)."""
    tmp = tmp_path_factory.mktemp("rel")
    raw, out = project_copy(tmp)
    write(revised(delta=1.0), raw / "gso" / TABLE)
    manifest.update(raw)
    processed.run(
        raw, out, accept_reason="GSO revised 2023 <b>yearbook</b>", accepted_on="2027-01-20"
    )
    return out


def _common(lang):
    return dict(
        lang=lang, other="vi" if lang == "en" else "en", failed=[],
        site={"run_id": "r1", "years": [2025, 2030], "as_of": 2025, "lang": lang, "pages": {}},
        manifest={"data_vintage": {"published_max": "2026-08-18", "retrieved_max": "2026-11-29"}},
        labels={"as_of": "As of", "data_vintage": "Data vintage", "target_year": "Target year", "target": "Target"},
        t=lambda key, **kw: i18n.t(key, lang, **kw),
    )  # fmt: skip


@pytest.mark.parametrize(("lang", "old", "new"), [("en", "6.21", "7.21"), ("vi", "6,21", "7,21")])
def test_page_lists_the_revision_and_its_reason(
    lang, old, new, revised_release, tmp_path, monkeypatch
):
    monkeypatch.setattr(revisions_page.config, "PROCESSED_DIR", revised_release)
    revisions_page.write(tmp_path, _common(lang))
    page = (tmp_path / "revisions.html").read_text(encoding="utf-8")
    assert f"<h1>{i18n.t('rev.title', lang)}</h1>" in page
    assert i18n.t("rev.section.changed", lang) in page
    assert f'<td class="num">{old}</td><td class="num">{new}</td><td class="num">+1' in page
    assert i18n.t("rev.beyond", lang) in page
    assert "GSO revised 2023 &lt;b&gt;yearbook&lt;/b&gt;" in page  # escaped, not markup
    assert "2027-01-20" in page and {"en": "Hanoi", "vi": "Hà Nội"}[lang] in page
    assert (tmp_path / revisions.REVISIONS).read_bytes() == (
        revised_release / revisions.REVISIONS
    ).read_bytes()
    assert f'href="../latest-{_common(lang)["other"]}/revisions.html"' in page


def test_page_for_a_release_without_changes_says_so(tmp_path, monkeypatch):
    folder = tmp_path / "processed"
    folder.mkdir()
    pd.DataFrame(columns=revisions.COLUMNS).to_csv(folder / revisions.REVISIONS, index=False)
    monkeypatch.setattr(revisions_page.config, "PROCESSED_DIR", folder)
    for lang in ("en", "vi"):
        revisions_page.write(tmp_path, _common(lang))
        page = (tmp_path / "revisions.html").read_text(encoding="utf-8")
        assert i18n.t("rev.none", lang) in page and i18n.t("rev.accepted_none", lang) in page


def test_index_links_the_page():
    from hn4ir_analysis import config

    assert 'href="revisions.html"' in (config.TEMPLATES_DIR / "index.html.j2").read_text(
        encoding="utf-8"
    )
