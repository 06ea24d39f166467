from enum import StrEnum


class GetKontextResultResponse200Status(StrEnum):
    CONTENT_MODERATED = "Content Moderated"
    ERROR = "Error"
    PENDING = "Pending"
    READY = "Ready"
    REQUEST_MODERATED = "Request Moderated"
    TASK_NOT_FOUND = "Task not found"

    def __str__(self) -> str:
        return str(self.value)
