from enum import StrEnum


class CompletionRequestServiceTier(StrEnum):
    AUTO = "auto"
    DEFAULT = "default"
    FLEX = "flex"
    PRIORITY = "priority"

    def __str__(self) -> str:
        return str(self.value)
