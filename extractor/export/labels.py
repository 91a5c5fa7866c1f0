"""Plain-English words for the codes of the contract, for the pages people read.

The JSON and CSV keep the codes (`partly_meets`, `childrens_social_care`); the
workbook, the Summary and `scr-extract summary` show these words instead.
"""
from __future__ import annotations

VERDICT_LABELS = {
    "meets": "Meets", "partly_meets": "Partly meets",
    "does_not_meet": "Does not meet", "no_scrs": "No SCRs",
}
STATUS_LABELS = {
    "completed": "Completed", "in_progress": "In progress",
    "not_started": "Not started", "unknown": "Unknown",
}
SECTOR_LABELS = {
    "lscb": "LSCB (board, sub-groups)", "childrens_social_care": "Children's social care",
    "education": "Education", "police": "Police", "health": "Health",
    "probation_youth_justice": "Probation / youth justice", "adult_services": "Adult services",
    "housing": "Housing", "cafcass": "Cafcass", "voluntary_sector": "Voluntary sector",
    "national": "National bodies", "other": "Other",
}
STAGE_LABELS = {
    "initiated": "started", "ongoing": "under way", "completed": "finished, not yet published",
    "published": "published",
}
