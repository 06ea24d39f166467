from enum import StrEnum


class AnthropicContentBlockDeltaEventDeltaType(StrEnum):
    CITATIONS_DELTA = "citations_delta"
    INPUT_JSON_DELTA = "input_json_delta"
    SIGNATURE_DELTA = "signature_delta"
    TEXT_DELTA = "text_delta"
    THINKING_DELTA = "thinking_delta"

    def __str__(self) -> str:
        return str(self.value)
