from enum import StrEnum


class ChoiceFinishReasonType0(StrEnum):
    ERROR = "error"
    LENGTH = "length"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
