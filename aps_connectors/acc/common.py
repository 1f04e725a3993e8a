"""What every part of the ACC connector shares: the payload base and the tag names."""

from pydantic import BaseModel, ConfigDict

APS = "https://developer.api.autodesk.com"

DATA = "Data Management"
ADMIN = "Account Admin"
ISSUES = "Issues"
DERIVATIVE = "Model Derivative"
HOOKS = "Webhooks"


class Model(BaseModel):
    """Base of the APS payload models: unknown fields are kept, not rejected."""

    model_config = ConfigDict(extra="allow")
