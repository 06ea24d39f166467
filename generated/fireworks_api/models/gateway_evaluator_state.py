from enum import StrEnum


class GatewayEvaluatorState(StrEnum):
    ACTIVE = "ACTIVE"
    BUILDING = "BUILDING"
    BUILD_FAILED = "BUILD_FAILED"
    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
