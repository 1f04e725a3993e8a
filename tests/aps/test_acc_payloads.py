"""The trigger outputs are what Autodesk sends: every field of its samples, and no other.

Samples: `tests/aps/aps_samples.py`, after Autodesk's event pages
(issue.updated-1.0: https://aps.autodesk.com/en/docs/webhooks/v1/reference/events/issues_events/issue.updated-1.0/,
extraction.finished: https://aps.autodesk.com/en/docs/webhooks/v1/reference/events/model_derivative_events/extraction.finished/).
"""

from __future__ import annotations

from typing import Any

from aps_connectors.acc.hooks import IssueEvent, TranslationNotice
from tests.aps import aps_samples, world


def _wire_names(model: Any) -> set[str]:
    return {field.alias or name for name, field in model.model_fields.items()}


def test_issue_event_declares_exactly_autodesks_sample_fields() -> None:
    sample = aps_samples.issue_event(world.PROJECT_GUID, world.ISSUE, world.SUBTYPE, "t")
    assert _wire_names(IssueEvent) == set(sample)
    parsed = IssueEvent.model_validate(sample)
    assert parsed.changedAttributes == ["watcher_objects"] and parsed.watchers == []
    assert parsed.projectId == world.PROJECT_GUID  # bare, as Issues actions take it


def test_translation_trigger_exposes_success_or_failure() -> None:
    for status in ("success", "failed"):
        note = {
            "resourceUrn": world.DERIVATIVE,
            "payload": aps_samples.extraction_event(world.DERIVATIVE, status),
        }
        parsed = TranslationNotice.model_validate(note)
        assert parsed.payload is not None and parsed.payload.Payload is not None
        assert parsed.payload.Payload.status == status
