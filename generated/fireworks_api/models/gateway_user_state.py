from enum import StrEnum


class GatewayUserState(StrEnum):
    CREATING = "CREATING"
    DELETING = "DELETING"
    READY = "READY"
    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    UPDATING = "UPDATING"

    def __str__(self) -> str:
        return str(self.value)
