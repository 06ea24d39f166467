from enum import StrEnum


class CompletionResponseStreamChoiceFinishReasonType0(StrEnum):
    ERROR = "error"
    LENGTH = "length"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
