"""Autodesk Construction Cloud: files, models and issues, with no id to paste.

Every id a user would otherwise copy from a browser (hub, project, folder,
file, version, model view, issue, subtype, root cause, assignee) is a dropdown
fed by the operation that lists it. Where one Autodesk API wants an id in
another shape than the API that lists it (`b.` prefixes, the base64 derivative
URN), the connector's script `acc.csx` converts it. Each trigger deletes its
own hook when the flow stops.

    python -m aps_connectors.acc > apiDefinition.swagger.json
    connector-dsl build aps_connectors.acc:ACC -o out/
"""

from aps_connectors.acc.admin import ListAccProjects, ListProjectUsers
from aps_connectors.acc.common import ADMIN, APS, DATA, DERIVATIVE, HOOKS, ISSUES
from aps_connectors.acc.data import (
    GetItem,
    GetItemTip,
    GetVersion,
    ListFolderContents,
    ListHubs,
    ListProjects,
    ListTopFolders,
    ListVersions,
)
from aps_connectors.acc.derivative import GetManifest, ListElementProperties, ListModelViews
from aps_connectors.acc.forms import FORM_OPERATIONS, FORM_POLLING, FORMS, WhenFormChanged
from aps_connectors.acc.hooks import HOOK_DELETES, TRIGGERS
from aps_connectors.acc.issues import (
    CreateComment,
    CreateIssue,
    GetIssue,
    ListComments,
    ListIssues,
    ListIssueTypes,
    ListRootCauses,
    UpdateIssue,
)
from aps_connectors.acc.locations import LOCATION_OPERATIONS, LOCATIONS_TAG
from aps_connectors.acc.photos import PHOTO_OPERATIONS, PHOTOS
from aps_connectors.acc.region import REGION, region_policies
from aps_connectors.acc.rfis import RFI_OPERATIONS, RFI_POLLING, RFIS, WhenRfiCreated
from aps_connectors.acc.submittals import (
    SUBMITTAL_OPERATIONS,
    SUBMITTAL_POLLING,
    SUBMITTALS,
    WhenSubmittalItemAdded,
)
from connector_dsl import Connector, ConnectorInfo, OAuth2, TagInfo

__all__ = ["ACC"]

PICKERS = (
    ListFolderContents,
    GetItem,
    GetItemTip,
    ListVersions,
    GetVersion,
)
"""Data Management operations with a picker-only input (hub, folder) the script drops."""


