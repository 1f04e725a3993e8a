"""Operations as classes: their fields are the inputs, their generic argument the response."""

import types
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict

from connector_dsl.authoring.dynamic import DynamicSchema
from connector_dsl.authoring.route import Route

R = TypeVar("R")


class Operation(BaseModel, Generic[R]):
    """Base of every operation; use `Action`, `WebhookTrigger` or `PollingTrigger`."""

    model_config = ConfigDict(defer_build=True)

    route: ClassVar[Route]
    kind: ClassVar[Literal["action", "webhook", "polling"]] = "action"

    if not TYPE_CHECKING:

        def __class_getitem__(cls, argument: Any) -> Any:
            """`Action[Model]` is a plain generic alias, as for any `Generic` class.

            pydantic would make a model class for each parametrization, to replace the
            type variable in fields; no field of an operation uses it, so a class that
            subclasses the alias gets the operation as base and the alias in
            `__orig_bases__`, where `response_type` finds the argument.
            """
            return types.GenericAlias(cls, argument)

    def __init__(self, /, **arguments: Any) -> None:
        """A call of the operation, for a dropdown or a dynamic schema: `ListProjects(hub_id=...)`.

        The type checker checks the inputs against the fields; nothing is validated
        or sent here: the build checks each input and writes it into the connector.
        """
        object.__setattr__(self, "__dict__", arguments)
        object.__setattr__(self, "__pydantic_fields_set__", set(arguments))
        object.__setattr__(self, "__pydantic_extra__", None)
        object.__setattr__(self, "__pydantic_private__", None)

    @classmethod
    def operation_id(cls) -> str:
        """The operation id: `route.operation_id`, or the class name."""
        route: Route | None = cls.__dict__.get("route") or getattr(cls, "route", None)
        if route is not None and route.operation_id:
            return route.operation_id
        return cls.__name__

    @classmethod
    def response_type(cls) -> Any:
        """The response type given as the generic argument, or None.

        The class's own argument wins over an inherited one: in
        `class WhenUpdated(WhenCreated, WebhookTrigger[Updated])` it is `Updated`.
        """
        own = _type_argument(cls)
        if own is not _NONE:
            return own
        for base in cls.__bases__:
            if isinstance(base, type) and issubclass(base, Operation):
                inherited = base.response_type()
                if inherited is not None:
                    return inherited
        return None


_NONE: Any = object()


def _type_argument(cls: type) -> Any:
    """The argument `cls` gives its operation base: `Model` in `class C(Action[Model])`."""
    for base in cls.__dict__.get("__orig_bases__", ()):
        origin = get_origin(base)
        arguments = get_args(base)
        operation = isinstance(origin, type) and issubclass(origin, Operation)
        if operation and arguments and not isinstance(arguments[0], TypeVar):
            return arguments[0]
    return _NONE


class Action(Operation[R]):
    """An action: the user calls it from a flow and gets an `R` back."""


class WebhookTrigger(Operation[R]):
    """A webhook trigger: registering it makes the service post an `R` to the callback URL.

    One field must carry `NotificationUrl()`; `unsubscribe` names the operation that
    deletes the hook (Power Platform calls it when the flow is turned off). The
    payload is the path item's `x-ms-notification-content`.
    """

    kind: ClassVar[Literal["action", "webhook", "polling"]] = "webhook"
    unsubscribe: ClassVar[type[Operation[Any]] | None] = None
    notification_description: ClassVar[str | None] = None
    """The description of the notification content. Not set: the first line of the
    payload model's docstring, else the route's summary; set to None: no description."""
    dynamic_payload: ClassVar[DynamicSchema[Any] | None] = None
    """A payload whose schema another operation gives (`x-ms-dynamic-schema`,
    `x-ms-dynamic-properties`); the type argument is then `dict[str, Any]`."""


class PollingTrigger(Operation[R]):
    """A polling trigger: Power Platform calls it on a schedule; `batch` returns a list."""

    kind: ClassVar[Literal["action", "webhook", "polling"]] = "polling"
    mode: ClassVar[Literal["single", "batch"]] = "batch"
