from enum import StrEnum


class CreateFluxImageBodyAspectRatio(StrEnum):
    VALUE_0 = "1:1"
    VALUE_1 = "21:9"
    VALUE_10 = "3:4"
    VALUE_2 = "16:9"
    VALUE_3 = "3:2"
    VALUE_4 = "5:4"
    VALUE_5 = "4:5"
    VALUE_6 = "2:3"
    VALUE_7 = "9:16"
    VALUE_8 = "9:21"
    VALUE_9 = "4:3"

    def __str__(self) -> str:
        return str(self.value)
