from enum import StrEnum


class BaseModelDetailsCheckpointFormat(StrEnum):
    CHECKPOINT_FORMAT_UNSPECIFIED = "CHECKPOINT_FORMAT_UNSPECIFIED"
    HUGGINGFACE = "HUGGINGFACE"
    NATIVE = "NATIVE"
    UNINITIALIZED = "UNINITIALIZED"

    def __str__(self) -> str:
        return str(self.value)
