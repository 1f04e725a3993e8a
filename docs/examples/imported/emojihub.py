"""EmojiHub: imported by connector-dsl."""

from __future__ import annotations

from typing import Annotated, ClassVar

from connector_dsl.authoring import Action, Connector, ConnectorInfo, Path, Route
from connector_dsl.authoring.raw import Raw, RawDocument
from pydantic import BaseModel, Field


class Inline(BaseModel):
    """A model written in place where it is used: no definition of its own."""

    definition_name: ClassVar[str | None] = None


class AllResponseItem(Inline):
    name: Annotated[str | None, Field(title="Name")] = None
    """The name of the emoji."""
    category: Annotated[str | None, Field(title="Category")] = None
    """The category of the emoji."""
    group: Annotated[str | None, Field(title="Group")] = None
    """The group of the emoji."""
    htmlCode: Annotated[list[str] | None, Field(title="HTML Code")] = None
    """The HTML code of the emoji."""
    unicode: Annotated[list[str] | None, Field(title="Unicode")] = None
    """The unicode of the emoji."""


class AllCategoryResponseItem(AllResponseItem):
    pass


class AllGroupResponseItem(AllResponseItem):
    pass


class RandomResponse(Inline):
    name: str | None = None
    """name"""
    category: str | None = None
    """category"""
    group: str | None = None
    """group"""
    htmlCode: list[str] | None = None
    """htmlCode"""
    unicode: list[str] | None = None
    """unicode"""


class RandomCategoryResponse(RandomResponse):
    pass


class RandomGroupResponse(RandomResponse):
    pass


CategoryName = Annotated[
    str,
    Path(
        summary="Category Name",
        description="The name of the category.",
        enum=[
            "smileys_and_people",
            "animals_and_nature",
            "food_and_drink",
            "travel_and_places",
            "activities",
            "objects",
            "symbols",
            "flags",
        ],
        url_encoding="single",
    ),
]
GroupName = Annotated[
    str,
    Path(
        summary="Group Name",
        description="The name of the group.",
        enum=[
            "body",
            "cat_face",
            "clothing",
            "creature_face",
            "emotion",
            "face_negative",
            "face_neutral",
            "face_positive",
            "face_role",
            "face_sick",
            "family",
            "monkey_face",
            "person",
            "person_activity",
            "person_gesture",
            "person_role",
            "skin_tone",
            "animal_amphibian",
            "animal_bird",
            "animal_bug",
            "animal_mammal",
            "animal_marine",
            "animal_reptile",
            "plant_flower",
            "plant_other",
            "dishware",
            "drink",
            "food_asian",
            "food_fruit",
            "food_prepared",
            "food_sweat",
            "food_vegetable",
            "travel_and_places",
            "activities",
            "objects",
            "symbols",
            "flags",
        ],
        url_encoding="single",
    ),
]


class All(Action[list[AllResponseItem]]):
    """Get all emojis available from the EmojiHub."""

    route = Route(
        method="GET",
        path="/all",
        summary="Get all emojis",
        response_description="default",
        raw=Raw(keys={"parameters": []}),
    )


class AllCategory(Action[list[AllCategoryResponseItem]]):
    """Returns all emojis in a category available from the EmojiHub."""

    route = Route(
        method="GET",
        path="/all/category_{category_name}",
        summary="Get all emojis in a category",
        response_description="default",
    )
    category_name: CategoryName


class AllGroup(Action[list[AllGroupResponseItem]]):
    """Returns all emojis in a group available from the EmojiHub."""

    route = Route(
        method="GET",
        path="/all/group_{group_name}",
        summary="Get all emojis in a group",
        response_description="default",
    )
    group_name: GroupName


class Random(Action[RandomResponse]):
    """Returns a random emoji."""

    route = Route(
        method="GET",
        path="/random",
        summary="Get a random emoji",
        response_description="default",
        raw=Raw(keys={"parameters": []}),
    )


class RandomCategory(Action[RandomCategoryResponse]):
    """Returns a random emoji in a category available from the EmojiHub."""

    route = Route(
        method="GET",
        path="/random/category_{category_name}",
        summary="Get a random emoji in a category",
        response_description="default",
    )
    category_name: CategoryName


class RandomGroup(Action[RandomGroupResponse]):
    """Returns a random in a group available from the EmojiHub."""

    route = Route(
        method="GET",
        path="/random/group_{group_name}",
        summary="Get a random emoji in a group",
        response_description="default",
    )
    group_name: GroupName


class ImportedConnector(Connector):
    info = ConnectorInfo(
        title="EmojiHub",
        description="EmojiHub provides an opportunity to get random emojis from already sorted categories and groups. You can also get a whole list of emojis by a certain category, group, or get the entire emoji database consisting of 1791 objects.",
        host="emojihub.herokuapp.com",
        base_path="/api",
        consumes=(),
        produces=(),
        contact_name="Troy Taylor",
        contact_url="https://www.hitachisolutions.com",
        contact_email="ttaylor@hitachisolutions.com",
        website="https://github.com/cheatsnake/emojihub",
        privacy_policy="https://github.com/cheatsnake/emojihub",
        categories=("Communication",),
    )
    operations = (
        All,
        AllCategory,
        AllGroup,
        Random,
        RandomCategory,
        RandomGroup,
    )
    raw = RawDocument(
        keys={"definitions": {}, "parameters": {}, "responses": {}, "security": [], "tags": []}
    )
    brand_color = "#da3b01"
    publisher = "Troy Taylor"
    stack_owner = "EmojiHub"
