"""Pages of the documentation site that are generated, not written.

- `codes.py`: a page per diagnostic code (from `connector_dsl.diagnostics`) and per
  validator rule (from `connector_dsl.validate.registry`), with an example message
  recorded from the test suite (`messages.json`).
- `cli.py`: the command-line reference, from the argument parser.
- `hooks.py`: the mkdocs hook that adds these pages at build time.
"""
