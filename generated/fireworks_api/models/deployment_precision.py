from enum import StrEnum


class DeploymentPrecision(StrEnum):
    BF16 = "BF16"
    FP16 = "FP16"
    FP4 = "FP4"
    FP4_BLOCKSCALED_MM = "FP4_BLOCKSCALED_MM"
    FP4_MX_MOE = "FP4_MX_MOE"
    FP8 = "FP8"
    FP8_AR = "FP8_AR"
    FP8_KV = "FP8_KV"
    FP8_MM = "FP8_MM"
    FP8_MM_KV_ATTN = "FP8_MM_KV_ATTN"
    FP8_MM_KV_ATTN_V2 = "FP8_MM_KV_ATTN_V2"
    FP8_MM_V2 = "FP8_MM_V2"
    FP8_V2 = "FP8_V2"
    NF4 = "NF4"
    PRECISION_UNSPECIFIED = "PRECISION_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
