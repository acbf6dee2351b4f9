"""The local job centre's details (office profile) that office fields of templates show."""

from assetkit.office.profile import (
    MAX_VALUE_CHARS,
    OFFICE_KEYS,
    OfficeProfile,
    load_office,
    sample_office,
    save_office,
)

__all__ = ["MAX_VALUE_CHARS", "OFFICE_KEYS", "OfficeProfile", "load_office", "save_office", "sample_office"]
