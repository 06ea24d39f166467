from enum import StrEnum


class CreateEmbeddingResponseObject(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
