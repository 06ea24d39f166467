from enum import StrEnum


class FunctionParametersType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
