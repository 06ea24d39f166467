from enum import StrEnum


class GatewayDirectRouteType(StrEnum):
    AWS_PRIVATELINK = "AWS_PRIVATELINK"
    DIRECT_ROUTE_TYPE_UNSPECIFIED = "DIRECT_ROUTE_TYPE_UNSPECIFIED"
    GCP_PRIVATE_SERVICE_CONNECT = "GCP_PRIVATE_SERVICE_CONNECT"
    INTERNET = "INTERNET"

    def __str__(self) -> str:
        return str(self.value)
