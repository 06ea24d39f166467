from enum import StrEnum


class CreateControlNetRequestControlNetName(StrEnum):
    CANNY = "canny"

    def __str__(self) -> str:
        return str(self.value)
