"""Containers of the document that nothing may change in place.

The model's lists and dicts are :class:`FrozenList` and :class:`FrozenDict`: reading,
iterating and copying them costs what a plain ``list``/``dict`` costs, but ``append``,
``del``, ``x[i] = …`` and the like raise :class:`ModelMutationError`. With the models
frozen too (``document.Base``), a map changes only by its edits putting new values in
place (:func:`replace_field`, used by ``cjdesigner.model.edits`` alone); everything else
builds new values: ``[*doc.cards, card]``, ``card.model_copy(update=...)``.

Nothing held by a map changes, so a frozen container is its own deep copy.
"""

from __future__ import annotations

from typing import Any, NoReturn


class ModelMutationError(TypeError):
    """A change to a map made in place instead of through its edits."""


def _refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise ModelMutationError(
        "a map's lists and dicts cannot be changed in place: build a new value, "
        "and change a map through its edits (cjdesigner.model.edits)"
    )


class FrozenList(list[Any]):
    """A list that refuses changes; copies (``list(x)``, slices, ``x + y``) are plain lists."""

    __slots__ = ()
    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenList, (list(self),))

    def __copy__(self) -> FrozenList:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenList:
        return self


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
        return self


def deep_freeze(value: Any) -> Any:
    """``value`` with every plain list and dict in it (at any depth) frozen; models and
    other values as they are (models are frozen themselves)."""
    kind = type(value)
    if kind is list:
        return FrozenList([deep_freeze(item) for item in value])
    if kind is dict:
        return FrozenDict({key: deep_freeze(item) for key, item in value.items()})
    return value


def freeze_fields(fields: dict[str, Any]) -> None:
    """Freeze, in place, the plain lists and dicts among a just-built model's fields
    (``model_construct`` skips validation, so its lists would otherwise stay plain)."""
    for name, value in fields.items():
        if type(value) is list or type(value) is dict:
            fields[name] = deep_freeze(value)


def replace_field(model: Any, name: str, value: Any) -> None:
    """Put a new value in a map's field (the edits' one way to write a map); lists and
    dicts are frozen on the way in."""
    object.__setattr__(model, name, deep_freeze(value) if type(value) in (list, dict) else value)
