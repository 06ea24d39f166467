from enum import StrEnum


class ReinforcementLearningLossConfigMethod(StrEnum):
    DAPO = "DAPO"
    DPO = "DPO"
    GRPO = "GRPO"
    GSPO_TOKEN = "GSPO_TOKEN"
    METHOD_UNSPECIFIED = "METHOD_UNSPECIFIED"
    ORPO = "ORPO"

    def __str__(self) -> str:
        return str(self.value)
