"""The lazily parsed hyphenation dictionary gives exactly pyphen's patterns and positions,
whether its table comes from the dictionary file or from the user cache folder."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest

from assetkit.text import hyphenation
from assetkit.text.hyphenation import _LazyHyphDict, hyphenation_points

GERMAN = Path(pyphen.LANGUAGES["de_DE"])
# 481 words from the campaign press texts (../shared/campaign-texts/), five letters or more.
CAMPAIGN_WORDS = (Path(__file__).parent / "campaign_words.txt").read_text("utf-8").split()


@pytest.fixture(autouse=True)
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASSETKIT_USER_DIR", str(tmp_path / "user"))
    return tmp_path / "user"


@pytest.fixture(scope="module")
def pyphen_german() -> pyphen.HyphDict:
    return pyphen.HyphDict(GERMAN)


def _cache_files(user_dir: Path) -> list[Path]:
    return sorted((user_dir / "cache" / "hyphenation").glob("hyph_de_DE-*.bin"))


def test_lazy_german_dictionary_matches_pyphen_pattern_for_pattern(
        pyphen_german: pyphen.HyphDict) -> None:
    lazy = _LazyHyphDict(GERMAN)
    assert all(lazy.patterns.get(key) == value for key, value in pyphen_german.patterns.items())
    for word in ("Unternehmerfrühstück", "Integrationsmaßnahmen", "Schifffahrt", "Bäckerei"):
        assert lazy.positions(word) == pyphen_german.positions(word)


def test_cached_table_hyphenates_campaign_words_exactly_like_pyphen(
        user_dir: Path, pyphen_german: pyphen.HyphDict, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(CAMPAIGN_WORDS) > 400
    from_file = _LazyHyphDict(GERMAN)
    assert len(_cache_files(user_dir)) == 1

    def no_file_reading(path: Path) -> None:
        raise AssertionError(f"{path} was read although its table is cached")

    monkeypatch.setattr(hyphenation, "_read_table", no_file_reading)
    from_cache = _LazyHyphDict(GERMAN)
    for word in CAMPAIGN_WORDS:
        expected = pyphen_german.positions(word)
        assert from_cache.positions(word) == expected, word
        assert from_file.positions(word) == expected, word
    assert any(pyphen_german.positions(word) for word in CAMPAIGN_WORDS)


@pytest.mark.parametrize("damage", ["garbage", "cut off", "flipped byte"])
def test_a_damaged_cache_file_is_rebuilt(user_dir: Path, pyphen_german: pyphen.HyphDict,
                                         damage: str) -> None:
    _LazyHyphDict(GERMAN)
    (cached,) = _cache_files(user_dir)
    good = cached.read_bytes()
    middle = len(good) // 2
    cached.write_bytes({"garbage": b"not a table",
                        "cut off": good[:middle],
                        "flipped byte": good[:middle] + bytes([good[middle] ^ 1])
                        + good[middle + 1:]}[damage])
    lazy = _LazyHyphDict(GERMAN)
    assert [lazy.positions(w) for w in CAMPAIGN_WORDS[:60]] == \
        [pyphen_german.positions(w) for w in CAMPAIGN_WORDS[:60]]
    assert cached.read_bytes() == good


def test_without_a_usable_cache_folder_the_file_is_read(
        tmp_path: Path, pyphen_german: pyphen.HyphDict, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("ASSETKIT_USER_DIR", str(blocker))
    lazy = _LazyHyphDict(GERMAN)
    assert lazy.positions("Unternehmerfrühstück") == pyphen_german.positions("Unternehmerfrühstück")


def test_a_changed_dictionary_file_is_not_served_from_the_old_table(tmp_path: Path) -> None:
    dic = tmp_path / "hyph_xx.dic"
    dic.write_text("UTF-8\na1b\n", "utf-8")
    assert _LazyHyphDict(dic).positions("xabbax") == [2] == pyphen.HyphDict(dic).positions("xabbax")
    dic.write_text("UTF-8\nb1a\nx1a\n", "utf-8")
    assert _LazyHyphDict(dic).positions("xabbax") == [1, 4] == pyphen.HyphDict(dic).positions("xabbax")


def test_hyphenation_points_of_a_compound() -> None:
    # Un-ter-neh-mer-früh-stück: at least 3 letters before and after a break (no „Un-“).
    assert hyphenation_points("Unternehmerfrühstück", "de_DE") == (5, 8, 11, 15)
    assert hyphenation_points("Text", "xx_XX") == ()


@pytest.mark.parametrize(("word", "hyphenated"), [
    ("Personalausweis", "Per-so-nal-aus-weis"),       # pyphen: Per-so-na-l-aus-weis
    ("Materialausgabe", "Mate-ri-al-aus-gabe"),
    ("Fallmanagerinnen", "Fall-ma-na-ge-rin-nen"),
])
def test_no_break_before_a_lone_consonant_where_a_compound_joins(word: str, hyphenated: str) -> None:
    points = hyphenation_points(word, "de_DE")
    assert "".join("-" + c if i in points else c for i, c in enumerate(word)) == hyphenated
