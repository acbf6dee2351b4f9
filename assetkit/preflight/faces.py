"""Faces in placed photos: not cut by the crop, not hidden under the template's texts and panels.

In:  a composition; each placed photo carries the faces found in it, its crop and what the
     template draws over its box (:mod:`assetkit.compose.covers`).
Out: ``image.face_cut`` when the crop cuts one of the photo's main faces, ``image.face_covered``
     when a text, the logo or a panel hides one — warnings: the user may mean it (a detail crop),
     and the detector can be wrong. Background faces much smaller than the largest are not judged.
"""

from __future__ import annotations

from collections.abc import Iterator

from assetkit.compose import Composition
from assetkit.images.subject import covered_faces, cut_faces
from assetkit.preflight.findings import Finding


def face_findings(c: Composition) -> Iterator[Finding]:
    for placed in c.images.values():
        size = placed.placement.photo_size
        if not placed.faces or placed.placement.fit != "cover" or not all(size):
            continue
        field = c.template.image_field(placed.field)
        label_de = field.label.de if field else placed.field
        label_en = field.label.en if field else placed.field
        box = (placed.box.x, placed.box.y, placed.box.width, placed.box.height)
        crop = placed.placement.crop
        cut = cut_faces(placed.faces, size, crop)
        if cut:
            faces_de = "ein Gesicht" if cut == 1 else f"{cut} Gesichter"
            how_de = ("Kein Ausschnitt dieses Fotos zeigt im Rahmen alle Gesichter ganz; ein "
                      "Foto mit mehr Raum um die Personen wählen." if placed.focal_chosen else
                      "Den Bildausschnitt verschieben (ins Foto klicken oder ziehen) oder den "
                      "Zoom verringern.")
            yield Finding("image.face_cut", "warning",
                          f"Im Foto „{label_de}“ ist {faces_de} angeschnitten. {how_de}",
                          f"A face is cut off in the photo “{label_en}”; move the crop or "
                          "choose a photo with more room around the people.",
                          1, box, placed.field, c.page.unit)
        names = covered_faces(placed.faces, size, crop, (placed.box.width, placed.box.height),
                              placed.covers)
        if names:
            named = [n for n in names if n]
            under_de = " und ".join(named) if named else "einer Fläche der Vorlage"
            if named and "" in names:
                under_de += " und einer Fläche der Vorlage"
            yield Finding("image.face_covered", "warning",
                          f"Im Foto „{label_de}“ liegt ein Gesicht unter {under_de}. Den "
                          "Bildausschnitt verschieben (ins Foto klicken oder ziehen) oder ein "
                          "anderes Foto wählen.",
                          f"A face in the photo “{label_en}” lies under text or the logo; move "
                          "the crop or choose another photo.",
                          1, box, placed.field, c.page.unit)

