from enum import StrEnum


class AccountAccountType(StrEnum):
    ACCOUNT_TYPE_UNSPECIFIED = "ACCOUNT_TYPE_UNSPECIFIED"
    ENTERPRISE = "ENTERPRISE"

    def __str__(self) -> str:
        return str(self.value)
