"""Display strings (certification): lengths, restricted words and characters, endings."""

from __future__ import annotations

import re

from connector_dsl.validate.context import Context
from connector_dsl.validate.jsonview import JsonObj, Ptr, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

TITLE_MAX = 30
DESCRIPTION_RANGE = (30, 500)
SUMMARY_MAX = 80
LABEL_MAX = 80
_TITLE_WORDS = re.compile(r"\b(apis?|connectors?)\b", re.IGNORECASE)
_PRODUCTS = re.compile(r"\b(power apps|power automate|logic apps)\b", re.IGNORECASE)
_SUMMARY_CHARS = re.compile(r"[/\\<>*%&?]")
_LETTERS_NOT_ENGLISH = re.compile(r"[^\x00-\x7F\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]")

LENGTH = declare("FieldLengthExceeded", "Metadata", None, E, "string over its limit")
RANGE = declare("FieldLengthNotInRange", "Metadata", None, E, "string outside its range")
WORDS = declare("ValueContainsRestrictedWords", "Metadata", None, E, "restricted word")
ENDING = declare("ValueMustEndWithAlphanumeric", "Metadata", None, E, "ends in punctuation")
ENGLISH = declare("ValueMustBeInEnglish", "Metadata", None, W, "non-English letters")
EMPTY = declare("RequiredValueEmpty", "Metadata", E, E, "required string empty")
SUMMARY_CHARS = declare(
    "RestrictedCharactersInSummary", "Operations", None, E, "summary with / \\ < > * % & ?"
)
SUMMARY_LONG = declare("OperationSummaryTooLong", "Operations", None, W, "summary over 80")
REQUIRED = declare("RequiredPropertyMissing", "Properties", None, E, "mandatory key absent")
EMAIL = declare("ContactEmailNotValid", "Properties", None, E, "bad contact e-mail")
URL = declare("UrlNotValid", "Properties", None, E, "not an absolute URL")
LABEL_LONG = declare("cdsl-label-too-long", "Strings", None, W, "x-ms-summary over 80")
SAME_TEXT = declare(
    "cdsl-description-repeats-summary", "Strings", None, W, "description equals summary"
)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\Z")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@check(LENGTH, RANGE, WORDS, ENDING, ENGLISH, EMPTY, REQUIRED, EMAIL, URL)
def connector_info(ctx: Context) -> None:
    """info.title, info.description and info.contact."""
    info = obj(ctx.swagger.get("info")) or {}
    title = text(info.get("title"))
    if title is not None:
        at: Ptr = ("info", "title")
        if not title.strip():
            ctx.report(EMPTY, at, "Give the connector a title.")
        if len(title) > TITLE_MAX:
            ctx.report(LENGTH, at, f"The title has {len(title)} characters; at most {TITLE_MAX}.")
        if _TITLE_WORDS.search(title):
            ctx.report(WORDS, at, "Leave the words API and connector out of the title.")
        if title and not (title[-1].isalnum() or title[-1] == ")"):
            ctx.report(ENDING, at, "End the title with a letter or digit.")
        if _LETTERS_NOT_ENGLISH.search(title):
            ctx.report(ENGLISH, at, "Write the title in English.")
    description = text(info.get("description"))
    if description is None:
        ctx.report(REQUIRED, ("info",), "Describe the connector in info.description.")
    else:
        low, high = DESCRIPTION_RANGE
        if not low <= len(description) <= high:
            at = ("info", "description")
            ctx.report(RANGE, at, f"Description has {len(description)} characters; {low}..{high}.")
        if _PRODUCTS.search(description):
            ctx.report(WORDS, ("info", "description"), "Do not name Power Platform products.")
    contact = obj(info.get("contact"))
    if contact is None:
        ctx.report(REQUIRED, ("info",), "Add info.contact with name, url and email.", lenient=True)
    else:
        email = contact.get("email")
        if isinstance(email, str) and not _EMAIL.match(email):
            ctx.report(EMAIL, ("info", "contact", "email"), f"{email!r} is not an e-mail address.")
        _url(ctx, contact.get("url"), ("info", "contact", "url"))
    _url(ctx, (obj(info.get("license")) or {}).get("url"), ("info", "license", "url"))
    for name in ("x-ms-connector-metadata",):
        if name not in ctx.swagger:
            message = f"Add {name} (Website, Privacy policy, Categories)."
            ctx.report(REQUIRED, (), message, lenient=True)


def _url(ctx: Context, value: object, at: Ptr) -> None:
    if isinstance(value, str) and value and not _URL.match(value.strip()):
        ctx.report(URL, at, f"{value!r} is not an absolute http(s) URL.")


@check(SUMMARY_CHARS, SUMMARY_LONG, ENDING, EMPTY, REQUIRED, SAME_TEXT)
def operation_strings(ctx: Context) -> None:
    """Each operation's summary and description."""
    for op in ctx.index.ops:
        summary = text(op.data.get("summary"))
        if summary is None:
            ctx.report(REQUIRED, op.at, "Give the operation a summary.", lenient=True)
        else:
            at: Ptr = (*op.at, "summary")
            if not summary.strip():
                ctx.report(EMPTY, at, "The summary is empty.")
            if _SUMMARY_CHARS.search(summary):
                ctx.report(SUMMARY_CHARS, at, "Summaries cannot contain / \\ < > * % & ?.")
            if len(summary) > SUMMARY_MAX:
                ctx.report(SUMMARY_LONG, at, f"{len(summary)} characters; keep to {SUMMARY_MAX}.")
            if summary and not (summary[-1].isalnum() or summary[-1] in ")]"):
                ctx.report(ENDING, at, "End the summary with a letter, digit or ')'.")
        description = text(op.data.get("description"))
        if description is None:
            ctx.report(REQUIRED, op.at, "Describe the operation.", lenient=True)
        elif summary and description.strip().rstrip(".").lower() == summary.strip().lower():
            ctx.report(SAME_TEXT, (*op.at, "description"), "Say more than the summary does.")


@check(REQUIRED, LABEL_LONG)
def parameter_strings(ctx: Context) -> None:
    """Each inline operation parameter has a label and a description (newer rule: lenient)."""
    for op in ctx.index.ops:
        for param in op.params:
            data = param.data
            if data.get("x-ms-visibility") == "internal":
                continue
            _label(ctx, data, param.at)
            for key in ("x-ms-summary", "description"):
                if key not in data:
                    ctx.report(REQUIRED, param.at, f"Add {key} to the parameter.", lenient=True)
    for site in ctx.index.sites:
        if site.role != "simple":
            _label(ctx, site.node, site.at)


def _label(ctx: Context, node: JsonObj, at: Ptr) -> None:
    label = text(node.get("x-ms-summary"))
    if label is not None and len(label) > LABEL_MAX:
        ctx.report(LABEL_LONG, (*at, "x-ms-summary"), f"Label over {LABEL_MAX} characters.")
