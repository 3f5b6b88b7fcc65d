"""Test-only shim, loaded through PYTHONPATH by tests/cli/test_example.py.

Debian bookworm's python3-jsonschema (4.10) resolves "#/$defs/..." references against
the schema's relative "$id" ("sitrep/incident.schema.json") as a URL and fails
(RefResolutionError: unknown url type); newer releases resolve them within the
document. This gives the validator the schema without its relative "$id", which is
what the newer releases do in effect. The checks themselves are unchanged."""
try:
    import jsonschema

    _Base = jsonschema.Draft202012Validator

    class _Validator(_Base):
        def __init__(self, schema, *args, **kwargs):
            if isinstance(schema, dict) and "://" not in str(schema.get("$id", "://")):
                schema = {k: v for k, v in schema.items() if k != "$id"}
            super().__init__(schema, *args, **kwargs)

    jsonschema.Draft202012Validator = _Validator
except ImportError:
    pass
