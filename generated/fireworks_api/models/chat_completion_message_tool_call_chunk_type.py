from enum import StrEnum


class ChatCompletionMessageToolCallChunkType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
