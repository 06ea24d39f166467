from enum import StrEnum


class ChatCompletionRequestServiceTier(StrEnum):
    AUTO = "auto"
    DEFAULT = "default"
    FLEX = "flex"
    PRIORITY = "priority"

    def __str__(self) -> str:
        return str(self.value)
