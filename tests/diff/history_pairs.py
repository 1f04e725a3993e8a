"""The exact changes of 32 consecutive version pairs of ../shared/history, read and checked.

Chosen to cover every rule that occurs in the history; each finding was checked against both
files. Key: (connector folder, old file, new file); `apiDefinition.swagger.json` is the
corpus version. Value: sorted (rule, old pointer, new pointer).
"""

from __future__ import annotations

PAIRS: dict[tuple[str, str, str], list[tuple[str, str | None, str | None]]] = {
    (
        "certified-connectors/Advanced Data Operations",
        "1-a08a4439.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        ("operation-added", None, "/paths/~1FilterObjectArray/post"),
    ],
    (
        "certified-connectors/Asite (US Gov.)",
        "1-2a5570dd.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        (
            "input-added-required",
            None,
            "/paths/~1deleteAsitePullDataWebhook~1{id}~1{nameOfClass}/delete/parameters/1",
        ),
        (
            "operation-path-changed",
            "/paths/~1deleteAsitePullDataWebhook~1{id}/delete",
            "/paths/~1deleteAsitePullDataWebhook~1{id}~1{nameOfClass}/delete",
        ),
    ],
    (
        "certified-connectors/Assently E-Sign",
        "2-1e1095b0.swagger.json",
        "1-6d1e7af7.swagger.json",
    ): [
        (
            "dynamic-schema-changed",
            "/paths/~1v2~1updateCase/post/parameters/0/schema",
            "/paths/~1v2~1updateCase/post/parameters/0/schema",
        ),
        (
            "input-visibility-changed",
            "/paths/~1v2~1updateCase/post/parameters/0/schema",
            "/paths/~1v2~1updateCase/post/parameters/0/schema",
        ),
    ],
    (
        "certified-connectors/Assently E-Sign",
        "3-e58d75ea.swagger.json",
        "2-1e1095b0.swagger.json",
    ): [
        (
            "output-type-changed",
            "/paths/~1v2~1getdocumentdata/get/responses/200/schema",
            "/paths/~1v2~1getdocumentdata/get/responses/200/schema",
        ),
    ],
    ("certified-connectors/Bitvore", "1-7d69b3b7.swagger.json", "apiDefinition.swagger.json"): [
        ("output-removed", "/definitions/GeneralAPIResponse/properties/reason", None),
        ("output-removed", "/definitions/GeneralAPIResponse/properties/reasonSupport", None),
        (
            "output-type-changed",
            "/definitions/GeneralAPIResponse/properties/response",
            "/definitions/VersionAPIResponse/properties/response",
        ),
        (
            "output-type-changed",
            "/definitions/SingleOrganizationMatchingResult",
            "/definitions/SingleOrganizationMatchingResult",
        ),
        ("text-changed", "/info/description", "/info/description"),
    ],
    ("certified-connectors/Calendly", "1-f2099809.swagger.json", "apiDefinition.swagger.json"): [
        (
            "input-widened",
            "/paths/~1webhook_subscriptions/post/parameters/0/schema/properties/events/items",
            "/paths/~1webhook_subscriptions/post/parameters/0/schema/properties/events/items",
        ),
    ],
    ("certified-connectors/CivicPlus", "2-e8c482d9.swagger.json", "1-d67c75a1.swagger.json"): [
        (
            "input-added",
            None,
            "/paths/~1forms~1{formId}~1submissions~1{submissionId}~1pdf-document/post/parameters/2/schema/properties/pdfSize",
        ),
    ],
    (
        "certified-connectors/Cognite Data Fusion",
        "1-ca10c693.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        ("host-changed", "/host", "/host"),
        ("security-scopes-removed", "/securityDefinitions", None),
        ("security-type-changed", "/securityDefinitions", None),
    ],
    ("certified-connectors/DataMotion", "2-d2ba75e3.swagger.json", "1-e2514307.swagger.json"): [
        (
            "input-made-required",
            "/definitions/SendSecureMessageRequest",
            "/definitions/SendSecureMessageRequest",
        ),
    ],
    (
        "certified-connectors/Dokobit Portal",
        "1-694a5f51.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        (
            "output-added",
            None,
            "/paths/~1signing~1{token}~1status.json/get/responses/200/schema/properties/template",
        ),
    ],
    ("certified-connectors/Fliplet", "1-ae29f1fd.swagger.json", "apiDefinition.swagger.json"): [
        ("operation-removed", "/paths/~1v1~1apps~1{appId}/get", None),
    ],
    (
        "certified-connectors/Knowledgeone RecFind 6",
        "1-d10493a2.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        (
            "input-renamed",
            "/paths/~1SavedSearch/get/parameters/3",
            "/paths/~1SavedSearch/get/parameters/3",
        ),
    ],
    ("certified-connectors/Oodrive Sign", "2-450214fa.swagger.json", "1-33a0513d.swagger.json"): [
        (
            "input-type-changed",
            "/paths/~1contracts~1{id}~1documents~1/post/parameters/2",
            "/paths/~1contracts~1{id}~1documents~1/post/parameters/2",
        ),
        (
            "output-type-changed",
            "/definitions/DocumentAdded",
            "/paths/~1contracts~1{id}~1documents~1/post/responses/201/schema",
        ),
    ],
    (
        "certified-connectors/Ubiqod by Skiply (v2)",
        "1-ea1c29e4.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        (
            "notification-property-added",
            None,
            "/paths/~1hooks~1zapier~1subscribe/x-ms-notification-content/schema/properties/data",
        ),
        (
            "notification-property-removed",
            "/paths/~1hooks~1zapier~1subscribe/x-ms-notification-content/schema/properties/id",
            None,
        ),
    ],
    ("certified-connectors/Zuva DocAI", "2-597899d7.swagger.json", "1-fd109aea.swagger.json"): [
        ("operation-id-changed", "/paths/~1fields/get", "/paths/~1fields/get"),
    ],
    (
        "certified-connectors/tyntec-Viber",
        "1-9bc7c296.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        (
            "operation-method-changed",
            "/paths/~1conversations~1v3~1power-automate~1webhooks~1channels~1viber~1phone-numbers~1{viberServiceId}/put",
            "/paths/~1conversations~1v3~1power-automate~1webhooks~1channels~1viber~1phone-numbers~1{viberServiceId}/post",
        ),
    ],
    (
        "independent-publisher-connectors/AmazonS3Bucket",
        "1-02e2e9d6.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        (
            "input-format-changed",
            "/paths/~1aws~1s3~1{region}~1{bucket}~1{key}/put/parameters/3/schema",
            "/paths/~1aws~1s3~1{region}~1{bucket}~1{key}/put/parameters/3/schema",
        ),
    ],
    (
        "independent-publisher-connectors/Anthropic",
        "1-5e22a487.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        (
            "input-enum-narrowed",
            "/paths/~1v1~1complete/post/parameters/0/schema/properties/model",
            "/paths/~1v1~1complete/post/parameters/0/schema/properties/model",
        ),
    ],
    (
        "independent-publisher-connectors/OpenAI GPT-4",
        "1-3aa9e146.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        ("operation-deprecated", "/paths/~1v1~1completions/post", "/paths/~1v1~1completions/post"),
    ],
    ("certified-connectors/Emigo", "3-1110ab0c.swagger.json", "2-5f59ec63.swagger.json"): [
        (
            "input-removed",
            "/paths/~1trigger~1{endpoint}~1feeds~1{feed}~1newItem/post/parameters/2/schema/properties/automateaccesskey",
            None,
        ),
        (
            "input-removed",
            "/paths/~1trigger~1{endpoint}~1feeds~1{feed}~1newItem/post/parameters/2/schema/properties/login",
            None,
        ),
    ],
    ("certified-connectors/MongoDB", "2-25a70f04.swagger.json", "1-7063a081.swagger.json"): [
        (
            "input-default-changed",
            "/paths/~1action~1aggregate/post/parameters/2",
            "/paths/~1action~1aggregate/post/parameters/2",
        ),
        (
            "input-default-changed",
            "/paths/~1action~1find/post/parameters/2",
            "/paths/~1action~1find/post/parameters/2",
        ),
    ],
    (
        "certified-connectors/Seismic Content Discovery",
        "1-ae61b67c.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        ("security-scopes-added", "/securityDefinitions", "/securityDefinitions"),
        ("security-scopes-removed", "/securityDefinitions", "/securityDefinitions"),
    ],
    ("certified-connectors/Tikit", "3-de9b2d22.swagger.json", "2-3f38564f.swagger.json"): [
        (
            "dynamic-values-changed",
            "/paths/~1AddTicketWebhook/post/parameters/1/schema/properties/WebHook/properties/GroupId",
            "/paths/~1AddTicketWebhook/post/parameters/1/schema/properties/WebHook/properties/GroupId",
        ),
        (
            "dynamic-values-changed",
            "/paths/~1UpdateTicketWebhook/post/parameters/1/schema/properties/WebHook/properties/GroupId",
            "/paths/~1UpdateTicketWebhook/post/parameters/1/schema/properties/WebHook/properties/GroupId",
        ),
    ],
    ("certified-connectors/HYAS Insight", "3-3d7f5c5a.swagger.json", "2-467bda4e.swagger.json"): [
        (
            "output-removed",
            "/paths/~1device_geo/post/responses/200/schema/items/properties/wifi_ssid",
            None,
        ),
        (
            "output-removed",
            "/paths/~1whois~1email/post/responses/200/schema/items/properties/privacy_punch",
            None,
        ),
        (
            "output-removed",
            "/paths/~1whois~1phone/post/responses/200/schema/items/properties/privacy_punch",
            None,
        ),
    ],
    ("certified-connectors/Ideanote", "1-20bbd8e1.swagger.json", "apiDefinition.swagger.json"): [
        (
            "internal-input-changed",
            "/paths/~1v1~1users/post/parameters/0",
            "/paths/~1v1~1users/post/parameters/0",
        ),
        ("operation-added", None, "/paths/~1ideas~1simple/post"),
        ("operation-added", None, "/paths/~1swagger~1missions~1{missionId}~1schema/get"),
        (
            "text-changed",
            "/paths/~1v1~1missions~1{missionId}~1ideas/get/parameters/0/description",
            "/paths/~1v1~1missions~1{missionId}~1ideas/get/parameters/0/description",
        ),
    ],
    ("certified-connectors/dox42", "1-1a22b282.swagger.json", "apiDefinition.swagger.json"): [
        (
            "input-moved",
            "/paths/~1dox42RestService.ashx/get/parameters/1",
            "/paths/~1/get/parameters/1",
        ),
        (
            "input-moved",
            "/paths/~1dox42RestService.ashx/post/parameters/1",
            "/paths/~1/post/parameters/1",
        ),
        ("operation-path-changed", "/paths/~1dox42RestService.ashx/get", "/paths/~1/get"),
        ("operation-path-changed", "/paths/~1dox42RestService.ashx/post", "/paths/~1/post"),
    ],
    ("certified-connectors/Eduframe", "3-88d17b03.swagger.json", "2-2db8463d.swagger.json"): [
        (
            "input-hidden",
            "/paths/~1invoices/post/parameters/0/schema/properties/invoice_set_id",
            "/paths/~1invoices/post/parameters/0/schema/properties/invoice_set_id",
        ),
        ("input-removed", "/paths/~1accounts/post/parameters/0/schema/properties/phone", None),
        (
            "input-type-changed",
            "/definitions/invoice_item/properties/unit_price",
            "/definitions/invoice_item/properties/unit_price",
        ),
        (
            "input-type-changed",
            "/definitions/invoice_vat/properties/percentage",
            "/definitions/invoice_vat/properties/percentage",
        ),
        (
            "input-widened",
            "/definitions/invoice_item/properties/units",
            "/definitions/invoice_item/properties/units",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_item/properties/unit_price",
            "/definitions/invoice_item/properties/unit_price",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_item/properties/unit_price",
            "/definitions/invoice_item/properties/unit_price",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_item/properties/unit_price",
            "/definitions/invoice_item/properties/unit_price",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_item/properties/units",
            "/definitions/invoice_item/properties/units",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_item/properties/units",
            "/definitions/invoice_item/properties/units",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_item/properties/units",
            "/definitions/invoice_item/properties/units",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_vat/properties/percentage",
            "/definitions/invoice_vat/properties/percentage",
        ),
        (
            "output-type-changed",
            "/definitions/invoice_vat/properties/percentage",
            "/definitions/invoice_vat/properties/percentage",
        ),
    ],
    (
        "certified-connectors/OpenLegacy IBM Mainframe",
        "1-1b6c573f.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        ("base-path-changed", "/basePath", "/basePath"),
        (
            "operation-path-changed",
            "/paths/~1dummy-Mf3270Screens/post",
            "/paths/~1dummy-Mf3270Screens/post",
        ),
        (
            "operation-path-changed",
            "/paths/~1dummy-MfCicsCobol/post",
            "/paths/~1dummy-MfCicsCobol/post",
        ),
        (
            "operation-path-changed",
            "/paths/~1dummy-MfCtgCobol/post",
            "/paths/~1dummy-MfCtgCobol/post",
        ),
        (
            "operation-path-changed",
            "/paths/~1dummy-MfImsCobol/post",
            "/paths/~1dummy-MfImsCobol/post",
        ),
        ("operation-path-changed", "/paths/~1dummy-MfMq/post", "/paths/~1dummy-MfMq/post"),
        (
            "operation-path-changed",
            "/paths/~1dummy-MfNatural/post",
            "/paths/~1dummy-MfNatural/post",
        ),
        (
            "operation-path-changed",
            "/paths/~1dummy-MfVsamCics/post",
            "/paths/~1dummy-MfVsamCics/post",
        ),
    ],
    (
        "certified-connectors/Industrial App Store",
        "1-6fb9c0a0.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        ("operation-added", None, "/paths/~1gestalt~1datacore~1api~1data~1v2~1plot~1{dsn}~1/get"),
        (
            "operation-added",
            None,
            "/paths/~1gestalt~1datacore~1api~1data~1v2~1processed~1{dsn}~1/get",
        ),
        ("operation-added", None, "/paths/~1gestalt~1datacore~1api~1data~1v2~1raw~1{dsn}~1/get"),
        (
            "operation-added",
            None,
            "/paths/~1gestalt~1datacore~1api~1data~1v2~1snapshot~1{dsn}~1/get",
        ),
        (
            "operation-hidden",
            "/paths/~1Gestalt~1api~1data~1v2~1plot~1{dsn}~1/get",
            "/paths/~1Gestalt~1api~1data~1v2~1plot~1{dsn}~1/get",
        ),
        (
            "operation-hidden",
            "/paths/~1Gestalt~1api~1data~1v2~1processed~1{dsn}~1/get",
            "/paths/~1Gestalt~1api~1data~1v2~1processed~1{dsn}~1/get",
        ),
        (
            "operation-hidden",
            "/paths/~1Gestalt~1api~1data~1v2~1raw~1{dsn}~1/get",
            "/paths/~1Gestalt~1api~1data~1v2~1raw~1{dsn}~1/get",
        ),
        (
            "operation-hidden",
            "/paths/~1Gestalt~1api~1data~1v2~1snapshot~1{dsn}~1/get",
            "/paths/~1Gestalt~1api~1data~1v2~1snapshot~1{dsn}~1/get",
        ),
        (
            "operation-path-changed",
            "/paths/~1Gestalt~1api~1data~1datasources~1/get",
            "/paths/~1gestalt~1datacore~1api~1data~1datasources~1/get",
        ),
        (
            "operation-path-changed",
            "/paths/~1Gestalt~1api~1data~1tags~1{dsn}~1/get",
            "/paths/~1gestalt~1datacore~1api~1data~1tags~1{dsn}~1/get",
        ),
    ],
    (
        "certified-connectors/ForceManager CRM",
        "3-030dca4a.swagger.json",
        "2-78e483eb.swagger.json",
    ): [
        (
            "notification-property-type-changed",
            "/definitions/AccountResponse",
            "/paths/~1accounts~1hooks~1insert/x-ms-notification-content/schema",
        ),
        (
            "notification-property-type-changed",
            "/definitions/AccountResponse",
            "/paths/~1accounts~1hooks~1update/x-ms-notification-content/schema",
        ),
        (
            "notification-property-type-changed",
            "/definitions/ContactResponse",
            "/paths/~1contacts~1hooks~1insert/x-ms-notification-content/schema",
        ),
        (
            "notification-property-type-changed",
            "/definitions/ContactResponse",
            "/paths/~1contacts~1hooks~1update/x-ms-notification-content/schema",
        ),
        (
            "notification-property-type-changed",
            "/definitions/OpportunityResponse",
            "/paths/~1opportunities~1hooks~1insert/x-ms-notification-content/schema",
        ),
        (
            "notification-property-type-changed",
            "/definitions/OpportunityResponse",
            "/paths/~1opportunities~1hooks~1update/x-ms-notification-content/schema",
        ),
        ("operation-added", None, "/paths/~1salesorderStatuses/get"),
        ("operation-added", None, "/paths/~1salesorders/get"),
        ("operation-added", None, "/paths/~1salesorders/post"),
        ("operation-added", None, "/paths/~1salesordersLines/get"),
        ("operation-added", None, "/paths/~1salesordersLines/post"),
        ("operation-added", None, "/paths/~1salesordersLines~1{id}/delete"),
        ("operation-added", None, "/paths/~1salesordersLines~1{id}/get"),
        ("operation-added", None, "/paths/~1salesordersLines~1{id}/put"),
        ("operation-added", None, "/paths/~1salesorders~1hooks~1insert/post"),
        ("operation-added", None, "/paths/~1salesorders~1hooks~1update/post"),
        ("operation-added", None, "/paths/~1salesorders~1{id}/delete"),
        ("operation-added", None, "/paths/~1salesorders~1{id}/get"),
        ("operation-added", None, "/paths/~1salesorders~1{id}/put"),
        (
            "text-changed",
            "/paths/~1procedure~1zapier_schema/post/summary",
            "/paths/~1procedure~1zapier_schema/post/summary",
        ),
    ],
    (
        "certified-connectors/Blackbaud SKY Add-ins",
        "1-638f04ab.swagger.json",
        "apiDefinition.swagger.json",
    ): [
        ("operation-added", None, "/paths/~1virtual~1httprequest/post"),
    ],
    ("certified-connectors/tyntec-SMS", "1-5b88a7b5.swagger.json", "apiDefinition.swagger.json"): [
        ("operation-added", None, "/paths/~1conversations~1v3~1configurations~1channels~1sms/get"),
        ("operation-added", None, "/paths/~1conversations~1v3~1messages~1{messageId}~1status/get"),
        (
            "operation-added",
            None,
            "/paths/~1conversations~1v3~1power-automate~1messages~1sms~1text/post",
        ),
        (
            "operation-added",
            None,
            "/paths/~1conversations~1v3~1power-automate~1webhooks~1channels~1sms~1phone-numbers~1{smsSender}/post",
        ),
        (
            "operation-superseded",
            "/paths/~1chat-api~1v2~1applications~1ms-connector~1inbound-message-callback/patch",
            "/paths/~1chat-api~1v2~1applications~1ms-connector~1inbound-message-callback/patch",
        ),
        (
            "operation-superseded",
            "/paths/~1chat-api~1v2~1messages/post",
            "/paths/~1chat-api~1v2~1messages/post",
        ),
        (
            "operation-superseded",
            "/paths/~1chat-api~1v2~1messages~1{id}~1status/get",
            "/paths/~1chat-api~1v2~1messages~1{id}~1status/get",
        ),
        (
            "text-changed",
            "/paths/~1chat-api~1v2~1applications~1ms-connector~1inbound-message-callback/patch/description",
            "/paths/~1chat-api~1v2~1applications~1ms-connector~1inbound-message-callback/patch/description",
        ),
        (
            "text-changed",
            "/paths/~1chat-api~1v2~1applications~1ms-connector~1inbound-message-callback/patch/summary",
            "/paths/~1chat-api~1v2~1applications~1ms-connector~1inbound-message-callback/patch/summary",
        ),
        (
            "text-changed",
            "/paths/~1chat-api~1v2~1messages/post/description",
            "/paths/~1chat-api~1v2~1messages/post/description",
        ),
        (
            "text-changed",
            "/paths/~1chat-api~1v2~1messages/post/summary",
            "/paths/~1chat-api~1v2~1messages/post/summary",
        ),
        (
            "text-changed",
            "/paths/~1chat-api~1v2~1messages~1{id}~1status/get/description",
            "/paths/~1chat-api~1v2~1messages~1{id}~1status/get/description",
        ),
        (
            "text-changed",
            "/paths/~1chat-api~1v2~1messages~1{id}~1status/get/summary",
            "/paths/~1chat-api~1v2~1messages~1{id}~1status/get/summary",
        ),
    ],
}
