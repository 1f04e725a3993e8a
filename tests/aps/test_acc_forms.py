"""Form templates and forms through the harness, template and location from dropdowns."""

from __future__ import annotations

from connector_dsl.harness import Harness
from tests.aps.construction_fake import FLOOR, PROJECT, TEMPLATE, ConstructionFake


def test_forms_of_a_template_picked_from_the_list(harness: Harness, fake: ConstructionFake) -> None:
    fake.forms += [
        {"id": "f-1", "name": "Daily 1", "templateId": TEMPLATE, "updatedAt": "2025-01-01"},
        {"id": "f-2", "name": "Other", "templateId": "t-2", "updatedAt": "2025-01-02"},
    ]
    templates = harness.call("ListFormTemplates", projectId=PROJECT)
    assert templates.ok and templates.body["data"][0]["name"] == "Daily Report"

    assert harness.values("ListForms", "templateId", projectId=PROJECT) == [
        (TEMPLATE, "Daily Report")
    ]
    assert harness.values("ListForms", "locationIds", projectId=PROJECT)[1] == (FLOOR, "Level 1")
    forms = harness.call("ListForms", projectId=PROJECT, templateId=TEMPLATE, statuses="draft")

    assert forms.ok, forms.findings
    assert [form["id"] for form in forms.body["data"]] == ["f-1"]
    assert fake.seen[-1].path == f"/construction/forms/v1/projects/{PROJECT}/forms"
    assert fake.seen[-1].query == {"templateId": TEMPLATE, "statuses": "draft"}
