from enum import StrEnum


class ChatCompletionRequestReasoningHistoryType0(StrEnum):
    DISABLED = "disabled"
    INTERLEAVED = "interleaved"
    PRESERVED = "preserved"

    def __str__(self) -> str:
        return str(self.value)
