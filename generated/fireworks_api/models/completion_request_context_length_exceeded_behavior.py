from enum import StrEnum


class CompletionRequestContextLengthExceededBehavior(StrEnum):
    ERROR = "error"
    TRUNCATE = "truncate"

    def __str__(self) -> str:
        return str(self.value)
