"""assetkit: offline brand-asset kit for the campaign „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“

The core packages (everything except ``assetkit.gui``) never import Qt. The pipeline is
brand kit + template + content → compose (SVG) → render (PNG/PDF) → finish → write.
"""

__version__ = "0.1.0"
