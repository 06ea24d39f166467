from enum import StrEnum


class CreateRerankResponseObject(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
