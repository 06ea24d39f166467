from enum import StrEnum


class ChatCompletionResponseStreamChoiceFinishReasonType0(StrEnum):
    FUNCTION_CALL = "function_call"
    LENGTH = "length"
    STOP = "stop"
    TOOL_CALLS = "tool_calls"

    def __str__(self) -> str:
        return str(self.value)
