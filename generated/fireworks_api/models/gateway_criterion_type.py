from enum import StrEnum


class GatewayCriterionType(StrEnum):
    CODE_SNIPPETS = "CODE_SNIPPETS"
    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
