"""Regenerate ``generated/fireworks_api`` from the effective spec, or check that it is current.

    python -m codegen.generate           # rewrite generated/fireworks_api
    python -m codegen.generate --check   # exit 1 if generated/ differs from a fresh generation

Steps: build the effective spec (codegen.effective_spec), run the pinned openapi-python-client
with generator-config.yaml, ``--fail-on-warning`` and our model and types templates
(``--custom-template-path codegen/templates``), add the effective spec as package data
(``openapi.json``, read at run time by the mock server and the tests), ``py.typed``, and the
typed request parameters of the clients (``params.py``, codegen/params.py), the models' one
parser (``fast.py``, codegen/fast_models.py), the description of the operations
(``operations.py``), the friendly names and the clients' resource classes (``names.py``, the
package ``resources/``, codegen/resources.py, from openapi3.names.yml: a name that does not
fit the spec stops the generation); then make the models' package face load lazily
(codegen/lazy_faces.py). Beside it, the API reference a person reads (``api.md`` at the
repository's root, codegen/reference.py).
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from codegen.effective_spec import ROOT, SpecError, build, dumps
from codegen.fast_models import render_fast_models
from codegen.lazy_faces import make_lazy
from codegen.operations import Described, api_root, describe, render_operations
from codegen.params import render_params
from codegen.reference import REFERENCE, render_reference
from codegen.resources import (
    NAMES,
    check_names,
    load_hand_written,
    load_names,
    render_names,
    render_resources,
    render_root,
    waited_resources,
)

__all__ = ["PACKAGE", "GenerationError", "generate_into", "main", "run_generator"]

PACKAGE = "fireworks_api"
TARGET = ROOT / "generated" / PACKAGE
CONFIG = ROOT / "generator-config.yaml"
# Our model.py.jinja and types.py.jinja, in place of the generator's (each says why at its
# top; README "The generated models").
TEMPLATES = ROOT / "codegen" / "templates"


_FACE = '''"""fireworks_api: the Fireworks AI API as the effective spec describes it, generated.

