from enum import StrEnum


class CreateChatCompletionStreamResponseChoicesItemFinishReasonType0(StrEnum):
    LENGTH = "length"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
