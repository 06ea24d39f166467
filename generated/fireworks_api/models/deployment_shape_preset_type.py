from enum import StrEnum


class DeploymentShapePresetType(StrEnum):
    AGENTIC_CODING = "AGENTIC_CODING"
    CHAT = "CHAT"
    FAST = "FAST"
    FULL_PRECISION = "FULL_PRECISION"
    MINIMAL = "MINIMAL"
    PRESET_TYPE_UNSPECIFIED = "PRESET_TYPE_UNSPECIFIED"
    SUMMARIZATION = "SUMMARIZATION"
    THROUGHPUT = "THROUGHPUT"

    def __str__(self) -> str:
        return str(self.value)
