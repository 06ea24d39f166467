from enum import StrEnum


class DeploymentHotLoadBucketType(StrEnum):
    BUCKET_TYPE_UNSPECIFIED = "BUCKET_TYPE_UNSPECIFIED"
    FW_HOSTED = "FW_HOSTED"
    MINIO = "MINIO"
    NEBIUS = "NEBIUS"
    S3 = "S3"

    def __str__(self) -> str:
        return str(self.value)
