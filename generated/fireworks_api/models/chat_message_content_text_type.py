from enum import StrEnum


class ChatMessageContentTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
