from enum import StrEnum


class DatasetFormat(StrEnum):
    CHAT = "CHAT"
    COMPLETION = "COMPLETION"
    FORMAT_UNSPECIFIED = "FORMAT_UNSPECIFIED"
    RL = "RL"

    def __str__(self) -> str:
        return str(self.value)
