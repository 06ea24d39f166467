from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import fast as _fast
from ..types import UNSET, Unset, to_jsonable


@_attrs_define(init=False)
class GatewayJobProgress:
    """Progress of a job, e.g. RLOR, EVJ, BIJ etc.

    Attributes:
        percent (int | None): Progress percent, within the range from 0 to 100.
        epoch (int | None): The epoch for which the progress percent is reported, usually starting from 0.
            This is optional for jobs that don't run in an epoch fasion, e.g. BIJ, EVJ.
        total_input_requests (int | None): Total number of input requests/rows in the job.
        total_processed_requests (int | None): Total number of requests that have been processed (successfully or
            failed).
        successfully_processed_requests (int | None): Number of requests that were processed successfully.
        failed_requests (int | None): Number of requests that failed to process.
        output_rows (int | None): Number of output rows generated.
        input_tokens (int | None): Total number of input tokens processed.
        output_tokens (int | None): Total number of output tokens generated.
        cached_input_token_count (int | None): The number of input tokens that hit the prompt cache.
    """

    percent: int | None = None
    epoch: int | None = None
    total_input_requests: int | None = None
    total_processed_requests: int | None = None
    successfully_processed_requests: int | None = None
    failed_requests: int | None = None
    output_rows: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    cached_input_token_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields received (or given) as an explicit null, bit 1 << i for the i-th
    # property (required ones first): to_dict() sends them back as null, and leaves out the
    # other optional fields that are None. Not part of eq or repr.
    _nulls: int = _attrs_field(default=0, init=False, eq=False, repr=False)

    def __init__(
        self,
        percent: int | None | Unset = UNSET,
        epoch: int | None | Unset = UNSET,
        total_input_requests: int | None | Unset = UNSET,
        total_processed_requests: int | None | Unset = UNSET,
        successfully_processed_requests: int | None | Unset = UNSET,
        failed_requests: int | None | Unset = UNSET,
        output_rows: int | None | Unset = UNSET,
        input_tokens: int | None | Unset = UNSET,
        output_tokens: int | None | Unset = UNSET,
        cached_input_token_count: int | None | Unset = UNSET,
    ) -> None:
        """An optional argument left out is None and is not sent; one given as None is sent
        as null when the field may be null."""
        nulls = 0
        if isinstance(percent, Unset):
            self.percent = None
        else:
            self.percent = percent
        if isinstance(epoch, Unset):
            self.epoch = None
        else:
            self.epoch = epoch
        if isinstance(total_input_requests, Unset):
            self.total_input_requests = None
        else:
            self.total_input_requests = total_input_requests
        if isinstance(total_processed_requests, Unset):
            self.total_processed_requests = None
        else:
            self.total_processed_requests = total_processed_requests
        if isinstance(successfully_processed_requests, Unset):
            self.successfully_processed_requests = None
        else:
            self.successfully_processed_requests = successfully_processed_requests
        if isinstance(failed_requests, Unset):
            self.failed_requests = None
        else:
            self.failed_requests = failed_requests
        if isinstance(output_rows, Unset):
            self.output_rows = None
        else:
            self.output_rows = output_rows
        if isinstance(input_tokens, Unset):
            self.input_tokens = None
        else:
            self.input_tokens = input_tokens
        if isinstance(output_tokens, Unset):
            self.output_tokens = None
        else:
            self.output_tokens = output_tokens
        if isinstance(cached_input_token_count, Unset):
            self.cached_input_token_count = None
        else:
            self.cached_input_token_count = cached_input_token_count
        self.additional_properties = {}
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON values, as the service sent them (or as given): an optional field
        that is None is left out unless it came as an explicit null."""
        field_dict: dict[str, Any] = {
            key: to_jsonable(value) for key, value in self.additional_properties.items()
        }
        if self.percent is not None:
            field_dict["percent"] = self.percent
        if self.epoch is not None:
            field_dict["epoch"] = self.epoch
        if self.total_input_requests is not None:
            field_dict["totalInputRequests"] = self.total_input_requests
        if self.total_processed_requests is not None:
            field_dict["totalProcessedRequests"] = self.total_processed_requests
        if self.successfully_processed_requests is not None:
            field_dict["successfullyProcessedRequests"] = (
                self.successfully_processed_requests
            )
        if self.failed_requests is not None:
            field_dict["failedRequests"] = self.failed_requests
        if self.output_rows is not None:
            field_dict["outputRows"] = self.output_rows
        if self.input_tokens is not None:
            field_dict["inputTokens"] = self.input_tokens
        if self.output_tokens is not None:
            field_dict["outputTokens"] = self.output_tokens
        if self.cached_input_token_count is not None:
            field_dict["cachedInputTokenCount"] = self.cached_input_token_count
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model built from decoded JSON (fireworks_api/fast.py). A value that does not fit
        the schema raises ``fireworks_api.fast.SchemaMismatch`` (a ValueError) naming the field
        and the rule."""
        return _fast.build(cls, src_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
