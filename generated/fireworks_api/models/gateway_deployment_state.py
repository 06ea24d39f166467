from enum import StrEnum


class GatewayDeploymentState(StrEnum):
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    FAILED = "FAILED"
    READY = "READY"
    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    UPDATING = "UPDATING"

    def __str__(self) -> str:
        return str(self.value)
