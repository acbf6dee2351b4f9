"""The desktop application (the only package that imports PySide6).

Entry point: :func:`assetkit.gui.app.run_app`. Modules: ``app`` (start-up), ``i18n``
(translators), ``document`` (the open project: history, file, autosave), ``renderer`` (preview
rendering in worker threads), ``preview``, ``gallery``, ``fields`` (widgets), ``main_window``,
``office_dialog``, ``export_dialog``.
"""

from assetkit.gui import frozen, qtfix

frozen.prepare()      # the bundle's Qt folders, before any module here imports Qt
qtfix.apply()
