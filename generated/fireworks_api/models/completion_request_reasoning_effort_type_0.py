from enum import StrEnum


class CompletionRequestReasoningEffortType0(StrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
