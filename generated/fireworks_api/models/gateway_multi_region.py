from enum import StrEnum


class GatewayMultiRegion(StrEnum):
    APAC = "APAC"
    EUROPE = "EUROPE"
    GLOBAL = "GLOBAL"
    MULTI_REGION_UNSPECIFIED = "MULTI_REGION_UNSPECIFIED"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
