from enum import StrEnum


class ImageArtifactFinishReason(StrEnum):
    CONTENT_FILTERED = "CONTENT_FILTERED"
    ERROR = "ERROR"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
