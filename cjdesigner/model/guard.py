"""Containers of the document that only the edits may change.

The model's lists and dicts are :class:`FrozenList` and :class:`FrozenDict`: reading,
iterating and copying them costs what a plain ``list``/``dict`` costs, but ``append``,
``del``, ``x[i] = …`` and the like raise :class:`ReadOnlyError`. With the models frozen
(``Base.model_config``), nothing outside ``cjdesigner.model.edits`` can change a map
behind the controller's back; the edits write through the functions below, which call
the base ``list`` methods directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn


class ReadOnlyError(TypeError):
    """A write to a map outside its edits."""


def _refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise ReadOnlyError("a map changes only through edits (cjdesigner.model.edits)")


class FrozenList(list[Any]):
    """A list that refuses changes; copies (``list(x)``, slices) are plain lists."""

    __slots__ = ()
    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenList, (list(self),))

    def __copy__(self) -> FrozenList:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenList:
        import copy

        return FrozenList(copy.deepcopy(item, memo) for item in self)


class FrozenDict(dict[Any, Any]):
    """A dict that refuses changes; ``dict(x)`` is a plain copy."""

    __slots__ = ()
    clear = pop = popitem = setdefault = update = _refuse
    __setitem__ = __delitem__ = __ior__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        import copy

        return FrozenDict(copy.deepcopy(dict(self), memo))


def frozen_list(value: Iterable[Any]) -> FrozenList:
    return value if type(value) is FrozenList else FrozenList(value)


def frozen_dict(value: dict[Any, Any]) -> FrozenDict:
    return value if type(value) is FrozenDict else FrozenDict(value)


# -- the edits' write access ------------------------------------------------------------
def list_insert(items: list[Any], index: int, item: Any) -> None:
    list.insert(items, index, item)


def list_delete(items: list[Any], index: int) -> None:
    list.__delitem__(items, index)


def list_set(items: list[Any], index: int, item: Any) -> None:
    list.__setitem__(items, index, item)


def list_replace(items: list[Any], new: list[Any]) -> None:
    list.__setitem__(items, slice(None), new)


def set_attribute(model: Any, name: str, value: Any) -> None:
    object.__setattr__(model, name, value)
