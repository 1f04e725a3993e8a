"""The connector package: swagger, apiProperties, settings, readme, icon and script."""

from connector_dsl.package.files import package_files, settings
from connector_dsl.package.readme import render_readme

__all__ = ["package_files", "render_readme", "settings"]