class ACC(Connector):
    """Autodesk Construction Cloud."""

    info = ConnectorInfo(
        title="Autodesk Construction Cloud",
        version="1.0",
        description=(
            "Automate Autodesk Construction Cloud: react to new file versions, folders, "
            "finished model translations and issue changes; browse hubs, projects, folders "
            "and files; read model views and element properties; list, create and update "
            "issues, comments and RFIs; read submittals, forms, locations and photos; "
            "start flows on new RFIs, submittal items and changed forms, picking every id "
            "from a list."
        ),
        host="developer.api.autodesk.com",
        base_path="/",
        contact_name="connector-dsl",
        contact_url="https://aps.autodesk.com/developer/documentation",
        contact_email="aps.help@autodesk.com",
        website="https://construction.autodesk.com",
        privacy_policy="https://www.autodesk.com/company/legal-notices-trademarks/privacy-statement",
        categories=("Productivity", "Collaboration"),
    )
    security = OAuth2(
        authorization_url=f"{APS}/authentication/v2/authorize",
        token_url=f"{APS}/authentication/v2/token",
        refresh_url=f"{APS}/authentication/v2/token",
        scopes={
            "data:read": "Read hubs, projects, files, models and issues",
            "data:write": "Change files and issues",
            "data:create": "Create issues, comments and webhooks",
            "account:read": "Read account projects and project members",
        },
        display_name="Autodesk account",
        description="Sign in with the Autodesk account you use for ACC.",
    )
    test_connection = ListHubs
    tags = (
        TagInfo(DATA, "Hubs, projects, folders, files and versions."),
        TagInfo(ADMIN, "ACC projects of an account and members of a project."),
        TagInfo(ISSUES, "ACC issues, their types, root causes and comments."),
        TagInfo(DERIVATIVE, "Translation status, views and properties of designs."),
        TagInfo(HOOKS, "Triggers on file, folder, translation and issue events."),
        TagInfo(RFIS, "Requests for information: list, read, create and move them on."),
        TagInfo(SUBMITTALS, "Submittal items and packages, and new items as they are added."),
        TagInfo(FORMS, "Form templates and forms, and forms as they change."),
        TagInfo(LOCATIONS_TAG, "The location tree of a project: buildings, floors, rooms."),
        TagInfo(PHOTOS, "Photos and videos taken on a project."),
    )
    operations = (
        ListHubs,
        ListProjects,
        ListTopFolders,
        ListFolderContents,
        GetItem,
        GetItemTip,
        ListVersions,
        GetVersion,
        ListAccProjects,
        ListProjectUsers,
        ListIssueTypes,
        ListRootCauses,
        ListIssues,
        GetIssue,
        CreateIssue,
        UpdateIssue,
        ListComments,
        CreateComment,
        GetManifest,
        ListModelViews,
        ListElementProperties,
        *TRIGGERS,
        *HOOK_DELETES,
        *RFI_OPERATIONS,
        *SUBMITTAL_OPERATIONS,
        *FORM_OPERATIONS,
        *LOCATION_OPERATIONS,
        *PHOTO_OPERATIONS,
        WhenRfiCreated,
        WhenSubmittalItemAdded,
        WhenFormChanged,
    )
    connection_fields = (REGION,)
    policies = (*region_policies(operations), *RFI_POLLING, *SUBMITTAL_POLLING, *FORM_POLLING)

    # apiProperties.json and the package
    brand_color = "#0696d7"
    publisher = "connector-dsl"
    stack_owner = "Autodesk"
    capabilities = ("actions", "triggers")
    icon = "acc.png"
    script = "acc.csx"
    script_operations = (
        *PICKERS,
        ListAccProjects,
        ListProjectUsers,
        ListIssueTypes,
        ListRootCauses,
        ListIssues,
        GetIssue,
        CreateIssue,
        UpdateIssue,
        ListComments,
        CreateComment,
        GetManifest,
        ListModelViews,
        ListElementProperties,
        *RFI_OPERATIONS,
        *SUBMITTAL_OPERATIONS,
        *FORM_OPERATIONS,
        *LOCATION_OPERATIONS,
        *PHOTO_OPERATIONS,
        WhenRfiCreated,
        WhenSubmittalItemAdded,
        WhenFormChanged,
    )
    prerequisites = (
        "An Autodesk Construction Cloud (or BIM 360) account with access to the projects to "
        "automate, and rights to create issues where flows create them.",
        "An Autodesk Platform Services app (aps.autodesk.com) with the Data Management, "
        "Model Derivative, Webhooks, Account Admin and ACC Issues APIs, added to the ACC "
        "account as a custom integration by an account admin.",
        "A Power Automate or Power Apps plan that includes premium (custom) connectors.",
    )
    known_limits = (
        "Issue triggers need Project Admin rights on the watched project; Autodesk sends "
        "issue events only for US, EMEA and AUS projects.",
        "The translation trigger fires only for translation jobs started with the chosen "
        "workflow name; ACC's own translations of uploaded files have none, so check "
        "'Get translation status' after a new version instead.",
        "List element properties answers 202 Accepted while Autodesk is still extracting "
        "the properties of a large model; run it again later.",
        "Account Admin actions ('List account projects') need account admin rights.",
        "Lists return one page; use the Offset and Limit (or Page) inputs to read more.",
        "Autodesk sends no webhook for RFIs, submittals or forms, so 'When an RFI is "
        "created', 'When a submittal item is added' and 'When a form is created or "
        "changed' check on a schedule. Their first check fires for what the project "
        "already holds: the oldest 200 RFIs, the oldest page of submittal items, the 50 "
        "most recently changed forms.",
        "The RFI and submittal triggers remember how many RFIs or items they have seen: "
        "if some are deleted between two checks, a new one can be missed or fire twice. "
        "More than one page (200 RFIs, 20 items) created between two checks fires only "
        "the first page.",
        "There is no trigger for changed RFIs: Autodesk's RFIs API (v3) lists RFIs only "
        "through its search, which takes the 'changed since' filter in the request body, "
        "where a polling trigger cannot keep its state; it has no list that filters by "
        "change time in the URL. To act on changed RFIs, run 'List RFIs' with 'Changed "
        "between' from a Recurrence trigger.",
        "RFI statuses depend on the project's workflow (US or EMEA) and on your "
        "workflow role; Autodesk refuses a status your role may not set.",
        "The region is a connection setting (US unless you choose another): it is sent to "
        "Issues and Webhooks as x-ads-region, to Account Admin as Region and to Model "
        "Derivative as region. For hubs in two regions, make one connection per region.",
        "The Issue subtype and Root cause lists show the entries Autodesk nests inside types "
        "and categories; the connector's custom code lists them as one list.",
        "The project list of the issue triggers comes from Account Admin, so it needs account "
        "admin rights; it gives the project id without 'b.', as Autodesk's hooks want it.",
    )
    getting_started = (
        "1. Create an app on https://aps.autodesk.com (Traditional Web App) and note its "
        "client ID and secret.\n"
        "2. Create a connection: give the client ID and secret and pick the Region of your "
        "ACC account (US unless it lives elsewhere), then copy the connector's redirect URL "
        "into the app's Callback URL.\n"
        "3. In ACC Account Admin, add the app's client ID under Custom Integrations.\n"
        "4. Build a flow: 'When a file version is added' (pick hub, project and folder), "
        "then 'Get translation status' with the trigger's Resource URN as the design, "
        "then 'List model views' and 'Create issue' with the project picked from the list."
    )
