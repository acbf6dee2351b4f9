"""The lazily parsed hyphenation dictionary gives exactly pyphen's patterns and positions."""

from __future__ import annotations

from pathlib import Path

import pyphen

from assetkit.text.hyphenation import _LazyHyphDict, hyphenation_points


def test_lazy_german_dictionary_matches_pyphen_pattern_for_pattern() -> None:
    path = Path(pyphen.LANGUAGES["de_DE"])
    eager, lazy = pyphen.HyphDict(path), _LazyHyphDict(path)
    assert all(lazy.patterns.get(key) == value for key, value in eager.patterns.items())
    for word in ("Unternehmerfrühstück", "Integrationsmaßnahmen", "Schifffahrt", "Bäckerei"):
        assert lazy.positions(word) == eager.positions(word)


def test_hyphenation_points_of_a_compound() -> None:
    # Un-ter-neh-mer-früh-stück: the first break needs 2 letters before, the last 3 after.
    assert hyphenation_points("Unternehmerfrühstück", "de_DE") == (2, 5, 8, 11, 15)
    assert hyphenation_points("Text", "xx_XX") == ()
