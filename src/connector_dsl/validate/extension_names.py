"""The extension names the platform knows, from Microsoft's schema and common real use."""

from __future__ import annotations

SCHEMA_EXTENSIONS = frozenset(
    {
        "x-ms-api-annotation", "x-ms-capabilities", "x-ms-connector-metadata",
        "x-ms-deployment-version", "x-ms-docs", "x-ms-dynamic-list", "x-ms-dynamic-properties",
        "x-ms-dynamic-schema", "x-ms-dynamic-tree", "x-ms-dynamic-values", "x-ms-enum",
        "x-ms-enum-values", "x-ms-localizeDefaultValue", "x-ms-media-kind",
        "x-ms-no-generic-test", "x-ms-notification", "x-ms-notification-content",
        "x-ms-notification-url", "x-ms-operation-context", "x-ms-pageable",
        "x-ms-parameter-location", "x-ms-safe-operation", "x-ms-skip-url-encoding",
        "x-ms-summary", "x-ms-test-value", "x-ms-trigger", "x-ms-trigger-hint",
        "x-ms-trigger-metadata", "x-ms-trigger-value", "x-ms-url-encoding", "x-ms-visibility",
    }
)  # fmt: skip
"""x-ms names defined by `apiDefinition.swagger.schema.json`."""

OBSERVED_EXTENSIONS = frozenset(
    {
        "x-ms-openai-data", "x-ms-openai-manifest", "x-ms-openai-published-to-copilots",
        "x-ms-require-user-confirmation", "x-ms-explicit-input", "x-ms-keywords",
        "x-ms-editor", "x-ms-editor-options", "x-ms-secret", "x-ms-apihub-obo",
        "x-ms-apihub-cached-response", "x-ms-async-operation-timeout",
        "x-ms-navigationProperty", "x-ms-permission", "x-ms-primary-error-message",
        "x-ms-api-version", "x-ms-docs-operation-type",
        # AutoRest names the platform ignores, common in converted specs
        "x-ms-client-name", "x-ms-mutability", "x-ms-discriminator-value", "x-ms-identifiers",
        "x-ms-long-running-operation", "x-ms-long-running-operation-options",
        "x-ms-client-flatten", "x-ms-parameterized-host", "x-ms-azure-resource",
        "x-ms-examples", "x-ms-pageable-options", "x-ms-odata", "x-ms-error-response",
        # other generators
        "x-nullable", "x-example", "x-examples",
    }
)  # fmt: skip
"""Names seen in certified connectors or common generators; known, so never 'misspelt'."""

KNOWN_EXTENSIONS = SCHEMA_EXTENSIONS | OBSERVED_EXTENSIONS
