"""ACC Photos (v1): the photos of a project.

The contract is Autodesk's Postman collection `ACC_Photos_API` (no OpenAPI spec
is published for Photos): `POST photos:filter` with a JSON body (empty for every
photo) and `include=signedUrls` in the query for download links, answering
`results[]` with each photo's `id`.
"""

from typing import Annotated, Literal

from aps_connectors.acc.common import Model
from aps_connectors.acc.data import HubChoice
from aps_connectors.acc.issues import IssuesProject, Pagination
from connector_dsl import Action, Body, Query, Route, Ui

PHOTOS = "Photos"


class Photo(Model):
    """A photo or video taken on the project."""

    id: Annotated[str, Ui(summary="Photo ID", description="The unique id of the photo.")]
    title: Annotated[str | None, Ui(summary="Title", description="The title of the photo.")] = None
    description: Annotated[
        str | None, Ui(summary="Description", description="What the photo shows.")
    ] = None
    mediaType: Annotated[
        str | None, Ui(summary="Media type", description="Whether it is a photo or a video.")
    ] = None
    takenAt: Annotated[
        str | None, Ui(summary="Taken at", description="When the photo was taken.")
    ] = None
    createdBy: Annotated[
        str | None, Ui(summary="Uploaded by", description="Autodesk id of who uploaded it.")
    ] = None
    createdAt: Annotated[
        str | None, Ui(summary="Uploaded at", description="When the photo was uploaded.")
    ] = None
    signedUrls: Annotated[
        dict[str, str] | None,
        Ui(summary="Download links", description="Links to the photo's files, when asked for."),
    ] = None


class Photos(Model):
    """A page of photos."""

    pagination: Pagination | None = None
    results: list[Photo]


class Everything(Model):
    """An empty filter: every photo of the project."""


class ListPhotos(Action[Photos]):
    """Lists the photos and videos of a project, with download links if asked for."""

    route = Route(
        method="POST",
        path="/construction/photos/v1/projects/{projectId}/photos:filter",
        summary="List photos",
        tags=(PHOTOS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    include: Annotated[
        Literal["signedUrls"] | None,
        Query(
            summary="Include",
            description="signedUrls to add download links to each photo.",
            visibility="advanced",
        ),
    ] = None
    filter: Annotated[
        Everything | None,
        Body(
            summary="Filter",
            description="Which photos to list; it is empty, so every photo is listed.",
            visibility="advanced",
        ),
    ] = None


PHOTO_OPERATIONS = (ListPhotos,)