Its modules: ``models`` (a class per schema, each built by its ``from_dict``: ``fast``),
``params`` (a TypedDict per request body), ``operations`` (every operation described as
data), ``names`` (the clients' friendly names), ``resources`` (the clients' resource classes
and each operation's typed endpoint), ``root`` (the default base URL) and ``openapi.json`` (the
effective spec). The clients are ``fireworks_client``'s. Do not edit: `make generate` writes
this package.
"""

__all__: list[str] = []
'''


class GenerationError(RuntimeError):
    """openapi-python-client failed or warned."""


def run_generator(
    spec: dict[str, Any],
    out_dir: Path,
    *,
    fail_on_warning: bool = True,
    names: Mapping[str, str] | None = None,
) -> tuple[Path, str]:
    """Run the pinned generator on ``spec``; return the package path and what it printed.

    ``names``: the friendly names of the operations (default: ``openapi3.names.yml``). With
    ``fail_on_warning`` any warning is an error, and so is a name that does not fit the spec;
    without it, tests can look at the warnings a spec provokes, and the names that do not fit
    are left out (an operation without a name gets no method).
    """
    described = describe(spec, CONFIG)
    names = dict(load_names() if names is None else names)
    problems = check_names(names, described)
    if problems and fail_on_warning:
        raise GenerationError(
            f"the friendly names ({NAMES.name}) do not fit the spec:\n  " + "\n  ".join(problems)
        )
    if problems:
        names = _fitting(names, described)
    spec_file = out_dir / "openapi.json"
    spec_file.write_text(dumps(spec), encoding="utf-8")
    package = out_dir / PACKAGE
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_file),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(package),
        "--custom-template-path",
        str(TEMPLATES),
    ]
    if fail_on_warning:
        command.append("--fail-on-warning")
    proc = subprocess.run(
        command, cwd=out_dir, env=env, capture_output=True, text=True, check=False
    )
    output = (proc.stdout + proc.stderr).strip()
    # All is well when the generator prints "Generating <path>" and nothing else.
    extra = [
        line for line in output.splitlines() if line.strip() and not line.startswith("Generating ")
    ]
    if proc.returncode != 0 or (fail_on_warning and extra):
        raise GenerationError(f"openapi-python-client failed or warned:\n{output}")
    spec_file.replace(package / "openapi.json")
    # The generator's own client (its per-operation functions, Client, errors): the SDK's
    # clients call the request path with the generated endpoints instead, so it is not shipped.
    shutil.rmtree(package / "api")
    for unused in ("client.py", "errors.py"):
        (package / unused).unlink()
    (package / "__init__.py").write_text(_FACE, encoding="utf-8")
    (package / "py.typed").write_text("", encoding="utf-8")
    params = package / "params.py"
    params.write_text(render_params(spec), encoding="utf-8")
    (package / "fast.py").write_text(render_fast_models(spec, CONFIG), encoding="utf-8")
    (package / "operations.py").write_text(
        render_operations(spec, CONFIG, described), encoding="utf-8"
    )
    hand = load_hand_written() & names.keys()
    waited = waited_resources(spec, names, described, hand)
    (package / "names.py").write_text(render_names(names, hand, waited), encoding="utf-8")
    (package / "root.py").write_text(render_root(api_root(described, spec)), encoding="utf-8")
    resources = package / "resources"
    resources.mkdir()
    for name, source in render_resources(spec, names, described, hand).items():
        (resources / name).write_text(source, encoding="utf-8")
    # The reference a person reads, beside the package (copied to the repository's root).
    (out_dir / REFERENCE).write_text(
        render_reference(spec, names, described, hand), encoding="utf-8"
    )
    make_lazy(package / "models" / "__init__.py")
    subprocess.run(
        [
            str(bin_dir / "ruff"),
            "format",
            "--isolated",
            "--no-cache",
            "--quiet",
            str(params),
            str(package / "fast.py"),
            str(package / "operations.py"),
            str(package / "names.py"),
            str(resources),
            str(package / "models" / "__init__.py"),
        ],
        check=True,
    )
    return package, "\n".join([*extra, *problems])


def _fitting(names: Mapping[str, str], described: list[Described]) -> dict[str, str]:
    """The names that fit the spec, for a generation that tolerates the others."""
    kept: dict[str, str] = {}
    for friendly, operation_id in names.items():
        if not check_names({**kept, friendly: operation_id}, described, complete=False):
            kept[friendly] = operation_id
    return kept


def generate_into(out_dir: Path) -> Path:
    """Generate the package from the effective spec into ``out_dir / PACKAGE``."""
    package, _ = run_generator(build(), out_dir)
    return package


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _differences(fresh: Path, current: Path) -> list[str]:
    new, old = _files(fresh), _files(current)
    out = [f"only in a fresh generation: {n}" for n in sorted(new.keys() - old.keys())]
    out += [f"only in generated/: {n}" for n in sorted(old.keys() - new.keys())]
    for name in sorted(new.keys() & old.keys()):
        if new[name] != old[name]:
            diff = difflib.unified_diff(
                old[name].decode(errors="replace").splitlines(),
                new[name].decode(errors="replace").splitlines(),
                f"generated/{PACKAGE}/{name}",
                "fresh",
                lineterm="",
                n=1,
            )
            out.append("\n".join(list(diff)[:40]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fireworks-generate-") as tmp:
        try:
            fresh = generate_into(Path(tmp))
        except (SpecError, GenerationError, ValueError) as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 1
        if args.check:
            if not TARGET.is_dir():
                print(
                    "generate --check: generated/fireworks_api is missing; run `make generate`",
                    file=sys.stderr,
                )
                return 1
            diffs = _differences(fresh, TARGET)
            reference = ROOT / REFERENCE
            if not reference.is_file():
                diffs.append(f"{REFERENCE} is missing")
            elif reference.read_bytes() != (fresh.parent / REFERENCE).read_bytes():
                diffs.append(f"{REFERENCE} differs from a fresh generation")
            if diffs:
                print(
                    "generate --check: generated/ differs from a fresh generation;"
                    " run `make generate` (never edit generated/ by hand):",
                    file=sys.stderr,
                )
                print("\n".join(diffs), file=sys.stderr)
                return 1
            print("generate --check: generated/ matches a fresh generation")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copyfile(fresh.parent / REFERENCE, ROOT / REFERENCE)
    print(f"generate: wrote {TARGET.relative_to(ROOT)} and {REFERENCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
