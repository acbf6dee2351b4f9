"""Projects: what a user filled into a template, its undo history, project files and autosave.

Qt-free. The GUI changes a project only through the commands defined in :mod:`.commands`,
executed by a :class:`~assetkit.project.history.History`, so undo/redo, tests and any other
surface share them.
"""

from assetkit.project.commands import (
    Command,
    RemovePhoto,
    SetAltText,
    SetCrop,
    SetPhoto,
    SetText,
    SwitchTemplate,
)
from assetkit.project.fileformat import (
    FORMAT_VERSION,
    PROJECT_SUFFIX,
    OpenedProject,
    ProjectFileError,
    open_project,
    project_bytes,
    save_project,
)
from assetkit.project.history import History
from assetkit.project.model import Photo, ProjectState

__all__ = ["FORMAT_VERSION", "PROJECT_SUFFIX", "Command", "History", "OpenedProject", "Photo",
           "ProjectFileError", "ProjectState", "RemovePhoto", "SetAltText", "SetCrop", "SetPhoto", "SetText",
           "SwitchTemplate", "open_project", "project_bytes", "save_project"]
