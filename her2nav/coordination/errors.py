"""Why a coordination change cannot be made, in words. Both are ``Conflict``s of the records layer, so
the web layer answers 409 with the message as it is (``web/errors.py``); invalid fields are
``CaseError``s (422 with the field)."""

from __future__ import annotations

from her2nav.records.cases.errors import Conflict


class MissingRequirements(Conflict):
    """A stage change whose requirements are not met; ``missing`` names each, in words."""

    def __init__(self, stage: str, missing: list[str]) -> None:
        super().__init__(f"the case cannot move to {stage}: missing {'; '.join(missing)}")
        self.stage = stage
        self.missing = missing


class ConsentMissing(Conflict):
    """Data would leave without the consent it needs; the message names that consent."""

    def __init__(self, needed: str) -> None:
        super().__init__(f"refused: no consent in force for {needed}; record it under the case's consents")
        self.needed = needed
