from enum import StrEnum


class ModelSnapshotType(StrEnum):
    FULL_SNAPSHOT = "FULL_SNAPSHOT"
    INCREMENTAL_SNAPSHOT = "INCREMENTAL_SNAPSHOT"

    def __str__(self) -> str:
        return str(self.value)
