from enum import StrEnum


class AccountSuspendState(StrEnum):
    BLOCKED_BY_ABUSE_RULE = "BLOCKED_BY_ABUSE_RULE"
    CREDIT_DEPLETED = "CREDIT_DEPLETED"
    FAILED_PAYMENTS = "FAILED_PAYMENTS"
    MONTHLY_SPEND_LIMIT_EXCEEDED = "MONTHLY_SPEND_LIMIT_EXCEEDED"
    UNSUSPENDED = "UNSUSPENDED"

    def __str__(self) -> str:
        return str(self.value)
