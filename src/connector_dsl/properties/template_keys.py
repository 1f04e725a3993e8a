"""The `x-ms-apimTemplate*` keys of a policy template instance's `parameters`."""

OPERATION_NAME = "x-ms-apimTemplate-operationName"
POLICY_SECTION = "x-ms-apimTemplate-policySection"
PARAMETER_PREFIX = "x-ms-apimTemplateParameter."
