from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_name_spec import FunctionNameSpec


T = TypeVar("T", bound="FunctionSelection")


@_attrs_define
class FunctionSelection:
    """
    Attributes:
        type_ (Literal['function']):
        function (FunctionNameSpec | None | Unset):
    """

    type_: Literal["function"]
    function: FunctionNameSpec | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_name_spec import FunctionNameSpec

        type_ = self.type_

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, FunctionNameSpec):
            function = self.function.to_dict()
        else:
            function = self.function

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.function_name_spec import FunctionNameSpec

        d = dict(src_dict)
        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        def _parse_function(data: object) -> FunctionNameSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_type_0 = FunctionNameSpec.from_dict(data)

                return function_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionNameSpec | None | Unset, data)

        function = _parse_function(d.pop("function", UNSET))

        function_selection = cls(
            type_=type_,
            function=function,
        )

        return function_selection
