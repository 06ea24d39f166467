from enum import StrEnum


class GatewayModelState(StrEnum):
    READY = "READY"
    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    UPLOADING = "UPLOADING"

    def __str__(self) -> str:
        return str(self.value)
