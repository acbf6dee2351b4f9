import pytest

from assetkit.text.typography import german_typography


@pytest.mark.parametrize(
    ("typed", "typeset"),
    [
        ('Kampagne "Stark. Sozial. Vor Ort."', "Kampagne „Stark. Sozial. Vor Ort.“"),
        ("Er sagte 'komm' und ging", "Er sagte ‚komm‘ und ging"),
        ("Wie geht's?", "Wie geht’s?"),
        ("Jobcenter - stark", "Jobcenter – stark"),
        ("Telefon 01234 5678-0", "Telefon 01234 5678-0"),   # an extension, not a range
        ("Warte...", "Warte…"),
        ("Jobcenter-Team", "Jobcenter-Team"),          # a real hyphen stays
        ("„schon richtig“", "„schon richtig“"),
    ],
)
def test_typed_text_becomes_german_typography(typed: str, typeset: str) -> None:
    assert german_typography(typed) == typeset
