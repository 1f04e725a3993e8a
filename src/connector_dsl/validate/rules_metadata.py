"""Connector metadata, categories, paging, and operation families (x-ms-api-annotation)."""

from __future__ import annotations

from collections import defaultdict

from connector_dsl.validate.context import Context
from connector_dsl.validate.index import Op
from connector_dsl.validate.jsonview import Ptr, arr, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

CATEGORIES = frozenset(
    {
        "AI", "Business Management", "Business Intelligence", "Collaboration", "Commerce",
        "Communication", "Content and Files", "Finance", "Data", "Human Resources",
        "Internet of Things", "IT Operations", "Lifestyle and Entertainment", "Marketing",
        "Productivity", "Sales and CRM", "Security", "Social Media", "Website",
    }
)  # fmt: skip
MAX_CATEGORIES = 2
METADATA_KEYS = ("Website", "Privacy policy", "Categories")

METADATA = declare("ConnectorMetadataPropertiesMissing", "Properties", None, E, "entry missing")
CATEGORY = declare("InvalidConnectorCategory", "Properties", None, E, "unknown category")
TOO_MANY = declare("TooManyConnectorCategories", "Properties", None, E, "more than 2")
NEXT_LINK = declare("InvalidNextLinkNameValue", "Operations", W, W, "unknown nextLinkName")
REPLACEMENT = declare(
    "ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations",
    "Operations",
    E,
    E,
    "replacement on a live operation",
)
NO_API = declare(
    "ApiAnnotationExtensionReplacementInfoMissingApiProperty",
    "Operations",
    E,
    E,
    "replacement without api",
)
NO_OPID = declare(
    "ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty",
    "Operations",
    E,
    E,
    "replacement without operationId",
)
DUP_REVISION = declare(
    "OperationFamilyHasDuplicateRevisions", "Operations", E, E, "two members share a revision"
)
MANY_ACTIVE = declare(
    "OperationFamilyHasManyActiveOperations", "Operations", W, W, "more than two active members"
)
MANY_PRODUCTION = declare(
    "OperationFamilyHasManyActiveProductionOperations",
    "Operations",
    None,
    W,
    "several active Production members",
)
EMPTY_REVISIONS = declare(
    "OperationFamilyHasManyEmptyRevisions", "Operations", E, E, "several members without revision"
)
NO_REVISION = declare(
    "OperationRevisionEmpty", "Operations", W, W, "family member without revision"
)
REVISION_SUFFIX = declare(
    "OperationIdShouldEndWithRevision", "Operations", None, W, "revision N id not ending in VN"
)
STATUS_AHEAD = declare(
    "OperationStatusAheadOfConnector", "Operations", W, W, "Production operation, Preview connector"
)


@check(METADATA, CATEGORY, TOO_MANY)
def connector_metadata(ctx: Context) -> None:
    """x-ms-connector-metadata has Website, Privacy policy and 1-2 known Categories."""
    entries = arr(ctx.swagger.get("x-ms-connector-metadata"))
    if entries is None:
        return
    names: dict[str, int] = {}
    for position, raw in enumerate(entries):
        name = text((obj(raw) or {}).get("propertyName"))
        if name is not None:
            names[name.lower()] = position
    for key in METADATA_KEYS:
        if key.lower() not in names:
            ctx.report(METADATA, ("x-ms-connector-metadata",), f"Add a {key!r} entry.")
    if "categories" not in names:
        return
    position = names["categories"]
    at: Ptr = ("x-ms-connector-metadata", position, "propertyValue")
    value = text((obj(entries[position]) or {}).get("propertyValue")) or ""
    categories = [c.strip() for c in value.split(";") if c.strip()]
    if len(categories) > MAX_CATEGORIES:
        ctx.report(TOO_MANY, at, f"{len(categories)} categories; at most {MAX_CATEGORIES}.")
    for category in categories:
        if category not in CATEGORIES:
            ctx.report(CATEGORY, at, f"{category!r} is not a connector category.")


@check(NEXT_LINK)
def paging(ctx: Context) -> None:
    """x-ms-pageable names nextLink or @odata.nextLink."""
    for op in ctx.index.ops:
        pageable = obj(op.data.get("x-ms-pageable"))
        name = (pageable or {}).get("nextLinkName")
        if pageable is not None and name not in ("nextLink", "@odata.nextLink"):
            where = (*op.at, "x-ms-pageable", "nextLinkName")
            ctx.report(NEXT_LINK, where, f"{name!r}: use nextLink or @odata.nextLink.")


@check(
    REPLACEMENT, NO_API, NO_OPID, DUP_REVISION, MANY_ACTIVE, MANY_PRODUCTION,
    EMPTY_REVISIONS, NO_REVISION, REVISION_SUFFIX, STATUS_AHEAD,
)  # fmt: skip
def families(ctx: Context) -> None:
    """Operation families: revisions, replacements, active members, status."""
    info = obj(ctx.swagger.get("info")) or {}
    api_status = (obj(info.get("x-ms-api-annotation")) or {}).get("status")
    groups: dict[str, list[tuple[Op, dict[str, object]]]] = defaultdict(list)
    for op in ctx.index.ops:
        annotation = obj(op.data.get("x-ms-api-annotation"))
        if annotation is None:
            continue
        at: Ptr = (*op.at, "x-ms-api-annotation")
        replacement = obj(annotation.get("replacement"))
        if replacement is not None:
            if op.data.get("deprecated") is not True:
                ctx.report(REPLACEMENT, (*at, "replacement"), "Only deprecated ops name one.")
            if "api" not in replacement:
                ctx.report(NO_API, (*at, "replacement"), "Say which api replaces it.")
            if "operationId" not in replacement:
                ctx.report(NO_OPID, (*at, "replacement"), "Say which operationId replaces it.")
        if annotation.get("status") == "Production" and api_status == "Preview":
            ctx.report(STATUS_AHEAD, (*at, "status"), "The connector itself is in Preview.")
        family = text(annotation.get("family")) or op.op_id or ""
        groups[family].append((op, annotation))
    for members in groups.values():
        _family(ctx, members)


def _family(ctx: Context, members: list[tuple[Op, dict[str, object]]]) -> None:
    revisions: dict[object, Op] = {}
    empty = [op for op, a in members if "revision" not in a]
    for op, annotation in members:
        at: Ptr = (*op.at, "x-ms-api-annotation")
        revision = annotation.get("revision")
        if revision is None:
            if len(members) > 1:
                ctx.report(NO_REVISION, at, "Give each operation of a family a revision.")
            continue
        if revision in revisions:
            ctx.report(DUP_REVISION, (*at, "revision"), f"Revision {revision} is used twice.")
        revisions[revision] = op
        suffix = f"V{revision}"
        if isinstance(revision, int) and revision > 1 and not (op.op_id or suffix).endswith(suffix):
            ctx.report(REVISION_SUFFIX, at, f"End the operationId with V{revision}.")
    if len(empty) > 1:
        ctx.report(EMPTY_REVISIONS, empty[1].at, "More than one family member has no revision.")
    active = [(op, a) for op, a in members if op.data.get("deprecated") is not True]
    if len(active) > 2:
        ctx.report(MANY_ACTIVE, active[2][0].at, "At most two family members may be active.")
    production = [op for op, a in active if a.get("status") == "Production"]
    if len(production) > 1:
        ctx.report(MANY_PRODUCTION, production[1].at, "Several active Production revisions.")
