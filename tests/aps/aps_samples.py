"""What Autodesk documents where its OpenAPI specs are silent: hook creation and callbacks.

webhooks.yaml declares `201` for "Create a Webhook for an Event" with no body and
no headers, and nothing about the callbacks. These samples follow Autodesk's
pages; the values are the fake's own, the shapes (property names, types,
nesting) are Autodesk's.

* Hook creation: "Create a Webhook for an Event",
  https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-events-event-hooks-POST/
  answers `201 Created` with an empty body and the new hook's URL in `Location`.
* Data Management events (`dm.version.added`, `dm.version.modified`,
  `dm.version.deleted`, `dm.folder.added`):
  https://aps.autodesk.com/en/docs/webhooks/v1/reference/events/data_management_events/dm.version.added/
  (the same sample Autodesk's Power Automate tutorial imported as its trigger's
  `x-ms-notification-content`, ../shared/aps/tutorial/aps.swagger.json).
* Model Derivative `extraction.finished`:
  https://aps.autodesk.com/en/docs/webhooks/v1/reference/events/model_derivative_events/extraction.finished/
  (the job's outcome is `payload.Payload.status`).
* ACC Issues `issue.created-1.0` / `issue.updated-1.0`:
  https://aps.autodesk.com/en/docs/webhooks/v1/reference/events/issues_events/issue.updated-1.0/
  (payload: projectId, id, status, updatedAt, issueTypeId, issueSubtypeId,
  assignedToType, assignedTo, dueDate, watchers [], changedAttributes ["watcher_objects"]).
"""

from __future__ import annotations

from typing import Any

HOOK_CREATED_STATUS = 201
"""Autodesk's documented answer to a hook creation; its `Location` names the hook."""

_USER = "4HFJ7CMKGBHR"


def hook_envelope(system: str, event: str, hook_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """The `hook` object of every callback: the registered hook as Autodesk describes it."""
    return {
        "hookId": hook_id,
        "tenant": str(
            body.get("scope", {}).get("folder") or body.get("scope", {}).get("project") or ""
        ),
        "callbackUrl": body.get("callbackUrl", ""),
        "createdBy": _USER,
        "event": event,
        "createdDate": "2024-05-01T12:00:00.000+0000",
        "system": system,
        "creatorType": "O2User",
        "status": "active",
        "scope": dict(body.get("scope", {})),
        "urn": f"urn:adsk.webhooks:events.hook:{hook_id}",
        "__self__": f"/systems/{system}/events/{event}/hooks/{hook_id}",
    }


def data_event(folder: str, project_guid: str, version_urn: str, item_urn: str) -> dict[str, Any]:
    """`payload` of a Data Management event (dm.version.added sample)."""
    return {
        "ext": "rvt",
        "modifiedTime": "2024-05-01T12:00:05+0000",
        "creator": _USER,
        "lineageUrn": item_urn,
        "sizeInBytes": 48123904,
        "hidden": False,
        "indexable": True,
        "source": version_urn,
        "version": "4",
        "user_info": {"id": _USER},
        "name": "Tower.rvt",
        "createdTime": "2024-05-01T12:00:05+0000",
        "modifiedBy": _USER,
        "state": "CONTENT_AVAILABLE",
        "parentFolderUrn": folder,
        "ancestors": [{"name": "Project Files", "urn": folder}],
        "project": project_guid,
        "tenant": project_guid,
    }


def extraction_event(urn: str, status: str = "success") -> dict[str, Any]:
    """`payload` of `extraction.finished`: the outcome is `Payload.status`."""
    return {
        "URN": urn,
        "EventType": "EXTRACTION_FINISHED",
        "Payload": {"URN": urn, "status": status},
    }


def issue_event(project_guid: str, issue_id: str, subtype: str, kind: str) -> dict[str, Any]:
    """`payload` of `issue.created-1.0` / `issue.updated-1.0`, as Autodesk's sample has it."""
    return {
        "projectId": project_guid,
        "id": issue_id,
        "status": "open",
        "updatedAt": "2024-05-01T12:00:05.000Z",
        "issueTypeId": kind,
        "issueSubtypeId": subtype,
        "assignedToType": None,
        "assignedTo": None,
        "dueDate": None,
        "watchers": [],
        "changedAttributes": ["watcher_objects"],
    }
