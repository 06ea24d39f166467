from enum import StrEnum


class GatewayDeployedModelState(StrEnum):
    DEPLOYED = "DEPLOYED"
    DEPLOYING = "DEPLOYING"
    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    UNDEPLOYING = "UNDEPLOYING"
    UPDATING = "UPDATING"

    def __str__(self) -> str:
        return str(self.value)
