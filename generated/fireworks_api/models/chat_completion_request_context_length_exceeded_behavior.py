from enum import StrEnum


class ChatCompletionRequestContextLengthExceededBehavior(StrEnum):
    ERROR = "error"
    TRUNCATE = "truncate"

    def __str__(self) -> str:
        return str(self.value)
