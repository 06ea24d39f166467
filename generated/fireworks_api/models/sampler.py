from enum import StrEnum


class Sampler(StrEnum):
    K_DPMPP_2M = "K_DPMPP_2M"

    def __str__(self) -> str:
        return str(self.value)
