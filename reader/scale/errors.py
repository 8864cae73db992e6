"""The one-line errors of reader.scale's file formats."""

from __future__ import annotations


class ScaleError(Exception):
    """An error said in one line, English; ``template`` and ``params`` let the CLI say it in
    another language (catalog context "core")."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)
