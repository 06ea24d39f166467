from enum import StrEnum


class BaseCreateCompletionRequestResponseFormatType0Type(StrEnum):
    JSON_OBJECT = "json_object"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
