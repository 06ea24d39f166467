from enum import StrEnum


class AnthropicStopReason(StrEnum):
    END_TURN = "end_turn"
    MAX_TOKENS = "max_tokens"
    PAUSE_TURN = "pause_turn"
    REFUSAL = "refusal"
    STOP_SEQUENCE = "stop_sequence"
    TOOL_USE = "tool_use"

    def __str__(self) -> str:
        return str(self.value)
