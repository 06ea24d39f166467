from enum import StrEnum


class BaseCreateCompletionRequestContextLengthExceededBehavior(StrEnum):
    ERROR = "error"
    TRUNCATE = "truncate"

    def __str__(self) -> str:
        return str(self.value)
