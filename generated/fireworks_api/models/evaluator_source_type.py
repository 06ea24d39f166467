from enum import StrEnum


class EvaluatorSourceType(StrEnum):
    TYPE_GITHUB = "TYPE_GITHUB"
    TYPE_TEMPORARY = "TYPE_TEMPORARY"
    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"
    TYPE_UPLOAD = "TYPE_UPLOAD"

    def __str__(self) -> str:
        return str(self.value)
