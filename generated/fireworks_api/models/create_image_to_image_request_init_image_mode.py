from enum import StrEnum


class CreateImageToImageRequestInitImageMode(StrEnum):
    IMAGE_STRENGTH = "IMAGE_STRENGTH"
    STEP_SCHEDULE = "STEP_SCHEDULE"

    def __str__(self) -> str:
        return str(self.value)
